// The candidates' scheduled work on the job queue: every night, retention erases the personal fields of candidates whose
// network's retention period has passed since they left (the same function as `netwerkregie retention`); every morning,
// the coordinators get one mail listing the check-ins after a placement that became due (each check-in mailed once).
import { SYSTEM_ACTOR } from '../../platform/access.js';
import type { Jobs } from '../../platform/jobs.js';
import type { ModuleContext } from '../context.js';
import { CHECK_IN_REMINDER_QUEUE, mailCheckInReminders } from '../placements/check-in-reminders.js';
import { runRetentionForAll } from './candidates.service.js';

export const RETENTION_QUEUE = 'candidates.retention';

export async function registerCandidateJobs(jobs: Jobs, ctx: Pick<ModuleContext, 'db' | 'mailer' | 'publicUrl'>) {
  await jobs.work(RETENTION_QUEUE, async () => {
    await runRetentionForAll({ db: ctx.db, actor: SYSTEM_ACTOR, now: new Date(), dryRun: false });
  });
  await jobs.schedule(RETENTION_QUEUE, '30 3 * * *');
  await jobs.work(CHECK_IN_REMINDER_QUEUE, async () => {
    await mailCheckInReminders({ db: ctx.db, mailer: ctx.mailer, publicUrl: ctx.publicUrl, now: new Date() });
  });
  await jobs.schedule(CHECK_IN_REMINDER_QUEUE, '0 7 * * *');
}
