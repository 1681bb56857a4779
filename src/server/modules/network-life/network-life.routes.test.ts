// A network's life on a real app and database: the mission saved in versions (a stale version is refused, a funder sees the
// mission-level goals only), the phase moved by the kerngroep with a date and a reason that land in the decision log (bad
// dates and unknown moves refused with a Dutch message), and the funder agreement (an agreement that ends before it starts is
// refused, stale versions give 409) whose signals show on the steering dashboard.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonthsTo } from '../../../core/network-life/network-life.js';
import { todayInAmsterdam } from '../../../core/calendar.js';
import { person } from '../../platform/db/schema.js';
import { setupInstallation } from '../../test/helpers.js';
import { createTestApp, writeHeaders, type TestApp } from '../../test/test-app.js';
import { userWithRole } from '../../test/role-users.js';

let t: TestApp;
let admin: string;
let networkId: string;
const cookies: Record<string, string> = {};
const today = todayInAmsterdam(new Date());
const n = (rest: string) => `/api/networks/${networkId}${rest}`;

async function send(cookie: string, method: 'POST' | 'PUT', url: string, payload: unknown) {
  return t.app.inject({ method, url, headers: { ...writeHeaders, cookie }, payload: payload as object });
}
async function get(cookie: string, url: string) {
  return t.app.inject({ method: 'GET', url, headers: { cookie } });
}
function dayOffset(days: number) {
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

beforeAll(async () => {
  t = await createTestApp();
  const setup = await setupInstallation(t.app);
  admin = setup.cookie;
  networkId = setup.networkId;
  for (const role of ['core_group', 'board', 'funder', 'employer'])
    cookies[role] = await userWithRole(t.app, admin, networkId, role, `${role}@life.example`);
});
afterAll(async () => t?.close());

describe('mission and goals', () => {
  const goals = [
    { text: '100 mensen met een afstand tot de arbeidsmarkt aan het werk in drie jaar', level: 'mission' },
    { text: 'Elk kwartaal een werkbezoek bij een deelnemer', level: 'network' },
  ];

  it('saves versions with author and date, and refuses a save based on a stale version', async () => {
    expect((await get(admin, n('/mission'))).json()).toMatchObject({ current: null });
    const first = await send(cookies.core_group!, 'POST', n('/mission/versions'), {
      mission: 'Werkgevers in Zwolle maken samen werk van inclusief werkgeverschap.',
      goals,
      basedOnVersion: 0,
    });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().versionNumber).toBe(1);

    // A second writer who also started from "no mission yet" is refused, in Dutch, and nothing is written.
    const stale = await send(admin, 'POST', n('/mission/versions'), {
      mission: 'Een andere missie die de eerste zou overschrijven.',
      goals: [],
      basedOnVersion: 0,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'stale_version', message: expect.stringMatching(/intussen gewijzigd/) });

    const second = await send(admin, 'POST', n('/mission/versions'), {
      mission: 'Werkgevers in Zwolle maken samen werk van inclusief werkgeverschap, voor en door werkgevers.',
      goals,
      basedOnVersion: 1,
    });
    expect(second.statusCode, second.body).toBe(201);
    const history = (await get(cookies.board!, n('/mission/versions'))).json().items;
    expect(history.map((v: { versionNumber: number }) => v.versionNumber)).toEqual([2, 1]);
    expect(history[0]).toMatchObject({ createdByName: 'Anna de Vries' });
    expect(history[1]).toMatchObject({ createdByName: 'Test core_group' });
    expect(Date.parse(history[0].createdAt)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('refuses a mission too short to say anything, with the message on the field', async () => {
    const res = await send(admin, 'POST', n('/mission/versions'), { mission: 'Werk', goals: [], basedOnVersion: 2 });
    expect(res.statusCode).toBe(422);
    expect(res.json().issues).toContainEqual({ path: ['body', 'mission'], message: expect.stringMatching(/minstens/) });
  });

  it('is shown to every role; the funder and members see only the goals at mission level; only the kerngroep writes', async () => {
    const board = (await get(cookies.board!, n('/mission'))).json();
    expect(board.current.goals).toHaveLength(2);
    expect(board.missionLevelOnly).toBe(false);
    for (const role of ['funder', 'employer']) {
      const res = await get(cookies[role]!, n('/mission'));
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ missionLevelOnly: true, current: { versionNumber: 2, goals: [goals[0]] } });
    }
    expect((await get(cookies.funder!, n('/mission/versions'))).statusCode).toBe(403);
    const write = await send(cookies.funder!, 'POST', n('/mission/versions'), {
      mission: 'De financier schrijft de missie niet.',
      goals: [],
      basedOnVersion: 2,
    });
    expect(write.statusCode).toBe(403);
    expect(
      (
        await send(cookies.board!, 'POST', n('/mission/versions'), {
          mission: 'x'.repeat(20),
          goals: [],
          basedOnVersion: 2,
        })
      ).statusCode,
    ).toBe(403);
  });
});

describe('phase as a life cycle', () => {
  const move = (payload: Record<string, unknown>, cookie = cookies.core_group!) =>
    send(cookie, 'POST', n('/phase/changes'), {
      from: 'initiatie',
      to: 'opstart',
      effectiveOn: today,
      reason: 'De kerngroep is gevormd en de eerste tien werkgevers doen mee.',
      ...payload,
    });

  it('needs a kerngroep to decide', async () => {
    const res = await move({});
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toMatch(/nog geen kerngroep/);
    const body = await send(admin, 'POST', n('/governance/bodies'), { kind: 'core_group', name: 'Kerngroep' });
    expect(body.statusCode, body.body).toBe(201);
  });

  it('refuses bad dates and moves the guide does not know, with a clear Dutch message', async () => {
    const impossible = await move({ effectiveOn: '2026-02-30' });
    expect(impossible.statusCode).toBe(422);
    expect(impossible.json().issues).toContainEqual({
      path: ['body', 'effectiveOn'],
      message: 'Vul een geldige datum in (jjjj-mm-dd).',
    });
    const future = await move({ effectiveOn: dayOffset(2) });
    expect(future.statusCode).toBe(422);
    expect(future.json().issues).toContainEqual({
      path: ['body', 'effectiveOn'],
      message: expect.stringMatching(/toekomst/),
    });
    const skip = await move({ to: 'volwassen' });
    expect(skip.statusCode).toBe(422);
    expect(skip.json().issues[0]).toMatchObject({ path: ['body', 'to'], message: expect.stringMatching(/overgang/) });
    expect((await get(admin, n('/phase'))).json()).toMatchObject({
      phase: 'initiatie',
      next: ['opstart'],
      history: [],
    });
  });

  it('moves the network with a date and a reason that land in the decision log; the history is kept', async () => {
    const moved = await move({ effectiveOn: dayOffset(-10) });
    expect(moved.statusCode, moved.body).toBe(201);
    expect(moved.json().phase).toBe('opstart');

    const decisions = (await get(admin, n('/governance/decisions'))).json().items;
    expect(decisions).toContainEqual(
      expect.objectContaining({
        id: moved.json().decisionId,
        kind: 'governance',
        decidedOn: dayOffset(-10),
        text: 'Het netwerk gaat van fase initiatie naar fase opstart.',
        reason: 'De kerngroep is gevormd en de eerste tien werkgevers doen mee.',
      }),
    );
    // The overview and the phase endpoint agree.
    expect((await get(cookies.employer!, n(''))).json().phase).toBe('opstart');
    const phase = (await get(cookies.funder!, n('/phase'))).json();
    expect(phase).toMatchObject({ phase: 'opstart', next: ['volwassen', 'teruggang'] });
    expect(phase.history).toEqual([
      expect.objectContaining({ fromPhase: 'initiatie', toPhase: 'opstart', effectiveOn: dayOffset(-10) }),
    ]);
  });

  it('refuses a stale move and a date before the previous change; only the kerngroep and coordinator move it', async () => {
    const stale = await move({});
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('stale_version');
    const before = await move({ from: 'opstart', to: 'volwassen', effectiveOn: dayOffset(-11) });
    expect(before.statusCode).toBe(422);
    expect(before.json().issues[0]).toMatchObject({
      path: ['body', 'effectiveOn'],
      message: expect.stringContaining(`vorige faseovergang (${dayOffset(-10).split('-').reverse().join('-')})`),
    });
    expect((await move({ from: 'opstart', to: 'volwassen' }, cookies.board!)).statusCode).toBe(403);
    expect((await move({ from: 'opstart', to: 'volwassen' }, cookies.funder!)).statusCode).toBe(403);
    const again = await move({ from: 'opstart', to: 'volwassen' }, admin);
    expect(again.statusCode, again.body).toBe(201);
    const history = (await get(admin, n('/phase'))).json().history;
    expect(history.map((h: { toPhase: string }) => h.toPhase)).toEqual(['volwassen', 'opstart']);
  });
});

describe('funder agreement', () => {
  let funderPersonId: string;
  const agreement = {
    funderName: 'Werkgeversservicepunt Regio Zwolle',
    funderType: 'werkgeversservicepunt',
    amountCents: 4_500_000,
    startsOn: dayOffset(-300),
    endsOn: addMonthsTo(today, 2),
    conditions: 'Halfjaarlijkse rapportage op de missie.',
    mandate: 'Alleen de missie',
    missionTargets: ['60 plaatsingen in twee jaar'],
    yearPlanRequired: true,
    documents: ['Subsidiebeschikking 2026.pdf'],
  };

  beforeAll(async () => {
    const [row] = await t.database.db.insert(person).values({ networkId, name: 'Sanne Financier' }).returning();
    funderPersonId = row!.id;
  });

  it('refuses an agreement that ends before it starts', async () => {
    const res = await send(admin, 'POST', n('/funder-agreements'), {
      ...agreement,
      startsOn: '2026-06-01',
      endsOn: '2026-05-31',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().issues).toContainEqual({
      path: ['body', 'endsOn'],
      message: 'De afspraak kan niet eindigen vóór ze begint: de einddatum ligt vóór de begindatum.',
    });
    expect((await get(admin, n('/funder-agreements'))).json().items).toEqual([]);
  });

  it('records the agreement; a funder cannot manage it; a stale edit gives 409', async () => {
    expect((await send(cookies.funder!, 'POST', n('/funder-agreements'), agreement)).statusCode).toBe(403);
    const created = await send(cookies.core_group!, 'POST', n('/funder-agreements'), agreement);
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    const [row] = (await get(cookies.board!, n('/funder-agreements'))).json().items;
    expect(row).toMatchObject({ ...agreement, id, version: 1, contactPersonId: null });

    const edit = await send(admin, 'PUT', n(`/funder-agreements/${id}`), {
      ...agreement,
      contactPersonId: funderPersonId,
      version: 1,
    });
    expect(edit.statusCode, edit.body).toBe(200);
    expect(edit.json().version).toBe(2);
    const stale = await send(cookies.core_group!, 'PUT', n(`/funder-agreements/${id}`), { ...agreement, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('stale_version');
    const badDates = await send(admin, 'PUT', n(`/funder-agreements/${id}`), {
      ...agreement,
      endsOn: dayOffset(-301),
      version: 2,
    });
    expect(badDates.statusCode).toBe(422);
    expect((await get(admin, n('/funder-agreements'))).json().items[0]).toMatchObject({
      contactPersonName: 'Sanne Financier',
      version: 2,
    });
  });

  it('shows the agreed mission-level targets beside the mission; a funder only those of its own organisation', async () => {
    // This funder's person belongs to no organisation, so it is not this agreement's funder (see
    // funder-own-agreement.routes.test.ts for a funder reading its own).
    expect((await get(cookies.funder!, n('/mission'))).json().agreedTargets).toEqual([]);
    expect((await get(cookies.employer!, n('/mission'))).json().agreedTargets).toEqual([
      { funderName: 'Werkgeversservicepunt Regio Zwolle', targets: ['60 plaatsingen in twee jaar'] },
    ]);
  });

  it('raises its signals on the steering dashboard: ending soon, a year plan demanded, the funder in the kerngroep', async () => {
    const codes = async () =>
      (await get(cookies.core_group!, n('/steering/dashboard'))).json().signals.map((s: { code: string }) => s.code);
    expect(await codes()).toEqual(expect.arrayContaining(['funder_agreement_ending', 'funder_demands_year_plan']));
    expect(await codes()).not.toContain('funder_in_governance');
    const seat = await send(admin, 'POST', n('/governance/assignments'), {
      personId: funderPersonId,
      role: 'core_group',
    });
    expect(seat.statusCode, seat.body).toBe(201);
    // The dashboard cache is cleared by the write.
    expect(await codes()).toContain('funder_in_governance');
  });
});
