// The advisor's numbers in a real Chromium: the installation administrator opens "Getallen van de adviseur", sees each
// number with its default and the guide as source, is told what to fix for a bad value, meets the stale-version message
// when another administrator saved first, changes the coordinator's days — and the design advice in the network follows.
// axe runs on the screen; the screenshot feeds docs/handleiding/beheer-adviseur.md.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeSummary, expectNoSeriousAxeViolations } from './support/axe.js';
import { launchBrowser, type BrowserSession } from './support/browser.js';
import { screenshot } from './support/screenshot.js';
import { skipAfterFirstFailure } from './support/sequence.js';
import { startTestServer, type TestServer } from './support/server.js';
import { loginViaApi, setupViaApi } from './support/ui.js';

const admin = { name: 'Anna de Vries', email: 'anna@voorbeeld.nl', password: 'paarse olifanten dansen op dinsdag' };
const headers = { 'x-requested-with': 'netwerkregie' };
const daysLabel = 'Dagen per week voor de coördinator in het eerste jaar';

let server: TestServer;
let browser: BrowserSession;
let networkId = '';

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  networkId = await setupViaApi(browser.page, server.url, { admin, network: { name: '99van Adviesregio' } });
  await loginViaApi(browser.page, server.url, admin);
});

afterAll(async () => {
  console.log(axeSummary());
  await browser?.close();
  await server?.stop();
});

async function previewDays(): Promise<string> {
  const { page } = browser;
  await page.goto(`${server.url}/n/${networkId}/inrichting`);
  const preview = page.getByTestId('preview');
  await expect.poll(() => preview.textContent(), { timeout: 20_000 }).toMatch(/Coördinator: ongeveer/);
  return (await preview.textContent())!.match(/Coördinator: ongeveer ([\d,]+) dagen per week/)![1]!;
}

describe('getallen van de adviseur', () => {
  skipAfterFirstFailure();

  test('the wizard advises with the guide’s 2 days before anything is changed', async () => {
    expect(await previewDays()).toBe('2');
  });

  test('the administrator sees every number with default and source, and is told what to fix', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'Getallen van de adviseur' }).click();
    await page.getByRole('heading', { level: 1, name: 'Getallen van de adviseur' }).waitFor();
    const table = page.getByTestId('advisor-settings-table');
    const days = page.getByTestId('advisor-setting-coordinatorDaysInStartUp');
    expect(await days.textContent()).toContain('De handreiking: in het eerste jaar vaak zo’n 2 dagen per week.');
    // Money in euros with a decimal comma.
    const rate = page.getByTestId('advisor-setting-coordinatorDayRateCents');
    expect(await rate.textContent()).toMatch(/€\s500,00\s–\s€\s800,00/);
    expect(await page.getByLabel('Dagtarief van de coördinator: minimum').inputValue()).toBe('€ 500,00');
    expect(await table.textContent()).toContain('Naar 99vanTwente');
    await expectNoSeriousAxeViolations(page, 'getallen van de adviseur');

    const weeks = page.getByLabel('Werkweken per jaar', { exact: true });
    await weeks.fill('60');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    const summary = page.getByTestId('form-error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('‘Werkweken per jaar’ moet liggen tussen 1 en 52 (een heel getal).');
    await page.getByRole('button', { name: 'Werkweken per jaar terug naar de standaardwaarde' }).click();
    expect(await weeks.inputValue()).toBe('46');
  });

  test('a save after another administrator’s save is refused with the stale message', async () => {
    const { page } = browser;
    await page.getByLabel(daysLabel, { exact: true }).fill('3');
    // Meanwhile another administrator saves (version 0 → 1) through the API.
    const api = page.context().request;
    const current = (await (await api.get(`${server.url}/api/admin/advisor-settings`)).json()) as {
      values: Record<string, unknown>;
    };
    const other = await api.put(`${server.url}/api/admin/advisor-settings`, {
      data: { values: { ...current.values, networkMeetingsPerYear: { min: 5, max: 8 } }, version: 0 },
      headers,
    });
    expect(other.status(), await other.text()).toBe(200);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Iemand anders heeft de getallen intussen gewijzigd').waitFor();
    await page.getByRole('button', { name: 'Getallen opnieuw laden' }).click();
    await expect.poll(() => page.getByLabel('Netwerkbijeenkomsten per jaar: minimum').inputValue()).toBe('5');
  });

  test('the administrator changes the coordinator’s days and the design advice follows', async () => {
    const { page } = browser;
    await page.getByLabel(daysLabel, { exact: true }).fill('3');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('De getallen van de adviseur zijn opgeslagen.').waitFor();
    await expect
      .poll(() => page.getByTestId('advisor-setting-coordinatorDaysInStartUp').textContent())
      .toContain('Aangepast');
    await expectNoSeriousAxeViolations(page, 'getallen van de adviseur na opslaan');
    await page.getByRole('heading', { level: 1 }).scrollIntoViewIfNeeded();
    await screenshot(page, 'beheer-adviseur');

    expect(await previewDays()).toBe('3');
  });

  test('all back to the guide’s figures', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/beheer/adviseur`);
    await page.getByRole('button', { name: 'Alles terug naar standaard' }).click();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('De getallen van de adviseur zijn opgeslagen.').waitFor();
    expect(await page.getByTestId('advisor-settings-table').textContent()).not.toContain('Aangepast');
    expect(await previewDays()).toBe('2');
  });
});
