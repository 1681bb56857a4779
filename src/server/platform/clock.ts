// The request clock: a movable clock for tests — `?now=YYYY-MM-DD` is honoured only when the server runs under test (NODE_ENV=test, as vitest
// and the e2e server set) or with NETWERKREGIE_TEST_CLOCK=1. In production the parameter is ignored and the real clock used.

export function testClockEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV === 'test' || env.NETWERKREGIE_TEST_CLOCK === '1';
}

export function testClock(now: string | undefined, env: NodeJS.ProcessEnv = process.env): Date {
  if (now && testClockEnabled(env)) return new Date(`${now}T12:00:00Z`);
  return new Date();
}
