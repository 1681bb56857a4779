// SQL for needs, activities and registrations. Every query is bounded by network_id.
import { and, asc, count, desc, eq, gt, gte, inArray, lte, ne, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/database.js';
import { updateVersioned } from '../../platform/db/versioned.js';
import {
  afterKeyset,
  decodeCursor,
  keysetPage,
  keysetValue,
  splitTotal,
  totalColumn,
} from '../../platform/db/paging.js';
import {
  activity,
  calendarFeed,
  candidate,
  candidateConsent,
  candidateRegistration,
  need,
  needSupporter,
  network,
  organisation,
  person,
  registration,
} from '../../platform/db/schema.js';
import type { ListNeedsQuery } from '../../../core/agenda/agenda.contract.js';

function escapeLike(text: string) {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

const KEYSET_TYPES = { createdAt: 'timestamptz', title: 'text', supporters: 'int' } as const;

export async function queryNeeds(
  db: DbOrTx,
  networkId: string,
  query: ListNeedsQuery,
  viewer: { organisationId: string | null },
  limit: number | null,
) {
  const conditions: SQL[] = [eq(need.networkId, networkId)];
  if (query.status) conditions.push(eq(need.status, query.status));
  if (query.theme) conditions.push(eq(need.theme, query.theme));
  if (query.search) conditions.push(sql`nr_fold(${need.title}) like nr_fold(${`%${escapeLike(query.search)}%`}::text)`);
  // The supporters of the network's needs, counted in one pass over need_supporter and joined by need: a count per need
  // row would scan the (small) table once for every need on the page (issue 22: rows read per row returned).
  const support = db
    .select({
      needId: needSupporter.needId,
      n: sql<number>`count(*)::int`.as('n'),
      mine: (viewer.organisationId
        ? sql<boolean>`bool_or(${needSupporter.organisationId} = ${viewer.organisationId}::uuid)`
        : sql<boolean>`false`
      ).as('mine'),
    })
    .from(needSupporter)
    .where(eq(needSupporter.networkId, networkId))
    .groupBy(needSupporter.needId)
    .as('support');
  const supporters = sql<number>`coalesce(${support.n}, 0)`.mapWith(Number);
  const supportedByMe = sql<boolean>`coalesce(${support.mine}, false)`;
  const ownNeed = viewer.organisationId
    ? sql<boolean>`coalesce(${need.organisationId} = ${viewer.organisationId}::uuid, false)`
    : sql<boolean>`false`;
  const direction = query.order === 'asc' ? asc : desc;
  const sortBy = { createdAt: need.createdAt, title: need.title, supporters }[query.sort];
  const where = and(...conditions);
  const after = decodeCursor(query.cursor);
  const counted = db.select({ n: count() }).from(need).where(where);
  const base = db
    .select({
      total: totalColumn(counted),
      keysetValue: keysetValue(sortBy),
      id: need.id,
      title: need.title,
      description: need.description,
      theme: need.theme,
      status: need.status,
      organisationId: need.organisationId,
      organisationName: organisation.name,
      supporters,
      supportedByMe,
      ownNeed,
      activityId: need.activityId,
      activityTitle: activity.title,
      activityStartsAt: activity.startsAt,
      outcomeNote: need.outcomeNote,
      createdAt: need.createdAt,
    })
    .from(need)
    .leftJoin(organisation, and(eq(organisation.networkId, need.networkId), eq(organisation.id, need.organisationId)))
    .leftJoin(activity, and(eq(activity.networkId, need.networkId), eq(activity.id, need.activityId)))
    .leftJoin(support, eq(support.needId, need.id))
    .where(and(where, after ? afterKeyset(sortBy, KEYSET_TYPES[query.sort], query.order, need.id, after) : undefined))
    .orderBy(direction(sortBy), asc(need.id));
  const rows = limit === null ? await base : await base.limit(limit + 1);
  const { items, total } = await splitTotal(rows, async () => (await counted)[0]?.n ?? 0);
  return { ...keysetPage(items, limit), total };
}

export async function findNeed(db: DbOrTx, networkId: string, id: string, lock = false) {
  const q = db
    .select()
    .from(need)
    .where(and(eq(need.networkId, networkId), eq(need.id, id)));
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

export async function findActivity(db: DbOrTx, networkId: string, id: string, lock = false) {
  const q = db
    .select()
    .from(activity)
    .where(and(eq(activity.networkId, networkId), eq(activity.id, id)));
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

export async function findOrganisationIn(db: DbOrTx, networkId: string, id: string) {
  const [row] = await db
    .select({ id: organisation.id, name: organisation.name })
    .from(organisation)
    .where(and(eq(organisation.networkId, networkId), eq(organisation.id, id)));
  return row;
}

export async function findPersonIn(db: DbOrTx, networkId: string, id: string) {
  const [row] = await db
    .select({ id: person.id, organisationId: person.organisationId, name: person.name })
    .from(person)
    .where(and(eq(person.networkId, networkId), eq(person.id, id)));
  return row;
}

type ActivityFilter = {
  from?: Date | undefined;
  to?: Date | undefined;
  workForm?: string | undefined;
  search?: string | undefined;
  publicOnly?: boolean;
  /** Only this activity (its page), with the same figures as in the list. */
  activityId?: string;
};

export async function queryActivities(db: DbOrTx, networkId: string, query: ActivityFilter, personId: string | null) {
  return (await activityRows(db, networkId, query, personId, null)).items;
}

/** A page of the agenda (by start, then id) after `cursor`, with the total over the filters and the next page's cursor. */
export async function queryActivityPage(
  db: DbOrTx,
  networkId: string,
  query: ActivityFilter & { cursor?: string | undefined },
  personId: string | null,
  limit: number | null,
) {
  return activityRows(db, networkId, query, personId, { limit, cursor: query.cursor });
}

async function activityRows(
  db: DbOrTx,
  networkId: string,
  query: ActivityFilter,
  personId: string | null,
  paging: { limit: number | null; cursor: string | undefined } | null,
) {
  const conditions: SQL[] = [eq(activity.networkId, networkId)];
  if (query.activityId) conditions.push(eq(activity.id, query.activityId));
  if (query.from) conditions.push(gte(activity.endsAt, query.from));
  if (query.to) conditions.push(lte(activity.startsAt, query.to));
  if (query.workForm) conditions.push(eq(activity.workForm, query.workForm));
  if (query.publicOnly) conditions.push(eq(activity.isPublic, true), ne(activity.status, 'cancelled'));
  if (query.search)
    conditions.push(sql`nr_fold(${activity.title}) like nr_fold(${`%${escapeLike(query.search)}%`}::text)`);
  const where = and(...conditions);
  const after = decodeCursor(paging?.cursor);
  const limit = paging?.limit ?? null;
  const counted = db.select({ n: count() }).from(activity).where(where);
  // One pass over an activity's registrations for all its figures and the asker's own registration, instead of a
  // subquery per figure.
  const mine = personId
    ? sql`min(r.id::text || ':' || r.status) filter (where r.person_id = ${personId}::uuid and r.status <> 'cancelled')`
    : sql`null`;
  const registrationFigures = sql<[number, number, number, string | null]>`(select json_build_array(
      count(*) filter (where r.status = 'registered' and r.role = 'attendee'),
      count(*) filter (where r.status = 'waitlisted'),
      count(*) filter (where r.attended),
      ${mine})
    from ${registration} r where r.network_id = ${activity.networkId} and r.activity_id = ${activity.id})`;
  // The needs each activity picks up, counted in one pass over the network's needs and joined by activity: a count per
  // activity row would scan the (small) need table once for every activity (issue 22: rows read per row returned).
  const needTally = db
    .select({ activityId: need.activityId, n: sql<number>`count(*)::int`.as('n') })
    .from(need)
    .where(and(eq(need.networkId, networkId), sql`${need.activityId} is not null`))
    .groupBy(need.activityId)
    .as('need_tally');
  const candidateFigures = sql<[number, number]>`(select json_build_array(
      count(*) filter (where c.status = 'registered'),
      count(*) filter (where c.status = 'registered' and c.attended))
    from ${candidateRegistration} c where c.network_id = ${activity.networkId} and c.activity_id = ${activity.id})`;
  const base = db
    .select({
      id: activity.id,
      workForm: activity.workForm,
      title: activity.title,
      description: activity.description,
      startsAt: activity.startsAt,
      endsAt: activity.endsAt,
      location: activity.location,
      onlineUrl: activity.onlineUrl,
      hostName: organisation.name,
      initiatorKind: activity.initiatorKind,
      capacity: activity.capacity,
      status: activity.status,
      isPublic: activity.isPublic,
      openToCandidates: activity.openToCandidates,
      figures: registrationFigures,
      candidateFigures,
      needCount: sql<number>`coalesce(${needTally.n}, 0)`.mapWith(Number),
      keysetValue: keysetValue(activity.startsAt),
      total: paging ? totalColumn(counted) : sql<number>`0`.mapWith(Number),
    })
    .from(activity)
    .leftJoin(
      organisation,
      and(eq(organisation.networkId, activity.networkId), eq(organisation.id, activity.hostOrganisationId)),
    )
    .leftJoin(needTally, eq(needTally.activityId, activity.id))
    .where(and(where, after ? afterKeyset(activity.startsAt, 'timestamptz', 'asc', activity.id, after) : undefined))
    .orderBy(asc(activity.startsAt), asc(activity.id));
  const rows = limit === null ? await base : await base.limit(limit + 1);
  const { items, total } = paging
    ? await splitTotal(rows, async () => (await counted)[0]?.n ?? 0)
    : { items: rows, total: rows.length };
  const page = keysetPage(items, limit);
  return {
    total,
    nextCursor: page.nextCursor,
    items: page.items.map(
      ({ figures, candidateFigures: cf, total: _total, ...row }: (typeof page.items)[number] & { total?: number }) => {
        const [registered, waitlisted, attended, own] = figures;
        const [candidatesRegistered, candidatesAttended] = cf;
        const [id, status] = own ? own.split(':') : [null, null];
        return {
          ...row,
          registered,
          waitlisted,
          attended,
          candidatesRegistered,
          candidatesAttended,
          myRegistrationId: id ?? null,
          myStatus: status ?? null,
        };
      },
    ),
  };
}

export async function listRegistrations(db: DbOrTx, networkId: string, activityId: string, personId?: string) {
  return db
    .select({
      id: registration.id,
      personId: registration.personId,
      personName: person.name,
      organisationName: organisation.name,
      status: registration.status,
      role: registration.role,
      attended: registration.attended,
      rating: registration.rating,
      needMet: registration.needMet,
      evaluationComment: registration.evaluationComment,
      registeredAt: registration.registeredAt,
    })
    .from(registration)
    .innerJoin(person, and(eq(person.networkId, registration.networkId), eq(person.id, registration.personId)))
    .leftJoin(
      organisation,
      and(eq(organisation.networkId, person.networkId), eq(organisation.id, person.organisationId)),
    )
    .where(
      and(
        eq(registration.networkId, networkId),
        eq(registration.activityId, activityId),
        personId ? eq(registration.personId, personId) : undefined,
      ),
    )
    .orderBy(
      sql`case ${registration.status} when 'registered' then 0 when 'waitlisted' then 1 else 2 end`,
      asc(registration.registeredAt),
      asc(registration.id),
    );
}

export async function linkedNeeds(db: DbOrTx, networkId: string, activityId: string) {
  return db
    .select({ id: need.id, title: need.title, status: need.status, organisationName: organisation.name })
    .from(need)
    .leftJoin(organisation, and(eq(organisation.networkId, need.networkId), eq(organisation.id, need.organisationId)))
    .where(and(eq(need.networkId, networkId), eq(need.activityId, activityId)))
    .orderBy(asc(need.title));
}

/**
 * The places taken at an activity, in SQL: members' attendees with a place plus registered candidates (who share the
 * capacity but are never counted as the members' turnout). The one definition behind every capacity check — a member's
 * registration, a candidate's, a promotion from the waiting list — and the candidate page's "full" (see `placesTaken`).
 */
function placesTakenSql(networkId: SQL, activityId: SQL) {
  return sql<number>`((select count(*) from ${registration} r where r.network_id = ${networkId} and r.activity_id = ${activityId} and r.status = 'registered' and r.role = 'attendee') + (select count(*) from ${candidateRegistration} c where c.network_id = ${networkId} and c.activity_id = ${activityId} and c.status = 'registered'))::int`;
}

/** The places taken at an activity (members and candidates together, see `placesTakenSql`) and the waiting list. */
export async function countAttendees(db: DbOrTx, networkId: string, activityId: string) {
  const result = await db.execute<{ registered: number; waitlisted: number }>(sql`select
    ${placesTakenSql(sql`${networkId}::uuid`, sql`${activityId}::uuid`)} as registered,
    (select count(*) from ${registration} r where r.network_id = ${networkId}::uuid and r.activity_id = ${activityId}::uuid
      and r.status = 'waitlisted')::int as waitlisted`);
  const row = result.rows[0];
  return { registered: Number(row?.registered ?? 0), waitlisted: Number(row?.waitlisted ?? 0) };
}

// ---- candidates at activities (issue 19)

export async function listCandidateRegistrations(db: DbOrTx, networkId: string, activityId: string) {
  return db
    .select({
      id: candidateRegistration.id,
      candidateId: candidateRegistration.candidateId,
      code: candidate.code,
      firstName: candidate.firstName,
      place: candidate.place,
      wishes: candidate.wishes,
      hoursPerWeek: candidate.hoursPerWeek,
      status: candidateRegistration.status,
      registeredBy: candidateRegistration.registeredBy,
      attended: candidateRegistration.attended,
      registeredAt: candidateRegistration.registeredAt,
    })
    .from(candidateRegistration)
    .innerJoin(
      candidate,
      and(
        eq(candidate.networkId, candidateRegistration.networkId),
        eq(candidate.id, candidateRegistration.candidateId),
      ),
    )
    .where(and(eq(candidateRegistration.networkId, networkId), eq(candidateRegistration.activityId, activityId)))
    .orderBy(
      sql`case ${candidateRegistration.status} when 'registered' then 0 else 1 end`,
      asc(candidateRegistration.registeredAt),
      asc(candidateRegistration.id),
    );
}

/** The consents of the given candidates, for deciding what each reader may see of them. */
export async function consentsOfCandidates(db: DbOrTx, networkId: string, candidateIds: string[]) {
  if (candidateIds.length === 0) return [];
  return db
    .select({
      candidateId: candidateConsent.candidateId,
      recipient: candidateConsent.recipient,
      organisationId: candidateConsent.organisationId,
      fields: candidateConsent.fields,
      givenOn: candidateConsent.givenOn,
      validUntil: candidateConsent.validUntil,
      withdrawnAt: candidateConsent.withdrawnAt,
    })
    .from(candidateConsent)
    .where(and(eq(candidateConsent.networkId, networkId), inArray(candidateConsent.candidateId, candidateIds)));
}

export async function findCandidateIn(db: DbOrTx, networkId: string, candidateId: string) {
  const [row] = await db
    .select({ id: candidate.id, erasedAt: candidate.erasedAt })
    .from(candidate)
    .where(and(eq(candidate.networkId, networkId), eq(candidate.id, candidateId)));
  return row;
}

export async function findCandidateRegistration(
  db: DbOrTx,
  networkId: string,
  id: string,
  where: { activityId?: string; candidateId?: string },
) {
  const [row] = await db
    .select()
    .from(candidateRegistration)
    .where(
      and(
        eq(candidateRegistration.networkId, networkId),
        eq(candidateRegistration.id, id),
        where.activityId ? eq(candidateRegistration.activityId, where.activityId) : undefined,
        where.candidateId ? eq(candidateRegistration.candidateId, where.candidateId) : undefined,
      ),
    );
  return row;
}

/** A candidate's registration, stamped with the statement's own clock so the order of registrations is exact. */
export async function insertCandidateRegistration(
  db: DbOrTx,
  values: { networkId: string; activityId: string; candidateId: string; registeredBy: string },
) {
  const [row] = await db
    .insert(candidateRegistration)
    .values({ ...values, registeredAt: sql`clock_timestamp()` })
    .returning({ id: candidateRegistration.id, status: candidateRegistration.status });
  return row!;
}

export async function cancelCandidateRegistrationRow(db: DbOrTx, networkId: string, id: string, now: Date) {
  await db
    .update(candidateRegistration)
    .set({ status: 'cancelled', cancelledAt: now })
    .where(and(eq(candidateRegistration.networkId, networkId), eq(candidateRegistration.id, id)));
}

/** Marks a candidate present or not; false when there is no such registration at this activity. */
export async function markCandidateAttendance(
  db: DbOrTx,
  networkId: string,
  activityId: string,
  candidateRegistrationId: string,
  attended: boolean,
  now: Date,
) {
  const rows = await db
    .update(candidateRegistration)
    .set({ attended, checkedInAt: attended ? now : null })
    .where(
      and(
        eq(candidateRegistration.networkId, networkId),
        eq(candidateRegistration.activityId, activityId),
        eq(candidateRegistration.id, candidateRegistrationId),
      ),
    )
    .returning({ id: candidateRegistration.id });
  return rows.length > 0;
}

/** Upcoming activities open to candidates (not cancelled, not begun), with the candidate's own registration and the places taken. */
export async function upcomingCandidateActivities(db: DbOrTx, networkId: string, candidateId: string, now: Date) {
  // A select from one table leaves its columns unqualified, so the correlated subqueries name the outer row explicitly.
  const taken = placesTakenSql(sql`"activity"."network_id"`, sql`"activity"."id"`);
  const mine = sql<
    string | null
  >`(select c.id::text from ${candidateRegistration} c where c.network_id = "activity"."network_id" and c.activity_id = "activity"."id" and c.candidate_id = ${candidateId}::uuid and c.status <> 'cancelled' limit 1)`;
  return db
    .select({
      id: activity.id,
      workForm: activity.workForm,
      title: activity.title,
      description: activity.description,
      startsAt: activity.startsAt,
      endsAt: activity.endsAt,
      location: activity.location,
      onlineUrl: activity.onlineUrl,
      capacity: activity.capacity,
      taken,
      myRegistrationId: mine,
    })
    .from(activity)
    .where(
      and(
        eq(activity.networkId, networkId),
        eq(activity.openToCandidates, true),
        eq(activity.status, 'planned'),
        gt(activity.startsAt, now),
      ),
    )
    .orderBy(asc(activity.startsAt), asc(activity.id))
    .limit(50);
}

/** Moves the first `n` of the waiting list up, in the order they registered. */
export async function promoteFromWaitlist(db: DbOrTx, networkId: string, activityId: string, n: number) {
  if (n <= 0) return [];
  const head = await db
    .select({ id: registration.id })
    .from(registration)
    .where(
      and(
        eq(registration.networkId, networkId),
        eq(registration.activityId, activityId),
        eq(registration.status, 'waitlisted'),
      ),
    )
    .orderBy(asc(registration.registeredAt), asc(registration.id))
    .limit(n);
  if (head.length === 0) return [];
  return db
    .update(registration)
    .set({ status: 'registered' })
    .where(
      and(
        eq(registration.networkId, networkId),
        inArray(
          registration.id,
          head.map((h) => h.id),
        ),
      ),
    )
    .returning({ id: registration.id, personId: registration.personId });
}

export async function findRegistration(db: DbOrTx, networkId: string, activityId: string, id: string) {
  const [row] = await db
    .select()
    .from(registration)
    .where(
      and(eq(registration.networkId, networkId), eq(registration.activityId, activityId), eq(registration.id, id)),
    );
  return row;
}

/**
 * The registration of a person or of a candidate for an activity that is not cancelled (there is at most one). Persons and
 * candidates are registered in two tables of the same shape.
 */
export async function findOpenRegistration(
  db: DbOrTx,
  networkId: string,
  activityId: string,
  who: { personId: string } | { candidateId: string },
) {
  const [table, whoMatches] =
    'personId' in who
      ? ([registration, eq(registration.personId, who.personId)] as const)
      : ([candidateRegistration, eq(candidateRegistration.candidateId, who.candidateId)] as const);
  const [row] = await db
    .select({ id: table.id })
    .from(table)
    .where(
      and(eq(table.networkId, networkId), eq(table.activityId, activityId), whoMatches, ne(table.status, 'cancelled')),
    );
  return row;
}

export async function findFeedByHash(db: DbOrTx, tokenHash: string) {
  const [row] = await db.select().from(calendarFeed).where(eq(calendarFeed.tokenHash, tokenHash));
  return row;
}

export async function findNetworkBySlug(db: DbOrTx, slug: string) {
  const [row] = await db.select().from(network).where(eq(network.slug, slug));
  return row;
}

export async function findNetworkById(db: DbOrTx, id: string) {
  const [row] = await db.select().from(network).where(eq(network.id, id));
  return row;
}

// ---- writes of the needs, activities and registrations services (issue 15: SQL only in repositories) ----

/** The columns of a need that moving it to another status may set besides the status. */
export type NeedChanges = Partial<typeof need.$inferInsert>;

export async function insertNeed(db: DbOrTx, values: typeof need.$inferInsert) {
  const [row] = await db.insert(need).values(values).returning({ id: need.id });
  return row!;
}

/** Adds an organisation's support to a need; supporting twice changes nothing. */
export async function addNeedSupporter(db: DbOrTx, values: typeof needSupporter.$inferInsert) {
  await db.insert(needSupporter).values(values).onConflictDoNothing();
}

/** Sets a need's status (with `changes`) and raises its version. */
export async function setNeedStatus(
  db: DbOrTx,
  networkId: string,
  needId: string,
  status: string,
  changes: NeedChanges,
) {
  await updateVersioned(db, need, { networkId, id: needId }, { ...changes, status });
}

/** The needs with these ids in the network, locked (select ... for update) until the transaction ends. */
export async function lockNeeds(db: DbOrTx, networkId: string, needIds: string[]) {
  return db
    .select({ id: need.id, status: need.status })
    .from(need)
    .where(and(eq(need.networkId, networkId), inArray(need.id, needIds)))
    .for('update');
}

/** Links the needs to the activity that picks them up. */
export async function markNeedsPickedUp(db: DbOrTx, networkId: string, needIds: string[], activityId: string) {
  await db
    .update(need)
    .set({ activityId, status: 'picked_up', updatedAt: new Date(), version: sql`${need.version} + 1` })
    .where(and(eq(need.networkId, networkId), inArray(need.id, needIds)));
}

export async function insertActivity(db: DbOrTx, values: typeof activity.$inferInsert) {
  const [row] = await db.insert(activity).values(values).returning({ id: activity.id });
  return row!;
}

/** Changes an activity's columns and raises its version. */
export async function updateActivityRow(
  db: DbOrTx,
  networkId: string,
  activityId: string,
  changes: Partial<
    Pick<typeof activity.$inferInsert, 'capacity' | 'status' | 'openToCandidates' | 'hostOrganisationId'>
  >,
) {
  await updateVersioned(db, activity, { networkId, id: activityId }, changes);
}

/** Name and e-mail address of the persons with these ids in the network. */
export async function findPersonsIn(db: DbOrTx, networkId: string, personIds: string[]) {
  return db
    .select({ id: person.id, name: person.name, email: person.email })
    .from(person)
    .where(and(eq(person.networkId, networkId), inArray(person.id, personIds)));
}

/** A new registration, stamped with the clock time (not the transaction's), so the waiting list keeps the order of arrival. */
export async function insertRegistration(
  db: DbOrTx,
  values: Pick<typeof registration.$inferInsert, 'networkId' | 'activityId' | 'personId' | 'role' | 'status'>,
) {
  const [row] = await db
    .insert(registration)
    .values({ ...values, registeredAt: sql`clock_timestamp()` })
    .returning({ id: registration.id, status: registration.status });
  return row!;
}

export async function markRegistrationCancelled(db: DbOrTx, networkId: string, registrationId: string, now: Date) {
  await db
    .update(registration)
    .set({ status: 'cancelled', cancelledAt: now })
    .where(and(eq(registration.networkId, networkId), eq(registration.id, registrationId)));
}

/** Records attendance at the door; the rows changed (none when the registration is not there). */
export async function markRegistrationAttendance(
  db: DbOrTx,
  networkId: string,
  activityId: string,
  registrationId: string,
  attended: boolean,
  now: Date,
) {
  return db
    .update(registration)
    .set({ attended, checkedInAt: attended ? now : null })
    .where(
      and(
        eq(registration.networkId, networkId),
        eq(registration.activityId, activityId),
        eq(registration.id, registrationId),
      ),
    )
    .returning({ id: registration.id });
}

export async function saveRegistrationEvaluation(
  db: DbOrTx,
  networkId: string,
  registrationId: string,
  evaluation: Pick<typeof registration.$inferInsert, 'rating' | 'needMet' | 'evaluationComment' | 'evaluatedAt'>,
) {
  await db
    .update(registration)
    .set(evaluation)
    .where(and(eq(registration.networkId, networkId), eq(registration.id, registrationId)));
}
