// A network's life in a real Chromium, on one shared server: the coordinator moves a new network from initiatie to opstart
// with a reason (the decision log shows it), saves the mission, records a funder agreement that demands a year plan, and the
// steering dashboard shows the signal. axe runs on every screen; the screenshots feed docs/handleiding/missie-fase-financier.md.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeSummary, expectNoSeriousAxeViolations } from './support/axe.js';
import { launchBrowser, type BrowserSession } from './support/browser.js';
import { screenshot } from './support/screenshot.js';
import { skipAfterFirstFailure } from './support/sequence.js';
import { startTestServer, type TestServer } from './support/server.js';
import { field, setupViaApi } from './support/ui.js';

const admin = { name: 'Anna de Vries', email: 'anna@voorbeeld.nl', password: 'paarse olifanten dansen op dinsdag' };
const headers = { 'x-requested-with': 'netwerkregie' };
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

let server: TestServer;
let browser: BrowserSession;
let networkId = '';

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  console.log(axeSummary());
  await browser?.close();
  await server?.stop();
});

describe("a network's life", () => {
  skipAfterFirstFailure();

  test('the coordinator moves the network from initiatie to opstart with a reason; the decision log shows it', async () => {
    const { page } = browser;
    networkId = await setupViaApi(page, server.url, { admin, network: { name: 'Inclusief Netwerk Deventer' } });
    const body = await page.context().request.post(`${server.url}/api/networks/${networkId}/governance/bodies`, {
      data: { kind: 'core_group', name: 'Kerngroep' },
      headers,
    });
    expect(body.status(), await body.text()).toBe(201);

    await page.goto(`${server.url}/n/${networkId}`);
    await page.getByTestId('network-life-link').click();
    await page.getByRole('heading', { level: 1, name: 'Missie, fase en financiering' }).waitFor();
    expect(await page.getByTestId('phase-current').textContent()).toContain('Initiatie');

    // A date in the future is refused with a clear message on the field.
    const tomorrow = new Date(Date.parse(`${today}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    await page.getByTestId('phase-date').fill(tomorrow);
    await page.getByTestId('phase-reason').fill('De kerngroep is gevormd en de eerste tien werkgevers doen mee.');
    await page.getByTestId('phase-submit').click();
    const summary = page.getByTestId('form-error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('De datum ligt in de toekomst');
    await expectNoSeriousAxeViolations(page, 'fase met foute datum');

    await page.getByTestId('phase-date').fill(today);
    await page.getByTestId('phase-submit').click();
    await page.getByTestId('phase-history').waitFor();
    expect(await page.getByTestId('phase-current').textContent()).toContain('Opstart');
    expect(await page.getByTestId('phase-history').textContent()).toContain('Initiatie → Opstart');
    await expectNoSeriousAxeViolations(page, 'fase en geschiedenis');
    await screenshot(page, 'netwerk-fase');

    await page.goto(`${server.url}/n/${networkId}/inrichting/organisatie?tab=organen`);
    await page.getByText('Het netwerk gaat van fase initiatie naar fase opstart.').first().waitFor();
    await page.goto(`${server.url}/n/${networkId}`);
    await page.getByText('Fase: Opstart').waitFor();
  });

  test('the mission is saved as a version with its goals', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/n/${networkId}/netwerk`);
    await page.getByTestId('mission-edit').click();
    await page.getByTestId('mission-save').click();
    await page.getByTestId('form-error-summary').waitFor();
    expect(await page.getByTestId('form-error-summary').textContent()).toContain('Beschrijf de missie');
    await page
      .getByTestId('mission-input')
      .fill('Werkgevers in Deventer maken samen werk van inclusief werkgeverschap: voor en door werkgevers.');
    await page.getByTestId('goal-add').click();
    await page
      .getByTestId('goal-text-0')
      .fill('60 mensen met een afstand tot de arbeidsmarkt aan het werk in twee jaar');
    await page.getByTestId('mission-save').click();
    await page.getByTestId('mission-text').waitFor();
    expect(await page.getByTestId('mission-text').textContent()).toContain('voor en door werkgevers');
    expect(await page.getByTestId('mission-goals').textContent()).toContain('missieniveau');
    await page.getByText(/Versie 1, opgeslagen door Anna de Vries/).waitFor();
    await expectNoSeriousAxeViolations(page, 'missie en doelen');
  });

  test('a funder agreement that demands a year plan is recorded; the signal shows on steering', async () => {
    const { page } = browser;
    await page.getByTestId('agreement-add').click();
    await field(page, 'Financier').fill('Werkgeversservicepunt Deventer');
    await page.getByTestId('agreement-type').click();
    await page.getByRole('option', { name: 'Werkgeversservicepunt' }).click();
    await page.getByTestId('agreement-amount-input').fill('45000');
    await page.getByTestId('agreement-starts').fill('2026-06-01');
    await page.getByTestId('agreement-ends').fill('2026-05-31');
    await page.getByTestId('agreement-save').click();
    await page.getByTestId('form-error-summary').waitFor();
    expect(await page.getByTestId('form-error-summary').textContent()).toContain('kan niet eindigen vóór ze begint');
    await expectNoSeriousAxeViolations(page, 'financieringsafspraak met foute periode');

    await page.getByTestId('agreement-starts').fill('2026-01-01');
    await page.getByTestId('agreement-ends').fill('2028-12-31');
    await page.getByTestId('agreement-mandate').fill('Alleen de missie');
    await page.getByTestId('agreement-targets').fill('60 plaatsingen in twee jaar');
    await page.getByTestId('agreement-year-plan').check();
    await page.getByTestId('agreement-save').click();
    const card = page.getByTestId('agreement');
    await card.waitFor();
    expect(await card.textContent()).toMatch(/€\s45\.000,00/);
    expect(await card.textContent()).toContain('vraagt een jaarplan');
    expect(await card.textContent()).toContain('Een spanningsveld ontstaat');
    // The agreed target shows beside the mission.
    await page.getByText('Met Werkgeversservicepunt Deventer', { exact: true }).waitFor();
    await expectNoSeriousAxeViolations(page, 'missie, fase en financiering');
    await screenshot(page, 'netwerk-missie-financier');

    await page.goto(`${server.url}/n/${networkId}/sturing`);
    const signals = page.getByTestId('signals');
    await signals.waitFor();
    expect(await signals.textContent()).toContain('De financier vraagt een uitgewerkt jaarplan');
    await expectNoSeriousAxeViolations(page, 'sturing met signaal van de financier');
    await screenshot(page, 'sturing-signaal-financier');
  });
});
