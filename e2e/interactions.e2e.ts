// Contact moments in a real Chromium on the demo network: a drift alert on the who-to-call list → "Contactmoment
// vastleggen" opens the form on the organisation's page → a contact moment with a follow-up is recorded → the timeline
// shows it, and the list of contact moments is searched, sorted and downloaded as CSV → the alert is gone from the call
// list, and the follow-up is in "Mijn acties" until it is ticked off. axe runs on every new screen; the screenshots feed
// docs/handleiding/contactmomenten.md.
import fs from 'node:fs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeSummary, expectNoSeriousAxeViolations } from './support/axe.js';
import { launchBrowser, type BrowserSession } from './support/browser.js';
import { screenshot } from './support/screenshot.js';
import { skipAfterFirstFailure } from './support/sequence.js';
import { startTestServer, type TestServer } from './support/server.js';
import { field, loginViaApi } from './support/ui.js';

const admin = { name: 'Anna de Vries', email: 'anna@voorbeeld.nl', password: 'paarse olifanten dansen op dinsdag' };
const headers = { 'x-requested-with': 'netwerkregie' };

let server: TestServer;
let browser: BrowserSession;
let demoId = '';
let organisationName = '';

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  console.log(axeSummary());
  await browser?.close();
  await server?.stop();
});

describe('contact moments', () => {
  skipAfterFirstFailure();

  test('the coordinator follows "Contactmoment vastleggen" from a drift alert on the who-to-call list', async () => {
    const { page } = browser;
    const setup = await page.context().request.post(`${server.url}/api/setup`, {
      data: { admin, network: { name: '99van Eigen Regio' }, loadDemo: true },
      headers,
      timeout: 120_000,
    });
    expect(setup.status(), await setup.text()).toBe(201);
    await loginViaApi(page, server.url, admin);
    const session = (await (await page.context().request.get(`${server.url}/api/session`)).json()) as {
      networks: { id: string; slug: string }[];
    };
    demoId = session.networks.find((n) => n.slug.startsWith('demo-'))?.id ?? '';
    expect(demoId).not.toBe('');
    await page.goto(`${server.url}/n/${demoId}/sturing`);
    // The dashboard names periods and days in words: no API keys (`2026-03`, `2026-Q3`) or ISO dates on the charts' axes.
    const axis = page.getByTestId('chart-shares').locator('.recharts-xAxis-tick-labels text');
    await axis.first().waitFor({ state: 'attached', timeout: 30_000 });
    const raw = /\b\d{4}-(\d{2}|Q[1-4])\b/;
    expect((await axis.allTextContents()).filter((tick) => raw.test(tick))).toEqual([]);
    expect(await page.locator('main').textContent()).not.toMatch(raw);
    await page.getByRole('tab', { name: 'Betrokkenheidsladder' }).click();
    const whoToCall = page.getByTestId('who-to-call');
    const first = whoToCall.getByRole('listitem').first();
    await first.waitFor();
    organisationName = (await first.getByTestId('call-name').textContent()) ?? '';
    expect(organisationName).not.toBe('');
    await expectNoSeriousAxeViolations(page, 'sturing ladder met contactmoment-actie');
    await screenshot(page, 'contactmomenten-wie-bellen');
    expect(await page.locator('main').textContent()).not.toMatch(raw);
    await first.getByRole('link', { name: /Contactmoment vastleggen/ }).click();
    await page.getByRole('heading', { level: 1, name: organisationName }).waitFor();
    await page.getByTestId('record-interaction-form').waitFor();
  });

  test('records a call with a follow-up for herself; bad input is explained first', async () => {
    const { page } = browser;
    const form = page.getByTestId('record-interaction-form');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByTestId('form-error-summary').waitFor();
    // The message says what to do (it read "Korte notitie: Korte notitie") and goes once the field is filled.
    expect(await page.getByTestId('form-error-summary').textContent()).toContain(
      'Korte notitie: Vul een korte notitie in.',
    );
    await form.getByText('Vul een korte notitie in.', { exact: true }).waitFor();
    await field(form, 'Korte notitie').fill('Gebeld: het was druk, maar ze willen weer meedoen.');
    await page.getByTestId('form-error-summary').waitFor({ state: 'detached' });
    expect(await form.textContent()).not.toContain('Vul een korte notitie in');
    await field(form, 'Uitkomst').fill('Komt naar het volgende werkgeversontbijt');
    await field(form, 'Vervolgactie (optioneel)').fill('Uitnodiging werkgeversontbijt sturen');
    await field(form, 'Wie pakt de vervolgactie op?').click();
    await page.getByRole('option', { name: 'Anna de Vries' }).click();
    await expectNoSeriousAxeViolations(page, 'contactmoment vastleggen');
    await screenshot(page, 'contactmoment-vastleggen');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await form.waitFor({ state: 'hidden' });
    const timeline = page.getByTestId('timeline');
    await timeline.getByText('Gebeld: het was druk').waitFor();
    // Every kind badge shows its whole word ("Telefoongesprek" was cut to "TELEFOONGESPR…").
    const clipped = await timeline.getByTestId('timeline-kind').evaluateAll((badges) =>
      badges
        .map((b) => b.querySelector('.mantine-Badge-label') ?? b)
        .filter((label) => label.scrollWidth > label.clientWidth + 1)
        .map((label) => label.textContent),
    );
    expect(clipped).toEqual([]);
    expect(await page.getByTestId('interactions-table').textContent()).toContain(
      'Uitnodiging werkgeversontbijt sturen',
    );
    await page.getByTestId('interactions-card').scrollIntoViewIfNeeded();
    await expectNoSeriousAxeViolations(page, 'organisatie met tijdlijn');
    await screenshot(page, 'contactmomenten-tijdlijn');
  });

  test('searches and sorts the contact moments, and downloads what the list shows as CSV', async () => {
    const { page } = browser;
    const card = page.getByTestId('interactions-card');
    const table = page.getByTestId('interactions-table');
    await field(card, 'Zoeken in notitie, uitkomst, vervolgactie of contactpersoon').fill('werkgeversontbijt');
    await expect.poll(async () => (await table.locator('tbody tr').allTextContents()).length).toBe(1);
    expect(await table.locator('tbody').textContent()).toContain('Gebeld: het was druk');
    await field(card, 'Zoeken in notitie, uitkomst, vervolgactie of contactpersoon').fill('');
    await field(card, 'Sorteren op').click();
    await page.getByRole('option', { name: 'Soort' }).click();
    await field(card, 'Volgorde').selectOption('asc');
    // Sorted by kind, ascending: the kinds' codes (call, mail, meeting, visit) in order, shown in words.
    const order = ['Telefoongesprek', 'E-mail', 'Overleg', 'Bezoek'];
    await expect
      .poll(async () => {
        const kinds = await table.locator('tbody tr td:nth-child(2)').allTextContents();
        return kinds
          .map((k) => order.indexOf(k))
          .every((rank, i, all) => rank >= 0 && (i === 0 || all[i - 1]! <= rank));
      })
      .toBe(true);
    await field(card, 'Zoeken in notitie, uitkomst, vervolgactie of contactpersoon').fill('werkgeversontbijt');
    await expect.poll(async () => (await table.locator('tbody tr').allTextContents()).length).toBe(1);
    await expectNoSeriousAxeViolations(page, 'contactmomenten zoeken en sorteren');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('link', { name: 'CSV downloaden' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('contactmomenten.csv');
    const csv = fs.readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, delimiter: ';', skipEmptyLines: true }).data;
    expect(rows).toEqual([
      expect.objectContaining({
        Soort: 'Telefoongesprek',
        Notitie: 'Gebeld: het was druk, maar ze willen weer meedoen.',
        Vervolgactie: 'Uitnodiging werkgeversontbijt sturen',
        Actiehouder: 'Anna de Vries',
      }),
    ]);
  });

  test('the drift alert is cleared: the organisation is off the who-to-call list', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/n/${demoId}/sturing`);
    await page.getByRole('tab', { name: 'Betrokkenheidsladder' }).click();
    const whoToCall = page.getByTestId('who-to-call');
    await whoToCall.waitFor();
    await page.getByTestId('ladder-table').waitFor();
    expect(await whoToCall.textContent()).not.toContain(organisationName);
    const row = page.getByTestId('ladder-table').getByRole('row', { name: new RegExp(organisationName) });
    expect(await row.textContent()).toContain('Gesproken op');
  });

  test('the follow-up shows in "Mijn acties" until it is ticked off', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'Mijn acties' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn acties' }).waitFor();
    const table = page.getByTestId('my-actions-table');
    await table.waitFor();
    expect(await table.textContent()).toContain('Uitnodiging werkgeversontbijt sturen');
    expect(await table.textContent()).toContain(organisationName);
    await expectNoSeriousAxeViolations(page, 'mijn acties');
    await screenshot(page, 'mijn-acties');
    await table.getByRole('button', { name: /Uitnodiging werkgeversontbijt sturen afronden/ }).click();
    await page.getByText('Geen acties.').waitFor();
    await page.getByRole('combobox', { name: 'Tonen' }).click();
    await page.getByRole('option', { name: 'Afgerond' }).click();
    await page.getByTestId('my-actions-table').getByText('Uitnodiging werkgeversontbijt sturen').waitFor();
  });
});
