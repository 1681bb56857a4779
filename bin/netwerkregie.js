#!/usr/bin/env node
// The `netwerkregie` command. Runs the compiled CLI (built by `npm install` through the prepare script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const compiled = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
if (!existsSync(compiled)) {
  console.error('Netwerkregie is nog niet gebouwd. Voer eerst `npm install` of `npm run build` uit.');
  process.exit(1);
}
const { runCli } = await import(compiled);
process.exitCode = await runCli(process.argv.slice(2));
