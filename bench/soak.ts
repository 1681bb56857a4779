// Soak: the built app on the demo network under mixed read/write load at 50 connections for --minutes (default 10), with the
// server's RSS sampled from /proc/<pid>/status every few seconds. Reports errors (non-2xx, timeouts, socket errors),
// requests/s, latency p50/p95/p99 and memory growth after warm-up against the target: zero errors, < 10% growth.
// Usage: node --import tsx bench/soak.ts [--minutes 10] [--db embedded|server] [--connections 50] [--warmup 60]
// (--db server uses DATABASE_URL; the database should be empty: the soak installs the app with the demo network on it.)
// Not in CI: run it by hand on a quiet machine. Writes bench/results/soak-<db>.json.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { cookieFrom, freePort } from '../src/server/test/server-process.js';
import { machine, percentile, printTable, writeResults, type Metric } from './lib.js';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    db: { type: 'string', default: process.env.DATABASE_URL ? 'server' : 'embedded' },
    connections: { type: 'string', default: '50' },
    warmup: { type: 'string', default: '60' },
    sample: { type: 'string', default: '5' },
  },
});
const minutes = Number(values.minutes);
const db = values.db === 'server' ? 'server' : 'embedded';
const connections = Number(values.connections);
const warmupSeconds = Number(values.warmup);
const sampleSeconds = Number(values.sample);
const root = path.resolve(import.meta.dirname, '..');
const main = path.join(root, 'dist/server/main.js');
if (!fs.existsSync(main)) throw new Error('dist/server/main.js missing: run `npm run build` first');
if (db === 'server' && !process.env.DATABASE_URL) throw new Error('--db server needs DATABASE_URL');

function rssKiB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
}

const CSRF = { 'x-requested-with': 'netwerkregie' };
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nr-soak-'));
const child = spawn(process.execPath, [main], {
  cwd: root,
  env: {
    ...process.env,
    DATA_DIR: dataDir,
    DATABASE_URL: db === 'server' ? (process.env.DATABASE_URL ?? '') : '',
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
  },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));

async function json(method: string, url: string, cookie: string, body?: unknown) {
  const res = await fetch(`${base}${url}`, {
    method,
    headers: { ...CSRF, cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
  return { body: (await res.json()) as Record<string, unknown>, res };
}

function run(opts: autocannon.Options, onResponse?: (status: number, ms: number) => void) {
  return new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(opts, (error, result) => (error ? reject(error) : resolve(result)));
    if (onResponse)
      instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => onResponse(status, ms));
  });
}

try {
  const started = Date.now();
  for (;;) {
    try {
      if ((await fetch(`${base}/api/health`)).status === 200) break;
    } catch {
      // not up yet
    }
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    if (Date.now() - started > 180_000) throw new Error('server did not start within 180 s');
    await new Promise((r) => setTimeout(r, 100));
  }
  console.log(`Server up in ${Date.now() - started} ms; installing with the demo network…`);
  const setup = await json('POST', '/api/setup', '', {
    admin: { name: 'Soak Beheerder', email: 'soak@example.nl', password: 'lange-zin-voor-de-duurproef-2026' },
    network: { name: 'Soak Netwerk' },
    loadDemo: true,
  });
  const cookie = cookieFrom(setup.res);
  const session = await json('GET', '/api/session', cookie);
  const networks = session.body.networks as { id: string; name: string }[];
  const demo = networks.find((n) => n.id !== setup.body.networkId) ?? networks[0]!;
  const n = `/api/networks/${demo.id}`;
  const orgs = (await json('GET', `${n}/organisations?pageSize=20`, cookie)).body.items as { id: string }[];
  const activities = (await json('GET', `${n}/activities`, cookie)).body.items as { id: string }[];
  if (orgs.length === 0 || activities.length === 0) throw new Error('demo network has no organisations or activities');

  // A mixed sequence each connection walks in a loop: lists, search, details, the dashboard, and writes: a contact added and
  // removed again (each a transaction with an audit entry). The writes leave the data the reads return as it was, so memory
  // growth means the server keeps something, not that its answers grew. (Until 27 Nov the loop raised a need instead of
  // removing the contact: 4,000 more needs in the unpaged needs list after 10 minutes.)
  let seq = 0;
  const headers = { ...CSRF, cookie, 'content-type': 'application/json' };
  interface Written {
    organisationId?: string;
    contactId?: string;
  }
  const requests: autocannon.Request[] = [
    { method: 'GET', path: `${n}/organisations` },
    { method: 'GET', path: `${n}/organisations?search=bv` },
    { method: 'GET', path: `${n}/organisations/${orgs[0]!.id}` },
    { method: 'GET', path: `${n}/activities` },
    { method: 'GET', path: `${n}/activities/${activities[0]!.id}` },
    { method: 'GET', path: `${n}/needs` },
    { method: 'GET', path: `${n}/people` },
    { method: 'GET', path: `${n}/steering/dashboard` },
    {
      method: 'POST',
      path: `${n}/organisations/${orgs[0]!.id}/contacts`,
      setupRequest: (req, context) => {
        seq += 1;
        const organisationId = orgs[seq % orgs.length]!.id;
        (context as Written).organisationId = organisationId;
        return {
          ...req,
          path: `${n}/organisations/${organisationId}/contacts`,
          body: JSON.stringify({ name: `Duurproef contact ${seq}` }),
        };
      },
      onResponse: (status, body, context) => {
        (context as Written).contactId = status === 201 ? (JSON.parse(body) as { id: string }).id : 'niet-aangemaakt';
      },
    },
    {
      method: 'DELETE',
      path: `${n}/organisations/${orgs[0]!.id}/contacts/onbekend`,
      setupRequest: (req, context) => {
        const written = context as Written;
        // autocannon adds the common JSON content type to every request, and a JSON request needs a body.
        return {
          ...req,
          path: `${n}/organisations/${written.organisationId}/contacts/${written.contactId}`,
          body: '{}',
        };
      },
    },
  ];
  const common = { url: base, connections, headers, requests, timeout: 10 };

  console.log(`Warm-up: ${warmupSeconds} s at ${connections} connections…`);
  await run({ ...common, duration: warmupSeconds });

  const samples: { at: number; rssKiB: number }[] = [];
  const loadStart = Date.now();
  const sampler = setInterval(
    () => samples.push({ at: (Date.now() - loadStart) / 1000, rssKiB: rssKiB(child.pid!) }),
    sampleSeconds * 1000,
  );
  samples.push({ at: 0, rssKiB: rssKiB(child.pid!) });
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  console.log(`Soak: ${minutes} min at ${connections} connections…`);
  const result = await run({ ...common, duration: Math.round(minutes * 60) }, (status, ms) => {
    latencies.push(ms);
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
  });
  clearInterval(sampler);
  samples.push({ at: (Date.now() - loadStart) / 1000, rssKiB: rssKiB(child.pid!) });

  // Memory growth after warm-up: the mean of the first and of the last minute of samples (a single sample is noisy: GC).
  const window = Math.min(60, (minutes * 60) / 4);
  const first = samples.filter((s) => s.at <= window);
  const last = samples.filter((s) => s.at >= samples.at(-1)!.at - window);
  const mean = (xs: { rssKiB: number }[]) => xs.reduce((a, s) => a + s.rssKiB, 0) / xs.length;
  const growth = (mean(last) - mean(first)) / mean(first);
  const non2xx = [...statuses].filter(([s]) => s < 200 || s >= 300).reduce((a, [, c]) => a + c, 0);
  const errors = non2xx + result.errors + result.timeouts;
  const seconds = (Date.now() - loadStart) / 1000;
  const metric = (name: string, value: number, unit: string, target: string | null, met: boolean | null): Metric => ({
    name,
    value,
    unit,
    baseline: null,
    baselineName: null,
    ratio: null,
    target,
    met,
  });
  const metrics: Metric[] = [
    metric(
      `errors (non-2xx ${non2xx}, timeouts ${result.timeouts}, socket ${result.errors})`,
      errors,
      'errors',
      '0',
      errors === 0,
    ),
    metric('requests per second', latencies.length / seconds, 'req/s', null, null),
    metric('latency p50', percentile(latencies, 50), 'ms', null, null),
    metric('latency p95', percentile(latencies, 95), 'ms', null, null),
    metric('latency p99', percentile(latencies, 99), 'ms', null, null),
    metric('server RSS after warm-up (first minute, mean)', mean(first) / 1024, 'MiB', null, null),
    metric('server RSS at the end (last minute, mean)', mean(last) / 1024, 'MiB', null, null),
    metric('memory growth after warm-up', growth * 100, '%', '< 10 %', growth < 0.1),
  ];
  const file = writeResults(`soak-${db}`, metrics, {
    db,
    minutes,
    connections,
    warmupSeconds,
    requests: latencies.length,
    statuses: Object.fromEntries(statuses),
    rssSamplesKiB: samples,
  });
  const m = machine();
  console.log(
    `\nNetwerkregie soak — ${minutes} min, ${connections} connections, ${m.cpus}, Node ${m.node}, database: ${db}\n`,
  );
  printTable(metrics);
  console.log(`\n${file}`);
  process.exitCode = errors === 0 && growth < 0.1 ? 0 : 1;
} finally {
  child.kill('SIGTERM');
  await exited;
  fs.rmSync(dataDir, { recursive: true, force: true });
}
