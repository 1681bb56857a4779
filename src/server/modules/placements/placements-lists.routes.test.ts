// The placements and opportunities lists through the real routes, as their toolbars use them: the search narrows the rows
// (and the placements' figures), every sort key the contract offers orders the rows both ways, and the export (CSV read
// back with papaparse, XLSX with ExcelJS) carries the same search and order over every page, with Dutch or English column
// names. A placement export holds the candidate's pseudonymous code only: never a name, contact detail or BSN.
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPPORTUNITY_SORTS, PLACEMENT_SORTS } from '../../../core/candidates/placements.contract.js';
import { candidate, organisation, placement, workOpportunity } from '../../platform/db/schema.js';
import { setupInstallation } from '../../test/helpers.js';
import { userWithRole } from '../../test/role-users.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let cookie: string;
let networkId: string;

async function get(url: string, headers: Record<string, string> = {}, as = cookie) {
  return t.app.inject({
    method: 'GET',
    url: `/api/networks/${networkId}${url}`,
    headers: { cookie: as, ...headers },
  });
}

async function json(url: string) {
  const res = await get(url);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

function csvRows(body: string) {
  // The file starts with a byte-order mark for Excel.
  expect(body.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<Record<string, string>>(body.slice(1), {
    header: true,
    delimiter: ';',
    skipEmptyLines: true,
  });
  return { header: parsed.meta.fields ?? [], rows: parsed.data };
}

async function xlsxRows(payload: Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(payload as unknown as ArrayBuffer);
  const sheet = book.worksheets[0]!;
  return {
    header: (sheet.getRow(1).values as unknown[]).slice(1),
    rows: sheet.getSheetValues().slice(2) as unknown[][],
  };
}

const employers = ['Bakkerij Jansen', 'Zorggroep Oost', 'Autobedrijf Achterberg'];
// [code, first name, employer, starts on, hours]
const placed = [
  ['K-2026-0003', 'Anna', 0, '2026-02-01', 20],
  ['K-2026-0001', 'Bram', 1, '2026-01-15', 32],
  ['K-2026-0004', 'Cees', 2, '2026-03-01', 12.5],
  ['K-2026-0002', 'Dirk', 0, '2026-04-01', 38],
] as const;

beforeAll(async () => {
  t = await createTestApp();
  ({ cookie, networkId } = await setupInstallation(t.app));
  const db = t.database.db;
  const orgs = await db
    .insert(organisation)
    .values(employers.map((name) => ({ networkId, kind: 'employer', name, postcode: '8013 AB', city: 'Zwolle' })))
    .returning();
  const candidates = await db
    .insert(candidate)
    .values(
      placed.map(([code, firstName]) => ({
        networkId,
        code,
        firstName,
        email: `${firstName.toLowerCase()}@example.nl`,
        targetGroupRegister: 'yes',
      })),
    )
    .returning();
  await db.insert(placement).values(
    placed.map(([code, , org, startsOn, hours]) => ({
      networkId,
      candidateId: candidates.find((c) => c.code === code)!.id,
      organisationId: orgs[org]!.id,
      startsOn,
      hoursPerWeek: String(hours),
      contractKind: 'fixed_term',
    })),
  );
  await db.insert(workOpportunity).values([
    {
      networkId,
      organisationId: orgs[0]!.id,
      title: 'Baliemedewerker',
      kind: 'regular',
      hoursPerWeek: '24',
      place: 'Zwolle',
      createdAt: new Date('2026-03-01T09:00:00Z'),
    },
    {
      networkId,
      organisationId: orgs[1]!.id,
      title: 'Magazijnmedewerker',
      kind: 'job_carving',
      hoursPerWeek: '16',
      createdAt: new Date('2026-01-01T09:00:00Z'),
    },
    {
      networkId,
      organisationId: orgs[2]!.id,
      title: 'Schoonmaker',
      kind: 'internship',
      hoursPerWeek: '32',
      place: 'Kampen',
      createdAt: new Date('2026-02-01T09:00:00Z'),
    },
  ]);
}, 60_000);

afterAll(async () => {
  await t?.close();
});

describe('the placements list', () => {
  it('searches by code or employer, the figures following the search', async () => {
    const byEmployer = await json('/placements?search=bakkerij');
    expect(byEmployer.items.map((p: { candidateCode: string }) => p.candidateCode).sort()).toEqual([
      'K-2026-0002',
      'K-2026-0003',
    ]);
    expect(byEmployer.total).toBe(2);
    expect(byEmployer.totalJobs).toBeCloseTo(20 / 25.5 + 38 / 25.5, 1);
    expect(
      (await json('/placements?search=0004')).items.map((p: { organisationName: string }) => p.organisationName),
    ).toEqual(['Autobedrijf Achterberg']);
    // A name is not searchable: the list knows candidates by code only.
    expect((await json('/placements?search=Anna')).total).toBe(0);
  });

  it('orders by every sort key both ways', async () => {
    const expected: Record<(typeof PLACEMENT_SORTS)[number], string[]> = {
      startsOn: ['K-2026-0001', 'K-2026-0003', 'K-2026-0004', 'K-2026-0002'],
      candidateCode: ['K-2026-0001', 'K-2026-0002', 'K-2026-0003', 'K-2026-0004'],
      // Bakkerij Jansen holds two placements: the id decides between them, so only the employers' order is asserted.
      organisationName: [],
      hoursPerWeek: ['K-2026-0004', 'K-2026-0003', 'K-2026-0001', 'K-2026-0002'],
    };
    for (const sort of PLACEMENT_SORTS) {
      const asc = await json(`/placements?sort=${sort}&order=asc`);
      const desc = await json(`/placements?sort=${sort}&order=desc`);
      if (sort === 'organisationName') {
        const names = (page: { items: { organisationName: string }[] }) => page.items.map((p) => p.organisationName);
        expect(names(asc)).toEqual([employers[2], employers[0], employers[0], employers[1]]);
        expect(names(desc)).toEqual([employers[1], employers[0], employers[0], employers[2]]);
        continue;
      }
      const codes = (page: { items: { candidateCode: string }[] }) => page.items.map((p) => p.candidateCode);
      expect(codes(asc), sort).toEqual(expected[sort]);
      expect(codes(desc), sort).toEqual([...expected[sort]].reverse());
    }
    expect((await get('/placements?sort=firstName')).statusCode).toBe(422);
  });

  it('exports the search and order as shown, every page, as CSV and XLSX, without names or contact details', async () => {
    const csv = await get('/placements?format=csv&sort=hoursPerWeek&order=desc&pageSize=1');
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-disposition']).toContain('plaatsingen');
    const { header, rows } = csvRows(csv.body);
    expect(header).toEqual([
      'Kandidaat',
      'Werkgever',
      'Start',
      'Einde',
      'Uren per week',
      'Contract',
      'Banen (banenafspraak)',
    ]);
    expect(rows.map((r) => r.Kandidaat)).toEqual(['K-2026-0002', 'K-2026-0001', 'K-2026-0003', 'K-2026-0004']);
    expect(rows[0]).toMatchObject({ Werkgever: 'Bakkerij Jansen', Start: '01-04-2026', 'Uren per week': '38' });
    for (const [, firstName] of placed) {
      expect(csv.body).not.toContain(firstName);
      expect(csv.body).not.toContain(`${firstName.toLowerCase()}@example.nl`);
    }

    const xlsx = await get('/placements?format=xlsx&search=bakkerij&sort=startsOn&order=asc', {
      'accept-language': 'en',
    });
    expect(xlsx.statusCode).toBe(200);
    const sheet = await xlsxRows(xlsx.rawPayload);
    expect(sheet.header).toEqual([
      'Candidate',
      'Employer',
      'Start',
      'End',
      'Hours per week',
      'Contract',
      'Jobs (banenafspraak)',
    ]);
    expect(sheet.rows.map((r) => r[1])).toEqual(['K-2026-0003', 'K-2026-0002']);
    expect(sheet.rows.map((r) => r[5])).toEqual([20, 38]);
    expect(sheet.rows.flat().map(String).join(' ')).not.toMatch(/Anna|Dirk|example\.nl/);
  });

  it('refuses the export to a role that does not run placements', async () => {
    const funder = await userWithRole(t.app, cookie, networkId, 'funder', 'financier@example.nl');
    expect((await get('/placements?format=csv', {}, funder)).statusCode).toBe(403);
  });
});

describe('the opportunities list', () => {
  const titles = (page: { items: { title: string }[] }) => page.items.map((o) => o.title);

  it('searches by title, employer or place', async () => {
    expect(titles(await json('/opportunities?search=magazijn'))).toEqual(['Magazijnmedewerker']);
    expect(titles(await json('/opportunities?search=achterberg'))).toEqual(['Schoonmaker']);
    expect(titles(await json('/opportunities?search=zwolle'))).toEqual(['Baliemedewerker']);
    expect((await json('/opportunities?search=nergens')).total).toBe(0);
  });

  it('orders by every sort key both ways', async () => {
    const expected: Record<(typeof OPPORTUNITY_SORTS)[number], string[]> = {
      createdAt: ['Magazijnmedewerker', 'Schoonmaker', 'Baliemedewerker'],
      title: ['Baliemedewerker', 'Magazijnmedewerker', 'Schoonmaker'],
      organisationName: ['Schoonmaker', 'Baliemedewerker', 'Magazijnmedewerker'],
      hoursPerWeek: ['Magazijnmedewerker', 'Baliemedewerker', 'Schoonmaker'],
    };
    for (const sort of OPPORTUNITY_SORTS) {
      const asc = titles(await json(`/opportunities?sort=${sort}&order=asc`));
      const desc = titles(await json(`/opportunities?sort=${sort}&order=desc`));
      expect(asc, sort).toEqual(expected[sort]);
      expect(desc, sort).toEqual([...expected[sort]].reverse());
    }
  });

  it('exports the search and order as shown as CSV and XLSX', async () => {
    const csv = await get('/opportunities?format=csv&sort=title&order=desc&pageSize=1');
    expect(csv.statusCode, csv.body).toBe(200);
    const { header, rows } = csvRows(csv.body);
    expect(header).toEqual(['Titel', 'Werkgever', 'Soort', 'Uren per week', 'Plaats', 'Status']);
    expect(rows.map((r) => r.Titel)).toEqual(['Schoonmaker', 'Magazijnmedewerker', 'Baliemedewerker']);
    expect(rows[1]).toMatchObject({ Werkgever: 'Zorggroep Oost', Soort: 'Job carving', 'Uren per week': '16' });

    const xlsx = await get('/opportunities?format=xlsx&search=medewerker&sort=hoursPerWeek&order=asc', {
      'accept-language': 'en',
    });
    expect(xlsx.statusCode).toBe(200);
    const sheet = await xlsxRows(xlsx.rawPayload);
    expect(sheet.header).toEqual(['Title', 'Employer', 'Kind', 'Hours per week', 'Place', 'Status']);
    expect(sheet.rows.map((r) => [r[1], r[4]])).toEqual([
      ['Magazijnmedewerker', 16],
      ['Baliemedewerker', 24],
    ]);
  });
});
