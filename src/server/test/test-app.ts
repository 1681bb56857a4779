// A real app over a real (fresh) database for route tests: `app.inject` exercises routing, validation, permissions,
// services and SQL together. Mail goes to the outbox table unless an SMTP URL is given.
import { buildApp, type App } from '../app.js';
import { createAuthMailer } from '../modules/session/session.mail.js';
import { createAuth } from '../platform/auth.js';
import { loadConfig, type Config } from '../platform/config.js';
import { latestMigration } from '../platform/db/migrate.js';
import { startJobs, type Jobs } from '../platform/jobs.js';
import { createMailer } from '../platform/mail.js';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '../platform/http.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';
import { testLogFile } from './test-log.js';

export interface TestApp {
  app: App;
  database: TestDatabase;
  config: Config;
  /** The job queue, with `{ jobs: true }`: a test may stop it as a shutdown would. */
  jobs: Jobs | undefined;
  close(): Promise<void>;
}

export async function createTestApp(
  env: Record<string, string> = {},
  options: { jobs?: boolean } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  // Logs at info level, as in production, to a file that the log scan of the test run reads (src/server/security/log-scan.*).
  const config = loadConfig({ LOG_LEVEL: 'info', LOG_FILE: testLogFile('route'), ...env });
  const publicUrl = 'http://localhost:3000';
  const mailer = await createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom });
  const auth = createAuth({
    db: database.db,
    secret: 'test-secret-test-secret-test-secret-0123',
    baseUrl: publicUrl,
    secureCookies: false,
    mailer: createAuthMailer({ db: () => database.db, mailer, publicUrl }),
  });
  const jobs: Jobs | undefined = options.jobs
    ? await startJobs({ pool: database.pool, pollingIntervalSeconds: 0.5 })
    : undefined;
  const app = await buildApp({ config, database, auth, mailer, migration: latestMigration(), publicUrl, jobs });
  await app.ready();
  return {
    app,
    database,
    config,
    jobs,
    async close() {
      await app.close();
      await jobs?.stop();
      mailer.close();
      await database.close();
    },
  };
}

/** Headers a browser running our web app sends on a state-changing request. */
export const writeHeaders = { [CSRF_HEADER]: CSRF_HEADER_VALUE } as const;
