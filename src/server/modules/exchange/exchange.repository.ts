// SQL for the exchange of job-seeker profiles and vacancies.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/database.js';
import { candidate, candidateConsent, organisation, workOpportunity } from '../../platform/db/schema.js';

/** The network's candidates that are not erased, by code. */
export async function listExportableCandidates(db: DbOrTx, networkId: string) {
  return db
    .select()
    .from(candidate)
    .where(and(eq(candidate.networkId, networkId), sql`${candidate.erasedAt} is null`))
    .orderBy(candidate.code);
}

/** The consents to share with the own network that are not withdrawn. */
export async function listOwnNetworkConsents(db: DbOrTx, networkId: string) {
  return db
    .select({ candidateId: candidateConsent.candidateId, givenOn: candidateConsent.givenOn })
    .from(candidateConsent)
    .where(
      and(
        eq(candidateConsent.networkId, networkId),
        eq(candidateConsent.recipient, 'own_network'),
        sql`${candidateConsent.withdrawnAt} is null`,
      ),
    );
}

/** The open work opportunities with their employer, by title. */
export async function listOpenVacancies(db: DbOrTx, networkId: string) {
  return db
    .select({ o: workOpportunity, orgName: organisation.name, kvk: organisation.kvkNumber })
    .from(workOpportunity)
    .innerJoin(
      organisation,
      and(eq(organisation.networkId, workOpportunity.networkId), eq(organisation.id, workOpportunity.organisationId)),
    )
    .where(and(eq(workOpportunity.networkId, networkId), eq(workOpportunity.status, 'open')))
    .orderBy(workOpportunity.title);
}

/** Which of these candidate codes the network already has. */
export async function findTakenCandidateCodes(db: DbOrTx, networkId: string, codes: string[]) {
  const existing = await db
    .select({ code: candidate.code })
    .from(candidate)
    .where(and(eq(candidate.networkId, networkId), inArray(candidate.code, codes)));
  return existing.map((e) => e.code);
}

export async function insertImportedCandidate(db: DbOrTx, values: typeof candidate.$inferInsert) {
  const [row] = await db.insert(candidate).values(values).returning({ id: candidate.id });
  return row;
}

export async function insertCandidateConsent(db: DbOrTx, values: typeof candidateConsent.$inferInsert) {
  await db.insert(candidateConsent).values(values);
}

export async function listOrganisationsForMatching(db: DbOrTx, networkId: string) {
  return db
    .select({ id: organisation.id, name: organisation.name, kvk: organisation.kvkNumber })
    .from(organisation)
    .where(eq(organisation.networkId, networkId));
}

export async function insertWorkOpportunities(db: DbOrTx, values: (typeof workOpportunity.$inferInsert)[]) {
  await db.insert(workOpportunity).values(values);
}
