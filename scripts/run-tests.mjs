#!/usr/bin/env node
// `npm test`: every test — unit, route and service tests (Vitest, real PostgreSQL) and end-to-end tests (real Chromium) —
// against the embedded default, or against the PostgreSQL server in DATABASE_URL — and then a scan of the logs those tests
// wrote. Prints one closing line
// `N passed, N failed, N skipped` and fails when anything failed or was skipped (a skipped test proves nothing).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unhandledErrors } from './unhandled-errors.mjs';

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nr-test-report-'));
// The test servers log at info level into TEST_LOG_DIR; it starts empty, and the last suite scans it for secrets and
// personal data (src/server/security/log-scan.logscan.ts).
const logDir = path.resolve(root, process.env.TEST_LOG_DIR ?? '.test-logs');
fs.rmSync(logDir, { recursive: true, force: true });
fs.mkdirSync(logDir, { recursive: true });
process.env.TEST_LOG_DIR = logDir;
const target = process.env.DATABASE_URL ? 'PostgreSQL-server (DATABASE_URL)' : 'ingebouwde PostgreSQL';
console.log(`\n== Netwerkregie tests tegen ${target} ==\n`);

function run(cmd, args, env = {}) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

// The end-to-end tests use the built web app.
if (run('npx', ['vite', 'build', '--logLevel', 'warn']) !== 0) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}

/**
 * Runs one Vitest suite with its output shown as it comes, and keeps the end of that output: Vitest exits 1 on an
 * unhandled error even when every test passed, and its JSON report does not mention it, so that block is read from here.
 */
function runSuite(args) {
  return new Promise((resolve) => {
    const child = spawn('npx', args, {
      cwd: root,
      stdio: ['inherit', 'pipe', 'pipe'],
      env: { ...process.env, ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}) },
    });
    let tail = '';
    const keep = (chunk) => {
      tail += chunk.toString('utf8');
      if (tail.length > 2_000_000) tail = tail.slice(-1_000_000);
    };
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      keep(chunk);
    });
    child.stderr.on('data', (chunk) => {
      process.stderr.write(chunk);
      keep(chunk);
    });
    child.on('close', (code) => resolve({ status: code ?? 1, output: tail }));
  });
}

// TEST_E2E_FILES (space-separated paths) limits the end-to-end run to those files. CI uses it for its second run, against
// the PostgreSQL server: every end-to-end test already ran on the embedded default, and what differs between the two
// databases is covered there by the unit, route and service tests, which run in full (docs/decisions/023-ci-time.md).
const e2eFiles = (process.env.TEST_E2E_FILES ?? '').split(/\s+/).filter(Boolean);
for (const file of e2eFiles) {
  if (!fs.existsSync(path.join(root, file))) {
    console.log(`TEST_E2E_FILES names ${file}, which does not exist.`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}
const suites = [
  { name: 'unit+route', args: ['vitest', 'run'] },
  { name: 'e2e', args: ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...e2eFiles] },
  // Last: the logs the runs above wrote must hold no secrets or personal data.
  { name: 'logscan', args: ['vitest', 'run', '--config', 'vitest.logscan.config.ts'] },
];
const only = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
let exitCode = 0;
/** What failed, repeated at the end so that the tail of a long CI log says which test failed and why. */
const failures = [];
for (const suite of suites) {
  if (only.length > 0 && !only.includes(suite.name)) continue;
  const report = path.join(reportDir, `${suite.name}.json`);
  const failedBefore = failed;
  const { status, output } = await runSuite([
    ...suite.args,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  if (status !== 0) exitCode = 1;
  // An error outside any test (an unhandled rejection) fails the run: counted and named, so the closing line says so.
  const unhandled = unhandledErrors(output);
  if (unhandled.count > 0) {
    failed += unhandled.count;
    failures.push(`${suite.name}: Vitest caught ${unhandled.count} unhandled error(s): ${shorten(unhandled.text)}`);
  }
  if (!fs.existsSync(report)) {
    console.error(`Suite ${suite.name} wrote no report (exit ${status}).`);
    failed += 1;
    continue;
  }
  const json = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  skipped += json.numPendingTests + json.numTodoTests;
  // A file that failed to load counts as a failure even when it reported no tests.
  const brokenFiles = json.testResults.filter((r) => r.status === 'failed' && r.assertionResults.length === 0);
  failed += brokenFiles.length;
  for (const file of json.testResults) {
    const where = path.relative(root, file.name);
    if (file.status === 'failed' && file.assertionResults.length === 0)
      failures.push(`${where}: ${shorten(file.message)}`);
    for (const test of file.assertionResults) {
      if (test.status !== 'failed') continue;
      const title = [...test.ancestorTitles, test.title].join(' › ');
      failures.push(`${where} › ${title}: ${shorten(test.failureMessages.join(' | '))}`);
    }
  }
  // A non-zero exit that none of the above explains still fails the run, and the closing line must not say "0 failed".
  if (status !== 0 && failed === failedBefore) {
    failed += 1;
    failures.push(`${suite.name}: Vitest exited with code ${status} though no test failed (see its output above)`);
  }
}

function shorten(text = '') {
  const plain = String(text)
    // eslint-disable-next-line no-control-regex -- terminal colour codes
    .replace(/\u001b\[[0-9;]*m/g, '')
    .split('\n')
    .filter((line) => !/^\s*at .*(node_modules|<anonymous>|node:internal)/.test(line))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length > 1500 ? `${plain.slice(0, 1500)} …` : plain;
}
fs.rmSync(reportDir, { recursive: true, force: true });
if (skipped > 0) {
  console.error(`${skipped} test(s) were skipped or left as todo; every test must run.`);
  exitCode = 1;
}
if (failures.length > 0) {
  console.log(`\nMislukt (${failures.length}):`);
  for (const failure of failures) console.log(`- ${failure}`);
}
if (process.env.TEST_SUMMARY_FILE) {
  fs.writeFileSync(process.env.TEST_SUMMARY_FILE, JSON.stringify({ passed, failed, skipped, failures }));
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(exitCode || (failed > 0 ? 1 : 0));
