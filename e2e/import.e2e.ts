// The organisation import, end to end: a coordinator picks a CSV as Dutch Excel saves it (Windows-1252, `;`, CRLF,
// employee bands, amounts with a decimal comma), sees how the size column's bands are read and maps a value the import
// does not know, runs a trial import and then imports all; the contributions are stored for the membership year and the
// memberships wait at the admission step.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeSummary, expectNoSeriousAxeViolations } from './support/axe.js';
import { launchBrowser, type BrowserSession } from './support/browser.js';
import { screenshot } from './support/screenshot.js';
import { skipAfterFirstFailure } from './support/sequence.js';
import { startTestServer, type TestServer } from './support/server.js';
import { setupViaApi } from './support/ui.js';

const coordinator = {
  name: 'Carla Koster',
  email: 'carla@netwerk.example',
  password: 'zeven zwanen zwemmen zuidwaarts',
};

let server: TestServer;
let coord: BrowserSession;
let networkId = '';

/** Text → Windows-1252 bytes as Excel writes them (the euro sign is 0x80). */
function windows1252(text: string): Buffer {
  return Buffer.from(
    [...text].map((ch) => {
      if (ch === '€') return 0x80;
      const code = ch.codePointAt(0)!;
      if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
      throw new Error(`not in Windows-1252: ${ch}`);
    }),
  );
}

const rows = [
  ['Café De Zwaan', '40000001', '1-9', 'Zwolle', '€ 1.250,50'],
  ['Bakkerij Hélène', '40000002', '10-49', 'Kampen', '250'],
  ['Coöperatie Eëndracht', '40000003', '100 of meer', 'Deventer', '12,5'],
  ['Zoë Zorg BV', '40000004', '250+', 'Zwolle', '€ 2.500,00'],
  ['Tuinderij Noël', '40000005', 'flink', 'Dalfsen', ''],
];
const csv = windows1252(
  [['Bedrijfsnaam', 'KvK-nummer', 'Grootte', 'Plaats', 'Bijdrage'], ...rows].map((r) => r.join(';')).join('\r\n') +
    '\r\n',
);

beforeAll(async () => {
  server = await startTestServer();
  coord = await launchBrowser();
  coord.context.setDefaultTimeout(40_000);
});

afterAll(async () => {
  console.log(axeSummary());
  await coord?.close();
  await server?.stop();
});

describe('organisation import', () => {
  skipAfterFirstFailure();

  test('the preview shows how employee bands are read and lets the coordinator map an unknown value', async () => {
    networkId = await setupViaApi(coord.page, server.url, {
      admin: coordinator,
      network: { name: '99van Zwolle', region: 'Regio Zwolle' },
    });
    const { page } = coord;
    await page.goto(`${server.url}/n/${networkId}/leden/import`);
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'leden-export.csv', mimeType: 'text/csv', buffer: csv });
    await page.getByText('5 rijen gevonden').waitFor();
    // The labels of the column choices come from the catalog.
    await page.getByRole('combobox', { name: 'Kolom voor Grootte' }).waitFor();

    const sizes = page.getByTestId('import-values-sizeClass');
    const readAs = async (value: string) =>
      (
        await sizes
          .getByRole('row')
          .filter({ has: page.getByRole('cell', { name: value, exact: true }) })
          .innerText()
      )
        .split('\t')
        .map((c) => c.trim());
    expect(await readAs('10-49')).toEqual(['10-49', '1', 'Klein (10–49)']);
    expect(await readAs('1-9')).toEqual(['1-9', '1', 'Micro (minder dan 10)']);
    expect(await readAs('250+')).toEqual(['250+', '1', 'Groot (250 of meer)']);
    expect((await readAs('100 of meer'))[2]).toBe(
      'Middelgroot (50–249) (ondergrens: de klasse valt over twee klassen heen)',
    );
    await sizes.getByText('1 waarden in de kolom ‘Grootte’ zijn onbekend', { exact: false }).waitFor();

    // Without a choice, the trial run names the row with the unknown value.
    await page.getByTestId('import-dry-run').click();
    await page
      .getByTestId('import-summary')
      .getByText('1 van de 5 rijen heeft fouten (rij 6)', { exact: false })
      .waitFor();

    await sizes.getByRole('combobox', { name: 'Wat betekent ‘flink’?' }).click();
    await page.getByRole('option', { name: 'Middelgroot (50–249)' }).click();
    await expect.poll(() => sizes.getByText('zijn onbekend', { exact: false }).count()).toBe(0);
    await expect.poll(() => page.getByTestId('import-status').inputValue()).toBe('Aangemeld');
    await expectNoSeriousAxeViolations(page, 'importeren');
    await screenshot(page, 'leden-importeren');
  });

  test('the import stores each contribution for the membership year, at the admission step', async () => {
    const { page } = coord;
    await page.getByTestId('import-dry-run').click();
    await page
      .getByTestId('import-summary')
      .getByText('Alle 5 rijen zijn in orde. Proefimport: er is niets opgeslagen.')
      .waitFor();
    await page.getByTestId('import-all').click();
    const year = new Date().toISOString().slice(0, 4);
    await page
      .getByTestId('import-summary')
      .getByText(`Alle 5 rijen zijn in orde. 5 organisaties opgeslagen, met 4 bijdragen voor ${year}.`)
      .waitFor();
    await screenshot(page, 'leden-importeren-verslag');

    // Below the upload, the list of earlier imports shows this one first, in words and Dutch dates, with the two trial
    // runs before it (the first refused the row with the unknown value).
    const history = page.getByTestId('import-history');
    const cells = async (index: number) =>
      (await history.getByRole('row').nth(index).innerText()).split('\t').map((c) => c.trim());
    await expect.poll(async () => (await cells(1))[4]).toBe('Klaar');
    const [started, by, file, kind, status, checked, saved, refused, finished] = await cells(1);
    expect([by, file, kind, status, checked, saved, refused]).toEqual([
      'Carla Koster',
      'leden-export.csv',
      'Alles of niets',
      'Klaar',
      '5',
      '5',
      '0',
    ]);
    // "8 dec 2026 04:12": the Dutch medium date with the Amsterdam time.
    const dutchDateTime = /^\d{1,2} (jan|feb|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)\.? \d{4},? \d{2}:\d{2}$/;
    expect(started).toMatch(dutchDateTime);
    expect(finished).toMatch(dutchDateTime);
    expect((await cells(2)).slice(3, 8)).toEqual(['Proefimport', 'Klaar', '5', '0', '0']);
    expect((await cells(3)).slice(3, 8)).toEqual(['Proefimport', 'Klaar', '5', '0', '1']);
    await history.scrollIntoViewIfNeeded();
    await expectNoSeriousAxeViolations(page, 'eerdere imports');
    await screenshot(page, 'leden-importeren-eerdere-imports');

    // Read back as the organisation page does.
    const request = page.context().request;
    const list = await request.get(`${server.url}/api/networks/${networkId}/organisations?search=zwaan`);
    const [zwaan] = ((await list.json()) as { items: { id: string }[] }).items;
    const detail = (await (
      await request.get(`${server.url}/api/networks/${networkId}/organisations/${zwaan!.id}`)
    ).json()) as {
      sizeClass: string;
      membership: { status: string; years: { year: number; contributionCents: number }[] };
    };
    expect(detail.sizeClass).toBe('micro');
    expect(detail.membership.status).toBe('applied');
    expect(detail.membership.years).toMatchObject([{ year: Number(year), contributionCents: 125_050 }]);

    await page.goto(`${server.url}/n/${networkId}/leden/${zwaan!.id}`);
    await page.getByText('Aangemeld', { exact: false }).first().waitFor();
  });
});
