// SQL for first-run setup.
import { count, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/database.js';
import { platformRole } from '../../platform/db/schema.js';

export async function countPlatformRoles(db: DbOrTx) {
  const [row] = await db.select({ n: count() }).from(platformRole);
  return row?.n ?? 0;
}

export async function insertPlatformAdminRole(db: DbOrTx, userId: string) {
  await db.insert(platformRole).values({ userId, role: 'platform_admin' });
}

/** Holds setup's advisory lock until the transaction ends, so two browsers cannot both set up. */
export async function lockSetup(db: DbOrTx) {
  await db.execute(sql`select pg_advisory_xact_lock(727275)`);
}

export async function deleteUser(db: DbOrTx, userId: string) {
  await db.execute(sql`delete from "user" where id = ${userId}`);
}
