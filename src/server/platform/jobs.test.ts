// The job queue on a real database: pg-boss creates its own schema, a job sent before a restart is handled after it,
// and a schedule is stored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test/test-database.js';
import { JOBS_SCHEMA, startJobs } from './jobs.js';

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
});
