// Global setup for the end-to-end tests. Against a PostgreSQL server (DATABASE_URL) the server's test setup prepares the
// template that each test file clones; with the embedded database every test file starts its own, so nothing is needed.
import type { TestProject } from 'vitest/node';

let teardownServerSetup: (() => Promise<void>) | undefined;

export async function setup(project: TestProject) {
  if (!process.env.DATABASE_URL) return;
  const serverSetup = await import('../../src/server/test/global-setup.js');
  await serverSetup.setup(project);
  teardownServerSetup = serverSetup.teardown;
}

export async function teardown() {
  await teardownServerSetup?.();
}
