// The job queue on a real database: pg-boss creates its own schema, a job sent before a restart is handled after it,
// and a schedule is stored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test/test-database.js';
import { JOBS_SCHEMA, deferJobs, startJobs } from './jobs.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

describe('jobs (pg-boss)', () => {
  it('starts in its own schema and hands a job sent before a restart to the next process', async () => {
    const startedAt = Date.now();
    const first = await startJobs({ pool: database.pool, pollingIntervalSeconds: 0.5 });
    const startMs = Date.now() - startedAt;
    const schemas = await database.pool.query('select 1 from information_schema.schemata where schema_name = $1', [
      JOBS_SCHEMA,
    ]);
    expect(schemas.rowCount).toBe(1);
    await first.send('test.echo', { n: 42 });
    await first.stop();
    expect(first.stopping).toBe(true);

    const second = await startJobs({ pool: database.pool, pollingIntervalSeconds: 0.5 });
    const received = await new Promise<unknown>((resolve) => {
      void second.work<{ n: number }>('test.echo', async (data) => resolve(data));
    });
    expect(received).toEqual({ n: 42 });
    await second.schedule('test.tick', '0 * * * *', { x: 1 });
    const schedules = await database.pool.query(`select name, cron from ${JOBS_SCHEMA}.schedule`);
    expect(schedules.rows).toContainEqual({ name: 'test.tick', cron: '0 * * * *' });
    await second.stop();
    console.log(`pg-boss start on a fresh database: ${startMs} ms`);
  });

  it('a deferred queue records workers and schedules before it starts, and a send waits for the start', async () => {
    let starts = 0;
    const jobs = deferJobs(async () => {
      starts++;
      return startJobs({ pool: database.pool, pollingIntervalSeconds: 0.5 });
    });
    const received = new Promise<unknown>((resolve) => {
      void jobs.work<{ n: number }>('test.deferred', async (data) => resolve(data));
    });
    await jobs.schedule('test.deferred-tick', '15 * * * *');
    expect(starts).toBe(0);
    const sent = jobs.send('test.deferred', { n: 7 });
    await jobs.begin();
    await sent;
    expect(starts).toBe(1);
    expect(await received).toEqual({ n: 7 });
    const schedules = await database.pool.query(`select cron from ${JOBS_SCHEMA}.schedule where name = $1`, [
      'test.deferred-tick',
    ]);
    expect(schedules.rows).toEqual([{ cron: '15 * * * *' }]);
    await jobs.stop();
    expect(jobs.stopping).toBe(true);
  });

  it('a deferred queue that fails to start rejects begin() and later sends; one stopped before starting never starts', async () => {
    const failing = deferJobs(() => Promise.reject(new Error('no queue')));
    await expect(failing.begin()).rejects.toThrow('no queue');
    await expect(failing.send('test.x', {})).rejects.toThrow('no queue');
    await failing.stop();

    let starts = 0;
    const never = deferJobs(async () => {
      starts++;
      return startJobs({ pool: database.pool });
    });
    await never.stop();
    await expect(never.send('test.x', {})).rejects.toThrow('stopped');
    expect(starts).toBe(0);
  });
});
