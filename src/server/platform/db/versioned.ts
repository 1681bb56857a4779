// The one versioned update: a network's row, found by network and id (and, for an optimistic save, the version the user
// saw), gets its changes, a new updated_at where the table has one, and version + 1.
import { and, eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { DbOrTx } from './database.js';

/** A network-scoped table with an id and an integer version. */
export type VersionedTable = PgTable & { networkId: PgColumn; id: PgColumn; version: PgColumn };

/**
 * Updates the row `id` of network `networkId` and raises its version; with `version`, only while the row is still at that
 * version. The updated row, or null when there is no such row in that network or its version moved on (nothing changed).
 */
export async function updateVersioned<T extends VersionedTable>(
  db: DbOrTx,
  table: T,
  key: { networkId: string; id: string; version?: number },
  changes: PgUpdateSetSource<T>,
): Promise<T['$inferSelect'] | null> {
  const conditions: SQL[] = [eq(table.networkId, key.networkId), eq(table.id, key.id)];
  if (key.version !== undefined) conditions.push(eq(table.version, key.version));
  const stamp = 'updatedAt' in getTableColumns(table) ? { updatedAt: new Date() } : {};
  const set = { ...changes, ...stamp, version: sql`${table.version} + 1` } as PgUpdateSetSource<T>;
  const rows = (await db
    .update(table)
    .set(set)
    .where(and(...conditions))
    .returning()) as T['$inferSelect'][];
  return rows[0] ?? null;
}
