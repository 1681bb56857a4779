// Exports read back the way Dutch Excel sees them: real exports fetched through the API on a real database, the CSV parsed
// with papaparse (`;`, BOM) and the XLSX with exceljs. Amounts with comma decimals, times in Amsterdam local time (also
// across the switch to summer time), codes as the words the screens show, and numbers and dates as real XLSX cells.
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupInstallation } from '../test/helpers.js';
import { createTestApp, writeHeaders, type TestApp } from '../test/test-app.js';

let t: TestApp;
let admin: string;
let networkId: string;

const english = 'en-GB,en;q=0.9,nl;q=0.5';

async function send(method: 'POST' | 'PUT', url: string, payload: object) {
  const res = await t.app.inject({ method, url, headers: { ...writeHeaders, cookie: admin }, payload });
  expect(res.statusCode, res.body).toBeLessThan(300);
  return res.json();
}

async function fetchExport(path: string, format: 'csv' | 'xlsx', language?: string) {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/networks/${networkId}${path}${path.includes('?') ? '&' : '?'}format=${format}`,
    headers: { cookie: admin, ...(language ? { 'accept-language': language } : {}) },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res;
}

/** The CSV as Dutch Excel opens it: UTF-8 with a BOM, `;` between the cells, the first line the headings. */
async function csvRows(path: string, language?: string): Promise<Record<string, string>[]> {
  const res = await fetchExport(path, 'csv', language);
  expect(res.headers['content-type']).toContain('text/csv');
  expect(res.body.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<Record<string, string>>(res.body.slice(1), {
    delimiter: ';',
    header: true,
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** The XLSX as exceljs reads it: per row, heading → cell. */
async function xlsxRows(path: string, language?: string): Promise<Record<string, ExcelJS.Cell>[]> {
  const res = await fetchExport(path, 'xlsx', language);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const headings: string[] = [];
  sheet.getRow(1).eachCell((cell, col) => (headings[col] = String(cell.value)));
  const rows: Record<string, ExcelJS.Cell>[] = [];
  sheet.eachRow((row, index) => {
    if (index === 1) return;
    const record: Record<string, ExcelJS.Cell> = {};
    headings.forEach((heading, col) => (record[heading] = row.getCell(col)));
    rows.push(record);
  });
  return rows;
}

beforeAll(async () => {
  t = await createTestApp();
  const setup = await setupInstallation(t.app);
  admin = setup.cookie;
  networkId = setup.networkId;
  const jansen = (
    await send('POST', `/api/networks/${networkId}/organisations`, { kind: 'employer', name: 'Bakkerij Jansen' })
  ).id as string;
  // 13:00 UTC in March is 14:00 in Amsterdam (winter time).
  await send('POST', `/api/networks/${networkId}/activities`, {
    workForm: 'company_visit',
    title: 'Werkbezoek leerwerkplekken',
    startsAt: '2026-03-05T13:00:00.000Z',
    endsAt: '2026-03-05T15:00:00.000Z',
    location: 'Bakkerij Jansen, Zwolle',
    initiatorKind: 'coordinator',
    capacity: 12,
  });
  // The night the clocks go forward (29 March 2026, 02:00 → 03:00): 00:30 UTC is 01:30, 01:30 UTC is already 03:30.
  await send('POST', `/api/networks/${networkId}/activities`, {
    workForm: 'training',
    title: 'Nachtelijke training rond de klokwissel',
    startsAt: '2026-03-29T00:30:00.000Z',
    endsAt: '2026-03-29T01:30:00.000Z',
    location: 'Zwolle',
    initiatorKind: 'coordinator',
  });
  await send('POST', `/api/networks/${networkId}/opportunities`, {
    organisationId: jansen,
    title: 'Hulp in de bakkerij',
    kind: 'job_carving',
    hoursPerWeek: 12.5,
    place: 'Zwolle',
  });
  await send('POST', `/api/networks/${networkId}/partners`, { name: 'UWV Zwolle', kind: 'uwv', since: '2024-11-10' });
  await send('PUT', `/api/networks/${networkId}/organisations/${jansen}/membership/years/2026`, {
    contributionCents: 123_450,
    contributionInKind: null,
    invoiceStatus: 'invoiced',
    ambitionJobs: 3,
    realisedJobs: 1,
    version: 0,
  });
});
afterAll(async () => t?.close());

const agenda = '/activities?from=2026-03-01T00:00:00Z&to=2026-04-01T00:00:00Z';

describe('CSV for Dutch Excel', () => {
  it('writes times in Amsterdam local time (also across the switch to summer time) and codes as words', async () => {
    const rows = await csvRows(agenda);
    const visit = rows.find((r) => r.Titel === 'Werkbezoek leerwerkplekken')!;
    expect(visit).toMatchObject({
      Begin: '05-03-2026 14:00',
      Einde: '05-03-2026 16:00',
      Werkvorm: 'Werkbezoek',
      Initiatiefnemer: 'Coördinator',
      Plaatsen: '12',
      Status: 'Gepland',
    });
    const night = rows.find((r) => r.Titel === 'Nachtelijke training rond de klokwissel')!;
    expect(night).toMatchObject({ Begin: '29-03-2026 01:30', Einde: '29-03-2026 03:30', Werkvorm: 'Training' });
  });

  it('writes decimals and amounts with a decimal comma, dates as dd-mm-jjjj', async () => {
    const [opportunity] = await csvRows('/opportunities');
    expect(opportunity).toMatchObject({ Titel: 'Hulp in de bakkerij', 'Uren per week': '12,5', Status: 'Open' });

    const [membership] = await csvRows('/memberships?year=2026');
    expect(membership).toMatchObject({
      Organisatie: 'Bakkerij Jansen',
      'Bijdrage (EUR)': '1234,50',
      Factuurstatus: 'Gefactureerd',
      Jaar: '2026',
    });
    expect(membership!.Status).not.toMatch(/^[a-z_]+$/);

    const [partner] = await csvRows('/partners');
    expect(partner).toMatchObject({ Naam: 'UWV Zwolle', Soort: 'UWV', Sinds: '10-11-2024' });
  });

  it('uses English headings and words when the request prefers English, in the same Excel layout', async () => {
    const rows = await csvRows(agenda, english);
    const visit = rows.find((r) => r.Title === 'Werkbezoek leerwerkplekken')!;
    expect(visit).toMatchObject({ Starts: '05-03-2026 14:00', 'Work form': 'Company visit', Status: 'Planned' });
    const [membership] = await csvRows('/memberships?year=2026', english);
    expect(membership).toMatchObject({ 'Contribution (EUR)': '1234,50', 'Invoice status': 'Invoiced' });
  });
});

describe('XLSX', () => {
  it('holds times as real dates in Amsterdam local time and codes as words', async () => {
    const rows = await xlsxRows(agenda);
    const visit = rows.find((r) => r.Titel!.value === 'Werkbezoek leerwerkplekken')!;
    const begin = visit.Begin!;
    // Excel has no time zone: the cell holds the wall-clock time, which exceljs reads back in the UTC fields.
    expect(begin.value).toBeInstanceOf(Date);
    expect((begin.value as Date).toISOString()).toBe('2026-03-05T14:00:00.000Z');
    expect(begin.numFmt).toMatch(/hh:mm/);
    expect(visit.Werkvorm!.value).toBe('Werkbezoek');
    expect(visit.Status!.value).toBe('Gepland');
    expect(visit.Plaatsen!.value).toBe(12);
    const night = rows.find((r) => r.Titel!.value === 'Nachtelijke training rond de klokwissel')!;
    expect((night.Einde!.value as Date).toISOString()).toBe('2026-03-29T03:30:00.000Z');
  });

  it('holds numbers as numeric cells with a number format', async () => {
    const [opportunity] = await xlsxRows('/opportunities');
    expect(opportunity!['Uren per week']!.value).toBe(12.5);
    expect(opportunity!['Uren per week']!.type).toBe(ExcelJS.ValueType.Number);
    expect(opportunity!['Uren per week']!.numFmt).toBeTruthy();
    expect(opportunity!.Soort!.value).toBe('Job carving');

    const [membership] = await xlsxRows('/memberships?year=2026');
    const contribution = membership!['Bijdrage (EUR)']!;
    expect(contribution.value).toBe(1234.5);
    expect(contribution.numFmt).toBe('#,##0.00');
    expect(membership!.Factuurstatus!.value).toBe('Gefactureerd');

    const [partner] = await xlsxRows('/partners');
    expect((partner!.Sinds!.value as Date).toISOString()).toBe('2024-11-10T00:00:00.000Z');
    expect(partner!.Sinds!.numFmt).toBe('dd-mm-yyyy');
  });
});
