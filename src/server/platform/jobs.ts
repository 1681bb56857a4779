// Background jobs on the app's own PostgreSQL: pg-boss 10 in its own schema (`pgboss`), over the app's pg Pool, so the
// embedded server and DATABASE_URL work the same way. Jobs survive restarts because they are rows; a job whose process
// died is picked up again after its expiry, and the work that must happen exactly once (a mail to one recipient) is
// guarded by its own row and transaction in the module, not by the queue (see docs/decisions/007-jobs-and-mail-delivery.md).
import type pg from 'pg';

export const JOBS_SCHEMA = 'pgboss';
/** The advisory lock around the queue's setup: its schema, its queues, its schedules (the migrations use 727274). */
const JOBS_SETUP_LOCK = 727275;

/** A statement or job refused because the queue is stopping: it stays in the queue for the next start. */
export class JobsStoppedError extends Error {
  constructor() {
    super('JobsStopped: the job queue is stopping');
    this.name = 'JobsStoppedError';
  }
}

/** What a statement after stop() gets: no rows. */
const NO_ROWS = { command: '', rowCount: 0, oid: 0, rows: [], fields: [] } as pg.QueryResult;
/**
 * What a command after stop() gets (complete, fail, cancel, …: pg-boss reads `rows[0].count` of their closing
 * `SELECT COUNT(*) FROM results`): no job affected, which is true, because the statement did not run. With no rows, a
 * handler's job failed or completed after stop() ended in "Cannot read properties of undefined (reading 'count')", an
 * unhandled rejection (pg-boss does not await those calls).
 */
const NONE_AFFECTED = { command: '', rowCount: 1, oid: 0, rows: [{ count: '0' }], fields: [] } as pg.QueryResult;
/** pg-boss statements whose answer is one count: the commands' `SELECT COUNT(*) FROM results`, a queue's size. */
const COUNT_STATEMENT = /count\(\*\)(\s+as\s+count)?\s+from\s/i;
export const closedAnswer = (text: string): pg.QueryResult => (COUNT_STATEMENT.test(text) ? NONE_AFFECTED : NO_ROWS);

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

export type JobHandler<T> = (data: T, job: { id: string; name: string }) => Promise<void>;

export interface Jobs {
  /** Enqueue a job; `startAfterSeconds` delays it (a retry, a reminder). */
  send(name: string, data: object, options?: { startAfterSeconds?: number; singletonKey?: string }): Promise<void>;
  /** Handle jobs of one queue, one at a time per process. */
  work<T>(name: string, handler: JobHandler<T>): Promise<void>;
  /** Run a queue on a cron schedule (Europe/Amsterdam); `expireInSeconds` for jobs that may run long (a backup). */
  schedule(name: string, cron: string, data?: object, options?: { expireInSeconds?: number }): Promise<void>;
  /** Stop running a queue on a schedule (a setting that was switched off). */
  unschedule(name: string): Promise<void>;
  /** True once stop() was called: long handlers end their loop early and leave the rest for the next start. */
  readonly stopping: boolean;
  stop(): Promise<void>;
}

export interface JobsOptions {
  pool: pg.Pool;
  /** How often an idle worker looks for new jobs. */
  pollingIntervalSeconds?: number;
  /** How long a job may stay active before it is given to another worker (a crashed process's jobs come back after this). */
  expireInSeconds?: number;
  onError?: (error: Error) => void;
}

export async function startJobs(options: JobsOptions): Promise<Jobs> {
  // Loaded here, not at the top: pg-boss (with cron-parser and luxon) is not needed before the HTTP server listens.
  const { default: PgBoss } = await import('pg-boss');
  // pg-boss's stop() waits for the jobs its workers hold, but not for a fetch, a maintenance run or a cron check that is
  // under way: those could reach the pool after the process ended it ("Cannot use a pool after calling end on the pool").
  // So every statement pg-boss runs and every handler is counted, stop() waits for them, and after stop() no statement
  // reaches the pool any more.
  let stopping = false;
  const inFlight = new Set<Promise<unknown>>();
  let closed = false;
  const track = <T>(work: Promise<T>): Promise<T> => {
    inFlight.add(work);
    void work.then(
      () => inFlight.delete(work),
      () => inFlight.delete(work),
    );
    return work;
  };
  const boss = new PgBoss({
    db: {
      executeSql: (text, values) =>
        // After stop, a statement is answered without reaching the pool (its complete/fail calls are not awaited, so a
        // rejection here would be an unhandled one): no rows, or for a command "none affected". Never undefined: pg-boss
        // destructures `rows` from what most statements return ("Cannot destructure property 'rows'").
        closed ? Promise.resolve(closedAnswer(text)) : track(options.pool.query(text, values)),
    },
    schema: JOBS_SCHEMA,
    // Jobs of a killed process return to the queue after this time; module work is idempotent per row, so short is safe.
    expireInSeconds: options.expireInSeconds ?? 120,
    retryLimit: 5,
    retryDelay: 10,
    retryBackoff: true,
    maintenanceIntervalSeconds: 60,
  });
  // Once stopping, a statement refused by the closed gate (or a handler skipped) is expected, not an error to report.
  boss.on('error', (error) => {
    if (stopping && (closed || error instanceof JobsStoppedError || /JobsStopped|stopping/.test(error.message))) return;
    options.onError?.(error);
  });
  // pg-boss creates and migrates its schema on start, and a queue's table on its first use; two app servers starting
  // together on one database would both do so ("duplicate key … pg_namespace_nspname_index", then "deadlock detected",
  // found by the two-server test). An advisory lock (held on one client: such locks belong to a session) lets one process
  // at a time do that setup, as the migrations do. Sending and working on queues need no lock.
  // The lock's session holds a pool client while the setup's own statements need another one. So the setups of one
  // process take turns: unqueued, N of them at once (the first sends to a new queue) each held a client waiting for the
  // lock while the holder waited for a free client, a deadlock once N reached the pool's size (found by the import bench:
  // the request hung, and at shutdown its send ended in pg-boss's "Cannot destructure property 'rows'").
  let setupTurn: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const run = async () => {
      const client = await options.pool.connect();
      try {
        await client.query('select pg_advisory_lock($1)', [JOBS_SETUP_LOCK]);
        try {
          return await work();
        } finally {
          await client.query('select pg_advisory_unlock($1)', [JOBS_SETUP_LOCK]);
        }
      } finally {
        client.release();
      }
    };
    const turn = setupTurn.then(run, run);
    setupTurn = turn.catch(() => undefined);
    return turn;
  };
  await exclusive(() => boss.start());
  // A queue is created once per process: concurrent first sends share the one creation under way.
  const queues = new Map<string, Promise<void>>();
  function ensureQueue(name: string): Promise<void> {
    let created = queues.get(name);
    if (!created) {
      created = exclusive(() => boss.createQueue(name));
      queues.set(name, created);
      // A failed creation is tried again by the next caller.
      created.catch(() => queues.delete(name));
    }
    return created;
  }
  const polling = options.pollingIntervalSeconds ?? 2;
  return {
    get stopping() {
      return stopping;
    },
    async send(name, data, opts = {}) {
      // After stop() a job would not be stored (the gate answers pg-boss with no rows): say so instead of losing it.
      if (stopping) throw new JobsStoppedError();
      await ensureQueue(name);
      const id = await boss.send(name, data, {
        ...(opts.startAfterSeconds ? { startAfter: opts.startAfterSeconds } : {}),
        ...(opts.singletonKey ? { singletonKey: opts.singletonKey } : {}),
      });
      // No id while closed: the insert met the gate, so the job was not stored.
      if (id === null && closed) throw new JobsStoppedError();
    },
    async work<T>(name: string, handler: JobHandler<T>) {
      await ensureQueue(name);
      await boss.work<T>(name, { batchSize: 1, pollingIntervalSeconds: polling }, async (batch) => {
        for (const job of batch) {
          // A job fetched while stopping is left for the next start (it returns to the queue after its expiry).
          if (stopping) throw new JobsStoppedError();
          await track(handler(job.data, { id: job.id, name: job.name }));
        }
      });
    },
    async schedule(name, cron, data = {}, opts = {}) {
      await ensureQueue(name);
      await exclusive(() =>
        boss.schedule(name, cron, data, {
          tz: 'Europe/Amsterdam',
          ...(opts.expireInSeconds ? { expireInSeconds: opts.expireInSeconds } : {}),
        }),
      );
    },
    async unschedule(name) {
      await exclusive(() => boss.unschedule(name));
    },
    async stop() {
      if (closed) return;
      stopping = true;
      // Wait for running handlers (they stop early when `stopping`), but never hang a shutdown.
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
      // Then close the gate and let what is still under way (a fetch, maintenance, a cron check) finish: after this,
      // nothing of the queue touches the pool, so the caller may end it.
      closed = true;
      const deadline = Date.now() + 10_000;
      while (inFlight.size > 0 && Date.now() < deadline) await Promise.race([...inFlight, delay(100)]).catch(() => {});
    },
  };
}

export interface DeferredJobs extends Jobs {
  /** Starts the queue and applies the workers and schedules registered so far; settles when that is done. */
  begin(): Promise<void>;
}

/**
 * A job queue that can be handed to the app before it is started, so the server can listen first (cold start). `work` and
 * `schedule` are recorded and applied at `begin()`; `send` waits for the queue to be started; `stop` waits for a start in
 * progress. A failed start makes `begin()` (and every later `send`) reject, so the process can still fail loudly.
 */
export function deferJobs(start: () => Promise<Jobs>): DeferredJobs {
  const pending: ((jobs: Jobs) => Promise<void>)[] = [];
  let started: Promise<Jobs> | undefined;
  let stopped = false;
  let resolveReady!: (jobs: Jobs) => void;
  let rejectReady!: (error: unknown) => void;
  const ready = new Promise<Jobs>((resolve, reject) => {
    resolveReady = resolve;
    rejectReady = reject;
  });
  ready.catch(() => undefined); // reported through begin()
  return {
    get stopping() {
      return stopped;
    },
    begin() {
      started ??= (async () => {
        try {
          const jobs = await start();
          for (const apply of pending.splice(0)) await apply(jobs);
          resolveReady(jobs);
          return jobs;
        } catch (error) {
          rejectReady(error);
          throw error;
        }
      })();
      return started.then(() => undefined);
    },
    async send(name, data, options) {
      await (await ready).send(name, data, options);
    },
    async work(name, handler) {
      if (started) return (await ready).work(name, handler);
      pending.push((jobs) => jobs.work(name, handler));
    },
    async schedule(name, cron, data, options) {
      if (started) return (await ready).schedule(name, cron, data, options);
      pending.push((jobs) => jobs.schedule(name, cron, data, options));
    },
    async unschedule(name) {
      if (started) return (await ready).unschedule(name);
      pending.push((jobs) => jobs.unschedule(name));
    },
    async stop() {
      stopped = true;
      if (!started) {
        rejectReady(new Error('jobs stopped before they started'));
        return;
      }
      const jobs = await started.catch(() => undefined);
      await jobs?.stop();
    },
  };
}
