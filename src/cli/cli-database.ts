// How a CLI command reaches the database: DATABASE_URL; or the embedded server of a Netwerkregie that is running on this
// DATA_DIR; or, when none runs, an embedded server of its own for the length of the command.
import { loadConfig, type Config } from '../server/platform/config.js';
import { attachToRunningEmbedded, connectDatabase, type ConnectedDatabase } from '../server/platform/db/connect.js';
import { runMigrations } from '../server/platform/db/migrate.js';
import { acquireInstanceLock, InstanceLockedError } from '../server/platform/instance-lock.js';

export async function withCliDatabase<T>(
  run: (database: ConnectedDatabase, config: Config) => Promise<T>,
  options: { migrate?: boolean } = {},
): Promise<T> {
  const config = loadConfig(process.env);
  if (config.databaseUrl) {
    const database = await connectDatabase(config);
    try {
      if (options.migrate !== false) await runMigrations(database.pool);
      return await run(database, config);
    } finally {
      await database.close();
    }
  }
  let lock;
  try {
    lock = acquireInstanceLock(config.dataDir);
  } catch (error) {
    if (!(error instanceof InstanceLockedError)) throw error;
    const attached = attachToRunningEmbedded(config.dataDir);
    try {
      return await run(attached, config);
    } finally {
      await attached.close();
    }
  }
  try {
    const database = await connectDatabase(config);
    try {
      if (options.migrate !== false) await runMigrations(database.pool);
      return await run(database, config);
    } finally {
      await database.close();
    }
  } finally {
    lock.release();
  }
}
