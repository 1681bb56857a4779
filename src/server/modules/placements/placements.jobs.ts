// The placements' scheduled work on the job queue: every morning, the coordinators get one mail listing the check-ins after
// a placement that became due (each check-in mailed once).
import type { Jobs } from '../../platform/jobs.js';
import type { ModuleContext } from '../context.js';
import { CHECK_IN_REMINDER_QUEUE, mailCheckInReminders } from './check-in-reminders.js';

export async function registerPlacementJobs(jobs: Jobs, ctx: Pick<ModuleContext, 'db' | 'mailer' | 'publicUrl'>) {
  await jobs.work(CHECK_IN_REMINDER_QUEUE, async () => {
    await mailCheckInReminders({ db: ctx.db, mailer: ctx.mailer, publicUrl: ctx.publicUrl, now: new Date() });
  });
  await jobs.schedule(CHECK_IN_REMINDER_QUEUE, '0 7 * * *');
}
