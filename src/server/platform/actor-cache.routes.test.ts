// The actor cache on a real app and database (decision 009): a signed-out session and a withdrawn role count from the very
// next request after the write that changed them, even though reads in between are served from memory.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userWithRole } from '../test/role-users.js';
import { setupInstallation } from '../test/helpers.js';
import { createTestApp, writeHeaders, type TestApp } from '../test/test-app.js';

let t: TestApp;
let admin: string;
let networkId: string;

const sessionOf = async (cookie: string) =>
  (await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie } })).json() as {
    user: { email: string } | null;
    networks: { id: string; roles: string[] }[];
  };

beforeAll(async () => {
  t = await createTestApp();
  const setup = await setupInstallation(t.app);
  admin = setup.cookie;
  networkId = setup.networkId;
});
afterAll(async () => t?.close());

describe('actor cache', () => {
  it('serves repeated reads from memory, and a sign-out ends the session on the next request', async () => {
    const cookie = await userWithRole(t.app, admin, networkId, 'core_group', 'kern@cache.example');
    const url = `/api/networks/${networkId}/organisations`;
    expect((await t.app.inject({ method: 'GET', url, headers: { cookie } })).statusCode).toBe(200);
    expect(t.app.actorCache.size).toBeGreaterThan(0);

    const queries: string[] = [];
    const listen = (q: string | { text: string }) => queries.push(typeof q === 'string' ? q : q.text);
    const pool = t.database.pool as unknown as { query: (...a: unknown[]) => unknown };
    const original = pool.query.bind(pool);
    pool.query = (...args: unknown[]) => {
      listen(args[0] as string);
      return original(...args);
    };
    try {
      expect((await t.app.inject({ method: 'GET', url, headers: { cookie } })).statusCode).toBe(200);
    } finally {
      pool.query = original;
    }
    expect(queries.some((q) => /from "session"/.test(q))).toBe(false);

    const out = await t.app.inject({
      method: 'POST',
      url: '/api/session/logout',
      headers: { ...writeHeaders, cookie },
    });
    expect(out.statusCode, out.body).toBeLessThan(300);
    expect((await t.app.inject({ method: 'GET', url, headers: { cookie } })).statusCode).toBe(401);
  });

  it('a role withdrawn in the database counts from the next request after any write', async () => {
    const cookie = await userWithRole(t.app, admin, networkId, 'employer', 'werkgever@cache.example');
    const before = await sessionOf(cookie);
    expect(before.networks.find((n) => n.id === networkId)?.roles).toEqual(['employer']);

    // Changed outside any request (as the CLI or another tool would): reads within the time to live may still see the role.
    await t.database.pool.query(
      `delete from role_assignment ra using person p
        where ra.network_id = p.network_id and ra.person_id = p.id and p.email = 'werkgever@cache.example'`,
    );
    expect((await sessionOf(cookie)).networks.find((n) => n.id === networkId)?.roles).toEqual(['employer']);

    // Any write through the app empties the cache.
    const write = await t.app.inject({
      method: 'POST',
      url: '/api/admin/networks',
      headers: { ...writeHeaders, cookie: admin },
      payload: { name: 'Werkgeversnetwerk Cachedal' },
    });
    expect(write.statusCode, write.body).toBe(201);
    expect((await sessionOf(cookie)).networks.find((n) => n.id === networkId)?.roles ?? []).toEqual([]);
  });
});
