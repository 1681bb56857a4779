// Steering and reports through the real routes on the demo network: the dashboard and drill-downs per role, targets, the
// funder's mission view, freezing and releasing a report (PDF and CSV), the umbrella comparison, and a walk over every route
// as a funder and as a partner that must find no personal data.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { candidate, person, placement, user } from '../../platform/db/schema.js';
import { cookieOf, lastMailTo, setupInstallation, tokenFrom } from '../../test/helpers.js';
import { createTestApp, writeHeaders, type TestApp } from '../../test/test-app.js';
import { loadDemoNetwork } from '../demo/demo.service.js';
import { grantRoleToUser } from '../networks/network-membership.js';
import type { App } from '../../app.js';

let t: TestApp;
let adminCookie: string;
let demoId: string;
let otherNetworkId: string;
const cookies: Record<string, string> = {};
const year = new Date().getUTCFullYear();

async function userWithRole(app: App, networkId: string, role: string, email: string) {
  const invite = await app.inject({
    method: 'POST',
    url: `/api/networks/${networkId}/invitations`,
    headers: { ...writeHeaders, cookie: adminCookie },
    payload: { name: `Proef ${role}`, email, role },
  });
  expect(invite.statusCode, invite.body).toBe(201);
  const token = tokenFrom((await lastMailTo(app, adminCookie, email)).textBody, '/uitnodiging/');
  const accept = await app.inject({
    method: 'POST',
    url: `/api/invitations/${token}/accept`,
    headers: writeHeaders,
    payload: { password: 'een-lange-proefzin-voor-sturing-2026' },
  });
  expect(accept.statusCode, accept.body).toBe(200);
  return cookieOf(accept);
}

const get = (cookie: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });
const send = (cookie: string, method: 'POST' | 'PUT', url: string, payload: unknown) =>
  t.app.inject({ method, url, headers: { ...writeHeaders, cookie }, payload: payload as object });

beforeAll(async () => {
  t = await createTestApp();
  const setup = await setupInstallation(t.app);
  adminCookie = setup.cookie;
  otherNetworkId = setup.networkId;
  const demo = await loadDemoNetwork({ db: t.database.db, seed: 7 });
  demoId = demo.networkId;
  const [admin] = await t.database.db.select({ id: user.id }).from(user).where(eq(user.email, setup.admin.email));
  await grantRoleToUser(t.database.db, { networkId: demoId, userId: admin!.id, role: 'coordinator' });
  for (const role of ['core_group', 'funder', 'partner', 'employer', 'board', 'back_office']) {
    cookies[role] = await userWithRole(t.app, demoId, role, `${role.replace('_', '-')}@proef.example`);
  }
}, 120_000);
afterAll(async () => t?.close());

describe('dashboard', () => {
  it('shows the kerngroep every measure of the demo network, with the ladder and the call list', async () => {
    const res = await get(cookies.core_group!, `/api/networks/${demoId}/steering/dashboard`);
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json();
    expect(d.members).toBeGreaterThan(20);
    expect(d.activeMembers.value).toBeGreaterThan(0);
    expect(d.turnout.ofRegistered.value).toBeGreaterThan(0);
    expect(d.employerLed.denominator).toBeGreaterThan(0);
    expect(d.mission.placements).toBeGreaterThanOrEqual(0);
    expect(d.ladder.length).toBe(d.members);
    expect(d.whoToCall.length).toBeLessThanOrEqual(5);
    expect(d.trends.month.length).toBeGreaterThan(0);
    expect(d.kerngroep.breadth).toBeGreaterThan(0);
  });

  it('the drill-down of active members counts exactly the numerator', async () => {
    const dash = (await get(cookies.core_group!, `/api/networks/${demoId}/steering/dashboard`)).json();
    const drill = await get(cookies.core_group!, `/api/networks/${demoId}/steering/drill/active_members`);
    expect(drill.statusCode, drill.body).toBe(200);
    const items = drill.json().items as { counted: boolean }[];
    expect(items.length).toBe(dash.activeMembers.denominator);
    expect(items.filter((i) => i.counted).length).toBe(dash.activeMembers.numerator);
  });

  it('turnout drill-down agrees with the dashboard sums and exports as CSV', async () => {
    const from = `${year - 1}-01-01`;
    const to = `${year - 1}-12-31`;
    const dash = (
      await get(cookies.core_group!, `/api/networks/${demoId}/steering/dashboard?from=${from}&to=${to}`)
    ).json();
    const items = (
      await get(cookies.core_group!, `/api/networks/${demoId}/steering/drill/turnout?from=${from}&to=${to}`)
    ).json().items as { values: { registered: number; attended: number } }[];
    expect(items.length).toBe(dash.turnout.activities);
    expect(items.reduce((s, i) => s + i.values.registered, 0)).toBe(dash.turnout.registered);
    expect(items.reduce((s, i) => s + i.values.attended, 0)).toBe(dash.turnout.attended);
    const csv = await get(
      cookies.core_group!,
      `/api/networks/${demoId}/steering/drill/turnout?from=${from}&to=${to}&format=csv`,
    );
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.split('\r\n').filter(Boolean).length).toBe(items.length + 1);
  });

  it('refuses a period that ends before it starts, in Dutch, naming the field', async () => {
    const res = await get(
      cookies.core_group!,
      `/api/networks/${demoId}/steering/dashboard?from=2026-05-01&to=2026-04-01`,
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().issues[0]).toMatchObject({
      path: ['to'],
      message: 'De einddatum van de periode ligt vóór de begindatum.',
    });
  });

  it.each([
    ['coordinator', 200],
    ['core_group', 200],
    ['board', 200],
    ['back_office', 200],
    ['funder', 403],
    ['partner', 403],
    ['employer', 403],
  ])('%s → %i', async (role, status) => {
    const cookie = role === 'coordinator' ? adminCookie : cookies[role]!;
    expect((await get(cookie, `/api/networks/${demoId}/steering/dashboard`)).statusCode).toBe(status);
    expect((await get(cookie, `/api/networks/${demoId}/steering/drill/placements`)).statusCode).toBe(status);
  });

  it('someone without a role in the network gets 404', async () => {
    expect((await get(cookies.core_group!, `/api/networks/${otherNetworkId}/steering/dashboard`)).statusCode).toBe(404);
  });
});

describe('targets and the funder view', () => {
  it('the dashboard is computed once for repeated reads, and a write through the app shows on the very next read', async () => {
    const lastYear = year - 1;
    const dashUrl = `/api/networks/${demoId}/steering/dashboard?from=${lastYear}-01-01&to=${lastYear}-12-31`;
    const before = await get(cookies.core_group!, dashUrl);
    expect(before.statusCode, before.body).toBe(200);
    const queries: string[] = [];
    const pool = t.database.pool as unknown as { query: (...a: unknown[]) => unknown };
    const original = pool.query.bind(pool);
    pool.query = (...args: unknown[]) => {
      queries.push(String(typeof args[0] === 'string' ? args[0] : (args[0] as { text: string }).text));
      return original(...args);
    };
    try {
      const again = await get(cookies.core_group!, dashUrl);
      expect(again.json()).toEqual(before.json());
    } finally {
      pool.query = original;
    }
    expect(queries.filter((q) => /registration/.test(q))).toEqual([]);

    const targetsUrl = `/api/networks/${demoId}/steering/targets`;
    const { items } = (await get(cookies.core_group!, targetsUrl)).json() as {
      items: { year: number; version: number }[];
    };
    const version = items.find((x) => x.year === lastYear)?.version;
    const placements = (before.json().targets.placements.target ?? 0) + 7;
    const saved = await send(cookies.core_group!, 'PUT', targetsUrl, {
      year: lastYear,
      placements,
      banen: null,
      activeMembers: null,
      version: version ?? 0,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await get(cookies.core_group!, dashUrl)).json().targets.placements.target).toBe(placements);
  });

  it('the kerngroep sets yearly mission targets; the funder sees progress, suppressed; an employer may not set them', async () => {
    const bad = await send(cookies.core_group!, 'PUT', `/api/networks/${demoId}/steering/targets`, {
      year,
      placements: -1,
      banen: 10,
      activeMembers: 30,
      version: 0,
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().issues[0].path).toContain('placements');
    const url = `/api/networks/${demoId}/steering/targets`;
    // Version 0 = "this year has no target yet": the first save creates it at version 1.
    const first = await send(cookies.core_group!, 'PUT', url, {
      year,
      placements: 25,
      banen: 20.5,
      activeMembers: 35,
      version: 0,
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ year, version: 1 });
    // Another screen that also saw no target for the year may not overwrite the one set meanwhile.
    const alsoNew = await send(cookies.core_group!, 'PUT', url, {
      year,
      placements: 99,
      banen: null,
      activeMembers: null,
      version: 0,
    });
    expect(alsoNew.statusCode).toBe(409);
    expect(alsoNew.json()).toMatchObject({ code: 'stale_version', message: expect.stringMatching(/intussen/) });
    const ok = await send(cookies.core_group!, 'PUT', url, {
      year,
      placements: 30,
      banen: 20.5,
      activeMembers: 35,
      version: 1,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toEqual({ year, version: 2 });
    const stale = await send(cookies.core_group!, 'PUT', url, {
      year,
      placements: 1,
      banen: null,
      activeMembers: null,
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    const targets = (await get(cookies.core_group!, url)).json().items;
    expect(targets.find((x: { year: number }) => x.year === year)).toMatchObject({ placements: 30, version: 2 });
    expect(
      (
        await send(cookies.employer!, 'PUT', url, {
          year,
          placements: 1,
          banen: null,
          activeMembers: null,
          version: 2,
        })
      ).statusCode,
    ).toBe(403);
    const mission = await get(cookies.funder!, `/api/networks/${demoId}/steering/mission`);
    expect(mission.statusCode, mission.body).toBe(200);
    const m = mission.json();
    expect(m.targets).toMatchObject({
      year,
      placements: { target: 30 },
      banen: { target: 20.5 },
      activeMembers: { target: 35 },
    });
    for (const v of [m.members, m.activeMembers, m.placements, m.activities]) {
      expect(typeof v === 'number' ? v >= 5 : v === '< 5').toBe(true);
    }
    const dash = (await get(cookies.core_group!, `/api/networks/${demoId}/steering/dashboard`)).json();
    expect(dash.targets.placements).toEqual({ target: 30, realised: expect.any(Number) });
  });
});

describe('reports', () => {
  let reportId: string;

  it('the kerngroep freezes a quarter, writes a narrative and releases it; the funder sees it only after release', async () => {
    const frozen = await send(cookies.core_group!, 'POST', `/api/networks/${demoId}/reports`, {
      periodKind: 'quarter',
      year: year - 1,
      index: 3,
    });
    expect(frozen.statusCode, frozen.body).toBe(201);
    reportId = frozen.json().id;
    const again = await send(cookies.core_group!, 'POST', `/api/networks/${demoId}/reports`, {
      periodKind: 'quarter',
      year: year - 1,
      index: 3,
    });
    expect(again.statusCode).toBe(409);

    expect((await get(cookies.funder!, `/api/networks/${demoId}/reports`)).json().items).toEqual([]);
    expect((await get(cookies.funder!, `/api/networks/${demoId}/reports/${reportId}`)).statusCode).toBe(404);

    const detail = (await get(cookies.core_group!, `/api/networks/${demoId}/reports/${reportId}`)).json();
    expect(detail).toMatchObject({ label: `Q3 ${year - 1}`, status: 'frozen', periodFrom: `${year - 1}-07-01` });
    expect(detail.internal.members).toBeGreaterThan(0);
    const narrative = await send(cookies.core_group!, 'PUT', `/api/networks/${demoId}/reports/${reportId}/narrative`, {
      narrative: 'Een kwartaal met veel werkgeversbezoeken.',
      version: detail.version,
    });
    expect(narrative.statusCode, narrative.body).toBe(200);
    const stale = await send(cookies.core_group!, 'POST', `/api/networks/${demoId}/reports/${reportId}/release`, {
      version: detail.version,
    });
    expect(stale.statusCode).toBe(409);
    expect(
      (await send(cookies.funder!, 'POST', `/api/networks/${demoId}/reports/${reportId}/release`, { version: 2 }))
        .statusCode,
    ).toBe(403);
    const released = await send(cookies.core_group!, 'POST', `/api/networks/${demoId}/reports/${reportId}/release`, {
      version: narrative.json().version,
    });
    expect(released.statusCode, released.body).toBe(200);
    const late = await send(cookies.core_group!, 'PUT', `/api/networks/${demoId}/reports/${reportId}/narrative`, {
      narrative: 'Toch anders',
      version: released.json().version,
    });
    expect(late.statusCode).toBe(409);

    const list = (await get(cookies.funder!, `/api/networks/${demoId}/reports`)).json().items;
    expect(list.map((r: { id: string }) => r.id)).toEqual([reportId]);
    const seen = (await get(cookies.funder!, `/api/networks/${demoId}/reports/${reportId}`)).json();
    expect(seen.internal).toBeNull();
    expect(seen.narrative).toBe('Een kwartaal met veel werkgeversbezoeken.');
    expect(seen.funder.period).toEqual({ from: `${year - 1}-07-01`, to: `${year - 1}-09-30` });
  });

  it('later changes to the data do not alter the released report', async () => {
    const before = (await get(cookies.funder!, `/api/networks/${demoId}/reports/${reportId}`)).json().funder;
    const dashBefore = (
      await get(
        cookies.core_group!,
        `/api/networks/${demoId}/steering/dashboard?from=${year - 1}-07-01&to=${year - 1}-09-30`,
      )
    ).json();
    // Six new placements in the quarter, straight into the tables (outside the app, so its read cache is emptied as a
    // write through the app would; decision 009).
    const db = t.database.db;
    const [org] = await db
      .execute<{ organisation_id: string }>(
        sql`select organisation_id from membership where network_id = ${demoId} and status = 'active' limit 1`,
      )
      .then((r) => r.rows);
    for (let i = 0; i < 6; i++) {
      const [c] = await db
        .insert(candidate)
        .values({ networkId: demoId, code: `NA-${i}`, targetGroupRegister: 'yes' })
        .returning({ id: candidate.id });
      await db.insert(placement).values({
        networkId: demoId,
        candidateId: c!.id,
        organisationId: org!.organisation_id,
        startsOn: `${year - 1}-08-0${i + 1}`,
        hoursPerWeek: '25.5',
        contractKind: 'permanent',
      });
    }
    t.app.readCache.clear();
    const dashAfter = (
      await get(
        cookies.core_group!,
        `/api/networks/${demoId}/steering/dashboard?from=${year - 1}-07-01&to=${year - 1}-09-30`,
      )
    ).json();
    expect(dashAfter.mission.placements).toBe(dashBefore.mission.placements + 6);
    const after = (await get(cookies.funder!, `/api/networks/${demoId}/reports/${reportId}`)).json().funder;
    expect(after).toEqual(before);
  });

  const pdfText = async (cookie: string) => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/networks/${demoId}/reports/${reportId}/pdf`,
      headers: { cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'nr-report-')), 'r.pdf');
    fs.writeFileSync(file, res.rawPayload);
    return execFileSync('/usr/bin/pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  };
  const english = (cookie: string) => `${cookie}; netwerkregie_lang=en`;

  it('the PDF is Dutch, has the figures and the narrative, and no names', async () => {
    const text = await pdfText(cookies.funder!);
    expect(text).toContain(`Rapportage Q3 ${year - 1}`);
    expect(text).toContain(`Periode 1 juli ${year - 1} t/m 30 september ${year - 1}`);
    expect(text).toContain('Plaatsingen per kwartaal');
    expect(text).toContain('Een kwartaal met veel werkgeversbezoeken.');
    expect(text).toContain('Definities');
    const names = await demoPersonalStrings();
    expect(names.filter((n) => text.includes(n))).toEqual([]);
  });

  it('the PDF is in English for a funder whose screen is in English, with the same figures', async () => {
    const text = await pdfText(english(cookies.funder!));
    expect(text).toContain(`Report Q3 ${year - 1}`);
    expect(text).toContain(`Period 1 July ${year - 1} to 30 September ${year - 1}`);
    expect(text).toContain('Placements per quarter');
    expect(text).toContain('Mission results');
    expect(text).toContain('Definitions');
    // The narrative is the core group's own words: shown as written.
    expect(text).toContain('Een kwartaal met veel werkgeversbezoeken.');
    for (const dutch of [
      'Rapportage',
      'Plaatsingen',
      'Definities',
      'Missieresultaten',
      'Toelichting',
      'nog geen gegevens',
    ]) {
      expect(text, dutch).not.toContain(dutch);
    }
  });

  it('the CSV has the suppressed figures', async () => {
    const res = await get(cookies.funder!, `/api/networks/${demoId}/reports/${reportId}/csv`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Cijfer;Waarde');
    expect(res.body).toMatch(/Plaatsingen;(< 5|\d+)/);
    expect(res.body).toContain(`Periode;1 juli ${year - 1} t/m 30 september ${year - 1}`);
  });

  it('the CSV is in English for an English screen, every row label included, with the same values', async () => {
    const nl = (await get(cookies.funder!, `/api/networks/${demoId}/reports/${reportId}/csv`)).body;
    const res = await get(english(cookies.funder!), `/api/networks/${demoId}/reports/${reportId}/csv`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Figure;Value');
    expect(res.body).toMatch(/Placements;(< 5|\d+)/);
    expect(res.body).toMatch(new RegExp(`Placements Q\\d ${year - 1};`));
    expect(res.body).not.toMatch(/Plaatsingen|Deelnemers|Periode|kwartaal|Banen /);
    const rowsOf = (csv: string) =>
      csv
        .replace(/^\uFEFF/, '')
        .split('\r\n')
        .filter(Boolean)
        .slice(1);
    const [nlRows, enRows] = [rowsOf(nl), rowsOf(res.body)];
    expect(enRows).toHaveLength(nlRows.length);
    // Counts are whole numbers or marks, written alike in both languages; only the labels (and the period's words) differ.
    const counts = (rows: string[]) =>
      rows
        .slice(1)
        .map((r) => r.split(';')[1])
        .filter((v) => /^(\d+|< 5|×)$/.test(v!));
    expect(counts(enRows)).toEqual(counts(nlRows));
  });
});

describe('signal thresholds per network', () => {
  const url = () => `/api/networks/${demoId}/steering/settings`;
  const dash = () => `/api/networks/${demoId}/steering/dashboard?from=${year - 1}-01-01&to=${year - 1}-12-31`;
  const signalCodes = async () =>
    ((await get(cookies.core_group!, dash())).json().signals as { code: string }[]).map((s) => s.code);

  it("start at the guide's defaults; the kerngroep changes one and the dashboard signals follow; stale versions are refused", async () => {
    const first = await get(cookies.core_group!, url());
    expect(first.statusCode).toBe(200);
    const settings = first.json();
    expect(settings.version).toBe(0);
    expect(settings.thresholds).toEqual(settings.defaults);
    expect(settings.thresholds.employerLedBelow).toBe(0.4);

    // Every share is below 100%, so with the bar at 100% the demo network gets the signal; at 0% it cannot.
    const high = await send(cookies.core_group!, 'PUT', url(), {
      thresholds: { ...settings.defaults, employerLedBelow: 1 },
      version: 0,
    });
    expect(high.statusCode, high.body).toBe(200);
    expect(high.json().version).toBe(1);
    expect(await signalCodes()).toContain('low_employer_led');
    const after = (await get(cookies.core_group!, url())).json();
    expect(after).toMatchObject({ version: 1, thresholds: { employerLedBelow: 1, needsDrivenBelow: 0.3 } });

    const low = await send(cookies.core_group!, 'PUT', url(), {
      thresholds: { ...settings.defaults, employerLedBelow: 0 },
      version: 1,
    });
    expect(low.statusCode, low.body).toBe(200);
    expect(await signalCodes()).not.toContain('low_employer_led');

    const stale = await send(adminCookie, 'PUT', url(), { thresholds: settings.defaults, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('stale_version');
  });

  it('refuses a share above 100% naming the field; funders and employers may not read or change them', async () => {
    const settings = (await get(adminCookie, url())).json();
    const bad = await send(adminCookie, 'PUT', url(), {
      thresholds: { ...settings.thresholds, needsDrivenBelow: 1.5 },
      version: settings.version,
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().issues[0].path).toEqual(['body', 'thresholds', 'needsDrivenBelow']);
    for (const role of ['funder', 'employer']) {
      expect((await get(cookies[role]!, url())).statusCode).toBe(403);
      const put = await send(cookies[role]!, 'PUT', url(), { thresholds: settings.thresholds, version: 0 });
      expect(put.statusCode).toBe(403);
    }
  });
});

describe('comparison across networks', () => {
  it('shows only opted-in networks, anonymised, to the platform admin only', async () => {
    expect((await get(cookies.funder!, `/api/steering/comparison`)).statusCode).toBe(403);
    const none = (await get(adminCookie, `/api/steering/comparison`)).json();
    expect(none.networks).toEqual([]);
    expect(
      (await send(cookies.funder!, 'PUT', `/api/networks/${demoId}/steering/comparison-opt-in`, { optIn: true }))
        .statusCode,
    ).toBe(403);
    const opt = await send(cookies.core_group!, 'PUT', `/api/networks/${demoId}/steering/comparison-opt-in`, {
      optIn: true,
    });
    expect(opt.statusCode, opt.body).toBe(200);
    const res = await get(adminCookie, `/api/steering/comparison?from=${year - 1}-01-01&to=${year - 1}-12-31`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.networks).toHaveLength(1);
    expect(body.networks[0].label).toBe('1');
    expect(res.body).not.toContain('demo');
  });
});

/** Full names and e-mail addresses of the demo network's people and candidates. */
async function demoPersonalStrings(): Promise<string[]> {
  const db = t.database.db;
  const people = await db
    .select({ name: person.name, email: person.email })
    .from(person)
    .where(eq(person.networkId, demoId));
  const cands = await db.select({ email: candidate.email }).from(candidate).where(eq(candidate.networkId, demoId));
  return [...people.flatMap((p) => [p.name, p.email]), ...cands.map((c) => c.email)].filter(
    (s): s is string => !!s && !s.startsWith('Proef ') && !s.endsWith('@proef.example') && s.length > 5,
  );
}

async function walkAllRoutes(cookie: string) {
  const personal = await demoPersonalStrings();
  expect(personal.length).toBeGreaterThan(50);
  const [somePerson] = await t.database.db
    .select({ id: person.id })
    .from(person)
    .where(eq(person.networkId, demoId))
    .limit(1);
  const reportId = (await get(cookies.core_group!, `/api/networks/${demoId}/reports`)).json().items[0]?.id;
  const leaks: string[] = [];
  let walked = 0;
  for (const route of t.app.routeTable) {
    if (route.url.includes('logout')) continue;
    const url = route.url.replace(/:(\w+)/g, (_, name: string) => {
      if (name === 'networkId') return demoId;
      if (name === 'reportId') return reportId ?? '00000000-0000-4000-8000-000000000000';
      if (name === 'measure') return 'active_members';
      if (name === 'personId') return somePerson!.id;
      return '00000000-0000-4000-8000-000000000000';
    });
    const res = await t.app.inject({
      method: route.method as 'GET',
      url,
      headers: { ...writeHeaders, cookie },
      ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { payload: {} }),
    });
    walked++;
    for (const s of personal) if (res.body.includes(s)) leaks.push(`${route.method} ${route.url}: ${s}`);
  }
  return { walked, leaks };
}

describe('no personal data for funders and partners', () => {
  it.each(['funder', 'partner'])(
    'walks every route as %s and finds no name or e-mail of the demo data',
    async (role) => {
      const { walked, leaks } = await walkAllRoutes(cookies[role]!);
      expect(walked).toBeGreaterThan(20);
      expect(leaks).toEqual([]);
    },
    120_000,
  );

  it('the same walk as the kerngroep does find names (the check can fail)', async () => {
    const { leaks } = await walkAllRoutes(cookies.core_group!);
    expect(leaks.length).toBeGreaterThan(0);
  }, 120_000);
});
