// No BSN in a document's title or file name (decision 013): on the Kennisbank the coordinator adds a PDF whose title holds a
// BSN; the refusal is said on the title field, nothing is stored, and the same file with an ordinary title is stored. axe runs
// on the screen with the refusal.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeSummary, expectNoSeriousAxeViolations } from './support/axe.js';
import { launchBrowser, type BrowserSession } from './support/browser.js';
import { skipAfterFirstFailure } from './support/sequence.js';
import { startTestServer, type TestServer } from './support/server.js';
import { field, setupViaApi } from './support/ui.js';

const admin = { name: 'Anna de Vries', email: 'anna@voorbeeld.nl', password: 'paarse olifanten dansen op dinsdag' };
const refusal =
  'Dit veld bevat een getal van 9 cijfers dat een burgerservicenummer (BSN) kan zijn. Netwerkregie slaat nooit een BSN op: laat het nummer weg of schrijf het anders.';
const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(64, 0x20), Buffer.from('\n%%EOF\n')]);

let server: TestServer;
let browser: BrowserSession;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  console.log(axeSummary());
  await browser?.close();
  await server?.stop();
});

describe('documents and the BSN', () => {
  skipAfterFirstFailure();

  test('a BSN in the title is refused on the title field; an ordinary title is stored', async () => {
    const { page } = browser;
    const networkId = await setupViaApi(page, server.url, { admin, network: { name: 'Inclusief Netwerk Deventer' } });
    await page.goto(`${server.url}/n/${networkId}/kennisbank`);
    await page.getByRole('heading', { level: 1, name: 'Kennisbank' }).waitFor();
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'verklaring.pdf', mimeType: 'application/pdf', buffer: pdf });
    const form = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Document toevoegen' }) });
    const title = field(form, 'Titel');
    await title.fill('Verklaring kandidaat BSN 1234.56.782');
    await form.getByRole('combobox', { name: 'Categorie' }).click();
    await page.getByRole('option', { name: 'Sjablonen', exact: true }).click();
    await form.getByRole('button', { name: 'Toevoegen' }).click();
    await expect.poll(() => title.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await title.getAttribute('aria-describedby')) ?? '';
    const errorId = describedBy.split(' ').find((id) => id.includes('error'));
    expect(errorId, describedBy).toBeTruthy();
    expect(await page.locator(`[id="${errorId}"]`).textContent()).toBe(refusal);
    await expectNoSeriousAxeViolations(page, 'document met BSN geweigerd');
    const listed = await page.request.get(`${server.url}/api/networks/${networkId}/documents?ownerKind=library`);
    expect(((await listed.json()) as { items: unknown[] }).items).toEqual([]);

    await title.fill('Verklaring kandidaat');
    await form.getByRole('button', { name: 'Toevoegen' }).click();
    await page.getByText('Het document is toegevoegd.').waitFor();
    await page.getByRole('cell', { name: 'Verklaring kandidaat', exact: true }).waitFor();
  });
});
