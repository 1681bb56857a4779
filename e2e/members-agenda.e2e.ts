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
    await dialog.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    const card = page.getByTestId('need-card').filter({ hasText: needTitle });
    await card.waitFor();
    // A need nobody supported yet says so in words, not "0 steunen dit".
    expect(await card.textContent()).toContain('Nog geen steun');
    expect(await card.textContent()).not.toMatch(/\b0 steun/);
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
    await dialog.getByRole('button', { name: 'Opslaan', exact: true }).click();
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

  test('the coordinator cannot pick someone already registered', async () => {
    const { page } = coord;
    const request = page.context().request;
    const orgs = await request.get(`${server.url}/api/networks/${networkId}/organisations?search=Bakkerij%20Jansen`);
    const orgId = ((await orgs.json()) as { items: { id: string }[] }).items[0]!.id;
    const added = await request.post(`${server.url}/api/networks/${networkId}/organisations/${orgId}/contacts`, {
      data: { name: 'Sanne Visser', email: 'sanne@bakkerij-jansen.example', jobTitle: 'Leidinggevende' },
      headers: writeHeaders,
    });
    expect(added.status(), await added.text()).toBe(201);
    await page.goto(`${server.url}${activityPath}`);
    await page.getByRole('heading', { level: 1, name: activityTitle }).waitFor();
    await page.getByRole('combobox', { name: 'Contactpersoon' }).click();
    const registered = page.getByRole('option', { name: `${member.name} (Bakkerij Jansen) — al aangemeld` });
    await registered.waitFor();
    expect(await registered.getAttribute('aria-disabled')).toBe('true');
    const other = page.getByRole('option', { name: 'Sanne Visser (Bakkerij Jansen)', exact: true });
    expect(await other.getAttribute('aria-disabled')).toBeNull();
    await screenshot(page, 'activiteit-iemand-aanmelden');
    // Clicking the greyed-out person selects nothing, so the button stays off.
    await registered.click({ force: true });
    await expect.poll(async () => page.getByRole('button', { name: 'Iemand aanmelden' }).isDisabled()).toBe(true);
    // Typing searches the whole network on the server, typos allowed; the found person can be picked.
    await page.getByRole('combobox', { name: 'Contactpersoon' }).fill('Sanne Vissr');
    await expect.poll(() => page.getByRole('option').allTextContents()).toEqual(['Sanne Visser (Bakkerij Jansen)']);
    await page.getByRole('option', { name: 'Sanne Visser (Bakkerij Jansen)' }).click();
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Contactpersoon' }).inputValue())
      .toBe('Sanne Visser (Bakkerij Jansen)');
    await expect.poll(async () => page.getByRole('button', { name: 'Iemand aanmelden' }).isEnabled()).toBe(true);
    await page.getByRole('combobox', { name: 'Contactpersoon' }).clear();
    await page.keyboard.press('Escape');
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

  test('candidates registered for a matchmaking meeting are checked in on the phone too, in their own group', async () => {
    const { page } = coord;
    const request = page.context().request;
    const created = await request.post(`${server.url}/api/networks/${networkId}/candidates`, {
      data: {
        firstName: 'Samira',
        place: 'Zwolle',
        wishes: 'Magazijn',
        hoursPerWeek: 20,
        referredBy: 'wsp',
        targetGroupRegister: 'yes',
        targetGroupRegisterOn: '2026-01-10',
        consent: { givenOn: '2026-01-10', validUntil: null, shareWithProposedEmployers: ['firstName'] },
      },
      headers: writeHeaders,
    });
    expect(created.status(), await created.text()).toBe(201);
    const candidateId = ((await created.json()) as { id: string }).id;
    const planned = await request.post(`${server.url}/api/networks/${networkId}/activities`, {
      data: {
        workForm: 'matchmaking',
        title: 'Matchmaking magazijnwerk',
        initiatorKind: 'coordinator',
        // Four months ahead: another quarter than the one the quarter view below counts.
        startsAt: new Date(Date.now() + 120 * 24 * 3_600_000).toISOString(),
        endsAt: new Date(Date.now() + (120 * 24 + 2) * 3_600_000).toISOString(),
        location: 'Stadhuis Zwolle',
      },
      headers: writeHeaders,
    });
    expect(planned.status(), await planned.text()).toBe(201);
    const matchmakingId = ((await planned.json()) as { id: string }).id;
    const registered = await request.post(
      `${server.url}/api/networks/${networkId}/activities/${matchmakingId}/candidate-registrations`,
      { data: { candidateId }, headers: writeHeaders },
    );
    expect(registered.status(), await registered.text()).toBe(201);
    await page.setViewportSize(phoneViewport);
    await page.goto(`${server.url}/n/${networkId}/agenda/${matchmakingId}/aanwezigheid`);
    await page.getByRole('heading', { level: 2, name: 'Kandidaten' }).waitFor();
    await page.getByTestId('candidates-present-count').filter({ hasText: '0 van 1 kandidaten aanwezig' }).waitFor();
    const row = page.getByTestId('candidate-check-in-row').filter({ hasText: 'Samira' });
    await row.click();
    await page.getByTestId('candidates-present-count').filter({ hasText: '1 van 1 kandidaten aanwezig' }).waitFor();
    expect(await row.getAttribute('aria-pressed')).toBe('true');
    await expectNoSeriousAxeViolations(page, 'aanwezigheid kandidaten (telefoon)');
    await screenshot(page, 'aanwezigheid-kandidaten-telefoon');
    // The activity page counts the candidate as present as well.
    await page.setViewportSize(desktopViewport);
    await page.goto(`${server.url}/n/${networkId}/agenda/${matchmakingId}`);
    await page.getByTestId('candidate-places').filter({ hasText: '1 aangemeld, 1 aanwezig' }).waitFor();
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
    await page.getByText(/1 beoordeling, gemiddeld 5,0; hielp bij de behoefte volgens 1 van 1/).waitFor();
    await page.goto(`${server.url}/n/${networkId}/behoeften`);
    await page.getByRole('button', { name: `Uitkomst vastleggen: ${needTitle}` }).click();
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

  test('the coordinator opens the organisation: history, duplicate warning, stale edit, contacts', async () => {
    const { page } = coord;
    const request = page.context().request;
    const other = await request.post(`${server.url}/api/networks/${networkId}/organisations`, {
      data: { kind: 'employer', name: 'Banketbakkerij Smit', kvkNumber: '87654321', city: 'Kampen' },
      headers: writeHeaders,
    });
    expect(other.status()).toBe(201);
    await page.goto(`${server.url}/n/${networkId}/leden`);
    await page.getByTestId('organisations-table').getByRole('link', { name: 'Bakkerij Jansen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bakkerij Jansen' }).waitFor();
    await page.getByRole('cell', { name: needTitle }).waitFor();
    await page.getByRole('cell', { name: activityTitle }).waitFor();
    await expectNoSeriousAxeViolations(page, 'organisatie');
    await screenshot(page, 'organisatie-detail');

    // Same KvK number as another organisation: a warning before saving, with a link to it.
    const form = page.getByRole('form', { name: 'Gegevens' });
    await field(form, 'KvK-nummer').fill('8765 4321');
    await form.getByRole('button', { name: 'Opslaan', exact: true }).click();
    const warning = page.getByTestId('duplicate-warning');
    await warning.getByRole('link', { name: 'Banketbakkerij Smit' }).waitFor();
    await expectNoSeriousAxeViolations(page, 'dubbele organisatie');
    await screenshot(page, 'organisatie-dubbel');
    await field(form, 'KvK-nummer').fill('12345678');

    // Someone else saved meanwhile: a clear 409 message, nothing overwritten.
    const id = new URL(page.url()).pathname.split('/').pop()!;
    const meanwhile = await request.put(`${server.url}/api/networks/${networkId}/organisations/${id}`, {
      data: {
        kind: 'employer',
        name: 'Bakkerij Jansen',
        kvkNumber: '12345678',
        postcode: '8011 AB',
        city: 'Zwolle',
        version: 1,
      },
      headers: writeHeaders,
    });
    expect(meanwhile.status(), await meanwhile.text()).toBe(200);
    await field(form, 'Plaats').fill('Kampen');
    await form.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page
      .getByTestId('form-error-summary')
      .getByText(/Iemand anders heeft dit intussen gewijzigd/)
      .waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Bakkerij Jansen' }).waitFor();
    await expect.poll(() => field(page.getByRole('form', { name: 'Gegevens' }), 'Plaats').inputValue()).toBe('Zwolle');

    // A contact person is added with a function, then removed after a confirmation.
    await page.getByRole('button', { name: 'Contactpersoon toevoegen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Contactpersoon toevoegen' });
    await field(dialog, 'Naam').fill('Sanne Smit');
    await field(dialog, 'Functie').fill('HR-adviseur');
    await dialog.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByTestId('contacts-table').getByRole('cell', { name: 'HR-adviseur' }).waitFor();
    await page.getByRole('button', { name: 'Sanne Smit verwijderen' }).click();
    const confirm = page.getByRole('dialog', { name: 'Sanne Smit verwijderen' });
    await confirm.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await page.getByText('De contactpersoon is verwijderd.').waitFor();
    await expect.poll(() => page.getByTestId('contacts-table').getByText('Sanne Smit').count()).toBe(0);

    // Records depend on it: deleting is refused with the reason.
    await page.getByRole('button', { name: 'Organisatie verwijderen' }).click();
    await page
      .getByRole('dialog', { name: 'Organisatie verwijderen' })
      .getByRole('button', { name: 'Ja, verwijderen' })
      .click();
    // On failure the poll shows what the page says instead.
    await expect
      .poll(
        async () =>
          (await page.getByTestId('delete-error').count())
            ? await page.getByTestId('delete-error').innerText()
            : (await page.locator('main').innerText()).slice(0, 400),
        { timeout: 40_000 },
      )
      .toMatch(/kan niet worden verwijderd: er hangen gegevens aan \(1 behoeften/);
  });

  test('the membership pipeline: a board by status, a move by the rules, ending asks a reason; usable on a phone', async () => {
    const { page } = coord;
    await page.goto(`${server.url}/n/${networkId}/leden/lidmaatschappen`);
    const prospect = page.getByRole('region', { name: 'Prospect' });
    await prospect.getByRole('link', { name: 'Bakkerij Jansen' }).waitFor();
    await prospect.getByRole('combobox', { name: 'Volgende stap voor Bakkerij Jansen' }).click();
    await page.getByRole('option', { name: 'Aangemeld' }).click();
    await prospect.getByRole('button', { name: 'Verplaatsen: Bakkerij Jansen' }).click();
    await page.getByText('Bakkerij Jansen staat nu op Aangemeld.').waitFor();
    const applied = page.getByRole('region', { name: 'Aangemeld' });
    await applied.getByRole('link', { name: 'Bakkerij Jansen' }).waitFor();
    await expectNoSeriousAxeViolations(page, 'lidmaatschappen');
    await screenshot(page, 'lidmaatschappen-bord');

    await prospect.getByRole('combobox', { name: 'Volgende stap voor Banketbakkerij Smit' }).click();
    await page.getByRole('option', { name: 'Beëindigd' }).click();
    await prospect.getByRole('button', { name: 'Verplaatsen: Banketbakkerij Smit' }).click();
    const reason = page.getByRole('dialog', { name: 'Lidmaatschap van Banketbakkerij Smit beëindigen' });
    await field(reason, 'Reden van beëindigen').fill('Dubbel ingevoerd');
    await reason.getByRole('button', { name: 'Verplaatsen' }).click();
    await page.getByRole('region', { name: 'Beëindigd' }).getByText('Dubbel ingevoerd').waitFor();

    await page.getByText('Lijst', { exact: true }).click();
    await page.getByTestId('pipeline-table').getByRole('link', { name: 'Bakkerij Jansen' }).waitFor();
    await page.setViewportSize(phoneViewport);
    await page.getByText('Per status', { exact: true }).click();
    await page.getByRole('region', { name: 'Aangemeld' }).getByRole('link', { name: 'Bakkerij Jansen' }).waitFor();
    await expectNoSeriousAxeViolations(page, 'lidmaatschappen (telefoon)');
    await screenshot(page, 'lidmaatschappen-telefoon');
    await page.setViewportSize(desktopViewport);
  });

  test("a year's contribution is saved from the version on screen; one changed meanwhile gets the stale message", async () => {
    const { page } = coord;
    const request = page.context().request;
    const year = new Date().getFullYear();
    await page.goto(`${server.url}/n/${networkId}/leden`);
    await page.getByTestId('organisations-table').getByRole('link', { name: 'Bakkerij Jansen' }).click();
    const form = page.getByRole('form', { name: `Bijdrage en ambitie ${year}` });
    await field(form, 'Bijdrage in geld (euro)').fill('250');
    // No figures for this year yet: the form sends version 0 and creates them.
    await form.getByRole('button', { name: 'Bijdrage opslaan' }).click();
    await page.getByText('De bijdrage is opgeslagen.').first().waitFor();
    const orgId = new URL(page.url()).pathname.split('/').pop()!;
    const figures = async () =>
      (
        (await (await request.get(`${server.url}/api/networks/${networkId}/organisations/${orgId}`)).json()) as {
          membership: { years: { year: number; contributionCents: number | null; version: number }[] };
        }
      ).membership.years.find((y) => y.year === year);
    await expect.poll(async () => (await figures())?.contributionCents).toBe(25_000);
    const version = (await figures())!.version;
    // Someone else changes the year meanwhile; this screen still holds the version before that.
    const meanwhile = await request.put(
      `${server.url}/api/networks/${networkId}/organisations/${orgId}/membership/years/${year}`,
      {
        data: {
          contributionCents: 30_000,
          contributionInKind: null,
          invoiceStatus: 'invoiced',
          ambitionJobs: null,
          realisedJobs: null,
          version,
        },
        headers: writeHeaders,
      },
    );
    expect(meanwhile.status(), await meanwhile.text()).toBe(200);
    const again = page.getByRole('form', { name: `Bijdrage en ambitie ${year}` });
    await field(again, 'Bijdrage in geld (euro)').fill('999');
    await again.getByRole('button', { name: 'Bijdrage opslaan' }).click();
    await again
      .getByRole('alert')
      .filter({ hasText: /Iemand anders heeft dit intussen gewijzigd/ })
      .waitFor();
    expect((await figures())?.contributionCents).toBe(30_000);
    await expectNoSeriousAxeViolations(page, 'bijdrage verouderd');
  });

  test('a quarter view for a funder: totals of what is planned, no names', async () => {
    const { page } = coord;
    await page.goto(`${server.url}/n/${networkId}/agenda?weergave=kwartaal`);
    const quarter = page.getByTestId('quarter-view');
    await quarter.getByText('1 activiteit, 12 plaatsen, voor 1 behoefte').waitFor();
    await quarter.getByRole('rowheader', { name: 'Werkbezoek' }).waitFor();
    expect(await quarter.getByText(activityTitle).count()).toBe(0);
    await expectNoSeriousAxeViolations(page, 'agenda per kwartaal');
    await screenshot(page, 'agenda-kwartaal');
  });
});
