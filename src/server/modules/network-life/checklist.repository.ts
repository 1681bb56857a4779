// Queries for the phase checklist: its items, and the facts its evidence rules read (bodies with the people seated now,
// the mission, funder agreements, coordinators, governance decisions).
import { amsterdamToday } from '../../platform/db/today.js';
import { and, asc, desc, eq, isNotNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/database.js';
import { updateVersioned } from '../../platform/db/versioned.js';
import {
  body,
  checklistItem,
  decision,
  designVersion,
  funderAgreement,
  missionVersion,
  network,
  person,
  roleAssignment,
} from '../../platform/db/schema.js';

const isCurrent = sql<boolean>`(${roleAssignment.startsOn} <= ${amsterdamToday} and (${roleAssignment.endsOn} is null or ${roleAssignment.endsOn} >= ${amsterdamToday}))`;

export async function findNetworkPhaseRow(db: DbOrTx, networkId: string) {
  const [row] = await db.select({ phase: network.phase }).from(network).where(eq(network.id, networkId));
  return row ?? null;
}

/** The output of the design in force (the most recently applied version), or null. */
export async function findAppliedDesign(db: DbOrTx, networkId: string) {
  const [row] = await db
    .select({ input: designVersion.input, output: designVersion.output })
    .from(designVersion)
    .where(and(eq(designVersion.networkId, networkId), isNotNull(designVersion.appliedAt)))
    .orderBy(desc(designVersion.appliedAt), desc(designVersion.versionNumber))
    .limit(1);
  return row ?? null;
}

export type ChecklistItemRow = typeof checklistItem.$inferSelect;

export async function insertItemsOnce(db: DbOrTx, rows: (typeof checklistItem.$inferInsert)[]) {
  if (rows.length === 0) return;
  await db.insert(checklistItem).values(rows).onConflictDoNothing();
}

export async function listItems(db: DbOrTx, networkId: string, phase: string) {
  return db
    .select({
      item: checklistItem,
      ownerName: person.name,
    })
    .from(checklistItem)
    .leftJoin(person, and(eq(person.networkId, checklistItem.networkId), eq(person.id, checklistItem.ownerPersonId)))
    .where(and(eq(checklistItem.networkId, networkId), eq(checklistItem.phase, phase)))
    .orderBy(asc(checklistItem.dueOn), asc(checklistItem.code));
}

export async function findItem(db: DbOrTx, networkId: string, id: string) {
  const [row] = await db
    .select()
    .from(checklistItem)
    .where(and(eq(checklistItem.networkId, networkId), eq(checklistItem.id, id)));
  return row ?? null;
}

export async function findPerson(db: DbOrTx, networkId: string, id: string) {
  const [row] = await db
    .select({ id: person.id })
    .from(person)
    .where(and(eq(person.networkId, networkId), eq(person.id, id)));
  return row ?? null;
}

/** Update when the version is still the one the user saw; null when it was stale. */
export async function updateItemIf(
  db: DbOrTx,
  networkId: string,
  id: string,
  version: number,
  values: Partial<typeof checklistItem.$inferInsert>,
) {
  const row = await updateVersioned(db, checklistItem, { networkId, id, version }, values);
  return row ? { id: row.id, version: row.version } : null;
}

export async function loadFacts(db: DbOrTx, networkId: string) {
  const bodies = await db
    .select({
      kind: body.kind,
      name: body.name,
      members: sql<number>`count(distinct ${roleAssignment.personId}) filter (where ${isCurrent})`.mapWith(Number),
    })
    .from(body)
    .leftJoin(roleAssignment, and(eq(roleAssignment.networkId, body.networkId), eq(roleAssignment.bodyId, body.id)))
    .where(eq(body.networkId, networkId))
    .groupBy(body.id, body.kind, body.name, body.createdAt)
    .orderBy(asc(body.createdAt));
  const [mission] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(missionVersion)
    .where(eq(missionVersion.networkId, networkId));
  const funderAgreements = await db
    .select({ funderName: funderAgreement.funderName, mandate: funderAgreement.mandate })
    .from(funderAgreement)
    .where(eq(funderAgreement.networkId, networkId));
  const [coordinators] = await db
    .select({ n: sql<number>`count(distinct ${roleAssignment.personId})`.mapWith(Number) })
    .from(roleAssignment)
    .where(and(eq(roleAssignment.networkId, networkId), eq(roleAssignment.role, 'coordinator'), isCurrent));
  const governanceDecisions = await db
    .select({ text: decision.text, decidedOn: decision.decidedOn })
    .from(decision)
    .where(and(eq(decision.networkId, networkId), eq(decision.kind, 'governance')));
  return {
    bodies,
    missionWritten: (mission?.n ?? 0) > 0,
    funderAgreements,
    coordinators: coordinators?.n ?? 0,
    governanceDecisions,
  };
}
