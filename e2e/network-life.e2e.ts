// A network's life in a real Chromium, on one shared server: the coordinator moves a new network from initiatie to opstart
// with a reason (the decision log shows it), saves the mission, records a funder agreement that demands a year plan, and the
// steering dashboard shows the signal. axe runs on every screen; the screenshots feed docs/handleiding/missie-fase-financier.md.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeSummary, expectNoSeriousAxeViolations } from './support/axe.js';
import { launchBrowser, type BrowserSession } from './support/browser.js';
import { screenshot } from './support/screenshot.js';
import { skipAfterFirstFailure } from './support/sequence.js';
import { startTestServer, type TestServer } from './support/server.js';
import { readLinkFromOutbox } from './support/outbox.js';
import { field, loginViaApi, setupViaApi } from './support/ui.js';

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

  test("the funder reads the mission, the targets it agreed to and its own agreement, never another funder's", async () => {
    const { page } = browser;
    const api = page.context().request;
    const n = `${server.url}/api/networks/${networkId}`;
    const org = await api.post(`${n}/organisations`, {
      data: { kind: 'funder', name: 'Werkgeversservicepunt Deventer' },
      headers,
    });
    expect(org.status(), await org.text()).toBe(201);
    const orgId = ((await org.json()) as { id: string }).id;
    const funder = { name: 'Frits Financier', email: 'frits@wsp-deventer.example' };
    const contact = await api.post(`${n}/organisations/${orgId}/contacts`, { data: funder, headers });
    expect(contact.status(), await contact.text()).toBe(201);
    // Link the recorded agreement to the funder's organisation, and record another funder's agreement beside it.
    const [own] = ((await (await api.get(`${n}/funder-agreements`)).json()) as { items: Record<string, unknown>[] })
      .items;
    const { id, version, contactPersonName: _name, updatedAt: _at, ...values } = own as Record<string, unknown>;
    const linked = await api.put(`${n}/funder-agreements/${String(id)}`, {
      data: { ...values, organisationId: orgId, version },
      headers,
    });
    expect(linked.status(), await linked.text()).toBe(200);
    const other = await api.post(`${n}/funder-agreements`, {
      data: {
        funderName: 'Fonds Werk Salland',
        funderType: 'fonds',
        amountCents: 1_000_000,
        startsOn: '2026-01-01',
        endsOn: '2027-12-31',
        conditions: 'Geheime voorwaarde van het fonds',
        mandate: 'Alleen de missie',
        missionTargets: ['25 leerbanen bij het fonds'],
        yearPlanRequired: false,
        documents: [],
      },
      headers,
    });
    expect(other.status(), await other.text()).toBe(201);
    const invited = await api.post(`${n}/invitations`, { data: { ...funder, role: 'funder' }, headers });
    expect(invited.status(), await invited.text()).toBe(201);
    const link = await readLinkFromOutbox(api, server.url, {
      to: funder.email,
      kind: 'invitation',
      linkPart: '/uitnodiging/',
    });
    const token = link.path.split('/uitnodiging/')[1]!.split(/[?#]/)[0]!;
    const password = 'de financier leest alleen de missie';
    const accepted = await api.post(`${server.url}/api/invitations/${token}/accept`, { data: { password }, headers });
    expect(accepted.status(), await accepted.text()).toBe(200);
    await page.context().clearCookies();
    await loginViaApi(page, server.url, { email: funder.email, password });

    await page.goto(`${server.url}/n/${networkId}`);
    await page.getByTestId('network-life-link').click();
    await page.getByRole('heading', { name: 'Uw afspraak als financier' }).waitFor();
    const card = page.getByTestId('agreement');
    await card.waitFor();
    expect(await card.count()).toBe(1);
    expect(await card.textContent()).toContain('Werkgeversservicepunt Deventer');
    expect(await card.textContent()).toContain('Alleen de missie');
    expect(await page.getByTestId('mission-text').textContent()).toContain('Deventer');
    await page.getByText('Met Werkgeversservicepunt Deventer', { exact: true }).waitFor();
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).not.toContain('Fonds Werk Salland');
    expect(main).not.toContain('25 leerbanen');
    expect(await page.getByTestId('agreement-add').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Bewerken' }).count()).toBe(0);
    await expectNoSeriousAxeViolations(page, 'de financier leest de eigen afspraak');
    await screenshot(page, 'netwerk-financier-missie');
    await page.getByRole('heading', { name: 'Fase', exact: true }).scrollIntoViewIfNeeded();
    await page.evaluate(() => {
      document.getElementById('funder-title')?.scrollIntoView({ block: 'start' });
    });
    await screenshot(page, 'netwerk-financier-eigen-afspraak');
    await page.context().clearCookies();
    await loginViaApi(page, server.url, admin);
  });
});
