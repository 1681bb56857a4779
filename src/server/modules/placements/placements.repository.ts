// SQL for work opportunities, match proposals, placements and check-ins. Every query is bounded by network_id.
import { and, asc, count, desc, eq, gte, ilike, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { HOURS_PER_JOB } from '../../../core/candidates/job-agreement.js';
import type { DbOrTx } from '../../platform/db/database.js';
import { splitTotal, totalColumn } from '../../platform/db/paging.js';
import {
  candidate,
  candidateConsent,
  matchProposal,
  network,
  organisation,
  person,
  placement,
  placementCheckIn,
  placementCheckInReminder,
  roleAssignment,
  user,
  workOpportunity,
} from '../../platform/db/schema.js';
import type { ListOpportunitiesQuery, ListPlacementsQuery } from '../../../core/candidates/placements.contract.js';

const num = (v: string | null) => (v === null ? null : Number(v));
const like = (s: string) => `%${s.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
const orgJoin = (networkCol: AnyPgColumn, orgCol: AnyPgColumn) =>
  and(eq(organisation.networkId, networkCol), eq(organisation.id, orgCol));

const opportunityColumns = {
  id: workOpportunity.id,
  organisationId: workOpportunity.organisationId,
  organisationName: organisation.name,
  title: workOpportunity.title,
  kind: workOpportunity.kind,
  hoursPerWeek: workOpportunity.hoursPerWeek,
  place: workOpportunity.place,
  postcodeArea: workOpportunity.postcodeArea,
  requirements: workOpportunity.requirements,
  supportOffered: workOpportunity.supportOffered,
  startsOn: workOpportunity.startsOn,
  status: workOpportunity.status,
  activityId: workOpportunity.activityId,
  createdAt: workOpportunity.createdAt,
  version: workOpportunity.version,
};
type OpportunityRow = { hoursPerWeek: string | null } & Record<string, unknown>;
const toOpportunity = <R extends OpportunityRow>(r: R) => ({ ...r, hoursPerWeek: num(r.hoursPerWeek) });

export async function queryOpportunities(
  db: DbOrTx,
  networkId: string,
  q: ListOpportunitiesQuery,
  limit: number | null,
) {
  const conditions: SQL[] = [eq(workOpportunity.networkId, networkId)];
  if (q.status) conditions.push(eq(workOpportunity.status, q.status));
  if (q.search)
    conditions.push(
      or(
        ilike(workOpportunity.title, like(q.search)),
        ilike(organisation.name, like(q.search)),
        ilike(workOpportunity.place, like(q.search)),
      )!,
    );
  const where = and(...conditions);
  const column = {
    title: workOpportunity.title,
    organisationName: organisation.name,
    createdAt: workOpportunity.createdAt,
    hoursPerWeek: workOpportunity.hoursPerWeek,
  }[q.sort];
  const counted = db
    .select({ n: count() })
    .from(workOpportunity)
    .innerJoin(organisation, orgJoin(workOpportunity.networkId, workOpportunity.organisationId))
    .where(where);
  const base = db
    .select({ ...opportunityColumns, total: totalColumn(counted) })
    .from(workOpportunity)
    .innerJoin(organisation, orgJoin(workOpportunity.networkId, workOpportunity.organisationId))
    .where(where)
    .orderBy((q.order === 'asc' ? asc : desc)(column), asc(workOpportunity.id));
  const { items, total } = await splitTotal(
    limit === null ? await base : await base.limit(limit).offset((q.page - 1) * limit),
    async () => (await counted)[0]?.n ?? 0,
  );
  return { items: items.map(toOpportunity), total };
}

export async function findOpportunity(db: DbOrTx, networkId: string, id: string) {
  const [row] = await db
    .select(opportunityColumns)
    .from(workOpportunity)
    .innerJoin(organisation, orgJoin(workOpportunity.networkId, workOpportunity.organisationId))
    .where(and(eq(workOpportunity.networkId, networkId), eq(workOpportunity.id, id)));
  return row ? toOpportunity(row) : undefined;
}

export async function listOpenOpportunities(db: DbOrTx, networkId: string) {
  const rows = await db
    .select(opportunityColumns)
    .from(workOpportunity)
    .innerJoin(organisation, orgJoin(workOpportunity.networkId, workOpportunity.organisationId))
    .where(and(eq(workOpportunity.networkId, networkId), eq(workOpportunity.status, 'open')));
  return rows.map(toOpportunity);
}

export async function insertOpportunity(db: DbOrTx, values: typeof workOpportunity.$inferInsert) {
  const [row] = await db.insert(workOpportunity).values(values).returning();
  return row!;
}

export async function updateOpportunityStatusRow(
  db: DbOrTx,
  networkId: string,
  id: string,
  version: number,
  status: string,
) {
  const [row] = await db
    .update(workOpportunity)
    .set({ status, updatedAt: new Date(), version: sql`${workOpportunity.version} + 1` })
    .where(
      and(eq(workOpportunity.networkId, networkId), eq(workOpportunity.id, id), eq(workOpportunity.version, version)),
    )
    .returning();
  return row;
}

export async function updateOpportunityRow(
  db: DbOrTx,
  networkId: string,
  id: string,
  version: number,
  values: Partial<typeof workOpportunity.$inferInsert>,
) {
  const [row] = await db
    .update(workOpportunity)
    .set({ ...values, updatedAt: new Date(), version: sql`${workOpportunity.version} + 1` })
    .where(
      and(eq(workOpportunity.networkId, networkId), eq(workOpportunity.id, id), eq(workOpportunity.version, version)),
    )
    .returning();
  return row;
}

/** Candidates as the matching needs them: no name, no contact details. */
export async function listMatchableCandidates(db: DbOrTx, networkId: string) {
  const rows = await db
    .select({
      id: candidate.id,
      code: candidate.code,
      status: candidate.status,
      hoursPerWeek: candidate.hoursPerWeek,
      postcodeArea: candidate.postcodeArea,
      wishes: candidate.wishes,
      availableFrom: candidate.availableFrom,
      supportNeeded: candidate.supportNeeded,
    })
    .from(candidate)
    .where(and(eq(candidate.networkId, networkId), isNull(candidate.erasedAt)));
  return rows.map((r) => ({ ...r, hoursPerWeek: num(r.hoursPerWeek) }));
}

export async function proposalKeys(
  db: DbOrTx,
  networkId: string,
  filter: { candidateId?: string; opportunityId?: string },
) {
  const conditions: SQL[] = [eq(matchProposal.networkId, networkId)];
  if (filter.candidateId) conditions.push(eq(matchProposal.candidateId, filter.candidateId));
  if (filter.opportunityId) conditions.push(eq(matchProposal.opportunityId, filter.opportunityId));
  const rows = await db
    .select({ candidateId: matchProposal.candidateId, opportunityId: matchProposal.opportunityId })
    .from(matchProposal)
    .where(and(...conditions));
  return new Set(rows.map((r) => `${r.candidateId}:${r.opportunityId}`));
}

export async function insertProposal(db: DbOrTx, values: typeof matchProposal.$inferInsert) {
  const [row] = await db.insert(matchProposal).values(values).onConflictDoNothing().returning();
  return row;
}

export async function listProposals(db: DbOrTx, networkId: string, organisationId?: string) {
  const conditions: SQL[] = [eq(matchProposal.networkId, networkId)];
  if (organisationId) conditions.push(eq(matchProposal.organisationId, organisationId));
  return db
    .select({
      id: matchProposal.id,
      candidateId: matchProposal.candidateId,
      candidateCode: candidate.code,
      targetGroupRegister: candidate.targetGroupRegister,
      opportunityId: matchProposal.opportunityId,
      opportunityTitle: workOpportunity.title,
      organisationId: matchProposal.organisationId,
      organisationName: organisation.name,
      score: matchProposal.score,
      status: matchProposal.status,
      note: matchProposal.note,
      proposedAt: matchProposal.proposedAt,
      respondedAt: matchProposal.respondedAt,
    })
    .from(matchProposal)
    .innerJoin(
      candidate,
      and(eq(candidate.networkId, matchProposal.networkId), eq(candidate.id, matchProposal.candidateId)),
    )
    .innerJoin(
      workOpportunity,
      and(eq(workOpportunity.networkId, matchProposal.networkId), eq(workOpportunity.id, matchProposal.opportunityId)),
    )
    .innerJoin(organisation, orgJoin(matchProposal.networkId, matchProposal.organisationId))
    .where(and(...conditions))
    .orderBy(desc(matchProposal.proposedAt));
}

export async function findProposal(db: DbOrTx, networkId: string, id: string) {
  const [row] = await db
    .select()
    .from(matchProposal)
    .where(and(eq(matchProposal.networkId, networkId), eq(matchProposal.id, id)));
  return row;
}

export async function respondToProposalRow(db: DbOrTx, networkId: string, id: string, status: string, now: Date) {
  const [row] = await db
    .update(matchProposal)
    .set({ status, respondedAt: now })
    .where(and(eq(matchProposal.networkId, networkId), eq(matchProposal.id, id), eq(matchProposal.status, 'proposed')))
    .returning();
  return row;
}

export async function acceptProposalsFor(
  db: DbOrTx,
  networkId: string,
  candidateId: string,
  opportunityId: string,
  now: Date,
) {
  await db
    .update(matchProposal)
    .set({ status: 'accepted', respondedAt: now })
    .where(
      and(
        eq(matchProposal.networkId, networkId),
        eq(matchProposal.candidateId, candidateId),
        eq(matchProposal.opportunityId, opportunityId),
        eq(matchProposal.status, 'proposed'),
      ),
    );
}

export async function consentsOf(db: DbOrTx, networkId: string, candidateIds: string[]) {
  if (candidateIds.length === 0) return [];
  return db
    .select()
    .from(candidateConsent)
    .where(
      and(
        eq(candidateConsent.networkId, networkId),
        sql`${candidateConsent.candidateId} = any(${sql.param(candidateIds)}::uuid[])`,
      ),
    );
}

export async function candidatesByIds(db: DbOrTx, networkId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(candidate)
    .where(and(eq(candidate.networkId, networkId), sql`${candidate.id} = any(${sql.param(ids)}::uuid[])`));
}

/** The organisation the acting person belongs to in this network (person.organisation_id), if any. */
export async function organisationOfPerson(db: DbOrTx, networkId: string, personId: string) {
  const [row] = await db
    .select({ organisationId: person.organisationId })
    .from(person)
    .where(and(eq(person.networkId, networkId), eq(person.id, personId)));
  return row?.organisationId ?? null;
}

const placementColumns = {
  id: placement.id,
  candidateId: placement.candidateId,
  candidateCode: candidate.code,
  organisationId: placement.organisationId,
  organisationName: organisation.name,
  opportunityId: placement.opportunityId,
  startsOn: placement.startsOn,
  endsOn: placement.endsOn,
  endReason: placement.endReason,
  hoursPerWeek: placement.hoursPerWeek,
  contractKind: placement.contractKind,
  targetGroupRegister: candidate.targetGroupRegister,
  jobcoach: placement.jobcoach,
  wageSubsidy: placement.wageSubsidy,
  noRiskPolicy: placement.noRiskPolicy,
  attributionKind: placement.attributionKind,
  attributionId: placement.attributionId,
  version: placement.version,
};

function placementsFrom(db: DbOrTx) {
  return db
    .select(placementColumns)
    .from(placement)
    .innerJoin(candidate, and(eq(candidate.networkId, placement.networkId), eq(candidate.id, placement.candidateId)))
    .innerJoin(organisation, orgJoin(placement.networkId, placement.organisationId));
}

export async function queryPlacements(
  db: DbOrTx,
  networkId: string,
  q: ListPlacementsQuery,
  limit: number | null,
  today: string,
) {
  const conditions: SQL[] = [eq(placement.networkId, networkId)];
  if (q.active === 'true') conditions.push(or(isNull(placement.endsOn), gte(placement.endsOn, today))!);
  if (q.active === 'false') conditions.push(sql`${placement.endsOn} < ${today}`);
  if (q.search) conditions.push(or(ilike(candidate.code, like(q.search)), ilike(organisation.name, like(q.search)))!);
  const where = and(...conditions);
  const column = {
    startsOn: placement.startsOn,
    organisationName: organisation.name,
    candidateCode: candidate.code,
    hoursPerWeek: placement.hoursPerWeek,
  }[q.sort];
  // Count and banen of every matching placement. Banen as in core/candidates/job-agreement.ts: hours / 25.5 rounded to two decimals per placement, only for
  // the doelgroepregister, the sum of those parts rounded again (exact in numeric).
  const totals = db
    .select({
      totals: sql`json_build_array(count(*), coalesce(sum(case when ${candidate.targetGroupRegister} = 'yes'
        and ${placement.hoursPerWeek} > 0 then round(${placement.hoursPerWeek} / ${HOURS_PER_JOB}, 2) else 0 end), 0))`,
    })
    .from(placement)
    .innerJoin(candidate, and(eq(candidate.networkId, placement.networkId), eq(candidate.id, placement.candidateId)))
    .innerJoin(organisation, orgJoin(placement.networkId, placement.organisationId))
    .where(where);
  // On the page's own rows the same figures are windows over every matching row (before the limit), so the placements
  // are read once; the separate statement above only answers for a page past the end (issue 22: rows read per row).
  const windowTotals = sql<[number, number | string]>`json_build_array(count(*) over (), coalesce(sum(case
    when ${candidate.targetGroupRegister} = 'yes' and ${placement.hoursPerWeek} > 0
    then round(${placement.hoursPerWeek} / ${HOURS_PER_JOB}, 2) else 0 end) over (), 0))`;
  const base = db
    .select({ ...placementColumns, totals: windowTotals.as('totals') })
    .from(placement)
    .innerJoin(candidate, and(eq(candidate.networkId, placement.networkId), eq(candidate.id, placement.candidateId)))
    .innerJoin(organisation, orgJoin(placement.networkId, placement.organisationId))
    .where(where)
    .orderBy((q.order === 'asc' ? asc : desc)(column), asc(placement.id));
  const page = limit === null ? await base : await base.limit(limit).offset((q.page - 1) * limit);
  const [total, jobs] = page[0]?.totals ?? ((await totals)[0]?.totals as [number, number | string]);
  return {
    rows: page.map(({ totals: _totals, ...row }) => row),
    total: Number(total),
    totalJobs: Math.round(Number(jobs) * 100) / 100,
  };
}

export async function findPlacement(db: DbOrTx, networkId: string, id: string) {
  const [row] = await placementsFrom(db).where(and(eq(placement.networkId, networkId), eq(placement.id, id)));
  return row;
}

export async function insertPlacement(db: DbOrTx, values: typeof placement.$inferInsert) {
  const [row] = await db.insert(placement).values(values).returning();
  return row!;
}

export async function endPlacementRow(
  db: DbOrTx,
  networkId: string,
  id: string,
  version: number,
  values: { endsOn: string; endReason: string },
) {
  const [row] = await db
    .update(placement)
    .set({ ...values, updatedAt: new Date(), version: sql`${placement.version} + 1` })
    .where(and(eq(placement.networkId, networkId), eq(placement.id, id), eq(placement.version, version)))
    .returning();
  return row;
}

export async function listCheckIns(db: DbOrTx, networkId: string, placementId: string) {
  const rows = await db
    .select()
    .from(placementCheckIn)
    .where(and(eq(placementCheckIn.networkId, networkId), eq(placementCheckIn.placementId, placementId)))
    .orderBy(asc(placementCheckIn.months));
  return rows.map((c) => ({
    id: c.id,
    months: c.months,
    heldOn: c.heldOn,
    stillEmployed: c.stillEmployed,
    hoursPerWeek: num(c.hoursPerWeek),
    note: c.note,
  }));
}

export async function insertCheckIn(db: DbOrTx, values: typeof placementCheckIn.$inferInsert) {
  const [row] = await db.insert(placementCheckIn).values(values).onConflictDoNothing().returning();
  return row;
}

/** Placements that may still need a check-in: not ended more than a year ago, with the months already done. */
export async function placementsForCheckIns(db: DbOrTx, networkId: string) {
  const rows = await db
    .select({
      id: placement.id,
      startsOn: placement.startsOn,
      endsOn: placement.endsOn,
      candidateCode: candidate.code,
      organisationName: organisation.name,
      done: sql<
        number[]
      >`coalesce(array_agg(${placementCheckIn.months}) filter (where ${placementCheckIn.months} is not null), '{}')`,
    })
    .from(placement)
    .innerJoin(candidate, and(eq(candidate.networkId, placement.networkId), eq(candidate.id, placement.candidateId)))
    .innerJoin(organisation, orgJoin(placement.networkId, placement.organisationId))
    .leftJoin(
      placementCheckIn,
      and(eq(placementCheckIn.networkId, placement.networkId), eq(placementCheckIn.placementId, placement.id)),
    )
    .where(eq(placement.networkId, networkId))
    .groupBy(placement.id, placement.startsOn, placement.endsOn, candidate.code, organisation.name);
  return rows;
}

/** The check-ins of this network already reminded by mail, as `placementId:months`. */
export async function remindedCheckIns(db: DbOrTx, networkId: string) {
  const rows = await db
    .select({ placementId: placementCheckInReminder.placementId, months: placementCheckInReminder.months })
    .from(placementCheckInReminder)
    .where(eq(placementCheckInReminder.networkId, networkId));
  return new Set(rows.map((r) => `${r.placementId}:${r.months}`));
}

/** Marks a check-in as reminded; undefined when it already was (another run got there first). */
export async function insertCheckInReminder(db: DbOrTx, values: typeof placementCheckInReminder.$inferInsert) {
  const [row] = await db.insert(placementCheckInReminder).values(values).onConflictDoNothing().returning();
  return row;
}

/** The network's current coordinators with an e-mail address: who check-in reminders go to. */
export async function coordinatorsToMail(db: DbOrTx, networkId: string, today: string) {
  const rows = await db
    .selectDistinct({ name: person.name, email: sql<string>`coalesce(${person.email}, ${user.email})` })
    .from(roleAssignment)
    .innerJoin(person, and(eq(person.networkId, roleAssignment.networkId), eq(person.id, roleAssignment.personId)))
    .leftJoin(user, eq(user.id, person.userId))
    .where(
      and(
        eq(roleAssignment.networkId, networkId),
        eq(roleAssignment.role, 'coordinator'),
        sql`${roleAssignment.startsOn} <= ${today}`,
        or(isNull(roleAssignment.endsOn), gte(roleAssignment.endsOn, today)),
        sql`coalesce(${person.email}, ${user.email}) is not null`,
      ),
    );
  return rows.sort((a, b) => a.email.localeCompare(b.email));
}

export async function networkName(db: DbOrTx, networkId: string) {
  const [row] = await db.select({ name: network.name }).from(network).where(eq(network.id, networkId));
  return row?.name;
}
