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
