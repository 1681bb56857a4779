// Two networks in one installation working together, in Chromium: an activity co-organised by 99van Zwolle and 99van
// Deventer appears in both agendas and takes a registration from each; a referral without consent is refused with a clear
// message, and with consent it arrives in Deventer with only the consented fields. Every screen is checked with axe.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeSummary, expectNoSeriousAxeViolations } from './support/axe.js';
import { launchBrowser, type BrowserSession } from './support/browser.js';
import { readLinkFromOutbox } from './support/outbox.js';
import { screenshot } from './support/screenshot.js';
import { skipAfterFirstFailure } from './support/sequence.js';
import { startTestServer, type TestServer } from './support/server.js';
import { field, loginViaApi, setupViaApi } from './support/ui.js';

const admin = { name: 'Carla Koster', email: 'carla@netwerk.example', password: 'zeven zwanen zwemmen zuidwaarts' };

let server: TestServer;
let browser: BrowserSession;
let zwolle = '';
let deventer = '';
let candidateId = '';

async function apiPost(page: Page, path: string, data: unknown) {
  const res = await page.context().request.post(`${server.url}${path}`, {
    data,
    headers: { 'x-requested-with': 'netwerkregie' },
  });
  if (res.status() >= 300) throw new Error(`POST ${path}: ${res.status()} ${await res.text()}`);
  return (await res.json()) as { id: string };
}

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  console.log(axeSummary());
  await browser?.close();
  await server?.stop();
});

describe('partners and networks working together', () => {
  skipAfterFirstFailure();

  test('a co-organised activity appears in both agendas and takes registrations from both', async () => {
    const { page } = browser;
    zwolle = await setupViaApi(page, server.url, { admin, network: { name: '99van Zwolle', region: 'IJsselland' } });
    deventer = (await apiPost(page, '/api/admin/networks', { name: '99van Deventer' })).id;
    const startsAt = new Date(Date.now() + 14 * 24 * 3600 * 1000);
    const activity = await apiPost(page, `/api/networks/${zwolle}/activities`, {
      workForm: 'knowledge_session',
      title: 'Regionaal werkgeversontbijt',
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 2 * 3600 * 1000).toISOString(),
      location: 'Stadhuis Zwolle',
      initiatorKind: 'coordinator',
      capacity: 40,
    });
    expect(activity.id).toBeTruthy();

    // Record Deventer as a partner network with the agreement, on the screen.
    await page.goto(`${server.url}/n/${zwolle}/samenwerken`);
    await field(page, 'Naam').fill('99van Deventer');
    await page.getByRole('combobox', { name: /^Partnernetwerk in deze installatie/ }).click();
    await page.getByRole('option', { name: '99van Deventer' }).click();
    await field(page, 'Afspraak').fill('Gezamenlijke ontbijten en doorverwijzen van kandidaten');
    await field(page, 'Sinds').fill('2026-01-01');
    await field(page, 'Naam contactpersoon').fill('Jan Jansen');
    await page.getByLabel(/^Documenten/).fill('Samenwerkingsovereenkomst 2026.pdf');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Partner vastgelegd.').waitFor();

    // Organise it together, on the screen: pick the activity and the partner network.
    await page.goto(`${server.url}/n/${zwolle}/samenwerken?tab=delen`);
    await page
      .getByRole('combobox', { name: /^Activiteit/ })
      .first()
      .click();
    await page.getByRole('option', { name: /Regionaal werkgeversontbijt/ }).click();
    await page
      .getByRole('combobox', { name: /^Met partnernetwerk/ })
      .first()
      .click();
    await page.getByRole('option', { name: '99van Deventer' }).click();
    await page.getByRole('button', { name: 'Activiteit delen' }).click();
    await page.getByRole('status').filter({ hasText: 'staat nu ook in de agenda van het partnernetwerk' }).waitFor();

    await page.goto(`${server.url}/n/${zwolle}/samenwerken`);
    await page.getByRole('cell', { name: 'Samenwerkingsovereenkomst 2026.pdf' }).waitFor();
    await expectNoSeriousAxeViolations(page, 'partners');
    await screenshot(page, 'samenwerken-partners');

    await page.goto(`${server.url}/n/${zwolle}/samenwerken?tab=agenda`);
    const rowZwolle = page.getByTestId('co-agenda').getByRole('row', { name: /Regionaal werkgeversontbijt/ });
    await rowZwolle.waitFor();
    expect(await rowZwolle.textContent()).toContain('99van Deventer');
    await rowZwolle.getByRole('button', { name: /Aanmelden/ }).click();
    await rowZwolle.getByText('Aangemeld').waitFor();
    expect(await rowZwolle.getByTestId('registrations').textContent()).toBe('1');

    await page.goto(`${server.url}/n/${deventer}/samenwerken?tab=agenda`);
    const rowDeventer = page.getByTestId('co-agenda').getByRole('row', { name: /Regionaal werkgeversontbijt/ });
    await rowDeventer.waitFor();
    expect(await rowDeventer.textContent()).toContain('99van Zwolle');
    await rowDeventer.getByRole('button', { name: /Aanmelden/ }).click();
    await rowDeventer.getByText('Aangemeld').waitFor();
    expect(await rowDeventer.getByTestId('registrations').textContent()).toBe('2');
    await expectNoSeriousAxeViolations(page, 'gezamenlijke agenda');
    await screenshot(page, 'samenwerken-agenda');
  });

  test('a referral without consent is refused; with consent only the consented fields arrive', async () => {
    const { page } = browser;
    candidateId = (
      await apiPost(page, `/api/networks/${zwolle}/candidates`, {
        firstName: 'Samira',
        email: 'samira@voorbeeld.example',
        phone: '0612345678',
        place: 'Zwolle',
        wishes: 'Werk in de zorg',
        consent: { givenOn: '2026-01-10' },
      })
    ).id;
    await page.goto(`${server.url}/n/${zwolle}/samenwerken?tab=doorverwijzen`);
    await page.getByRole('combobox', { name: /^Kandidaat/ }).click();
    await page.getByRole('option').first().click();
    await page.getByRole('combobox', { name: /^Naar netwerk/ }).click();
    await page.getByRole('option', { name: '99van Deventer' }).click();
    await page.getByRole('button', { name: 'Doorverwijzen' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'Doorverwijzen kan niet' });
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain(
      'geen (geldige) toestemming gegeven om gegevens te delen met 99van Deventer',
    );
    await expectNoSeriousAxeViolations(page, 'doorverwijzen geweigerd');
    await screenshot(page, 'doorverwijzen-geweigerd');

    await apiPost(page, `/api/networks/${zwolle}/candidates/${candidateId}/consents`, {
      recipient: 'other_network',
      otherNetworkName: '99van Deventer',
      fields: ['firstName', 'wishes'],
      givenOn: '2026-01-10',
    });
    await page.getByRole('button', { name: 'Doorverwijzen' }).click();
    await page.getByRole('status').filter({ hasText: 'Doorverwezen met de velden: firstName, wishes' }).waitFor();

    await page.goto(`${server.url}/n/${deventer}/samenwerken?tab=ontvangen`);
    const table = page.getByTestId('incoming-referrals');
    await table.waitFor();
    const text = (await table.textContent()) ?? '';
    expect(text).toContain('99van Zwolle');
    expect(text).toContain('firstName: Samira');
    expect(text).toContain('wishes: Werk in de zorg');
    expect(text).not.toContain('samira@voorbeeld.example');
    expect(text).not.toContain('0612345678');
    await expectNoSeriousAxeViolations(page, 'ontvangen doorverwijzingen');
    await screenshot(page, 'doorverwijzing-ontvangen');
  });

  test('a newsletter goes out with progress, and its unsubscribe link works', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/n/${zwolle}/mailings`);
    await page.getByRole('combobox', { name: 'Doelgroep' }).click();
    await page.getByRole('option', { name: 'Mensen met een rol' }).click();
    await page.getByRole('combobox', { name: 'Rol' }).click();
    await page.getByRole('option', { name: 'Netwerkcoördinator' }).click();
    await page.getByRole('button', { name: 'Bereik bekijken' }).click();
    await page.getByRole('status').filter({ hasText: '1 ontvangers (0 afgemeld)' }).waitFor();
    await field(page, 'Onderwerp').fill('Nieuwsbrief december');
    await field(page, 'Tekst').fill('Het ontbijt met Deventer was een succes: veertig werkgevers.');
    await expectNoSeriousAxeViolations(page, 'mailings');
    await screenshot(page, 'mailings-opstellen');
    await page.getByRole('button', { name: 'Versturen' }).click();
    await page.getByText('Het bericht wordt verstuurd aan 1 ontvangers.').waitFor();
    await page.getByRole('cell', { name: '1 van 1 verzonden' }).waitFor({ timeout: 30_000 });
    await screenshot(page, 'mailings-voortgang');

    // An invitation needs an activity; the template carries its title, the audience can be its attendees.
    await page.getByRole('combobox', { name: 'Soort bericht' }).click();
    await page.getByRole('option', { name: 'Uitnodiging' }).click();
    await page.getByRole('combobox', { name: /^Activiteit/ }).click();
    await page.getByRole('option', { name: /Regionaal werkgeversontbijt/ }).click();
    await page.getByRole('combobox', { name: 'Doelgroep' }).click();
    await page.getByRole('option', { name: 'Aangemelden van een activiteit' }).click();
    await page.getByRole('button', { name: 'Sjabloon gebruiken' }).click();
    await expect
      .poll(() => field(page, 'Onderwerp').inputValue())
      .toContain('Uitnodiging: Regionaal werkgeversontbijt');
    await page.getByRole('button', { name: 'Bereik bekijken' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /\d+ ontvangers/ })
      .waitFor();
    await expectNoSeriousAxeViolations(page, 'uitnodiging opstellen');
    await screenshot(page, 'mailings-uitnodiging');

    const { path } = await readLinkFromOutbox(page.context().request, server.url, {
      to: admin.email,
      kind: 'mailing_newsletter',
      linkPart: '/afmelden/',
    });
    await page.goto(`${server.url}${path}`);
    await page.getByText('Wilt u geen nieuwsbrief meer ontvangen van 99van Zwolle').waitFor();
    await expectNoSeriousAxeViolations(page, 'afmelden');
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.getByRole('status').filter({ hasText: 'U bent afgemeld' }).waitFor();
    await screenshot(page, 'afmelden');
  });
  test('a work opportunity shared with a partner network appears there, searchable', async () => {
    const { page } = browser;
    const org = await apiPost(page, `/api/networks/${zwolle}/organisations`, {
      kind: 'employer',
      name: 'Bakkerij De Korenschoof',
    });
    await apiPost(page, `/api/networks/${zwolle}/opportunities`, {
      organisationId: org.id,
      title: 'Medewerker bakkerij',
      kind: 'regular',
      hoursPerWeek: 20,
      place: 'Zwolle',
    });
    await page.goto(`${server.url}/n/${zwolle}/samenwerken?tab=delen`);
    await page.getByRole('combobox', { name: /^Werkplek/ }).click();
    await page.getByRole('option', { name: /Medewerker bakkerij/ }).click();
    await page
      .getByRole('combobox', { name: /^Met partnernetwerk/ })
      .nth(1)
      .click();
    await page.getByRole('option', { name: '99van Deventer' }).click();
    await page.getByRole('button', { name: 'Werkplek delen' }).click();
    await page.getByRole('status').filter({ hasText: 'De werkplek is gedeeld met het partnernetwerk' }).waitFor();
    await expectNoSeriousAxeViolations(page, 'delen');
    await screenshot(page, 'samenwerken-delen');

    await page.goto(`${server.url}/n/${deventer}/samenwerken?tab=delen`);
    const table = page.getByTestId('shared-opportunities');
    await table.getByRole('row', { name: /Medewerker bakkerij/ }).waitFor();
    expect(await table.textContent()).toContain('Bakkerij De Korenschoof');
    await field(page, 'Zoeken op titel, netwerk, werkgever of plaats').fill('magazijn');
    await page.getByText('Geen werkplekken gedeeld door andere netwerken.').waitFor();
    await field(page, 'Zoeken op titel, netwerk, werkgever of plaats').fill('bakker');
    await table.getByRole('row', { name: /Medewerker bakkerij/ }).waitFor();
    await expectNoSeriousAxeViolations(page, 'gedeelde werkplekken');
    // The list is at the foot of the tab: bring it, with its search, into the middle of the picture for the guide.
    await table.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await screenshot(page, 'samenwerken-gedeelde-werkplekken');
  });

  test("a partner's person sees only the joint activity and the referral meant for their partner", async () => {
    const { page } = browser;
    const org = await apiPost(page, `/api/networks/${zwolle}/organisations`, {
      kind: 'jobcoach_provider',
      name: 'Jobcoach Oost',
    });
    await apiPost(page, `/api/networks/${zwolle}/partners`, {
      name: 'Jobcoach Oost',
      kind: 'jobcoach_provider',
      organisationId: org.id,
      agreement: 'Begeleiding van kandidaten op de werkplek',
    });
    // Link the partner to the joint activity, on the screen.
    await page.goto(`${server.url}/n/${zwolle}/samenwerken?tab=delen`);
    await page.getByRole('combobox', { name: /^Partner/ }).click();
    await page.getByRole('option', { name: 'Jobcoach Oost' }).click();
    await page
      .getByRole('combobox', { name: /^Activiteit/ })
      .nth(1)
      .click();
    await page.getByRole('option', { name: /Regionaal werkgeversontbijt/ }).click();
    await page.getByRole('button', { name: 'Koppelen' }).click();
    await page.getByRole('status').filter({ hasText: 'De partner is gekoppeld aan de activiteit' }).waitFor();

    // Samira consents to sharing her first name and place with Jobcoach Oost; refer her there.
    await apiPost(page, `/api/networks/${zwolle}/candidates/${candidateId}/consents`, {
      recipient: 'employer',
      organisationId: org.id,
      fields: ['firstName', 'place'],
      givenOn: '2026-01-10',
    });
    await page.goto(`${server.url}/n/${zwolle}/samenwerken?tab=doorverwijzen`);
    await page.getByRole('combobox', { name: /^Kandidaat/ }).click();
    await page.getByRole('option').first().click();
    await page.getByRole('combobox', { name: /^Of naar partner/ }).click();
    await page.getByRole('option', { name: 'Jobcoach Oost' }).click();
    await field(page, 'Toelichting (optioneel)').fill('Graag een kennismaking plannen.');
    await page.getByRole('button', { name: 'Doorverwijzen' }).click();
    await page.getByRole('status').filter({ hasText: 'Doorverwezen met de velden: firstName, place' }).waitFor();

    // Petra of Jobcoach Oost gets the partner role and signs in from her own browser.
    await apiPost(page, `/api/networks/${zwolle}/organisations/${org.id}/contacts`, {
      name: 'Petra Coach',
      email: 'petra@jobcoach.example',
    });
    await apiPost(page, `/api/networks/${zwolle}/invitations`, {
      name: 'Petra Coach',
      email: 'petra@jobcoach.example',
      role: 'partner',
    });
    const { path } = await readLinkFromOutbox(page.context().request, server.url, {
      to: 'petra@jobcoach.example',
      kind: 'invitation',
      linkPart: '/uitnodiging/',
    });
    const token = path.split('/').pop()!;
    const petra = await launchBrowser();
    try {
      const accepted = await petra.page.context().request.post(`${server.url}/api/invitations/${token}/accept`, {
        data: { password: 'petra heeft een lang wachtwoord' },
        headers: { 'x-requested-with': 'netwerkregie' },
      });
      expect(accepted.status(), await accepted.text()).toBe(200);
      await loginViaApi(petra.page, server.url, {
        email: 'petra@jobcoach.example',
        password: 'petra heeft een lang wachtwoord',
      });
      await petra.page.goto(`${server.url}/n/${zwolle}/samenwerken`);
      const view = petra.page.getByTestId('partner-view');
      await view.waitFor({ timeout: 20_000 });
      const text = (await view.textContent()) ?? '';
      expect(text).toContain('Partner: Jobcoach Oost');
      expect(text).toContain('Regionaal werkgeversontbijt');
      expect(text).toContain('firstName: Samira');
      expect(text).toContain('place: Zwolle');
      expect(text).toContain('Graag een kennismaking plannen.');
      expect(text).not.toContain('wishes');
      expect(text).not.toContain('samira@voorbeeld.example');
      // Nothing else: no partner list, no referring, no exchange.
      expect(await petra.page.getByRole('tab', { name: 'Partners' }).count()).toBe(0);
      expect(await petra.page.getByRole('tab', { name: 'Doorverwijzen' }).count()).toBe(0);
      expect(await petra.page.getByRole('tab', { name: 'Uitwisselen' }).count()).toBe(0);
      await expectNoSeriousAxeViolations(petra.page, 'partnerweergave');
      await screenshot(petra.page, 'samenwerken-partnerweergave');
    } finally {
      await petra.close();
    }
  });

  test('news is written on the screen and appears in the portal list', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/n/${zwolle}/samenwerken?tab=nieuws`);
    await page.getByRole('combobox', { name: 'Soort bericht' }).click();
    await page.getByRole('option', { name: 'Behoefte beantwoord' }).click();
    await field(page, 'Titel').fill('Vijf werkgevers vonden samen een jobcoach');
    await field(page, 'Tekst').fill('Na het ontbijt met Deventer delen vijf bedrijven één jobcoach.');
    await page.getByRole('button', { name: 'Plaatsen' }).click();
    await page.getByRole('status').filter({ hasText: 'Het bericht staat in het portaal.' }).waitFor();
    const list = page.getByTestId('news-list');
    await list.getByRole('heading', { name: 'Vijf werkgevers vonden samen een jobcoach' }).waitFor();
    expect(await list.textContent()).toContain('Behoefte beantwoord');
    await expectNoSeriousAxeViolations(page, 'nieuws');
    await screenshot(page, 'samenwerken-nieuws');
  });

  test('a malformed exchange file is refused whole with a report; a good one is imported and exported again', async () => {
    const { page } = browser;
    const count = async () => {
      const res = await page.context().request.get(`${server.url}/api/networks/${zwolle}/exchange/job-seekers`);
      return ((await res.json()) as { items: { identifier: string }[] }).items;
    };
    const before = (await count()).length;
    const bad = {
      format: 'netwerkregie-exchange',
      version: '1.0',
      kind: 'job_seekers',
      items: [
        { identifier: 'D-001', hoursPerWeek: 24, consentOwnNetworkGivenOn: '2026-02-01' },
        { identifier: 'D-002', hoursPerWeek: 99, consentOwnNetworkGivenOn: '2026-02-01' },
        { identifier: 'D-003', email: 'geheim@voorbeeld.example' },
      ],
    };
    await page.goto(`${server.url}/n/${zwolle}/samenwerken?tab=uitwisselen`);
    await page.locator('input[type="file"]').setInputFiles({
      name: 'werkzoekenden-deventer.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    await page.getByRole('button', { name: 'Bestand inlezen' }).click();
    await page.getByRole('alert').filter({ hasText: 'Er is niets opgeslagen' }).waitFor();
    const report = page.getByTestId('exchange-report');
    const rows = report.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(3);
    const reportText = (await report.textContent()) ?? '';
    expect(reportText).toContain('hoursPerWeek');
    expect(reportText).toContain('consentOwnNetworkGivenOn');
    expect(reportText).toContain('email');
    expect(await rows.first().locator('td').first().textContent()).toMatch(/^[23]$/);
    expect((await count()).length).toBe(before);
    await expectNoSeriousAxeViolations(page, 'uitwisselen rapport');
    await screenshot(page, 'uitwisselen-rapport');

    const good = {
      ...bad,
      items: [
        { identifier: 'D-001', hoursPerWeek: 24, consentOwnNetworkGivenOn: '2026-02-01' },
        {
          identifier: 'D-002',
          hoursPerWeek: 32,
          desiredOccupation: 'Logistiek',
          consentOwnNetworkGivenOn: '2026-02-01',
        },
      ],
    };
    await page.locator('input[type="file"]').setInputFiles({
      name: 'werkzoekenden-deventer.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(good)),
    });
    await page.getByRole('button', { name: 'Bestand inlezen' }).click();
    await page.getByRole('status').filter({ hasText: '2 werkzoekendeprofielen ingelezen.' }).waitFor();
    expect(await page.getByTestId('exchange-report').count()).toBe(0);
    const exported = (await count()).map((i) => i.identifier);
    expect(exported).toEqual(expect.arrayContaining(['D-001', 'D-002']));
    expect(exported.length).toBe(before + 2);
    const href = await page.getByRole('link', { name: 'Werkzoekendeprofielen downloaden (JSON)' }).getAttribute('href');
    expect(href).toBe(`/api/networks/${zwolle}/exchange/job-seekers`);
    await screenshot(page, 'uitwisselen');
  });
});
