// Voor en door werkgevers in Chromium: the applied design decides who may do what. Under an ownership-1 design an
// employer contact, invited with their organisation, accepts the invitation, organises an activity for their own
// organisation, registers two colleagues and checks them in at the door, and the steering dashboard's employer-led
// share rises. After an ownership-5 design is applied, the same employer sees no create button and the API refuses with
// the task and who holds it. Screenshots for the handleiding (werkplek-werkgever); axe on every employer screen. One
// server for the file.
import dayjs from 'dayjs';
import type { Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeSummary, expectNoSeriousAxeViolations } from './support/axe.js';
import { launchBrowser, type BrowserSession } from './support/browser.js';
import { readLinkFromOutbox } from './support/outbox.js';
import { screenshot } from './support/screenshot.js';
import { skipAfterFirstFailure } from './support/sequence.js';
import { startTestServer, type TestServer } from './support/server.js';
import { field, setupViaApi } from './support/ui.js';

const coordinator = {
  name: 'Anna de Vries',
  email: 'anna@voorbeeld.nl',
  password: 'paarse olifanten dansen op dinsdag',
};
const employer = { name: 'Bram Jansen', email: 'bram@jansen.example', password: 'wij organiseren het zelf' };
const colleagues = [
  { name: 'Sanne Jansen', email: 'sanne@jansen.example' },
  { name: 'Mehmet Yilmaz', email: 'mehmet@jansen.example' },
];
const headers = { 'x-requested-with': 'netwerkregie' };
const title = 'Rondleiding in de bakkerij';

let server: TestServer;
let coordinatorBrowser: BrowserSession;
let employerBrowser: BrowserSession;
let networkId = '';
let jansenId = '';
let shareBefore = '';

// The activity takes place tomorrow afternoon, or late today on the last day of the year, so it falls in this year: the
// dashboard's default period.
const startsAt = (() => {
  const tomorrow = dayjs().add(1, 'day').hour(14).minute(0);
  return tomorrow.year() === dayjs().year() ? tomorrow : dayjs().hour(22).minute(0);
})();

beforeAll(async () => {
  server = await startTestServer();
  coordinatorBrowser = await launchBrowser();
  employerBrowser = await launchBrowser();
});

afterAll(async () => {
  console.log(axeSummary());
  await employerBrowser?.close();
  await coordinatorBrowser?.close();
  await server?.stop();
});

async function settle(session: BrowserSession): Promise<void> {
  const { page } = session;
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await expect.poll(() => page.locator('[role="status"]:has(.mantine-Loader-root)').count()).toBe(0);
}

async function applyDesign(ownership: 1 | 5): Promise<void> {
  const api = coordinatorBrowser.page.context().request;
  const n = `${server.url}/api/networks/${networkId}`;
  const saved = await api.post(`${n}/design/versions`, {
    data: {
      input: {
        financing: 'contributions_money',
        ownership,
        phase: 'volwassen',
        expectedMembers: 20,
        existing: { coreGroupFormed: true, coordinatorAvailable: true, legalEntity: false, annualPlanRequired: false },
      },
      reason: `Eigenaarschap ${ownership}`,
    },
    headers,
  });
  expect(saved.status(), await saved.text()).toBe(201);
  const versionId = ((await saved.json()) as { id: string }).id;
  const applied = await api.post(`${n}/design/versions/${versionId}/apply`, { data: { confirm: true }, headers });
  expect(applied.status(), await applied.text()).toBe(200);
}

/** The employer-led share on the coordinator's steering dashboard (this year), e.g. "0%0 van 1". */
async function employerLedShare(): Promise<string> {
  const { page } = coordinatorBrowser;
  await page.goto(`${server.url}/n/${networkId}/sturing`);
  await page.getByTestId('steering-dashboard').waitFor();
  const card = page.getByTestId('measure-employer_led_share');
  await expect.poll(() => card.textContent()).toMatch(/\d+%/);
  return ((await card.textContent()) ?? '').replace(/\s+/g, ' ');
}

/**
 * The employer clicks every item of their menu (and every tab of each page): under an ownership-1 design the menu grows with
 * the tasks the design gives members, and every page must work — no "Geen toegang", no error, no 403 or 500 from the API.
 */
async function walkMenu(session: BrowserSession, label: string): Promise<string[]> {
  const { page } = session;
  const refused: string[] = [];
  const onResponse = (response: Response) => {
    if (response.url().includes('/api/') && [403, 500].includes(response.status()))
      refused.push(`${response.status()} ${response.request().method()} ${response.url()}`);
  };
  page.on('response', onResponse);
  try {
    await page.goto(`${server.url}/n/${networkId}`);
    await settle(session);
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    const keys = await nav
      .locator('a[data-nav]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('data-nav') ?? ''));
    const problems: string[] = [];
    for (const key of keys) {
      const link = nav.locator(`a[data-nav="${key}"]`);
      const name = (await link.textContent())?.trim() ?? key;
      const before = await page.getByRole('heading', { level: 1 }).first().textContent();
      const path = new URL((await link.getAttribute('href')) ?? '', server.url).pathname;
      await link.click();
      await page.waitForURL((url) => url.pathname === path);
      await page
        .waitForFunction((old) => document.querySelector('main h1')?.textContent !== old, before, { timeout: 5_000 })
        .catch(() => undefined);
      await settle(session);
      const text = (await page.locator('main').textContent()) ?? '';
      for (const bad of ['Geen toegang', 'Er ging iets mis', 'Pagina niet gevonden'])
        if (text.includes(bad)) problems.push(`${name}: "${bad}"`);
      const tabs = (await page.locator('main [role="tablist"]').first().getByRole('tab').allTextContents()).map((n) =>
        n.trim(),
      );
      for (const tabName of tabs.slice(1)) {
        await page.locator('main').getByRole('tab', { name: tabName, exact: true }).first().click();
        await settle(session);
        const tabText = (await page.locator('main').textContent()) ?? '';
        for (const bad of ['Geen toegang', 'Er ging iets mis'])
          if (tabText.includes(bad)) problems.push(`${name} → ${tabName}: "${bad}"`);
      }
      await expectNoSeriousAxeViolations(page, `${label}: ${name}`);
    }
    expect([...problems, ...refused], label).toEqual([]);
    return keys;
  } finally {
    page.off('response', onResponse);
  }
}

describe('voor en door werkgevers: under ownership 1 the employer runs an activity, under ownership 5 not', () => {
  skipAfterFirstFailure();

  test('setup: a network with an ownership-1 design, a member employer with two colleagues, one coordinator activity', async () => {
    const { page } = coordinatorBrowser;
    networkId = await setupViaApi(page, server.url, { admin: coordinator, network: { name: 'Regio Samen' } });
    const api = page.context().request;
    const n = `${server.url}/api/networks/${networkId}`;
    const org = await api.post(`${n}/organisations`, { data: { kind: 'employer', name: 'Bakkerij Jansen' }, headers });
    expect(org.status(), await org.text()).toBe(201);
    jansenId = ((await org.json()) as { id: string }).id;
    for (const c of colleagues) {
      const made = await api.post(`${n}/organisations/${jansenId}/contacts`, { data: c, headers });
      expect(made.status(), await made.text()).toBe(201);
    }
    // One activity of the coordinator's this year: the employer-led share starts at 0 of 1.
    const coordinatorActivity = await api.post(`${n}/activities`, {
      data: {
        workForm: 'network_meeting',
        title: 'Netwerkbijeenkomst',
        startsAt: startsAt.toISOString(),
        endsAt: startsAt.add(2, 'hour').toISOString(),
        initiatorKind: 'coordinator',
      },
      headers,
    });
    expect(coordinatorActivity.status(), await coordinatorActivity.text()).toBe(201);
    await applyDesign(1);
    shareBefore = await employerLedShare();
    expect(shareBefore).toContain('0%');
    expect(shareBefore).toContain('0 van 1');
  });

  test('the coordinator invites the employer contact with their organisation', async () => {
    const { page } = coordinatorBrowser;
    await page.goto(`${server.url}/n/${networkId}/mensen`);
    await settle(coordinatorBrowser);
    await page.getByRole('button', { name: 'Iemand uitnodigen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Iemand uitnodigen' });
    await dialog.waitFor();
    await field(dialog, 'Naam').fill(employer.name);
    await field(dialog, 'E-mailadres').fill(employer.email);
    await dialog.getByRole('combobox', { name: 'Rol' }).click();
    await page.getByRole('option', { name: 'Werkgever', exact: true }).click();
    await dialog.getByRole('combobox', { name: 'Organisatie' }).click();
    await page.getByRole('option', { name: 'Bakkerij Jansen' }).click();
    await expectNoSeriousAxeViolations(page, 'uitnodigen met organisatie');
    await screenshot(page, 'werkgever-uitnodigen-met-organisatie');
    await dialog.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText(`Uitnodiging verstuurd naar ${employer.email}.`).waitFor();
  });

  test('the employer accepts the invitation and reaches their own organisation in the member portal', async () => {
    const link = await readLinkFromOutbox(coordinatorBrowser.page.context().request, server.url, {
      to: employer.email,
      kind: 'invitation',
      linkPart: '/uitnodiging/',
    });
    const { page } = employerBrowser;
    await page.goto(`${server.url}${link.path}`);
    await page.getByRole('heading', { level: 1, name: 'Uitnodiging' }).waitFor();
    await field(page, 'Wachtwoord').fill(employer.password);
    await field(page, 'Herhaal het wachtwoord').fill(employer.password);
    await page.getByRole('button', { name: 'Uitnodiging accepteren' }).click();
    await page.waitForURL(new RegExp(`/n/${networkId}$`));
    await settle(employerBrowser);
    await expectNoSeriousAxeViolations(page, 'start werkgever (eigenaarschap 1)');
    await screenshot(page, 'werkgever-start-eigenaarschap-1');
    // The invitation linked the contact to Bakkerij Jansen: the member portal answers, with the colleagues in it.
    const own = await page.context().request.get(`${server.url}/api/networks/${networkId}/portal/organisation`);
    expect(own.status(), await own.text()).toBe(200);
    const body = (await own.json()) as { name: string; contacts: { name: string }[] };
    expect(body.name).toBe('Bakkerij Jansen');
    expect(body.contacts.map((c) => c.name)).toEqual(
      expect.arrayContaining([employer.name, ...colleagues.map((c) => c.name)]),
    );
  });

  test('the employer adds a colleague to their own organisation in the member portal', async () => {
    const { page } = employerBrowser;
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn organisatie' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn organisatie' }).waitFor();
    await page.getByRole('button', { name: 'Collega toevoegen' }).click();
    const form = page.getByRole('region', { name: 'Collega toevoegen' });
    // An empty name is explained at the field; nothing is stored.
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await form.getByText('Vul de naam in.').first().waitFor();
    await field(form, 'Naam').fill('Fatima El Amrani');
    await field(form, 'E-mail').fill('fatima@jansen.example');
    await expectNoSeriousAxeViolations(page, 'werkgever: collega toevoegen');
    await screenshot(page, 'werkgever-collega-toevoegen');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('De contactpersoon is opgeslagen.').waitFor();
    await page.getByRole('link', { name: 'fatima@jansen.example' }).waitFor();
    const own = await page.context().request.get(`${server.url}/api/networks/${networkId}/portal/organisation`);
    const body = (await own.json()) as { contacts: { name: string }[] };
    expect(body.contacts.map((c) => c.name)).toContain('Fatima El Amrani');
  });

  test('the employer organises an activity for their own organisation from the agenda', async () => {
    const { page } = employerBrowser;
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Agenda' }).click();
    await page.getByRole('heading', { level: 1, name: 'Agenda' }).waitFor();
    await page.getByRole('button', { name: 'Activiteit organiseren' }).click();
    const dialog = page.getByRole('dialog', { name: 'Een activiteit organiseren voor uw organisatie' });
    await dialog.waitFor();
    await dialog.getByText('namens Bakkerij Jansen').waitFor();
    // The initiator is fixed to the employer's own organisation: no choice of initiator or of another host.
    expect(await dialog.getByRole('combobox', { name: 'Initiatief van' }).count()).toBe(0);
    expect(await dialog.getByRole('combobox', { name: 'Gastheer (organisatie)' }).count()).toBe(0);
    await field(dialog, 'Titel').fill(title);
    await dialog.getByRole('combobox', { name: 'Werkvorm' }).click();
    await page.getByRole('option', { name: 'Werkbezoek' }).click();
    await field(dialog, 'Begin').fill(startsAt.format('YYYY-MM-DDTHH:mm'));
    await field(dialog, 'Einde').fill(startsAt.add(2, 'hour').format('YYYY-MM-DDTHH:mm'));
    await field(dialog, 'Plaats').fill('Bakkerij Jansen, Marktstraat 4, Deventer');
    await dialog.getByRole('checkbox', { name: /op onze eigen locatie/ }).check();
    await field(dialog, 'Aantal plaatsen (leeg = onbeperkt)').fill('12');
    await expectNoSeriousAxeViolations(page, 'werkgever: activiteit organiseren');
    await screenshot(page, 'werkgever-activiteit-organiseren');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText('Deelnemende werkgever').waitFor();
    await page.getByTestId('runs-note').waitFor();
  });

  test('registers two colleagues of their own organisation', async () => {
    const { page } = employerBrowser;
    for (const c of colleagues) {
      await page.getByRole('combobox', { name: 'Collega' }).click();
      await page.getByRole('option', { name: c.name, exact: true }).click();
      await page.getByRole('button', { name: 'Collega aanmelden' }).click();
      await page.getByRole('table', { name: 'Aanmeldingen' }).getByText(c.name).waitFor();
    }
    await expect.poll(() => page.getByTestId('places').textContent()).toContain('2 van 12 bezet');
    await expectNoSeriousAxeViolations(page, 'werkgever: collega’s aangemeld');
    await screenshot(page, 'werkgever-collegas-aangemeld');
  });

  test('checks the colleagues in at the door', async () => {
    const { page } = employerBrowser;
    await page.getByTestId('check-in-link').click();
    await page.getByRole('heading', { level: 1, name: 'Aanwezigheid' }).waitFor();
    await expect.poll(() => page.getByTestId('present-count').textContent()).toBe('0 van 2 aanwezig');
    for (const c of colleagues) {
      const row = page.getByTestId('check-in-row').filter({ hasText: c.name });
      await row.click();
      await expect.poll(() => row.getAttribute('aria-pressed')).toBe('true');
    }
    await expect.poll(() => page.getByTestId('present-count').textContent()).toBe('2 van 2 aanwezig');
    await expectNoSeriousAxeViolations(page, 'werkgever: aanwezigheid');
    await screenshot(page, 'werkgever-aanwezigheid');
  });

  test("under ownership 1 every item of the employer's menu opens a page that works", async () => {
    const keys = await walkMenu(employerBrowser, 'werkgever (eigenaarschap 1)');
    expect(keys).toEqual(expect.arrayContaining(['overview', 'agenda']));
  });

  test("the steering dashboard's employer-led share rises", async () => {
    const after = await employerLedShare();
    expect(after).toContain('50%');
    expect(after).toContain('1 van 2');
    expect(after).not.toBe(shareBefore);
    await coordinatorBrowser.page.getByTestId('measure-employer_led_share').scrollIntoViewIfNeeded();
    await screenshot(coordinatorBrowser.page, 'werkgever-aandeel-sturing');
  });

  test('after an ownership-5 design the employer sees no create button and the API refuses with the task and who holds it', async () => {
    await applyDesign(5);
    const { page } = employerBrowser;
    await page.goto(`${server.url}/n/${networkId}/agenda`);
    await settle(employerBrowser);
    await page.getByTestId('agenda-table').getByRole('link', { name: title }).waitFor();
    expect(await page.getByTestId('plan-activity').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Activiteit organiseren' }).count()).toBe(0);
    await expectNoSeriousAxeViolations(page, 'werkgever: agenda (eigenaarschap 5)');
    await screenshot(page, 'werkgever-agenda-eigenaarschap-5');
    const refused = await page.context().request.post(`${server.url}/api/networks/${networkId}/activities`, {
      data: {
        workForm: 'company_visit',
        title: 'Nog een rondleiding',
        startsAt: startsAt.toISOString(),
        endsAt: startsAt.add(2, 'hour').toISOString(),
        initiatorKind: 'member_employer',
        initiatorOrganisationId: jansenId,
      },
      headers,
    });
    expect(refused.status()).toBe(403);
    const { message } = (await refused.json()) as { message: string };
    expect(message).toMatch(/Activiteiten organiseren/);
    expect(message).toMatch(/Netwerkcoördinator/);
  });
});
