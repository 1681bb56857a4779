// The authorisation matrix: every route in the app's own route table × every role × own network / other network, checked
// against the permissions data (src/core/access/permissions.ts). New routes are covered automatically; a route without a
// declared permission cannot even be registered (see platform/http.test.ts).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NETWORK_ROLES, isNetworkAction, isPlatformAction, roleAllows } from '../../core/access/permissions.js';
import type { RouteEntry } from '../platform/http.js';
import { cookieOf, lastMailTo, setupInstallation, tokenFrom } from '../test/helpers.js';
import { createTestApp, writeHeaders, type TestApp } from '../test/test-app.js';

let t: TestApp;
let networkA: string;
let networkB: string;
/** A network the platform admin holds no role in (made as the CLI's demo command would: outside the admin's routes). */
let networkC: string;
let adminCookie: string;
const roleCookies = new Map<string, string>();

/**
 * Grants that the permissions data gives a role but that data can still withhold (the service then answers 403): the back
 * office sees candidates' personal data only where the network's design says so.
 */
const CONDITIONAL = new Set(['back_office candidates.read', 'back_office candidates.manage']);

/** Routes that end the caller's own session: probing them would sign the probe out. */
const SESSION_ENDING = new Set(['POST /api/session/logout']);

function concreteUrl(route: RouteEntry, networkId: string): string {
  return route.url
    .replace(':networkId', networkId)
    .replace(/:token\b/g, 'x'.repeat(43))
    .replace(/:(\w+)/g, () => randomUUID())
    .replace(/\*$/, 'x');
}

async function call(route: RouteEntry, networkId: string, cookie: string | undefined) {
  return t.app.inject({
    method: route.method as 'GET',
    url: concreteUrl(route, networkId),
    headers: { ...writeHeaders, ...(cookie ? { cookie } : {}) },
    ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { payload: {} }),
  });
}

function probes(): RouteEntry[] {
  return t.app.routeTable.filter((r) => !SESSION_ENDING.has(`${r.method} ${r.url}`));
}

beforeAll(async () => {
  t = await createTestApp({ LOGIN_RATE_LIMIT: '1000' });
  const setup = await setupInstallation(t.app);
  networkA = setup.networkId;
  adminCookie = setup.cookie;
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/admin/networks',
    headers: { ...writeHeaders, cookie: adminCookie },
    payload: { name: 'Ander Netwerk Achterhoek' },
  });
  networkB = created.json().id;
  const { rows } = await t.database.pool.query<{ id: string }>(
    `insert into network (slug, name) values ('zonder-beheerder', 'Netwerk zonder beheerder') returning id`,
  );
  networkC = rows[0]!.id;
  // One account per role, holding only that role, in network A — made through the real invitation path.
  for (const role of NETWORK_ROLES) {
    const email = `${role.replace('_', '-')}@matrix.example`;
    const invite = await t.app.inject({
      method: 'POST',
      url: `/api/networks/${networkA}/invitations`,
      headers: { ...writeHeaders, cookie: adminCookie },
      payload: { name: `Matrix ${role}`, email, role },
    });
    expect(invite.statusCode, invite.body).toBe(201);
    const token = tokenFrom((await lastMailTo(t.app, adminCookie, email)).textBody, '/uitnodiging/');
    const accept = await t.app.inject({
      method: 'POST',
      url: `/api/invitations/${token}/accept`,
      headers: writeHeaders,
      payload: {},
    });
    expect(accept.statusCode, accept.body).toBe(200);
    roleCookies.set(role, cookieOf(accept));
  }
  // Every probe person is a contact of a member employer, as real contacts are (the member portal needs that link).
  await t.database.pool.query(
    `with org as (
       insert into organisation (network_id, kind, name) values ($1, 'employer', 'Matrix Metaal BV') returning network_id, id
     ), member as (
       insert into membership (network_id, organisation_id, status) select network_id, id, 'active' from org
     )
     update person set organisation_id = (select id from org) where network_id = $1 and email like '%@matrix.example'`,
    [networkA],
  );
}, 120_000);
afterAll(async () => t?.close());

describe('authorisation matrix', { timeout: 600_000 }, () => {
  it('covers every route', () => {
    expect(probes().length).toBeGreaterThan(15);
  });

  it('anonymous callers reach only public routes', async () => {
    for (const route of probes()) {
      const res = await call(route, networkA, undefined);
      const where = `${route.method} ${route.url} (${route.permission})`;
      expect(res.statusCode, where).toBeLessThan(500);
      if (route.permission === 'public') expect([401, 403], where).not.toContain(res.statusCode);
      else expect(res.statusCode, where).toBe(401);
    }
  });

  it('each role gets exactly what the permissions data gives it, in its own network', async () => {
    let checked = 0;
    for (const [role, cookie] of roleCookies) {
      for (const route of probes()) {
        const where = `${role}: ${route.method} ${route.url} (${route.permission})`;
        const res = await call(route, networkA, cookie);
        expect(res.statusCode, where).toBeLessThan(500);
        const p = route.permission;
        let allowed: boolean;
        if (p === 'public' || p === 'authenticated') allowed = true;
        else if (isPlatformAction(p)) allowed = false;
        else if (isNetworkAction(p)) allowed = roleAllows([role], p);
        else throw new Error(`unknown permission ${String(p)}`);
        if (allowed && CONDITIONAL.has(`${role} ${p}`)) expect(res.statusCode, where).not.toBe(401);
        else if (allowed) expect([401, 403], where).not.toContain(res.statusCode);
        else expect(res.statusCode, where).toBe(403);
        checked++;
      }
    }
    expect(checked).toBe(roleCookies.size * probes().length);
    console.log(
      `authorisation matrix: ${probes().length} routes × ${roleCookies.size} roles (own network) = ${checked} checks`,
    );
  });

  it('no role in network A reaches anything of network B: 404 for every network route', async () => {
    for (const [role, cookie] of roleCookies) {
      for (const route of probes().filter((r) => r.url.includes(':networkId'))) {
        const res = await call(route, networkB, cookie);
        expect(res.statusCode, `${role}: ${route.method} ${route.url}`).toBe(404);
        expect(res.json().code).toBe('not_found');
      }
    }
  });

  it('the platform admin reaches platform routes but not other networks beyond reading', async () => {
    for (const route of probes()) {
      const res = await call(route, networkC, adminCookie);
      const where = `admin: ${route.method} ${route.url} (${route.permission})`;
      expect(res.statusCode, where).toBeLessThan(500);
      if (isPlatformAction(route.permission)) expect([401, 403], where).not.toContain(res.statusCode);
      if (isNetworkAction(route.permission) && !['network.read', 'people.read'].includes(route.permission)) {
        expect([403, 404], where).toContain(res.statusCode);
      }
    }
  });
});
