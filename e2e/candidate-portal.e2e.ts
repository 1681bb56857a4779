// A candidate's own page (decision 020) in a real Chromium at phone width, with mail over a real SMTP server: the coordinator
// offers the link on the candidate's page, the link is read from the outbox, the candidate opens it in a fresh browser,
// reads their data, withdraws one consent (the employer's view of an open proposal loses the shared fields), sends a correction request (a BSN is refused first) and downloads their data;
// six months into a job answers "hoe gaat het?" (issue 19); signs up for a matchmaking meeting and cancels; a link that no longer works offers a new one. Axe-clean screens; the screenshots feed docs/handleiding/mijn-gegevens-kandidaat.md.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { todayInAmsterdam } from '../src/core/calendar.js';
import { addMonths } from '../src/core/candidates/dates.js';
import { startTestSmtp, type TestSmtp } from '../src/server/modules/mailings/smtp-test-server.js';
import { axeSummary, expectNoSeriousAxeViolations } from './support/axe.js';
import { launchBrowser, phoneViewport, type BrowserSession } from './support/browser.js';
import { readLinkFromOutbox } from './support/outbox.js';
import { screenshot } from './support/screenshot.js';
import { skipAfterFirstFailure } from './support/sequence.js';
import { startTestServer, type TestServer } from './support/server.js';
import { addEmployerWithAccount, field, loginViaApi, setupViaApi } from './support/ui.js';

const admin = { name: 'Anna de Vries', email: 'anna@voorbeeld.nl', password: 'paarse olifanten dansen op dinsdag' };
const headers = { 'x-requested-with': 'netwerkregie' };
const candidateEmail = 'sanne.portaal@example.nl';
const employer = {
  name: 'Eva Jansen',
  email: 'eva@bakkerij-jansen.example',
  password: 'brood bakken voor dag en dauw',
};

let smtp: TestSmtp;
let server: TestServer;
let coordinator: BrowserSession;
let candidate: BrowserSession;
let employerBrowser: BrowserSession;
let networkId = '';
let candidateId = '';
let bakeryId = '';
let linkPath = '';

beforeAll(async () => {
  smtp = await startTestSmtp();
  server = await startTestServer({ env: { SMTP_URL: smtp.url } });
  coordinator = await launchBrowser();
  candidate = await launchBrowser();
  employerBrowser = await launchBrowser();
  await coordinator.page.setViewportSize(phoneViewport);
  await candidate.page.setViewportSize(phoneViewport);
  await employerBrowser.page.setViewportSize(phoneViewport);
});

afterAll(async () => {
  console.log(axeSummary());
  await coordinator?.close();
  await candidate?.close();
  await employerBrowser?.close();
  await server?.stop();
  await smtp?.close();
});

describe("a candidate's own page at 390 px", () => {
  skipAfterFirstFailure();

  test('the coordinator offers the own page on the candidate page', async () => {
    const { page } = coordinator;
    networkId = await setupViaApi(page, server.url, { admin, network: { name: '99van Eigen Regio' } });
    await loginViaApi(page, server.url, admin);
    const created = await page.context().request.post(`${server.url}/api/networks/${networkId}/candidates`, {
      headers,
      data: {
        firstName: 'Sanne',
        email: candidateEmail,
        phone: '06 12345678',
        place: 'Zwolle',
        postcodeArea: '8011',
        wishes: 'Magazijn, orderpicken of inpakken',
        hoursPerWeek: 20,
        supportNeeded: ['jobcoach'],
        referredBy: 'wsp',
        targetGroupRegister: 'yes',
        targetGroupRegisterOn: '2026-01-10',
        consent: { givenOn: '2026-01-10', validUntil: null, shareWithProposedEmployers: ['firstName', 'wishes'] },
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    candidateId = ((await created.json()) as { id: string }).id;
    // A member employer whose contact has an account, and an open proposal of Sanne to them: the employer's view is what a
    // withdrawn consent must change at once.
    const request = page.context().request;
    const orgId = await addEmployerWithAccount(page, employerBrowser.page, server.url, networkId, {
      organisation: 'Bakkerij Jansen',
      ...employer,
    });
    bakeryId = orgId;
    const opportunity = await request.post(`${server.url}/api/networks/${networkId}/opportunities`, {
      headers,
      data: { organisationId: orgId, title: 'Medewerker magazijn', kind: 'regular', hoursPerWeek: 20 },
    });
    expect(opportunity.status(), await opportunity.text()).toBe(201);
    const proposal = await request.post(`${server.url}/api/networks/${networkId}/proposals`, {
      headers,
      data: { candidateId, opportunityId: ((await opportunity.json()) as { id: string }).id },
    });
    expect(proposal.status(), await proposal.text()).toBe(201);
    await page.goto(`${server.url}/n/${networkId}/kandidaten/${candidateId}`);
    const card = page.getByRole('region', { name: 'Eigen pagina van de kandidaat' });
    await card.waitFor();
    await card.getByRole('button', { name: 'Eigen pagina aanbieden' }).click();
    await page.getByText(/De link is gemaild\. Hij werkt tot en met/).waitFor();
    await card.getByText(/De huidige link werkt tot en met/).waitFor();
    await card.scrollIntoViewIfNeeded();
    await expectNoSeriousAxeViolations(page, 'eigen pagina aanbieden (coördinator)');
    await screenshot(page, 'mijn-gegevens-aanbieden');
    const mail = await readLinkFromOutbox(page.context().request, server.url, {
      to: candidateEmail,
      kind: 'candidate_portal_link',
      linkPart: '/mijn-gegevens/',
    });
    linkPath = mail.path;
    // The mail went over the real SMTP server, with the same link.
    await expect
      .poll(() => smtp.received.find((m) => m.to.includes(candidateEmail))?.text ?? '', { timeout: 15_000 })
      .toContain(linkPath);
  });

  test('the candidate opens the link and reads their data, without horizontal scrolling', async () => {
    const { page } = candidate;
    await page.goto(`${server.url}${linkPath}`);
    await page.getByRole('heading', { level: 1, name: 'Mijn gegevens' }).waitFor();
    await page.getByText('Magazijn, orderpicken of inpakken').waitFor();
    await page.getByText(/Het doelgroepregister is een lijst van het UWV/).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phoneViewport.width);
    await expectNoSeriousAxeViolations(page, 'mijn gegevens (kandidaat)');
    await screenshot(page, 'mijn-gegevens-overzicht');
  });

  test('the employer sees the proposal with the fields Sanne shares: her first name and her wishes', async () => {
    const { page } = employerBrowser;
    await page.goto(`${server.url}/n/${networkId}/kandidaten`);
    const card = page.getByTestId('employer-proposal');
    await card.waitFor();
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('Medewerker magazijn');
    expect(text).toContain('Sanne');
    expect(text).toContain('Magazijn, orderpicken of inpakken');
    expect(text).not.toContain(candidateEmail);
  });

  test('withdraws one consent, by keyboard, after confirming; it shows as withdrawn and in the log', async () => {
    const { page } = candidate;
    const button = page.getByRole('button', { name: 'Toestemming intrekken: Werkgevers aan wie we jou voorstellen' });
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Toestemming intrekken?' });
    await dialog.waitFor();
    await expectNoSeriousAxeViolations(page, 'toestemming intrekken bevestigen');
    await screenshot(page, 'mijn-gegevens-intrekken');
    await dialog.getByRole('button', { name: 'Ja, intrekken' }).focus();
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('De toestemming is ingetrokken. Dat werkt meteen.').waitFor();
    await page.getByText(/Ingetrokken op/).waitFor();
    await page.getByTestId('portal-views').getByText('Heeft een toestemming ingetrokken').waitFor();
    expect(await page.getByTestId('portal-views').textContent()).toContain('Jijzelf');
  });

  test("the employer's view of the open proposal loses the shared fields at once", async () => {
    const { page } = employerBrowser;
    await page.reload();
    const card = page.getByTestId('employer-proposal');
    await card.waitFor();
    await card.getByText('Medewerker magazijn').first().waitFor();
    const text = (await card.textContent()) ?? '';
    expect(text).not.toContain('Sanne');
    expect(text).not.toContain('Magazijn, orderpicken of inpakken');
    await expectNoSeriousAxeViolations(page, 'voorstel na ingetrokken toestemming (werkgever, telefoon)');
  });

  test('sends a correction request: a BSN is refused first, then it is sent with an answer date', async () => {
    const { page } = candidate;
    const message = field(page, 'Wat moet er anders?');
    await message.fill('Mijn BSN is 123456782');
    await page.getByRole('button', { name: 'Versturen' }).click();
    await page
      .getByText(/burgerservicenummer \(BSN\)/)
      .first()
      .waitFor();
    await message.fill('Ik wil liever 24 uur per week werken.');
    await page.getByRole('button', { name: 'Versturen' }).click();
    await page.getByText(/Je vraag is verstuurd\. Je krijgt antwoord vóór/).waitFor();
    await page.getByTestId('portal-request-item').getByText('Ik wil liever 24 uur per week werken.').waitFor();
    await page.getByRole('heading', { name: 'Iets verbeteren of laten wissen' }).scrollIntoViewIfNeeded();
    await expectNoSeriousAxeViolations(page, 'verzoek verstuurd');
    await screenshot(page, 'mijn-gegevens-verzoek');
  });

  test('downloads their own data as a PDF', async () => {
    const { page } = candidate;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download als PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^mijn-gegevens-K-\d{4}-\d{4}\.pdf$/);
    const bytes = fs.readFileSync((await download.path())!);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  });

  test('the coordinator sees the request on the candidate page', async () => {
    const { page } = coordinator;
    await page.reload();
    const request = page.getByTestId('candidate-request');
    await request.getByText('Ik wil liever 24 uur per week werken.').waitFor();
    await request.getByText(/Afhandelen vóór/).waitFor();
    await request.scrollIntoViewIfNeeded();
    await expectNoSeriousAxeViolations(page, 'verzoek van de kandidaat (coördinator)');
    await screenshot(page, 'mijn-gegevens-verzoek-coordinator');
  });

  test('six months into a job the candidate answers "hoe gaat het?"; the coordinator sees it beside the employer', async () => {
    const request = coordinator.page.context().request;
    const placed = await request.post(`${server.url}/api/networks/${networkId}/placements`, {
      headers,
      data: {
        candidateId,
        organisationId: bakeryId,
        startsOn: addMonths(todayInAmsterdam(new Date()), -6),
        hoursPerWeek: 20,
        contractKind: 'fixed_term',
      },
    });
    expect(placed.status(), await placed.text()).toBe(201);
    const placementId = ((await placed.json()) as { id: string }).id;

    const { page } = candidate;
    await page.reload();
    const card = page.getByRole('region', { name: 'Hoe gaat het op je werk?' });
    await card.waitFor();
    await card.getByText('Je werkt nu 6 maanden bij Bakkerij Jansen.', { exact: false }).waitFor();
    // Sending without answers names the questions; then the answers, by keyboard and touch.
    await card.getByRole('button', { name: 'Verstuur mijn antwoord' }).click();
    await page.getByText('Kies een antwoord').first().waitFor();
    await card.getByRole('group', { name: 'Hoe gaat het op je werk?' }).getByLabel('Slecht', { exact: true }).check();
    await card
      .getByRole('group', { name: /genoeg hulp/ })
      .getByLabel('Een beetje')
      .check();
    await card
      .getByRole('group', { name: /contact met je opneemt/ })
      .getByLabel('Ja, neem contact met mij op')
      .check();
    await field(page, 'Wil je nog iets zeggen? (mag leeg blijven)').fill('Het is erg druk in het magazijn.');
    await card.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phoneViewport.width);
    await expectNoSeriousAxeViolations(page, 'hoe gaat het op je werk (kandidaat)');
    await screenshot(page, 'mijn-gegevens-check-in');
    await card.getByRole('button', { name: 'Verstuur mijn antwoord' }).click();
    await page.getByText('Dank je wel! De netwerkcoördinator neemt snel contact met je op.').waitFor();
    await card.waitFor({ state: 'detached' });
    await expectNoSeriousAxeViolations(page, 'check-in verstuurd (kandidaat)');

    // The coordinator's placement reply carries the answer beside the employer's check-in, and the signal is up.
    const detail = await request.get(`${server.url}/api/networks/${networkId}/placements/${placementId}`);
    expect(((await detail.json()) as { candidateCheckIns: unknown[] }).candidateCheckIns).toEqual([
      expect.objectContaining({ months: 6, score: 2, help: 'somewhat', wantsContact: true, worrying: true }),
    ]);
    const dashboard = await request.get(`${server.url}/api/networks/${networkId}/steering/dashboard`);
    expect(JSON.stringify(await dashboard.json())).toContain('candidate_check_in_worry');
  });

  test('the candidate registers for a matchmaking meeting and can cancel again', async () => {
    const request = coordinator.page.context().request;
    const starts = new Date(Date.now() + 7 * 24 * 3600_000);
    const made = await request.post(`${server.url}/api/networks/${networkId}/activities`, {
      headers,
      data: {
        workForm: 'matchmaking',
        title: 'Matchmaking magazijn en logistiek',
        description: 'Kennismaken met werkgevers die mensen zoeken voor het magazijn.',
        startsAt: starts.toISOString(),
        endsAt: new Date(starts.getTime() + 2 * 3600_000).toISOString(),
        location: 'Bakkerij Jansen, Zwolle',
        initiatorKind: 'coordinator',
        capacity: 12,
      },
    });
    expect(made.status(), await made.text()).toBe(201);
    const activityId = ((await made.json()) as { id: string }).id;

    const { page } = candidate;
    await page.goto(`${server.url}${linkPath}`);
    const card = page.getByRole('region', { name: 'Bijeenkomsten' });
    await card.waitFor();
    await card.getByRole('button', { name: 'Aanmelden voor Matchmaking magazijn en logistiek' }).click();
    await card.getByText('Je bent aangemeld. Tot dan!').waitFor();
    await card.getByText('Je bent aangemeld', { exact: true }).waitFor();
    await card.getByRole('button', { name: 'Afmelden voor Matchmaking magazijn en logistiek' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phoneViewport.width);
    await card.scrollIntoViewIfNeeded();
    await expectNoSeriousAxeViolations(page, 'bijeenkomsten (kandidaat)');
    await screenshot(page, 'mijn-gegevens-bijeenkomst');

    // The coordinator sees the candidate apart from the employers' registrations.
    const detail = await request.get(`${server.url}/api/networks/${networkId}/activities/${activityId}`);
    expect(await detail.json()).toMatchObject({ registered: 0, candidatesRegistered: 1 });

    await card.getByRole('button', { name: 'Afmelden voor Matchmaking magazijn en logistiek' }).click();
    await card.getByText('Je bent afgemeld.').waitFor();
    await card.getByRole('button', { name: 'Aanmelden voor Matchmaking magazijn en logistiek' }).waitFor();
    await expectNoSeriousAxeViolations(page, 'bijeenkomst afgemeld (kandidaat)');
  });

  test('a link that no longer works says so and offers a new one, with a neutral answer', async () => {
    const { page } = candidate;
    await page.goto(`${server.url}/mijn-gegevens/dit-is-geen-geldige-link-van-het-netwerk`);
    await page.getByRole('heading', { level: 1, name: 'Deze link werkt niet meer' }).waitFor();
    await page.getByText(/Deze link werkt niet\./).waitFor();
    await field(page, 'Je e-mailadres').fill('iemand@example.nl');
    await page.getByRole('button', { name: 'Stuur een nieuwe link' }).click();
    await page.getByText(/Als dit e-mailadres bij ons bekend is/).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phoneViewport.width);
    await expectNoSeriousAxeViolations(page, 'link werkt niet meer');
    await screenshot(page, 'mijn-gegevens-nieuwe-link');
  });
});
