// The funder reads its own agreement and nothing else: on a real app and database, two funder organisations each with a
// signed-in funder; each reads the agreement where its organisation is the funder, never the other's (404, so that the
// other's existence is not revealed), sees beside the mission only the targets it agreed to itself, and writes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { addMonthsTo } from '../../../core/network-life/network-life.js';
import { todayInAmsterdam } from '../../../core/calendar.js';
import { person } from '../../platform/db/schema.js';
import { setupInstallation } from '../../test/helpers.js';
import { createTestApp, writeHeaders, type TestApp } from '../../test/test-app.js';
import { userWithRole } from '../../test/role-users.js';

let t: TestApp;
let admin: string;
let networkId: string;
let funderA: string;
let funderB: string;
let employer: string;
let agreementA: string;
let agreementB: string;
const today = todayInAmsterdam(new Date());
const n = (rest: string) => `/api/networks/${networkId}${rest}`;
const get = (cookie: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });
const post = (cookie: string, url: string, payload: object) =>
  t.app.inject({ method: 'POST', url, headers: { ...writeHeaders, cookie }, payload });

const agreementFor = (funderName: string, organisationId: string, target: string) => ({
  funderName,
  funderType: 'gemeente',
  organisationId,
  amountCents: 2_000_000,
  startsOn: '2026-01-01',
  endsOn: addMonthsTo(today, 12),
  conditions: 'Jaarlijkse rapportage op de missie.',
  mandate: 'Alleen de missie',
  missionTargets: [target],
  yearPlanRequired: false,
  documents: [],
});

async function funderOf(organisationId: string, email: string) {
  const cookie = await userWithRole(t.app, admin, networkId, 'funder', email);
  await t.database.db
    .update(person)
    .set({ organisationId })
    .where(and(eq(person.networkId, networkId), eq(person.email, email)));
  return cookie;
}

beforeAll(async () => {
  t = await createTestApp();
  const setup = await setupInstallation(t.app);
  admin = setup.cookie;
  networkId = setup.networkId;
  const orgA = (await post(admin, n('/organisations'), { kind: 'funder', name: 'Gemeente Zwolle' })).json().id;
  const orgB = (await post(admin, n('/organisations'), { kind: 'funder', name: 'Fonds Werk Overijssel' })).json().id;
  funderA = await funderOf(orgA, 'financier@zwolle.example');
  funderB = await funderOf(orgB, 'financier@fonds.example');
  employer = await userWithRole(t.app, admin, networkId, 'employer', 'werkgever@own.example');
  const a = await post(admin, n('/funder-agreements'), agreementFor('Gemeente Zwolle', orgA, '40 plaatsingen in 2027'));
  expect(a.statusCode, a.body).toBe(201);
  agreementA = a.json().id;
  const b = await post(admin, n('/funder-agreements'), agreementFor('Fonds Werk Overijssel', orgB, '25 leerbanen'));
  agreementB = b.json().id;
  const mission = await post(admin, n('/mission/versions'), {
    mission: 'Werkgevers in Zwolle maken samen werk van inclusief werkgeverschap.',
    goals: [
      { text: '100 mensen aan het werk in drie jaar', level: 'mission' },
      { text: 'Elk kwartaal een werkbezoek', level: 'network' },
    ],
    basedOnVersion: 0,
  });
  expect(mission.statusCode, mission.body).toBe(201);
});
afterAll(async () => t?.close());

describe('the funder and its own agreement', () => {
  it('lists only the agreement(s) where its own organisation is the funder', async () => {
    const a = await get(funderA, n('/funder-agreements/own'));
    expect(a.statusCode, a.body).toBe(200);
    expect(a.json().items.map((x: { id: string }) => x.id)).toEqual([agreementA]);
    expect(a.json().items[0]).toMatchObject({
      funderName: 'Gemeente Zwolle',
      missionTargets: ['40 plaatsingen in 2027'],
    });
    expect((await get(funderB, n('/funder-agreements/own'))).json().items.map((x: { id: string }) => x.id)).toEqual([
      agreementB,
    ]);
  });

  it("reads its own agreement by id; another funder's is not found (404, not 403)", async () => {
    const own = await get(funderA, n(`/funder-agreements/${agreementA}`));
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json()).toMatchObject({ id: agreementA, mandate: 'Alleen de missie' });
    const other = await get(funderA, n(`/funder-agreements/${agreementB}`));
    expect(other.statusCode).toBe(404);
    expect(other.body).not.toContain('Fonds Werk Overijssel');
    expect((await get(funderB, n(`/funder-agreements/${agreementA}`))).statusCode).toBe(404);
    // The full list stays closed to the funder.
    expect((await get(funderA, n('/funder-agreements'))).statusCode).toBe(403);
    // Whoever reads governance reads any agreement.
    expect((await get(admin, n(`/funder-agreements/${agreementB}`))).statusCode).toBe(200);
  });

  it('is closed to a member employer', async () => {
    expect((await get(employer, n('/funder-agreements/own'))).statusCode).toBe(403);
    // The detail route is open to every reader of the network, so it does not confirm that the agreement exists.
    expect((await get(employer, n(`/funder-agreements/${agreementA}`))).statusCode).toBe(404);
  });

  it('sees the mission with its mission-level goals and only the targets it agreed to itself', async () => {
    const a = (await get(funderA, n('/mission'))).json();
    expect(a.current.goals).toEqual([{ text: '100 mensen aan het werk in drie jaar', level: 'mission' }]);
    expect(a.agreedTargets).toEqual([{ funderName: 'Gemeente Zwolle', targets: ['40 plaatsingen in 2027'] }]);
    const b = (await get(funderB, n('/mission'))).json();
    expect(b.agreedTargets).toEqual([{ funderName: 'Fonds Werk Overijssel', targets: ['25 leerbanen'] }]);
    // Those who steer see every funder's targets.
    expect((await get(admin, n('/mission'))).json().agreedTargets).toHaveLength(2);
  });

  it('cannot change its agreement', async () => {
    const res = await t.app.inject({
      method: 'PUT',
      url: n(`/funder-agreements/${agreementA}`),
      headers: { ...writeHeaders, cookie: funderA },
      payload: { ...agreementFor('Gemeente Zwolle', '00000000-0000-4000-8000-000000000000', 'x'), version: 1 },
    });
    expect(res.statusCode).toBe(403);
  });
});
