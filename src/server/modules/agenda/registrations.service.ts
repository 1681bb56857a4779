// Registration for an activity with a waiting list that moves up, cancellation, attendance at the door, and the attendee's
// evaluation. Registering locks the activity row (select ... for update), so concurrent registrations never overfill it.
import type { z } from 'zod';
import { canEvaluate, placeForNewRegistration, placesToFill } from '../../../core/agenda/agenda-rules.js';
import { authorize, forbiddenByDesign, type Actor } from '../../platform/access.js';
import { writeAudit } from '../../platform/audit.js';
import type { Db, DbOrTx } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { recipientLocales, type Mailer } from '../../platform/mail.js';
import { mailTexts } from '../../platform/mail-texts.js';
import type { evaluationInput } from '../../../core/agenda/agenda.contract.js';
import {
  countAttendees,
  findActivity,
  findNetworkById,
  findOpenRegistration,
  findPersonIn,
  findPersonsIn,
  findRegistration,
  insertRegistration,
  markRegistrationAttendance,
  markRegistrationCancelled,
  promoteFromWaitlist,
  saveRegistrationEvaluation,
  updateActivityRow,
} from './agenda.repository.js';
import {
  actorOrganisation,
  authorizeAttendance,
  may,
  requireAction,
  runsOwnActivity,
  selfPerson,
} from './agenda-access.js';

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
  const people = await findPersonsIn(
    db,
    networkId,
    promoted.map((p) => p.personId),
  );
  const place = found.location ?? found.onlineUrl ?? '';
  const localeOf = await recipientLocales(
    db,
    people.map((p) => p.email),
  );
  for (const p of people) {
    if (!p.email) continue;
    await mailer.send(db, {
      networkId,
      kind: 'waitlist_promoted',
      to: p.email,
      ...mailTexts[localeOf(p.email)].waitlistPromoted({
        recipientName: p.name,
        networkName: net.name,
        title: found.title,
        startsAt: found.startsAt,
        place,
        link: `${publicUrl}/n/${networkId}/agenda/${activityId}`,
      }),
    });
  }
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
          await updateActivityRow(tx, networkId, activityId, { hostOrganisationId: own });
      }
      if (role === 'speaker' && !runsOwnActivity(actor, networkId, own, found))
        throw forbiddenByDesign(actor, networkId, 'activities.organise');
    }
    if (await findOpenRegistration(tx, networkId, activityId, { personId }))
      throw new AppError('conflict', 'already_registered');
    const { registered } = await countAttendees(tx, networkId, activityId);
    const status = role === 'attendee' ? placeForNewRegistration(found.capacity, registered) : 'registered';
    const row = await insertRegistration(tx, { networkId, activityId, personId, role, status });
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'registration.create',
      recordType: 'registration',
      recordId: row.id,
      details: { status },
    });
    return row;
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
    await markRegistrationCancelled(tx, networkId, registrationId, now);
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
  await authorizeAttendance(db, actor, networkId, activityId);
  const rows = await markRegistrationAttendance(db, networkId, activityId, registrationId, attended, now);
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
  await saveRegistrationEvaluation(db, networkId, registrationId, {
    rating: input.rating,
    needMet: input.needMet,
    evaluationComment: input.comment,
    evaluatedAt: now,
  });
}
