// Candidates taking part in activities open to them (issue 19), such as a matchmaking meeting: the coordinator registers a
// candidate, or the candidate registers and cancels on their own page (through the candidate-portal module, which opens
// the link and passes the candidate). Candidates share the activity's capacity but are kept apart from the members'
// registrations, so the members' turnout never counts them; a reader who does not work with candidates sees only what a
// candidate consented to share with the reader's organisation, and otherwise a number.
import { candidateRegistrationRefusal, placesToFill } from '../../../core/agenda/agenda-rules.js';
import type { CandidateRegistrationView } from '../../../core/agenda/agenda.contract.js';
import { todayInAmsterdam } from '../../../core/calendar.js';
import { fieldsSharedWithEmployer } from '../../../core/candidates/consent.js';
import type { Actor } from '../../platform/access.js';
import { writeAudit } from '../../platform/audit.js';
import type { Db, DbOrTx } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import type { Mailer } from '../../platform/mail.js';
import { registerErrorMessages } from '../../platform/messages.js';
import {
  consentsOfCandidates,
  countAttendees,
  findActivity,
  findCandidateIn,
  findCandidateRegistration,
  findOpenRegistration,
  listCandidateRegistrations,
  promoteFromWaitlist,
  cancelCandidateRegistrationRow,
  insertCandidateRegistration,
  markCandidateAttendance,
  upcomingCandidateActivities,
} from './agenda.repository.js';
import { actorOrganisation, authorizeAttendance, may } from './agenda-access.js';
import { mailPromoted } from './registrations.service.js';
import { authorizePersonalData } from '../candidates/settings.service.js';

registerErrorMessages({
  nl: {
    not_open_to_candidates: 'Kandidaten kunnen zich niet aanmelden voor deze activiteit.',
    activity_past: 'Deze bijeenkomst is al begonnen of voorbij. Aanmelden kan niet meer.',
    activity_full: 'Deze bijeenkomst is vol. Er is geen plek meer.',
    candidate_already_registered: 'Deze kandidaat is al aangemeld voor deze bijeenkomst.',
  },
  en: {
    not_open_to_candidates: 'Candidates cannot register for this activity.',
    activity_past: 'This meeting has already started or is over. Registering is no longer possible.',
    activity_full: 'This meeting is full. There are no places left.',
    candidate_already_registered: 'This candidate is already registered for this meeting.',
  },
});

/** Who registered: the candidate on the own page, or the coordinator. */
type RegisteredBy = 'self' | 'coordinator';

async function addCandidate(
  tx: DbOrTx,
  {
    actor,
    networkId,
    activityId,
    candidateId,
    by,
    now,
  }: { actor: Actor; networkId: string; activityId: string; candidateId: string; by: RegisteredBy; now: Date },
) {
  const found = await findActivity(tx, networkId, activityId, true);
  if (!found) throw new AppError('not_found');
  const { registered: taken } = await countAttendees(tx, networkId, activityId);
  const refusal = candidateRegistrationRefusal({ ...found, taken, now });
  if (refusal === 'not_open_to_candidates') throw new AppError('validation_failed', refusal);
  if (refusal) throw new AppError('conflict', refusal);
  if (await findOpenRegistration(tx, networkId, activityId, { candidateId }))
    throw new AppError('conflict', 'candidate_already_registered');
  const row = await insertCandidateRegistration(tx, { networkId, activityId, candidateId, registeredBy: by });
  await writeAudit(tx, {
    actor,
    networkId,
    action: 'candidate_registration.create',
    recordType: 'candidate',
    recordId: candidateId,
    details: { activityId, registrationId: row.id, by },
  });
  return row;
}

async function cancelRow(
  tx: DbOrTx,
  {
    actor,
    networkId,
    reg,
    by,
    now,
  }: {
    actor: Actor;
    networkId: string;
    reg: { id: string; activityId: string; candidateId: string; status: string };
    by: RegisteredBy;
    now: Date;
  },
) {
  if (reg.status === 'cancelled') return [];
  const found = await findActivity(tx, networkId, reg.activityId, true);
  if (!found) throw new AppError('not_found');
  // The candidate cancels before the meeting begins; the coordinator also afterwards (a correction).
  if (by === 'self' && found.startsAt.getTime() <= now.getTime()) throw new AppError('conflict', 'activity_past');
  await cancelCandidateRegistrationRow(tx, networkId, reg.id, now);
  // The freed place goes to the head of the members' waiting list.
  const c = await countAttendees(tx, networkId, reg.activityId);
  const promoted = await promoteFromWaitlist(
    tx,
    networkId,
    reg.activityId,
    placesToFill(found.capacity, c.registered, c.waitlisted),
  );
  await writeAudit(tx, {
    actor,
    networkId,
    action: 'candidate_registration.cancel',
    recordType: 'candidate',
    recordId: reg.candidateId,
    details: { activityId: reg.activityId, registrationId: reg.id, by, promoted: promoted.length },
  });
  return promoted;
}

/** The coordinator registers a candidate of the network for an activity open to candidates. */
export async function registerCandidateForActivity({
  db,
  actor,
  networkId,
  activityId,
  candidateId,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  activityId: string;
  candidateId: string;
  now?: Date;
}) {
  await authorizePersonalData(db, actor, 'candidates.manage', networkId);
  return db.transaction(async (tx) => {
    const who = await findCandidateIn(tx, networkId, candidateId);
    if (!who || who.erasedAt) throw new AppError('not_found');
    return addCandidate(tx, { actor, networkId, activityId, candidateId, by: 'coordinator', now });
  });
}

export async function cancelCandidateForActivity({
  db,
  actor,
  networkId,
  activityId,
  candidateRegistrationId,
  now = new Date(),
  mailer,
  publicUrl,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  activityId: string;
  candidateRegistrationId: string;
  now?: Date;
  mailer?: Mailer | undefined;
  publicUrl?: string;
}) {
  await authorizePersonalData(db, actor, 'candidates.manage', networkId);
  const promoted = await db.transaction(async (tx) => {
    const reg = await findCandidateRegistration(tx, networkId, candidateRegistrationId, { activityId });
    if (!reg) throw new AppError('not_found');
    return cancelRow(tx, { actor, networkId, reg, by: 'coordinator', now });
  });
  if (mailer) await mailPromoted({ db, mailer, publicUrl, networkId, activityId, promoted });
  return { promoted: promoted.length };
}

/** Present or not, at the door: like the members' attendance, by whoever manages the agenda or runs this activity. */
export async function setCandidateAttendance({
  db,
  actor,
  networkId,
  activityId,
  candidateRegistrationId,
  attended,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  activityId: string;
  candidateRegistrationId: string;
  attended: boolean;
  now?: Date;
}) {
  await authorizeAttendance(db, actor, networkId, activityId);
  if (!(await markCandidateAttendance(db, networkId, activityId, candidateRegistrationId, attended, now)))
    throw new AppError('not_found');
}

/** Whether the reader works with candidates' personal data here (the coordinator; the backoffice where the network allows). */
async function mayReadCandidates(db: DbOrTx, actor: Actor, networkId: string) {
  if (!may(actor, networkId, 'candidates.read')) return false;
  try {
    await authorizePersonalData(db, actor, 'candidates.read', networkId);
    return true;
  } catch {
    return false;
  }
}

/**
 * The candidates at an activity as this reader may see them. Whoever works with candidates sees them all; anyone else sees
 * a registered candidate only when the candidate's active consent shares fields with the reader's organisation (a named
 * employer, or the employers the network puts the candidate in front of — which a matchmaking meeting does), and then only
 * those fields. Everyone else is only in the count.
 */
export async function candidateRegistrationsFor({
  db,
  actor,
  networkId,
  activityId,
  runsActivity,
  now = new Date(),
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  activityId: string;
  runsActivity: boolean;
  now?: Date;
}): Promise<{ managesCandidates: boolean; items: CandidateRegistrationView[] }> {
  const rows = await listCandidateRegistrations(db, networkId, activityId);
  const toHours = (v: string | null) => (v === null ? null : Number(v));
  if (await mayReadCandidates(db, actor, networkId))
    return { managesCandidates: true, items: rows.map((r) => ({ ...r, hoursPerWeek: toHours(r.hoursPerWeek) })) };
  const own = await actorOrganisation(db, actor, networkId);
  const registered = rows.filter((r) => r.status === 'registered');
  if (!own || registered.length === 0) return { managesCandidates: false, items: [] };
  const consents = await consentsOfCandidates(
    db,
    networkId,
    registered.map((r) => r.candidateId),
  );
  const today = todayInAmsterdam(now);
  const items: CandidateRegistrationView[] = [];
  for (const r of registered) {
    const fields = new Set<string>(
      fieldsSharedWithEmployer(
        consents.filter((c) => c.candidateId === r.candidateId),
        own,
        today,
      ),
    );
    if (fields.size === 0) continue;
    items.push({
      id: r.id,
      candidateId: null,
      code: r.code,
      firstName: fields.has('firstName') ? r.firstName : null,
      place: fields.has('place') ? r.place : null,
      wishes: fields.has('wishes') ? r.wishes : null,
      hoursPerWeek: fields.has('hoursPerWeek') ? toHours(r.hoursPerWeek) : null,
      status: r.status,
      registeredBy: null,
      attended: runsActivity ? r.attended : null,
      registeredAt: r.registeredAt,
    });
  }
  return { managesCandidates: false, items };
}

// ---- the candidate's own page (called by the candidate-portal module after it opened the link)

/** Upcoming activities open to candidates, with whether the candidate is registered and whether a place is left. */
export async function activitiesForCandidate({
  db,
  networkId,
  candidateId,
  now = new Date(),
}: {
  db: DbOrTx;
  networkId: string;
  candidateId: string;
  now?: Date;
}) {
  const rows = await upcomingCandidateActivities(db, networkId, candidateId, now);
  return rows.map(({ capacity, taken, ...r }) => ({
    ...r,
    full: capacity !== null && taken >= capacity,
  }));
}

export async function registerSelfForActivity({
  db,
  actor,
  networkId,
  candidateId,
  activityId,
  now = new Date(),
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  candidateId: string;
  activityId: string;
  now?: Date;
}) {
  return addCandidate(db, { actor, networkId, activityId, candidateId, by: 'self', now });
}

/** The candidate cancels their own registration; another candidate's registration is simply not found. */
export async function cancelSelfRegistration({
  db,
  actor,
  networkId,
  candidateId,
  candidateRegistrationId,
  now = new Date(),
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  candidateId: string;
  candidateRegistrationId: string;
  now?: Date;
}) {
  const reg = await findCandidateRegistration(db, networkId, candidateRegistrationId, { candidateId });
  if (!reg) throw new AppError('not_found');
  return { activityId: reg.activityId, promoted: await cancelRow(db, { actor, networkId, reg, by: 'self', now }) };
}
