// The tests in a flow file build on each other (one browser, one server): after the first failure, skip the rest so the
// report shows the real cause instead of a cascade of timeouts.
import { afterEach, beforeEach } from 'vitest';

export function skipAfterFirstFailure(): void {
  let failed = false;
  beforeEach((context) => {
    if (failed) context.skip();
  });
  afterEach((context) => {
    if (context.task.result?.state === 'fail') failed = true;
  });
}
