// The mailing workers on the job queue: `mailings.send` sends one mailing's due deliveries (and schedules itself again for
// waiting retries); `mailings.reminders` runs every hour and creates the day-before reminders. At start-up every mailing
// still marked as sending is queued again, so a restart resumes at once instead of waiting for a dead job's expiry.
import type { Jobs } from '../../platform/jobs.js';
import type { ModuleContext } from '../context.js';
import { sendingMailings } from './mailings.repository.js';
import {
  MAILING_QUEUE,
  REMINDER_QUEUE,
  processMailing,
  queueDayBeforeReminders,
  type EnqueueMailing,
} from './mailings.service.js';

export function enqueueFor(ctx: Pick<ModuleContext, 'jobs'>): EnqueueMailing | undefined {
  const jobs = ctx.jobs;
  if (!jobs) return undefined;
  return (networkId, mailingId, delaySeconds) =>
    jobs.send(MAILING_QUEUE, { networkId, mailingId }, delaySeconds ? { startAfterSeconds: delaySeconds } : {});
}

export async function registerMailingJobs(jobs: Jobs, ctx: ModuleContext) {
  const enqueue = enqueueFor({ jobs })!;
  await jobs.work<{ networkId: string; mailingId: string }>(MAILING_QUEUE, async ({ networkId, mailingId }) => {
    const result = await processMailing({
      db: ctx.db,
      mailer: ctx.mailer,
      publicUrl: ctx.publicUrl,
      networkId,
      mailingId,
      shouldStop: () => jobs.stopping,
    });
    if (jobs.stopping) return; // the rest is resumed at the next start
    if (result.retryInSeconds !== null) await enqueue(networkId, mailingId, Math.max(1, result.retryInSeconds));
  });
  await jobs.work(REMINDER_QUEUE, async () => {
    await queueDayBeforeReminders({ db: ctx.db, now: new Date(), enqueue });
  });
  await jobs.schedule(REMINDER_QUEUE, '0 * * * *');
  // Not awaited: the queue starts only after the server listens (decision 010), and a send waits for that start. If the
  // queue never starts, the mailing is still marked as sending and is resumed at the next start.
  for (const m of await sendingMailings(ctx.db)) enqueue(m.networkId, m.id).catch(() => undefined);
}
