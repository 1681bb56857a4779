// The server under test for the API benchmarks, in its own process so the load generator does not share its event loop or
// memory. It is the normal startNetwerkregie(); bench-only instruments live here, not in the app: event-loop delay
// (monitorEventLoopDelay), RSS sampling, and capturing the SQL one request sends (to replay it straight through `pg`).
// Driven by the parent over IPC (see api.ts).
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import type pg from 'pg';
import { SCALES, type ScaleName } from '../src/core/demo/scales.js';
import { loadDemoScale } from '../src/server/modules/demo/demo-scale.js';
import { grantRoleToUser } from '../src/server/modules/networks/network-membership.js';
import { startNetwerkregie } from '../src/server/start.js';

export interface CapturedQuery {
  text: string;
  values: unknown[];
  rowMode?: string;
}

const running = await startNetwerkregie({
  ...process.env,
  PORT: '0',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
  LOGIN_RATE_LIMIT: '1000',
});
const { db, pool } = running.database;

const eld = monitorEventLoopDelay({ resolution: 5 });
eld.enable();
let rssMax = 0;
// What the process held when its RSS peaked: the V8 heap (used and reserved) and memory outside it (buffers).
let atPeak = process.memoryUsage();
setInterval(() => {
  const usage = process.memoryUsage();
  if (usage.rss > rssMax) {
    rssMax = usage.rss;
    atPeak = usage;
  }
}, 50).unref();

let captured: CapturedQuery[] | null = null;
const patched = new WeakSet<pg.PoolClient>();
function patch(client: pg.PoolClient) {
  if (patched.has(client)) return;
  patched.add(client);
  const original = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    // The job queue's own polling (pgboss.*) runs beside requests, not for them: it is not part of a request's SQL.
    const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: string } | undefined)?.text;
    if (captured && !text?.includes('pgboss.')) {
      const [first, second] = args;
      if (typeof first === 'string') captured.push({ text: first, values: Array.isArray(second) ? second : [] });
      else if (first && typeof first === 'object' && 'text' in first) {
        const q = first as { text: string; values?: unknown[]; rowMode?: string };
        captured.push({
          text: q.text,
          values: Array.isArray(second) ? second : (q.values ?? []),
          ...(q.rowMode ? { rowMode: q.rowMode } : {}),
        });
      }
    }
    return original(...args);
  };
}
pool.on('connect', patch);
pool.on('acquire', patch);

type Message =
  | {
      id: number;
      cmd: 'info' | 'stats' | 'stats-reset' | 'capture-start' | 'capture-stop' | 'stop' | 'grant' | 'cache-clear';
    }
  | { id: number; cmd: 'load'; scale: ScaleName; seed: number; now: string };

async function handle(message: Message): Promise<unknown> {
  switch (message.cmd) {
    case 'info': {
      const o = (pool as unknown as { options: pg.PoolConfig }).options;
      return {
        url: running.url,
        kind: running.database.kind,
        connection: {
          host: o.host,
          port: o.port,
          user: o.user,
          database: o.database,
          connectionString: o.connectionString,
          password: typeof o.password === 'string' ? o.password : undefined,
        },
        poolMax: o.max,
      };
    }
    case 'load': {
      const spec = SCALES[message.scale];
      const existing = await pool.query<{ n: string }>(
        "select count(*) as n from network where settings->>'demoSeed' = $1",
        [String(message.seed)],
      );
      if (Number(existing.rows[0]!.n) >= spec.networks) return { reused: true };
      return loadDemoScale({ db, scale: message.scale, seed: message.seed, now: new Date(message.now) });
    }
    case 'grant': {
      // The bench account coordinates every demo network (setup made it; here it gets the role everywhere).
      const users = await pool.query<{ id: string }>('select id from "user" where email = \'bench@voorbeeld.nl\'');
      const userId = users.rows[0]!.id;
      const networks = await pool.query<{ id: string }>(
        "select n.id from network n where n.settings ? 'demoSeed' and not exists (select 1 from person p join role_assignment r on r.network_id = p.network_id and r.person_id = p.id where p.network_id = n.id and p.user_id = $1)",
        [userId],
      );
      for (const { id } of networks.rows)
        await db.transaction((tx) => grantRoleToUser(tx, { networkId: id, userId, role: 'coordinator' }));
      await db.execute(sql`analyze`);
      return { granted: networks.rows.length };
    }
    case 'stats':
      return {
        eldP50: eld.percentile(50) / 1e6,
        eldP99: eld.percentile(99) / 1e6,
        eldMax: eld.max / 1e6,
        rss: process.memoryUsage().rss,
        rssMax,
        atPeak,
      };
    case 'stats-reset':
      eld.reset();
      atPeak = process.memoryUsage();
      rssMax = atPeak.rss;
      return {};
    case 'cache-clear':
      // As a write would: the next dashboard is computed (and its SQL can be captured).
      running.app.readCache.clear();
      return {};
    case 'capture-start':
      for (const client of (pool as unknown as { _clients: pg.PoolClient[] })._clients) patch(client);
      captured = [];
      return {};
    case 'capture-stop': {
      const list = captured ?? [];
      captured = null;
      return list;
    }
    case 'stop':
      await running.stop();
      setImmediate(() => process.exit(0));
      return {};
  }
}

process.on('message', (message: Message) => {
  handle(message).then(
    (result) => process.send!({ id: message.id, result }),
    (error: unknown) =>
      process.send!({ id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
process.on('SIGTERM', () => void running.stop().finally(() => process.exit(0)));
process.send!({ ready: true });
