// Clean shutdown under load: the real server (the built one, or the sources through tsx) is sent SIGTERM while a stream of
// reads and writes is in flight. It must stop accepting, let the requests in flight finish, stop the job workers, and only
// then end the database pool: exit code 0, every answer it gave is a real one (2xx, or 503 while closing — never a 5xx
// error), and no error in its log — in particular no "Cannot use a pool after calling end on the pool".
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabaseUrl } from '../test/test-database.js';
import { callApi, cookieFrom, freePort, serverCommand } from '../test/server-process.js';

const root = path.resolve(import.meta.dirname, '../../..');
const WORKERS = 12;

const ADMIN = { name: 'Stop Coördinator', email: 'stop@example.nl', password: 'lange-zin-met-koffie-en-koek-42' };

let database: { url: string; drop(): Promise<void> } | undefined;
let child: ChildProcess | undefined;
let output = '';
let port = 0;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nr-shutdown-'));

function api(cookie: string, method: string, url: string, body?: unknown) {
  return callApi(port, cookie, method, url, body);
}

beforeAll(async () => {
  port = await freePort();
  database = await createTestDatabaseUrl();
  output = '';
  child = spawn(process.execPath, serverCommand(), {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      LOGIN_RATE_LIMIT: '1000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}: ${output}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).status === 200) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`no health within 60 s: ${output}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}, 90_000);

afterAll(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await database?.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('clean shutdown under load', { timeout: 60_000 }, () => {
  it('SIGTERM during a stream of reads and writes: in-flight requests finish, exit 0, no error in the log', async () => {
    const setup = await api('', 'POST', '/api/setup', { admin: ADMIN, network: { name: 'Stopnetwerk' } });
    expect(setup.status, setup.text).toBe(201);
    const networkId = (JSON.parse(setup.text) as { networkId: string }).networkId;
    const login = await api('', 'POST', '/api/session/login', { email: ADMIN.email, password: ADMIN.password });
    expect(login.status, login.text).toBe(200);
    const cookie = cookieFrom(login.res);
    const base = `/api/networks/${networkId}`;

    // The load: each worker alternates a write (an organisation, one transaction with its membership and audit entry) and
    // reads (the organisations list, the dashboard), until the server is gone.
    const answers: number[] = [];
    let refused = 0;
    let afterSignal = 0;
    let signalled = false;
    let stop = false;
    const worker = async (w: number) => {
      for (let n = 0; !stop; n++) {
        const requests: [string, string, unknown?][] = [
          [
            'POST',
            `${base}/organisations`,
            { kind: 'employer', name: `Stopproef ${w}-${n} BV`, confirmDuplicate: true },
          ],
          ['GET', `${base}/organisations?pageSize=50`],
          ['GET', `${base}/steering/dashboard`],
        ];
        const [method, url, body] = requests[n % requests.length]!;
        try {
          const r = await api(cookie, method, url, body);
          answers.push(r.status);
          if (signalled) afterSignal += 1;
        } catch {
          // Connection refused or closed: the server no longer accepts, which is what stopping means.
          refused += 1;
          if (signalled) await new Promise((r) => setTimeout(r, 20));
        }
      }
    };
    const load = Array.from({ length: WORKERS }, (_, w) => worker(w));
    // Let the load build up (the job queue has started by now too), then stop the server in the middle of it.
    const until = Date.now() + 1_500;
    while (Date.now() < until || answers.length < 40) await new Promise((r) => setTimeout(r, 25));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child!.once('exit', (code, signal) => resolve({ code, signal })),
    );
    const answeredBefore = answers.length;
    signalled = true;
    const stoppedAt = Date.now();
    child!.kill('SIGTERM');
    const { code, signal } = await exited;
    const stopMs = Date.now() - stoppedAt;
    stop = true;
    await Promise.all(load);

    console.log(
      `clean shutdown: ${answeredBefore} answers before SIGTERM, ${afterSignal} answered after it, ${refused} refused; ` +
        `stopped in ${stopMs} ms`,
    );
    expect({ code, signal }, output).toEqual({ code: 0, signal: null });
    expect(stopMs).toBeLessThan(15_000);
    // Every answer is a real one: success, or 503 for a request that came in while the server was closing.
    const bad = answers.filter((s) => !(s >= 200 && s < 300) && s !== 503);
    expect(bad, output).toEqual([]);
    expect(output).not.toMatch(/Cannot use a pool/i);
    // No error-level log line (pino level 50 and up), and nothing printed as an error.
    const errorLines = output
      .split('\n')
      .filter((line) => /"level":\s*(50|60)/.test(line) || /^(jobs:|Error|.*Unhandled)/.test(line));
    expect(errorLines, output).toEqual([]);
    expect(output).toMatch(/"msg":"stopping"/);
  });
});
