// Several app servers on one PostgreSQL (decision 019). First the write counter itself on a real database: another process
// empties its caches after a write (and only then), also when its look at the counter raced the write. Then two real
// server processes on one database: a sign-out through A is refused through B on the very next request, and a
// target set through A shows on B's dashboard on the next read — although B had both answers in its caches.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, createTestDatabaseUrl, type TestDatabase } from '../test/test-database.js';
import { callApi, cookieFrom, freePort, serverCommand } from '../test/server-process.js';
import { createCacheSync } from './cache-sync.js';

const root = path.resolve(import.meta.dirname, '../../..');

describe('the write counter shared by the app servers', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  it('another process empties its caches once after a write, and not without one', async () => {
    const heard = { a: 0, b: 0 };
    const a = createCacheSync({ pool: database.pool, onRemoteWrite: () => heard.a++ });
    const b = createCacheSync({ pool: database.pool, onRemoteWrite: () => heard.b++ });
    await Promise.all([a.catchUp(), b.catchUp()]);
    await b.catchUp();
    expect(heard).toEqual({ a: 0, b: 0 });
    await a.announce();
    await b.catchUp();
    expect(heard.b).toBe(1);
    await b.catchUp();
    expect(heard.b).toBe(1);
    await a.announce();
    await a.announce();
    await b.catchUp();
    expect(heard.b).toBe(2);
  });

  it('a look that started before the write does not count for a request that came after it', async () => {
    let heard = 0;
    const a = createCacheSync({ pool: database.pool, onRemoteWrite: () => undefined });
    const b = createCacheSync({ pool: database.pool, onRemoteWrite: () => heard++ });
    await b.catchUp();
    for (let round = 1; round <= 50; round++) {
      // A request on B is looking at the counter while A's write is acknowledged; the next request on B must see it.
      const early = b.catchUp();
      await a.announce();
      await b.catchUp();
      expect(heard, `round ${round}`).toBe(round);
      await early;
    }
  });

  it('requests that arrive together share the look', async () => {
    const b = createCacheSync({ pool: database.pool, onRemoteWrite: () => undefined });
    let statements = 0;
    const counting = {
      query: (...args: Parameters<typeof database.pool.query>) => (statements++, database.pool.query(...args)),
    };
    const shared = createCacheSync({
      pool: counting as unknown as typeof database.pool,
      onRemoteWrite: () => undefined,
    });
    await b.catchUp();
    await Promise.all(Array.from({ length: 20 }, () => shared.catchUp()));
    expect(statements).toBeLessThanOrEqual(2);
  });
});

describe('two app servers on one database', () => {
  const children: { child: ChildProcess; output: () => string }[] = [];
  const ports: number[] = [];
  let drop: (() => Promise<void>) | undefined;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nr-two-servers-'));
  const ADMIN = { name: 'Twee Servers', email: 'twee@example.nl', password: 'lange-zin-met-twee-servers-42' };

  beforeAll(async () => {
    const database = await createTestDatabaseUrl();
    drop = database.drop;
    const command = serverCommand();
    for (let i = 0; i < 2; i++) {
      const port = await freePort();
      ports.push(port);
      let output = '';
      const child = spawn(process.execPath, command, {
        cwd: root,
        env: {
          ...process.env,
          DATABASE_URL: database.url,
          DATA_DIR: dataDir,
          AUTH_SECRET: 'twee-servers-een-geheim-dat-lang-genoeg-is-0123456789',
          PORT: String(port),
          HOST: '127.0.0.1',
          LOG_LEVEL: 'warn',
          SHUTDOWN_DELAY_MS: '0',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
      child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
      children.push({ child, output: () => output });
    }
    for (const [i, port] of ports.entries()) {
      const deadline = Date.now() + 90_000;
      for (;;) {
        if (children[i]!.child.exitCode !== null) throw new Error(`server ${i} exited: ${children[i]!.output()}`);
        const ready = await fetch(`http://127.0.0.1:${port}/api/health/ready`).catch(() => null);
        if (ready?.status === 200) break;
        if (Date.now() > deadline) throw new Error(`server ${i} not ready: ${children[i]!.output()}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }, 120_000);

  afterAll(async () => {
    for (const { child } of children) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await drop?.();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const [A, B] = [0, 1];
  const call = (server: number, cookie: string, method: string, url: string, body?: unknown) =>
    callApi(ports[server]!, cookie, method, url, body).catch((error: Error) => {
      const { child, output } = children[server]!;
      throw new Error(
        `server ${server} (exit ${child.exitCode ?? child.signalCode}) did not answer ${method} ${url}: ${error.message}\n${output()}`,
      );
    });

  it('a sign-out through A is refused through B on the next request', async () => {
    const setup = await call(A, '', 'POST', '/api/setup', {
      admin: ADMIN,
      network: { name: 'Twee Servers Netwerk' },
      loadDemo: false,
    });
    expect(setup.status, setup.text).toBe(201);
    const login = await call(A, '', 'POST', '/api/session/login', { email: ADMIN.email, password: ADMIN.password });
    expect(login.status, login.text).toBe(200);
    const cookie = cookieFrom(login.res);
    const who = async (server: number) =>
      (JSON.parse((await call(server, cookie, 'GET', '/api/session')).text) as { user: { email: string } | null }).user;
    // B learns who asks and keeps it in its cache (10 seconds).
    expect((await who(B))?.email).toBe(ADMIN.email);
    expect((await who(B))?.email).toBe(ADMIN.email);
    expect((await call(A, cookie, 'POST', '/api/session/logout')).status).toBe(204);
    expect(await who(B)).toBeNull();
  });

  it("a target set through A shows on B's dashboard on the next read, 40 times in a row", async () => {
    const login = await call(B, '', 'POST', '/api/session/login', { email: ADMIN.email, password: ADMIN.password });
    const cookie = cookieFrom(login.res);
    const networkId = (JSON.parse(login.text) as { networks: { id: string }[] }).networks[0]!.id;
    const dashboard = async () => {
      const r = await call(B, cookie, 'GET', `/api/networks/${networkId}/steering/dashboard`);
      expect(r.status, r.text).toBe(200);
      return JSON.parse(r.text) as { targets: { year: number; placements: { target: number | null } } };
    };
    // The dashboard is cached for 30 seconds on B. Each round: B has the figure in its cache (read twice), A sets a new
    // target, and the very next read through B must show it.
    const year = (await dashboard()).targets.year;
    let version = 0;
    const stale: number[] = [];
    for (let round = 1; round <= 40; round++) {
      const before = (await dashboard()).targets.placements.target;
      expect((await dashboard()).targets.placements.target).toBe(before);
      const put = await call(A, cookie, 'PUT', `/api/networks/${networkId}/steering/targets`, {
        year,
        placements: 100 + round,
        banen: 12,
        activeMembers: 25,
        version,
      });
      expect(put.status, put.text).toBe(200);
      version = (JSON.parse(put.text) as { version: number }).version;
      if ((await dashboard()).targets.placements.target !== 100 + round) stale.push(round);
    }
    expect(stale, 'rounds in which B answered from its cache after the write through A').toEqual([]);
  });

  it('both servers started their job queue on the fresh database and still run', async () => {
    // Started together, both create the queue's schema unless its start is serialised (it once stopped one of them).
    const jobsSchema = async () => {
      const r = await call(A, '', 'GET', '/api/health/ready');
      return r.status;
    };
    expect(await jobsSchema()).toBe(200);
    for (const { child, output } of children) {
      expect(output()).not.toMatch(/konden niet starten/);
      expect(child.exitCode, output()).toBeNull();
    }
  });
});
