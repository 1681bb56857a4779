// Editing the applied design's responsibility matrix in place (one A per task, version → 409 on stale, audited), and the
// formal board a design calls for being created when it is applied.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { body, task } from '../../platform/db/schema.js';
import { setupInstallation } from '../../test/helpers.js';
import { createTestApp, writeHeaders, type TestApp } from '../../test/test-app.js';
import { userWithRole } from '../../test/role-users.js';

let t: TestApp;
let admin: string;
let networkId: string;
let board: string;

const input = {
  financing: 'contributions_money',
  ownership: 3,
  phase: 'opstart',
  expectedMembers: 20,
  existing: { coreGroupFormed: true, coordinatorAvailable: true, legalEntity: true, annualPlanRequired: false },
};

beforeAll(async () => {
  t = await createTestApp();
  const setup = await setupInstallation(t.app);
  admin = setup.cookie;
  networkId = setup.networkId;
  board = await userWithRole(t.app, admin, networkId, 'board', 'board@matrix.example');
});
afterAll(async () => t?.close());

const url = (rest: string) => `/api/networks/${networkId}/design${rest}`;

async function current() {
  const res = await t.app.inject({ method: 'GET', url: url('/current'), headers: { cookie: admin } });
  return res.json().version as {
    id: string;
    versionNumber: number;
    output: { tasks: { code: string; responsible: string; accountable: string; reason: string }[] };
  };
}

function put(cookie: string, payload: object, language = 'nl') {
  return t.app.inject({
    method: 'PUT',
    url: url('/matrix'),
    headers: { ...writeHeaders, cookie, 'accept-language': language },
    payload,
  });
}

describe('applying a design that needs a formal board', () => {
  it('refuses a matrix edit before any design is applied', async () => {
    const res = await put(admin, {
      versionId: '00000000-0000-4000-8000-000000000000',
      reason: 'x',
      rows: [{ task: 'budget', cells: { coordinator: 'R+A' } }],
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toMatch(/nog geen inrichting toegepast/);
  });

  it('creates the bestuur with the kerngroep in the apply transaction when the network is a legal entity', async () => {
    const saved = await t.app.inject({
      method: 'POST',
      url: url('/versions'),
      headers: { ...writeHeaders, cookie: admin },
      payload: { input, reason: 'Stichting met eigen bestuur' },
    });
    expect(saved.statusCode, saved.body).toBe(201);
    const preview = await t.app.inject({
      method: 'POST',
      url: url(`/versions/${saved.json().id}/apply`),
      headers: { ...writeHeaders, cookie: admin },
      payload: {},
    });
    expect(preview.json().plan.bodies.create).toContain('board');
    expect(await t.database.db.select().from(body).where(eq(body.networkId, networkId))).toEqual([]);
    const applied = await t.app.inject({
      method: 'POST',
      url: url(`/versions/${saved.json().id}/apply`),
      headers: { ...writeHeaders, cookie: admin },
      payload: { confirm: true },
    });
    expect(applied.statusCode, applied.body).toBe(200);
    const bodies = await t.database.db.select().from(body).where(eq(body.networkId, networkId));
    expect(bodies.map((b) => b.kind)).toEqual(expect.arrayContaining(['board', 'core_group']));
    expect(bodies.find((b) => b.kind === 'board')?.name).toBe('Bestuur');
    // No external funder: the funder's access setting is not touched.
    expect(applied.json().plan.funderAccess).toBeNull();
  });
});

describe('editing the responsibility matrix', () => {
  it('refuses a second A in a task with a Dutch message naming the task and both roles', async () => {
    const version = await current();
    const budget = version.output.tasks.find((x) => x.code === 'budget')!;
    const other = budget.accountable === 'coordinator' ? 'core_group' : 'coordinator';
    const res = await put(admin, {
      versionId: version.id,
      reason: 'Twee eindverantwoordelijken',
      rows: [{ task: 'budget', cells: { [other]: 'A' } }],
    });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().message).toMatch(/verantwoordelijkheidsmatrix klopt niet/);
    expect(res.json().issues[0].message).toMatch(/^Taak "Begroting.*maar één rol eindverantwoordelijk/);
    expect(res.json().issues[0].path).toEqual(['body', 'rows', 0, 'budget']);
    const english = await put(
      admin,
      { versionId: version.id, reason: 'x', rows: [{ task: 'budget', cells: { funder: 'R' } }] },
      'en',
    );
    expect(
      english
        .json()
        .issues.map((i: { message: string }) => i.message)
        .join(' '),
    ).toMatch(/Task ".*"/);
  });

  it('saves an edit as a new applied version, moves the task to its new role, and audits it', async () => {
    const version = await current();
    const comms = version.output.tasks.find((x) => x.code === 'communication')!;
    const target = ['back_office', 'coordinator', 'core_group'].find(
      (code) => code !== comms.responsible && code !== comms.accountable,
    )!;
    const cells: Record<string, string | null> = { [comms.responsible]: 'C', [target]: 'R' };
    if (comms.accountable === comms.responsible) cells[comms.responsible] = 'A';
    const res = await put(admin, {
      versionId: version.id,
      reason: 'De backoffice doet de nieuwsbrief',
      rows: [{ task: 'communication', cells }],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ versionNumber: version.versionNumber + 1, changed: ['communication'] });

    const after = await current();
    expect(after.id).toBe(res.json().id);
    const edited = after.output.tasks.find((x) => x.code === 'communication')!;
    expect(edited.responsible).toBe(target);
    expect(edited.reason).toContain('De backoffice doet de nieuwsbrief');
    const [row] = await t.database.db
      .select()
      .from(task)
      .where(and(eq(task.networkId, networkId), eq(task.code, 'communication')));
    expect(row?.responsibleRole).toBe(target);

    const versions = await t.app.inject({ method: 'GET', url: url('/versions'), headers: { cookie: admin } });
    expect(versions.json().items[0]).toMatchObject({ reason: 'De backoffice doet de nieuwsbrief' });
    const audit = await t.database.pool.query(
      `select details from audit_entry where network_id = $1 and action = 'design.matrix_edit'`,
      [networkId],
    );
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0].details.changed[0]).toMatchObject({ code: 'communication', after: { R: target } });

    // The same edit sent against the version it replaced is stale.
    const stale = await put(admin, {
      versionId: version.id,
      reason: 'Te laat',
      rows: [{ task: 'communication', cells }],
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('stale_version');
  });

  it('lets only those who manage the design edit it', async () => {
    const version = await current();
    const res = await put(board, {
      versionId: version.id,
      reason: 'Bestuur wil het anders',
      rows: [{ task: 'budget', cells: {} }],
    });
    expect(res.statusCode).toBe(403);
  });
});
