import { defineConfig } from 'vitest/config';

// End-to-end tests: a real server (src/server/start.ts) serving the built web app (dist/web), driven in Debian's Chromium.
// Run `npx vite build` first. Files run one after another: each starts its own server and browser.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    pool: 'forks',
    globalSetup: ['e2e/support/global-setup.ts'],
  },
});
