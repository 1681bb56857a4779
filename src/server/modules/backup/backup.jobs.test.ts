// The nightly backup on a real database: the file is a complete backup (its own format, every table), rotation keeps the
// newest BACKUP_KEEP of the nightly files and never touches other files in the folder, and the schedule is stored in the
// job queue when BACKUP_TIME is set and removed again when it is not.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, ConfigError } from '../../platform/config.js';
import { JOBS_SCHEMA, startJobs } from '../../platform/jobs.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.js';
import {
  BACKUP_QUEUE,
  backupCron,
  backupsToRemove,
  nightlyBackupName,
  registerBackupJobs,
  runNightlyBackup,
} from './backup.jobs.js';
import { BACKUP_FORMAT } from './backup.service.js';

let database: TestDatabase;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nr-nightly-'));
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the nightly backup', () => {
  it('reads BACKUP_TIME as a time of day and refuses anything else with a message that says what to write', () => {
    expect(backupCron('02:30')).toBe('30 2 * * *');
    expect(backupCron('23:05')).toBe('5 23 * * *');
    const config = loadConfig({ BACKUP_TIME: '02:30', DATA_DIR: '/srv/nr' });
    expect(config.backup).toEqual({ time: '02:30', keep: 7, dir: '/srv/nr/backups' });
    expect(() => loadConfig({ BACKUP_TIME: '2:30 am' })).toThrow(ConfigError);
    let problems: string[] = [];
    try {
      loadConfig({ BACKUP_TIME: '25:00', BACKUP_KEEP: '0' });
    } catch (error) {
      problems = (error as ConfigError).problems;
    }
    expect(problems).toEqual([
      'Ongeldige waarde voor BACKUP_TIME="25:00": verwacht een tijd als 02:30 (elke nacht een backup op dat tijdstip, Nederlandse tijd), of leeg voor geen.',
      'Ongeldige waarde voor BACKUP_KEEP="0": verwacht een geheel getal van 1 tot 365.',
    ]);
  });

  it('rotation removes only nightly backups beyond the newest ones kept', () => {
    const nights = [1, 2, 3, 4, 5].map((d) => nightlyBackupName(new Date(Date.UTC(2026, 11, d, 1, 30))));
    const others = ['mijn-eigen.backup.json.gz', 'netwerkregie-handmatig.backup.json.gz', 'notities.txt'];
    expect(backupsToRemove([...others, ...nights], 2)).toEqual([nights[2], nights[1], nights[0]]);
    expect(backupsToRemove(nights, 7)).toEqual([]);
  });

  it('writes a complete backup into the folder and keeps the newest BACKUP_KEEP', async () => {
    const old = [1, 2, 3, 4].map((d) => nightlyBackupName(new Date(Date.UTC(2026, 10, d, 1, 30))));
    for (const name of old) fs.writeFileSync(path.join(dir, name), 'oud');
    fs.writeFileSync(path.join(dir, 'handmatig.backup.json.gz'), 'van de beheerder');
    const now = new Date(Date.UTC(2026, 11, 6, 1, 30));
    const result = await runNightlyBackup({ pool: database.pool, dir, keep: 3, now });
    expect(path.basename(result.file)).toBe(nightlyBackupName(now));
    const file = JSON.parse(gunzipSync(fs.readFileSync(result.file)).toString('utf8')) as {
      format: string;
      tables: { name: string }[];
    };
    expect(file.format).toBe(BACKUP_FORMAT);
    expect(file.tables.map((t) => t.name)).toContain('network');
    expect(result.tables).toBe(file.tables.length);
    expect(fs.readdirSync(dir).sort()).toEqual(
      ['handmatig.backup.json.gz', old[2]!, old[3]!, nightlyBackupName(now)].sort(),
    );
  });

  it('is scheduled in the job queue when BACKUP_TIME is set, and unscheduled when it is not', async () => {
    const jobs = await startJobs({ pool: database.pool, pollingIntervalSeconds: 0.5 });
    try {
      const schedules = async () =>
        (await database.pool.query(`select name, cron from ${JOBS_SCHEMA}.schedule where name = $1`, [BACKUP_QUEUE]))
          .rows;
      const deps = (time: string | undefined) => ({
        pool: database.pool,
        config: { backup: { time, keep: 7, dir } },
        log: () => undefined,
      });
      // Never switched on: nothing to remove, and no error.
      await registerBackupJobs(jobs, deps(undefined));
      expect(await schedules()).toEqual([]);
      await registerBackupJobs(jobs, deps('02:30'));
      expect(await schedules()).toEqual([{ name: BACKUP_QUEUE, cron: '30 2 * * *' }]);
      await registerBackupJobs(jobs, deps(undefined));
      expect(await schedules()).toEqual([]);
    } finally {
      await jobs.stop();
    }
  });
});
