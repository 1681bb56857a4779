// Starts a whole Netwerkregie: configuration, database (embedded or server), migrations, auth, mail and the HTTP server.
// Used by main.ts (the process) and by the end-to-end tests (in-process, with their own env).
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { buildApp, type App } from './app.js';
import { createAuthMailer } from './modules/session/session.mail.js';
import { createAuth } from './platform/auth.js';
import { loadConfig, type Config } from './platform/config.js';
import { connectDatabase, type ConnectedDatabase } from './platform/db/connect.js';
import { runMigrations } from './platform/db/migrate.js';
import { acquireInstanceLock, type InstanceLock } from './platform/instance-lock.js';
import { deferJobs, startJobs } from './platform/jobs.js';
import { createCacheSync } from './platform/cache-sync.js';
import { createMailer } from './platform/mail.js';

/** How long a stop waits for requests in flight before it closes their connections. */
const REQUEST_GRACE_MS = 10_000;

export interface RunningNetwerkregie {
  url: string;
  app: App;
  config: Config;
  database: ConnectedDatabase;
  /** Settles once the work that starts after `listen` (the job queue) has started; rejects if it could not start. */
  background: Promise<void>;
  stop(): Promise<void>;
}

/** The secret that signs session cookies: AUTH_SECRET, or one generated once and kept in DATA_DIR. */
export function resolveAuthSecret(config: Config): string {
  if (config.authSecret) return config.authSecret;
  fs.mkdirSync(config.dataDir, { recursive: true });
  const file = path.join(config.dataDir, 'auth-secret');
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
  return fs.readFileSync(file, 'utf8').trim();
}

async function freePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Opens database and services without HTTP: for the CLI and for tests. */
export async function openServices(config: Config) {
  const lock: InstanceLock | undefined = config.databaseUrl ? undefined : acquireInstanceLock(config.dataDir);
  let database: ConnectedDatabase | undefined;
  try {
    database = await connectDatabase(config);
    const migration = await runMigrations(database.pool);
    return { lock, database, migration };
  } catch (error) {
    await database?.close();
    lock?.release();
    throw error;
  }
}

export async function startNetwerkregie(env: Record<string, string | undefined>): Promise<RunningNetwerkregie> {
  const config = loadConfig(env);
  const port = config.port === 0 ? await freePort(config.host) : config.port;
  const publicUrl = config.publicUrl ?? `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  const { lock, database, migration } = await openServices(config);
  const db = database.db;
  try {
    const mailer = await createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom });
    const auth = createAuth({
      db,
      secret: resolveAuthSecret(config),
      baseUrl: publicUrl,
      secureCookies: config.cookieSecure ?? publicUrl.startsWith('https://'),
      mailer: createAuthMailer({ db: () => db, mailer, publicUrl }),
    });
    // The job queue starts after the server listens (cold start): the app registers its workers on this stand-in now.
    const jobs = deferJobs(() =>
      startJobs({ pool: database.pool, onError: (error) => console.error('jobs:', error.message) }),
    );
    // With DATABASE_URL other app servers may share the database: count their writes (decision 019). The embedded default
    // is one process by its instance lock, so it needs none.
    let app: App | undefined;
    const cacheSync = config.databaseUrl
      ? createCacheSync({
          pool: database.pool,
          onRemoteWrite: () => {
            app?.actorCache.clear();
            app?.readCache.clear();
          },
        })
      : undefined;
    try {
      app = await buildApp({ config, database, auth, mailer, migration, publicUrl, jobs, cacheSync });
    } catch (error) {
      await jobs.stop();
      throw error;
    }
    const built = app;
    await built.listen({ port, host: config.host });
    lock?.setUrl(publicUrl);
    const background = jobs.begin();
    background.catch(() => undefined); // the caller decides (main.ts stops the process)
    let stopping: Promise<void> | undefined;
    return {
      url: `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`,
      app: built,
      config,
      database,
      background,
      stop() {
        // The order matters: stop accepting and let the requests in flight finish (fastify's close waits for them and
        // closes idle keep-alive connections; one that is still busy after the grace period is cut), then stop the job
        // workers (they wait for their handlers and for every statement under way), and only then end the pool.
        stopping ??= (async () => {
          // Readiness first: /api/health/ready answers 503 while the server still serves, so a load balancer takes this
          // process out of rotation (SHUTDOWN_DELAY_MS, a few of its check intervals) before it stops accepting.
          built.readiness.draining = true;
          if (config.shutdownDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, config.shutdownDelayMs));
          const grace = setTimeout(() => built.server.closeAllConnections(), REQUEST_GRACE_MS);
          grace.unref();
          try {
            await built.close();
          } finally {
            clearTimeout(grace);
          }
          await jobs.stop();
          mailer.close();
          await database.close();
          lock?.release();
        })();
        return stopping;
      },
    };
  } catch (error) {
    await database.close();
    lock?.release();
    throw error;
  }
}
