// The financial statements to the funder on a real app and database: frozen figures that later spending does not change,
// an explanation, a release that fixes it for good, and what a funder, an employer and another network get to see.
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupInstallation } from '../../test/helpers.js';
import { createTestApp, writeHeaders, type TestApp } from '../../test/test-app.js';
import { userWithRole } from '../../test/role-users.js';

let t: TestApp;
let admin: string;
let networkId: string;
let otherNetwork: string;
const cookies: Record<string, string> = {};
const YEAR = 2026;
const n = (rest: string, id = networkId) => `/api/networks/${id}${rest}`;
const get = (cookie: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });
const send = (method: 'POST' | 'PUT', cookie: string, url: string, payload: object) =>
  t.app.inject({ method, url, headers: { ...writeHeaders, cookie }, payload });

const spend = (spentOn: string, amount: string, item: string, payer: string, description: string) =>
  send('POST', admin, n('/budget-spending'), { spentOn, amount, item, payer, description });

beforeAll(async () => {
  t = await createTestApp();
  const setup = await setupInstallation(t.app);
  admin = setup.cookie;
  networkId = setup.networkId;
  otherNetwork = (
    await send('POST', admin, '/api/admin/networks', { name: 'Werkgeversnetwerk Twente Inclusief' })
  ).json().id;
  for (const role of ['back_office', 'core_group', 'funder', 'employer'])
    cookies[role] = await userWithRole(t.app, admin, networkId, role, `${role}@verantwoording.example`);
  cookies.otherFunder = await userWithRole(t.app, admin, otherNetwork, 'funder', 'elders@verantwoording.example');

  expect((await send('POST', admin, n(`/budget/${YEAR}`), { fromDesign: false })).statusCode).toBe(201);
  const plan = await send('PUT', admin, n(`/budget/${YEAR}/plan`), {
    version: 1,
    lines: [
      { item: 'coordinator', payer: 'funder_grant', amount: '40.000' },
      { item: 'coordinator', payer: 'member_contributions', amount: '10.000,50' },
      { item: 'communication_tools', payer: 'funder_grant', amount: '1.250,50' },
    ],
  });
  expect(plan.statusCode, plan.body).toBe(200);
  for (const res of [
    await spend(`${YEAR}-01-31`, '3.000', 'coordinator', 'funder_grant', 'Coördinatie januari, factuur Jansen Advies'),
    await spend(`${YEAR}-03-31`, '250,25', 'communication_tools', 'funder_grant', 'Nieuwsbrief Mailchimp'),
    await spend(`${YEAR}-04-01`, '999', 'coordinator', 'member_contributions', 'Coördinatie april'),
  ])
    expect(res.statusCode, res.body).toBe(201);
});
afterAll(async () => t?.close());

let statementId: string;
let version: number;

describe('the financial statement to the funder', () => {
  it('freezes a quarter: grant and planned total against the spending in the period, per item and in all', async () => {
    const bad = await send('POST', admin, n('/budget-statements'), { from: `${YEAR}-12-01`, to: `${YEAR + 1}-01-31` });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().message).toContain('één begrotingsjaar');
    const noBudget = await send('POST', admin, n('/budget-statements'), { from: '2030-01-01', to: '2030-03-31' });
    expect(noBudget.statusCode).toBe(409);

    const frozen = await send('POST', cookies.back_office!, n('/budget-statements'), {
      from: `${YEAR}-01-01`,
      to: `${YEAR}-03-31`,
    });
    expect(frozen.statusCode, frozen.body).toBe(201);
    ({ id: statementId, version } = frozen.json());
    const again = await send('POST', admin, n('/budget-statements'), { from: `${YEAR}-01-01`, to: `${YEAR}-03-31` });
    expect(again.statusCode).toBe(409);

    const detail = await get(admin, n(`/budget-statements/${statementId}`));
    expect(detail.statusCode, detail.body).toBe(200);
    const s = detail.json();
    expect(s).toMatchObject({ status: 'frozen', periodFrom: `${YEAR}-01-01`, periodTo: `${YEAR}-03-31`, year: YEAR });
    expect(s.total).toEqual({
      grantCents: 4_125_050,
      plannedCents: 5_125_100,
      spentCents: 325_025,
      grantSpentCents: 325_025,
    });
    expect(s.items.find((i: { item: string }) => i.item === 'coordinator')).toMatchObject({
      grantCents: 4_000_000,
      plannedCents: 5_000_050,
      spentCents: 300_000,
    });
  });

  it('is not recomputed when spending changes after freezing', async () => {
    expect(
      (await spend(`${YEAR}-02-10`, '500', 'coordinator', 'funder_grant', 'Late factuur februari')).statusCode,
    ).toBe(201);
    const s = (await get(admin, n(`/budget-statements/${statementId}`))).json();
    expect(s.total.spentCents).toBe(325_025);
  });

  it('is unseen by the funder until released; an employer may not look; the kerngroep reads it', async () => {
    expect((await get(cookies.funder!, n('/budget-statements'))).json().items).toEqual([]);
    expect((await get(cookies.funder!, n(`/budget-statements/${statementId}`))).statusCode).toBe(404);
    expect((await get(cookies.employer!, n('/budget-statements'))).statusCode).toBe(403);
    expect((await get(cookies.employer!, n(`/budget-statements/${statementId}`))).statusCode).toBe(403);
    const core = await get(cookies.core_group!, n('/budget-statements'));
    expect(core.json()).toMatchObject({ canManage: false, items: [{ id: statementId, status: 'frozen' }] });
    const release = await send('POST', cookies.funder!, n(`/budget-statements/${statementId}/release`), { version });
    expect(release.statusCode).toBe(403);
  });

  it('takes an explanation, is released with its version, and then cannot change (409)', async () => {
    const explained = await send('PUT', admin, n(`/budget-statements/${statementId}/explanation`), {
      explanation: 'De coördinatie begon in januari; de nieuwsbrief ging in maart van start.',
      version,
    });
    expect(explained.statusCode, explained.body).toBe(200);
    const stale = await send('POST', admin, n(`/budget-statements/${statementId}/release`), { version });
    expect(stale.statusCode).toBe(409);
    version = explained.json().version;
    const released = await send('POST', admin, n(`/budget-statements/${statementId}/release`), { version });
    expect(released.statusCode, released.body).toBe(200);
    version = released.json().version;
    const twice = await send('POST', admin, n(`/budget-statements/${statementId}/release`), { version });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().message).toContain('vrijgegeven');
    const edit = await send('PUT', admin, n(`/budget-statements/${statementId}/explanation`), {
      explanation: 'Toch anders',
      version,
    });
    expect(edit.statusCode).toBe(409);
  });

  it('shows the funder the released statement, totals per item only, and nothing of another network', async () => {
    // A second, unreleased statement stays out of the funder's list.
    expect(
      (await send('POST', admin, n('/budget-statements'), { from: `${YEAR}-01-01`, to: `${YEAR}-12-31` })).statusCode,
    ).toBe(201);
    const list = await get(cookies.funder!, n('/budget-statements'));
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items.map((i: { id: string }) => i.id)).toEqual([statementId]);
    expect(list.json().canManage).toBe(false);

    const detail = await get(cookies.funder!, n(`/budget-statements/${statementId}`));
    expect(detail.statusCode, detail.body).toBe(200);
    expect(detail.json()).toMatchObject({ status: 'released', total: { spentCents: 325_025 } });
    expect(detail.json().explanation).toContain('nieuwsbrief');
    for (const body of [list.body, detail.body]) {
      for (const word of ['Jansen', 'Mailchimp', 'Coördinatie januari', 'factuur', 'description'])
        expect(body).not.toContain(word);
    }

    const csv = await get(cookies.funder!, n(`/budget-statements/${statementId}?format=csv`));
    expect(csv.statusCode, csv.body).toBe(200);
    const rows = Papa.parse<Record<string, string>>(csv.body.replace(/^\uFEFF/, ''), {
      header: true,
      delimiter: ';',
      skipEmptyLines: true,
    }).data;
    expect(rows.find((r) => r.Post === 'Coördinator')).toMatchObject({
      'Subsidie begroot': '40000,00',
      'Besteed in periode': '3000,00',
    });
    expect(rows.find((r) => r.Post === 'Totaal')).toMatchObject({ 'Besteed in periode': '3250,25' });

    expect((await get(cookies.otherFunder!, n(`/budget-statements/${statementId}`, otherNetwork))).statusCode).toBe(
      404,
    );
    expect((await get(cookies.otherFunder!, n('/budget-statements', otherNetwork))).json().items).toEqual([]);
    expect((await get(cookies.otherFunder!, n(`/budget-statements/${statementId}`))).statusCode).toBe(404);
  });
});
