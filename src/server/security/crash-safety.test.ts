// Crash safety: the real server under a concurrent write load through its HTTP API, killed with SIGKILL at a random moment,
// restarted on the same data directory (embedded default) or the same database (PostgreSQL server, DATABASE_URL). After
// every restart: it starts cleanly (stale lock and orphaned embedded PostgreSQL handled), every write it acknowledged with
// a 2xx is there, and nothing is half-written (each write's transaction is all there or not at all).
// CRASH_ROUNDS (default 20) and CRASH_SEED (default fixed) make a failing round reproducible.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DB_USER, PG_PORT, chooseSocketDir } from '../platform/db/embedded-postgres.js';
import { createTestDatabaseUrl } from '../test/test-database.js';
import { callApi, cookieFrom, freePort, serverCommand } from '../test/server-process.js';

const root = path.resolve(import.meta.dirname, '../../..');
const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 20);
const SEED = Number(process.env.CRASH_SEED ?? 20261127);
const WORKERS = 8;
const kind = inject('pgAdmin').kind;

/** mulberry32: a small seeded generator, so the kill moments of a failing run can be replayed. */
function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Acked {
  organisations: string[];
  persons: string[];
  needs: string[];
  /** activity id → its host organisation */
  activities: Map<string, string>;
  registrations: string[];
}

const command = serverCommand();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nr-crash-'));
let databaseUrl = '';
let dropDatabase: (() => Promise<void>) | undefined;
let child: ChildProcess | undefined;
let output = '';
let port = 0;

function start() {
  output = '';
  child = spawn(process.execPath, command, {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      LOGIN_RATE_LIMIT: '1000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  return child;
}

async function waitForHealth(timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child?.exitCode !== null) throw new Error(`server exited with ${child?.exitCode}: ${output}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.status === 200) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no health within ${timeoutMs} ms: ${output}`);
}

async function kill() {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child!.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

async function api(cookie: string, method: string, url: string, body?: unknown) {
  const r = await callApi(port, cookie, method, url, body);
  return { status: r.status, json: r.text ? (JSON.parse(r.text) as Record<string, unknown>) : {}, res: r.res };
}

const ADMIN = { name: 'Crash Coördinator', email: 'crash@example.nl', password: 'lange-zin-met-thee-en-taart-77' };

async function login(): Promise<string> {
  const r = await api('', 'POST', '/api/session/login', { email: ADMIN.email, password: ADMIN.password });
  if (r.status !== 200) throw new Error(`login ${r.status}: ${JSON.stringify(r.json)}`);
  return cookieFrom(r.res);
}

function openPool(): pg.Pool {
  return kind === 'server'
    ? new pg.Pool({ connectionString: databaseUrl, max: 2 })
    : new pg.Pool({ host: chooseSocketDir(dataDir), port: PG_PORT, user: DB_USER, database: 'netwerkregie', max: 2 });
}

/** One employer's way through the app, one transaction per step; carried over rounds until it is complete. */
interface Chain {
  label: string;
  orgId: string;
  personId?: string;
  needId?: string;
  activityId?: string;
}

/**
 * The write load: WORKERS concurrent clients. Each either starts a new chain (an employer, with its membership and audit
 * entry) or takes a chain in progress one step further — a contact person, a need, an activity it hosts, a registration
 * of the contact — and records every id the server acknowledged with a 2xx.
 */
function writeLoad(
  cookie: string,
  networkId: string,
  round: number,
  random: () => number,
  state: { acked: Acked; chains: Chain[]; attemptedOrgs: number },
) {
  const base = `/api/networks/${networkId}`;
  const { acked, chains } = state;
  let stop = false;
  let onFirstAck: () => void = () => {};
  const firstAck = new Promise<void>((resolve) => (onFirstAck = resolve));
  const ack = () => onFirstAck();

  const step = async (chain: Chain) => {
    if (!chain.personId) {
      const r = await api(cookie, 'POST', `${base}/organisations/${chain.orgId}/contacts`, {
        name: `Contact ${chain.label}`,
      });
      if (r.status !== 201) throw new Error(`contact ${r.status}: ${JSON.stringify(r.json)}`);
      chain.personId = r.json.id as string;
      acked.persons.push(chain.personId);
    } else if (!chain.needId) {
      const r = await api(cookie, 'POST', `${base}/needs`, {
        title: `Behoefte ${chain.label}`,
        theme: 'onboarding',
        organisationId: chain.orgId,
      });
      if (r.status !== 201) throw new Error(`need ${r.status}: ${JSON.stringify(r.json)}`);
      chain.needId = r.json.id as string;
      acked.needs.push(chain.needId);
    } else if (!chain.activityId) {
      const r = await api(cookie, 'POST', `${base}/activities`, {
        workForm: 'knowledge_session',
        title: `Sessie ${chain.label}`,
        startsAt: '2027-03-01T09:00:00.000Z',
        endsAt: '2027-03-01T11:00:00.000Z',
        initiatorKind: 'coordinator',
        hostOrganisationId: chain.orgId,
      });
      if (r.status !== 201) throw new Error(`activity ${r.status}: ${JSON.stringify(r.json)}`);
      chain.activityId = r.json.id as string;
      acked.activities.set(chain.activityId, chain.orgId);
    } else {
      const r = await api(cookie, 'POST', `${base}/activities/${chain.activityId}/registrations`, {
        personId: chain.personId,
        role: 'attendee',
      });
      if (r.status !== 201) throw new Error(`registration ${r.status}: ${JSON.stringify(r.json)}`);
      acked.registrations.push(r.json.id as string);
      return true; // complete
    }
    return false;
  };

  const worker = async (w: number) => {
    for (let n = 0; !stop; n++) {
      // Mostly take chains further (oldest first), so that every kind of write is in flight when the kill comes.
      const chain = chains.length >= WORKERS || (chains.length > 0 && random() < 0.75) ? chains.shift()! : undefined;
      try {
        if (chain) {
          if (!(await step(chain))) chains.push(chain);
        } else {
          state.attemptedOrgs += 1;
          const label = `${round}-${w}-${n}`;
          const r = await api(cookie, 'POST', `${base}/organisations`, {
            kind: 'employer',
            name: `Crashproef ${label} BV`,
            confirmDuplicate: true,
          });
          if (r.status !== 201) throw new Error(`organisation ${r.status}: ${JSON.stringify(r.json)}`);
          acked.organisations.push(r.json.id as string);
          chains.push({ label, orgId: r.json.id as string });
        }
        ack();
      } catch (error) {
        // After the kill every request fails (a chain whose step was in flight is dropped: we cannot know whether that
        // step committed). Before it, a failure is a bug in the server or in this test.
        if (!stop) throw error;
      }
    }
  };
  const running = Array.from({ length: WORKERS }, (_, w) => worker(w));
  return {
    firstAck,
    /** Called just before the kill: requests in flight stay in flight; failures from here on are expected. */
    stopping() {
      stop = true;
    },
    async done() {
      await Promise.all(running);
    },
    /** Rejects when a worker fails while the server is still up. */
    failed: Promise.race(running.map((p) => p.then(() => new Promise<never>(() => {})))),
  };
}

/** Every acknowledged write is present; nothing is half-written. Returns the problems found (empty = round passed). */
async function verify(networkId: string, acked: Acked, attemptedOrgs: number): Promise<string[]> {
  const problems: string[] = [];
  const pool = openPool();
  try {
    const missing = async (table: string, ids: string[]) => {
      if (ids.length === 0) return;
      const { rows } = await pool.query<{ id: string }>(
        `select x.id from unnest($2::uuid[]) as x(id)
         where not exists (select 1 from ${table} t where t.network_id = $1 and t.id = x.id)`,
        [networkId, ids],
      );
      if (rows.length > 0) problems.push(`${rows.length} acknowledged ${table} rows missing`);
    };
    await missing('organisation', acked.organisations);
    await missing('person', acked.persons);
    await missing('need', acked.needs);
    await missing('activity', [...acked.activities.keys()]);
    await missing('registration', acked.registrations);

    const q = async (label: string, sql: string, params: unknown[] = [networkId]) => {
      const { rows } = await pool.query<{ n: string }>(sql, params);
      const n = Number(rows[0]!.n);
      if (n !== 0) problems.push(`${label}: ${n}`);
    };
    // Acknowledged activities are there with the host they were created with.
    const links = [...acked.activities.entries()];
    if (links.length > 0)
      await q(
        'acknowledged activity without its host organisation',
        `select count(*) as n from unnest($2::uuid[], $3::uuid[]) as x(activity_id, org_id)
         where not exists (select 1 from activity where network_id = $1 and id = x.activity_id
                           and host_organisation_id = x.org_id)`,
        [networkId, links.map((l) => l[0]), links.map((l) => l[1])],
      );
    // Half-written transactions, acknowledged or not.
    await q(
      'employer without its membership',
      `select count(*) as n from organisation o where o.network_id = $1 and o.kind = 'employer'
       and not exists (select 1 from membership m where m.network_id = o.network_id and m.organisation_id = o.id)`,
    );
    await q(
      'organisation without its audit entry',
      `select count(*) as n from organisation o where o.network_id = $1
       and not exists (select 1 from audit_entry a where a.action = 'organisation.create' and a.record_id = o.id::text)`,
    );
    await q(
      'audit entry for an organisation that is not there',
      `select count(*) as n from audit_entry a where a.network_id = $1 and a.action = 'organisation.create'
       and not exists (select 1 from organisation o where o.network_id = $1 and o.id::text = a.record_id)`,
    );
    await q(
      'activity without its audit entry',
      `select count(*) as n from activity t where t.network_id = $1
       and not exists (select 1 from audit_entry a where a.action = 'activity.create' and a.record_id = t.id::text)`,
    );
    await q(
      'need picked up by an activity that is not there',
      `select count(*) as n from need n where n.network_id = $1 and n.activity_id is not null
       and not exists (select 1 from activity t where t.network_id = n.network_id and t.id = n.activity_id)`,
    );
    await q(
      'registration without its activity or person',
      `select count(*) as n from registration r where r.network_id = $1
       and (not exists (select 1 from activity t where t.network_id = r.network_id and t.id = r.activity_id)
         or not exists (select 1 from person p where p.network_id = r.network_id and p.id = r.person_id))`,
    );
    const { rows } = await pool.query<{ n: string }>(
      `select count(*) as n from organisation where network_id = $1 and name like 'Crashproef %'`,
      [networkId],
    );
    const organisations = Number(rows[0]!.n);
    if (organisations < acked.organisations.length || organisations > attemptedOrgs)
      problems.push(
        `organisations ${organisations} outside [${acked.organisations.length} acknowledged, ${attemptedOrgs} attempted]`,
      );
  } finally {
    await pool.end();
  }
  return problems;
}

beforeAll(async () => {
  port = await freePort();
  if (kind === 'server') {
    const created = await createTestDatabaseUrl();
    databaseUrl = created.url;
    dropDatabase = created.drop;
  }
}, 60_000);

/** A clean stop (SIGTERM), which also stops the embedded PostgreSQL. */
async function stopCleanly() {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child!.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

afterAll(async () => {
  const running = child && child.exitCode === null && child.signalCode === null;
  if (!running && kind === 'embedded' && child) {
    // A failed round left a killed server: start once more so the embedded PostgreSQL it left behind is stopped.
    start();
    await waitForHealth().catch(() => undefined);
  }
  await stopCleanly();
  await kill();
  await dropDatabase?.();
  fs.rmSync(dataDir, { recursive: true, force: true });
}, 120_000);

describe(`crash safety (${kind} database)`, { timeout: 1_800_000 }, () => {
  it(`keeps every acknowledged write through ${ROUNDS} SIGKILLs during a write load`, async () => {
    const random = seeded(SEED);
    start();
    await waitForHealth();
    const setup = await api('', 'POST', '/api/setup', {
      admin: ADMIN,
      network: { name: 'Crashproef Netwerk' },
      loadDemo: false,
    });
    expect(setup.status, JSON.stringify(setup.json)).toBe(201);
    const networkId = setup.json.networkId as string;
    const acked: Acked = { organisations: [], persons: [], needs: [], activities: new Map(), registrations: [] };
    const state = { acked, chains: [] as Chain[], attemptedOrgs: 0 };
    const failures: string[] = [];
    let passed = 0;
    const startedAt = Date.now();

    for (let round = 1; round <= ROUNDS; round++) {
      const cookie = await login();
      const before =
        acked.organisations.length +
        acked.persons.length +
        acked.needs.length +
        acked.activities.size +
        acked.registrations.length;
      const load = writeLoad(cookie, networkId, round, random, state);
      // Kill at a random moment once the load is underway (the first write acknowledged).
      const delay = Math.floor(random() * 1500);
      await Promise.race([load.firstAck.then(() => new Promise((r) => setTimeout(r, delay))), load.failed]);
      load.stopping();
      await kill();
      await load.done();
      const wrote =
        acked.organisations.length +
        acked.persons.length +
        acked.needs.length +
        acked.activities.size +
        acked.registrations.length -
        before;

      // Restart on the same data: it must come up (waitForHealth throws with the server's output otherwise), and
      // everything acknowledged so far must be there, whole. The next round's load runs on this restarted server.
      const restartAt = Date.now();
      start();
      await waitForHealth();
      if (process.env.CRASH_VERBOSE) console.log(`round ${round}: restarted in ${Date.now() - restartAt} ms`);
      const restartedAt = Date.now();
      const problems = await verify(networkId, acked, state.attemptedOrgs);
      if (process.env.CRASH_VERBOSE)
        console.log(
          `round ${round}: kill after ${delay} ms, ${wrote} writes acknowledged, verified ${Date.now() - restartedAt} ms`,
        );
      if (wrote === 0) problems.push('no write was acknowledged before the kill: the load did not run');
      if (problems.length === 0) passed += 1;
      else failures.push(`round ${round} (kill after ${delay} ms, seed ${SEED}): ${problems.join('; ')}`);
    }

    console.log(
      `crash safety (${kind}): ${passed}/${ROUNDS} rounds passed in ${Math.round((Date.now() - startedAt) / 1000)} s, ` +
        `seed ${SEED}; ${acked.organisations.length} organisations, ${acked.activities.size} activities, ` +
        `${acked.registrations.length} registrations acknowledged and found after restarts (server: ${command.at(-1)})`,
    );
    expect(failures).toEqual([]);
    expect(passed).toBe(ROUNDS);
  });
});
