#!/usr/bin/env node
// `npm install` / `npm ci` run this (the `prepare` script): a checkout with its development tools builds the app, so that the
// README's `npm install && npm start` just works. A production install (`npm ci --omit=dev`) has no TypeScript, esbuild or
// Vite; there the build made before (`npm run build`, then `npm ci --omit=dev` or `npm prune --omit=dev`) is kept as it is.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

function installed(name) {
  try {
    require.resolve(`${name}/package.json`, { paths: [root] });
    return true;
  } catch {
    return false;
  }
}

const built = ['dist/server/main.js', 'dist/cli/main.js', 'dist/web/index.html'].every((f) =>
  existsSync(new URL(`../${f}`, import.meta.url)),
);
if (!['typescript', 'esbuild', 'vite'].every(installed)) {
  if (built) {
    console.log(
      'Netwerkregie: productie-installatie zonder ontwikkelhulpmiddelen; de bestaande build in dist/ wordt gebruikt.',
    );
    process.exit(0);
  }
  console.error(
    'Netwerkregie: geen build in dist/ en geen ontwikkelhulpmiddelen om te bouwen. Bouw eerst met `npm ci && npm run build`, ' +
      'en verwijder daarna de ontwikkelpakketten met `npm prune --omit=dev`.',
  );
  process.exit(1);
}
const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
