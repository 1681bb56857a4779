// Applies the committed SQL migrations (drizzle/) at start and from `netwerkregie migrate`. A PostgreSQL advisory lock keeps two
// processes against the same server from migrating at once.
import { sql } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/node-postgres';
import type pg from 'pg';

/** drizzle/ at the package root; the same relative path from src/ and from dist/. */
export const MIGRATIONS_DIR = fileURLToPath(new URL('../../../../drizzle', import.meta.url));

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
