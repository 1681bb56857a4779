// The advisor's numbers as installation settings, on a real app and database: the administrator reads and changes them
// (bad values refused with a Dutch message per number, a stale version refused, every change in the audit log), others get
// 403, and the advice of a network follows the stored numbers (preview and a saved version).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADVISOR_DEFAULTS } from '../../../core/design/design-advisor.js';
import { setupInstallation } from '../../test/helpers.js';
import { userWithRole } from '../../test/role-users.js';
import { createTestApp, writeHeaders, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let admin: string;
let networkA: string;
const cookies: Record<string, string> = {};

const input = {
  financing: 'contributions_money',
  ownership: 2,
  phase: 'opstart',
  expectedMembers: 20,
  existing: { coreGroupFormed: true, coordinatorAvailable: true, legalEntity: false, annualPlanRequired: false },
};

beforeAll(async () => {
  t = await createTestApp();
  const setup = await setupInstallation(t.app);
  admin = setup.cookie;
  networkA = setup.networkId;
  for (const role of ['coordinator', 'core_group', 'employer'])
    cookies[role] = await userWithRole(t.app, admin, networkA, role, `${role}@advisor-settings.example`);
});
afterAll(async () => t?.close());

const adminUrl = '/api/admin/advisor-settings';

async function readAdmin() {
  const res = await t.app.inject({ method: 'GET', url: adminUrl, headers: { cookie: admin } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

async function put(cookie: string, body: Record<string, unknown>, language = 'nl') {
  return t.app.inject({
    method: 'PUT',
    url: adminUrl,
    headers: { ...writeHeaders, cookie, 'accept-language': language },
    payload: body,
  });
}

async function preview(cookie: string) {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/networks/${networkA}/design/advise`,
    headers: { ...writeHeaders, cookie },
    payload: input,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

describe('advisor settings', () => {
  it('start as the guide’s figures, version 0, nothing changed', async () => {
    const read = await readAdmin();
    expect(read.values).toEqual(ADVISOR_DEFAULTS);
    expect(read.defaults).toEqual(ADVISOR_DEFAULTS);
    expect(read.changed).toEqual([]);
    expect(read.version).toBe(0);
    const wizard = await t.app.inject({
      method: 'GET',
      url: `/api/networks/${networkA}/design/advisor-settings`,
      headers: { cookie: cookies.employer! },
    });
    // A member employer does not read the design; the kerngroep does.
    expect(wizard.statusCode).toBe(403);
    const kerngroep = await t.app.inject({
      method: 'GET',
      url: `/api/networks/${networkA}/design/advisor-settings`,
      headers: { cookie: cookies.core_group! },
    });
    expect(kerngroep.statusCode, kerngroep.body).toBe(200);
    expect(kerngroep.json().values).toEqual(ADVISOR_DEFAULTS);
  });

  it('refuse anyone but the installation administrator (403), also the coordinator', async () => {
    for (const role of ['coordinator', 'core_group', 'employer']) {
      const read = await t.app.inject({ method: 'GET', url: adminUrl, headers: { cookie: cookies[role]! } });
      expect(read.statusCode, role).toBe(403);
      const write = await put(cookies[role]!, { values: ADVISOR_DEFAULTS, version: 0 });
      expect(write.statusCode, role).toBe(403);
    }
  });

  it('refuse bad values with a Dutch message per number that says what to fix', async () => {
    const res = await put(admin, {
      values: {
        ...ADVISOR_DEFAULTS,
        networkMeetingsPerYear: { min: 8, max: 6 },
        workingWeeksPerYear: 60,
        coordinatorDayRateCents: { min: -100, max: 80_000 },
      },
      version: 0,
    });
    expect(res.statusCode, res.body).toBe(422);
    const reply = res.json();
    expect(reply.message).toMatch(/Niet alle getallen kloppen/);
    const byKey = Object.fromEntries(
      reply.issues.map((i: { path: string[]; message: string }) => [i.path.at(-1), i.message]),
    );
    expect(byKey.networkMeetingsPerYear).toBe(
      '‘Netwerkbijeenkomsten per jaar’: het minimum (8) is hoger dan het maximum (6). Maak het minimum kleiner of het maximum groter.',
    );
    expect(byKey.workingWeeksPerYear).toBe('‘Werkweken per jaar’ moet liggen tussen 1 en 52 (een heel getal).');
    expect(byKey.coordinatorDayRateCents).toMatch(
      /^‘Dagtarief van de coördinator’ moet liggen tussen €\s0,00 en €\s5\.000,00\.$/,
    );
    expect((await readAdmin()).version).toBe(0);
    const english = await put(admin, { values: { ...ADVISOR_DEFAULTS, workingWeeksPerYear: 60 }, version: 0 }, 'en');
    expect(english.json().issues[0].message).toBe('‘Working weeks a year’ must lie between 1 and 52 (a whole number).');
  });

  it('save a change, write it to the audit log, and the advice follows it', async () => {
    const before = await preview(cookies.core_group!);
    const res = await put(admin, {
      values: { ...ADVISOR_DEFAULTS, networkMeetingsPerYear: { min: 10, max: 12 }, coordinatorDaysInStartUp: 3 },
      version: 0,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().version).toBe(1);
    expect(res.json().changed.sort()).toEqual(['coordinatorDaysInStartUp', 'networkMeetingsPerYear']);
    expect(res.json().values.networkMeetingsPerYear).toEqual({ min: 10, max: 12 });

    const after = await preview(cookies.core_group!);
    const meetings = (d: { financing: { costItems: { code: string; reason: string }[] } }) =>
      d.financing.costItems.find((c) => c.code === 'meetings_venues')!.reason;
    expect(meetings(before)).toMatch(/4.+6/);
    expect(meetings(after)).toMatch(/10.+12/);
    expect(after.financing.coordinatorDaysPerWeek).toBeGreaterThan(before.financing.coordinatorDaysPerWeek);

    // A saved version is computed by the server with the same numbers.
    const saved = await t.app.inject({
      method: 'POST',
      url: `/api/networks/${networkA}/design/versions`,
      headers: { ...writeHeaders, cookie: cookies.core_group! },
      payload: { input, reason: 'Met de getallen van deze installatie' },
    });
    expect(saved.statusCode, saved.body).toBe(201);
    const version = await t.app.inject({
      method: 'GET',
      url: `/api/networks/${networkA}/design/versions/${saved.json().id}`,
      headers: { cookie: cookies.core_group! },
    });
    expect(version.statusCode, version.body).toBe(200);
    expect(version.json().output.financing.coordinatorDaysPerWeek).toBe(after.financing.coordinatorDaysPerWeek);

    const { rows } = await t.database.pool.query<{ details: { version: number; changes: Record<string, unknown> } }>(
      `select details from audit_entry where action = 'advisor_settings.update' order by at desc limit 1`,
    );
    expect(rows[0]!.details.version).toBe(1);
    expect(rows[0]!.details.changes).toEqual({
      coordinatorDaysInStartUp: { from: 2, to: 3 },
      networkMeetingsPerYear: { from: { min: 4, max: 6 }, to: { min: 10, max: 12 } },
    });
  });

  it('refuse a save based on an older version (409) and keep the newer numbers', async () => {
    const res = await put(admin, { values: ADVISOR_DEFAULTS, version: 0 });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toMatch(/iemand anders/i);
    expect((await readAdmin()).values.networkMeetingsPerYear).toEqual({ min: 10, max: 12 });
  });

  it('go back to the guide’s figures', async () => {
    const res = await put(admin, { values: ADVISOR_DEFAULTS, version: 1 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ version: 2, changed: [], values: ADVISOR_DEFAULTS });
    const { rows } = await t.database.pool.query<{ value: unknown }>(
      `select value from installation_setting where key = 'advisor'`,
    );
    expect(rows[0]!.value).toEqual({});
  });
});
