// Starts a whole Netwerkregie for one test file: a random port, its own data directory (embedded PostgreSQL), or a fresh
// database on the server named by DATABASE_URL. The server serves the built web app, so run `npx vite build` first.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startNetwerkregie } from '../../src/server/start.js';
import { testLogFile } from '../../src/server/test/test-log.js';

// E2E_WEB_DIST lets a run use its own build (e.g. `npx vite build --outDir ../../.tmp/web-e2e`), safe from a rebuild of
// dist/web by someone else halfway through the run.
const webDist = process.env.E2E_WEB_DIST
  ? path.resolve(process.env.E2E_WEB_DIST)
  : fileURLToPath(new URL('../../dist/web', import.meta.url));

export interface TestServer {
  url: string;
  stop(): Promise<void>;
}

/** `env` adds settings, e.g. `SMTP_URL` of a test SMTP server (src/server/modules/mailings/smtp-test-server.ts). */
export async function startTestServer(options: { env?: Record<string, string> } = {}): Promise<TestServer> {
  if (!fs.existsSync(path.join(webDist, 'index.html'))) {
    throw new Error(`${webDist}/index.html is missing: run \`npx vite build\` before the end-to-end tests`);
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nr-e2e-data-'));
  const env: Record<string, string | undefined> = {
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    WEB_DIST: webDist,
    // Info level, as in production, into the test log directory that the log scan of the test run reads.
    LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'info',
    LOG_FILE: testLogFile('e2e'),
    // The tests sign in more often than a person would; keep the limiter from getting in the way.
    LOGIN_RATE_LIMIT: '50',
    ...options.env,
  };
  let dropDatabase: (() => Promise<void>) | undefined;
  if (process.env.DATABASE_URL) {
    const { createTestDatabaseUrl } = await import('../../src/server/test/test-database.js');
    const database = await createTestDatabaseUrl();
    env.DATABASE_URL = database.url;
    dropDatabase = database.drop;
  }
  const server = await startNetwerkregie(env);
  return {
    url: server.url,
    async stop() {
      await server.stop();
      await dropDatabase?.();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
