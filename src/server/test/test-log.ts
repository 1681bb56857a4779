// Where the test servers write their logs: TEST_LOG_DIR, default `.test-logs/` in the repository (gitignored). One file per
// test process and kind; `npm test` empties the directory first and scans it last (src/server/security/log-scan.*).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function testLogDir(): string {
  return path.resolve(process.env.TEST_LOG_DIR ?? fileURLToPath(new URL('../../../.test-logs', import.meta.url)));
}

export function testLogFile(kind: 'route' | 'e2e'): string {
  return path.join(testLogDir(), `${kind}-${process.pid}.log`);
}
