// The candidates' scheduled work on the job queue: every night, retention erases the personal fields of candidates whose
// network's retention period has passed since they left (the same function as `netwerkregie retention`).
import { SYSTEM_ACTOR } from '../../platform/access.js';
import type { Jobs } from '../../platform/jobs.js';
import type { ModuleContext } from '../context.js';
import { runRetentionForAll } from './retention.service.js';

export const RETENTION_QUEUE = 'candidates.retention';

export async function registerCandidateJobs(jobs: Jobs, ctx: Pick<ModuleContext, 'db'>) {
  await jobs.work(RETENTION_QUEUE, async () => {
    await runRetentionForAll({ db: ctx.db, actor: SYSTEM_ACTOR, now: new Date(), dryRun: false });
  });
  await jobs.schedule(RETENTION_QUEUE, '30 3 * * *');
}
