import { defineConfig } from 'vitest/config';

// Unit, service and route tests (and the bench's own pure helpers, bench/*.test.ts). End-to-end tests in Chromium have their own config (vitest.e2e.config.ts).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    globalSetup: ['src/server/test/global-setup.ts'],
    pool: 'forks',
  },
});
