// Steering and reporting in a real Chromium on the demo network: a kerngroep member reads the dashboard (definitions as help
// text, a drill-down, the engagement ladder), freezes Q3 and releases the report; the funder logs in and sees only that
// report, with small counts suppressed and no names; data changed afterwards does not alter it. axe runs on every screen;
// Also: drill-downs in words (no codes), target lines on the charts, the thresholds and opt-in on the settings tab, and the
// umbrella's anonymised comparison. The screenshots feed docs/handleiding/sturing-en-rapportage.md.
import { request as playwrightRequest } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeSummary, expectNoSeriousAxeViolations } from './support/axe.js';
import { launchBrowser, phoneViewport, desktopViewport, type BrowserSession } from './support/browser.js';
import { readLinkFromOutbox } from './support/outbox.js';
import { screenshot } from './support/screenshot.js';
import { skipAfterFirstFailure } from './support/sequence.js';
import { startTestServer, type TestServer } from './support/server.js';
import { field, loginViaApi } from './support/ui.js';

const admin = { name: 'Anna de Vries', email: 'anna@voorbeeld.nl', password: 'paarse olifanten dansen op dinsdag' };
const kerngroep = {
  name: 'Karin Kerngroep',
  email: 'karin@voorbeeld.nl',
  password: 'de kerngroep stuurt op eigenaarschap',
};
const funder = { name: 'Frank Financier', email: 'frank@wsp.example', password: 'de financier stuurt op de missie' };
const headers = { 'x-requested-with': 'netwerkregie' };
const year = new Date().getFullYear();

let server: TestServer;
let browser: BrowserSession;
let demoId = '';

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  console.log(axeSummary());
  await browser?.close();
  await server?.stop();
});

async function invite(person: { name: string; email: string; password: string }, role: string) {
  const api = browser.page.context().request;
  const res = await api.post(`${server.url}/api/networks/${demoId}/invitations`, {
    data: { name: person.name, email: person.email, role },
    headers,
  });
  expect(res.status(), await res.text()).toBe(201);
  const link = await readLinkFromOutbox(api, server.url, {
    to: person.email,
    kind: 'invitation',
    linkPart: '/uitnodiging/',
  });
  const token = link.path.split('/uitnodiging/')[1] ?? '';
  const fresh = await playwrightRequest.newContext();
  const accept = await fresh.post(`${server.url}/api/invitations/${token}/accept`, {
    data: { password: person.password },
    headers,
  });
  expect(accept.status(), await accept.text()).toBe(200);
  await fresh.dispose();
}

async function signInAs(person: { email: string; password: string }) {
  await browser.context.clearCookies();
  await loginViaApi(browser.page, server.url, person);
}

describe('steering and reporting', () => {
  skipAfterFirstFailure();
  let reportText = '';

  test('setup with the demo network lands on the demo; a kerngroep member and a funder are invited', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/setup`);
    await page.getByRole('heading', { level: 1, name: 'Netwerkregie inrichten' }).waitFor();
    await field(page, 'Naam').fill(admin.name);
    await field(page, 'E-mailadres').fill(admin.email);
    await field(page, 'Wachtwoord').fill(admin.password);
    await field(page, 'Herhaal het wachtwoord').fill(admin.password);
    await field(page, 'Naam van het netwerk').fill('99van Eigen Regio');
    await page.getByLabel('Ook een demonetwerk laden').check();
    await page.getByRole('button', { name: 'Installatie afronden' }).click();
    // The demo opens first: it has data to explore, the own network is still empty. It says it is the demo and where the own
    // network is; with 100+ people it does not ask to invite the people of the network.
    const notice = page.getByTestId('demo-notice');
    await notice.waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('network-name').textContent()).toContain('(demo)');
    expect(await notice.textContent()).toContain('99van Eigen Regio');
    expect(Number((await page.getByTestId('count-people').textContent())?.replace(/\D/g, ''))).toBeGreaterThan(100);
    expect(await page.getByTestId('next-step').textContent()).not.toContain('Nodig de mensen');
    await expectNoSeriousAxeViolations(page, 'demonetwerk na inrichten');
    await screenshot(page, 'demo-overzicht');
    const session = (await (await page.context().request.get(`${server.url}/api/session`)).json()) as {
      networks: { id: string; slug: string }[];
    };
    demoId = session.networks.find((n) => n.slug.startsWith('demo-'))?.id ?? '';
    expect(demoId).not.toBe('');
    expect(new URL(page.url()).pathname).toBe(`/n/${demoId}`);
    await invite(kerngroep, 'core_group');
    await invite(funder, 'funder');
  });

  test('the kerngroep member reads the dashboard, a definition and a drill-down', async () => {
    const { page } = browser;
    await signInAs(kerngroep);
    await page.goto(`${server.url}/n/${demoId}/sturing`);
    await page.getByRole('heading', { level: 1, name: 'Sturing' }).waitFor();
    await page.getByTestId('steering-dashboard').waitFor();
    const active = page.getByTestId('measure-active_member_share');
    expect(await active.textContent()).toMatch(/\d+%/);
    await expectNoSeriousAxeViolations(page, 'sturing dashboard');
    await screenshot(page, 'sturing-dashboard');

    await active.getByRole('button', { name: /Definitie van Actieve deelnemers/ }).click();
    const definition = page.getByTestId('definition-active_member_share');
    await definition.waitFor();
    expect(await definition.textContent()).toContain('in de 90 dagen tot en met die dag');
    await screenshot(page, 'sturing-definitie');
    await active.getByRole('button', { name: /Definitie van Actieve deelnemers/ }).click();
    await definition.waitFor({ state: 'hidden' });

    // "Stem van kandidaten" (issue 19): its card with the three parts and its definition.
    const voice = page.getByTestId('measure-candidate_voice');
    await voice.scrollIntoViewIfNeeded();
    expect(await voice.textContent()).toContain('adviezen van ervaringsdeskundigen');
    await voice.getByRole('button', { name: /Definitie van Stem van kandidaten/ }).click();
    const voiceDefinition = page.getByTestId('definition-candidate_voice');
    await voiceDefinition.waitFor();
    expect(await voiceDefinition.textContent()).toContain('ervaringsdeskundige');
    await expectNoSeriousAxeViolations(page, 'sturing stem van kandidaten');
    await screenshot(page, 'sturing-stem-van-kandidaten');
    await voice.getByRole('button', { name: /Definitie van Stem van kandidaten/ }).click();
    await voiceDefinition.waitFor({ state: 'hidden' });
  });

  test('the kerngroep member opens the drill-down behind a number and the trend table', async () => {
    const { page } = browser;
    const active = page.getByTestId('measure-active_member_share');
    await active.getByRole('button', { name: 'Onderbouwing' }).click();
    const drill = page.getByTestId('drill-table');
    await drill.waitFor();
    expect(await drill.locator('tbody tr').count()).toBeGreaterThan(10);
    await expectNoSeriousAxeViolations(page, 'sturing onderbouwing');
    await screenshot(page, 'sturing-onderbouwing');
    await page.getByRole('button', { name: 'Sluiten' }).click();

    await page.getByRole('tab', { name: 'Tabel' }).click();
    await page.getByTestId('trend-table').waitFor();
  });

  test('drill-downs show labels from the catalogs, not codes', async () => {
    const { page } = browser;
    await page.getByRole('tab', { name: 'Grafiek' }).click();
    await page.getByTestId('measure-employer_led_share').getByRole('button', { name: 'Onderbouwing' }).click();
    const drill = page.getByTestId('drill-table');
    await drill.waitFor();
    const text = (await drill.textContent()) ?? '';
    expect(text).toMatch(/Deelnemende werkgever|Kerngroep|Coördinator|Partner/);
    expect(text).toMatch(/Werkvorm: /);
    expect(text).not.toMatch(/member_employer|core_group|workForm/);
    await expectNoSeriousAxeViolations(page, 'onderbouwing met labels');
    await screenshot(page, 'sturing-onderbouwing-labels');
    await page.getByRole('button', { name: 'Sluiten' }).click();
    await drill.waitFor({ state: 'hidden' });
  });

  test('with yearly targets set, the placements, banen and active-member charts draw a target line', async () => {
    const { page } = browser;
    const targetsUrl = `${server.url}/api/networks/${demoId}/steering/targets`;
    const loaded = (await (await page.context().request.get(targetsUrl)).json()) as {
      items: { year: number; version: number }[];
    };
    // The target's version as loaded (0 = no target for the year yet).
    const version = loaded.items.find((x) => x.year === year)?.version ?? 0;
    const put = await page.context().request.put(targetsUrl, {
      data: { year, placements: 24, banen: 20, activeMembers: 30, version },
      headers,
    });
    expect(put.status(), await put.text()).toBe(200);
    await page.goto(`${server.url}/n/${demoId}/sturing`);
    for (const [id, target] of [
      ['chart-placements', '2'],
      ['chart-banen', '1,67'],
      ['chart-active-members', '30'],
    ] as const) {
      const chart = page.getByTestId(id);
      await chart.locator('.recharts-reference-line').first().waitFor({ state: 'attached', timeout: 30_000 });
      expect(await chart.getByRole('img').getAttribute('aria-label')).toContain(
        `De stippellijn is het doel: ${target}.`,
      );
    }
    await page.getByTestId('chart-banen').scrollIntoViewIfNeeded();
    await expectNoSeriousAxeViolations(page, 'sturing doellijnen');
    await screenshot(page, 'sturing-doellijnen');
    await page.getByRole('tab', { name: 'Tabel' }).click();
    expect(await page.getByTestId('trend-table').locator('thead').textContent()).toContain('doel 1,67');
    await page.getByRole('tab', { name: 'Grafiek' }).click();
  });

  test('the targets form saves from the version it loaded; a target changed meanwhile gets the stale message and is reloaded', async () => {
    const { page } = browser;
    const targetsUrl = `${server.url}/api/networks/${demoId}/steering/targets`;
    const stored = async () =>
      (
        (await (await page.context().request.get(targetsUrl)).json()) as {
          items: { year: number; placements: number | null; version: number }[];
        }
      ).items.find((x) => x.year === year);
    await page.getByRole('tab', { name: 'Jaardoelen' }).click();
    const placements = page.getByRole('textbox', { name: 'Plaatsingen' });
    await placements.waitFor({ timeout: 30_000 });
    await expect.poll(() => placements.inputValue()).toBe('24');
    const before = (await stored())!.version;
    await placements.fill('26');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    // The confirmation shows once the screen has loaded the saved target again (so it now holds version before + 1).
    await page.getByText('Opgeslagen', { exact: true }).first().waitFor();
    expect(await placements.inputValue()).toBe('26');
    expect((await stored())?.version).toBe(before + 1);
    expect((await stored())?.placements).toBe(26);
    // Someone else sets the target meanwhile; this screen still holds the version before that.
    const meanwhile = await page.context().request.put(targetsUrl, {
      data: { year, placements: 28, banen: 20, activeMembers: 30, version: before + 1 },
      headers,
    });
    expect(meanwhile.status(), await meanwhile.text()).toBe(200);
    await placements.fill('99');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /Iemand anders heeft dit intussen gewijzigd/ })
      .waitFor();
    // Nothing overwritten; the form shows the stored target again.
    expect((await stored())?.placements).toBe(28);
    await expect.poll(() => placements.inputValue()).toBe('28');
    await expectNoSeriousAxeViolations(page, 'jaardoelen verouderd');
    await page.getByRole('tab', { name: 'Dashboard' }).click();
  });

  test('the kerngroep member raises a threshold on the settings tab: the dashboard signals it; and opts in to the comparison', async () => {
    const { page } = browser;
    await page.getByRole('tab', { name: 'Instellingen' }).click();
    const field = page.getByRole('textbox', { name: /Door werkgevers geleid lager dan/ });
    await field.waitFor({ timeout: 30_000 });
    expect(await field.inputValue()).toBe('40');
    await field.fill('100');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect
      .poll(async () =>
        (await page.context().request.get(`${server.url}/api/networks/${demoId}/steering/settings`))
          .json()
          .then((b) => b.version),
      )
      .toBe(1);
    await page.getByRole('checkbox', { name: /Meedoen aan de geanonimiseerde vergelijking/ }).click();
    await expect
      .poll(async () =>
        (await page.context().request.get(`${server.url}/api/networks/${demoId}/steering/comparison-opt-in`))
          .json()
          .then((b) => b.optIn),
      )
      .toBe(true);
    await expectNoSeriousAxeViolations(page, 'sturing instellingen');
    await screenshot(page, 'sturing-instellingen');
    await page.getByRole('tab', { name: 'Dashboard' }).click();
    await page.getByTestId('signals').getByText('Weinig activiteiten door werkgevers').waitFor({ timeout: 30_000 });
  });

  test('the kerngroep member reads the engagement ladder and who to call, also at phone size', async () => {
    const { page } = browser;
    await page.getByRole('tab', { name: 'Betrokkenheidsladder' }).click();
    await page.getByTestId('ladder-table').waitFor();
    await page.getByTestId('who-to-call').waitFor();
    await expectNoSeriousAxeViolations(page, 'betrokkenheidsladder');
    await screenshot(page, 'sturing-ladder');

    await page.setViewportSize(phoneViewport);
    await page.getByRole('tab', { name: 'Dashboard' }).click();
    await page.getByTestId('steering-dashboard').waitFor();
    await expectNoSeriousAxeViolations(page, 'sturing dashboard (telefoon)');
    await screenshot(page, 'sturing-telefoon');
    await page.setViewportSize(desktopViewport);
  });

  test('the kerngroep member freezes Q3, writes a narrative and releases the report', async () => {
    const { page } = browser;
    await page.getByRole('tab', { name: 'Rapportages' }).click();
    await page.getByRole('heading', { name: 'Periode vastzetten' }).waitFor();
    await page.getByRole('combobox', { name: 'Welk kwartaal' }).click();
    await page.getByRole('option', { name: 'Q3', exact: true }).click();
    // Freezing asks first; cancelling freezes nothing.
    await page.getByRole('button', { name: 'Vastzetten' }).click();
    let dialog = page.getByRole('dialog', { name: `Q3 ${year} vastzetten?` });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('maar één keer worden vastgezet');
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.getByTestId('report-view').count()).toBe(0);
    expect(
      (await page
        .context()
        .request.get(`${server.url}/api/networks/${demoId}/reports`)
        .then((r) => r.json())) as {
        items: unknown[];
      },
    ).toMatchObject({ items: [] });
    await page.getByRole('button', { name: 'Vastzetten' }).click();
    dialog = page.getByRole('dialog', { name: `Q3 ${year} vastzetten?` });
    await dialog.getByRole('button', { name: 'Ja, vastzetten' }).click();
    const view = page.getByTestId('report-view');
    await view.waitFor();
    expect(await view.getByRole('heading', { level: 2 }).textContent()).toContain(`Q3 ${year}`);
    await page
      .getByLabel('Toelichting van de kerngroep')
      .fill('Het derde kwartaal stond in het teken van bedrijfsbezoeken.');
    await page.getByRole('button', { name: 'Toelichting opslaan' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Vrijgeven aan de financier' }).isEnabled()).toBe(true);
    await expectNoSeriousAxeViolations(page, 'rapportage vastgezet');
    await screenshot(page, 'rapportage-toelichting');
    // Releasing asks first and says it cannot be undone; cancelling leaves the report frozen.
    await page.getByRole('button', { name: 'Vrijgeven aan de financier' }).click();
    dialog = page.getByRole('dialog', { name: `Rapportage Q3 ${year} vrijgeven?` });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Vrijgeven kan niet ongedaan worden gemaakt');
    await expectNoSeriousAxeViolations(page, 'rapportage vrijgeven bevestigen');
    await screenshot(page, 'rapportage-vrijgeven-bevestigen');
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.getByTestId('report-status').textContent()).toBe('Vastgezet');
    await page.getByRole('button', { name: 'Vrijgeven aan de financier' }).click();
    await dialog.getByRole('button', { name: 'Ja, definitief vrijgeven' }).click();
    await expect.poll(() => page.getByTestId('report-status').textContent()).toBe('Vrijgegeven');
    await screenshot(page, 'rapportage-vrijgegeven');
  });

  test('the funder sees only that report, suppressed and without names', async () => {
    const { page } = browser;
    await signInAs(funder);
    await page.goto(`${server.url}/n/${demoId}/sturing`);
    await page.getByRole('heading', { level: 1, name: 'Resultaten op missieniveau' }).waitFor();
    const table = page.getByTestId('reports-table');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(1);
    expect(await table.textContent()).toContain(`Q3 ${year}`);
    await expectNoSeriousAxeViolations(page, 'financier rapportages');
    await table.getByRole('button', { name: `Openen Q3 ${year}` }).click();
    await page.getByTestId('report-narrative').waitFor();
    expect(await page.getByTestId('report-narrative').textContent()).toContain('bedrijfsbezoeken');
    reportText = (await page.getByTestId('mission-table').textContent()) ?? '';
    expect(reportText).toMatch(/< 5|niet getoond/);
    // The candidates' voice is in the funder's figures too, suppressed like the rest.
    expect(reportText).toContain('Check-ins door kandidaten beantwoord');
    await expectNoSeriousAxeViolations(page, 'financier rapportage');
    await screenshot(page, 'financier-rapportage');
    // The funder cannot reach the dashboard with names.
    const dash = await page.context().request.get(`${server.url}/api/networks/${demoId}/steering/dashboard`);
    expect(dash.status()).toBe(403);
    const people = await page.context().request.get(`${server.url}/api/networks/${demoId}/people`);
    expect(people.status()).toBe(403);
  });

  test("the funder's candidate statistics show no count below 5 (decision 013)", async () => {
    const { page } = browser;
    await signInAs(funder);
    await page.goto(`${server.url}/n/${demoId}/kandidaten?tab=cijfers`);
    await page.getByTestId('placement-statistics').waitFor();
    await page.getByTestId('status-statistics').locator('tbody tr').first().waitFor();
    // Counts only: the banen row (a derived figure with decimals) is left out.
    const cells = await page
      .locator('[data-testid="status-statistics"] td, [data-testid="placement-statistics"] tr:not(:last-child) td')
      .allTextContents();
    const byContract = await page
      .getByRole('heading', { name: 'Plaatsingen per soort contract' })
      .locator('xpath=following-sibling::table[1]//td')
      .allTextContents();
    const all = [...cells, ...byContract].map((c) => c.trim());
    const counts = all.filter((c) => /^\d+$/.test(c)).map(Number);
    expect(all.length).toBeGreaterThan(5);
    // Every count is suppressed ("< 5"), withheld ("×") or at least 5; the status names are not numbers.
    for (const c of counts) expect(c, all.join(' | ')).toBeGreaterThanOrEqual(5);
    expect(
      all.some((c) => c === '< 5' || c === '×'),
      all.join(' | '),
    ).toBe(true);
    await expectNoSeriousAxeViolations(page, 'financier kandidaatcijfers');
    await screenshot(page, 'financier-kandidaatcijfers');
  });

  test('data changed afterwards does not alter the released report', async () => {
    const { page } = browser;
    await signInAs(admin);
    const api = page.context().request;
    const before = await (
      await api.get(`${server.url}/api/networks/${demoId}/steering/dashboard?from=${year}-07-01&to=${year}-09-30`)
    ).json();
    const candidates = await (await api.get(`${server.url}/api/networks/${demoId}/candidates?pageSize=50`)).json();
    const orgs = await (await api.get(`${server.url}/api/networks/${demoId}/organisations?pageSize=5`)).json();
    const orgId = (orgs.items as { id: string }[])[0]!.id;
    let added = 0;
    for (const c of (candidates.items as { id: string }[]).slice(0, 6)) {
      const res = await api.post(`${server.url}/api/networks/${demoId}/placements`, {
        data: {
          candidateId: c.id,
          organisationId: orgId,
          startsOn: `${year}-08-15`,
          hoursPerWeek: 25.5,
          contractKind: 'permanent',
        },
        headers,
      });
      expect(res.status(), await res.text()).toBe(201);
      added++;
    }
    const after = await (
      await api.get(`${server.url}/api/networks/${demoId}/steering/dashboard?from=${year}-07-01&to=${year}-09-30`)
    ).json();
    expect(after.mission.placements).toBe(before.mission.placements + added);

    await signInAs(funder);
    await page.goto(`${server.url}/n/${demoId}/sturing`);
    await page
      .getByTestId('reports-table')
      .getByRole('button', { name: `Openen Q3 ${year}` })
      .click();
    await page.getByTestId('mission-table').waitFor();
    expect(await page.getByTestId('mission-table').textContent()).toBe(reportText);
  });

  test('the platform admin compares the networks that opted in, anonymised, as chart and table', async () => {
    const { page } = browser;
    await signInAs(admin);
    await page.goto(`${server.url}/beheer/vergelijking`);
    await page.getByRole('heading', { level: 1, name: 'Netwerken vergeleken' }).waitFor();
    const table = page.getByTestId('comparison-table');
    await table.waitFor({ timeout: 30_000 });
    const text = (await table.textContent()) ?? '';
    expect(text).toContain('Netwerk 1');
    expect(await table.locator('tbody tr').count()).toBe(1);
    const session = (await (await page.context().request.get(`${server.url}/api/session`)).json()) as {
      networks: { id: string; name: string }[];
    };
    for (const n of session.networks) expect(text).not.toContain(n.name);
    await page
      .getByTestId('comparison-chart')
      .locator('.recharts-bar-rectangle, .recharts-surface')
      .first()
      .waitFor({ state: 'attached', timeout: 30_000 });
    expect(await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href')).toMatch(/^data:text\/csv/);
    await expectNoSeriousAxeViolations(page, 'vergelijking netwerken');
    await screenshot(page, 'vergelijking-netwerken');
  });
});
