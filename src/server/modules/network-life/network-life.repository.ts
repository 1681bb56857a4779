// SQL for a network's life: mission versions, phase changes (with their decision), funder agreements, and the facts the
// funder signals need (current seats in the kerngroep, the board and the funder role).
import { and, asc, desc, eq, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/database.js';
import { updateVersioned } from '../../platform/db/versioned.js';
import {
  body,
  decision,
  funderAgreement,
  missionVersion,
  network,
  organisation,
  person,
  phaseChange,
  roleAssignment,
  user,
  type MissionGoal,
} from '../../platform/db/schema.js';

// ---- network

export async function findNetworkPhase(db: DbOrTx, networkId: string) {
  const [row] = await db
    .select({ phase: network.phase, version: network.version })
    .from(network)
    .where(eq(network.id, networkId));
  return row;
}

/** Moves the phase only when it is still the one the user saw; false when someone moved it in between. */
export async function setNetworkPhaseIf(db: DbOrTx, networkId: string, from: string, to: string) {
  const rows = await db
    .update(network)
    .set({ phase: to, updatedAt: new Date(), version: sql`${network.version} + 1` })
    .where(and(eq(network.id, networkId), eq(network.phase, from)))
    .returning({ id: network.id });
  return rows.length > 0;
}

// ---- mission

const missionColumns = {
  id: missionVersion.id,
  versionNumber: missionVersion.versionNumber,
  mission: missionVersion.mission,
  goals: missionVersion.goals,
  createdByName: user.name,
  createdAt: missionVersion.createdAt,
};

export async function findCurrentMission(db: DbOrTx, networkId: string) {
  const [row] = await db
    .select(missionColumns)
    .from(missionVersion)
    .leftJoin(user, eq(user.id, missionVersion.createdBy))
    .where(eq(missionVersion.networkId, networkId))
    .orderBy(desc(missionVersion.versionNumber))
    .limit(1);
  return row;
}

export async function listMissionVersions(db: DbOrTx, networkId: string) {
  return db
    .select(missionColumns)
    .from(missionVersion)
    .leftJoin(user, eq(user.id, missionVersion.createdBy))
    .where(eq(missionVersion.networkId, networkId))
    .orderBy(desc(missionVersion.versionNumber));
}

/** Inserts version `versionNumber`; returns null when that number exists already (someone saved in between). */
export async function insertMissionVersion(
  db: DbOrTx,
  values: { networkId: string; versionNumber: number; mission: string; goals: MissionGoal[]; createdBy: string | null },
) {
  const [row] = await db
    .insert(missionVersion)
    .values(values)
    .onConflictDoNothing({ target: [missionVersion.networkId, missionVersion.versionNumber] })
    .returning({ id: missionVersion.id, versionNumber: missionVersion.versionNumber });
  return row ?? null;
}

// ---- phase

export async function listPhaseChanges(db: DbOrTx, networkId: string) {
  return db
    .select({
      id: phaseChange.id,
      fromPhase: phaseChange.fromPhase,
      toPhase: phaseChange.toPhase,
      effectiveOn: phaseChange.effectiveOn,
      reason: phaseChange.reason,
      decisionId: phaseChange.decisionId,
      createdByName: user.name,
      createdAt: phaseChange.createdAt,
    })
    .from(phaseChange)
    .leftJoin(user, eq(user.id, phaseChange.createdBy))
    .where(eq(phaseChange.networkId, networkId))
    .orderBy(desc(phaseChange.effectiveOn), desc(phaseChange.createdAt));
}

export async function insertPhaseChange(db: DbOrTx, values: typeof phaseChange.$inferInsert) {
  const [row] = await db.insert(phaseChange).values(values).returning({ id: phaseChange.id });
  return row!;
}

/** The kerngroep (the oldest one, as the admission decisions use), which records a phase change in its decision log. */
export async function findCoreGroupBody(db: DbOrTx, networkId: string) {
  const [row] = await db
    .select({ id: body.id })
    .from(body)
    .where(and(eq(body.networkId, networkId), eq(body.kind, 'core_group')))
    .orderBy(asc(body.createdAt))
    .limit(1);
  return row;
}

export async function insertPhaseDecision(db: DbOrTx, values: typeof decision.$inferInsert) {
  const [row] = await db.insert(decision).values(values).returning({ id: decision.id });
  return row!;
}

// ---- funder agreements

const agreementColumns = {
  id: funderAgreement.id,
  funderName: funderAgreement.funderName,
  funderType: funderAgreement.funderType,
  organisationId: funderAgreement.organisationId,
  contactPersonId: funderAgreement.contactPersonId,
  contactPersonName: person.name,
  amountCents: funderAgreement.amountCents,
  startsOn: funderAgreement.startsOn,
  endsOn: funderAgreement.endsOn,
  conditions: funderAgreement.conditions,
  mandate: funderAgreement.mandate,
  missionTargets: funderAgreement.missionTargets,
  yearPlanRequired: funderAgreement.yearPlanRequired,
  documents: funderAgreement.documents,
  version: funderAgreement.version,
  updatedAt: funderAgreement.updatedAt,
};

export async function listAgreements(db: DbOrTx, networkId: string) {
  return db
    .select(agreementColumns)
    .from(funderAgreement)
    .leftJoin(
      person,
      and(eq(person.networkId, funderAgreement.networkId), eq(person.id, funderAgreement.contactPersonId)),
    )
    .where(eq(funderAgreement.networkId, networkId))
    .orderBy(desc(funderAgreement.endsOn), asc(funderAgreement.funderName));
}

/** The organisation the actor's person in this network belongs to (a funder's own organisation), or null. */
export async function organisationOfPerson(db: DbOrTx, networkId: string, personId: string) {
  const [row] = await db
    .select({ organisationId: person.organisationId })
    .from(person)
    .where(and(eq(person.networkId, networkId), eq(person.id, personId)));
  return row?.organisationId ?? null;
}

export async function findAgreement(db: DbOrTx, networkId: string, id: string) {
  const [row] = await db
    .select({ id: funderAgreement.id, version: funderAgreement.version })
    .from(funderAgreement)
    .where(and(eq(funderAgreement.networkId, networkId), eq(funderAgreement.id, id)));
  return row;
}

export type AgreementValues = Omit<
  typeof funderAgreement.$inferInsert,
  'networkId' | 'id' | 'createdBy' | 'createdAt' | 'updatedAt' | 'version'
>;

export async function insertAgreement(
  db: DbOrTx,
  values: AgreementValues & { networkId: string; createdBy: string | null },
) {
  const [row] = await db.insert(funderAgreement).values(values).returning({ id: funderAgreement.id });
  return row!;
}

/** Optimistic locking: updates only when the version is the one the user saw; false on a stale version. */
export async function updateAgreementIfVersion(
  db: DbOrTx,
  networkId: string,
  id: string,
  version: number,
  values: AgreementValues,
) {
  return (await updateVersioned(db, funderAgreement, { networkId, id, version }, values)) !== null;
}

export async function personExists(db: DbOrTx, networkId: string, personId: string) {
  const [row] = await db
    .select({ id: person.id })
    .from(person)
    .where(and(eq(person.networkId, networkId), eq(person.id, personId)));
  return Boolean(row);
}

/** Who holds a seat in the kerngroep or the board, or the funder role, today. */
export async function listGovernanceSeats(db: DbOrTx, networkId: string, today: string) {
  return db
    .select({ personId: roleAssignment.personId, personName: person.name, role: roleAssignment.role })
    .from(roleAssignment)
    .innerJoin(person, and(eq(person.networkId, roleAssignment.networkId), eq(person.id, roleAssignment.personId)))
    .where(
      and(
        eq(roleAssignment.networkId, networkId),
        inArray(roleAssignment.role, ['core_group', 'board', 'funder']),
        lte(roleAssignment.startsOn, today),
        or(isNull(roleAssignment.endsOn), gte(roleAssignment.endsOn, today)),
      ),
    );
}

export async function organisationExists(db: DbOrTx, networkId: string, organisationId: string) {
  const [row] = await db
    .select({ id: organisation.id })
    .from(organisation)
    .where(and(eq(organisation.networkId, networkId), eq(organisation.id, organisationId)));
  return Boolean(row);
}
