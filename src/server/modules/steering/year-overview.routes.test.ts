// "Ons netwerk dit jaar" on a real app and database: the members (employer, klankbordgroep, kerngroep) see this year's mission
// results with small numbers suppressed and only the decisions marked as shared with the members; a funder and a partner
// are refused (they have their own views), and someone outside the network gets 404.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { yearInAmsterdam } from '../../../core/calendar.js';
import { body, organisation } from '../../platform/db/schema.js';
import { setupInstallation } from '../../test/helpers.js';
import { createTestApp, writeHeaders, type TestApp } from '../../test/test-app.js';
import { userWithRole } from '../../test/role-users.js';

let t: TestApp;
let admin: string;
let networkA: string;
let networkB: string;
let kerngroep: string;
const cookies: Record<string, string> = {};
const thisYear = yearInAmsterdam(new Date());

const overview = (networkId: string) => `/api/networks/${networkId}/steering/year-overview`;

async function decide(payload: Record<string, unknown>) {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/networks/${networkA}/governance/decisions`,
    headers: { ...writeHeaders, cookie: cookies.core_group! },
    payload: { bodyId: kerngroep, kind: 'direction', ...payload },
  });
  expect(res.statusCode, res.body).toBe(201);
}

beforeAll(async () => {
  t = await createTestApp();
  const setup = await setupInstallation(t.app);
  admin = setup.cookie;
  networkA = setup.networkId;
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/admin/networks',
    headers: { ...writeHeaders, cookie: admin },
    payload: { name: 'Werkgeversnetwerk Twente Inclusief' },
  });
  networkB = created.json().id;
  for (const role of ['core_group', 'employer', 'sounding_board', 'funder', 'partner']) {
    cookies[role] = await userWithRole(t.app, admin, networkA, role, `${role}@jaar.example`);
  }
  cookies.outsider = await userWithRole(t.app, admin, networkB, 'employer', 'elders@jaar.example');
  const db = t.database.db;
  const [row] = await db
    .insert(body)
    .values({ networkId: networkA, kind: 'core_group', name: 'Kerngroep' })
    .returning();
  kerngroep = row!.id;
  await db.insert(organisation).values([
    { networkId: networkA, kind: 'employer', name: 'Bakkerij Jansen' },
    { networkId: networkA, kind: 'employer', name: 'Garage Smit' },
  ]);

  await decide({
    decidedOn: `${thisYear}-02-10`,
    text: 'Wij organiseren vier werkgeversontbijten dit jaar',
    reason: 'Leden vroegen om vaker bij elkaar te komen',
    sharedWithMembers: true,
  });
  await decide({ decidedOn: `${thisYear}-03-01`, text: 'Begroting voor de financier', sharedWithFunder: true });
  await decide({ decidedOn: `${thisYear}-03-05`, text: 'Interne afspraak van de kerngroep' });
  await decide({ decidedOn: `${thisYear - 1}-11-20`, text: 'Besluit van vorig jaar', sharedWithMembers: true });
});
afterAll(async () => t?.close());

describe('Ons netwerk dit jaar', () => {
  it('shows each member role this year’s shared decisions only, and the mission results with small numbers suppressed', async () => {
    for (const role of ['employer', 'sounding_board', 'core_group']) {
      const res = await t.app.inject({ method: 'GET', url: overview(networkA), headers: { cookie: cookies[role]! } });
      expect(res.statusCode, `${role}: ${res.body}`).toBe(200);
      const data = res.json();
      expect(data.year).toBe(thisYear);
      expect(data.decisions.map((d: { text: string }) => d.text)).toEqual([
        'Wij organiseren vier werkgeversontbijten dit jaar',
      ]);
      expect(data.decisions[0]).toMatchObject({
        bodyName: 'Kerngroep',
        reason: 'Leden vroegen om vaker bij elkaar te komen',
      });
      expect(data.decisions[0]).not.toHaveProperty('sharedWithFunder');
      // Fewer than five members and activities: suppressed as for a funder ("< 5"), never the exact small number.
      expect(data.mission.members).toBe('< 5');
      expect(data.mission.activities).toBe('< 5');
      expect(data.mission.period).toEqual({ from: `${thisYear}-01-01`, to: `${thisYear}-12-31` });
    }
  });

  it('keeps the marking in the decision log, where the kerngroep sees which decisions reach the members', async () => {
    const log = await t.app.inject({
      method: 'GET',
      url: `/api/networks/${networkA}/governance/decisions?sort=decidedOn&order=desc`,
      headers: { cookie: cookies.core_group! },
    });
    expect(log.statusCode).toBe(200);
    const marks = log
      .json()
      .items.map((d: { text: string; sharedWithMembers: boolean }) => [d.text, d.sharedWithMembers]);
    expect(marks).toEqual([
      ['Interne afspraak van de kerngroep', false],
      ['Begroting voor de financier', false],
      ['Wij organiseren vier werkgeversontbijten dit jaar', true],
      ['Besluit van vorig jaar', true],
    ]);
  });

  it('is refused to a funder and a partner, and does not reveal another network', async () => {
    for (const role of ['funder', 'partner']) {
      const res = await t.app.inject({ method: 'GET', url: overview(networkA), headers: { cookie: cookies[role]! } });
      expect(res.statusCode, role).toBe(403);
    }
    const outsider = await t.app.inject({
      method: 'GET',
      url: overview(networkA),
      headers: { cookie: cookies.outsider! },
    });
    expect(outsider.statusCode).toBe(404);
  });

  it('tells each member role in the session that it may open the page, and a funder that it may not', async () => {
    for (const [role, expected] of [
      ['employer', true],
      ['sounding_board', true],
      ['funder', false],
    ] as const) {
      const res = await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: cookies[role]! } });
      const network = res.json().networks.find((n: { id: string }) => n.id === networkA);
      expect(network.permissions.includes('network.year_overview'), role).toBe(expected);
    }
  });
});
