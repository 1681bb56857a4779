// One's own body on a real app and database: a kartrekker runs their own themagroep (members, meetings with agenda, minutes
// and attendance, the theme's needs and activities) and nobody else's; a klankbordgroep member reads their own body's
// meetings and minutes and nothing else; a term that ended yesterday (Amsterdam's day) no longer opens the door.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dutchDate } from '../../../core/design/gap-signals.js';
import { activity, need, person } from '../../platform/db/schema.js';
import { setupInstallation } from '../../test/helpers.js';
import { createTestApp, writeHeaders, type TestApp } from '../../test/test-app.js';
import { userWithRole } from '../../test/role-users.js';

let t: TestApp;
let admin: string;
let networkA: string;
const cookie: Record<string, string> = {};
const personOf: Record<string, string> = {};
const bodyOf: Record<string, string> = {};
const meetingOf: Record<string, string> = {};
let fatima: string;
let outsider: string;

const g = (rest: string) => `/api/networks/${networkA}/governance${rest}`;
const own = (rest: string) => `/api/networks/${networkA}/own-bodies${rest}`;

async function send(who: string, method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: unknown) {
  return t.app.inject({ method, url, headers: { ...writeHeaders, cookie: who }, payload: payload as object });
}
async function get(who: string, url: string) {
  return t.app.inject({ method: 'GET', url, headers: { cookie: who } });
}
function isoDay(offsetDays: number) {
  return dutchDate(new Date(Date.now() + offsetDays * 86_400_000));
}

async function personByEmail(email: string) {
  const { rows } = await t.database.pool.query<{ id: string }>(
    `select id from person where lower(email) = lower($1) and network_id = $2`,
    [email, networkA],
  );
  return rows[0]!.id;
}

/** A user with `role` in the network, also holding it within `body` for the given term. */
async function inBody(key: string, role: string, body: string, startsOn: string, endsOn?: string) {
  const email = `${key}@eigen-groep.example`;
  cookie[key] = await userWithRole(t.app, admin, networkA, role, email);
  personOf[key] = await personByEmail(email);
  const assigned = await send(admin, 'POST', g('/assignments'), {
    personId: personOf[key],
    role,
    bodyId: bodyOf[body],
    startsOn,
    ...(endsOn ? { endsOn } : {}),
  });
  expect(assigned.statusCode, assigned.body).toBe(201);
}

beforeAll(async () => {
  t = await createTestApp();
  const setup = await setupInstallation(t.app);
  admin = setup.cookie;
  networkA = setup.networkId;
  const created = await send(admin, 'POST', '/api/admin/networks', { name: 'Werkgeversnetwerk Elders' });
  const networkB = created.json().id as string;
  for (const [key, kind, name, theme] of [
    ['themaA', 'theme_group', 'Themagroep Jobcarving', 'job_carving'],
    ['themaB', 'theme_group', 'Themagroep Werving', 'recruitment'],
    ['klankbord', 'sounding_board', 'Klankbordgroep', undefined],
    ['kerngroep', 'core_group', 'Kerngroep', undefined],
  ] as const) {
    const made = await send(admin, 'POST', g('/bodies'), { kind, name, ...(theme ? { theme } : {}) });
    expect(made.statusCode, made.body).toBe(201);
    bodyOf[key] = made.json().id;
  }
  await inBody('kartrekkerA', 'theme_lead', 'themaA', isoDay(-30));
  await inBody('kartrekkerB', 'theme_lead', 'themaB', isoDay(-30));
  await inBody('klank', 'sounding_board', 'klankbord', isoDay(-30));
  await inBody('exKlank', 'sounding_board', 'klankbord', isoDay(-30), isoDay(-1));
  await inBody('lastDay', 'sounding_board', 'klankbord', isoDay(-30), isoDay(0));
  cookie.employer = await userWithRole(t.app, admin, networkA, 'employer', 'werkgever@eigen-groep.example');

  for (const body of ['kerngroep', 'klankbord', 'themaB'] as const) {
    const meeting = await send(admin, 'POST', g('/meetings'), {
      bodyId: bodyOf[body],
      startsAt: '2026-11-03T15:00:00Z',
      agenda: `Agenda van ${body}`,
    });
    expect(meeting.statusCode, meeting.body).toBe(201);
    meetingOf[body] = meeting.json().id;
  }
  const minutes = await send(admin, 'PATCH', g(`/meetings/${meetingOf.klankbord}`), {
    version: 1,
    minutes: 'De klankbordgroep adviseert het ontbijt in het voorjaar te houden.',
  });
  expect(minutes.statusCode, minutes.body).toBe(200);

  const db = t.database.db;
  const [f] = await db.insert(person).values({ networkId: networkA, name: 'Fatima El Amrani' }).returning();
  fatima = f!.id;
  const [o] = await db.insert(person).values({ networkId: networkB, name: 'Iris Elders' }).returning();
  outsider = o!.id;
  const [act] = await db
    .insert(activity)
    .values({
      networkId: networkA,
      workForm: 'knowledge_session',
      title: 'Kennissessie jobcarving',
      startsAt: new Date('2026-12-10T09:00:00Z'),
      endsAt: new Date('2026-12-10T11:00:00Z'),
      initiatorKind: 'coordinator',
    })
    .returning();
  await db.insert(need).values([
    { networkId: networkA, title: 'Taken anders verdelen in de productie', theme: 'job_carving', activityId: act!.id },
    { networkId: networkA, title: 'Hoe vinden wij kandidaten', theme: 'recruitment' },
  ]);
}, 120_000);
afterAll(async () => t?.close());

describe('a kartrekker runs their own themagroep', () => {
  it('lists only the bodies held today, and may run their own themagroep', async () => {
    const res = await get(cookie.kartrekkerA!, own(''));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items).toEqual([
      expect.objectContaining({
        id: bodyOf.themaA,
        name: 'Themagroep Jobcarving',
        roles: ['theme_lead'],
        canRun: true,
      }),
    ]);
  });

  it('adds and removes members; refuses duplicates, people of other networks and bad input', async () => {
    const candidates = await get(cookie.kartrekkerA!, own(`/${bodyOf.themaA}/candidates`));
    expect(candidates.statusCode).toBe(200);
    expect(candidates.json().items.map((c: { personId: string }) => c.personId)).toContain(fatima);
    expect(candidates.json().items.map((c: { personId: string }) => c.personId)).not.toContain(personOf.kartrekkerA);

    const added = await send(cookie.kartrekkerA!, 'POST', own(`/${bodyOf.themaA}/members`), { personId: fatima });
    expect(added.statusCode, added.body).toBe(201);
    const again = await send(cookie.kartrekkerA!, 'POST', own(`/${bodyOf.themaA}/members`), { personId: fatima });
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toBe('Deze persoon is al lid van deze groep.');
    const foreign = await send(cookie.kartrekkerA!, 'POST', own(`/${bodyOf.themaA}/members`), { personId: outsider });
    expect(foreign.statusCode).toBe(422);
    const bad = await send(cookie.kartrekkerA!, 'POST', own(`/${bodyOf.themaA}/members`), { personId: 'fatima' });
    expect(bad.statusCode).toBe(422);

    const detail = await get(cookie.kartrekkerA!, own(`/${bodyOf.themaA}`));
    expect(detail.statusCode).toBe(200);
    const members = detail.json().members as { assignmentId: string; personId: string; role: string }[];
    expect(members.map((m) => [m.personId, m.role])).toEqual(
      expect.arrayContaining([
        [fatima, 'theme_member'],
        [personOf.kartrekkerA, 'theme_lead'],
      ]),
    );
    // The kartrekker's own term is the coordinator's to end, not theirs.
    const lead = members.find((m) => m.role === 'theme_lead')!;
    const notMine = await send(cookie.kartrekkerA!, 'DELETE', own(`/${bodyOf.themaA}/members/${lead.assignmentId}`));
    expect(notMine.statusCode).toBe(409);
    const member = members.find((m) => m.personId === fatima)!;
    const removed = await send(cookie.kartrekkerA!, 'DELETE', own(`/${bodyOf.themaA}/members/${member.assignmentId}`));
    expect(removed.statusCode, removed.body).toBe(200);
    const after = await get(cookie.kartrekkerA!, own(`/${bodyOf.themaA}`));
    expect(after.json().members.map((m: { personId: string }) => m.personId)).not.toContain(fatima);
    // Added back for the rest of the walk.
    expect(
      (await send(cookie.kartrekkerA!, 'POST', own(`/${bodyOf.themaA}/members`), { personId: fatima })).statusCode,
    ).toBe(201);
  });

  it('plans a meeting with agenda, writes minutes (versioned) and records attendance', async () => {
    const created = await send(cookie.kartrekkerA!, 'POST', own(`/${bodyOf.themaA}/meetings`), {
      startsAt: '2026-12-15T14:00:00Z',
      agenda: '1. Opening\n2. Voorbeelden van jobcarving',
    });
    expect(created.statusCode, created.body).toBe(201);
    const meetingId = created.json().id as string;
    const noDate = await send(cookie.kartrekkerA!, 'POST', own(`/${bodyOf.themaA}/meetings`), {
      startsAt: 'volgende week',
    });
    expect(noDate.statusCode).toBe(422);

    const minutes = await send(cookie.kartrekkerA!, 'PATCH', own(`/${bodyOf.themaA}/meetings/${meetingId}`), {
      version: 1,
      minutes: 'Drie werkgevers delen hun aanpak.',
    });
    expect(minutes.statusCode, minutes.body).toBe(200);
    const stale = await send(cookie.kartrekkerA!, 'PATCH', own(`/${bodyOf.themaA}/meetings/${meetingId}`), {
      version: 1,
      minutes: 'Te laat',
    });
    expect(stale.statusCode).toBe(409);
    const attendance = await send(
      cookie.kartrekkerA!,
      'PUT',
      own(`/${bodyOf.themaA}/meetings/${meetingId}/attendance`),
      {
        version: 2,
        attendance: [
          { personId: fatima, present: true },
          { personId: personOf.kartrekkerA, present: true },
        ],
      },
    );
    expect(attendance.statusCode, attendance.body).toBe(200);
    const foreign = await send(cookie.kartrekkerA!, 'PUT', own(`/${bodyOf.themaA}/meetings/${meetingId}/attendance`), {
      version: 3,
      attendance: [{ personId: outsider, present: true }],
    });
    expect(foreign.statusCode).toBe(422);

    const detail = await get(cookie.kartrekkerA!, own(`/${bodyOf.themaA}/meetings/${meetingId}`));
    expect(detail.statusCode).toBe(200);
    expect(detail.json()).toMatchObject({ minutes: 'Drie werkgevers delen hun aanpak.', present: 2, version: 3 });
  });

  it("sees the needs of the group's theme and the activities that answer them", async () => {
    const res = await get(cookie.kartrekkerA!, own(`/${bodyOf.themaA}/agenda`));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().needTheme).toBe('job_carving');
    expect(res.json().needs.map((n: { title: string }) => n.title)).toEqual(['Taken anders verdelen in de productie']);
    expect(res.json().activities.map((a: { title: string }) => a.title)).toEqual(['Kennissessie jobcarving']);
  });

  it("gets 404 on another themagroep, its meetings and its members, also through their own group's address", async () => {
    const a = cookie.kartrekkerA!;
    expect((await get(a, own(`/${bodyOf.themaB}`))).statusCode).toBe(404);
    expect((await get(a, own(`/${bodyOf.themaB}/agenda`))).statusCode).toBe(404);
    expect((await get(a, own(`/${bodyOf.themaB}/meetings/${meetingOf.themaB}`))).statusCode).toBe(404);
    expect((await get(a, own(`/${bodyOf.themaA}/meetings/${meetingOf.themaB}`))).statusCode).toBe(404);
    expect(
      (await send(a, 'POST', own(`/${bodyOf.themaB}/meetings`), { startsAt: '2026-12-20T10:00:00Z' })).statusCode,
    ).toBe(404);
    expect((await send(a, 'POST', own(`/${bodyOf.themaB}/members`), { personId: fatima })).statusCode).toBe(404);
    expect(
      (await send(a, 'PATCH', own(`/${bodyOf.themaA}/meetings/${meetingOf.themaB}`), { version: 1, minutes: 'x' }))
        .statusCode,
    ).toBe(404);
    // Kartrekker B does not see A's group either.
    expect((await get(cookie.kartrekkerB!, own(`/${bodyOf.themaA}`))).statusCode).toBe(404);
    // The body-scoped door gives no network-wide governance.
    expect((await get(a, g('/meetings'))).statusCode).toBe(403);
  });
});

describe('the klankbordgroep reads its own meetings and minutes', () => {
  it('reads its own body, meeting and minutes', async () => {
    const list = await get(cookie.klank!, own(''));
    expect(list.json().items).toEqual([expect.objectContaining({ id: bodyOf.klankbord, canRun: false })]);
    const detail = await get(cookie.klank!, own(`/${bodyOf.klankbord}`));
    expect(detail.statusCode).toBe(200);
    expect(detail.json().meetings.map((m: { id: string }) => m.id)).toEqual([meetingOf.klankbord]);
    const meeting = await get(cookie.klank!, own(`/${bodyOf.klankbord}/meetings/${meetingOf.klankbord}`));
    expect(meeting.statusCode).toBe(200);
    expect(meeting.json().minutes).toContain('ontbijt in het voorjaar');
  });

  it('may not change them (403 in Dutch) and does not see the kerngroep', async () => {
    const edit = await send(cookie.klank!, 'PATCH', own(`/${bodyOf.klankbord}/meetings/${meetingOf.klankbord}`), {
      version: 2,
      minutes: 'Anders',
    });
    expect(edit.statusCode).toBe(403);
    expect(edit.json().message).toContain('Alleen de kartrekker');
    const plan = await send(cookie.klank!, 'POST', own(`/${bodyOf.klankbord}/meetings`), {
      startsAt: '2026-12-20T10:00:00Z',
    });
    expect(plan.statusCode).toBe(403);
    expect((await get(cookie.klank!, own(`/${bodyOf.kerngroep}`))).statusCode).toBe(404);
    expect((await get(cookie.klank!, own(`/${bodyOf.klankbord}/meetings/${meetingOf.kerngroep}`))).statusCode).toBe(
      404,
    );
    expect((await get(cookie.klank!, g(`/meetings/${meetingOf.kerngroep}`))).statusCode).toBe(403);
  });

  it('a term that ended yesterday (Amsterdam) closes the body; one that ends today still opens it', async () => {
    expect((await get(cookie.exKlank!, own(''))).json().items).toEqual([]);
    expect((await get(cookie.exKlank!, own(`/${bodyOf.klankbord}`))).statusCode).toBe(404);
    expect((await get(cookie.exKlank!, own(`/${bodyOf.klankbord}/meetings/${meetingOf.klankbord}`))).statusCode).toBe(
      404,
    );
    expect((await get(cookie.lastDay!, own(`/${bodyOf.klankbord}`))).statusCode).toBe(200);
  });

  it('a role without the door (employer) gets 403; no session gets 401', async () => {
    expect((await get(cookie.employer!, own(''))).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: own('') })).statusCode).toBe(401);
  });
});
