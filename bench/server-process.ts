// The bench's server under test: bench/server-child.ts bundled like the production server and run in its own process,
// driven over IPC; and the server database per scale. Shared by the API and import benchmarks.
import { fork } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import type { ScaleName } from '../src/core/demo/scales.js';

const root = path.resolve(import.meta.dirname, '..');

export interface Child {
  call<T>(cmd: string, extra?: Record<string, unknown>): Promise<T>;
  exited: Promise<void>;
  kill(): void;
}

/**
 * The server under test runs as one esbuild bundle, as `npm start` runs it (scripts/bundle-server.mjs), not through tsx:
 * a TypeScript loader in the process would add tens of megabytes to the memory figures and time to every module.
 */
async function bundleServerChild(): Promise<string> {
  const { build } = await import('esbuild');
  // @ts-expect-error -- a plain .mjs script without types
  const { bundleOptions } = (await import('../scripts/bundle-server.mjs')) as {
    bundleOptions(entry: string, outfile: string): Parameters<typeof build>[0];
  };
  const outfile = path.join(root, '.tmp/bench/server-child.mjs');
  await build(bundleOptions('bench/server-child.ts', outfile));
  return outfile;
}

export async function startChild(env: Record<string, string>): Promise<Child> {
  const child = fork(await bundleServerChild(), [], {
    cwd: root,
    env: { ...process.env, ...env },
    // BENCH_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") profiles the server under load.
    execArgv: process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  await new Promise<void>((resolve, reject) => {
    child.on('message', (m: { ready?: boolean; id?: number; result?: unknown; error?: string }) => {
      if (m.ready) return resolve();
      const p = m.id === undefined ? undefined : pending.get(m.id);
      if (!p) return;
      pending.delete(m.id!);
      if (m.error) p.reject(new Error(m.error));
      else p.resolve(m.result);
    });
    child.on('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  return {
    call<T>(cmd: string, extra: Record<string, unknown> = {}) {
      const id = nextId++;
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
        child.send({ id, cmd, ...extra });
      });
    },
    exited,
    kill: () => child.kill('SIGTERM'),
  };
}

/** A server database per scale (`netwerkregie_bench_<scale>`), created once and reused by later runs. */
export async function serverDatabaseUrl(scale: ScaleName): Promise<string> {
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error('--db server needs DATABASE_URL (a role that may create databases)');
  const name = `netwerkregie_bench_${scale}`;
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  try {
    const exists = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount === 0) await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Requests the bench sends: the CSRF header and JSON. */
export const BENCH_HEADERS = { 'x-requested-with': 'netwerkregie', 'content-type': 'application/json' };
/** The bench's own account; the server child makes it coordinator of every demo network. */
export const BENCH_ADMIN = {
  name: 'Bench Beheerder',
  email: 'bench@voorbeeld.nl',
  password: 'een lange zin om te meten hoe snel',
};

/** Sets the installation up once (or reuses it), grants the bench account every demo network, signs in: the headers. */
export async function signInBenchAccount(child: Child, url: string): Promise<Record<string, string>> {
  const headers = BENCH_HEADERS;
  const admin = BENCH_ADMIN;
  const status = (await (await fetch(`${url}/api/setup/status`)).json()) as { needsSetup?: boolean };
  if (status.needsSetup !== false) {
    const res = await fetch(`${url}/api/setup`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ admin, network: { name: 'Meetnetwerk' }, loadDemo: false }),
    });
    if (res.status !== 201) throw new Error(`setup: ${res.status} ${await res.text()}`);
  }
  await child.call('grant');
  const login = await fetch(`${url}/api/session/login`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ email: admin.email, password: admin.password }),
  });
  if (login.status !== 200) throw new Error(`login: ${login.status} ${await login.text()}`);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { cookie, ...headers };
}
