// The phase checklist on a real app and database: applying a design makes the current phase's items, moving to the next
// phase makes that phase's items (once: a second apply makes no doubles), items the data proves done close themselves with
// the evidence, edits need the version (409 when stale) and a real date, and another network's items stay out of reach.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInAmsterdam } from '../../../core/calendar.js';
import { body, checklistItem, person, roleAssignment } from '../../platform/db/schema.js';
import { setupInstallation } from '../../test/helpers.js';
import { createTestApp, writeHeaders, type TestApp } from '../../test/test-app.js';
import { userWithRole } from '../../test/role-users.js';

let t: TestApp;
let admin: string;
let networkId: string;
let otherNetworkId: string;
const cookies: Record<string, string> = {};
const today = todayInAmsterdam(new Date());
const n = (rest: string, id = networkId) => `/api/networks/${id}${rest}`;

const input = {
  financing: 'external',
  funderType: 'werkgeversservicepunt',
  ownership: 2,
  phase: 'initiatie',
  expectedMembers: 20,
  existing: { coreGroupFormed: false, coordinatorAvailable: true, legalEntity: false, annualPlanRequired: false },
};

async function send(cookie: string, method: 'POST' | 'PUT', url: string, payload: unknown) {
  return t.app.inject({ method, url, headers: { ...writeHeaders, cookie }, payload: payload as object });
}
async function get(cookie: string, url: string) {
  return t.app.inject({ method: 'GET', url, headers: { cookie } });
}
async function applyDesign() {
  const saved = await send(admin, 'POST', n('/design/versions'), { input, reason: 'Eerste ontwerp' });
  expect(saved.statusCode, saved.body).toBe(201);
  const applied = await send(admin, 'POST', n(`/design/versions/${saved.json().id}/apply`), { confirm: true });
  expect(applied.json().applied, applied.body).toBe(true);
}
async function seat(kind: string, names: string[]) {
  const db = t.database.db;
  const [found] = await db
    .select()
    .from(body)
    .where(and(eq(body.networkId, networkId), eq(body.kind, kind)));
  for (const name of names) {
    const [p] = await db.insert(person).values({ networkId, name }).returning();
    await db.insert(roleAssignment).values({ networkId, personId: p!.id, role: kind, bodyId: found!.id });
  }
}
type Item = {
  id: string;
  code: string;
  state: string;
  ownerRole: string | null;
  evidence: string | null;
  version: number;
  closedAutomatically: boolean;
  dueOn: string;
};
async function checklist(cookie = admin) {
  const res = await get(cookie, n('/phase/checklist'));
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { phase: string; items: Item[]; progress: { done: number; total: number }; mayEdit: boolean };
}

beforeAll(async () => {
  t = await createTestApp();
  const setup = await setupInstallation(t.app);
  admin = setup.cookie;
  networkId = setup.networkId;
  const created = await send(admin, 'POST', '/api/admin/networks', { name: 'Netwerk Twente', region: 'Twente' });
  otherNetworkId = created.json().id;
  for (const role of ['core_group', 'funder', 'employer'])
    cookies[role] = await userWithRole(t.app, admin, networkId, role, `${role}@checklist.example`);
});
afterAll(async () => t?.close());

describe('phase checklist', () => {
  it('applying a design makes the items of the current phase, once', async () => {
    expect((await checklist()).items).toEqual([]);
    await applyDesign();
    const first = await checklist();
    expect(first.phase).toBe('initiatie');
    expect(first.items.map((i) => i.code)).toContain('form_core_group');
    expect(first.items.find((i) => i.code === 'form_core_group')!.ownerRole).not.toBeNull();
    await applyDesign();
    expect((await checklist()).items).toHaveLength(first.items.length);
  });

  it('moving to opstart makes that phase’s items with owners and due dates from the move', async () => {
    const moved = await send(cookies.core_group!, 'POST', n('/phase/changes'), {
      from: 'initiatie',
      to: 'opstart',
      effectiveOn: today,
      reason: 'De kerngroep is gevormd.',
    });
    expect(moved.statusCode, moved.body).toBe(201);
    const list = await checklist();
    expect(list.phase).toBe('opstart');
    const codes = list.items.map((i) => i.code);
    expect(codes).toEqual(
      expect.arrayContaining(['activate_sounding_board', 'agree_funder_mandate', 'form_core_group']),
    );
    for (const item of list.items) expect(item.dueOn > today).toBe(true);
    expect(list.items.filter((i) => i.ownerRole !== null).length).toBeGreaterThan(0);
    const stored = await t.database.db
      .select()
      .from(checklistItem)
      .where(and(eq(checklistItem.networkId, networkId), eq(checklistItem.phase, 'opstart')));
    expect(stored).toHaveLength(list.items.length);
  });

  it('closes the items the data proves done, with the evidence, and only those', async () => {
    const before = await checklist();
    expect(before.items.find((i) => i.code === 'form_core_group')!.state).toBe('open');
    await seat('core_group', ['Petra Bakker']);
    expect((await checklist()).items.find((i) => i.code === 'form_core_group')!.state).toBe('open');
    await seat('core_group', ['Joost Visser']);
    await seat('sounding_board', ['Fatima el Amrani']);
    const after = await checklist();
    const core = after.items.find((i) => i.code === 'form_core_group')!;
    expect(core).toMatchObject({ state: 'done', closedAutomatically: true });
    expect(core.evidence).toMatch(/^Kerngroep ".*" met 2 leden$/);
    expect(after.items.find((i) => i.code === 'activate_sounding_board')).toMatchObject({
      state: 'done',
      evidence: expect.stringMatching(/^Klankbordgroep ".*" met 1 lid$/),
    });
    expect(after.items.find((i) => i.code === 'agree_funder_mandate')!.state).toBe('open');
    expect(after.progress).toEqual({ done: before.progress.done + 2, total: before.progress.total });
  });

  it('edits owner, due date and state with the version; a stale version gives 409, a bad date 422', async () => {
    const item = (await checklist()).items.find((i) => i.code === 'agree_funder_mandate')!;
    const [owner] = await t.database.db.insert(person).values({ networkId, name: 'Karin Smit' }).returning();
    const ok = await send(admin, 'PUT', n(`/phase/checklist/${item.id}`), {
      version: item.version,
      ownerPersonId: owner!.id,
      dueOn: '2030-01-31',
      state: 'done',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const stale = await send(admin, 'PUT', n(`/phase/checklist/${item.id}`), { version: item.version, state: 'open' });
    expect(stale.statusCode).toBe(409);
    const bad = await send(admin, 'PUT', n(`/phase/checklist/${item.id}`), {
      version: item.version + 1,
      dueOn: '2030-02-30',
    });
    expect(bad.statusCode).toBe(422);
    const after = (await checklist()).items.find((i) => i.id === item.id)!;
    expect(after).toMatchObject({
      state: 'done',
      dueOn: '2030-01-31',
      closedAutomatically: false,
      version: item.version + 1,
    });
  });

  it('is read by the kerngroep, edited only by who may, and out of reach from another network', async () => {
    const list = await checklist(cookies.core_group!);
    expect(list.mayEdit).toBe(true);
    const item = list.items.find((i) => i.state === 'open')!;
    const employer = await send(cookies.employer!, 'PUT', n(`/phase/checklist/${item.id}`), {
      version: item.version,
      state: 'skipped',
    });
    expect(employer.statusCode).toBe(403);
    expect((await get(cookies.funder!, n('/phase/checklist'))).statusCode).toBe(403);
    const other = await send(admin, 'PUT', n(`/phase/checklist/${item.id}`, otherNetworkId), {
      version: item.version,
      state: 'skipped',
    });
    expect(other.statusCode).toBe(404);
    expect((await checklist(admin)).items.find((i) => i.id === item.id)!.state).toBe('open');
  });
});
