// The governance routes on a real app and database: roles with terms, the task board with optimistic locking, gap signals
// against the applied design, bodies, meetings, decisions with action items, the funder's shared view, and access per role.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dutchDate } from '../../../core/design/gap-signals.js';
import { membership, organisation, person } from '../../platform/db/schema.js';
import { setupInstallation } from '../../test/helpers.js';
import { createTestApp, writeHeaders, type TestApp } from '../../test/test-app.js';
import { userWithRole } from '../../test/role-users.js';

let t: TestApp;
let admin: string;
let networkA: string;
let networkB: string;
const cookies: Record<string, string> = {};
const people: Record<string, string> = {};
let organisationId: string;

const g = (networkId: string, rest: string) => `/api/networks/${networkId}/governance${rest}`;

async function post(cookie: string, url: string, payload: unknown, method: 'POST' | 'PATCH' | 'PUT' = 'POST') {
  return t.app.inject({ method, url, headers: { ...writeHeaders, cookie }, payload: payload as object });
}
async function get(cookie: string, url: string) {
  return t.app.inject({ method: 'GET', url, headers: { cookie } });
}
/** A Dutch calendar day relative to today, as the gap signals count days. */
function isoDay(offsetDays: number) {
  return dutchDate(new Date(Date.now() + offsetDays * 86_400_000));
}

beforeAll(async () => {
  t = await createTestApp();
  const setup = await setupInstallation(t.app);
  admin = setup.cookie;
  networkA = setup.networkId;
  const created = await post(admin, '/api/admin/networks', { name: 'Werkgeversnetwerk Twente Inclusief' });
  networkB = created.json().id;
  for (const role of ['core_group', 'board', 'funder', 'employer']) {
    cookies[role] = await userWithRole(t.app, admin, networkA, role, `${role}@gov.example`);
  }
  const db = t.database.db;
  for (const name of ['Fatima El Amrani', 'Gert Wolters', 'Hanneke Smit']) {
    const [row] = await db.insert(person).values({ networkId: networkA, name }).returning();
    people[name] = row!.id;
  }
  const [other] = await db.insert(person).values({ networkId: networkB, name: 'Iris Elders' }).returning();
  people.other = other!.id;
  const [org] = await db
    .insert(organisation)
    .values({ networkId: networkA, kind: 'employer', name: 'Bakkerij Jansen' })
    .returning();
  organisationId = org!.id;

  const version = await post(admin, `/api/networks/${networkA}/design/versions`, {
    input: {
      financing: 'external',
      funderType: 'gemeente',
      ownership: 3,
      phase: 'volwassen',
      expectedMembers: 30,
      existing: { coreGroupFormed: true, coordinatorAvailable: true, legalEntity: false, annualPlanRequired: false },
    },
    reason: 'Eerste inrichting',
  });
  const apply = await post(admin, `/api/networks/${networkA}/design/versions/${version.json().id}/apply`, {
    confirm: true,
  });
  expect(apply.json().applied).toBe(true);
});
afterAll(async () => t?.close());

type Signal = { code: string; role?: string; personId?: string; taskId?: string };
async function signals(): Promise<Signal[]> {
  const res = await get(admin, g(networkA, '/gaps'));
  expect(res.statusCode, res.body).toBe(200);
  return res.json().signals;
}

describe('roles with terms and gap signals', () => {
  it('a vacant role signals until someone is assigned to it', async () => {
    expect(await signals()).toContainEqual(expect.objectContaining({ code: 'role_vacant', role: 'back_office' }));
    const res = await post(admin, g(networkA, '/assignments'), {
      personId: people['Fatima El Amrani'],
      role: 'back_office',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(await signals()).not.toContainEqual(expect.objectContaining({ code: 'role_vacant', role: 'back_office' }));
  });

  it('a term ending within 60 days signals; ending it early keeps it as history', async () => {
    const res = await post(admin, g(networkA, '/assignments'), {
      personId: people['Gert Wolters'],
      role: 'core_group',
      startsOn: isoDay(-100),
      endsOn: isoDay(30),
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(await signals()).toContainEqual(
      expect.objectContaining({ code: 'term_ending', personId: people['Gert Wolters'], daysLeft: 30 }),
    );
    const end = await post(admin, g(networkA, `/assignments/${res.json().id}/end`), { endsOn: isoDay(-1) });
    expect(end.statusCode, end.body).toBe(200);
    const current = await get(admin, g(networkA, '/assignments?search=Gert'));
    expect(current.json().items).toEqual([]);
    const history = await get(admin, g(networkA, '/assignments?search=Gert&includeEnded=true'));
    expect(history.json().items).toEqual([expect.objectContaining({ role: 'core_group', current: false })]);
  });

  it('signals a kerngroep without a majority from member employers, and the funder’s person in it', async () => {
    const db = t.database.db;
    // The kerngroep user of the setup has no organisation recorded: no majority can be shown.
    const before = (await signals()).find((s) => s.code === 'no_employer_majority' && s.role === 'core_group') as
      (Signal & { count: number; fromMembers: number }) | undefined;
    expect(before).toMatchObject({ fromMembers: 0 });
    const others = before!.count;
    await db.insert(membership).values({ networkId: networkA, organisationId, status: 'active' });
    // One more person from a member employer than there are others: a majority.
    for (let i = 0; i <= others; i++) {
      const [row] = await db
        .insert(person)
        .values({ networkId: networkA, name: `Jansen ${i}`, organisationId })
        .returning();
      const res = await post(admin, g(networkA, '/assignments'), { personId: row!.id, role: 'core_group' });
      expect(res.statusCode, res.body).toBe(201);
    }
    expect(await signals()).not.toContainEqual(
      expect.objectContaining({ code: 'no_employer_majority', role: 'core_group' }),
    );

    const [funderOrg] = await db
      .insert(organisation)
      .values({ networkId: networkA, kind: 'funder', name: 'Gemeente Zwolle' })
      .returning();
    const [official] = await db
      .insert(person)
      .values({ networkId: networkA, name: 'Wim Ambtenaar', organisationId: funderOrg!.id })
      .returning();
    const seat = await post(admin, g(networkA, '/assignments'), { personId: official!.id, role: 'core_group' });
    expect(seat.statusCode, seat.body).toBe(201);
    const now = await signals();
    expect(now).toContainEqual(
      expect.objectContaining({ code: 'funder_in_governance', role: 'core_group', personId: official!.id }),
    );
    // Exactly half is no majority.
    expect(now).toContainEqual(
      expect.objectContaining({
        code: 'no_employer_majority',
        role: 'core_group',
        count: 2 * (others + 1),
        fromMembers: others + 1,
      }),
    );
  });

  it('refuses an overlapping term, a person of another network and an end before the start, in Dutch', async () => {
    const dup = await post(admin, g(networkA, '/assignments'), {
      personId: people['Fatima El Amrani'],
      role: 'back_office',
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().message).toBe('Deze persoon heeft deze rol al in een termijn die hiermee overlapt.');
    const foreign = await post(admin, g(networkA, '/assignments'), { personId: people.other, role: 'employer' });
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json().issues).toEqual([
      { path: ['body', 'personId'], message: 'Deze persoon hoort niet bij dit netwerk.' },
    ]);
    const backwards = await post(admin, g(networkA, '/assignments'), {
      personId: people['Hanneke Smit'],
      role: 'employer',
      startsOn: '2026-05-01',
      endsOn: '2026-04-01',
    });
    expect(backwards.statusCode).toBe(422);
    expect(backwards.json().issues[0].path).toEqual(['body', 'endsOn']);
  });

  it('lists and exports role assignments, sorted', async () => {
    const res = await get(admin, g(networkA, '/assignments?sort=role&order=asc'));
    const roles = res.json().items.map((a: { role: string }) => a.role);
    expect(roles).toEqual([...roles].sort());
    const csv = await get(admin, g(networkA, '/assignments?format=csv'));
    expect(csv.body.slice(1).split('\r\n')[0]).toBe('Persoon;Rol;Orgaan;Begin termijn;Einde termijn');
  });
});

describe('task board', () => {
  it('lists the design tasks, filters and sorts them, and updates with optimistic locking', async () => {
    const all = await get(admin, g(networkA, '/tasks?source=design&sort=label'));
    expect(all.statusCode, all.body).toBe(200);
    const items = all.json().items as { id: string; code: string; version: number; responsibleRole: string }[];
    expect(items.length).toBeGreaterThan(20);
    const byRole = await get(admin, g(networkA, '/tasks?role=back_office'));
    expect(byRole.json().items.every((x: { responsibleRole: string }) => x.responsibleRole === 'back_office')).toBe(
      true,
    );
    const target = items.find((x) => x.code === 'communication')!;
    const update = await post(
      admin,
      g(networkA, `/tasks/${target.id}`),
      { version: target.version, status: 'in_progress', assigneePersonId: people['Hanneke Smit'], dueOn: '2026-12-01' },
      'PATCH',
    );
    expect(update.statusCode, update.body).toBe(200);
    const stale = await post(
      admin,
      g(networkA, `/tasks/${target.id}`),
      { version: target.version, status: 'done' },
      'PATCH',
    );
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('stale_version');
    const mine = await get(admin, g(networkA, `/tasks?assigneePersonId=${people['Hanneke Smit']}`));
    expect(mine.json().items).toEqual([
      expect.objectContaining({
        code: 'communication',
        status: 'in_progress',
        assigneeName: 'Hanneke Smit',
        dueOn: '2026-12-01',
        version: target.version + 1,
      }),
    ]);
    const xlsx = await get(admin, g(networkA, '/tasks?format=xlsx'));
    expect(xlsx.headers['content-type']).toMatch(/spreadsheetml/);
  });

  it('a manual task without owner signals until it gets one', async () => {
    const created = await post(admin, g(networkA, '/tasks'), { title: 'Zaal boeken voor de netwerkdag' });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    expect(await signals()).toContainEqual(expect.objectContaining({ code: 'task_without_owner', taskId: id }));
    await post(admin, g(networkA, `/tasks/${id}`), { version: 1, assigneePersonId: people['Gert Wolters'] }, 'PATCH');
    expect(await signals()).not.toContainEqual(expect.objectContaining({ taskId: id }));
  });
});

describe('bodies, meetings and decisions', () => {
  let kerngroep: string;
  let meetingId: string;

  it('lists the bodies the design created and adds a themagroep with a kartrekker', async () => {
    const bodies = await get(cookies.board!, g(networkA, '/bodies'));
    kerngroep = bodies.json().items.find((b: { kind: string }) => b.kind === 'core_group').id;
    const noTheme = await post(admin, g(networkA, '/bodies'), { kind: 'theme_group', name: 'Themagroep' });
    expect(noTheme.statusCode).toBe(422);
    expect(noTheme.json().issues[0].path).toEqual(['body', 'theme']);
    const theme = await post(admin, g(networkA, '/bodies'), {
      kind: 'theme_group',
      name: 'Themagroep jobcarving',
      theme: 'Jobcarving',
    });
    expect(theme.statusCode).toBe(201);
    await post(admin, g(networkA, '/assignments'), {
      personId: people['Hanneke Smit'],
      role: 'theme_lead',
      bodyId: theme.json().id,
    });
    const after = await get(admin, g(networkA, '/bodies'));
    expect(after.json().items.find((b: { id: string }) => b.id === theme.json().id)).toMatchObject({
      theme: 'Jobcarving',
      members: [{ personName: 'Hanneke Smit', role: 'theme_lead' }],
    });
  });

  it('plans a meeting, writes minutes and records attendance', async () => {
    const created = await post(admin, g(networkA, '/meetings'), {
      bodyId: kerngroep,
      startsAt: '2026-04-02T15:00:00Z',
      agenda: '1. Toelating Bakkerij Jansen',
    });
    expect(created.statusCode, created.body).toBe(201);
    meetingId = created.json().id;
    const minutes = await post(
      admin,
      g(networkA, `/meetings/${meetingId}`),
      { version: 1, minutes: 'Toegelaten.' },
      'PATCH',
    );
    expect(minutes.statusCode).toBe(200);
    const stale = await post(admin, g(networkA, `/meetings/${meetingId}`), { version: 1, minutes: 'x' }, 'PATCH');
    expect(stale.statusCode).toBe(409);
    const attendance = await post(
      admin,
      g(networkA, `/meetings/${meetingId}/attendance`),
      {
        attendance: [
          { personId: people['Fatima El Amrani'], present: true },
          { personId: people['Gert Wolters'], present: false },
        ],
        version: 2,
      },
      'PUT',
    );
    expect(attendance.statusCode, attendance.body).toBe(200);
    // The attendance list belongs to the meeting: saving it moves the meeting's version on.
    expect(attendance.json()).toEqual({ ok: true, version: 3 });
    const detail = await get(cookies.board!, g(networkA, `/meetings/${meetingId}`));
    expect(detail.json()).toMatchObject({ minutes: 'Toegelaten.', present: 1, version: 3 });
    expect(detail.json().attendance).toHaveLength(2);
    // A list made from the stale meeting (version 2) is refused with the Dutch message and writes nothing.
    const staleList = await post(
      admin,
      g(networkA, `/meetings/${meetingId}/attendance`),
      { attendance: [{ personId: people['Gert Wolters'], present: true }], version: 2 },
      'PUT',
    );
    expect(staleList.statusCode).toBe(409);
    expect(staleList.json()).toMatchObject({
      code: 'stale_version',
      message: expect.stringMatching(/intussen|ondertussen/),
    });
    const unchanged = await get(cookies.board!, g(networkA, `/meetings/${meetingId}`));
    expect(unchanged.json()).toMatchObject({ present: 1, version: 3 });
    expect(unchanged.json().attendance).toHaveLength(2);
    const missingVersion = await post(
      admin,
      g(networkA, `/meetings/${meetingId}/attendance`),
      { attendance: [] },
      'PUT',
    );
    expect(missingVersion.statusCode).toBe(422);
    const foreign = await post(
      admin,
      g(networkA, `/meetings/${meetingId}/attendance`),
      { attendance: [{ personId: people.other, present: true }], version: 3 },
      'PUT',
    );
    expect(foreign.statusCode).toBe(422);
  });

  it('logs an admission decision whose action items become tasks; the funder sees only shared decisions', async () => {
    const missing = await post(admin, g(networkA, '/decisions'), {
      bodyId: kerngroep,
      decidedOn: '2026-04-02',
      text: 'Bakkerij Jansen wordt deelnemer',
      kind: 'admission',
    });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().issues[0].path).toEqual(['body', 'organisationId']);

    const admission = await post(cookies.core_group!, g(networkA, '/decisions'), {
      bodyId: kerngroep,
      meetingId,
      decidedOn: '2026-04-02',
      text: 'Bakkerij Jansen wordt deelnemer',
      kind: 'admission',
      organisationId,
      reason: 'Tekent het convenant en meldt een ambitie van twee banen',
      sharedWithFunder: false,
      actionItems: [
        { title: 'Welkomstgesprek plannen', responsibleRole: 'coordinator', dueOn: '2026-04-16' },
        { title: 'Buddy koppelen', assigneePersonId: people['Gert Wolters'] },
      ],
    });
    expect(admission.statusCode, admission.body).toBe(201);
    expect(admission.json().taskIds).toHaveLength(2);
    const tasks = await get(admin, g(networkA, '/tasks?source=decision&sort=label'));
    expect(tasks.json().items.map((x: { title: string }) => x.title)).toEqual([
      'Buddy koppelen',
      'Welkomstgesprek plannen',
    ]);

    const shared = await post(admin, g(networkA, '/decisions'), {
      bodyId: kerngroep,
      decidedOn: '2026-04-03',
      text: 'Het netwerk richt zich op 40 banen in 2027',
      kind: 'direction',
      sharedWithFunder: true,
    });
    expect(shared.statusCode).toBe(201);

    const log = await get(cookies.board!, g(networkA, '/decisions'));
    expect(log.json().items.map((d: { text: string }) => d.text)).toEqual([
      'Het netwerk richt zich op 40 banen in 2027',
      'Bakkerij Jansen wordt deelnemer',
    ]);
    expect(log.json().items[1]).toMatchObject({ organisationName: 'Bakkerij Jansen', actionItems: 2 });

    const funderView = await get(cookies.funder!, g(networkA, '/decisions/shared'));
    expect(funderView.statusCode).toBe(200);
    expect(funderView.json().items).toEqual([
      expect.objectContaining({ text: 'Het netwerk richt zich op 40 banen in 2027', kind: 'direction' }),
    ]);
    expect(funderView.json().items[0]).not.toHaveProperty('sharedWithFunder');
    expect((await get(cookies.funder!, g(networkA, '/decisions'))).statusCode).toBe(403);
    expect((await get(cookies.funder!, g(networkA, '/decisions?format=csv'))).statusCode).toBe(403);
  });
});

describe('access per role and network', () => {
  const reads = () => [
    g(networkA, '/assignments'),
    g(networkA, '/tasks'),
    g(networkA, '/gaps'),
    g(networkA, '/bodies'),
    g(networkA, '/meetings'),
    g(networkA, '/decisions'),
  ];

  it('board reads everything and writes nothing; funder and employer read nothing but what is shared', async () => {
    for (const url of reads()) {
      expect((await get(cookies.board!, url)).statusCode, `board ${url}`).toBe(200);
      expect((await get(cookies.funder!, url)).statusCode, `funder ${url}`).toBe(403);
      expect((await get(cookies.employer!, url)).statusCode, `employer ${url}`).toBe(403);
    }
    expect((await get(cookies.employer!, g(networkA, '/decisions/shared'))).statusCode).toBe(403);
    expect((await get(cookies.board!, g(networkA, '/decisions/shared'))).statusCode).toBe(200);
    const [anyTask] = (await get(admin, g(networkA, '/tasks'))).json().items;
    const [anyAssignment] = (await get(admin, g(networkA, '/assignments'))).json().items;
    const [anyMeeting] = (await get(admin, g(networkA, '/meetings'))).json().items;
    const writes: [string, unknown, 'POST' | 'PATCH' | 'PUT'][] = [
      [g(networkA, '/assignments'), { personId: people['Hanneke Smit'], role: 'employer' }, 'POST'],
      [g(networkA, `/assignments/${anyAssignment.id}/end`), { endsOn: '2030-01-01' }, 'POST'],
      [g(networkA, '/tasks'), { title: 'x' }, 'POST'],
      [g(networkA, `/tasks/${anyTask.id}`), { version: anyTask.version, status: 'done' }, 'PATCH'],
      [g(networkA, '/bodies'), { kind: 'steering_group', name: 'Stuurgroep' }, 'POST'],
      [g(networkA, '/meetings'), { bodyId: anyMeeting.bodyId, startsAt: '2026-05-01T10:00:00Z' }, 'POST'],
      [g(networkA, `/meetings/${anyMeeting.id}`), { version: anyMeeting.version, minutes: 'x' }, 'PATCH'],
      [g(networkA, `/meetings/${anyMeeting.id}/attendance`), { attendance: [], version: anyMeeting.version }, 'PUT'],
      [
        g(networkA, '/decisions'),
        { bodyId: anyMeeting.bodyId, decidedOn: '2026-05-01', text: 'x', kind: 'other' },
        'POST',
      ],
    ];
    for (const role of ['board', 'funder', 'employer']) {
      for (const [url, payload, method] of writes) {
        const res = await post(cookies[role]!, url, payload, method);
        expect(res.statusCode, `${role} ${method} ${url}`).toBe(403);
      }
    }
    // the kerngroep manages
    const kg = await post(cookies.core_group!, g(networkA, '/tasks'), { title: 'Nieuwsbrief april' });
    expect(kg.statusCode).toBe(201);

    // and someone with a role only in network A gets 404 for network B and for A's records addressed through B
    for (const [url, payload, method] of writes) {
      const res = await post(cookies.core_group!, url.replace(networkA, networkB), payload, method);
      expect(res.statusCode, `other network ${method} ${url}`).toBe(404);
    }
    for (const url of [...reads(), g(networkA, '/decisions/shared'), g(networkA, `/meetings/${anyMeeting.id}`)]) {
      expect((await get(cookies.core_group!, url.replace(networkA, networkB))).statusCode, url).toBe(404);
    }
    expect((await t.app.inject({ method: 'GET', url: g(networkA, '/tasks') })).statusCode).toBe(401);
    const stillThere = await t.database.db.select().from(person).where(eq(person.networkId, networkA));
    expect(stillThere.length).toBeGreaterThan(3);
  });
});
