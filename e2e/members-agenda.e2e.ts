// Members and the needs-driven agenda, end to end: a member contact raises a need, the kerngroep prioritises it, the
// coordinator plans an activity for it, the member registers, the coordinator checks attendance on a phone-sized screen,
// the attendee evaluates, and the need shows as met ("Ingevuld").
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeSummary, expectNoSeriousAxeViolations } from './support/axe.js';
import { desktopViewport, launchBrowser, phoneViewport, type BrowserSession } from './support/browser.js';
import { readLinkFromOutbox } from './support/outbox.js';
import { screenshot } from './support/screenshot.js';
import { skipAfterFirstFailure } from './support/sequence.js';
import { startTestServer, type TestServer } from './support/server.js';
import { field, setupViaApi } from './support/ui.js';

const coordinator = {
  name: 'Carla Koster',
  email: 'carla@netwerk.example',
  password: 'zeven zwanen zwemmen zuidwaarts',
};
const member = { name: 'Bram Jansen', email: 'bram@bakkerij-jansen.example', password: 'brood en banket elke ochtend' };
const kerngroep = { name: 'Ilse de Wit', email: 'ilse@zorggroep.example', password: 'de kerngroep kiest samen koers' };
const needTitle = 'Hoe richten we een leerwerkplek in de bakkerij in?';
const activityTitle = 'Werkbezoek leerwerkplekken bij Bakkerij Jansen';
const writeHeaders = { 'x-requested-with': 'netwerkregie' };

let server: TestServer;
let coord: BrowserSession;
let memberBrowser: BrowserSession;
let coreBrowser: BrowserSession;
let networkId = '';
let activityPath = '';

/** Amsterdam wall-clock time for a datetime-local input. */
function localInput(date: Date): string {
  return date.toLocaleString('sv-SE', { timeZone: 'Europe/Amsterdam' }).replace(' ', 'T').slice(0, 16);
}

async function inviteAndAccept(role: string, person: typeof member, browser: BrowserSession) {
  const request = coord.page.context().request;
  const invite = await request.post(`${server.url}/api/networks/${networkId}/invitations`, {
    data: { name: person.name, email: person.email, role },
    headers: writeHeaders,
  });
  expect(invite.status(), await invite.text()).toBe(201);
  const { path } = await readLinkFromOutbox(request, server.url, {
    to: person.email,
    kind: 'invitation',
    linkPart: '/uitnodiging/',
  });
  const token = decodeURIComponent(path.split('/uitnodiging/')[1]!);
  const accept = await browser.page.context().request.post(`${server.url}/api/invitations/${token}/accept`, {
    data: { password: person.password },
    headers: writeHeaders,
  });
  expect(accept.status(), await accept.text()).toBe(200);
}

beforeAll(async () => {
  server = await startTestServer();
  coord = await launchBrowser();
  memberBrowser = await launchBrowser();
  coreBrowser = await launchBrowser();
  // The machine running these tests is shared and slow at times; a step waits longer than the default before failing.
  for (const b of [coord, memberBrowser, coreBrowser]) b.context.setDefaultTimeout(40_000);
});

afterAll(async () => {
  console.log(axeSummary());
  await Promise.all([coord?.close(), memberBrowser?.close(), coreBrowser?.close()]);
  await server?.stop();
});

describe('members and agenda', () => {
  skipAfterFirstFailure();

  test('the coordinator sees the organisations; a member contact raises a need', async () => {
    networkId = await setupViaApi(coord.page, server.url, {
      admin: coordinator,
      network: { name: '99van Zwolle', region: 'Regio Zwolle' },
    });
    const request = coord.page.context().request;
    const org = await request.post(`${server.url}/api/networks/${networkId}/organisations`, {
      data: { kind: 'employer', name: 'Bakkerij Jansen', kvkNumber: '12345678', postcode: '8011ab', city: 'Zwolle' },
      headers: writeHeaders,
    });
    const orgId = ((await org.json()) as { id: string }).id;
    await request.post(`${server.url}/api/networks/${networkId}/organisations/${orgId}/contacts`, {
      data: { name: member.name, email: member.email, jobTitle: 'Eigenaar' },
      headers: writeHeaders,
    });
    await inviteAndAccept('employer', member, memberBrowser);
    await inviteAndAccept('core_group', kerngroep, coreBrowser);

    await coord.page.goto(`${server.url}/n/${networkId}/leden`);
    await field(coord.page, 'Zoeken op naam, KvK-nummer of plaats (typefouten mogen)').fill('bakkrij');
    await coord.page.getByTestId('organisations-table').getByText('Bakkerij Jansen').waitFor();
    await expectNoSeriousAxeViolations(coord.page, 'organisaties');
    await screenshot(coord.page, 'leden-organisaties');

    const { page } = memberBrowser;
    await page.goto(`${server.url}/n/${networkId}/behoeften`);
    await page.getByRole('button', { name: 'Behoefte inbrengen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Behoefte inbrengen' });
    await field(dialog, 'Wat is uw vraag of behoefte?').fill(needTitle);
    await dialog.getByRole('combobox', { name: 'Thema' }).click();
    await page.getByRole('option', { name: 'Jobcarving' }).click();
    await field(dialog, 'Toelichting').fill('We willen twee leerwerkplekken, maar weten niet hoe we het werk opdelen.');
    await screenshot(page, 'behoefte-inbrengen');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('need-card').filter({ hasText: needTitle }).waitFor();
    await expectNoSeriousAxeViolations(page, 'behoeften (deelnemer)');
  });

  test('the kerngroep prioritises the need', async () => {
    const { page } = coreBrowser;
    await page.goto(`${server.url}/n/${networkId}/behoeften`);
    await page.getByRole('button', { name: `Prioriteren: ${needTitle}` }).click();
    await page.getByText('De behoefte is geprioriteerd.').waitFor();
    await expect
      .poll(async () =>
        page
          .getByRole('region', { name: /Geprioriteerd/ })
          .getByText(needTitle)
          .count(),
      )
      .toBe(1);
    await screenshot(page, 'behoeften-bord');
  });

  test('the coordinator plans an activity for it', async () => {
    const { page } = coord;
    await page.goto(`${server.url}/n/${networkId}/agenda`);
    await page.getByTestId('plan-activity').click();
    const dialog = page.getByRole('dialog', { name: 'Activiteit plannen' });
    await field(dialog, 'Titel').fill(activityTitle);
    await dialog.getByRole('combobox', { name: 'Werkvorm' }).click();
    await page.getByRole('option', { name: 'Werkbezoek' }).click();
    await field(dialog, 'Voor deze behoeften').click();
    await page.getByRole('option', { name: new RegExp(needTitle.slice(0, 20)) }).click();
    await field(dialog, 'Voor deze behoeften').press('Escape');
    await field(dialog, 'Begin').fill(localInput(new Date(Date.now() - 30 * 60_000)));
    await field(dialog, 'Einde').fill(localInput(new Date(Date.now() + 90 * 60_000)));
    await field(dialog, 'Plaats').fill('Bakkerij Jansen, Zwolle');
    await field(dialog, 'Aantal plaatsen (leeg = onbeperkt)').fill('12');
    await screenshot(page, 'activiteit-plannen');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: activityTitle }).waitFor();
    activityPath = new URL(page.url()).pathname;
    await page.getByText(needTitle).waitFor();
    await expectNoSeriousAxeViolations(page, 'activiteit (coördinator)');
  });

  test('the member registers', async () => {
    const { page } = memberBrowser;
    await page.goto(`${server.url}/n/${networkId}/agenda`);
    await page.getByRole('link', { name: activityTitle }).click();
    await page.getByTestId('register').click();
    await page.getByTestId('my-status').filter({ hasText: 'U bent aangemeld.' }).waitFor();
    await expectNoSeriousAxeViolations(page, 'activiteit (deelnemer)');
    await screenshot(page, 'activiteit-aanmelden');
  });

  test('the coordinator checks attendance on a phone', async () => {
    const { page } = coord;
    await page.setViewportSize(phoneViewport);
    await page.goto(`${server.url}${activityPath}/aanwezigheid`);
    await page.getByTestId('present-count').filter({ hasText: '0 van 1 aanwezig' }).waitFor();
    await page.getByTestId('check-in-row').filter({ hasText: member.name }).click();
    await page.getByTestId('present-count').filter({ hasText: '1 van 1 aanwezig' }).waitFor();
    await expectNoSeriousAxeViolations(page, 'aanwezigheid (telefoon)');
    await screenshot(page, 'aanwezigheid-telefoon');
    await page.setViewportSize(desktopViewport);
  });

  test('the attendee evaluates', async () => {
    const { page } = memberBrowser;
    await page.reload();
    await page.getByRole('heading', { name: 'Hoe was het?' }).waitFor();
    await page.getByRole('radio', { name: '5', exact: true }).check();
    await page.getByRole('radio', { name: 'Ja' }).check();
    await field(page, 'Toelichting (mag leeg)').fill('Heel concreet, we starten in maart.');
    await screenshot(page, 'evaluatie');
    await page.getByRole('button', { name: 'Beoordeling versturen' }).click();
    await page.getByText('Dank voor uw beoordeling.').waitFor();
    await page.getByText('U gaf 5 van 5.').waitFor();
    await expectNoSeriousAxeViolations(page, 'evaluatie');
  });

  test('the coordinator records the outcome and the member sees the need as met', async () => {
    const { page } = coord;
    await page.goto(`${server.url}${activityPath}`);
    await page.getByText(/1 beoordelingen, gemiddeld 5\.0; 1 zeiden/).waitFor();
    await page.goto(`${server.url}/n/${networkId}/behoeften`);
    await page.getByRole('button', { name: `Ingevuld / Niet ingevuld: ${needTitle}` }).click();
    const dialog = page.getByRole('dialog', { name: needTitle });
    await field(dialog, 'Wat is ermee gedaan?').fill('Twee leerwerkplekken gestart na het werkbezoek.');
    await dialog.getByRole('button', { name: 'Ingevuld', exact: true }).click();
    await page.getByText('De uitkomst is vastgelegd.').waitFor();

    const member = memberBrowser.page;
    await member.goto(`${server.url}/n/${networkId}/behoeften`);
    const metColumn = member.getByRole('region', { name: /^Ingevuld/ });
    await metColumn.getByText(needTitle).waitFor();
    await metColumn.getByText('Twee leerwerkplekken gestart na het werkbezoek.').waitFor();
    await expectNoSeriousAxeViolations(member, 'behoeften ingevuld');
    await screenshot(member, 'behoefte-ingevuld');
  });
});
