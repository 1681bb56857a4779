// Applies the committed SQL migrations (drizzle/) at start and from `netwerkregie migrate`. A PostgreSQL advisory lock keeps two
// processes against the same server from migrating at once.
import { sql } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import fs from 'node:fs';
import path from 'node:path';
import { drizzle } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import { PACKAGE_ROOT } from '../package-root.js';

/** drizzle/ at the package root (from src/, from dist/ and from the server bundle). */
export const MIGRATIONS_DIR = path.join(PACKAGE_ROOT, 'drizzle');

export async function runMigrations(pool: pg.Pool): Promise<string> {
  // Advisory locks belong to a session, so lock, migrate and unlock on one client.
  const client = await pool.connect();
  try {
    const db = drizzle(client);
    await db.execute(sql`select pg_advisory_lock(727274)`);
    try {
      await migrate(db, { migrationsFolder: MIGRATIONS_DIR });
    } finally {
      await db.execute(sql`select pg_advisory_unlock(727274)`);
    }
  } finally {
    client.release();
  }
  return latestMigration();
}

export function latestMigration(): string {
  const journal = JSON.parse(fs.readFileSync(`${MIGRATIONS_DIR}/meta/_journal.json`, 'utf8')) as {
    entries: { tag: string }[];
  };
  return journal.entries.at(-1)?.tag ?? 'none';
}

/** How many migrations this version of the app knows (and expects applied). */
export function latestMigrationCount(): number {
  const journal = JSON.parse(fs.readFileSync(`${MIGRATIONS_DIR}/meta/_journal.json`, 'utf8')) as { entries: unknown[] };
  return journal.entries.length;
}
