// SQL for the candidate's own check-in answers (issue 19). Every query is bounded by network_id, and by the candidate or the
// placement it belongs to.
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/database.js';
import { candidateCheckIn, organisation, placement } from '../../platform/db/schema.js';

/** The candidate's placements with their employer's name and the months the candidate already answered. */
export async function placementsOfCandidate(db: DbOrTx, networkId: string, candidateId: string) {
  return db
    .select({
      id: placement.id,
      startsOn: placement.startsOn,
      endsOn: placement.endsOn,
      organisationName: organisation.name,
      answered: sql<
        number[]
      >`coalesce(array_agg(${candidateCheckIn.months}) filter (where ${candidateCheckIn.months} is not null), '{}')`,
    })
    .from(placement)
    .innerJoin(
      organisation,
      and(eq(organisation.networkId, placement.networkId), eq(organisation.id, placement.organisationId)),
    )
    .leftJoin(
      candidateCheckIn,
      and(eq(candidateCheckIn.networkId, placement.networkId), eq(candidateCheckIn.placementId, placement.id)),
    )
    .where(and(eq(placement.networkId, networkId), eq(placement.candidateId, candidateId)))
    .groupBy(placement.id, placement.startsOn, placement.endsOn, organisation.name);
}

/** Undefined when this placement already has the candidate's answer for these months. */
export async function insertCandidateCheckIn(db: DbOrTx, values: typeof candidateCheckIn.$inferInsert) {
  const [row] = await db.insert(candidateCheckIn).values(values).onConflictDoNothing().returning();
  return row;
}

export async function candidateCheckInsOfPlacement(db: DbOrTx, networkId: string, placementId: string) {
  const rows = await db
    .select()
    .from(candidateCheckIn)
    .where(and(eq(candidateCheckIn.networkId, networkId), eq(candidateCheckIn.placementId, placementId)))
    .orderBy(asc(candidateCheckIn.months));
  return rows.map((r) => ({
    months: r.months,
    answeredAt: r.answeredAt,
    score: r.score,
    help: r.help as 'yes' | 'somewhat' | 'no',
    wantsContact: r.wantsContact,
    note: r.note,
    worrying: r.worrying,
    handledAt: r.handledAt,
  }));
}

/** Marks a worrying answer handled; undefined when there is none open for this placement and months. */
export async function markCandidateCheckInHandled(
  db: DbOrTx,
  row: { networkId: string; placementId: string; months: number; by: string | null; now: Date },
) {
  const [r] = await db
    .update(candidateCheckIn)
    .set({ handledAt: row.now, handledBy: row.by })
    .where(
      and(
        eq(candidateCheckIn.networkId, row.networkId),
        eq(candidateCheckIn.placementId, row.placementId),
        eq(candidateCheckIn.months, row.months),
        eq(candidateCheckIn.worrying, true),
        isNull(candidateCheckIn.handledAt),
      ),
    )
    .returning({ id: candidateCheckIn.id });
  return r;
}

/** The worrying answers of a network not yet handled (for the steering signal): dates only. */
export async function openWorriesOf(db: DbOrTx, networkId: string) {
  return db
    .select({
      worrying: candidateCheckIn.worrying,
      handledAt: candidateCheckIn.handledAt,
      answeredAt: candidateCheckIn.answeredAt,
    })
    .from(candidateCheckIn)
    .where(
      and(
        eq(candidateCheckIn.networkId, networkId),
        eq(candidateCheckIn.worrying, true),
        isNull(candidateCheckIn.handledAt),
      ),
    );
}
