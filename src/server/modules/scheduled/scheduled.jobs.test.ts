// The nightly retention job: scheduled in pg-boss, and when it runs it erases the personal fields of a candidate whose
// retention period has passed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOBS_SCHEMA, startJobs, type Jobs } from '../../platform/jobs.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.js';
import { RETENTION_QUEUE, registerScheduledJobs } from './scheduled.jobs.js';

let database: TestDatabase;
let jobs: Jobs;
beforeAll(async () => {
  database = await createTestDatabase();
  jobs = await startJobs({ pool: database.pool, pollingIntervalSeconds: 0.5 });
});
afterAll(async () => {
  await jobs?.stop();
  await database?.close();
});

describe('scheduled jobs', () => {
  it('schedules retention nightly and erases a long-gone candidate when the job runs', async () => {
    const net = await database.pool.query<{ id: string }>(
      `insert into network (slug, name) values ('test', 'Test') returning id`,
    );
    const networkId = net.rows[0]!.id;
    await database.pool.query(
      `insert into candidate (network_id, code, first_name, email, status, left_on)
       values ($1, 'K-OUD', 'Oud', 'oud@example.nl', 'left', current_date - interval '5 years')`,
      [networkId],
    );
    await registerScheduledJobs(jobs, { db: database.db });
    const schedules = await database.pool.query(
      `select cron, options->>'tz' as tz from ${JOBS_SCHEMA}.schedule where name = $1`,
      [RETENTION_QUEUE],
    );
    expect(schedules.rows).toEqual([{ cron: '0 3 * * *', tz: 'Europe/Amsterdam' }]);

    await jobs.send(RETENTION_QUEUE, {});
    const deadline = Date.now() + 20_000;
    let row: { first_name: string | null; email: string | null } | undefined;
    while (Date.now() < deadline) {
      row = (await database.pool.query(`select first_name, email from candidate where code = 'K-OUD'`)).rows[0];
      if (row?.first_name === null) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(row).toEqual({ first_name: null, email: null });
  });
});
