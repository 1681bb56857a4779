// Reads Vitest's console output for its "Unhandled Errors" block. Vitest exits 1 when it caught an error outside any test
// (an unhandled rejection), even when every test passed, and its JSON report does not mention it; `npm test`
// (scripts/run-tests.mjs) counts such errors as failures and repeats them at the end of the log.

/** Vitest's "Unhandled Errors" block, if it printed one: how many, and the block itself (without the test summary). */
export function unhandledErrors(output) {
  // eslint-disable-next-line no-control-regex -- terminal colour codes
  const plain = output.replace(/\u001b\[[0-9;]*m/g, '');
  const caught = plain.match(/Vitest caught (\d+) unhandled errors? during the test run/);
  if (!caught) return { count: 0, text: '' };
  const start = plain.lastIndexOf('Unhandled Error', caught.index);
  const end = plain.indexOf('Test Files', caught.index);
  return { count: Number(caught[1]), text: plain.slice(start, end === -1 ? undefined : end) };
}
