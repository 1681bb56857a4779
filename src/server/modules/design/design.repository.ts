// SQL for design versions and for the parts of the organisation that applying a design touches. Every query is bounded by
// network_id.
import { amsterdamToday } from '../../platform/db/today.js';
import { and, asc, desc, eq, isNotNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../platform/db/database.js';
import { body, designVersion, network, roleAssignment, task, user } from '../../platform/db/schema.js';

const creator = alias(user, 'creator');
const applier = alias(user, 'applier');

const versionColumns = {
  id: designVersion.id,
  versionNumber: designVersion.versionNumber,
  reason: designVersion.reason,
  createdByName: creator.name,
  createdAt: designVersion.createdAt,
  appliedAt: designVersion.appliedAt,
};

export async function findNetworkName(db: DbOrTx, networkId: string) {
  const [row] = await db.select({ name: network.name }).from(network).where(eq(network.id, networkId));
  return row?.name;
}

export async function nextVersionNumber(db: DbOrTx, networkId: string) {
  const [row] = await db
    .select({ n: sql<number>`coalesce(max(${designVersion.versionNumber}), 0) + 1` })
    .from(designVersion)
    .where(eq(designVersion.networkId, networkId));
  return Number(row?.n ?? 1);
}

export async function insertVersion(db: DbOrTx, values: typeof designVersion.$inferInsert) {
  const [row] = await db
    .insert(designVersion)
    .values(values)
    .returning({ id: designVersion.id, versionNumber: designVersion.versionNumber });
  return row!;
}

export async function queryVersions(
  db: DbOrTx,
  networkId: string,
  sort: 'versionNumber' | 'createdAt',
  order: 'asc' | 'desc',
) {
  const column = sort === 'createdAt' ? designVersion.createdAt : designVersion.versionNumber;
  return db
    .select(versionColumns)
    .from(designVersion)
    .leftJoin(creator, eq(creator.id, designVersion.createdBy))
    .where(eq(designVersion.networkId, networkId))
    .orderBy(order === 'asc' ? asc(column) : desc(column), desc(designVersion.versionNumber));
}

function detailQuery(db: DbOrTx) {
  return db
    .select({
      ...versionColumns,
      input: designVersion.input,
      output: designVersion.output,
      appliedByName: applier.name,
    })
    .from(designVersion)
    .leftJoin(creator, eq(creator.id, designVersion.createdBy))
    .leftJoin(applier, eq(applier.id, designVersion.appliedBy));
}

export async function findVersion(db: DbOrTx, networkId: string, id: string) {
  const [row] = await detailQuery(db).where(and(eq(designVersion.networkId, networkId), eq(designVersion.id, id)));
  return row;
}

/** The design in force: the most recently applied version. */
export async function findAppliedVersion(db: DbOrTx, networkId: string) {
  const [row] = await detailQuery(db)
    .where(and(eq(designVersion.networkId, networkId), isNotNull(designVersion.appliedAt)))
    .orderBy(desc(designVersion.appliedAt), desc(designVersion.versionNumber))
    .limit(1);
  return row;
}

export async function markVersionApplied(db: DbOrTx, networkId: string, id: string, userId: string | null, now: Date) {
  await db
    .update(designVersion)
    .set({ appliedAt: now, appliedBy: userId })
    .where(and(eq(designVersion.networkId, networkId), eq(designVersion.id, id)));
}

/** role → number of distinct people whose term includes today. */
export async function countRoleHolders(db: DbOrTx, networkId: string) {
  const rows = await db
    .select({ role: roleAssignment.role, n: sql<number>`count(distinct ${roleAssignment.personId})::int` })
    .from(roleAssignment)
    .where(
      and(
        eq(roleAssignment.networkId, networkId),
        sql`${roleAssignment.startsOn} <= ${amsterdamToday} and (${roleAssignment.endsOn} is null or ${roleAssignment.endsOn} >= ${amsterdamToday})`,
      ),
    )
    .groupBy(roleAssignment.role);
  return Object.fromEntries(rows.map((r) => [r.role, Number(r.n)]));
}

export async function listDesignTasks(db: DbOrTx, networkId: string) {
  return db
    .select({
      id: task.id,
      code: task.code,
      responsibleRole: task.responsibleRole,
      assigneePersonId: task.assigneePersonId,
    })
    .from(task)
    .where(and(eq(task.networkId, networkId), eq(task.source, 'design')));
}

export async function insertDesignTasks(
  db: DbOrTx,
  networkId: string,
  rows: { code: string; responsibleRole: string }[],
) {
  if (rows.length === 0) return;
  await db.insert(task).values(rows.map((r) => ({ networkId, source: 'design', ...r })));
}

export async function updateTaskResponsible(db: DbOrTx, networkId: string, code: string, responsibleRole: string) {
  await db
    .update(task)
    .set({ responsibleRole, updatedAt: new Date(), version: sql`${task.version} + 1` })
    .where(and(eq(task.networkId, networkId), eq(task.source, 'design'), eq(task.code, code)));
}

export async function listBodyKinds(db: DbOrTx, networkId: string) {
  const rows = await db.selectDistinct({ kind: body.kind }).from(body).where(eq(body.networkId, networkId));
  return rows.map((r) => r.kind);
}

export async function insertBodies(db: DbOrTx, networkId: string, rows: { kind: string; name: string }[]) {
  if (rows.length === 0) return;
  await db.insert(body).values(rows.map((r) => ({ networkId, ...r })));
}
