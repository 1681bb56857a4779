// The kerngroep's admission decisions on organisations that applied (decision log + membership status in one transaction,
// version → 409), and the funder's "aggregates only" access: decisions about one organisation are counted, not listed.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { membership, network, organisation } from '../../platform/db/schema.js';
import { setupInstallation } from '../../test/helpers.js';
import { createTestApp, writeHeaders, type TestApp } from '../../test/test-app.js';
import { userWithRole } from '../../test/role-users.js';

let t: TestApp;
let admin: string;
let networkId: string;
const cookies: Record<string, string> = {};
const orgs: Record<string, string> = {};

const g = (rest: string) => `/api/networks/${networkId}/governance${rest}`;
const post = (cookie: string, url: string, payload: object) =>
  t.app.inject({ method: 'POST', url, headers: { ...writeHeaders, cookie }, payload });
const get = (cookie: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });

beforeAll(async () => {
  t = await createTestApp();
  const setup = await setupInstallation(t.app);
  admin = setup.cookie;
  networkId = setup.networkId;
  for (const role of ['core_group', 'board', 'funder']) {
    cookies[role] = await userWithRole(t.app, admin, networkId, role, `${role}@admissions.example`);
  }
  const db = t.database.db;
  for (const [name, status] of [
    ['Bakkerij Jansen', 'applied'],
    ['Wolters Techniek', 'applied'],
    ['Zorggroep Oost', 'active'],
  ] as const) {
    const [org] = await db.insert(organisation).values({ networkId, kind: 'employer', name }).returning();
    orgs[name] = org!.id;
    await db.insert(membership).values({ networkId, organisationId: org!.id, status });
  }
});
afterAll(async () => t?.close());

async function pending() {
  const res = await get(cookies.core_group!, g('/admissions?sort=organisationName'));
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as { organisationId: string; organisationName: string; version: number }[];
}

describe('admission decisions', () => {
  it('lists the applications waiting for a decision, searchable and exportable', async () => {
    expect((await pending()).map((a) => a.organisationName)).toEqual(['Bakkerij Jansen', 'Wolters Techniek']);
    const search = await get(cookies.board!, g('/admissions?search=wolt'));
    expect(search.json().items.map((a: { organisationName: string }) => a.organisationName)).toEqual([
      'Wolters Techniek',
    ]);
    const csv = await get(admin, g('/admissions?format=csv&sort=organisationName'));
    expect(csv.body).toContain('Organisatie;Soort;Plaats;Aangemeld sinds');
    expect(csv.body).toContain('Bakkerij Jansen;Werkgever');
  });

  it('needs a kerngroep to decide, and a reason', async () => {
    const [first] = await pending();
    const noReason = await post(cookies.core_group!, g(`/admissions/${first!.organisationId}/decide`), {
      version: first!.version,
      outcome: 'admit',
      decidedOn: '2026-11-20',
      reason: ' ',
    });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().issues[0].path).toEqual(['body', 'reason']);
    const noBody = await post(cookies.core_group!, g(`/admissions/${first!.organisationId}/decide`), {
      version: first!.version,
      outcome: 'admit',
      decidedOn: '2026-11-20',
      reason: 'Convenant getekend',
    });
    expect(noBody.statusCode).toBe(422);
    expect(noBody.json().issues[0].message).toMatch(/nog geen kerngroep/);
  });

  it('admits and refuses: the decision is logged and the membership status follows, in one step', async () => {
    const version = await post(admin, `/api/networks/${networkId}/design/versions`, {
      input: {
        financing: 'external',
        funderType: 'gemeente',
        ownership: 3,
        phase: 'opstart',
        expectedMembers: 20,
        existing: { coreGroupFormed: true, coordinatorAvailable: true, legalEntity: false, annualPlanRequired: false },
      },
      reason: 'Eerste inrichting',
    });
    const applied = await post(admin, `/api/networks/${networkId}/design/versions/${version.json().id}/apply`, {
      confirm: true,
    });
    expect(applied.json().applied).toBe(true);

    const [bakkerij, wolters] = await pending();
    const admit = await post(cookies.core_group!, g(`/admissions/${bakkerij!.organisationId}/decide`), {
      version: bakkerij!.version,
      outcome: 'admit',
      decidedOn: '2026-11-20',
      reason: 'Tekent het convenant en meldt een ambitie van twee banen',
      sharedWithFunder: true,
    });
    expect(admit.statusCode, admit.body).toBe(201);
    expect(admit.json().membershipStatus).toBe('admitted');
    const [member] = await t.database.db
      .select()
      .from(membership)
      .where(and(eq(membership.networkId, networkId), eq(membership.organisationId, bakkerij!.organisationId)));
    expect(member).toMatchObject({
      status: 'admitted',
      admissionDecisionId: admit.json().decisionId,
      statusReason: 'Tekent het convenant en meldt een ambitie van twee banen',
    });

    // Deciding again on the same application is stale (the membership moved on).
    const again = await post(cookies.core_group!, g(`/admissions/${bakkerij!.organisationId}/decide`), {
      version: bakkerij!.version,
      outcome: 'refuse',
      decidedOn: '2026-11-21',
      reason: 'Toch niet',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('stale_version');

    const refuse = await post(cookies.core_group!, g(`/admissions/${wolters!.organisationId}/decide`), {
      version: wolters!.version,
      outcome: 'refuse',
      decidedOn: '2026-11-20',
      reason: 'Valt buiten de regio van het netwerk',
    });
    expect(refuse.statusCode, refuse.body).toBe(201);
    expect(refuse.json().membershipStatus).toBe('ended');
    expect(await pending()).toEqual([]);

    const log = await get(cookies.board!, g('/decisions?kind=admission&sort=bodyName'));
    expect(
      log
        .json()
        .items.map((d: { text: string; bodyName: string }) => [d.text, d.bodyName])
        .sort(),
    ).toEqual([
      ['Niet toegelaten als deelnemer: Wolters Techniek', 'Kerngroep'],
      ['Toegelaten als deelnemer: Bakkerij Jansen', 'Kerngroep'],
    ]);
    const audit = await t.database.pool.query(
      `select action from audit_entry where network_id = $1 and action in ('decision.create', 'membership.status')`,
      [networkId],
    );
    expect(audit.rows).toHaveLength(4);

    // An active member has nothing to decide on.
    const active = await post(cookies.core_group!, g(`/admissions/${orgs['Zorggroep Oost']}/decide`), {
      version: 1,
      outcome: 'admit',
      decidedOn: '2026-11-20',
      reason: 'x',
    });
    expect(active.statusCode).toBe(409);
    expect(active.json().message).toMatch(/geen aanmelding die op een besluit wacht/);
  });

  it('only those who steer decide', async () => {
    const res = await post(cookies.board!, g(`/admissions/${orgs['Zorggroep Oost']}/decide`), {
      version: 1,
      outcome: 'admit',
      decidedOn: '2026-11-20',
      reason: 'x',
    });
    expect(res.statusCode).toBe(403);
    expect((await get(cookies.funder!, g('/admissions'))).statusCode).toBe(403);
  });
});

describe('funder access "aggregates only"', () => {
  it('a funder sees a shared admission only as a count; when the setting is off it is listed', async () => {
    const direction = await post(cookies.core_group!, g('/decisions'), {
      bodyId: (await get(admin, g('/bodies'))).json().items.find((b: { kind: string }) => b.kind === 'core_group').id,
      decidedOn: '2026-11-22',
      text: 'Het netwerk richt zich op 20 banen in 2027',
      kind: 'direction',
      sharedWithFunder: true,
    });
    expect(direction.statusCode).toBe(201);
    const [net] = await t.database.db.select().from(network).where(eq(network.id, networkId));
    expect(net?.settings.funderAccess).toBe('aggregates_only');

    const funder = await get(cookies.funder!, g('/decisions/shared'));
    expect(funder.statusCode).toBe(200);
    expect(funder.json().items.map((d: { text: string }) => d.text)).toEqual([
      'Het netwerk richt zich op 20 banen in 2027',
    ]);
    expect(JSON.stringify(funder.json())).not.toContain('Bakkerij');
    expect(funder.json().organisationDecisions).toEqual({ count: 1 });
    const csv = await get(cookies.funder!, g('/decisions/shared?format=csv'));
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('Datum;Orgaan;Soort;Besluit;Reden');
    expect(csv.body).toContain('Het netwerk richt zich op 20 banen in 2027');
    expect(csv.body).not.toContain('Bakkerij');

    // Someone who reads the whole log sees the shared admission by name in the shared view too.
    const board = await get(cookies.board!, g('/decisions/shared'));
    expect(board.json().items.map((d: { organisationName: string | null }) => d.organisationName)).toContain(
      'Bakkerij Jansen',
    );
    expect(board.json().organisationDecisions).toBeNull();

    await t.database.db
      .update(network)
      .set({ settings: { ...net!.settings, funderAccess: 'shared_decisions' } })
      .where(eq(network.id, networkId));
    const open = await get(cookies.funder!, g('/decisions/shared'));
    expect(open.json().items).toHaveLength(2);
    expect(open.json().organisationDecisions).toBeNull();
  });
});
