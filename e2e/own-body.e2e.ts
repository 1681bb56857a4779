// Mijn groep in Chromium: a kartrekker signs in, opens their themagroep from the menu, plans a meeting with an agenda, writes
// the minutes and records who was there, and adds a member; a klankbordgroep member opens their own body and reads the
// meeting's minutes without edit buttons. Screenshots for the handleiding; axe on every screen. One server for the file.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeSummary, expectNoSeriousAxeViolations } from './support/axe.js';
import { launchBrowser, type BrowserSession } from './support/browser.js';
import { readLinkFromOutbox } from './support/outbox.js';
import { screenshot } from './support/screenshot.js';
import { skipAfterFirstFailure } from './support/sequence.js';
import { startTestServer, type TestServer } from './support/server.js';
import { field, loginViaApi, setupViaApi } from './support/ui.js';

const admin = { name: 'Anna de Vries', email: 'anna@voorbeeld.nl', password: 'paarse olifanten dansen op dinsdag' };
const password = 'een eigen plek voor de groep';
const headers = { 'x-requested-with': 'netwerkregie' };
const kartrekker = { name: 'Tom Trekker', email: 'tom@groep.example', role: 'theme_lead', body: 'thema' };
const klankbord = { name: 'Kim Klankbord', email: 'kim@groep.example', role: 'sounding_board', body: 'klankbord' };

let server: TestServer;
let browser: BrowserSession;
let networkId = '';
const bodyOf: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  console.log(axeSummary());
  await browser?.close();
  await server?.stop();
});

async function settle(): Promise<void> {
  const { page } = browser;
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await expect.poll(() => page.locator('[role="status"]:has(.mantine-Loader-root)').count()).toBe(0);
}

describe('Mijn groep: the kartrekker runs the themagroep, the klankbordgroep reads its meetings', () => {
  skipAfterFirstFailure();

  test('setup: a themagroep and a klankbordgroep, a kartrekker and a klankbordgroep member in them', async () => {
    const api = browser.page.context().request;
    networkId = await setupViaApi(browser.page, server.url, { admin, network: { name: 'Regio Groepen' } });
    const n = `${server.url}/api/networks/${networkId}`;
    for (const [key, data] of [
      ['thema', { kind: 'theme_group', name: 'Themagroep Jobcarving', theme: 'job_carving' }],
      ['klankbord', { kind: 'sounding_board', name: 'Klankbordgroep' }],
    ] as const) {
      const made = await api.post(`${n}/governance/bodies`, { data, headers });
      expect(made.status(), await made.text()).toBe(201);
      bodyOf[key] = ((await made.json()) as { id: string }).id;
    }
    const org = await api.post(`${n}/organisations`, {
      data: { kind: 'employer', name: 'Bakkerij Jansen' },
      headers,
    });
    expect(org.status(), await org.text()).toBe(201);
    const orgId = ((await org.json()) as { id: string }).id;
    const contact = await api.post(`${n}/organisations/${orgId}/contacts`, {
      data: { name: 'Fatima El Amrani', email: 'fatima@bakkerij.example' },
      headers,
    });
    expect(contact.status(), await contact.text()).toBe(201);
    const need = await api.post(`${n}/needs`, {
      data: { title: 'Taken anders verdelen in de productie', theme: 'job_carving', organisationId: orgId },
      headers,
    });
    expect(need.status(), await need.text()).toBe(201);
    for (const r of [kartrekker, klankbord]) {
      const invited = await api.post(`${n}/invitations`, {
        data: { name: r.name, email: r.email, role: r.role },
        headers,
      });
      expect(invited.status(), await invited.text()).toBe(201);
      const link = await readLinkFromOutbox(api, server.url, {
        to: r.email,
        kind: 'invitation',
        linkPart: '/uitnodiging/',
      });
      const token = link.path.split('/uitnodiging/')[1]!.split(/[?#]/)[0]!;
      const accepted = await api.post(`${server.url}/api/invitations/${token}/accept`, { data: { password }, headers });
      expect(accepted.status(), await accepted.text()).toBe(200);
      await loginViaApi(browser.page, server.url, admin);
      const assignments = (await (await api.get(`${n}/governance/assignments?role=${r.role}`)).json()) as {
        items: { personId: string; personName: string }[];
      };
      const personId = assignments.items.find((a) => a.personName === r.name)!.personId;
      const assigned = await api.post(`${n}/governance/assignments`, {
        data: { personId, role: r.role, bodyId: bodyOf[r.body] },
        headers,
      });
      expect(assigned.status(), await assigned.text()).toBe(201);
    }
  });

  test('the kartrekker opens their themagroep from the menu and the start page', async () => {
    const { page } = browser;
    await page.context().clearCookies();
    await loginViaApi(page, server.url, { email: kartrekker.email, password });
    await page.goto(`${server.url}/n/${networkId}`);
    await settle();
    await page.getByTestId('own-bodies-card').getByRole('link', { name: 'Themagroep Jobcarving' }).waitFor();
    await expectNoSeriousAxeViolations(page, 'start kartrekker');
    await screenshot(page, 'start-kartrekker');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn groep' }).click();
    await page.waitForURL((url) => url.pathname.endsWith(`/mijn-groep/${bodyOf.thema}`));
    await page.getByRole('heading', { level: 1, name: 'Themagroep Jobcarving' }).waitFor();
    await page.getByText('U bent de kartrekker').waitFor();
  });

  test('plans a meeting with an agenda', async () => {
    const { page } = browser;
    await page.getByText('Er zijn nog geen vergaderingen gepland.').waitFor();
    // Without a date the form says what to fix.
    await page.getByRole('button', { name: 'Vergadering plannen' }).click();
    await page.getByText('Vul de datum en tijd van de vergadering in.').waitFor();
    await field(page, 'Datum en tijd').fill('2027-01-14T16:00');
    await page
      .getByLabel('Agenda')
      .first()
      .fill('1. Opening\n2. Voorbeelden van jobcarving bij de leden\n3. Rondvraag');
    await expectNoSeriousAxeViolations(page, 'themagroep: vergadering plannen');
    await screenshot(page, 'themagroep-vergadering-plannen');
    await page.getByRole('button', { name: 'Vergadering plannen' }).click();
    await page.getByTestId('own-body-meeting').getByText('Voorbeelden van jobcarving bij de leden').waitFor();
  });

  test('adds a member to the themagroep', async () => {
    const { page } = browser;
    await page.getByRole('tab', { name: 'Leden' }).click();
    await page.getByTestId('own-body-members').waitFor();
    await page.getByRole('combobox', { name: 'Persoon uit het netwerk' }).click();
    await page.getByRole('option', { name: 'Fatima El Amrani' }).click();
    await page.getByRole('button', { name: 'Lid toevoegen' }).click();
    await page.getByTestId('own-body-members').getByText('Fatima El Amrani').waitFor();
    await page.getByTestId('own-body-members').getByText('Lid themagroep').waitFor();
    await expectNoSeriousAxeViolations(page, 'themagroep: leden');
    await screenshot(page, 'themagroep-leden');
  });

  test('records the minutes and who was there', async () => {
    const { page } = browser;
    await page.getByRole('tab', { name: 'Vergaderingen' }).click();
    const meeting = page.getByTestId('own-body-meeting');
    await meeting.getByRole('button', { name: 'Agenda, verslag en aanwezigheid bijwerken' }).click();
    await meeting
      .getByLabel('Verslag')
      .fill('Drie leden deelden hoe zij taken anders verdeelden. Volgende keer een rondleiding.');
    await meeting.getByRole('checkbox', { name: 'Fatima El Amrani' }).check();
    await meeting.getByRole('checkbox', { name: 'Tom Trekker' }).check();
    await expectNoSeriousAxeViolations(page, 'themagroep: verslag');
    await screenshot(page, 'themagroep-verslag');
    await meeting.getByRole('button', { name: 'Opslaan' }).click();
    await meeting.getByText('Volgende keer een rondleiding.').waitFor();
    await meeting.getByText('2 aanwezig').waitFor();
  });

  test("sees the theme's needs", async () => {
    const { page } = browser;
    await page.getByRole('tab', { name: 'Activiteiten en behoeften' }).click();
    await page.getByText('Taken anders verdelen in de productie').waitFor();
    await expectNoSeriousAxeViolations(page, 'themagroep: activiteiten en behoeften');
    await screenshot(page, 'themagroep-behoeften');
  });

  test('the klankbordgroep member reads their own meetings and minutes, without edit buttons', async () => {
    const { page } = browser;
    // The coordinator plans a klankbordgroep meeting with minutes.
    await page.context().clearCookies();
    await loginViaApi(page, server.url, admin);
    const api = page.context().request;
    const g = `${server.url}/api/networks/${networkId}/governance`;
    const made = await api.post(`${g}/meetings`, {
      data: { bodyId: bodyOf.klankbord, startsAt: '2026-11-20T15:00:00.000Z', agenda: 'Advies over het jaarplan' },
      headers,
    });
    expect(made.status(), await made.text()).toBe(201);
    const meetingId = ((await made.json()) as { id: string }).id;
    const minutes = await api.patch(`${g}/meetings/${meetingId}`, {
      data: { version: 1, minutes: 'De klankbordgroep adviseert meer aandacht voor behoud van medewerkers.' },
      headers,
    });
    expect(minutes.status(), await minutes.text()).toBe(200);

    await page.context().clearCookies();
    await loginViaApi(page, server.url, { email: klankbord.email, password });
    await page.goto(`${server.url}/n/${networkId}`);
    await settle();
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn groep' }).click();
    await page.getByRole('heading', { level: 1, name: 'Klankbordgroep' }).waitFor();
    const meeting = page.getByTestId('own-body-meeting');
    await meeting.getByText('meer aandacht voor behoud van medewerkers').waitFor();
    expect(await page.getByRole('button', { name: 'Vergadering plannen' }).count()).toBe(0);
    expect(await meeting.getByRole('button').count()).toBe(0);
    expect(await page.getByRole('tab', { name: 'Activiteiten en behoeften' }).count()).toBe(0);
    await expectNoSeriousAxeViolations(page, 'klankbordgroep: vergaderingen');
    await screenshot(page, 'klankbordgroep-vergaderingen');
    // The themagroep's page is not theirs: the server answers 404, the page says so.
    await page.goto(`${server.url}/n/${networkId}/mijn-groep/${bodyOf.thema}`);
    await page.getByText('Deze groep is niet (meer) de uwe').waitFor();
    expect(await page.getByText('Drie leden deelden').count()).toBe(0);
  });
});
