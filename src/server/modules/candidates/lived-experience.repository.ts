// SQL of the ervaringsdeskundige link (issue 19): which klankbordgroep member is linked to a candidate record. Every query
// bounded by network_id.
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/database.js';
import { candidateLivedExperience, person } from '../../platform/db/schema.js';

export async function findLivedExperience(db: DbOrTx, networkId: string, candidateId: string) {
  const [row] = await db
    .select({
      personId: candidateLivedExperience.personId,
      name: person.name,
      linkedAt: candidateLivedExperience.linkedAt,
    })
    .from(candidateLivedExperience)
    .innerJoin(
      person,
      and(eq(person.networkId, candidateLivedExperience.networkId), eq(person.id, candidateLivedExperience.personId)),
    )
    .where(
      and(eq(candidateLivedExperience.networkId, networkId), eq(candidateLivedExperience.candidateId, candidateId)),
    );
  return row ?? null;
}

/** The candidate linked to this person, if any: one person sits for one candidate. */
export async function candidateLinkedToPerson(db: DbOrTx, networkId: string, personId: string) {
  const [row] = await db
    .select({ candidateId: candidateLivedExperience.candidateId })
    .from(candidateLivedExperience)
    .where(and(eq(candidateLivedExperience.networkId, networkId), eq(candidateLivedExperience.personId, personId)));
  return row?.candidateId ?? null;
}

/** Links the person to the candidate, replacing an earlier link of this candidate. */
export async function writeLivedExperience(
  db: DbOrTx,
  values: { networkId: string; candidateId: string; personId: string; linkedBy: string | null; linkedAt: Date },
) {
  await db
    .insert(candidateLivedExperience)
    .values(values)
    .onConflictDoUpdate({
      target: [candidateLivedExperience.networkId, candidateLivedExperience.candidateId],
      set: { personId: values.personId, linkedBy: values.linkedBy, linkedAt: values.linkedAt },
    });
}

export async function deleteLivedExperience(db: DbOrTx, networkId: string, candidateId: string) {
  const rows = await db
    .delete(candidateLivedExperience)
    .where(
      and(eq(candidateLivedExperience.networkId, networkId), eq(candidateLivedExperience.candidateId, candidateId)),
    )
    .returning({ personId: candidateLivedExperience.personId });
  return rows.length > 0;
}
