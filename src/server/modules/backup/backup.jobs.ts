// The nightly backup (BACKUP_TIME): the same streamed snapshot as `netwerkregie backup`, written by the job queue into
// BACKUP_DIR, after which only the newest BACKUP_KEEP of its own files are kept. The job queue runs it once per night
// however many app servers share the database (pg-boss keeps one schedule); the file lands on the machine that ran it.
import fs from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import type { Config } from '../../platform/config.js';
import type { Jobs } from '../../platform/jobs.js';
import { writeBackup } from './backup.service.js';

export const BACKUP_QUEUE = 'backup.nightly';

/** The names the nightly backup writes (and the only files rotation ever removes). */
const NIGHTLY = /^netwerkregie-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.backup\.json\.gz$/;

export function nightlyBackupName(now: Date): string {
  return `netwerkregie-${now.toISOString().replace(/[:.]/g, '-')}.backup.json.gz`;
}

/** "02:30" → the cron expression for every day at that time. */
export function backupCron(time: string): string {
  const [hours, minutes] = time.split(':').map(Number);
  return `${minutes} ${hours} * * *`;
}

/** Which of the files in the backup folder rotation removes: the nightly backups beyond the newest `keep`. */
export function backupsToRemove(names: readonly string[], keep: number): string[] {
  return names
    .filter((name) => NIGHTLY.test(name))
    .sort()
    .reverse()
    .slice(keep);
}

export async function runNightlyBackup(options: { pool: pg.Pool; dir: string; keep: number; now: Date }) {
  fs.mkdirSync(options.dir, { recursive: true, mode: 0o700 });
  const file = path.join(options.dir, nightlyBackupName(options.now));
  const result = await writeBackup(options.pool, file);
  // Only after the new backup is complete (writeBackup renames its temporary file at the end) do old ones go.
  const removed = backupsToRemove(fs.readdirSync(options.dir), options.keep);
  for (const name of removed) fs.rmSync(path.join(options.dir, name), { force: true });
  return { file, ...result, removed };
}

export async function registerBackupJobs(
  jobs: Jobs,
  deps: { pool: pg.Pool; config: Pick<Config, 'backup'>; log: (message: string) => void },
) {
  const { time, dir, keep } = deps.config.backup;
  if (!time) {
    // Switched off (or never on): a schedule left from an earlier start must not keep making jobs nobody runs.
    await jobs.unschedule(BACKUP_QUEUE);
    return;
  }
  await jobs.work(BACKUP_QUEUE, async () => {
    const result = await runNightlyBackup({ pool: deps.pool, dir, keep, now: new Date() });
    deps.log(
      `Nachtelijke backup geschreven: ${result.file} (${result.tables} tabellen, ${result.rows} rijen); ${result.removed.length} oude verwijderd.`,
    );
  });
  // A backup of a large database may take longer than the queue's usual two minutes before a job counts as lost.
  await jobs.schedule(BACKUP_QUEUE, backupCron(time), {}, { expireInSeconds: 6 * 3600 });
}
