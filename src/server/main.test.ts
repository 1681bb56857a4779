// The process as an operator sees it: configuration errors, one instance per data directory, clean stops and restarts after
// a crash. These run the real entry point in child processes on the embedded default.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isAlive } from './platform/process-alive.js';
import { freePort } from './test/server-process.js';

const root = path.resolve(import.meta.dirname, '../..');
const children: ChildProcess[] = [];
const dirs: string[] = [];

function startProcess(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'warn', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

/**
 * Waits until the process answers /api/health. Fails at once if the process exits first, and a failure carries what the
 * process printed, so a CI log says why it never came up.
 */
async function waitForHealth(p: ReturnType<typeof startProcess>, port: number, timeoutMs = 90_000) {
  const started = Date.now();
  let exitCode: number | null | undefined;
  void p.exited.then((code) => (exitCode = code));
  while (Date.now() - started < timeoutMs) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.status === 200) return (await res.json()) as { database: string };
    } catch {
      // not up yet
    }
    if (exitCode !== undefined) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const why = exitCode !== undefined ? `exited with code ${exitCode}` : `no answer within ${Date.now() - started} ms`;
  throw new Error(`no health on ${port}: the process ${why}; it printed: ${p.output() || '(nothing)'}`);
}

function tempDataDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nr-main-'));
  dirs.push(dir);
  return dir;
}

function postgresPid(dataDir: string): number | null {
  const file = path.join(dataDir, 'postgres', 'postmaster.pid');
  if (!fs.existsSync(file)) return null;
  return Number(fs.readFileSync(file, 'utf8').split('\n')[0]);
}

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe('netwerkregie process', { timeout: 300_000 }, () => {
  it('exits with code 2 and one line per bad variable', async () => {
    const p = startProcess({ PORT: 'zeventig', LOGIN_RATE_LIMIT: '-1', DATA_DIR: tempDataDir() });
    expect(await p.exited).toBe(2);
    const lines = p.output().trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Ongeldige waarde voor PORT="zeventig"/);
    expect(lines[1]).toMatch(/^Ongeldige waarde voor LOGIN_RATE_LIMIT="-1"/);
  });

  it('refuses a second instance on the same data directory and leaves the first unharmed', async () => {
    const dataDir = tempDataDir();
    const port = await freePort();
    const first = startProcess({ PORT: String(port), DATA_DIR: dataDir });
    expect((await waitForHealth(first, port)).database).toBe('embedded');

    const second = startProcess({ PORT: String(await freePort()), DATA_DIR: dataDir });
    expect(await second.exited).toBe(3);
    expect(second.output()).toContain(`Netwerkregie draait al op de datamap ${dataDir}`);
    expect(second.output()).toContain(`proces ${first.child.pid}`);
    expect(second.output()).toContain(`http://127.0.0.1:${port}`);

    expect((await waitForHealth(first, port, 5_000)).database).toBe('embedded');
    const pgPid = postgresPid(dataDir);
    expect(pgPid && isAlive(pgPid)).toBe(true);

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(isAlive(pgPid!)).toBe(false);
    expect(fs.existsSync(path.join(dataDir, 'netwerkregie.lock'))).toBe(false);
  });

  it('on SIGTERM turns not-ready first, keeps serving for SHUTDOWN_DELAY_MS, then stops cleanly', async () => {
    const port = await freePort();
    const p = startProcess({ PORT: String(port), DATA_DIR: tempDataDir(), SHUTDOWN_DELAY_MS: '3000' });
    await waitForHealth(p, port);
    const url = (path: string) => `http://127.0.0.1:${port}/api/health/${path}`;
    expect((await fetch(url('live'))).status).toBe(200);
    const ready = await fetch(url('ready'));
    expect(await ready.json()).toEqual({
      status: 'ready',
      checks: { database: true, migrations: true, accepting: true },
    });
    const signalled = Date.now();
    p.child.kill('SIGTERM');
    // Not ready within moments, while the process is still alive and serving (liveness and the API still answer).
    let notReady: Response | undefined;
    while (Date.now() - signalled < 2_000) {
      const res = await fetch(url('ready'));
      if (res.status === 503) {
        notReady = res;
        break;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(notReady, 'readiness should turn false soon after SIGTERM').toBeDefined();
    expect((await notReady!.json()).checks).toEqual({ database: true, migrations: true, accepting: false });
    expect((await fetch(url('live'))).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200);
    expect(await p.exited).toBe(0);
    expect(Date.now() - signalled).toBeGreaterThanOrEqual(3_000);
  });

  it('starts again after being killed (stale lock and orphaned database server are cleaned up)', async () => {
    const dataDir = tempDataDir();
    const firstPort = await freePort();
    const first = startProcess({ PORT: String(firstPort), DATA_DIR: dataDir });
    await waitForHealth(first, firstPort);
    const orphan = postgresPid(dataDir)!;
    first.child.kill('SIGKILL');
    await first.exited;
    expect(isAlive(orphan)).toBe(true); // SIGKILL leaves the database server behind

    // A port asked of the system just now, never a fixed one: a fixed port in the ephemeral range (32768-60999) can be
    // taken at that moment by any outgoing connection, which once failed this test with EADDRINUSE.
    const port = await freePort();
    const restarted = startProcess({ PORT: String(port), DATA_DIR: dataDir });
    // Cleaning up after a kill stops the orphaned database server first (a shutdown checkpoint): allow for a slow disk.
    const health = await waitForHealth(restarted, port, 120_000);
    expect(health.database).toBe('embedded');
    expect(isAlive(orphan)).toBe(false);
    restarted.child.kill('SIGINT');
    expect(await restarted.exited).toBe(0);
  });
});
