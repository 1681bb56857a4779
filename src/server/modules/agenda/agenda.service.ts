// The needs-driven agenda: members raise and support needs, the kerngroep prioritises them, the coordinator plans
// activities for them; registration with a waiting list that moves up, attendance at the door, evaluation, and the outcome
// of each need. Registering locks the activity row (select ... for update), so concurrent registrations never overfill it.
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import {
  canEvaluate,
  canMoveNeed,
  needOutcomeFromAnswers,
  placeForNewRegistration,
  placesToFill,
  type NeedStatus,
} from '../../../core/agenda/agenda-rules.js';
import type { NetworkAction } from '../../../core/access/permissions.js';
import { actorMay, authorize, forbiddenByDesign, type Actor } from '../../platform/access.js';
import { writeAudit } from '../../platform/audit.js';
import type { Db, DbOrTx } from '../../platform/db/database.js';
import {
  activity,
  calendarFeed,
  need,
  needSupporter,
  network,
  person,
  registration,
} from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';
import type { Mailer } from '../../platform/mail.js';
import { registerErrorMessages } from '../../platform/messages.js';
import type {
  ActivityInput,
  ListActivitiesQuery,
  ListNeedsQuery,
  RaiseNeedInput,
  evaluateNeedInput,
  evaluationInput,
  updateActivityInput,
} from '../../../core/agenda/agenda.contract.js';
import {
  countAttendees,
  findActivity,
  findFeedByHash,
  findNeed,
  findNetworkById,
  findNetworkBySlug,
  findOpenRegistration,
  findOrganisationIn,
  findPersonIn,
  findRegistration,
  linkedNeeds,
  listRegistrations,
  promoteFromWaitlist,
  queryActivities,
  queryActivityPage,
  queryNeeds,
} from './agenda.repository.js';
import { activitiesToIcs } from './calendar.js';

registerErrorMessages({
  nl: {
    need_transition_not_allowed: 'Deze behoefte kan niet van de huidige status naar deze status.',
    need_not_prioritised: 'Koppel alleen behoeften die de kerngroep heeft geprioriteerd.',
    need_organisation_required: 'Kies voor welke deelnemer deze behoefte is.',
    activity_not_open: 'Voor deze activiteit kunt u zich niet (meer) aanmelden.',
    already_registered: 'Deze persoon is al aangemeld voor deze activiteit.',
    evaluation_not_allowed: 'U kunt deze activiteit pas beoordelen als u aanwezig was en de activiteit is begonnen.',
    public_agenda_off: 'Dit netwerk heeft geen openbare agenda.',
    own_organisation_only: 'U kunt dit alleen doen voor activiteiten en collega’s van uw eigen organisatie.',
  },
  en: {
    need_transition_not_allowed: 'This need cannot move from its current status to this one.',
    need_not_prioritised: 'Only link needs the core group has prioritised.',
    need_organisation_required: 'Choose which member this need is for.',
    activity_not_open: 'Registration for this activity is not (or no longer) open.',
    already_registered: 'This person is already registered for this activity.',
    evaluation_not_allowed: 'You can rate this activity once you attended and it has started.',
    public_agenda_off: 'This network has no public agenda.',
    own_organisation_only: 'You can only do this for activities and colleagues of your own organisation.',
  },
});

function selfPerson(actor: Actor, networkId: string): string | null {
  return actor.persons.get(networkId) ?? null;
}

async function actorOrganisation(db: DbOrTx, actor: Actor, networkId: string): Promise<string | null> {
  const personId = selfPerson(actor, networkId);
  if (!personId) return null;
  return (await findPersonIn(db, networkId, personId))?.organisationId ?? null;
}

function may(actor: Actor, networkId: string, action: NetworkAction) {
  return actorMay(actor, networkId, action);
}

/** Refuses with the design's own words (task, who holds it) when the actor lacks the action. */
function requireAction(actor: Actor, networkId: string, action: NetworkAction) {
  if (!may(actor, networkId, action)) throw forbiddenByDesign(actor, networkId, action);
}

/**
 * Whether the actor runs this activity without managing the whole agenda: a member who organises (activities.organise, from
 * the design) runs the activities their own organisation initiated; a host (activities.host) the ones at their location.
 */
function runsOwnActivity(
  actor: Actor,
  networkId: string,
  own: string | null,
  found: { initiatorOrganisationId: string | null; hostOrganisationId: string | null },
) {
  if (!own) return false;
  if (may(actor, networkId, 'activities.organise') && found.initiatorOrganisationId === own) return true;
  return may(actor, networkId, 'activities.host') && found.hostOrganisationId === own;
}

// ---- needs ----

export async function listNeeds({
  db,
  actor,
  networkId,
  query,
  all = false,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  query: ListNeedsQuery;
  /** Every matching need (an export) instead of one page. */
  all?: boolean;
}) {
  authorize(actor, 'needs.read', networkId);
  const viewer = { organisationId: await actorOrganisation(db, actor, networkId) };
  return queryNeeds(db, networkId, query, viewer, all ? null : query.pageSize);
}

export async function raiseNeed({
  db,
  actor,
  networkId,
  input,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  input: RaiseNeedInput;
}) {
  authorize(actor, 'needs.raise', networkId);
  const own = await actorOrganisation(db, actor, networkId);
  // A member raises for its own organisation; the coordinator may raise on a member's behalf.
  const organisationId = may(actor, networkId, 'needs.manage') ? (input.organisationId ?? own) : own;
  if (may(actor, networkId, 'portal.use') && !may(actor, networkId, 'needs.manage') && !organisationId)
    throw new AppError('forbidden', 'no_member_organisation');
  if (organisationId && !(await findOrganisationIn(db, networkId, organisationId))) throw new AppError('not_found');
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(need)
      .values({
        networkId,
        organisationId,
        raisedByPersonId: selfPerson(actor, networkId),
        title: input.title,
        description: input.description,
        theme: input.theme,
      })
      .returning({ id: need.id });
    await writeAudit(tx, { actor, networkId, action: 'need.raise', recordType: 'need', recordId: row!.id });
    return row!;
  });
}

export async function supportNeed({
  db,
  actor,
  networkId,
  needId,
  organisationId: onBehalf,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  needId: string;
  organisationId: string | null;
}) {
  authorize(actor, 'needs.raise', networkId);
  const organisationId =
    may(actor, networkId, 'needs.manage') && onBehalf ? onBehalf : await actorOrganisation(db, actor, networkId);
  if (!organisationId) throw new AppError('forbidden', 'no_member_organisation');
  const found = await findNeed(db, networkId, needId);
  if (!found) throw new AppError('not_found');
  if (found.organisationId === organisationId) throw new AppError('conflict');
  await db
    .insert(needSupporter)
    .values({ networkId, needId, organisationId, personId: selfPerson(actor, networkId) })
    .onConflictDoNothing();
}

export async function prioritiseNeed({
  db,
  actor,
  networkId,
  needId,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  needId: string;
  now?: Date;
}) {
  authorize(actor, 'needs.prioritise', networkId);
  await moveNeed(db, actor, networkId, needId, 'prioritised', {
    prioritisedAt: now,
    prioritisedByPersonId: selfPerson(actor, networkId),
  });
}

export async function evaluateNeed({
  db,
  actor,
  networkId,
  needId,
  input,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  needId: string;
  input: z.infer<typeof evaluateNeedInput>;
  now?: Date;
}) {
  authorize(actor, 'needs.manage', networkId);
  await moveNeed(db, actor, networkId, needId, input.outcome, { outcomeNote: input.note, evaluatedAt: now });
}

async function moveNeed(
  db: Db,
  actor: Actor,
  networkId: string,
  needId: string,
  to: NeedStatus,
  extra: Partial<typeof need.$inferInsert>,
) {
  await db.transaction(async (tx) => {
    const found = await findNeed(tx, networkId, needId, true);
    if (!found) throw new AppError('not_found');
    if (!canMoveNeed(found.status as NeedStatus, to)) throw new AppError('conflict', 'need_transition_not_allowed');
    await tx
      .update(need)
      .set({ ...extra, status: to, updatedAt: new Date(), version: sql`${need.version} + 1` })
      .where(and(eq(need.networkId, networkId), eq(need.id, needId)));
    await writeAudit(tx, { actor, networkId, action: `need.${to}`, recordType: 'need', recordId: needId });
  });
}

// ---- activities ----

export async function createActivity({
  db,
  actor,
  networkId,
  input,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  input: ActivityInput;
}) {
  authorize(actor, 'activities.read', networkId);
  if (!may(actor, networkId, 'activities.manage')) {
    // A member organises for its own organisation only, and only where the applied design gives it that task.
    requireAction(actor, networkId, 'activities.organise');
    const own = await actorOrganisation(db, actor, networkId);
    if (!own) throw new AppError('forbidden', 'no_member_organisation');
    if (input.initiatorKind !== 'member_employer' || input.initiatorOrganisationId !== own)
      throw new AppError('forbidden', 'own_organisation_only');
    if (input.hostOrganisationId !== null) {
      if (input.hostOrganisationId !== own) throw new AppError('forbidden', 'own_organisation_only');
      requireAction(actor, networkId, 'activities.host');
    }
  }
  const { needIds, ...values } = input;
  return db.transaction(async (tx) => {
    for (const orgId of [values.hostOrganisationId, values.initiatorOrganisationId])
      if (orgId && !(await findOrganisationIn(tx, networkId, orgId))) throw new AppError('not_found');
    const [row] = await tx
      .insert(activity)
      .values({ networkId, ...values })
      .returning({ id: activity.id });
    await linkNeeds(tx, networkId, row!.id, needIds);
    await writeAudit(tx, { actor, networkId, action: 'activity.create', recordType: 'activity', recordId: row!.id });
    return row!;
  });
}

async function linkNeeds(tx: DbOrTx, networkId: string, activityId: string, needIds: string[]) {
  if (needIds.length === 0) return;
  const rows = await tx
    .select({ id: need.id, status: need.status })
    .from(need)
    .where(and(eq(need.networkId, networkId), inArray(need.id, needIds)))
    .for('update');
  if (rows.length !== new Set(needIds).size) throw new AppError('not_found');
  if (rows.some((r) => !canMoveNeed(r.status as NeedStatus, 'picked_up')))
    throw new AppError('conflict', 'need_not_prioritised');
  await tx
    .update(need)
    .set({ activityId, status: 'picked_up', updatedAt: new Date(), version: sql`${need.version} + 1` })
    .where(and(eq(need.networkId, networkId), inArray(need.id, needIds)));
}

export async function updateActivity({
  db,
  actor,
  networkId,
  activityId,
  input,
  mailer,
  publicUrl,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  activityId: string;
  input: z.infer<typeof updateActivityInput>;
  mailer?: Mailer | undefined;
  publicUrl?: string;
}) {
  authorize(actor, 'activities.read', networkId);
  const manager = may(actor, networkId, 'activities.manage');
  if (!manager) requireAction(actor, networkId, 'activities.organise');
  const own = manager ? null : await actorOrganisation(db, actor, networkId);
  const promoted = await db.transaction(async (tx) => {
    const found = await findActivity(tx, networkId, activityId, true);
    if (!found) throw new AppError('not_found');
    if (!manager && !runsOwnActivity(actor, networkId, own, found))
      throw new AppError('forbidden', 'own_organisation_only');
    if (found.version !== input.version) throw new AppError('stale_version');
    await tx
      .update(activity)
      .set({
        ...(input.capacity !== undefined ? { capacity: input.capacity } : {}),
        ...(input.status ? { status: input.status } : {}),
        updatedAt: new Date(),
        version: sql`${activity.version} + 1`,
      })
      .where(and(eq(activity.networkId, networkId), eq(activity.id, activityId)));
    let moved: { id: string; personId: string }[] = [];
    if (input.capacity !== undefined) {
      const c = await countAttendees(tx, networkId, activityId);
      moved = await promoteFromWaitlist(
        tx,
        networkId,
        activityId,
        placesToFill(input.capacity, c.registered, c.waitlisted),
      );
    }
    await writeAudit(tx, { actor, networkId, action: 'activity.update', recordType: 'activity', recordId: activityId });
    return moved;
  });
  if (mailer) await mailPromoted({ db, mailer, publicUrl, networkId, activityId, promoted });
}

/**
 * Tells each person who moved up from the waiting list that they now have a place. Sent after the registration is
 * committed, through the mail platform (outbox row first, then SMTP); a failed send is recorded there, the place stays.
 */
export async function mailPromoted({
  db,
  mailer,
  publicUrl = '',
  networkId,
  activityId,
  promoted,
}: {
  db: DbOrTx;
  mailer: Mailer;
  publicUrl?: string | undefined;
  networkId: string;
  activityId: string;
  promoted: { id: string; personId: string }[];
}) {
  if (promoted.length === 0) return;
  const found = await findActivity(db, networkId, activityId);
  const net = await findNetworkById(db, networkId);
  if (!found || !net) return;
  const people = await db
    .select({ id: person.id, name: person.name, email: person.email })
    .from(person)
    .where(
      and(
        eq(person.networkId, networkId),
        inArray(
          person.id,
          promoted.map((p) => p.personId),
        ),
      ),
    );
  const when = new Intl.DateTimeFormat('nl-NL', {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(found.startsAt);
  const place = found.location ?? found.onlineUrl ?? '';
  for (const p of people) {
    if (!p.email) continue;
    await mailer.send(db, {
      networkId,
      kind: 'waitlist_promoted',
      to: p.email,
      subject: `U heeft een plaats: ${found.title}`,
      text: [
        `Beste ${p.name},`,
        '',
        `Er is een plaats vrijgekomen. U stond op de wachtlijst en bent nu aangemeld voor "${found.title}" op ${when}${place ? ` (${place})` : ''}.`,
        '',
        `Kunt u toch niet? Meld u dan af, zodat de volgende op de wachtlijst uw plaats krijgt: ${publicUrl}/n/${networkId}/agenda/${activityId}`,
        '',
        `Met vriendelijke groet,`,
        net.name,
      ].join('\n'),
    });
  }
}

export async function listActivities({
  db,
  actor,
  networkId,
  query,
  all = false,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  query: Omit<ListActivitiesQuery, 'format' | 'pageSize'> & { pageSize?: number };
  /** Every matching activity (an export) instead of one page. */
  all?: boolean;
}) {
  authorize(actor, 'activities.read', networkId);
  return queryActivityPage(db, networkId, query, selfPerson(actor, networkId), all ? null : (query.pageSize ?? 100));
}

export async function getActivity({
  db,
  actor,
  networkId,
  activityId,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  activityId: string;
}) {
  authorize(actor, 'activities.read', networkId);
  const found = await findActivity(db, networkId, activityId);
  if (!found) throw new AppError('not_found');
  const me = selfPerson(actor, networkId);
  const [row] = await queryActivities(db, networkId, { activityId }, me);
  const manager =
    may(actor, networkId, 'activities.manage') ||
    runsOwnActivity(actor, networkId, await actorOrganisation(db, actor, networkId), found);
  const all = await listRegistrations(db, networkId, activityId);
  const evaluated = all.filter((r) => r.rating !== null);
  const answers = evaluated.flatMap((r) => (r.needMet === null ? [] : [r.needMet]));
  return {
    ...row!,
    description: found.description,
    hostOrganisationId: found.hostOrganisationId,
    version: found.version,
    needs: await linkedNeeds(db, networkId, activityId),
    registrations: manager ? all : [],
    runsActivity: manager,
    myRegistration: all.find((r) => r.personId === me && r.status !== 'cancelled') ?? null,
    evaluation: {
      count: evaluated.length,
      averageRating: evaluated.length ? evaluated.reduce((s, r) => s + r.rating!, 0) / evaluated.length : null,
      helped: answers.filter(Boolean).length,
      suggestedOutcome: needOutcomeFromAnswers(answers),
    },
  };
}

export async function registerForActivity({
  db,
  actor,
  networkId,
  activityId,
  personId: requested,
  role,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  activityId: string;
  personId: string | null;
  role: 'attendee' | 'host' | 'speaker';
  now?: Date;
}) {
  const me = selfPerson(actor, networkId);
  const forSomeoneElse = requested !== null && requested !== me;
  authorize(actor, 'activities.register', networkId);
  // Whoever manages the agenda registers anyone in any role. A member registers itself and colleagues of its own
  // organisation as attendees; as host where the design gives it hosting (its location), as speaker at an activity it
  // runs (decision 016).
  const manager = may(actor, networkId, 'activities.manage');
  if (!manager && role === 'host') requireAction(actor, networkId, 'activities.host');
  const own = manager ? null : await actorOrganisation(db, actor, networkId);
  const personId = requested ?? me;
  if (!personId) throw new AppError('forbidden');
  return db.transaction(async (tx) => {
    const found = await findActivity(tx, networkId, activityId, true);
    if (!found) throw new AppError('not_found');
    if (found.status !== 'planned' || found.endsAt <= now) throw new AppError('conflict', 'activity_not_open');
    const who = await findPersonIn(tx, networkId, personId);
    if (!who) throw new AppError('not_found');
    if (!manager) {
      if (forSomeoneElse && (!own || who.organisationId !== own))
        throw new AppError('forbidden', 'own_organisation_only');
      if (role === 'host') {
        if (!own || (found.hostOrganisationId !== null && found.hostOrganisationId !== own))
          throw new AppError('forbidden', 'own_organisation_only');
        // Offering the location: the activity gets the member as host organisation.
        if (found.hostOrganisationId === null)
          await tx
            .update(activity)
            .set({ hostOrganisationId: own, updatedAt: new Date(), version: sql`${activity.version} + 1` })
            .where(and(eq(activity.networkId, networkId), eq(activity.id, activityId)));
      }
      if (role === 'speaker' && !runsOwnActivity(actor, networkId, own, found))
        throw forbiddenByDesign(actor, networkId, 'activities.organise');
    }
    if (await findOpenRegistration(tx, networkId, activityId, personId))
      throw new AppError('conflict', 'already_registered');
    const { registered } = await countAttendees(tx, networkId, activityId);
    const status = role === 'attendee' ? placeForNewRegistration(found.capacity, registered) : 'registered';
    const [row] = await tx
      .insert(registration)
      .values({ networkId, activityId, personId, role, status, registeredAt: sql`clock_timestamp()` })
      .returning({ id: registration.id, status: registration.status });
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'registration.create',
      recordType: 'registration',
      recordId: row!.id,
      details: { status },
    });
    return row!;
  });
}

async function ownOrManage(
  db: DbOrTx,
  actor: Actor,
  networkId: string,
  personId: string,
  found: { initiatorOrganisationId: string | null; hostOrganisationId: string | null },
) {
  if (personId === selfPerson(actor, networkId)) return authorize(actor, 'activities.register', networkId);
  if (may(actor, networkId, 'activities.manage')) return;
  // A member who runs the activity, or a colleague of the registered person, may cancel it.
  const own = await actorOrganisation(db, actor, networkId);
  if (runsOwnActivity(actor, networkId, own, found)) return;
  if (own && (await findPersonIn(db, networkId, personId))?.organisationId === own) return;
  authorize(actor, 'activities.manage', networkId);
}

export async function cancelRegistration({
  db,
  actor,
  networkId,
  activityId,
  registrationId,
  now = new Date(),
  mailer,
  publicUrl,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  activityId: string;
  registrationId: string;
  now?: Date;
  mailer?: Mailer | undefined;
  publicUrl?: string;
}) {
  authorize(actor, 'activities.read', networkId);
  const result = await db.transaction(async (tx) => {
    const found = await findActivity(tx, networkId, activityId, true);
    const reg = found && (await findRegistration(tx, networkId, activityId, registrationId));
    if (!found || !reg) throw new AppError('not_found');
    await ownOrManage(tx, actor, networkId, reg.personId, found);
    if (reg.status === 'cancelled') return [];
    await tx
      .update(registration)
      .set({ status: 'cancelled', cancelledAt: now })
      .where(and(eq(registration.networkId, networkId), eq(registration.id, registrationId)));
    const c = await countAttendees(tx, networkId, activityId);
    const promoted = await promoteFromWaitlist(
      tx,
      networkId,
      activityId,
      placesToFill(found.capacity, c.registered, c.waitlisted),
    );
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'registration.cancel',
      recordType: 'registration',
      recordId: registrationId,
      details: { promoted: promoted.length },
    });
    return promoted;
  });
  if (mailer) await mailPromoted({ db, mailer, publicUrl, networkId, activityId, promoted: result });
  return { promoted: result.length };
}

export async function setAttendance({
  db,
  actor,
  networkId,
  activityId,
  registrationId,
  attended,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  activityId: string;
  registrationId: string;
  attended: boolean;
  now?: Date;
}) {
  authorize(actor, 'activities.read', networkId);
  if (!may(actor, networkId, 'activities.manage')) {
    // Check-in at the door by the member who runs the activity (organiser or host, from the design).
    if (!may(actor, networkId, 'activities.organise') && !may(actor, networkId, 'activities.host'))
      throw forbiddenByDesign(actor, networkId, 'activities.organise');
    const found = await findActivity(db, networkId, activityId);
    if (!found) throw new AppError('not_found');
    if (!runsOwnActivity(actor, networkId, await actorOrganisation(db, actor, networkId), found))
      throw new AppError('forbidden', 'own_organisation_only');
  }
  const rows = await db
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
  if (rows.length === 0) throw new AppError('not_found');
}

export async function evaluateActivity({
  db,
  actor,
  networkId,
  activityId,
  registrationId,
  input,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  activityId: string;
  registrationId: string;
  input: z.infer<typeof evaluationInput>;
  now?: Date;
}) {
  authorize(actor, 'activities.register', networkId);
  const found = await findActivity(db, networkId, activityId);
  const reg = found && (await findRegistration(db, networkId, activityId, registrationId));
  // Only the attendee evaluates their own registration.
  if (!found || !reg || reg.personId !== selfPerson(actor, networkId)) throw new AppError('not_found');
  if (!canEvaluate({ attended: reg.attended, startsAt: found.startsAt, now }))
    throw new AppError('conflict', 'evaluation_not_allowed');
  await db
    .update(registration)
    .set({ rating: input.rating, needMet: input.needMet, evaluationComment: input.comment, evaluatedAt: now })
    .where(and(eq(registration.networkId, networkId), eq(registration.id, registrationId)));
}

// ---- calendar ----

function hashToken(token: string) {
  return createHash('sha256').update(token).digest('hex');
}

export async function activityIcs({
  db,
  actor,
  networkId,
  activityId,
  publicUrl,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  activityId: string;
  publicUrl: string;
}) {
  authorize(actor, 'activities.read', networkId);
  const found = await findActivity(db, networkId, activityId);
  if (!found) throw new AppError('not_found');
  const net = await findNetworkById(db, networkId);
  return activitiesToIcs([found], { calName: net!.name, publicUrl, networkId });
}

export async function createCalendarFeed({
  db,
  actor,
  networkId,
  scope,
  publicUrl,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  scope: 'network' | 'personal';
  publicUrl: string;
}) {
  authorize(actor, 'activities.read', networkId);
  const personId = selfPerson(actor, networkId);
  if (!personId) throw new AppError('forbidden');
  const token = randomBytes(24).toString('base64url');
  const [row] = await db
    .insert(calendarFeed)
    .values({ networkId, personId, tokenHash: hashToken(token), isNetworkFeed: scope === 'network' })
    .returning({ id: calendarFeed.id });
  return { id: row!.id, url: `${publicUrl}/api/calendar/${token}.ics` };
}

export async function listCalendarFeeds({ db, actor, networkId }: { db: DbOrTx; actor: Actor; networkId: string }) {
  authorize(actor, 'activities.read', networkId);
  const personId = selfPerson(actor, networkId);
  if (!personId) return [];
  const rows = await db
    .select({ id: calendarFeed.id, isNetworkFeed: calendarFeed.isNetworkFeed, createdAt: calendarFeed.createdAt })
    .from(calendarFeed)
    .where(
      and(eq(calendarFeed.networkId, networkId), eq(calendarFeed.personId, personId), isNull(calendarFeed.revokedAt)),
    );
  return rows.map((r) => ({
    id: r.id,
    scope: r.isNetworkFeed ? ('network' as const) : ('personal' as const),
    createdAt: r.createdAt,
  }));
}

export async function revokeCalendarFeed({
  db,
  actor,
  networkId,
  feedId,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  feedId: string;
  now?: Date;
}) {
  authorize(actor, 'activities.read', networkId);
  const personId = selfPerson(actor, networkId);
  const rows = await db
    .update(calendarFeed)
    .set({ revokedAt: now })
    .where(
      and(
        eq(calendarFeed.networkId, networkId),
        eq(calendarFeed.id, feedId),
        eq(calendarFeed.personId, personId ?? '00000000-0000-0000-0000-000000000000'),
      ),
    )
    .returning({ id: calendarFeed.id });
  if (rows.length === 0) throw new AppError('not_found');
}

/** Public: the feed behind a secret address. The token is the key; a revoked or unknown token is a 404. */
export async function calendarFeedIcs({ db, token, publicUrl }: { db: DbOrTx; token: string; publicUrl: string }) {
  const feed = await findFeedByHash(db, hashToken(token));
  if (!feed || feed.revokedAt) throw new AppError('not_found');
  const net = await findNetworkById(db, feed.networkId);
  let rows = await db
    .select()
    .from(activity)
    .where(and(eq(activity.networkId, feed.networkId), sql`${activity.endsAt} > now() - interval '90 days'`));
  if (!feed.isNetworkFeed && feed.personId) {
    const mine = await db
      .select({ activityId: registration.activityId })
      .from(registration)
      .where(
        and(
          eq(registration.networkId, feed.networkId),
          eq(registration.personId, feed.personId),
          eq(registration.status, 'registered'),
        ),
      );
    const ids = new Set(mine.map((m) => m.activityId));
    rows = rows.filter((a) => ids.has(a.id));
  }
  return activitiesToIcs(rows, { calName: net!.name, publicUrl, networkId: feed.networkId });
}

// ---- public agenda ----

export async function setPublicAgenda({
  db,
  actor,
  networkId,
  publicAgenda,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  publicAgenda: boolean;
}) {
  authorize(actor, 'network.update', networkId);
  await db
    .update(network)
    .set({
      settings: sql`${network.settings} || jsonb_build_object('publicAgenda', ${publicAgenda}::boolean)`,
      updatedAt: new Date(),
    })
    .where(eq(network.id, networkId));
  await writeAudit(db, { actor, networkId, action: 'network.public_agenda', details: { publicAgenda } });
}

/** Public: the planned public activities of a network that opted in. No personal data: no names, no registrations. */
export async function getPublicAgenda({ db, slug, now = new Date() }: { db: DbOrTx; slug: string; now?: Date }) {
  const net = await findNetworkBySlug(db, slug);
  if (!net || net.settings.publicAgenda !== true) throw new AppError('not_found', 'public_agenda_off');
  const rows = await queryActivities(db, net.id, { from: now, publicOnly: true }, null);
  return {
    network: { name: net.name, slug: net.slug },
    items: rows.map((a) => ({
      id: a.id,
      workForm: a.workForm,
      title: a.title,
      description: a.description,
      startsAt: a.startsAt,
      endsAt: a.endsAt,
      location: a.location,
      hostName: a.hostName,
      full: a.capacity !== null && a.registered >= a.capacity,
    })),
  };
}

export async function personsOfNetwork(db: DbOrTx, networkId: string) {
  return db.select({ id: person.id }).from(person).where(eq(person.networkId, networkId));
}
