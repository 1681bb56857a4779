// The job queue on a real database: pg-boss creates its own schema, a job sent before a restart is handled after it,
// and a schedule is stored.
import { createRequire } from 'node:module';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test/test-database.js';
import { JOBS_SCHEMA, JobsStoppedError, closedAnswer, deferJobs, startJobs } from './jobs.js';

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

  it('many first sends to a new queue at once, more than the pool has connections, are all stored', async () => {
    // Each first send created the queue under the setup lock, holding a pool connection for the lock while the creation
    // needed another: with as many sends as connections, every connection waited for the lock or for a connection, and
    // the sends hung (the import bench's request; at shutdown they ended in "Cannot destructure property 'rows'").
    const pool = new pg.Pool({ ...database.connection, max: 3 });
    pool.on('error', () => undefined);
    const jobs = await startJobs({ pool, pollingIntervalSeconds: 0.5 });
    try {
      const sends = Promise.all(Array.from({ length: 8 }, (_, n) => jobs.send('test.many-at-once', { n })));
      let timer: NodeJS.Timeout | undefined;
      const hung = new Promise<'hung'>((resolve) => (timer = setTimeout(() => resolve('hung'), 10_000)));
      const outcome = await Promise.race([sends.then(() => 'sent' as const), hung]);
      clearTimeout(timer);
      expect(outcome).toBe('sent');
      const { rows } = await database.pool.query(
        `select count(*)::int as n from ${JOBS_SCHEMA}.job where name = 'test.many-at-once'`,
      );
      expect(rows[0].n).toBe(8);
    } finally {
      await jobs.stop();
      await pool.end();
    }
  }, 30_000);

  it('a send after stop() is refused with JobsStoppedError, not a TypeError from inside pg-boss', async () => {
    const jobs = await startJobs({ pool: database.pool, pollingIntervalSeconds: 0.5 });
    await jobs.send('test.after-stop', { n: 1 });
    await jobs.stop();
    await expect(jobs.send('test.after-stop', { n: 2 })).rejects.toBeInstanceOf(JobsStoppedError);
    const { rows } = await database.pool.query(
      `select data from ${JOBS_SCHEMA}.job where name = 'test.after-stop' order by created_on`,
    );
    expect(rows.map((r) => r.data)).toEqual([{ n: 1 }]);
  });

  it('stop() waits for a fetch under way: afterwards nothing reaches the pool and the fetched job is left for the next start', async () => {
    // The pool as pg-boss sees it: the real one, but a fetch that found a job answers slowly, so stop() comes while it is
    // under way. Counted: every statement that reaches the pool after stop() returned (the pool would be ended then).
    let stopped = false;
    let afterStop = 0;
    let fetchedOne!: () => void;
    const fetching = new Promise<void>((resolve) => (fetchedOne = resolve));
    const pool = {
      // The setup lock needs one session of its own; it is not what this test watches.
      connect: () => database.pool.connect(),
      query: async (text: string, values?: unknown[]) => {
        if (stopped) afterStop += 1;
        const result = await database.pool.query(text, values);
        if (/skip locked/i.test(text) && result.rows.length > 0) {
          fetchedOne();
          await new Promise((r) => setTimeout(r, 800));
        }
        return result;
      },
    } as unknown as pg.Pool;
    // pg-boss fails the fetched job (our handler refuses it while stopping) without awaiting that call: a bad answer from
    // the closed gate was an unhandled rejection, which Vitest reports after the test and which failed CI.
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    const jobs = await startJobs({ pool, pollingIntervalSeconds: 0.5 });
    await jobs.send('test.slow-fetch', { n: 7 });
    const handled: unknown[] = [];
    await jobs.work('test.slow-fetch', async (data) => {
      handled.push(data);
    });
    await fetching;
    await jobs.stop();
    stopped = true;
    await new Promise((r) => setTimeout(r, 1_500));
    process.off('unhandledRejection', onUnhandled);
    expect(unhandled).toEqual([]);
    expect(afterStop).toBe(0);
    expect(handled).toEqual([]);
    // The job is still there for the next start (active until its expiry, then retried).
    const { rows } = await database.pool.query(`select state from ${JOBS_SCHEMA}.job where name = 'test.slow-fetch'`);
    expect(rows.map((r) => r.state)).toEqual([expect.stringMatching(/active|retry|created|failed/)]);
  });

  it('after stop() a command statement is answered "none affected" and any other statement with no rows', () => {
    // pg-boss's own statements, as it builds them: its commands end in SELECT COUNT(*) FROM results, whose count it reads.
    const plans = createRequire(import.meta.url)('pg-boss/src/plans.js') as Record<
      string,
      (...args: unknown[]) => string
    >;
    const commands = ['completeJobs', 'failJobsById', 'cancelJobs', 'resumeJobs', 'deleteJobs', 'retryJobs'];
    for (const name of commands) {
      const answer = closedAnswer(plans[name]!(JOBS_SCHEMA));
      expect({ name, count: parseInt(answer.rows[0]?.count as string) }).toEqual({ name, count: 0 });
    }
    expect(closedAnswer(plans.getQueueSize!(JOBS_SCHEMA, { before: 'active' })).rows).toEqual([{ count: '0' }]);
    for (const text of [
      (plans.fetchNextJob as unknown as (schema: string) => (options: object) => string)(JOBS_SCHEMA)({}),
      plans.insertJob!(JOBS_SCHEMA),
      plans.countStates!(JOBS_SCHEMA),
      plans.getTime!(),
    ])
      expect(closedAnswer(text).rows).toEqual([]);
  });
});
