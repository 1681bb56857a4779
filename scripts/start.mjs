#!/usr/bin/env node
// `npm start`: builds once if there is no build yet (npm install builds through `prepare`), then runs the server.
// Developers who change code use `npm run dev` or `npm run build`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = ['dist/server/main.js', 'dist/web/index.html'].every((f) =>
  existsSync(new URL(`../${f}`, import.meta.url)),
);
if (!built) {
  console.log('Netwerkregie wordt eerst gebouwd (eenmalig)…');
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
await import('../dist/server/main.js');
