// Rights follow the applied design (decision 016), through the real routes: an employer contact invited with their
// organisation creates and runs an activity under an ownership-1 design and is refused (403, naming the task and who holds
// it) under an ownership-5 design; the authorisation matrix runs for the rights both designs derive; the floor holds.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PERSONAL_DATA_ACTIONS,
  allowsInNetwork,
  type AppliedDesignRights,
} from '../../../core/access/design-rights.js';
import { isNetworkAction, isPlatformAction } from '../../../core/access/permissions.js';
import type { RouteEntry } from '../../platform/http.js';
import { cookieOf, lastMailTo, setupInstallation, tokenFrom } from '../../test/helpers.js';
import { createTestApp, writeHeaders, type TestApp } from '../../test/test-app.js';
import { userWithRole } from '../../test/role-users.js';

let t: TestApp;
let admin: string;
let networkId: string;
let otherNetworkOrg: string;
let jansen: string;
let deLinde: string;
let employer: string;
let funder: string;
const roleCookies = new Map<string, string>();
const hour = 3600_000;

const headers = (cookie: string) => ({ ...writeHeaders, cookie });
const post = (cookie: string, url: string, payload: object = {}) =>
  t.app.inject({ method: 'POST', url, headers: headers(cookie), payload });
const net = (rest: string) => `/api/networks/${networkId}${rest}`;

function designInput(ownership: 1 | 5) {
  return {
    financing: 'contributions_money',
    ownership,
    phase: 'volwassen',
    expectedMembers: 20,
    existing: { coreGroupFormed: true, coordinatorAvailable: true, legalEntity: false, annualPlanRequired: false },
  };
}

async function inviteAndAccept(payload: object, email: string) {
  const invite = await post(admin, net('/invitations'), { ...payload, email });
  expect(invite.statusCode, invite.body).toBe(201);
  const token = tokenFrom((await lastMailTo(t.app, admin, email)).textBody, '/uitnodiging/');
  const accept = await t.app.inject({
    method: 'POST',
    url: `/api/invitations/${token}/accept`,
    headers: writeHeaders,
    payload: { password: 'een-lange-testzin-voor-rechten-2026' },
  });
  expect(accept.statusCode, accept.body).toBe(200);
  return cookieOf(accept);
}

async function applyDesign(ownership: 1 | 5) {
  const saved = await post(admin, net('/design/versions'), {
    input: designInput(ownership),
    reason: `Eigenaarschap ${ownership}`,
  });
  expect(saved.statusCode, saved.body).toBe(201);
  const url = net(`/design/versions/${saved.json().id}/apply`);
  const preview = await post(admin, url, {});
  expect(preview.statusCode, preview.body).toBe(200);
  const applied = await post(admin, url, { confirm: true });
  expect(applied.statusCode, applied.body).toBe(200);
  return { preview: preview.json(), applied: applied.json() };
}

async function appliedRights(): Promise<AppliedDesignRights> {
  const res = await t.app.inject({ method: 'GET', url: net('/design/current'), headers: { cookie: admin } });
  const v = res.json().version;
  return { versionId: v.id, versionNumber: v.versionNumber, appliedAt: new Date(v.appliedAt), tasks: v.output.tasks };
}

function activity(organisationId: string, extra: object = {}) {
  const start = Date.now() + 48 * hour;
  return {
    workForm: 'company_visit',
    title: 'Rondleiding in de bakkerij',
    startsAt: new Date(start).toISOString(),
    endsAt: new Date(start + 2 * hour).toISOString(),
    initiatorKind: 'member_employer',
    initiatorOrganisationId: organisationId,
    capacity: 10,
    ...extra,
  };
}

async function sessionPermissions(cookie: string): Promise<string[]> {
  const res = await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie } });
  return res.json().networks.find((n: { id: string }) => n.id === networkId).permissions;
}

function concreteUrl(route: RouteEntry): string {
  return route.url
    .replace(':networkId', networkId)
    .replace(/:token\b/g, 'x'.repeat(43))
    .replace(/:(\w+)/g, () => randomUUID())
    .replace(/\*$/, 'x');
}

/** The authorisation matrix for the roles whose rights a design changes, against the design now applied. */
async function matrix(design: AppliedDesignRights) {
  let checked = 0;
  const routes = t.app.routeTable.filter((r) => r.url.includes(':networkId') && isNetworkAction(r.permission));
  for (const [role, cookie] of roleCookies) {
    for (const route of routes) {
      const res = await t.app.inject({
        method: route.method as 'GET',
        url: concreteUrl(route),
        headers: headers(cookie),
        ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { payload: {} }),
      });
      const where = `${role}: ${route.method} ${route.url} (${route.permission}) under version ${design.versionNumber}`;
      expect(res.statusCode, where).toBeLessThan(500);
      if (isPlatformAction(route.permission) || !isNetworkAction(route.permission)) continue;
      if (allowsInNetwork([role], route.permission, design)) expect([401, 403], where).not.toContain(res.statusCode);
      else expect(res.statusCode, where).toBe(403);
      checked++;
    }
  }
  return checked;
}

beforeAll(async () => {
  t = await createTestApp({ LOGIN_RATE_LIMIT: '1000' });
  const setup = await setupInstallation(t.app);
  admin = setup.cookie;
  networkId = setup.networkId;
  const other = (await post(admin, '/api/admin/networks', { name: 'Netwerk Twente' })).json().id as string;
  otherNetworkOrg = (
    await post(admin, `/api/networks/${other}/organisations`, { kind: 'employer', name: 'Twentse Metaal' })
  ).json().id;
  jansen = (await post(admin, net('/organisations'), { kind: 'employer', name: 'Bakkerij Jansen' })).json().id;
  deLinde = (await post(admin, net('/organisations'), { kind: 'employer', name: 'Zorggroep De Linde' })).json().id;
  funder = await userWithRole(t.app, admin, networkId, 'funder', 'funder@rechten.example');
  roleCookies.set('funder', funder);
  roleCookies.set('core_group', await userWithRole(t.app, admin, networkId, 'core_group', 'kern@rechten.example'));
  roleCookies.set(
    'sounding_board',
    await userWithRole(t.app, admin, networkId, 'sounding_board', 'klankbord@rechten.example'),
  );
  // The probe people are contacts of a member employer, as real ones are (raising and supporting needs needs that link).
  await t.database.pool.query(
    `update person set organisation_id = $2 where network_id = $1 and email like '%@rechten.example'`,
    [networkId, deLinde],
  );
}, 180_000);
afterAll(async () => t?.close());

describe('inviting a contact with their organisation', () => {
  it('refuses an organisation of another network with a clear Dutch message', async () => {
    const res = await post(admin, net('/invitations'), {
      name: 'Iemand',
      email: 'iemand@twente.example',
      role: 'employer',
      organisationId: otherNetworkOrg,
    });
    expect(res.statusCode).toBe(404);
    expect(res.json().message).toMatch(/organisatie hoort niet bij dit netwerk/);
  });

  it('links the invited contact to the organisation, so the member portal knows them', async () => {
    employer = await inviteAndAccept(
      { name: 'Bram Jansen', role: 'employer', organisationId: jansen },
      'bram@jansen.example',
    );
    roleCookies.set('employer', employer);
    const me = await t.app.inject({ method: 'GET', url: net('/portal/organisation'), headers: { cookie: employer } });
    expect(me.statusCode, me.body).toBe(200);
  });
});

describe('rights follow the applied design', { timeout: 600_000 }, () => {
  let colleagueId: string;
  let strangerId: string;
  let activityId: string;

  it('before any design, an employer cannot create an activity', async () => {
    const res = await post(employer, net('/activities'), activity(jansen));
    expect(res.statusCode, res.body).toBe(403);
  });

  it('the apply preview shows the rights that change and tasks nobody could do', async () => {
    const { preview, applied } = await applyDesign(1);
    expect(preview.applied).toBe(false);
    expect(preview.rights.granted).toContainEqual({ role: 'employer', action: 'activities.organise' });
    // No partner in this network: candidate supply (R partner) has no one to do it.
    expect(preview.withoutDoer).toContainEqual({ task: 'candidate_supply', role: 'partner' });
    expect(preview.withoutDoer).not.toContainEqual({ task: 'organise_activities', role: 'employer' });
    expect(applied.applied).toBe(true);
  });

  it('ownership 1: the employer creates an activity for their own organisation (201), not for another (403)', async () => {
    expect(await sessionPermissions(employer)).toContain('activities.organise');
    const res = await post(employer, net('/activities'), activity(jansen));
    expect(res.statusCode, res.body).toBe(201);
    activityId = res.json().id;
    const other = await post(employer, net('/activities'), activity(deLinde));
    expect(other.statusCode).toBe(403);
    expect(other.json().message).toMatch(/eigen organisatie/);
  });

  it('ownership 1: the employer runs it — registers a colleague, checks them in; not someone of another organisation', async () => {
    const colleague = await post(admin, net(`/organisations/${jansen}/contacts`), {
      name: 'Sanne Jansen',
      email: 'sanne@jansen.example',
    });
    expect(colleague.statusCode, colleague.body).toBe(201);
    colleagueId = colleague.json().id;
    const stranger = await post(admin, net(`/organisations/${deLinde}/contacts`), {
      name: 'Dewi de Linde',
      email: 'dewi@delinde.example',
    });
    strangerId = stranger.json().id;
    const reg = await post(employer, net(`/activities/${activityId}/registrations`), {
      personId: colleagueId,
      role: 'attendee',
    });
    expect(reg.statusCode, reg.body).toBe(201);
    const refused = await post(employer, net(`/activities/${activityId}/registrations`), {
      personId: strangerId,
      role: 'attendee',
    });
    expect(refused.statusCode).toBe(403);
    const checkIn = await t.app.inject({
      method: 'PUT',
      url: net(`/activities/${activityId}/registrations/${reg.json().id}/attendance`),
      headers: headers(employer),
      payload: { attended: true },
    });
    expect(checkIn.statusCode, checkIn.body).toBe(200);
    const host = await post(employer, net(`/activities/${activityId}/registrations`), { role: 'host' });
    expect(host.statusCode, host.body).toBe(201);
    // The activity page tells the organiser they run it (and lists the registrations); a reader of the agenda not.
    const detail = await t.app.inject({
      method: 'GET',
      url: net(`/activities/${activityId}`),
      headers: { cookie: employer },
    });
    expect(detail.json().runsActivity).toBe(true);
    expect(detail.json().registrations.map((r: { personId: string }) => r.personId)).toContain(colleagueId);
    const asReader = await t.app.inject({
      method: 'GET',
      url: net(`/activities/${activityId}`),
      headers: { cookie: roleCookies.get('sounding_board')! },
    });
    expect(asReader.statusCode, asReader.body).toBe(200);
    expect(asReader.json().runsActivity).toBe(false);
    expect(asReader.json().registrations).toEqual([]);
  });

  it('ownership 1: the authorisation matrix follows the derived rights', async () => {
    expect(await matrix(await appliedRights())).toBeGreaterThan(100);
  });

  it('the floor: no design gives a funder or an employer personal data, nor a funder any write', async () => {
    const routes = t.app.routeTable.filter((r) => r.url.includes(':networkId') && isNetworkAction(r.permission));
    for (const route of routes) {
      const personal = PERSONAL_DATA_ACTIONS.includes(route.permission as never);
      const write = route.method !== 'GET';
      for (const [role, cookie] of [
        ['employer', employer],
        ['funder', funder],
      ] as const) {
        if (!personal && !(role === 'funder' && write)) continue;
        const res = await t.app.inject({
          method: route.method as 'GET',
          url: concreteUrl(route),
          headers: headers(cookie),
          ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { payload: {} }),
        });
        expect(res.statusCode, `${role}: ${route.method} ${route.url}`).toBe(403);
      }
    }
  });

  it('ownership 5: from the next request on the employer is refused, with the task and who holds it', async () => {
    await applyDesign(5);
    expect(await sessionPermissions(employer)).not.toContain('activities.organise');
    const res = await post(employer, net('/activities'), activity(jansen));
    expect(res.statusCode).toBe(403);
    expect(res.json().message).toMatch(/Activiteiten organiseren/);
    expect(res.json().message).toMatch(/Netwerkcoördinator/);
    const checkIn = await t.app.inject({
      method: 'PUT',
      url: net(`/activities/${activityId}/registrations/${randomUUID()}/attendance`),
      headers: headers(employer),
      payload: { attended: false },
    });
    // Still the host of its own location under ownership 5 (hosting stays with members at both ends): the registration is
    // unknown (404), not refused.
    expect(checkIn.statusCode, checkIn.body).toBe(404);
  });

  it('ownership 5: the authorisation matrix follows the derived rights', async () => {
    expect(await matrix(await appliedRights())).toBeGreaterThan(100);
  });

  it('every change of rights is in the audit log', async () => {
    const { rows } = await t.database.pool.query<{ details: { granted: unknown[]; revoked: unknown[] } }>(
      `select details from audit_entry where network_id = $1 and action = 'rights.design_change' order by at`,
      [networkId],
    );
    expect(rows).toHaveLength(2);
    expect(rows[0]!.details.granted).toContainEqual({ role: 'employer', action: 'activities.organise' });
    expect(rows[1]!.details.revoked).toContainEqual({ role: 'employer', action: 'activities.organise' });
  });

  it('the overview says who may do what, and why', async () => {
    const res = await t.app.inject({ method: 'GET', url: net('/design/rights'), headers: { cookie: admin } });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.design.versionNumber).toBe(2);
    const employerRights = body.roles.find((r: { role: string }) => r.role === 'employer');
    expect(employerRights.holders).toBe(1);
    expect(employerRights.actions).toContainEqual({
      action: 'activities.host',
      base: false,
      fromDesign: [{ task: 'host_activities', via: 'R' }],
    });
    const forbidden = await t.app.inject({ method: 'GET', url: net('/design/rights'), headers: { cookie: employer } });
    expect(forbidden.statusCode).toBe(403);
  });
});
