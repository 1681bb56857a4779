// Check-in reminders by mail: once a day the job queue asks, for every network, which check-ins (3, 6 and 12 months after a
// placement started) are due within the lead time or overdue and not yet reminded, and mails the network's coordinators
// one message listing them. Each check-in is marked in `placement_check_in_reminder` in the same transaction as the mails,
// so however often the job runs (or runs twice at once), a check-in is mailed once. The mail names only the candidate's
// pseudonymous code and the employer, never the candidate's name.
import { dueCheckIns } from '../../../core/candidates/check-ins.js';
import { todayInAmsterdam } from '../../../core/calendar.js';
import { SYSTEM_ACTOR } from '../../platform/access.js';
import { writeAudit } from '../../platform/audit.js';
import type { Db } from '../../platform/db/database.js';
import { recipientLocales, type Mailer } from '../../platform/mail.js';
import { mailTexts, type MailTexts, type ReminderLine } from '../../platform/mail-texts.js';
import type { Locale } from '../../platform/messages.js';
import { listNetworkIds } from '../candidates/candidates.repository.js';
import {
  coordinatorsToMail,
  insertCheckInReminder,
  networkName as findNetworkName,
  placementsForCheckIns,
  remindedCheckIns,
} from './placements.repository.js';

export const CHECK_IN_REMINDER_QUEUE = 'placements.check_in_reminders';

export type { ReminderLine };

/** The reminder in the recipient's language (server mail catalog). Pure, so a test can read it exactly. */
export function checkInReminderMail(input: Parameters<MailTexts['checkInReminder']>[0], locale: Locale = 'nl') {
  return mailTexts[locale].checkInReminder(input);
}

/**
 * Mails the due, not yet reminded check-ins of every network to its coordinators. Returns per network what was mailed.
 * `now` is passed in (the job passes the real clock, tests a chosen day).
 */
export async function mailCheckInReminders({
  db,
  mailer,
  publicUrl,
  now,
}: {
  db: Db;
  mailer: Mailer;
  publicUrl: string;
  now: Date;
}) {
  const today = todayInAmsterdam(now);
  const results: { networkId: string; checkIns: number; recipients: number }[] = [];
  for (const networkId of await listNetworkIds(db)) {
    const rows = await placementsForCheckIns(db, networkId);
    if (rows.length === 0) continue;
    const reminded = await remindedCheckIns(db, networkId);
    const due = dueCheckIns(
      rows.map((r) => ({ id: r.id, startsOn: r.startsOn, endsOn: r.endsOn, doneMonths: r.done.map(Number) })),
      today,
    ).filter((d) => !reminded.has(`${d.placementId}:${d.months}`));
    if (due.length === 0) continue;
    const byId = new Map(rows.map((r) => [r.id, r]));
    const result = await db.transaction(async (tx) => {
      const recipients = await coordinatorsToMail(tx, networkId, today);
      // Without a coordinator to tell, nothing is marked: the reminder goes out once someone holds the role.
      if (recipients.length === 0) return undefined;
      const lines: ReminderLine[] = [];
      for (const d of due) {
        const marked = await insertCheckInReminder(tx, {
          networkId,
          placementId: d.placementId,
          months: d.months,
          dueOn: d.dueOn,
          recipients: recipients.length,
          sentAt: now,
        });
        if (!marked) continue; // a concurrent run reminded this one
        const r = byId.get(d.placementId)!;
        lines.push({
          candidateCode: r.candidateCode,
          organisationName: r.organisationName,
          months: d.months,
          dueOn: d.dueOn,
          overdue: d.overdue,
        });
      }
      if (lines.length === 0) return undefined;
      const networkName = (await findNetworkName(tx, networkId)) ?? '';
      const link = `${publicUrl}/n/${networkId}/kandidaten?tab=herinneringen`;
      const localeOf = await recipientLocales(
        tx,
        recipients.map((r) => r.email),
      );
      for (const to of recipients) {
        const mail = checkInReminderMail({ networkName, recipientName: to.name, lines, link }, localeOf(to.email));
        await mailer.send(tx, { networkId, kind: 'check_in_reminder', to: to.email, ...mail });
      }
      await writeAudit(tx, {
        actor: SYSTEM_ACTOR,
        networkId,
        action: 'placement.check_in_reminder',
        details: {
          checkIns: lines.map((l) => ({ code: l.candidateCode, months: l.months, dueOn: l.dueOn })),
          recipients: recipients.length,
        },
      });
      return { networkId, checkIns: lines.length, recipients: recipients.length };
    });
    if (result) results.push(result);
  }
  return results;
}
