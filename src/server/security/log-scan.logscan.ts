// The last step of `npm test` (vitest.logscan.config.ts): scans the logs that the test servers of this run wrote at info
// level (TEST_LOG_DIR, default .test-logs/) for secrets and personal data. No logs to scan is a failure, not a pass.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { testLogDir } from '../test/test-log.js';
import { collectKnown, scanLogDir, summariseLogDir, type Finding, type Rule } from './log-scan.js';

const dir = testLogDir();
const known = collectKnown(path.resolve(import.meta.dirname, '../../..'));
const summary = summariseLogDir(dir);
const findings = scanLogDir(dir, known);
console.log(
  `Log scan: ${summary.files.length} files, ${summary.lines} lines, ${summary.requests} requests in ${dir}; ` +
    `${known.passwords.length} test passwords and ${known.names.length} names looked for; ${findings.length} findings.`,
);

function report(list: Finding[]): string {
  return list
    .slice(0, 10)
    .map((f) => `${f.file}:${f.line} ${f.match}`)
    .join('\n');
}

describe('logs of the test run', () => {
  it('exist: the test servers logged the requests of this run', () => {
    expect(summary.files.length, `no log files in ${dir}`).toBeGreaterThan(0);
    expect(summary.requests, `too few logged requests in ${dir}`).toBeGreaterThanOrEqual(20);
  });

  it.each<[Rule, string]>([
    ['password', 'no test password'],
    ['cookie-or-authorization', 'no session cookie, set-cookie or authorization header'],
    ['link-token', 'no invitation, mail-link, calendar, sign-in or reset token'],
    ['email', 'no e-mail address'],
    ['person-name', 'no candidate or person first name from the fixtures and the demo'],
    ['bsn', 'no number that passes the eleven-test (BSN)'],
  ])('%s: %s', (rule) => {
    const hits = findings.filter((f) => f.rule === rule);
    expect(hits.length, report(hits)).toBe(0);
  });
});
