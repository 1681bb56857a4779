// Opens the database the configuration asks for: the embedded server under DATA_DIR by default, or DATABASE_URL.
// Both paths end in the same pg Pool, migrations and code.
import pg from 'pg';
import type { Config } from '../config.js';
import { openDatabase, type Database } from './database.js';
import { DB_USER, PG_PORT, chooseSocketDir, startEmbeddedPostgres, type EmbeddedServer } from './embedded-postgres.js';

const EMBEDDED_DATABASE = 'netwerkregie';

export interface ConnectedDatabase extends Database {
  embedded: EmbeddedServer | undefined;
}

export async function connectDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir'>,
  onLog?: (line: string) => void,
): Promise<ConnectedDatabase> {
  if (config.databaseUrl) {
    const database = openDatabase({ connectionString: config.databaseUrl }, 'server');
    return { ...database, embedded: undefined };
  }
  const embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, ...(onLog ? { onLog } : {}) });
  try {
    const base = { host: embedded.socketDir, port: embedded.port, user: embedded.user };
    const admin = new pg.Client({ ...base, database: 'postgres' });
    await admin.connect();
    try {
      const exists = await admin.query('select 1 from pg_database where datname = $1', [EMBEDDED_DATABASE]);
      if (exists.rowCount === 0) await admin.query(`create database ${EMBEDDED_DATABASE}`);
    } finally {
      await admin.end();
    }
    const database = openDatabase({ ...base, database: EMBEDDED_DATABASE }, 'embedded');
    return {
      ...database,
      embedded,
      async close() {
        await database.close();
        await embedded.stop();
      },
    };
  } catch (error) {
    await embedded.stop();
    throw error;
  }
}

/** Connects to the embedded server that a running Netwerkregie started on this DATA_DIR (for the CLI while the app runs). */
export function attachToRunningEmbedded(dataDir: string): ConnectedDatabase {
  const database = openDatabase(
    { host: chooseSocketDir(dataDir), port: PG_PORT, user: DB_USER, database: EMBEDDED_DATABASE },
    'embedded',
  );
  return { ...database, embedded: undefined };
}
