// Check-ins on a placement (3, 6 and 12 months after it started): the coordinator records them, sees which are due, and marks
// a candidate's own worrying check-in answer handled.
import { dueCheckIns } from '../../../core/candidates/check-ins.js';
import { markCandidateCheckInHandled } from '../candidate-portal/candidate-check-ins.repository.js';
import { todayInAmsterdam } from '../../../core/calendar.js';
import { authorize, type Actor } from '../../platform/access.js';
import { writeAudit } from '../../platform/audit.js';
import type { Db, DbOrTx } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { registerErrorMessages } from '../../platform/messages.js';
import type { CheckInInput } from '../../../core/candidates/placements.contract.js';
import { insertCheckIn, placementsForCheckIns } from './placements.repository.js';
import { hoursText } from './opportunities.service.js';
import { requirePlacement } from './placements.service.js';

registerErrorMessages({
  nl: {
    check_in_exists: 'Deze check-in is al vastgelegd.',
  },
  en: {
    check_in_exists: 'This check-in has already been recorded.',
  },
});

/** The coordinator marks the candidate's worrying check-in answer handled: the steering signal clears. */
export async function handleCandidateCheckIn({
  db,
  actor,
  networkId,
  placementId,
  months,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  placementId: string;
  months: number;
  now?: Date;
}) {
  authorize(actor, 'placements.manage', networkId);
  await db.transaction(async (tx) => {
    await requirePlacement(tx, networkId, placementId);
    const done = await markCandidateCheckInHandled(tx, { networkId, placementId, months, by: actor.userId, now });
    if (!done) throw new AppError('not_found');
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'placement.candidate_check_in.handled',
      recordType: 'placement',
      recordId: placementId,
      details: { months },
    });
  });
}

export async function recordCheckIn({
  db,
  actor,
  networkId,
  placementId,
  input,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  placementId: string;
  input: CheckInInput;
}) {
  authorize(actor, 'placements.manage', networkId);
  return db.transaction(async (tx) => {
    await requirePlacement(tx, networkId, placementId);
    const row = await insertCheckIn(tx, {
      networkId,
      placementId,
      months: input.months,
      heldOn: input.heldOn,
      stillEmployed: input.stillEmployed,
      hoursPerWeek: hoursText(input.hoursPerWeek),
      note: input.note,
      recordedBy: actor.userId,
    });
    if (!row) throw new AppError('conflict', 'check_in_exists');
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'placement.check_in',
      recordType: 'placement',
      recordId: placementId,
      details: { months: input.months },
    });
    return { id: row.id };
  });
}

/** The coordinator's reminders: check-ins due within the lead time or overdue, on the day `now` falls on. */
export async function listDueCheckIns({
  db,
  actor,
  networkId,
  now,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  now: Date;
}) {
  authorize(actor, 'placements.read', networkId);
  const rows = await placementsForCheckIns(db, networkId);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const due = dueCheckIns(
    rows.map((r) => ({ id: r.id, startsOn: r.startsOn, endsOn: r.endsOn, doneMonths: r.done.map(Number) })),
    todayInAmsterdam(now),
  );
  return due.map((d) => {
    const r = byId.get(d.placementId)!;
    return { ...d, candidateCode: r.candidateCode, organisationName: r.organisationName, startsOn: r.startsOn };
  });
}
