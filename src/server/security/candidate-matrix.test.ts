// The authorisation matrix for the candidate (issue 19, decision 020): a candidate signs in only by the e-mail link to their
// own page, and that link reaches their own record and nothing else. Two checks over the app's own route table, so new
// routes are covered automatically:
// 1. with the candidate's real link (made through the real offer path), every route outside the candidate portal treats the
//    candidate as an anonymous caller: a protected route answers 401, a public one answers as it does to anyone, and no
//    other link route accepts the candidate's link as its own token;
// 2. every candidate-portal route that takes an id (in the path or the body), called with ANOTHER candidate's real ids — one
//    in the same network and one in another network — is refused and changes nothing.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths } from '../../core/candidates/dates.js';
import { todayInAmsterdam } from '../../core/calendar.js';
import {
  candidate,
  candidateCheckIn,
  candidateConsent,
  candidatePortalLink,
  candidateRegistration,
  candidateRequest,
  organisation,
  placement,
} from '../platform/db/schema.js';
import type { RouteEntry } from '../platform/http.js';
import { SESSION_COOKIE_PREFIX } from '../platform/auth.js';
import { lastMailTo, newCandidate, setupInstallation, tokenFrom } from '../test/helpers.js';
import { createTestApp, writeHeaders, type TestApp } from '../test/test-app.js';
import { grantRoleToUser } from '../modules/networks/network-membership.js';

let t: TestApp;
let adminCookie: string;
let networkA: string;
let networkB: string;

interface Someone {
  id: string;
  secret: string;
  email: string;
  placementId: string;
  consentId: string;
  registrationId: string;
}
let sanne: Someone; // the candidate probing
let mo: Someone; // another candidate in the same network
let bo: Someone; // a candidate in another network
let activityB: string; // a meeting open to candidates, in the other network

const PORTAL = '/api/candidate-portal/';
/** Routes that end the caller's own session (the admin's probe cookie is not involved here, but keep the matrix's rule). */
const SESSION_ENDING = new Set(['POST /api/session/logout']);

async function inject(method: 'GET' | 'POST', url: string, cookie: string | null, payload?: unknown) {
  const headers: Record<string, string> = cookie ? { cookie } : {};
  if (method !== 'GET') Object.assign(headers, writeHeaders);
  return t.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });
}

async function makeCandidate(networkId: string, organisationId: string, firstName: string, email: string) {
  const res = await inject(
    'POST',
    `/api/networks/${networkId}/candidates`,
    adminCookie,
    newCandidate({ firstName, email }),
  );
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json<{ id: string }>().id;
  const offered = await inject('POST', `/api/networks/${networkId}/candidates/${id}/portal/offer`, adminCookie);
  expect(offered.statusCode, offered.body).toBe(201);
  const secret = tokenFrom((await lastMailTo(t.app, adminCookie, email)).textBody, '/mijn-gegevens/');
  const placed = await inject('POST', `/api/networks/${networkId}/placements`, adminCookie, {
    candidateId: id,
    organisationId,
    startsOn: addMonths(todayInAmsterdam(new Date()), -6),
    hoursPerWeek: 20,
    contractKind: 'fixed_term',
  });
  expect(placed.statusCode, placed.body).toBe(201);
  const detail = (await inject('GET', `/api/networks/${networkId}/candidates/${id}`, adminCookie)).json();
  return {
    id,
    secret,
    email,
    placementId: placed.json<{ id: string }>().id,
    consentId: detail.consents[0].id as string,
    registrationId: '',
  };
}

async function openActivity(networkId: string) {
  const hour = 3600_000;
  const res = await inject('POST', `/api/networks/${networkId}/activities`, adminCookie, {
    initiatorKind: 'coordinator',
    workForm: 'matchmaking',
    title: 'Matchmaking magazijnwerk',
    startsAt: new Date(Date.now() + 48 * hour).toISOString(),
    endsAt: new Date(Date.now() + 50 * hour).toISOString(),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

/** The candidate registers for a meeting through their own page, as they would. */
async function registerSelf(who: Someone, activityId: string) {
  const res = await inject('POST', `${PORTAL}${who.secret}/activities/${activityId}/register`, null);
  expect(res.statusCode, res.body).toBe(201);
  who.registrationId = res.json<{ id: string }>().id;
}

beforeAll(async () => {
  t = await createTestApp({ LOGIN_RATE_LIMIT: '1000' });
  const setup = await setupInstallation(t.app);
  adminCookie = setup.cookie;
  networkA = setup.networkId;
  const created = await inject('POST', '/api/admin/networks', adminCookie, { name: 'Netwerk Twente' });
  networkB = created.json().id;
  const [admin] = await t.database.pool
    .query<{ id: string }>(`select id from "user" where email = $1`, [setup.admin.email])
    .then((r) => r.rows);
  await grantRoleToUser(t.database.db, { networkId: networkB, userId: admin!.id, role: 'coordinator' });
  const employers = await t.database.db
    .insert(organisation)
    .values([
      { networkId: networkA, kind: 'employer', name: 'Bakkerij Jansen', postcode: '8013 AB', city: 'Zwolle' },
      { networkId: networkB, kind: 'employer', name: 'Metaal Twente', postcode: '7511 AB', city: 'Enschede' },
    ])
    .returning();
  sanne = await makeCandidate(networkA, employers[0]!.id, 'Sanne', 'sanne@example.nl');
  mo = await makeCandidate(networkA, employers[0]!.id, 'Mo', 'mo@example.nl');
  bo = await makeCandidate(networkB, employers[1]!.id, 'Bo', 'bo@example.nl');
  const activityA = await openActivity(networkA);
  activityB = await openActivity(networkB);
  await registerSelf(mo, activityA);
  await registerSelf(bo, activityB);
  for (const who of [mo, bo]) {
    const res = await inject('POST', `${PORTAL}${who.secret}/requests`, null, {
      kind: 'correction',
      message: 'Mijn woonplaats klopt niet.',
    });
    expect(res.statusCode, res.body).toBe(201);
  }
}, 120_000);
afterAll(async () => t?.close());

/** Everything the app keeps about candidates other than the prober, to show a refused call changed nothing. */
async function othersState() {
  const db = t.database.db;
  const notSanne = <T extends { candidateId: string }>(rows: T[]) => rows.filter((r) => r.candidateId !== sanne.id);
  return JSON.stringify({
    candidates: (await db.select().from(candidate)).filter((r) => r.id !== sanne.id),
    consents: notSanne(await db.select().from(candidateConsent)),
    registrations: notSanne(await db.select().from(candidateRegistration)),
    checkIns: notSanne(await db.select().from(candidateCheckIn)),
    requests: notSanne(await db.select().from(candidateRequest)),
    placements: notSanne(await db.select().from(placement)),
    links: notSanne(await db.select().from(candidatePortalLink)),
  });
}

const isPortal = (route: RouteEntry) => route.url.startsWith(PORTAL);

/** Every way the candidate could present their link to a route that is not theirs: as session cookie, bearer, query. */
function asCandidate(route: RouteEntry) {
  const url = route.url
    .replace(/:token\b/g, sanne.secret)
    .replace(/:networkId\b/g, networkA)
    .replace(/:(\w+)/g, () => randomUUID())
    .replace(/\*$/, 'x');
  return {
    url: `${url}?token=${encodeURIComponent(sanne.secret)}`,
    cookie: `${SESSION_COOKIE_PREFIX}.session_token=${sanne.secret}; ${SESSION_COOKIE_PREFIX}.session=${sanne.secret}`,
    authorization: `Bearer ${sanne.secret}`,
  };
}

describe('the candidate in the authorisation matrix', { timeout: 300_000 }, () => {
  it('the own page works with the link and sets no session: the link is not a sign-in for the rest of the app', async () => {
    const res = await inject('GET', `${PORTAL}${sanne.secret}`, null);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().candidate).toMatchObject({ firstName: 'Sanne' });
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('every route outside the candidate portal treats the candidate as anonymous', async () => {
    const routes = t.app.routeTable.filter((r) => !isPortal(r) && !SESSION_ENDING.has(`${r.method} ${r.url}`));
    expect(routes.length).toBeGreaterThan(100);
    let checked = 0;
    for (const route of routes) {
      const probe = asCandidate(route);
      const where = `candidate: ${route.method} ${route.url} (${route.permission})`;
      const body = route.method === 'GET' || route.method === 'DELETE' ? {} : { payload: {} };
      const res = await t.app.inject({
        method: route.method as 'GET',
        url: probe.url,
        headers: { ...writeHeaders, cookie: probe.cookie, authorization: probe.authorization },
        ...body,
      });
      expect(res.statusCode, where).toBeLessThan(500);
      for (const secretPart of [sanne.email, sanne.id, 'Sanne']) expect(res.body, where).not.toContain(secretPart);
      if (route.permission !== 'public') {
        expect(res.statusCode, where).toBe(401);
      } else if (/:\w+/.test(route.url)) {
        // A link route of another kind (invitation, mail link, survey, pulse...) does not take the candidate's link.
        expect(res.statusCode, where).toBeGreaterThanOrEqual(400);
      } else {
        const anonymous = await t.app.inject({
          method: route.method as 'GET',
          url: probe.url,
          headers: writeHeaders,
          ...body,
        });
        expect(res.statusCode, where).toBe(anonymous.statusCode);
      }
      checked++;
    }
    console.log(`candidate matrix: ${checked} routes outside the candidate portal refused the candidate's link`);
  });

  it("every candidate-portal route that takes an id refuses another candidate's ids and changes nothing", async () => {
    // The ids of the other two candidates, per parameter name (in the path or in the body). A new portal route with a new
    // id parameter fails here until its foreign ids are listed.
    const foreign: Record<string, string[]> = {
      consentId: [mo.consentId, bo.consentId],
      registrationId: [mo.registrationId, bo.registrationId],
      activityId: [activityB],
      placementId: [mo.placementId, bo.placementId],
    };
    const bodies: Record<string, (id: string) => Record<string, unknown>> = {
      [`POST ${PORTAL}:token/check-ins`]: (placementId) => ({
        placementId,
        months: 6,
        score: 4,
        help: 'yes',
        wantsContact: false,
      }),
    };
    const portalRoutes = t.app.routeTable.filter(isPortal);
    expect(portalRoutes.length).toBeGreaterThan(5);
    const before = await othersState();
    let checked = 0;
    for (const route of portalRoutes) {
      const key = `${route.method} ${route.url}`;
      const params = [...route.url.matchAll(/:(\w+)/g)].map((m) => m[1]!).filter((p) => p !== 'token');
      const bodyParam = bodies[key] ? 'placementId' : undefined;
      if (params.length === 0 && !bodyParam) {
        // No id to abuse; a read with the own link shows nobody else's data.
        if (route.method === 'GET' && route.url.includes(':token')) {
          const res = await inject('GET', route.url.replace(':token', sanne.secret), null);
          for (const other of [mo, bo]) {
            expect(res.body, key).not.toContain(other.email);
            expect(res.body, key).not.toContain(other.id);
          }
        }
        continue;
      }
      for (const param of [...params, ...(bodyParam ? [bodyParam] : [])]) {
        const ids = foreign[param];
        expect(ids, `${key}: list the other candidates' ids for :${param}`).toBeDefined();
        for (const id of ids!) {
          expect(id, `${key} ${param}`).toMatch(/^[0-9a-f-]{36}$/);
          const url = route.url.replace(':token', sanne.secret).replace(`:${param}`, id);
          const res = await inject(route.method as 'POST', url, null, bodies[key]?.(id));
          expect([403, 404], `${key} with ${param}=${id}: ${res.body}`).toContain(res.statusCode);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(7);
    expect(await othersState()).toBe(before);
    // The probes were well-formed: the same body with the candidate's own placement is accepted.
    const ownCheckIn = bodies[`POST ${PORTAL}:token/check-ins`]!(sanne.placementId);
    const accepted = await inject('POST', `${PORTAL}${sanne.secret}/check-ins`, null, ownCheckIn);
    expect(accepted.statusCode, accepted.body).toBe(201);
    // And the prober's own page still shows only their own data.
    const own = await inject('GET', `${PORTAL}${sanne.secret}`, null);
    expect(own.statusCode).toBe(200);
    expect(own.body).not.toContain(mo.email);
    expect(own.body).not.toContain(bo.email);
  });
});
