// `npm test` counts errors that Vitest caught outside any test: they made CI fail (exit 1) while its closing line said
// "0 failed". The sample is Vitest's own output from that run, colours included.
import { describe, expect, it } from 'vitest';
import { unhandledErrors } from './unhandled-errors.mjs';

const bar = (text: string) => `\u001b[31m⎯⎯⎯⎯⎯⎯ ${text} ⎯⎯⎯⎯⎯⎯\u001b[39m`;
const vitestOutput = [
  ' \u001b[32m✓\u001b[39m src/core/candidates/safe-text.test.ts (2 tests) 12ms',
  bar('Unhandled Errors'),
  '',
  '\u001b[31m\u001b[1mVitest caught 1 unhandled error during the test run.\u001b[22m',
  'This might cause false positive tests. Resolve unhandled errors to make sure your tests are not affected.\u001b[39m',
  '',
  bar('Unhandled Rejection'),
  "\u001b[31m\u001b[1mTypeError\u001b[22m: Cannot read properties of undefined (reading 'count')\u001b[39m",
  ' ❯ Manager.mapCommandResponse node_modules/pg-boss/src/manager.js:477:65',
  '',
  'This error originated in "src/server/platform/jobs.test.ts" test file.',
  '⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯',
  '',
  ' Test Files  132 passed (132)',
  '      Tests  2226 passed (2226)',
  '     Errors  1 error',
].join('\n');

describe('unhandled errors in Vitest output', () => {
  it('counts them and keeps the block that says what and where, without the summary', () => {
    const found = unhandledErrors(vitestOutput);
    expect(found.count).toBe(1);
    expect(found.text).toContain("TypeError: Cannot read properties of undefined (reading 'count')");
    expect(found.text).toContain('src/server/platform/jobs.test.ts');
    expect(found.text).not.toContain('Test Files');
    expect(found.text).not.toContain('\u001b[');
  });

  it('reads several errors', () => {
    expect(unhandledErrors(vitestOutput.replace('caught 1 unhandled error', 'caught 3 unhandled errors')).count).toBe(
      3,
    );
  });

  it('finds none in a clean run', () => {
    const clean = vitestOutput
      .split('\n')
      .filter((line, i) => i === 0 || line.includes('Test Files'))
      .join('\n');
    expect(unhandledErrors(clean)).toEqual({ count: 0, text: '' });
  });
});
