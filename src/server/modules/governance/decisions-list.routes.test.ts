// The decision log through the real route, as its toolbar uses it: the search (decision or reason) and kind filter narrow
// the rows, every sort key the contract offers orders them both ways, and the export (CSV read back with papaparse, XLSX
// with ExcelJS) carries the same search and order, with Dutch or English column names; a role without the log gets 403.
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DECISION_SORTS } from '../../../core/governance/governance.contract.js';
import { body, decision } from '../../platform/db/schema.js';
import { setupInstallation } from '../../test/helpers.js';
import { userWithRole } from '../../test/role-users.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let cookie: string;
let networkId: string;

async function get(url: string, headers: Record<string, string> = {}, as = cookie) {
  return t.app.inject({
    method: 'GET',
    url: `/api/networks/${networkId}/governance${url}`,
    headers: { cookie: as, ...headers },
  });
}

async function texts(url: string): Promise<string[]> {
  const res = await get(url);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { items: { text: string }[] }).items.map((d) => d.text);
}

// [text, body, kind, decided on, reason]
const decided = [
  ['Jaarplan vastgesteld', 'Kerngroep', 'direction', '2026-02-10', 'Na de ledenavond'],
  ['Contributie blijft gelijk', 'Bestuur', 'financial', '2026-01-20', 'Begroting sluit'],
  ['Themagroep zorg opgericht', 'Kerngroep', 'governance', '2026-03-05', ''],
] as const;

beforeAll(async () => {
  t = await createTestApp();
  ({ cookie, networkId } = await setupInstallation(t.app));
  const db = t.database.db;
  const bodies = await db
    .insert(body)
    .values([
      { networkId, kind: 'core_group', name: 'Kerngroep' },
      { networkId, kind: 'board', name: 'Bestuur' },
    ])
    .returning();
  await db.insert(decision).values(
    decided.map(([text, bodyName, kind, decidedOn, reason]) => ({
      networkId,
      bodyId: bodies.find((b) => b.name === bodyName)!.id,
      text,
      kind,
      decidedOn,
      reason,
    })),
  );
}, 60_000);

afterAll(async () => {
  await t?.close();
});

describe('the decision log', () => {
  it('searches decision and reason, and filters by kind', async () => {
    expect(await texts('/decisions?search=jaarplan')).toEqual(['Jaarplan vastgesteld']);
    expect(await texts('/decisions?search=begroting')).toEqual(['Contributie blijft gelijk']);
    expect(await texts('/decisions?kind=governance')).toEqual(['Themagroep zorg opgericht']);
    expect(await texts('/decisions?search=nergens')).toEqual([]);
  });

  it('orders by every sort key both ways', async () => {
    const expected: Record<(typeof DECISION_SORTS)[number], string[]> = {
      decidedOn: ['Contributie blijft gelijk', 'Jaarplan vastgesteld', 'Themagroep zorg opgericht'],
      // Two decisions of the Kerngroep: only the bodies' order is asserted below.
      bodyName: [],
      kind: ['Jaarplan vastgesteld', 'Contributie blijft gelijk', 'Themagroep zorg opgericht'],
    };
    for (const sort of DECISION_SORTS) {
      const asc = await texts(`/decisions?sort=${sort}&order=asc`);
      const desc = await texts(`/decisions?sort=${sort}&order=desc`);
      if (sort === 'bodyName') {
        expect(asc[0]).toBe('Contributie blijft gelijk');
        expect(desc[2]).toBe('Contributie blijft gelijk');
        continue;
      }
      expect(asc, sort).toEqual(expected[sort]);
      expect(desc, sort).toEqual([...expected[sort]].reverse());
    }
    expect((await get('/decisions?sort=text')).statusCode).toBe(422);
  });

  it('exports the search and order as shown, as CSV and XLSX', async () => {
    const csv = await get('/decisions?format=csv&sort=decidedOn&order=asc');
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-disposition']).toContain('besluiten');
    expect(csv.body.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<Record<string, string>>(csv.body.slice(1), {
      header: true,
      delimiter: ';',
      skipEmptyLines: true,
    });
    expect(parsed.meta.fields).toEqual([
      'Datum',
      'Orgaan',
      'Soort',
      'Besluit',
      'Reden',
      'Organisatie',
      'Gedeeld met financier',
    ]);
    expect(parsed.data.map((r) => r.Besluit)).toEqual([
      'Contributie blijft gelijk',
      'Jaarplan vastgesteld',
      'Themagroep zorg opgericht',
    ]);
    expect(parsed.data[0]).toMatchObject({ Datum: '20-01-2026', Orgaan: 'Bestuur', Soort: 'financieel' });

    const xlsx = await get('/decisions?format=xlsx&search=kerngroep&kind=direction&sort=decidedOn&order=desc', {
      'accept-language': 'en',
    });
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Date',
      'Body',
      'Kind',
      'Decision',
      'Reason',
      'Organisation',
      'Shared with funder',
    ]);
    // The search looks in decision and reason, not the body's name: nothing matches "kerngroep".
    expect(sheet.getSheetValues().slice(2)).toEqual([]);
    const english = await get('/decisions?format=xlsx&sort=kind&order=asc', { 'accept-language': 'en' });
    const book2 = new ExcelJS.Workbook();
    await book2.xlsx.load(english.rawPayload as unknown as ArrayBuffer);
    const rows = book2.worksheets[0]!.getSheetValues().slice(2) as unknown[][];
    expect(rows.map((r) => [r[3], r[4]])).toEqual([
      ['direction', 'Jaarplan vastgesteld'],
      ['financial', 'Contributie blijft gelijk'],
      ['governance', 'Themagroep zorg opgericht'],
    ]);
  });

  it('refuses the log to a role that does not read it', async () => {
    const employer = await userWithRole(t.app, cookie, networkId, 'employer', 'werkgever@example.nl');
    expect((await get('/decisions?format=csv', {}, employer)).statusCode).toBe(403);
  });
});
