// Candidates and placements in a real Chromium: the coordinator registers a candidate with consent (a BSN is refused first),
// adds an opportunity, finds the candidate as the best match and proposes them; the employer's contact sees only the fields
// the candidate consented to share; the placement is recorded at 20 hours and counts as 0.78 banen; the 3-month check-in
// reminder appears when the clock is moved (the `nu` parameter, honoured only in a test environment). axe runs on every
// screen; the screenshots feed docs/handleiding/kandidaten-en-plaatsingen.md.
import fs from 'node:fs';
import Papa from 'papaparse';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addDays, addMonths } from '../src/core/candidates/dates.js';
import { todayInAmsterdam } from '../src/core/calendar.js';
import { axeSummary, expectNoSeriousAxeViolations } from './support/axe.js';
import { launchBrowser, phoneViewport, desktopViewport, type BrowserSession } from './support/browser.js';
import { readLinkFromOutbox } from './support/outbox.js';
import { screenshot } from './support/screenshot.js';
import { skipAfterFirstFailure } from './support/sequence.js';
import { startTestServer, type TestServer } from './support/server.js';
import { addEmployerWithAccount, field, setupViaApi } from './support/ui.js';

const coordinator = {
  name: 'Carla Koster',
  email: 'carla@netwerk.example',
  password: 'zeven zwanen zwemmen zuidwaarts',
};
const employer = {
  name: 'Eva de Bakker',
  email: 'eva@bakkerij-jansen.example',
  password: 'brood en banket elke ochtend',
};
const headers = { 'x-requested-with': 'netwerkregie' };

/** A text box by its exact label (the registration form also has checkboxes named after the shareable fields). */
const textbox = (scope: Page | Locator, label: string) =>
  scope.getByRole('textbox', { name: new RegExp(`^${label.replace(/[()]/g, '\\$&')}(\\s*\\*)?$`) });

let server: TestServer;
let coordinatorBrowser: BrowserSession;
let employerBrowser: BrowserSession;
let networkId = '';
let candidateCode = '';
const today = todayInAmsterdam(new Date());

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

describe('candidates and placements', () => {
  skipAfterFirstFailure();

  test('set-up: a network, a member employer with a contact who accepts an invitation', async () => {
    const { page } = coordinatorBrowser;
    networkId = await setupViaApi(page, server.url, {
      admin: coordinator,
      network: { name: '99van Zwolle', region: 'Zwolle' },
    });
    await addEmployerWithAccount(page, employerBrowser.page, server.url, networkId, {
      organisation: 'Bakkerij Jansen',
      ...employer,
    });
  });

  test('the coordinator registers a candidate with consent; a BSN in any text is refused with the reason', async () => {
    const { page } = coordinatorBrowser;
    await page.goto(`${server.url}/n/${networkId}`);
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Kandidaten', exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Kandidaten en plaatsingen' }).waitFor();
    await page.getByText('Nog geen kandidaten.').waitFor();
    await expectNoSeriousAxeViolations(page, 'kandidaten (leeg)');
    await page.getByTestId('new-candidate').click();
    await page.getByRole('heading', { level: 1, name: 'Kandidaat aanmelden' }).waitFor();
    await textbox(page, 'Voornaam of voorletters').fill('Sanne');
    await textbox(page, 'Woonplaats').fill('Zwolle');
    await textbox(page, 'E-mailadres').fill('sanne@voorbeeld.nl');
    await textbox(page, 'Telefoonnummer').fill('06 12345678');
    await textbox(page, 'Postcodegebied (4 cijfers)').fill('8011');
    await textbox(page, 'Uren per week').fill('20');
    await textbox(page, 'Werkwensen').fill('Magazijn of inpakken, BSN 123456782');
    await page.getByRole('combobox', { name: 'Doelgroepregister' }).click();
    await page.getByRole('option', { name: 'Ja' }).click();
    await textbox(page, 'Doelgroepregister per datum').fill(today);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    const summary = page.getByTestId('form-error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('burgerservicenummer (BSN)');
    expect(await summary.textContent()).toContain('Zonder toestemming kan de kandidaat niet worden aangemeld.');
    await expectNoSeriousAxeViolations(page, 'aanmelden met BSN');
    await screenshot(page, 'kandidaat-bsn-geweigerd');

    // An order number is fine; with consent the candidate is registered.
    await textbox(page, 'Werkwensen').fill('Magazijn, orderpicken of inpakken (via bestelling 123456789)');
    await page.getByRole('checkbox', { name: /De kandidaat geeft toestemming/ }).check();
    await screenshot(page, 'kandidaat-aanmelden');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.waitForURL(/\/kandidaten\/[0-9a-f-]{36}$/);
    const heading = page.getByRole('heading', { level: 1 });
    await expect.poll(() => heading.textContent()).toMatch(/^K-\d{4}-0001$/);
    candidateCode = (await heading.textContent()) ?? '';
    expect(await page.getByTestId('candidate-data').textContent()).toContain('sanne@voorbeeld.nl');
    expect(await page.getByTestId('consent-table').textContent()).toContain(
      'Werkgevers aan wie de kandidaat wordt voorgesteld',
    );
    await expectNoSeriousAxeViolations(page, 'kandidaat');
    await screenshot(page, 'kandidaat-detail');
  });

  test('the list shows the pseudonymous code, not the name', async () => {
    const { page } = coordinatorBrowser;
    await page.getByRole('link', { name: 'Terug naar kandidaten' }).click();
    await page.getByTestId('candidate-table').getByRole('link', { name: candidateCode }).waitFor();
    expect(await page.getByTestId('candidate-table').textContent()).not.toContain('Sanne');
    await expectNoSeriousAxeViolations(page, 'kandidaten');
    await screenshot(page, 'kandidaten');
    await page.setViewportSize(phoneViewport);
    await expectNoSeriousAxeViolations(page, 'kandidaten (telefoon)');
    await page.setViewportSize(desktopViewport);
    // A search with a typo still finds the candidate, and while searching the list is sorted by best match.
    await field(page, 'Zoeken op code of woonplaats').fill('Zwole');
    await expect.poll(() => page.getByRole('combobox', { name: 'Sorteren op' }).inputValue()).toBe('Best passend');
    await page.getByTestId('candidate-table').getByRole('link', { name: candidateCode }).waitFor();
    await field(page, 'Zoeken op code of woonplaats').fill('');
    await expect.poll(() => page.getByRole('combobox', { name: 'Sorteren op' }).inputValue()).toBe('Aangemeld');
  });

  test('an opportunity, the ranked candidates with the score breakdown, and a proposal', async () => {
    const { page } = coordinatorBrowser;
    await page.getByRole('tab', { name: 'Werkplekken' }).click();
    await page.getByTestId('new-opportunity').click();
    const dialog = page.getByRole('dialog', { name: 'Werkplek toevoegen' });
    await dialog.waitFor();
    await dialog.getByRole('combobox', { name: 'Werkgever' }).first().click();
    await page.getByRole('option', { name: 'Bakkerij Jansen' }).click();
    await field(dialog, 'Functie of werkplek').fill('Medewerker magazijn');
    await field(dialog, 'Uren per week').fill('20');
    await field(dialog, 'Plaats').fill('Zwolle');
    await textbox(dialog, 'Postcodegebied (4 cijfers)').fill('8013');
    await field(dialog, 'Wat is nodig').fill('Orderpicken en inpakken van brood');
    await expectNoSeriousAxeViolations(page, 'werkplek toevoegen');
    await screenshot(page, 'werkplek-toevoegen');
    await dialog.getByRole('button', { name: 'Werkplek opslaan' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('opportunity-table').getByRole('link', { name: 'Medewerker magazijn' }).click();
    await page.getByRole('heading', { level: 1, name: /Passende kandidaten voor Medewerker magazijn/ }).waitFor();
    const first = page.getByTestId('candidate-match').first();
    expect(await first.textContent()).toContain(candidateCode);
    const text = (await first.textContent()) ?? '';
    for (const part of ['Uren: 25/25', 'Reisafstand:', 'Werkwensen:', 'Beschikbaarheid:', 'Ondersteuning:'])
      expect(text).toContain(part);
    expect(text).not.toContain('Sanne');
    // The common wishes in whole words, not the stems they are compared by ("magazi, orderp").
    expect(text).toContain('gemeenschappelijk: inpakken, magazijn, orderpicken');
    await expectNoSeriousAxeViolations(page, 'matching');
    await screenshot(page, 'matching');
    await first.getByRole('button', { name: `Kandidaat ${candidateCode} voorstellen` }).click();
    await first.getByText('Voorgesteld', { exact: true }).waitFor();
  });

  test("the employer's contact sees the proposal with only the consented fields", async () => {
    const { page } = employerBrowser;
    await page.goto(`${server.url}/n/${networkId}/kandidaten`);
    await page.getByRole('tab', { name: 'Voorgestelde kandidaten' }).waitFor();
    const card = page.getByTestId('employer-proposal');
    await card.waitFor();
    const text = (await card.textContent()) ?? '';
    expect(text).toContain(candidateCode);
    expect(text).toContain('Sanne');
    expect(text).toContain('Medewerker magazijn');
    expect(text).not.toContain('sanne@voorbeeld.nl');
    expect(text).not.toContain('06 12345678');
    expect(await page.getByRole('tab').count()).toBe(1);
    await expectNoSeriousAxeViolations(page, 'voorstellen (werkgever)');
    await screenshot(page, 'werkgever-voorstellen');
    await page.setViewportSize(phoneViewport);
    await expectNoSeriousAxeViolations(page, 'voorstellen (werkgever, telefoon)');
    await page.setViewportSize(desktopViewport);
  });

  test('the coordinator records the placement at 20 hours: 0.78 banen', async () => {
    const { page } = coordinatorBrowser;
    await page.goto(`${server.url}/n/${networkId}/kandidaten?tab=plaatsingen`);
    await page.getByTestId('proposal-table').getByRole('button', { name: 'Plaatsing vastleggen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Plaatsing vastleggen' });
    await dialog.waitFor();
    await field(dialog, 'Uren per week').fill('20');
    await expect
      .poll(() => dialog.getByTestId('jobs-preview').textContent())
      .toBe('Telt als 0,78 banen voor de banenafspraak');
    await dialog.getByRole('checkbox', { name: 'Jobcoach' }).check();
    await dialog.getByRole('checkbox', { name: 'No-riskpolis' }).check();
    await expectNoSeriousAxeViolations(page, 'plaatsing vastleggen');
    await screenshot(page, 'plaatsing-vastleggen');
    await dialog.getByRole('button', { name: 'Plaatsing opslaan' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = page.getByTestId('placement-table').getByRole('row', { name: new RegExp(candidateCode) });
    await row.waitFor();
    expect(await row.textContent()).toContain('0,78');
    expect(await page.getByTestId('placements-total-jobs').textContent()).toBe('Totaal: 0,78 banen');
    await expectNoSeriousAxeViolations(page, 'plaatsingen');
    await screenshot(page, 'plaatsingen');
  });

  test('the placements list searches, sorts and downloads what it shows', async () => {
    const { page } = coordinatorBrowser;
    const search = field(page, 'Zoeken op code of werkgever');
    await search.fill('nergens');
    await page.getByText('Nog geen plaatsingen.').waitFor();
    await search.fill('bakkerij');
    const row = page.getByTestId('placement-table').getByRole('row', { name: new RegExp(candidateCode) });
    await row.waitFor();
    await page.getByRole('combobox', { name: 'Sorteren op' }).click();
    await page.getByRole('option', { name: 'Uren per week' }).click();
    await expect.poll(() => page.getByRole('combobox', { name: 'Sorteren op' }).inputValue()).toBe('Uren per week');
    await row.waitFor();
    await expectNoSeriousAxeViolations(page, 'plaatsingen gezocht en gesorteerd');
    const csvLink = page.getByRole('group', { name: 'Downloaden' }).getByRole('link', { name: 'CSV downloaden' });
    const href = (await csvLink.getAttribute('href')) ?? '';
    expect(href).toContain('search=bakkerij');
    expect(href).toContain('sort=hoursPerWeek');
    const [download] = await Promise.all([page.waitForEvent('download'), csvLink.click()]);
    expect(download.suggestedFilename()).toMatch(/^plaatsingen.*\.csv$/);
    const text = fs.readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const rows = Papa.parse<Record<string, string>>(text, { header: true, delimiter: ';', skipEmptyLines: true }).data;
    expect(rows).toEqual([
      expect.objectContaining({ Kandidaat: candidateCode, Werkgever: 'Bakkerij Jansen', 'Uren per week': '20' }),
    ]);
    await search.fill('');
  });

  test('the 3-month check-in reminder appears when the clock is moved', async () => {
    const { page } = coordinatorBrowser;
    await page.goto(`${server.url}/n/${networkId}/kandidaten?tab=herinneringen`);
    await page.getByTestId('no-reminders').waitFor();
    const dueOn = addMonths(today, 3);
    await page.goto(`${server.url}/n/${networkId}/kandidaten?tab=herinneringen&nu=${addDays(dueOn, -2)}`);
    const row = page.getByTestId('reminder-table').getByRole('row', { name: new RegExp(candidateCode) });
    await row.waitFor();
    expect(await row.textContent()).toContain('Check-in na 3 maanden');
    expect(await row.textContent()).toContain('Bakkerij Jansen');
    await expectNoSeriousAxeViolations(page, 'herinneringen');
    await screenshot(page, 'check-in-herinneringen');
    await row.getByRole('button', { name: `Check-in na 3 maanden vastleggen voor ${candidateCode}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Check-in vastleggen' });
    await field(dialog, 'Notitie').fill('Gaat goed, wil meer uren');
    await dialog.getByRole('button', { name: 'Check-in opslaan' }).click();
    await page.getByTestId('no-reminders').waitFor();
  });

  test('the view log shows that the employer saw the shared fields', async () => {
    const { page } = coordinatorBrowser;
    await page.goto(`${server.url}/n/${networkId}/kandidaten`);
    await page.getByTestId('candidate-table').getByRole('link', { name: candidateCode }).click();
    const log = page.getByTestId('view-log');
    await log.getByText(employer.name).first().waitFor();
    expect(await log.textContent()).toContain('Voornaam, Uren per week, Werkwensen');
    // The action in words, never the audit code.
    const employerRow = log.getByRole('row').filter({ hasText: employer.name }).first();
    expect(await employerRow.textContent()).toContain('Bekeken');
    expect(await log.textContent()).not.toMatch(/candidate\.|referral\.|targetGroupRegisterOn|statusReason/);
    await expectNoSeriousAxeViolations(page, 'kandidaat met inzagelog');
    await log.scrollIntoViewIfNeeded();
    await screenshot(page, 'kandidaat-inzagelog');
  });

  test("the coordinator edits the candidate's data; a BSN is refused at the field", async () => {
    const { page } = coordinatorBrowser;
    await page.getByTestId('edit-candidate').click();
    const form = page.getByTestId('candidate-edit-form');
    await form.waitFor();
    await textbox(form, 'Uren per week').fill('24');
    await textbox(form, 'Werkwensen').fill('Magazijn, BSN 123456782');
    await form.getByRole('button', { name: 'Gegevens opslaan' }).click();
    const wishes = textbox(form, 'Werkwensen');
    await expect.poll(() => wishes.getAttribute('aria-invalid')).toBe('true');
    expect(await form.textContent()).toContain('burgerservicenummer (BSN)');
    await expectNoSeriousAxeViolations(page, 'kandidaat wijzigen (BSN)');
    await textbox(form, 'Werkwensen').fill('Magazijn, orderpicken of inpakken');
    await screenshot(page, 'kandidaat-wijzigen');
    await form.getByRole('button', { name: 'Gegevens opslaan' }).click();
    await form.waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByTestId('candidate-data').textContent()).toContain('24');
  });

  test('the coordinator edits the opportunity and marks it filled', async () => {
    const { page } = coordinatorBrowser;
    await page.goto(`${server.url}/n/${networkId}/kandidaten?tab=werkplekken`);
    await page.getByRole('button', { name: 'Werkplek Medewerker magazijn wijzigen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Werkplek wijzigen' });
    await dialog.waitFor();
    await field(dialog, 'Uren per week').fill('24');
    await dialog.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Vervuld' }).click();
    await expectNoSeriousAxeViolations(page, 'werkplek wijzigen');
    await screenshot(page, 'werkplek-wijzigen');
    await dialog.getByRole('button', { name: 'Werkplek opslaan' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = page.getByTestId('opportunity-table').getByRole('row', { name: /Medewerker magazijn/ });
    await expect.poll(() => row.textContent()).toContain('Vervuld');
  });

  test('the placement shows its check-ins and is ended; the candidate leaves with a reason', async () => {
    const { page } = coordinatorBrowser;
    await page.goto(`${server.url}/n/${networkId}/kandidaten?tab=plaatsingen`);
    await page.getByRole('button', { name: `Plaatsing van ${candidateCode} bij Bakkerij Jansen bekijken` }).click();
    const dialog = page.getByRole('dialog', { name: `Plaatsing van ${candidateCode} bij Bakkerij Jansen` });
    const checkIns = dialog.getByTestId('placement-check-ins');
    await checkIns.waitFor();
    expect(await checkIns.textContent()).toContain('Gaat goed, wil meer uren');
    await dialog.getByRole('combobox', { name: /Reden van beëindiging/ }).click();
    await page.getByRole('option', { name: 'Andere baan' }).click();
    await dialog.getByRole('radio', { name: 'Uitgestroomd' }).check();
    await field(dialog, 'Reden van uitstroom of stoppen').fill('Vaste baan elders gevonden');
    await expectNoSeriousAxeViolations(page, 'plaatsing beëindigen');
    await screenshot(page, 'plaatsing-beeindigen');
    await dialog.getByRole('button', { name: 'Plaatsing beëindigen' }).click();
    await dialog.getByTestId('placement-ended').waitFor();
    expect(await dialog.getByTestId('placement-ended').textContent()).toContain('Andere baan');
    await page.keyboard.press('Escape');
    await page.goto(`${server.url}/n/${networkId}/kandidaten`);
    const row = page.getByTestId('candidate-table').getByRole('row', { name: new RegExp(candidateCode) });
    await expect.poll(() => row.textContent()).toContain('Uitgestroomd');
  });

  test('the settings: retention period with a version, and a retention dry run with a moved clock', async () => {
    const { page } = coordinatorBrowser;
    await page.goto(`${server.url}/n/${networkId}/kandidaten?tab=instellingen&nu=${addMonths(today, 13)}`);
    const form = page.getByTestId('candidate-settings-form');
    await form.waitFor();
    await field(form, 'Bewaartermijn na uitstroom of stoppen (maanden)').fill('12');
    await form.getByRole('button', { name: 'Instellingen opslaan' }).click();
    await page.getByText('De instellingen zijn opgeslagen.').waitFor();
    await page.getByTestId('retention-dry-run').click();
    const result = page.getByTestId('retention-result');
    await result.waitFor();
    expect(await result.textContent()).toContain(candidateCode);
    await expectNoSeriousAxeViolations(page, 'instellingen');
    await screenshot(page, 'kandidaten-instellingen');
  });

  test('an ervaringsdeskundige in the klankbordgroep is linked to the candidate, only after her consent', async () => {
    const { page } = coordinatorBrowser;
    const request = page.context().request;
    // Sanne takes a seat in the klankbordgroep: invited with that role, she accepts (in the other browser).
    const invite = await request.post(`${server.url}/api/networks/${networkId}/invitations`, {
      headers,
      data: { name: 'Sanne Visser', email: 'sanne.visser@voorbeeld.nl', role: 'sounding_board' },
    });
    expect(invite.status(), await invite.text()).toBe(201);
    const link = await readLinkFromOutbox(request, server.url, {
      to: 'sanne.visser@voorbeeld.nl',
      kind: 'invitation',
      linkPart: '/uitnodiging/',
    });
    const accept = await employerBrowser.page
      .context()
      .request.post(`${server.url}/api/invitations/${link.path.split('/uitnodiging/')[1]!}/accept`, {
        headers,
        data: { password: 'ervaring telt mee aan tafel' },
      });
    expect(accept.status(), await accept.text()).toBe(200);

    await page.goto(`${server.url}/n/${networkId}/kandidaten`);
    await page.getByTestId('candidate-table').getByRole('link', { name: candidateCode }).click();
    const card = page.getByRole('heading', { name: 'Ervaringsdeskundige in de klankbordgroep' }).locator('xpath=../..');
    await card.getByText('Leg eerst de toestemming vast').waitFor();
    expect(await card.getByRole('button', { name: 'Koppelen' }).count()).toBe(0);

    // The candidate's consent for the klankbordgroep, then the link.
    await page.getByRole('button', { name: 'Toestemming toevoegen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Toestemming toevoegen' });
    await dialog.getByRole('combobox', { name: 'Met wie' }).click();
    await page.getByRole('option', { name: /De klankbordgroep/ }).click();
    await dialog.getByRole('button', { name: 'Toestemming vastleggen' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await card.getByRole('combobox', { name: 'Lid van de klankbordgroep' }).click();
    await page.getByRole('option', { name: 'Sanne Visser' }).click();
    await card.getByRole('button', { name: 'Koppelen' }).click();
    await page.getByText('De ervaringsdeskundige is gekoppeld.').waitFor();
    expect(await card.getByTestId('lived-experience-link').textContent()).toContain('Sanne Visser');
    await expectNoSeriousAxeViolations(page, 'ervaringsdeskundige gekoppeld');
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, 'kandidaat-ervaringsdeskundige');

    // Withdrawing that consent: the link stops counting at once, and the card says so.
    await page
      .getByTestId('consent-table')
      .getByRole('button', { name: /klankbordgroep/ })
      .click();
    await card.getByText('De koppeling telt niet meer mee.').waitFor();
  });

  test('candidates at a meeting: the coordinator opens an activity to candidates, registers one and marks her present', async () => {
    const { page } = coordinatorBrowser;
    const request = page.context().request;
    const startsAt = new Date(Date.now() + 3 * 24 * 3600_000);
    const created = await request.post(`${server.url}/api/networks/${networkId}/activities`, {
      headers,
      data: {
        workForm: 'knowledge_session',
        title: 'Kennismaken met werkgevers uit de logistiek',
        initiatorKind: 'coordinator',
        location: 'Stadhuis Zwolle',
        capacity: 12,
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 2 * 3600_000).toISOString(),
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const activityId = ((await created.json()) as { id: string }).id;
    await page.goto(`${server.url}/n/${networkId}/agenda/${activityId}`);
    const section = page.getByTestId('candidates-section');
    await section.getByText('Deze bijeenkomst is niet open voor kandidaten.', { exact: false }).waitFor();
    await section.getByRole('switch', { name: 'Open voor kandidaten' }).click({ force: true });
    await page.getByText('Opgeslagen.').waitFor();
    const picker = section.getByRole('combobox', { name: 'Kandidaat (code)' });
    await picker.click();
    await picker.fill(candidateCode);
    await page.getByRole('option', { name: new RegExp(candidateCode) }).click();
    await section.getByRole('button', { name: 'Kandidaat aanmelden' }).click();
    await page.getByText('De kandidaat is aangemeld.', { exact: false }).waitFor();
    const row = section.getByTestId('candidate-row').filter({ hasText: candidateCode });
    await row.waitFor();
    // The checkbox follows the server: it turns on once the saved attendance is read back.
    await row.getByRole('checkbox').click();
    await expect.poll(() => page.getByTestId('candidate-places').textContent()).toContain('1 aangemeld, 1 aanwezig');
    await expect.poll(() => row.getByRole('checkbox').isChecked()).toBe(true);
    await expectNoSeriousAxeViolations(page, 'activiteit met kandidaten');
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, 'agenda-kandidaten');

    // The candidate got a short mail about the meeting.
    const outbox = await request.get(`${server.url}/api/admin/outbox?pageSize=50`);
    const mails = ((await outbox.json()) as { items: { kind: string; subject: string }[] }).items;
    expect(mails.find((m) => m.kind === 'candidate_activity_registered')?.subject).toContain(
      'Je bent aangemeld: Kennismaken met werkgevers uit de logistiek',
    );
  });
});
