// A page of a list and the list's total in one round trip. The count rides along as an uncorrelated scalar subquery, which
// PostgreSQL evaluates once per statement (an InitPlan), so it costs the same work as a separate count without a second
// statement. Only a page past the end (no rows, so no total) asks again.
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';

/** The column to select as `total`: the same count the list's filters give, computed once. */
export function totalColumn(countQuery: SQLWrapper): SQL.Aliased<number> {
  return sql<number>`(${countQuery})`.mapWith(Number).as('total');
}

/** Takes the `total` column off the rows; when there are none, `countAgain` says whether the filters match anything at all. */
export async function splitTotal<R extends { total: number }>(
  rows: R[],
  countAgain: () => Promise<number>,
): Promise<{ items: Omit<R, 'total'>[]; total: number }> {
  const total = rows[0]?.total ?? (await countAgain());
  return { items: rows.map(({ total: _total, ...row }) => row), total };
}

// Keyset paging for lists that grow without bound: the next page starts after the last row of this one (its sort value and
// id), so a page costs the same at the start and the end of the list and nothing is skipped or repeated when rows are
// added in between. The sort value travels as PostgreSQL's own text of it (timestamps keep their microseconds).

/** An opaque cursor: the sort value (as text) and the id of a page's last row. */
export type Keyset = { value: string; id: string };

export function encodeCursor(key: Keyset): string {
  return Buffer.from(JSON.stringify([key.value, key.id])).toString('base64url');
}

/** The cursor's key, or null when it was not made by encodeCursor (a client sending nonsense gets the first page). */
export function decodeCursor(cursor: string | undefined): Keyset | null {
  if (!cursor) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 2) return null;
    const [value, id] = parsed as unknown[];
    if (typeof value !== 'string' || typeof id !== 'string' || !/^[0-9a-f-]{36}$/i.test(id)) return null;
    return { value, id };
  } catch {
    return null;
  }
}

/**
 * The condition "after the cursor" for a list ordered by `sortBy` (`direction`), then by `id` ascending. `type` is the SQL
 * type the text of the sort value is cast back to.
 */
export function afterKeyset(
  sortBy: SQLWrapper,
  type: 'timestamptz' | 'text' | 'int',
  direction: 'asc' | 'desc',
  id: SQLWrapper,
  key: Keyset,
): SQL {
  const value = sql`${key.value}::${sql.raw(type)}`;
  const beyond = direction === 'asc' ? sql`${sortBy} > ${value}` : sql`${sortBy} < ${value}`;
  return sql`(${beyond} or (${sortBy} = ${value} and ${id} > ${key.id}::uuid))`;
}

/** The sort value as text, selected with the page so the last row gives the next cursor. */
export function keysetValue(sortBy: SQLWrapper): SQL<string> {
  return sql<string>`(${sortBy})::text`;
}

/** Splits off the extra row asked for (limit + 1) and makes the cursor of the next page from the last row shown. */
export function keysetPage<R extends { keysetValue: string; id: string }>(
  rows: R[],
  limit: number | null,
): { items: Omit<R, 'keysetValue'>[]; nextCursor: string | null } {
  const more = limit !== null && rows.length > limit;
  const shown = more ? rows.slice(0, limit) : rows;
  const last = shown.at(-1);
  return {
    items: shown.map(({ keysetValue: _value, ...row }) => row),
    nextCursor: more && last ? encodeCursor({ value: last.keysetValue, id: last.id }) : null,
  };
}
