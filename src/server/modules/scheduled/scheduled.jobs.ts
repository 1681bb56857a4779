// Installation-wide scheduled work on the job queue, for the other modules' rules: the candidates' retention period
// (erase personal fields of candidates who left longer ago than the network's term) runs every night at 03:00
// Europe/Amsterdam, with the same function the `retention` CLI command runs.
import { SYSTEM_ACTOR } from '../../platform/access.js';
import type { Jobs } from '../../platform/jobs.js';
import { runRetentionForAll } from '../candidates/candidates.service.js';
import type { ModuleContext } from '../context.js';

export const RETENTION_QUEUE = 'candidates.retention';

export async function registerScheduledJobs(jobs: Jobs, ctx: Pick<ModuleContext, 'db'>) {
  await jobs.work(RETENTION_QUEUE, async () => {
    await runRetentionForAll({ db: ctx.db, actor: SYSTEM_ACTOR, now: new Date(), dryRun: false });
  });
  await jobs.schedule(RETENTION_QUEUE, '0 3 * * *');
}
