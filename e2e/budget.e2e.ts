// The network's budget, in a real Chromium: the coordinator applies a design, draws up this year's budget from its cost
// items, books two spending entries typed with comma decimals (a wrong amount is refused in Dutch on the field), records an
// in-kind contribution of a member, sees planned against spent per item and per payer in the table and the chart, changes a
// planned amount, and finds the contribution on the member's organisation page. Axe on every screen; the screenshots feed
// docs/handleiding/begroting.md.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeSummary, expectNoSeriousAxeViolations } from './support/axe.js';
import { launchBrowser, type BrowserSession } from './support/browser.js';
import { readLinkFromOutbox } from './support/outbox.js';
import { screenshot } from './support/screenshot.js';
import { skipAfterFirstFailure } from './support/sequence.js';
import { startTestServer, type TestServer } from './support/server.js';
import { closeNotifications, field, loginViaApi, setupViaApi } from './support/ui.js';

const admin = {
  name: 'Sanne Jansen',
  email: 'sanne@begroting.example',
  password: 'begroting-in-centen-nooit-in-floats',
};
const headers = { 'x-requested-with': 'netwerkregie' };
const year = new Date().getFullYear();
const today = new Date().toISOString().slice(0, 10);
const designInput = {
  financing: 'external',
  funderType: 'werkgeversservicepunt',
  ownership: 4,
  phase: 'opstart',
  expectedMembers: 40,
  existing: { coreGroupFormed: true, coordinatorAvailable: true, legalEntity: false, annualPlanRequired: false },
};

let server: TestServer;
let coord: BrowserSession;
let funder: BrowserSession | undefined;
let networkId = '';
let organisationId = '';

beforeAll(async () => {
  server = await startTestServer();
  coord = await launchBrowser();
});

afterAll(async () => {
  console.log(axeSummary());
  await funder?.close();
  await coord?.close();
  await server?.stop();
});

describe('the budget of a year', () => {
  skipAfterFirstFailure();

  test('setup: a network with an applied design and a member organisation', async () => {
    const { page } = coord;
    networkId = await setupViaApi(page, server.url, { admin, network: { name: 'Werkgeversnetwerk Vechtdal' } });
    await loginViaApi(page, server.url, admin);
    const api = page.context().request;
    const n = (rest: string) => `${server.url}/api/networks/${networkId}${rest}`;
    const saved = await api.post(n('/design/versions'), { data: { input: designInput, reason: 'Start' }, headers });
    expect(saved.status(), await saved.text()).toBe(201);
    const id = ((await saved.json()) as { id: string }).id;
    const applied = await api.post(n(`/design/versions/${id}/apply`), { data: { confirm: true }, headers });
    expect(applied.status(), await applied.text()).toBe(200);
    const org = await api.post(n('/organisations'), {
      data: { kind: 'employer', name: 'Hoveniersbedrijf Groen & Zn' },
      headers,
    });
    expect(org.status(), await org.text()).toBe(201);
    organisationId = ((await org.json()) as { id: string }).id;
  });

  test('the coordinator draws up the budget from the design', async () => {
    const { page } = coord;
    await page.goto(`${server.url}/n/${networkId}`);
    await page.getByRole('navigation').getByRole('link', { name: 'Begroting' }).click();
    await page.getByRole('heading', { level: 1, name: `Begroting ${year}` }).waitFor();
    await page.getByText('Nog geen begroting voor').waitFor();
    await expectNoSeriousAxeViolations(page, 'begroting nog leeg');
    await page.getByRole('button', { name: 'Begroting opstellen vanuit de inrichting' }).click();
    const items = page.getByTestId('budget-items');
    await items.waitFor();
    await page.getByText('Opgesteld vanuit inrichting versie 1.').waitFor();
    const coordinator = items.getByRole('row', { name: /^Coördinator/ });
    expect(await coordinator.textContent()).toMatch(/€ \d{1,3}(\.\d{3})*,00/);
  });

  test('two spending entries typed with comma decimals; a wrong amount is refused in Dutch', async () => {
    const { page } = coord;
    const form = page.getByRole('form', { name: 'Uitgave boeken' });
    await field(form, 'Datum').fill(today);
    await field(form, 'Bedrag').fill('1.250,50');
    await field(form, 'Post').selectOption({ label: 'Coördinator' });
    await field(form, 'Betaald uit').selectOption({ label: 'Subsidie van de financier' });
    await field(form, 'Omschrijving').fill('Coördinatie, eerste maand');
    await field(form, 'Naam van de bijlage').fill('factuur-coordinatie-01.pdf');
    await form.getByRole('button', { name: 'Uitgave boeken' }).click();
    await page.getByText('De uitgave is geboekt.').waitFor();

    await field(form, 'Datum').fill(today);
    await field(form, 'Bedrag').fill('99.95');
    await field(form, 'Post').selectOption({ label: 'Communicatie' });
    await field(form, 'Omschrijving').fill('Mailprogramma, jaarlicentie');
    await form.getByRole('button', { name: 'Uitgave boeken' }).click();
    await form.getByText('Dit is geen bedrag.', { exact: false }).waitFor();
    await expectNoSeriousAxeViolations(page, 'uitgave met fout bedrag');
    await field(form, 'Bedrag').fill('€ 99,95');
    await form.getByRole('button', { name: 'Uitgave boeken' }).click();
    const spending = page.getByTestId('budget-spending');
    await spending.getByText('€ 99,95').waitFor();
    await spending.getByText('€ 1.250,50').waitFor();
    await spending.getByText('factuur-coordinatie-01.pdf').waitFor();
  });

  test('an in-kind contribution of a member counts as income in kind', async () => {
    const { page } = coord;
    const form = page.getByRole('form', { name: 'Bijdrage in natura vastleggen' });
    await field(form, 'Organisatie').selectOption({ label: 'Hoveniersbedrijf Groen & Zn' });
    await field(form, 'Datum').fill(today);
    await field(form, 'Soort').selectOption({ label: 'Gastheerschap van een bijeenkomst' });
    await field(form, 'Waarde').fill('450,00');
    await field(form, 'Omschrijving').fill('Netwerkbijeenkomst in de kas, met lunch');
    await form.getByRole('button', { name: 'Bijdrage vastleggen' }).click();
    await page.getByText('De bijdrage in natura is vastgelegd.').waitFor();
    await page.getByTestId('budget-in-kind').getByText('€ 450,00').waitFor();
    const inKind = page.getByTestId('budget-payers').getByRole('row', { name: /^In natura/ });
    await expect.poll(async () => inKind.textContent()).toContain('€ 450,00');
  });

  test('the table and the chart show planned against spent; the totals agree', async () => {
    const { page } = coord;
    const items = page.getByTestId('budget-items');
    const coordinator = items.getByRole('row', { name: /^Coördinator/ });
    expect(await coordinator.textContent()).toContain('€ 1.250,50');
    const total = items.getByRole('row', { name: /^Totaal/ });
    expect(await total.textContent()).toContain('€ 1.800,45');
    const payersTotal = page.getByTestId('budget-payers').getByRole('row', { name: /^Totaal/ });
    expect(await payersTotal.textContent()).toContain('€ 1.800,45');
    const chart = page.getByRole('img', { name: /Staafdiagram: begroot en besteed per post/ });
    await chart.waitFor();
    await chart.locator('.recharts-bar-rectangle').first().waitFor();
    await page.getByTestId('budget-chart').scrollIntoViewIfNeeded();
    await expectNoSeriousAxeViolations(page, 'begroting begroot tegenover besteed');
    await closeNotifications(page);
    await page.getByRole('heading', { level: 2, name: 'Begroot tegenover besteed per post' }).scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -16));
    await screenshot(page, 'begroting-overzicht');
    await page.getByRole('form', { name: 'Uitgave boeken' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'begroting-uitgaven');
  });

  test('the coordinator changes a planned amount', async () => {
    const { page } = coord;
    await page.getByRole('button', { name: 'Begrote bedragen wijzigen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Begrote bedragen per post en betaler' });
    await dialog.getByLabel('Eigen posten van het netwerk, Gemeente').fill('2.500,00');
    await expectNoSeriousAxeViolations(page, 'begrote bedragen wijzigen');
    await screenshot(page, 'begroting-bedragen-wijzigen');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const own = page.getByTestId('budget-items').getByRole('row', { name: /^Eigen posten/ });
    await expect.poll(async () => own.textContent()).toContain('€ 2.500,00');
  });

  test('a wrong entry is corrected and deleted; a closed year is reopened with a reason', async () => {
    const { page } = coord;
    const spending = page.getByTestId('budget-spending');
    await spending.getByRole('button', { name: '"Mailprogramma, jaarlicentie" wijzigen' }).click();
    const edit = page.getByRole('dialog', { name: 'Uitgave wijzigen' });
    await expect.poll(() => field(edit, 'Bedrag').inputValue()).toBe('99,95');
    await field(edit, 'Bedrag').fill('89,95');
    await expectNoSeriousAxeViolations(page, 'uitgave wijzigen');
    await screenshot(page, 'begroting-uitgave-wijzigen');
    await edit.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('De uitgave is gewijzigd.').waitFor();
    await spending.getByText('€ 89,95').waitFor();

    await spending.getByRole('button', { name: '"Mailprogramma, jaarlicentie" verwijderen' }).click();
    const confirm = page.getByRole('dialog', { name: 'Uitgave verwijderen' });
    await confirm.getByText('€ 89,95', { exact: false }).waitFor();
    await confirm.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await page.getByText('De uitgave is verwijderd.').waitFor();
    await expect.poll(() => spending.getByText('Mailprogramma, jaarlicentie').count()).toBe(0);
    const total = page.getByTestId('budget-items').getByRole('row', { name: /^Totaal/ });
    await expect.poll(async () => total.textContent()).toContain('€ 1.700,50');

    await page.getByRole('button', { name: 'Jaar afsluiten' }).click();
    await page
      .getByRole('dialog', { name: 'Jaar afsluiten' })
      .getByRole('button', { name: 'Ja, jaar afsluiten' })
      .click();
    await page.getByText(`De begroting van ${year} is afgesloten.`).waitFor();
    await expect.poll(() => page.getByRole('form', { name: 'Uitgave boeken' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Jaar heropenen' }).click();
    const reopen = page.getByRole('dialog', { name: 'Jaar heropenen' });
    await field(reopen, 'Reden').fill('Factuur zaalhuur kwam te laat');
    await expectNoSeriousAxeViolations(page, 'jaar heropenen');
    await reopen.getByRole('button', { name: 'Jaar heropenen' }).click();
    await page.getByText(`De begroting van ${year} is weer open.`).waitFor();
    await page.getByRole('form', { name: 'Uitgave boeken' }).waitFor();
  });

  test('the member’s organisation page shows what it contributed in kind', async () => {
    const { page } = coord;
    await page.goto(`${server.url}/n/${networkId}/leden/${organisationId}`);
    const card = page.getByTestId('in-kind-card');
    await card.getByText('Samen € 450,00').waitFor();
    await card.getByText('Netwerkbijeenkomst in de kas, met lunch').waitFor();
    // The amount stays on one line ("€ 450,00", not "€" above "450,00") even in the narrow column.
    const lines = await card.getByRole('cell', { name: '€ 450,00' }).evaluate((cell) => {
      const range = document.createRange();
      range.selectNodeContents(cell);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });
    expect(lines).toBe(1);
    await expectNoSeriousAxeViolations(page, 'organisatie met bijdrage in natura');
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, 'begroting-in-natura-organisatie');
  });

  test('the coordinator freezes and releases the statement for the year; the funder sees only the totals per item', async () => {
    const { page } = coord;
    await page.goto(`${server.url}/n/${networkId}/begroting`);
    const section = page.getByRole('heading', { name: 'Verantwoording aan de financier' }).locator('xpath=../..');
    await section.getByRole('combobox', { name: 'Periode' }).selectOption({ label: `Heel ${year}` });
    await section.getByRole('textbox', { name: /Toelichting/ }).fill('Zaalhuur viel lager uit dan begroot.');
    await section.getByRole('button', { name: 'Verantwoording vastzetten' }).click();
    await page.getByText('De verantwoording is vastgezet.').waitFor();
    const card = page.getByTestId('budget-statement').first();
    await card.getByText('nog niet vrijgegeven', { exact: false }).waitFor();
    await card.getByRole('button', { name: 'Vrijgeven aan de financier' }).click();
    await page.getByText('De verantwoording is vrijgegeven aan de financier.').waitFor();
    await card.getByText('Vrijgegeven op', { exact: false }).waitFor();
    await expectNoSeriousAxeViolations(page, 'verantwoording vrijgegeven');

    // A funder of the network, invited and signed in in a browser of her own.
    const person = {
      name: 'Fatima El Amrani',
      email: 'fatima@wsp-vechtdal.example',
      password: 'verantwoording per kwartaal',
    };
    const api = page.context().request;
    const invite = await api.post(`${server.url}/api/networks/${networkId}/invitations`, {
      headers,
      data: { name: person.name, email: person.email, role: 'funder' },
    });
    expect(invite.status(), await invite.text()).toBe(201);
    const link = await readLinkFromOutbox(api, server.url, {
      to: person.email,
      kind: 'invitation',
      linkPart: '/uitnodiging/',
    });
    funder = await launchBrowser();
    const accept = await funder.page
      .context()
      .request.post(`${server.url}/api/invitations/${link.path.split('/uitnodiging/')[1]!}/accept`, {
        headers,
        data: { password: person.password },
      });
    expect(accept.status(), await accept.text()).toBe(200);
    const fp = funder.page;
    await fp.goto(`${server.url}/n/${networkId}/sturing`);
    await fp.getByRole('tab', { name: 'Financiële verantwoording' }).click();
    const seen = fp.getByTestId('budget-statement');
    await seen.getByText('Vrijgegeven op', { exact: false }).waitFor();
    // The header can be on screen before the table of items: wait for the table's total row and the explanation.
    await seen.getByText('Totaal', { exact: false }).first().waitFor();
    await seen.getByText('Zaalhuur viel lager uit dan begroot.', { exact: false }).first().waitFor();
    const text = (await seen.textContent()) ?? '';
    expect(text).toContain('Totaal');
    expect(text).toContain('Zaalhuur viel lager uit dan begroot.');
    // Totals per item only: no spending entry's description reaches the funder.
    expect(text).not.toContain('Coördinatie, eerste maand');
    expect(text).not.toContain('Mailprogramma');
    expect(text).not.toMatch(/Hoveniersbedrijf/);
    expect(await fp.getByRole('button', { name: 'Vrijgeven aan de financier' }).count()).toBe(0);
    await expectNoSeriousAxeViolations(fp, 'verantwoording bij de financier');
    await screenshot(fp, 'verantwoording-financier');
  });
});
