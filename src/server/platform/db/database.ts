// One way to reach PostgreSQL, embedded or server: a node-postgres Pool wrapped by Drizzle.
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { PgTransaction } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema.js';

export type Schema = typeof schema;
/** The database handle every repository and service receives; a transaction has the same type. */
export type Db = NodePgDatabase<Schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

/**
 * Runs independent reads side by side on the pool (each on a connection of its own), but one after another inside a
 * transaction: a transaction is one connection, where pg would queue them itself ("Calling client.query() when the client
 * is already executing a query", deprecated and gone in pg 9).
 */
export async function readTogether<T extends readonly unknown[]>(
  q: DbOrTx,
  reads: { [K in keyof T]: () => Promise<T[K]> },
): Promise<T> {
  if (!(q instanceof PgTransaction)) return (await Promise.all(reads.map((read) => read()))) as unknown as T;
  const results: unknown[] = [];
  for (const read of reads) results.push(await read());
  return results as unknown as T;
}

export interface Database {
  db: Db;
  pool: pg.Pool;
  kind: 'embedded' | 'server';
  close(): Promise<void>;
}

/**
 * Settings every connection starts with. The search's typo tolerance: pg_trgm's word similarity above which a typed word
 * counts as a typo of a word in a name (its default of 0.6 misses "bakkrij"). Set per connection rather than per query, so
 * that a search needs no transaction and no extra round trips.
 */
export const SESSION_SETTINGS = { 'pg_trgm.word_similarity_threshold': '0.4' } as const;

export function openDatabase(connection: pg.PoolConfig, kind: Database['kind']): Database {
  const settings = Object.entries(SESSION_SETTINGS).map(([name, value]) => `-c ${name}=${value}`);
  const options = [connection.options, ...settings].filter(Boolean).join(' ');
  const pool = new pg.Pool({ max: 10, ...connection, options });
  // An idle client that loses its server must not crash the process; the next query reports the error instead.
  pool.on('error', () => undefined);
  const db = drizzle(pool, { schema, casing: undefined });
  return {
    db,
    pool,
    kind,
    async close() {
      await untilIdle(pool);
      await pool.end();
    },
  };
}

/**
 * Waits (at most `limitMs`) until no connection has been in use for `quietMs`. A request whose client went away is no
 * longer counted by the HTTP server when it closes, but its handler still runs its queries; ending the pool under it would
 * fail them ("Cannot use a pool after calling end on the pool").
 */
async function untilIdle(pool: pg.Pool, limitMs = 5_000, quietMs = 100) {
  const deadline = Date.now() + limitMs;
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    if (pool.totalCount > pool.idleCount || pool.waitingCount > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= quietMs) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
