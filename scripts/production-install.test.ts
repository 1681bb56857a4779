// The production install path: after `npm run build`, `npm ci --omit=dev` (no TypeScript, no Vite) keeps the build, and
// `netwerkregie start` runs the app from it on the embedded database and serves the web app; the CLI runs. This is the path
// docs/operations.md describes (build, then install or prune without the development packages).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../src/server/test/server-process.js';

const root = path.resolve(import.meta.dirname, '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nr-prod-install-'));
// As root, the embedded PostgreSQL runs as the user `postgres`, which must reach its binaries under this folder.
fs.chmodSync(dir, 0o755);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('production install without development packages', () => {
  it('npm ci --omit=dev keeps the build, and the app and the CLI run from it', async () => {
    for (const entry of ['package.json', 'package-lock.json', 'bin', 'scripts', 'drizzle', 'dist']) {
      fs.cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
    }
    // The tests' own build is there (npm test builds the web app; the server and CLI come from `npm ci`'s prepare).
    for (const built of ['dist/server/main.js', 'dist/cli/main.js', 'dist/web/index.html']) {
      expect(fs.existsSync(path.join(dir, built)), built).toBe(true);
    }
    const install = spawnSync('npm', ['ci', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 360_000,
    });
    expect(install.status, install.stdout + install.stderr).toBe(0);
    expect(install.stdout).toContain('productie-installatie zonder ontwikkelhulpmiddelen');
    expect(fs.existsSync(path.join(dir, 'node_modules/typescript'))).toBe(false);

    const cli = spawnSync('node', ['bin/netwerkregie.js', '--help'], { cwd: dir, encoding: 'utf8' });
    expect(cli.status, cli.stderr).toBe(0);
    expect(cli.stdout).toContain('migrate');

    const port = await freePort();
    const server = spawn('node', ['bin/netwerkregie.js', 'start'], {
      cwd: dir,
      env: {
        ...process.env,
        PORT: String(port),
        DATA_DIR: path.join(dir, 'data'),
        LOG_LEVEL: 'warn',
        DATABASE_URL: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      let health: Response | undefined;
      for (let i = 0; i < 120 && !health?.ok; i += 1) {
        if (server.exitCode !== null) break;
        health = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(5000) }).catch(
          () => undefined,
        );
        if (!health?.ok) await new Promise((resolve) => setTimeout(resolve, 500));
      }
      expect(health?.ok, output).toBe(true);
      const page = await fetch(`http://127.0.0.1:${port}/`);
      expect(await page.text()).toContain('<html lang="nl">');
    } finally {
      if (server.exitCode === null) {
        const exited = new Promise((resolve) => server.once('exit', resolve));
        server.kill('SIGTERM');
        await exited;
      }
    }
  }, 480_000);
});
