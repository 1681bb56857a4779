// Follow-up reminders by mail: once a day the job queue asks, for every network, which open follow-ups fell due (due day
// today or earlier) and were not mailed yet, and mails each owner one message listing theirs. Each follow-up is marked
// (`follow_up_reminded_at`) in the same transaction as the mail, so however often the job runs, or runs twice at once, a
// follow-up is mailed once. Changing a follow-up (other text, owner or due day) makes it remindable again.
import { todayInAmsterdam } from '../../../core/calendar.js';
import { SYSTEM_ACTOR } from '../../platform/access.js';
import { writeAudit } from '../../platform/audit.js';
import type { Db } from '../../platform/db/database.js';
import type { Jobs } from '../../platform/jobs.js';
import { recipientLocales, type Mailer } from '../../platform/mail.js';
import { mailTexts, type MailTexts, type FollowUpLine } from '../../platform/mail-texts.js';
import type { Locale } from '../../platform/messages.js';
import { listNetworkIds } from '../candidates/candidates.repository.js';
import { networkName as findNetworkName } from '../placements/placements.repository.js';
import type { ModuleContext } from '../context.js';
import { dueFollowUpsToRemind, markReminded } from './interactions.repository.js';

export const FOLLOW_UP_REMINDER_QUEUE = 'interactions.follow_up_reminders';

export type { FollowUpLine };

/** The reminder in the recipient's language (server mail catalog). Pure, so a test can read it exactly. */
export function followUpReminderMail(input: Parameters<MailTexts['followUpReminder']>[0], locale: Locale = 'nl') {
  return mailTexts[locale].followUpReminder(input);
}

export async function mailFollowUpReminders({
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
  const results: { networkId: string; followUps: number; recipients: number }[] = [];
  for (const networkId of await listNetworkIds(db)) {
    const result = await db.transaction(async (tx) => {
      const due = await dueFollowUpsToRemind(tx, networkId, today);
      if (due.length === 0) return undefined;
      const byOwner = new Map<string, { name: string; email: string; lines: FollowUpLine[] }>();
      for (const d of due) {
        if (!(await markReminded(tx, networkId, d.id, now))) continue; // a concurrent run reminded this one
        const owner = byOwner.get(d.owner_id) ?? { name: d.owner_name, email: d.owner_email, lines: [] };
        owner.lines.push({
          what: d.follow_up,
          organisationName: d.organisation_name,
          dueOn: d.due_on,
          overdue: d.due_on < today,
        });
        byOwner.set(d.owner_id, owner);
      }
      if (byOwner.size === 0) return undefined;
      const networkName = (await findNetworkName(tx, networkId)) ?? '';
      const link = `${publicUrl}/n/${networkId}/mijn-acties`;
      let followUps = 0;
      const localeOf = await recipientLocales(
        tx,
        [...byOwner.values()].map((o) => o.email),
      );
      for (const owner of byOwner.values()) {
        const mail = followUpReminderMail(
          { networkName, recipientName: owner.name, lines: owner.lines, link },
          localeOf(owner.email),
        );
        await mailer.send(tx, { networkId, kind: 'follow_up_reminder', to: owner.email, ...mail });
        followUps += owner.lines.length;
      }
      await writeAudit(tx, {
        actor: SYSTEM_ACTOR,
        networkId,
        action: 'interaction.follow_up_reminder',
        details: { followUps, recipients: byOwner.size },
      });
      return { networkId, followUps, recipients: byOwner.size };
    });
    if (result) results.push(result);
  }
  return results;
}

export async function registerInteractionJobs(jobs: Jobs, ctx: Pick<ModuleContext, 'db' | 'mailer' | 'publicUrl'>) {
  await jobs.work(FOLLOW_UP_REMINDER_QUEUE, async () => {
    await mailFollowUpReminders({ db: ctx.db, mailer: ctx.mailer, publicUrl: ctx.publicUrl, now: new Date() });
  });
  await jobs.schedule(FOLLOW_UP_REMINDER_QUEUE, '15 7 * * *');
}
