// The budget routes on a real app and database: a budget started from the applied design, the plan edited with versions,
// spending and in-kind contributions typed as Dutch amounts, totals that agree, a closed year that takes nothing more,
// who may do what, and the lists read back from real CSV and XLSX files.
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupInstallation } from '../../test/helpers.js';
import { createTestApp, writeHeaders, type TestApp } from '../../test/test-app.js';
import { userWithRole } from '../../test/role-users.js';

let t: TestApp;
let admin: string;
let networkId: string;
let memberOrg: string;
const cookies: Record<string, string> = {};
const YEAR = 2026;
const n = (rest: string) => `/api/networks/${networkId}${rest}`;
const get = (cookie: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });
const send = (method: 'POST' | 'PUT', cookie: string, url: string, payload: object) =>
  t.app.inject({ method, url, headers: { ...writeHeaders, cookie }, payload });
const remove = (cookie: string, url: string) =>
  t.app.inject({ method: 'DELETE', url, headers: { ...writeHeaders, cookie } });

const designInput = {
  financing: 'external',
  funderType: 'werkgeversservicepunt',
  ownership: 4,
  phase: 'opstart',
  expectedMembers: 40,
  existing: { coreGroupFormed: true, coordinatorAvailable: true, legalEntity: false, annualPlanRequired: false },
};

beforeAll(async () => {
  t = await createTestApp();
  const setup = await setupInstallation(t.app);
  admin = setup.cookie;
  networkId = setup.networkId;
  for (const role of ['core_group', 'back_office', 'board', 'funder', 'employer']) {
    cookies[role] = await userWithRole(t.app, admin, networkId, role, `${role}@begroting.example`);
  }
  memberOrg = (
    await send('POST', admin, n('/organisations'), { kind: 'employer', name: 'Bakkerij De Korenaar' })
  ).json().id;
});
afterAll(async () => t?.close());

describe('the budget of a year', () => {
  it('cannot start from the design before one is applied', async () => {
    const res = await send('POST', admin, n(`/budget/${YEAR}`), {});
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().message).toContain('toegepaste inrichting');
  });

  it('starts from the applied design’s cost items, paid by the funder’s grant', async () => {
    const saved = await send('POST', admin, n('/design/versions'), { input: designInput, reason: 'Start begroting' });
    expect(saved.statusCode, saved.body).toBe(201);
    const applied = await send('POST', admin, n(`/design/versions/${saved.json().id}/apply`), { confirm: true });
    expect(applied.statusCode, applied.body).toBe(200);

    const empty = await get(admin, n(`/budget/${YEAR}`));
    expect(empty.statusCode, empty.body).toBe(200);
    expect(empty.json()).toMatchObject({ budget: null, appliedDesignVersion: 1, plan: [], canManage: true });

    const created = await send('POST', admin, n(`/budget/${YEAR}`), {});
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().version).toBe(1);
    const again = await send('POST', admin, n(`/budget/${YEAR}`), {});
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toBe(`Er is al een begroting voor ${YEAR}.`);

    const overview = (await get(admin, n(`/budget/${YEAR}`))).json();
    expect(overview.budget).toMatchObject({ version: 1, closedAt: null, designVersionNumber: 1 });
    const items = overview.plan.map((l: { item: string }) => l.item);
    expect(items).toEqual(expect.arrayContaining(['coordinator', 'meetings_venues', 'communication_tools']));
    expect(overview.plan.find((l: { item: string }) => l.item === 'coordinator').payer).toBe('funder_grant');
    for (const line of overview.plan) expect(Number.isInteger(line.plannedCents) && line.plannedCents > 0).toBe(true);
    const planned = overview.plan.reduce((a: number, l: { plannedCents: number }) => a + l.plannedCents, 0);
    expect(overview.summary.total.plannedCents).toBe(planned);
  });

  it('edits the plan with Dutch amounts and the version it was opened on', async () => {
    const lines = [
      { item: 'coordinator', payer: 'funder_grant', amount: '€ 30.000,00' },
      { item: 'coordinator', payer: 'member_contributions', amount: '5.000' },
      { item: 'meetings_venues', payer: 'in_kind', amount: '2.400,50' },
      { item: 'own', payer: 'municipality', amount: '1.000,-' },
    ];
    const ok = await send('PUT', admin, n(`/budget/${YEAR}/plan`), { version: 1, lines });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toEqual({ version: 2 });
    const stale = await send('PUT', admin, n(`/budget/${YEAR}/plan`), { version: 1, lines });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('stale_version');

    const bad = await send('PUT', admin, n(`/budget/${YEAR}/plan`), {
      version: 2,
      lines: [{ item: 'own', payer: 'other', amount: '1,250.50' }],
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().issues).toEqual([
      { path: ['body', 'lines', 0, 'amount'], message: expect.stringContaining('Dit is geen bedrag') },
    ]);

    const overview = (await get(admin, n(`/budget/${YEAR}`))).json();
    expect(overview.budget.version).toBe(2);
    expect(overview.summary.total.plannedCents).toBe(3_840_050);
    const payers = Object.fromEntries(
      overview.summary.payers.map((p: { payer: string; plannedCents: number }) => [p.payer, p.plannedCents]),
    );
    expect(payers).toMatchObject({ funder_grant: 3_000_000, member_contributions: 500_000, in_kind: 240_050 });
  });

  it('books spending typed with comma decimals, and refuses negative amounts and bad text with a Dutch message', async () => {
    const first = await send('POST', cookies.back_office!, n('/budget-spending'), {
      spentOn: `${YEAR}-02-14`,
      amount: '1.250,50',
      item: 'coordinator',
      payer: 'funder_grant',
      description: 'Coördinatie januari',
      attachmentName: 'factuur-2026-001.pdf',
    });
    expect(first.statusCode, first.body).toBe(201);
    const second = await send('POST', admin, n('/budget-spending'), {
      spentOn: `${YEAR}-03-01`,
      amount: '€ 99,95',
      item: 'communication_tools',
      payer: 'member_contributions',
      description: 'Mailprogramma, jaarlicentie',
    });
    expect(second.statusCode, second.body).toBe(201);

    const negative = await send('POST', admin, n('/budget-spending'), {
      spentOn: `${YEAR}-03-02`,
      amount: '-50,00',
      item: 'own',
      payer: 'other',
      description: 'Terugbetaling',
    });
    expect(negative.statusCode).toBe(422);
    expect(negative.json().issues[0]).toEqual({
      path: ['body', 'amount'],
      message: 'Een bedrag kan niet negatief zijn; een creditnota hoort bij een factuur.',
    });
    const text = await send('POST', admin, n('/budget-spending'), {
      spentOn: `${YEAR}-03-02`,
      amount: 'vijftig euro',
      item: 'own',
      payer: 'other',
      description: 'Iets',
    });
    expect(text.statusCode).toBe(422);
    expect(text.json().issues[0].message).toContain('1.250,50');

    const noBudget = await send('POST', admin, n('/budget-spending'), {
      spentOn: '2025-12-31',
      amount: '10',
      item: 'own',
      payer: 'other',
      description: 'Vorig jaar',
    });
    expect(noBudget.statusCode).toBe(409);
    expect(noBudget.json().message).toBe(
      'Er is nog geen begroting voor 2025. Stel eerst de begroting van dat jaar op.',
    );

    const list = (await get(cookies.core_group!, n(`/budget/${YEAR}/spending`))).json().items;
    expect(list.map((e: { amountCents: number }) => e.amountCents)).toEqual([125_050, 9_995]);

    const entry = list[0];
    const edit = { ...entry, amount: '1.300,00', attachmentName: entry.attachmentName, version: 1 };
    delete edit.id;
    delete edit.amountCents;
    const edited = await send('PUT', admin, n(`/budget-spending/${entry.id}`), edit);
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toEqual({ version: 2 });
    const staleEdit = await send('PUT', admin, n(`/budget-spending/${entry.id}`), { ...edit, amount: '1,00' });
    expect(staleEdit.statusCode).toBe(409);
    expect(staleEdit.json().code).toBe('stale_version');
  });

  it('records an in-kind contribution as income in kind and shows it on the organisation', async () => {
    const res = await send('POST', admin, n('/in-kind'), {
      organisationId: memberOrg,
      givenOn: `${YEAR}-03-10`,
      kind: 'hosting',
      value: '450,00',
      description: 'Netwerkbijeenkomst in de bakkerij, met koffie',
    });
    expect(res.statusCode, res.body).toBe(201);
    const unknownOrg = await send('POST', admin, n('/in-kind'), {
      organisationId: '00000000-0000-4000-8000-000000000000',
      givenOn: `${YEAR}-03-10`,
      kind: 'catering',
      value: '10',
      description: 'Lunch',
    });
    expect(unknownOrg.statusCode).toBe(422);

    const onOrg = (await get(admin, n(`/organisations/${memberOrg}/in-kind`))).json().items;
    expect(onOrg).toEqual([
      expect.objectContaining({ kind: 'hosting', item: 'meetings_venues', valueCents: 45_000, version: 1 }),
    ]);

    const s = (await get(cookies.core_group!, n(`/budget/${YEAR}`))).json().summary;
    const inKind = s.payers.find((p: { payer: string }) => p.payer === 'in_kind');
    expect(inKind).toMatchObject({ plannedCents: 240_050, actualCents: 45_000 });
    const meetings = s.items.find((i: { item: string }) => i.item === 'meetings_venues');
    expect(meetings).toMatchObject({ actualCents: 45_000, inKindCents: 45_000 });
    // 1.300,00 + 99,95 + 450,00, and every view adds up to it.
    expect(s.total.actualCents).toBe(184_995);
    const sum = (xs: { actualCents: number }[]) => xs.reduce((a, x) => a + x.actualCents, 0);
    expect(sum(s.items)).toBe(184_995);
    expect(sum(s.payers)).toBe(184_995);
  });

  it('exports every list as CSV and XLSX with Dutch decimals, and the totals in them agree', async () => {
    const csv = await get(admin, n(`/budget/${YEAR}?format=csv`));
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-disposition']).toContain(`begroting-posten-${YEAR}.csv`);
    const rows = Papa.parse<Record<string, string>>(csv.body.slice(1), { header: true, delimiter: ';' }).data.filter(
      (r) => r.Post,
    );
    const coordinator = rows.find((r) => r.Post === 'Coördinator');
    expect(coordinator).toMatchObject({ Begroot: '35000,00', Besteed: '1300,00' });
    const total = rows.find((r) => r.Post === 'Totaal');
    expect(total?.Begroot).toBe('38400,50');
    expect(total?.Besteed).toBe('1849,95');

    const spending = await get(admin, n(`/budget/${YEAR}/spending?format=xlsx`));
    expect(spending.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(spending.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(2).value).toBe('Bedrag');
    expect(sheet.getRow(2).getCell(2).value).toBe(1300);
    expect(sheet.getRow(3).getCell(2).value).toBe(99.95);
    expect(sheet.getRow(2).getCell(3).value).toBe('Coördinator');
    expect(sheet.getRow(2).getCell(6).value).toBe('factuur-2026-001.pdf');

    const inKind = await get(admin, n(`/budget/${YEAR}/in-kind?format=csv`));
    const gifts = Papa.parse<Record<string, string>>(inKind.body.slice(1), { header: true, delimiter: ';' }).data;
    expect(gifts[0]).toMatchObject({ Organisatie: 'Bakkerij De Korenaar', Waarde: '450,00', Datum: `10-03-${YEAR}` });

    const payers = await get(admin, n(`/budget/${YEAR}/payers?format=xlsx`));
    expect(payers.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(payers.rawPayload as unknown as ArrayBuffer);
    const values: unknown[][] = [];
    book.worksheets[0]!.eachRow((row) => values.push([row.getCell(1).value, row.getCell(3).value]));
    expect(values.at(-1)).toEqual(['Totaal', 1849.95]);
    expect(values).toContainEqual(['In natura', 450]);
  });

  it('closes the year: no spending or in-kind contribution can be added or changed after it', async () => {
    const overview = (await get(admin, n(`/budget/${YEAR}`))).json();
    const closed = await send('POST', admin, n(`/budget/${YEAR}/close`), { version: overview.budget.version });
    expect(closed.statusCode, closed.body).toBe(200);
    const refused = await send('POST', admin, n('/budget-spending'), {
      spentOn: `${YEAR}-11-01`,
      amount: '25,00',
      item: 'own',
      payer: 'other',
      description: 'Te laat',
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().message).toBe(`De begroting van ${YEAR} is afgesloten: er kan niets meer bij of af.`);
    const gift = await send('POST', admin, n('/in-kind'), {
      organisationId: memberOrg,
      givenOn: `${YEAR}-11-01`,
      kind: 'catering',
      value: '80',
      description: 'Lunch',
    });
    expect(gift.statusCode).toBe(409);
    const plan = await send('PUT', admin, n(`/budget/${YEAR}/plan`), {
      version: overview.budget.version + 1,
      lines: [],
    });
    expect(plan.statusCode).toBe(409);
    expect((await get(admin, n(`/budget/${YEAR}`))).json().budget.closedAt).not.toBeNull();
  });

  it('reopens a closed year with a reason, so a wrong entry can be deleted with the version it was shown at', async () => {
    const [entry] = (await get(admin, n(`/budget/${YEAR}/spending`))).json().items as {
      id: string;
      version: number;
      amountCents: number;
    }[];
    const [gift] = (await get(admin, n(`/budget/${YEAR}/in-kind`))).json().items as { id: string; version: number }[];
    expect(entry && gift).toBeTruthy();
    const whileClosed = await remove(admin, n(`/budget-spending/${entry!.id}?version=${entry!.version}`));
    expect(whileClosed.statusCode).toBe(409);
    expect(whileClosed.json().message).toBe(`De begroting van ${YEAR} is afgesloten: er kan niets meer bij of af.`);

    const version = (await get(admin, n(`/budget/${YEAR}`))).json().budget.version as number;
    const noReason = await send('POST', admin, n(`/budget/${YEAR}/reopen`), { version, reason: ' ' });
    expect(noReason.statusCode).toBe(422);
    const byKerngroep = await send('POST', cookies.core_group!, n(`/budget/${YEAR}/reopen`), {
      version,
      reason: 'Factuur van de zaalhuur kwam te laat',
    });
    expect(byKerngroep.statusCode).toBe(403);
    const stale = await send('POST', admin, n(`/budget/${YEAR}/reopen`), { version: version - 1, reason: 'Te oud' });
    expect(stale.statusCode).toBe(409);
    const reopened = await send('POST', admin, n(`/budget/${YEAR}/reopen`), {
      version,
      reason: 'Factuur van de zaalhuur kwam te laat',
    });
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(reopened.json().version).toBe(version + 1);
    expect((await get(admin, n(`/budget/${YEAR}`))).json().budget.closedAt).toBeNull();
    const twice = await send('POST', admin, n(`/budget/${YEAR}/reopen`), { version: version + 1, reason: 'Nog eens' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().message).toBe(`De begroting van ${YEAR} is niet afgesloten.`);

    const before = (await get(admin, n(`/budget/${YEAR}`))).json().summary.total.actualCents as number;
    const staleDelete = await remove(admin, n(`/budget-spending/${entry!.id}?version=${entry!.version - 1}`));
    expect(staleDelete.statusCode).toBe(409);
    const byReader = await remove(cookies.core_group!, n(`/budget-spending/${entry!.id}?version=${entry!.version}`));
    expect(byReader.statusCode).toBe(403);
    const deleted = await remove(admin, n(`/budget-spending/${entry!.id}?version=${entry!.version}`));
    expect(deleted.statusCode, deleted.body).toBe(204);
    const after = (await get(admin, n(`/budget/${YEAR}`))).json().summary.total.actualCents as number;
    expect(after).toBe(before - entry!.amountCents);
    expect((await remove(admin, n(`/budget-spending/${entry!.id}?version=${entry!.version}`))).statusCode).toBe(404);

    const giftDeleted = await remove(admin, n(`/in-kind/${gift!.id}?version=${gift!.version}`));
    expect(giftDeleted.statusCode, giftDeleted.body).toBe(204);
    expect((await get(admin, n(`/organisations/${memberOrg}/in-kind`))).json().items).toEqual([]);
    const unknown = await remove(admin, n(`/in-kind/00000000-0000-4000-8000-000000000000?version=1`));
    expect(unknown.statusCode).toBe(404);
  });
});

describe('who may see and keep the budget', () => {
  it('the coordinator and backoffice keep it, the kerngroep reads it; the board, a funder and an employer do not see it', async () => {
    expect((await get(cookies.core_group!, n(`/budget/${YEAR}`))).json().canManage).toBe(false);
    expect((await get(cookies.back_office!, n(`/budget/${YEAR}`))).json().canManage).toBe(true);
    const write = await send('POST', cookies.core_group!, n(`/budget/${YEAR + 1}`), { fromDesign: false });
    expect(write.statusCode).toBe(403);
    for (const role of ['board', 'funder', 'employer']) {
      const res = await get(cookies[role]!, n(`/budget/${YEAR}`));
      expect(res.statusCode, role).toBe(403);
      expect((await get(cookies[role]!, n(`/budget/${YEAR}/spending?format=csv`))).statusCode, role).toBe(403);
    }
    const other = await send('POST', cookies.back_office!, n(`/budget/${YEAR + 1}`), { fromDesign: false });
    expect(other.statusCode, other.body).toBe(201);
  });
});
