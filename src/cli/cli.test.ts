// The command line against a real database: the embedded default in a temporary DATA_DIR, or (in the server run) a fresh
// database on the PostgreSQL server. Covers migrate, create-admin, demo, backup and restore as an operator uses them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tableChecksums } from '../server/modules/backup/backup.service.js';
import { connectDatabase } from '../server/platform/db/connect.js';
import { createTestDatabaseUrl } from '../server/test/test-database.js';
import { runCli } from './main.js';

const serverMode = Boolean(process.env.DATABASE_URL);
const dirs: string[] = [];
const drops: (() => Promise<void>)[] = [];

/** A fresh target: a temp data dir (embedded) or a fresh database URL (server). */
async function freshTarget(): Promise<Record<string, string>> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nr-cli-'));
  dirs.push(dataDir);
  if (!serverMode) return { DATA_DIR: dataDir, DATABASE_URL: '' };
  const db = await createTestDatabaseUrl();
  drops.push(db.drop);
  return { DATA_DIR: dataDir, DATABASE_URL: db.url };
}

async function cli(env: Record<string, string>, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  const changes: Record<string, string> = { ...env, LOG_LEVEL: 'silent' };
  const saved = Object.fromEntries(Object.keys(changes).map((k) => [k, process.env[k]]));
  Object.assign(process.env, changes);
  process.exitCode = undefined;
  try {
    const code = await runCli(args);
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    process.exitCode = undefined;
    log.mockRestore();
    error.mockRestore();
  }
}

async function withPool<T>(env: Record<string, string>, use: (pool: pg.Pool) => Promise<T>): Promise<T> {
  if (env.DATABASE_URL) {
    const pool = new pg.Pool({ connectionString: env.DATABASE_URL });
    try {
      return await use(pool);
    } finally {
      await pool.end();
    }
  }
  const database = await connectDatabase({ dataDir: env.DATA_DIR!, databaseUrl: undefined });
  try {
    return await use(database.pool);
  } finally {
    await database.close();
  }
}

const checksums = (env: Record<string, string>) => withPool(env, tableChecksums);

/** Every byte value once, so a document's bytes (bytea) must survive the JSON of a backup exactly. */
const allBytes = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
const documentBytes = (env: Record<string, string>) =>
  withPool(env, async (pool) => {
    const { rows } = await pool.query<{ content: Buffer }>(
      `select content from document where file_name = 'bytes.pdf'`,
    );
    return rows[0]?.content;
  });

let source: Record<string, string>;
beforeAll(async () => {
  source = await freshTarget();
});
afterAll(async () => {
  for (const drop of drops) await drop();
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe('netwerkregie CLI', () => {
  it('--help lists the commands in Dutch', async () => {
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const result = await cli({}, '--help');
    const printed = write.mock.calls.map((c) => String(c[0])).join('');
    write.mockRestore();
    expect(result.code).toBe(0);
    for (const command of ['migrate', 'create-admin', 'demo', 'backup', 'restore', 'advise']) {
      expect(printed).toContain(command);
    }
    expect(printed).toContain('toon hulp bij dit commando');
  });

  it('migrate, create-admin and demo build a working installation', async () => {
    expect((await cli(source, 'migrate')).out).toMatch(/Database is bijgewerkt \(\d{4}_\w+, (ingebouwd|server)\)/);
    const weak = await cli(
      source,
      'create-admin',
      '--email',
      'beheer@example.nl',
      '--name',
      'Beheer',
      '--password',
      'kort',
    );
    expect(weak.code).toBe(2);
    expect(weak.err).toContain('minstens 12 tekens');
    const admin = await cli(
      source,
      'create-admin',
      '--email',
      'beheer@example.nl',
      '--name',
      'Beheer',
      '--password',
      'een-lang-beheerderswachtwoord',
    );
    expect(admin.code, admin.err).toBe(0);
    const demo = await cli(source, 'demo', '--seed', '7', '--coordinator', 'beheer@example.nl');
    expect(demo.code, demo.err).toBe(0);
    expect(demo.out).toMatch(/Demonetwerk ".+\(demo\)" is geladen/);
    expect(demo.out).toMatch(/organisations: \d+/);
    const again = await cli(source, 'demo', '--seed', '7');
    expect(again.code).toBe(2);
    expect(again.err).toContain('bestaat al');
    const badSeed = await cli(source, 'demo', '--seed', 'abc');
    expect(badSeed.code).toBe(2);
  });

  it('backup and restore give identical data; restoring over data is refused unless forced', async () => {
    const file = path.join(dirs[0]!, 'backup.json.gz');
    await withPool(source, (pool) =>
      pool.query(
        `insert into document (network_id, owner_kind, title, category, file_name, media_type, size, sha256, content)
         select id, 'library', 'Alle bytes', 'template', 'bytes.pdf', 'application/pdf', 256, 'x', $1 from network limit 1`,
        [allBytes],
      ),
    );
    const progress: string[] = [];
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      progress.push(String(chunk));
      return true;
    });
    const backup = await cli(source, 'backup', file).finally(() => stderr.mockRestore());
    expect(backup.code, backup.err).toBe(0);
    expect(fs.existsSync(file)).toBe(true);
    // Streamed with progress: the last progress line has every table done and all rows the result line counts.
    const summary = /: (\d+) tabellen, (\d+) rijen/.exec(backup.out)!;
    expect(progress.join('')).toContain(`Backup: ${summary[1]}/${summary[1]} tabellen, ${summary[2]} rijen`);
    expect(Number(summary[2])).toBeGreaterThan(100);

    const target = await freshTarget();
    await cli(target, 'migrate');
    const restore = await cli(target, 'restore', file);
    expect(restore.code, restore.err).toBe(0);
    expect(await checksums(target)).toEqual(await checksums(source));
    expect((await documentBytes(target))?.equals(allBytes)).toBe(true);

    const refused = await cli(target, 'restore', file);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('--force');
    const forced = await cli(target, 'restore', file, '--force');
    expect(forced.code, forced.err).toBe(0);
    expect(await checksums(target)).toEqual(await checksums(source));
  });

  it('reports a missing backup file clearly', async () => {
    const result = await cli(source, 'restore', '/bestaat/niet.json.gz');
    expect(result.code).toBe(2);
    expect(result.err).toBe('Het bestand /bestaat/niet.json.gz bestaat niet.');
  });
});
