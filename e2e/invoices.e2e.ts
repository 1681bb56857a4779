// Contribution invoices, in a real Chromium: the coordinator has three active members (one with a contact person) and
// tiers by company size, opens Facturen from the menu, creates this year's invoices, registers two payments with a date,
// sends one reminder (it lands in the outbox), and sees the statuses and totals. Axe on every screen; the screenshot feeds
// docs/handleiding/facturen.md.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { todayInAmsterdam } from '../src/core/calendar.js';
import { axeSummary, expectNoSeriousAxeViolations } from './support/axe.js';
import { launchBrowser, type BrowserSession } from './support/browser.js';
import { screenshot } from './support/screenshot.js';
import { skipAfterFirstFailure } from './support/sequence.js';
import { startTestServer, type TestServer } from './support/server.js';
import { closeNotifications, field, loginViaApi, setupViaApi } from './support/ui.js';

const admin = {
  name: 'Sanne Jansen',
  email: 'sanne@facturen.example',
  password: 'facturen-in-centen-nooit-in-floats',
};
const headers = { 'x-requested-with': 'netwerkregie' };
const year = new Date().getFullYear();
const today = todayInAmsterdam(new Date());

let server: TestServer;
let coord: BrowserSession;
let networkId = '';

beforeAll(async () => {
  server = await startTestServer();
  coord = await launchBrowser();
});

afterAll(async () => {
  console.log(axeSummary());
  await coord?.close();
  await server?.stop();
});

describe('contribution invoices', () => {
  skipAfterFirstFailure();

  test('setup: three active members, tiers and the network’s KvK number', async () => {
    const { page } = coord;
    networkId = await setupViaApi(page, server.url, { admin, network: { name: 'Werkgeversnetwerk Vechtdal' } });
    await loginViaApi(page, server.url, admin);
    const api = page.context().request;
    const n = (rest: string) => `${server.url}/api/networks/${networkId}${rest}`;
    const members: [string, string][] = [
      ['Bakkerij De Korenaar', 'micro'],
      ['Hoveniersbedrijf Groen & Zn', 'small'],
      ['Zorggroep Oost', 'large'],
    ];
    for (const [name, sizeClass] of members) {
      const org = await api.post(n('/organisations'), { data: { kind: 'employer', name, sizeClass }, headers });
      expect(org.status(), await org.text()).toBe(201);
      const id = ((await org.json()) as { id: string }).id;
      for (const data of [
        { status: 'applied' },
        { status: 'admitted', admissionDecisionId: crypto.randomUUID() },
        { status: 'active', on: `${year}-01-10` },
      ]) {
        const moved = await api.put(n(`/organisations/${id}/membership/status`), { data, headers });
        expect(moved.status(), await moved.text()).toBe(200);
      }
      if (name === 'Zorggroep Oost') {
        const contact = await api.post(n(`/organisations/${id}/contacts`), {
          data: { name: 'Fatima el Amrani', email: 'f.elamrani@zorggroep-oost.example' },
          headers,
        });
        expect(contact.status(), await contact.text()).toBe(201);
      }
    }
    const details = (await (await api.get(n('/invoice-details'))).json()) as { version: number };
    const kvk = await api.put(n('/invoice-details'), {
      data: { kvkNumber: '12345678', version: details.version },
      headers,
    });
    expect(kvk.status(), await kvk.text()).toBe(200);
  });

  test('the coordinator puts the network’s address and IBAN on its invoices; a mistyped IBAN is named', async () => {
    const { page } = coord;
    await page.goto(`${server.url}/n/${networkId}/facturen`);
    const form = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Gegevens op de factuur' }) });
    await form.getByLabel('Adres op de factuur (optioneel)').fill('Postbus 212, 7701 AE Dedemsvaart');
    const iban = form.getByLabel('IBAN waarop leden betalen (optioneel)');
    await iban.fill('NL91 ABNA 0417 1643 01');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await form.getByText('Dit IBAN klopt niet. Kijk de cijfers na, bijvoorbeeld NL91 ABNA 0417 1643 00.').waitFor();
    await expect.poll(() => iban.getAttribute('aria-invalid')).toBe('true');
    await expectNoSeriousAxeViolations(page, 'factuurgegevens met fout');
    await iban.fill('nl91abna0417164300');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('De gegevens zijn opgeslagen.').waitFor();
    // Saved in electronic form, shown again in groups of four.
    await expect.poll(() => iban.inputValue()).toBe('NL91 ABNA 0417 1643 00');
    await closeNotifications(page);
    await form.scrollIntoViewIfNeeded();
    await screenshot(page, 'facturen-gegevens');
  });

  test('the coordinator fills in the suggested tiers and creates this year’s invoices', async () => {
    const { page } = coord;
    await page.goto(`${server.url}/n/${networkId}`);
    await page.getByRole('navigation').getByRole('link', { name: 'Facturen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Facturen' }).waitFor();
    await page.getByText(`Nog geen facturen voor ${year}.`).waitFor();
    await expectNoSeriousAxeViolations(page, 'facturen leeg');

    await page.getByRole('button', { name: 'Voorgestelde staffels invullen (€ 50 – € 250)' }).click();
    await page.getByRole('table', { name: 'Staffels naar aantal medewerkers' }).getByText('€ 250,00').waitFor();

    await page.getByRole('button', { name: `Facturen aanmaken voor ${year}` }).click();
    const dialog = page.getByRole('dialog', { name: `Facturen aanmaken voor ${year}` });
    await field(dialog, 'Factuurdatum').fill(today);
    await expectNoSeriousAxeViolations(page, 'facturen aanmaken');
    await dialog.getByRole('button', { name: 'Aanmaken' }).click();
    await page.getByText('3 facturen aangemaakt, 0 leden overgeslagen.').waitFor();
    await dialog.waitFor({ state: 'hidden' });
    const table = page.getByRole('table', { name: 'Facturen en creditnota’s' });
    for (const n of [1, 2, 3]) await table.getByRole('rowheader', { name: `${year}-000${n}` }).waitFor();
    await expect.poll(() => page.getByTestId('total-open').textContent()).toBe('€ 400,00');
  });

  test('two payments registered with a date, one reminder sent', async () => {
    const { page } = coord;
    const table = page.getByRole('table', { name: 'Facturen en creditnota’s' });
    for (const member of ['Bakkerij De Korenaar', 'Hoveniersbedrijf Groen & Zn']) {
      const row = table.getByRole('row').filter({ hasText: member });
      await row.getByRole('button', { name: 'Betaald' }).click();
      const dialog = page.getByRole('dialog');
      await field(dialog, 'Betaald op').fill(today);
      await dialog.getByRole('button', { name: 'Bevestigen' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await row.getByText('Betaald', { exact: true }).waitFor();
    }
    const zorg = table.getByRole('row').filter({ hasText: 'Zorggroep Oost' });
    await zorg.getByRole('button', { name: 'Herinnering' }).click();
    await page.getByText(/is gemaild naar f\.elamrani@zorggroep-oost\.example/).waitFor();
    await zorg.getByText('Herinnering verstuurd').waitFor();
    await expect.poll(() => page.getByTestId('total-paid').textContent()).toBe('€ 150,00');
    await expect.poll(() => page.getByTestId('total-open').textContent()).toBe('€ 250,00');
    await closeNotifications(page);
    await expectNoSeriousAxeViolations(page, 'facturen met betalingen');
    await screenshot(page, 'facturen-overzicht');

    const outbox = await page.context().request.get(`${server.url}/api/admin/outbox?search=f.elamrani`);
    const items = ((await outbox.json()) as { items: { subject: string }[] }).items;
    expect(items[0]?.subject).toContain(`Herinnering: factuur ${year}-0003`);
  });
});
