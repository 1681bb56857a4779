// Two real app servers on one PostgreSQL behind a real HAProxy (Debian's package; issue 22, item 6). HAProxy balances
// round-robin and checks /api/health/ready, as docs/operations.md tells operators to set it up. Through HAProxy: a role
// withdrawn through one server is refused on the very next request, whichever server answers; and a rolling restart of A
// then B while 20 clients keep reading through HAProxy loses no request — readiness turns false on SIGTERM, HAProxy's
// check notices within its interval, and only after SHUTDOWN_DELAY_MS does the server stop accepting.
// Runs in both CI halves: in the embedded half it gets a database of its own on the test cluster (createTestDatabaseUrl).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInAmsterdam } from '../../core/calendar.js';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from './http.js';
import { createTestDatabaseUrl } from '../test/test-database.js';
import { cookieFrom, freePort, serverCommand } from '../test/server-process.js';
import { tokenFrom } from '../test/helpers.js';

const root = path.resolve(import.meta.dirname, '../../..');

/** HAProxy's check: every 200 ms, out after 2 failures, in after 1 success — well within the servers' drain delay. */
const CHECK_INTER_MS = 200;
const SHUTDOWN_DELAY_MS = 2_500;

function haproxyBinary(): string {
  for (const candidate of ['/usr/sbin/haproxy', '/usr/local/sbin/haproxy'])
    if (fs.existsSync(candidate)) return candidate;
  const which = spawnSync('sh', ['-c', 'command -v haproxy'], { encoding: 'utf8' });
  if (which.status === 0 && which.stdout.trim()) return which.stdout.trim();
  throw new Error('HAProxy is not installed (apt-get install haproxy; .ci/run installs it)');
}

/** The configuration docs/operations.md shows, on the test's ports. */
function haproxyConfig(p: { front: number; stats: number; servers: { name: string; port: number }[] }) {
  return [
    'global',
    '  maxconn 512',
    'defaults',
    '  mode http',
    '  timeout connect 2s',
    '  timeout client 30s',
    '  timeout server 30s',
    '  timeout check 2s',
    '  option redispatch',
    '  retries 2',
    'frontend netwerkregie',
    `  bind 127.0.0.1:${p.front}`,
    '  default_backend app',
    'backend app',
    '  balance roundrobin',
    '  option httpchk GET /api/health/ready',
    '  http-check expect status 200',
    // Which server answered, so that the test can tell (not needed in production).
    '  http-response set-header X-Served-By %s',
    `  default-server check inter ${CHECK_INTER_MS}ms fall 2 rise 1`,
    ...p.servers.map((s) => `  server ${s.name} 127.0.0.1:${s.port}`),
    'frontend stats',
    `  bind 127.0.0.1:${p.stats}`,
    '  stats enable',
    '  stats uri /stats',
    '',
  ].join('\n');
}

interface Server {
  name: string;
  port: number;
  child: ChildProcess;
  output: () => string;
}

describe('two app servers behind HAProxy', () => {
  const servers: Server[] = [];
  let haproxy: { child: ChildProcess; output: () => string } | undefined;
  let drop: (() => Promise<void>) | undefined;
  let databaseUrl = '';
  let front = 0;
  let stats = 0;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nr-haproxy-'));
  const ADMIN = { name: 'Balans Beheer', email: 'balans@example.nl', password: 'lange-zin-achter-de-balancer-42' };
  let adminCookie = '';
  let networkId = '';

  function startServer(name: string, port: number): Server {
    let output = '';
    const child = spawn(process.execPath, serverCommand(), {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        DATA_DIR: dataDir,
        AUTH_SECRET: 'achter-haproxy-een-geheim-dat-lang-genoeg-is-0123456789',
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        SHUTDOWN_DELAY_MS: String(SHUTDOWN_DELAY_MS),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    return { name, port, child, output: () => output };
  }

  async function waitReady(server: Server) {
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (server.child.exitCode !== null) throw new Error(`server ${server.name} exited: ${server.output()}`);
      const ready = await fetch(`http://127.0.0.1:${server.port}/api/health/ready`).catch(() => null);
      if (ready?.status === 200) return;
      if (Date.now() > deadline) throw new Error(`server ${server.name} not ready: ${server.output()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** HAProxy's own view of each server: UP, DOWN, MAINT, or "UP 1/2" while it is changing. */
  async function haproxyStatus(): Promise<Record<string, string>> {
    const csv = await (await fetch(`http://127.0.0.1:${stats}/stats;csv`)).text();
    const lines = csv.split('\n');
    const header = lines[0]!.replace(/^# /, '').split(',');
    const [px, sv, st] = ['pxname', 'svname', 'status'].map((c) => header.indexOf(c));
    const result: Record<string, string> = {};
    for (const line of lines.slice(1)) {
      const cells = line.split(',');
      if (cells[px!] === 'app' && cells[sv!] !== 'BACKEND' && cells[sv!]) result[cells[sv!]!] = cells[st!]!;
    }
    return result;
  }

  async function waitHaproxy(name: string, wanted: 'UP' | 'DOWN') {
    const deadline = Date.now() + 20_000;
    let last: Record<string, string> = {};
    while (Date.now() < deadline) {
      last = await haproxyStatus();
      if (last[name] === wanted) return;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`HAProxy did not see ${name} ${wanted}: ${JSON.stringify(last)}\n${haproxy?.output()}`);
  }

  async function stopServer(server: Server) {
    if (server.child.exitCode !== null || server.child.signalCode !== null) return;
    const exited = new Promise((resolve) => server.child.once('exit', resolve));
    server.child.kill('SIGTERM');
    await exited;
  }

  /** One call through HAProxy, as the web app makes it. */
  async function call(method: string, url: string, cookie = '', body?: unknown) {
    const res = await fetch(`http://127.0.0.1:${front}${url}`, {
      method,
      headers: {
        [CSRF_HEADER]: CSRF_HEADER_VALUE,
        ...(cookie ? { cookie } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, text, res, servedBy: res.headers.get('x-served-by') ?? '?' };
  }

  beforeAll(async () => {
    const binary = haproxyBinary();
    const database = await createTestDatabaseUrl();
    drop = database.drop;
    databaseUrl = database.url;
    for (const name of ['a', 'b']) servers.push(startServer(name, await freePort()));
    // One at a time is not needed (the job queue's setup is serialised), but both must be ready before HAProxy checks.
    await Promise.all(servers.map(waitReady));
    front = await freePort();
    stats = await freePort();
    const configFile = path.join(dataDir, 'haproxy.cfg');
    fs.writeFileSync(configFile, haproxyConfig({ front, stats, servers }));
    let output = '';
    const child = spawn(binary, ['-db', '-f', configFile], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    haproxy = { child, output: () => output };
    const deadline = Date.now() + 10_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`HAProxy exited: ${output}`);
      const status = await haproxyStatus().catch(() => ({}) as Record<string, string>);
      if (status.a === 'UP' && status.b === 'UP') break;
      if (Date.now() > deadline) throw new Error(`HAProxy not up: ${JSON.stringify(status)} ${output}`);
      await new Promise((r) => setTimeout(r, 50));
    }

    const setup = await call('POST', '/api/setup', undefined, {
      admin: ADMIN,
      network: { name: 'Balans Netwerk' },
      loadDemo: false,
    });
    expect(setup.status, setup.text).toBe(201);
    const login = await call('POST', '/api/session/login', '', { email: ADMIN.email, password: ADMIN.password });
    expect(login.status, login.text).toBe(200);
    adminCookie = cookieFrom(login.res);
    networkId = (JSON.parse(login.text) as { networks: { id: string }[] }).networks[0]!.id;
  }, 120_000);

  afterAll(async () => {
    if (haproxy && haproxy.child.exitCode === null && haproxy.child.signalCode === null) {
      const exited = new Promise((resolve) => haproxy!.child.once('exit', resolve));
      haproxy.child.kill('SIGTERM');
      await exited;
    }
    for (const server of servers) await stopServer(server);
    await drop?.();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 30_000);

  it('a role withdrawn through one server is refused on the next request, whichever server answers', async () => {
    const email = 'kern@balans.example';
    const invite = await call('POST', `/api/networks/${networkId}/invitations`, adminCookie, {
      name: 'Kees Kern',
      email,
      role: 'employer',
    });
    expect(invite.status, invite.text).toBe(201);
    const outbox = await call('GET', `/api/admin/outbox?search=${encodeURIComponent(email)}`, adminCookie);
    const mailId = (JSON.parse(outbox.text) as { items: { id: string }[] }).items[0]!.id;
    const mail = JSON.parse((await call('GET', `/api/admin/outbox/${mailId}`, adminCookie)).text) as {
      textBody: string;
    };
    const accept = await call('POST', `/api/invitations/${tokenFrom(mail.textBody, '/uitnodiging/')}/accept`, '', {
      password: 'een-lange-testzin-achter-de-balancer-2026',
    });
    expect(accept.status, accept.text).toBe(200);
    const cookie = cookieFrom(accept.res);

    // A core-group term that began long ago, so that it can be ended yesterday.
    const base = `/api/networks/${networkId}/governance/assignments`;
    const list = JSON.parse((await call('GET', base, adminCookie)).text) as {
      items: { personId: string; personName: string }[];
    };
    const personId = list.items.find((i) => i.personName === 'Kees Kern')!.personId;
    const assigned = await call('POST', base, adminCookie, { personId, role: 'core_group', startsOn: '2024-01-01' });
    expect(assigned.status, assigned.text).toBe(201);
    const assignmentId = (JSON.parse(assigned.text) as { id: string }).id;

    // Both servers know who asks and keep it in their caches (read twice each, round-robin).
    const organisations = `/api/networks/${networkId}/organisations`;
    const before = await Promise.all([0, 1, 2, 3].map(() => call('GET', organisations, cookie)));
    expect(before.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    for (let i = 0; i < 4; i++) {
      const r = await call('GET', organisations, cookie);
      expect(r.status, r.text).toBe(200);
    }

    const end = await call('POST', `${base}/${assignmentId}/end`, adminCookie, {
      endsOn: addDays(todayInAmsterdam(new Date()), -1),
    });
    expect(end.status, end.text).toBe(200);
    const after: string[] = [];
    for (let i = 0; i < 6; i++) {
      const r = await call('GET', organisations, cookie);
      expect(r.status, `request ${i + 1} after the withdrawal, served by ${r.servedBy}`).toBe(403);
      after.push(r.servedBy);
    }
    expect(new Set(after), 'both servers answered after the withdrawal').toEqual(new Set(['a', 'b']));
  });

  // Each restart waits for a cold start of the new process (through tsx when the server is not built: 5–25 s on a busy
  // 2-core machine), hence the generous limit; the traffic itself takes a few seconds.
  it('a rolling restart of A then B under load through HAProxy loses no request', async () => {
    const urls = ['/api/session', `/api/networks/${networkId}/organisations`, `/api/networks/${networkId}/people`];
    const failures: string[] = [];
    const servedBy: Record<string, number> = {};
    let done = 0;
    let running = true;
    const worker = async (n: number) => {
      for (let i = n; running; i++) {
        const url = urls[i % urls.length]!;
        try {
          const r = await call('GET', url, adminCookie);
          servedBy[r.servedBy] = (servedBy[r.servedBy] ?? 0) + 1;
          if (r.status !== 200) failures.push(`${url} → ${r.status} (${r.servedBy}): ${r.text.slice(0, 200)}`);
        } catch (error) {
          failures.push(`${url} → ${(error as Error).message} ${String((error as Error).cause ?? '')}`);
        }
        done++;
        await new Promise((r) => setTimeout(r, 5));
      }
    };
    const seen: string[] = [];
    const timeline: string[] = [];
    const watch = setInterval(() => {
      void haproxyStatus()
        .then((s) => {
          const line = `${s.a}/${s.b}`;
          if (seen.at(-1) !== line) seen.push(line);
        })
        .catch(() => undefined);
    }, 20);
    const load = Promise.all(Array.from({ length: 20 }, (_, n) => worker(n)));
    const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
    try {
      await pause(500);
      for (const index of [0, 1]) {
        const old = servers[index]!;
        const exited = new Promise<number | null>((resolve) => old.child.once('exit', (code) => resolve(code)));
        const t0 = Date.now();
        const log = (m: string) => timeline.push(`${old.name} +${Date.now() - t0}ms ${m} (${done} done)`);
        old.child.kill('SIGTERM');
        await waitHaproxy(old.name, 'DOWN');
        log('down in haproxy');
        // Out of rotation while the process still serves (SHUTDOWN_DELAY_MS), not because it stopped answering.
        expect(old.child.exitCode, 'HAProxy took the server out before it stopped').toBeNull();
        expect(await exited, old.output()).toBe(0);
        log('exited');
        await pause(300); // load on the other server alone
        const fresh = startServer(old.name, old.port);
        servers[index] = fresh;
        await waitReady(fresh);
        log('ready');
        await waitHaproxy(fresh.name, 'UP');
        log('up in haproxy');
        await pause(500); // load on both again
      }
    } finally {
      running = false;
      await load;
      clearInterval(watch);
    }
    expect(
      failures.slice(0, 20),
      `failed requests: ${failures.length} of ${done}; HAProxy saw ${seen.join(' → ')}; ${timeline.join('; ')}`,
    ).toEqual([]);
    expect(done).toBeGreaterThan(100);
    expect(Object.keys(servedBy).sort()).toEqual(['a', 'b']);
    for (const server of servers) expect(server.output()).not.toMatch(/"level":(50|60)/);
  }, 150_000);
});
