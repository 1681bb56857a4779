import { connectDatabase } from '../src/server/platform/db/connect.js';
import { runMigrations } from '../src/server/platform/db/migrate.js';
const t0 = Date.now();
const db = await connectDatabase({ dataDir: '/tmp/nr-smoke', databaseUrl: undefined });
console.log('started', Date.now() - t0);
console.log(await runMigrations(db.pool), Date.now() - t0);
console.log((await db.pool.query('select version()')).rows[0]);
await db.close();
console.log('closed', Date.now() - t0);
