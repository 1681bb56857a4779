// TRUST_PROXY: by default X-Forwarded-For is ignored, so a client cannot step around the per-address rate limits by sending
// a new address with every request; behind a proxy that is named (or counted in hops) the forwarded address counts.
import { afterEach, describe, expect, it } from 'vitest';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from './http.js';
import { createTestApp, type TestApp } from '../test/test-app.js';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

/** Six password-reset requests (limit: five per minute per address), each claiming another forwarded address. */
async function resetRequests(app: TestApp['app']): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 1; i <= 6; i += 1) {
    const res = await app.inject({
      method: 'POST',
      url: '/api/session/password-reset/request',
      remoteAddress: '127.0.0.1',
      headers: { [CSRF_HEADER]: CSRF_HEADER_VALUE, 'x-forwarded-for': `203.0.113.${i}` },
      payload: { email: `niemand${i}@example.nl` },
    });
    statuses.push(res.statusCode);
  }
  return statuses;
}

describe('TRUST_PROXY', () => {
  it('is off by default: a forged X-Forwarded-For does not escape the per-address limit', async () => {
    t = await createTestApp();
    expect(t.config.trustProxy).toBe(false);
    const statuses = await resetRequests(t.app);
    expect(statuses.slice(0, 5)).toEqual([202, 202, 202, 202, 202]);
    expect(statuses[5]).toBe(429);
  });

  it('behind a named proxy, the forwarded client address counts', async () => {
    t = await createTestApp({ TRUST_PROXY: '127.0.0.1' });
    expect(t.config.trustProxy).toEqual(['127.0.0.1']);
    expect(await resetRequests(t.app)).toEqual([202, 202, 202, 202, 202, 202]);
  });

  it('with a hop count, the address one hop before the proxy counts', async () => {
    t = await createTestApp({ TRUST_PROXY: '1' });
    expect(await resetRequests(t.app)).toEqual([202, 202, 202, 202, 202, 202]);
  });
});
