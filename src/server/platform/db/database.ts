// One way to reach PostgreSQL, embedded or server: a node-postgres Pool wrapped by Drizzle.
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema.js';

export type Schema = typeof schema;
/** The database handle every repository and service receives; a transaction has the same type. */
export type Db = NodePgDatabase<Schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export interface Database {
  db: Db;
  pool: pg.Pool;
  kind: 'embedded' | 'server';
  close(): Promise<void>;
}

export function openDatabase(connection: pg.PoolConfig, kind: Database['kind']): Database {
  const pool = new pg.Pool({ max: 10, ...connection });
  // An idle client that loses its server must not crash the process; the next query reports the error instead.
  pool.on('error', () => undefined);
  const db = drizzle(pool, { schema, casing: undefined });
  return {
    db,
    pool,
    kind,
    async close() {
      await pool.end();
    },
  };
}
