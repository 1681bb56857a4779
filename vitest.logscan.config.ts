import { defineConfig } from 'vitest/config';

// The log scan: runs after the unit, route and end-to-end tests (scripts/run-tests.mjs) over the logs their servers wrote
// (TEST_LOG_DIR, default .test-logs/). Needs no database.
export default defineConfig({
  test: {
    include: ['src/**/*.logscan.ts'],
    environment: 'node',
    testTimeout: 120_000,
  },
});
