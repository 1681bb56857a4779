// Exactly once, for real: the app runs as a child process (embedded PostgreSQL, job queue, SMTP to a server in this test),
// sends a 500-recipient newsletter, and is killed with SIGKILL while the SMTP server holds the 200th message unacknowledged
// — halfway through a send, inside the delivery's transaction. Started again, it resumes the mailing; in the end each of
// the 500 recipients has received exactly one message.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { attachToRunningEmbedded } from '../../platform/db/connect.js';
import { freePort } from '../../test/server-process.js';
import { startTestSmtp, type TestSmtp } from './smtp-test-server.js';

const root = path.resolve(import.meta.dirname, '../../../..');
const children: ChildProcess[] = [];
let smtp: TestSmtp | undefined;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nr-mailing-'));

function startProcess(port: number, smtpUrl: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      SMTP_URL: smtpUrl,
      PUBLIC_URL: 'http://localhost:8080',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
    child.on('exit', (code, signal) => resolve(signal ?? code)),
  );
  return { child, exited, output: () => output };
}

async function waitForHealth(port: number, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.status === 200) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`no health on ${port}`);
}

afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await smtp?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('a 500-mail mailing killed halfway', () => {
  it('delivers every mail exactly once after a restart', async () => {
    smtp = await startTestSmtp();
    // Free ports asked of the system, not fixed ones: a leftover process on a fixed port failed this test once.
    const firstPort = await freePort();
    const first = startProcess(firstPort, smtp.url);
    await waitForHealth(firstPort);
    const setup = await fetch(`http://127.0.0.1:${firstPort}/api/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-requested-with': 'netwerkregie' },
      body: JSON.stringify({
        admin: { name: 'Anna de Vries', email: 'anna@example.nl', password: 'lange-zin-met-koffie-42' },
        network: { name: '99van Kampen' },
        loadDemo: false,
      }),
    });
    expect(setup.status).toBe(201);
    const { networkId } = (await setup.json()) as { networkId: string };
    const cookie = setup.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');

    const db = attachToRunningEmbedded(dataDir);
    try {
      await db.pool.query(
        `with p as (
           insert into person (network_id, name, email)
           select $1, 'Contact ' || g, 'contact' || g || '@example.nl' from generate_series(1, 500) g
           returning id)
         insert into role_assignment (network_id, person_id, role) select $1, id, 'employer' from p`,
        [networkId],
      );
    } finally {
      await db.close();
    }

    let killed = false;
    smtp.beforeAck = (acceptedSoFar) => {
      if (killed || acceptedSoFar < 200) return true;
      killed = true;
      first.child.kill('SIGKILL'); // the 201st message is in flight and never acknowledged
      return false;
    };
    const send = await fetch(`http://127.0.0.1:${firstPort}/api/networks/${networkId}/mailings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-requested-with': 'netwerkregie', cookie },
      body: JSON.stringify({
        kind: 'newsletter',
        subject: 'Nieuwsbrief',
        body: 'Vijfhonderd lezers.',
        segment: { kind: 'role', role: 'employer' },
      }),
    });
    const sendStarted = Date.now();
    expect(send.status, await send.clone().text()).toBe(201);
    const { id: mailingId } = (await send.json()) as { id: string };

    expect(await first.exited).toBe('SIGKILL');
    const firstPhaseMs = Date.now() - sendStarted;
    expect(smtp.received.length).toBe(200);

    const restartedAt = Date.now();
    const secondPort = await freePort();
    const second = startProcess(secondPort, smtp.url);
    await waitForHealth(secondPort).catch((e) => {
      console.log('SECOND OUTPUT:', second.output());
      throw e;
    });
    const login = await fetch(`http://127.0.0.1:${secondPort}/api/session/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-requested-with': 'netwerkregie' },
      body: JSON.stringify({ email: 'anna@example.nl', password: 'lange-zin-met-koffie-42' }),
    });
    const cookie2 = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const deadline = Date.now() + 120_000;
    let progress: { status: string; progress: { total: number; sent: number; queued: number } } | undefined;
    while (Date.now() < deadline) {
      const res = await fetch(`http://127.0.0.1:${secondPort}/api/networks/${networkId}/mailings/${mailingId}`, {
        headers: { cookie: cookie2 },
      });
      progress = (await res.json()) as typeof progress;
      if (progress?.status === 'done') break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(progress).toMatchObject({ status: 'done', progress: { total: 500, sent: 500, queued: 0 } });
    console.log(
      `exactly-once: 200 mails before the kill in ${firstPhaseMs} ms; restart and remaining 300 in ${Date.now() - restartedAt} ms`,
    );

    const counts = smtp.countsByRecipient();
    expect(counts.size).toBe(500);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(smtp.received.length).toBe(500);

    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, 420_000);
});
