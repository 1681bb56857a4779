// The foundation flow in a real Chromium: first start (setup), the overview, people and the invite form, the admin outbox and
// networks, logging out and in (a wrong password first), switching networks and language. axe runs on every screen, at
// desktop size and at phone size for the main screens; the screenshots feed the user guide (docs/handleiding).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeSummary, expectNoSeriousAxeViolations } from './support/axe.js';
import { desktopViewport, launchBrowser, phoneViewport, type BrowserSession } from './support/browser.js';
import { screenshot } from './support/screenshot.js';
import { skipAfterFirstFailure } from './support/sequence.js';
import { startTestServer, type TestServer } from './support/server.js';
import { field } from './support/ui.js';

const admin = { name: 'Anna de Vries', email: 'anna@voorbeeld.nl', password: 'paarse olifanten dansen op dinsdag' };
const firstNetwork = '99van Testregio';
const secondNetwork = '99van Tweede Regio';

let server: TestServer;
let browser: BrowserSession;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  console.log(axeSummary());
  await browser?.close();
  await server?.stop();
});

async function checkAtPhoneSize(name: string, options: { screenshotName?: string } = {}) {
  const { page } = browser;
  await page.setViewportSize(phoneViewport);
  await expectNoSeriousAxeViolations(page, `${name} (telefoon)`);
  if (options.screenshotName) await screenshot(page, options.screenshotName);
  await page.setViewportSize(desktopViewport);
}

describe('foundation flow', () => {
  skipAfterFirstFailure();
  let firstNetworkId = '';

  test('an English browser still gets the Dutch setup screen; English only when chosen, and then kept', async () => {
    const english = await launchBrowser({ locale: 'en-GB' });
    try {
      const { page } = english;
      expect(await page.evaluate(() => navigator.language)).toBe('en-GB');
      const statusRequest = page.waitForRequest((r) => r.url().endsWith('/api/setup/status'));
      await page.goto(`${server.url}/`);
      await page.waitForURL(/\/setup$/);
      await page.getByRole('heading', { level: 1, name: 'Netwerkregie inrichten' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
      // The app asks the API in the language it shows, not in the browser's.
      expect((await statusRequest).headers()['accept-language']).toBe('nl');
      // Downloads are plain links; the language cookie makes them follow the screen too.
      const languageCookie = async () =>
        (await english.context.cookies()).find((c) => c.name === 'netwerkregie_lang')?.value;
      expect(await languageCookie()).toBe('nl');
      await page.getByTestId('language-switch').click();
      await page.getByRole('heading', { level: 1, name: 'Set up Netwerkregie' }).waitFor();
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Set up Netwerkregie' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(await languageCookie()).toBe('en');
    } finally {
      await english.close();
    }
  });

  test('first start: the setup screen creates the admin and the first network', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/`);
    await page.waitForURL(/\/setup$/);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('nl');
    await page.getByRole('heading', { level: 1, name: 'Netwerkregie inrichten' }).waitFor();
    await expectNoSeriousAxeViolations(page, 'setup');
    await screenshot(page, 'setup');
    await checkAtPhoneSize('setup', { screenshotName: 'setup-telefoon' });

    // Submitting an empty form: errors next to the fields and a summary at the top that takes focus.
    await page.getByRole('button', { name: 'Installatie afronden' }).click();
    const summary = page.getByTestId('form-error-summary');
    await summary.waitFor();
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await summary.textContent()).toContain('Naam: Vul dit veld in');
    await expect.poll(() => field(page, 'Naam').getAttribute('aria-invalid')).toBe('true');
    await expectNoSeriousAxeViolations(page, 'setup met fouten');
    await screenshot(page, 'setup-fouten');

    await field(page, 'Naam').fill(admin.name);
    await field(page, 'E-mailadres').fill(admin.email);
    await field(page, 'Wachtwoord').fill(admin.password);
    await field(page, 'Herhaal het wachtwoord').fill(admin.password);
    await field(page, 'Naam van het netwerk').fill(firstNetwork);
    await field(page, 'Regio').fill('Testregio');
    await page.getByRole('button', { name: 'Installatie afronden' }).click();

    await page.waitForURL(/\/n\/[^/]+$/);
    firstNetworkId = new URL(page.url()).pathname.split('/')[2] ?? '';
    expect(firstNetworkId).not.toBe('');
    await expect.poll(() => page.getByTestId('network-name').textContent()).toBe(firstNetwork);
    expect(await page.getByTestId('count-people').textContent()).toBe('1');
    await expectNoSeriousAxeViolations(page, 'overzicht');
    await screenshot(page, 'overzicht');

    // Phone: the navigation sits behind the burger.
    await page.setViewportSize(phoneViewport);
    await expectNoSeriousAxeViolations(page, 'overzicht (telefoon)');
    await screenshot(page, 'overzicht-telefoon');
    await page.getByRole('button', { name: 'Menu openen' }).click();
    await page.getByRole('link', { name: 'Mensen', exact: true }).waitFor();
    await expectNoSeriousAxeViolations(page, 'menu (telefoon)');
    await screenshot(page, 'menu-telefoon');
    await page.getByRole('button', { name: 'Menu sluiten' }).click();
    await page.setViewportSize(desktopViewport);
  });

  test('navigation: built capabilities are links, the rest is disabled with "binnenkort", never a dead link', async () => {
    const { page } = browser;
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    for (const label of [
      'Overzicht',
      'Mensen',
      'Inrichting',
      'Leden',
      'Agenda',
      'Kandidaten',
      'Sturing',
      'Partners',
      'Mailings',
    ]) {
      const item = nav.getByRole('link', { name: new RegExp(`^${label}`) });
      if ((await item.getAttribute('aria-disabled')) === 'true') {
        expect(await item.getAttribute('href'), label).toBeNull();
        expect(await item.textContent(), label).toContain('binnenkort');
      } else {
        expect(await item.getAttribute('href'), label).toMatch(new RegExp(`^/n/${firstNetworkId}(/[a-z-]+)?$`));
      }
    }
    // Overview and people are part of this foundation.
    expect(await nav.getByRole('link', { name: 'Overzicht' }).getAttribute('aria-disabled')).toBeNull();
    expect(await nav.getByRole('link', { name: 'Mensen', exact: true }).getAttribute('aria-disabled')).toBeNull();
  });

  test('people: the list, and the invite form for the coordinator', async () => {
    const { page } = browser;
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Mensen', exact: true })
      .click();
    await page.waitForURL(/\/mensen/);
    await page.getByRole('heading', { level: 1, name: 'Mensen' }).waitFor();
    await page.getByTestId('people-table').getByRole('cell', { name: admin.email }).waitFor();
    expect(await page.getByTestId('people-total').textContent()).toBe('1 persoon');
    const csv = page.getByRole('link', { name: 'CSV downloaden' });
    expect(await csv.getAttribute('href')).toContain('format=csv');
    await expectNoSeriousAxeViolations(page, 'mensen');
    await screenshot(page, 'mensen');
    await checkAtPhoneSize('mensen', { screenshotName: 'mensen-telefoon' });

    // Search with no match shows what to do next.
    await page.getByLabel('Zoeken op naam, e-mail of organisatie').fill('niemand-zo');
    await page.getByTestId('empty-state').waitFor();
    expect(await page.getByTestId('empty-state').textContent()).toContain('Niemand gevonden voor "niemand-zo"');
    await expectNoSeriousAxeViolations(page, 'mensen zonder resultaat');
    await page.getByLabel('Zoeken op naam, e-mail of organisatie').fill('');
    await page.getByTestId('people-table').waitFor();

    await page.getByRole('button', { name: 'Iemand uitnodigen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Iemand uitnodigen' });
    await dialog.waitFor();
    await expectNoSeriousAxeViolations(page, 'uitnodigen');
    await screenshot(page, 'uitnodigen');
    await dialog.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await dialog.getByTestId('form-error-summary').waitFor();
    await expectNoSeriousAxeViolations(page, 'uitnodigen met fouten');
    await checkAtPhoneSize('uitnodigen');

    // An invitation, so the outbox has something to show.
    await field(dialog, 'Naam').fill('Bram Jansen');
    await field(dialog, 'E-mailadres').fill('bram@bakkerij-jansen.nl');
    await dialog.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('invitations-table').getByRole('cell', { name: 'bram@bakkerij-jansen.nl' }).waitFor();
    await expectNoSeriousAxeViolations(page, 'mensen met uitnodiging');
  });

  test('admin: the outbox list and one email', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'Verzonden e-mail' }).click();
    await page.waitForURL(/\/beheer\/outbox$/);
    await page.getByRole('heading', { level: 1, name: 'Verzonden e-mail' }).waitFor();
    const row = page.getByTestId('outbox-table').getByRole('row', { name: /bram@bakkerij-jansen\.nl/ });
    await row.waitFor();
    await expectNoSeriousAxeViolations(page, 'outbox');
    await screenshot(page, 'outbox');
    await checkAtPhoneSize('outbox', { screenshotName: 'outbox-telefoon' });

    await row.getByRole('link').click();
    await page.waitForURL(/\/beheer\/outbox\/[^/]+$/);
    await page.getByTestId('mail-text').waitFor();
    expect(await page.getByTestId('mail-text').textContent()).toContain('/uitnodiging/');
    await expectNoSeriousAxeViolations(page, 'outbox-bericht');
    await screenshot(page, 'outbox-bericht');
    await checkAtPhoneSize('outbox-bericht');
  });

  test('logout, a wrong password, then the right one', async () => {
    const { page } = browser;
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Uitloggen' }).click();
    await page.waitForURL(/\/inloggen\?uitgelogd=1$/);
    await page.getByText('U bent uitgelogd.').waitFor();
    await expectNoSeriousAxeViolations(page, 'inloggen');
    await screenshot(page, 'inloggen');
    await checkAtPhoneSize('inloggen', { screenshotName: 'inloggen-telefoon' });

    // After logging out the app is closed again.
    await page.goto(`${server.url}/n/${firstNetworkId}`);
    await page.waitForURL(/\/inloggen\?terug=/);

    await field(page, 'E-mailadres').fill(admin.email);
    await field(page, 'Wachtwoord').fill('dit is niet het goede wachtwoord');
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    const summary = page.getByTestId('form-error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Het e-mailadres of het wachtwoord klopt niet.');
    await expectNoSeriousAxeViolations(page, 'inloggen met fout');
    await screenshot(page, 'inloggen-fout');

    await field(page, 'Wachtwoord').fill(admin.password);
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    // Back where the user wanted to go.
    await page.waitForURL(new RegExp(`/n/${firstNetworkId}$`));
    await expect.poll(() => page.getByTestId('network-name').textContent()).toBe(firstNetwork);
  });

  test('admin: create a second network and switch to it', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'Netwerken', exact: true }).click();
    await page.waitForURL(/\/beheer\/netwerken$/);
    await page.getByTestId('networks-table').getByRole('link', { name: firstNetwork }).waitFor();
    // The umbrella overview on the same screen: one row per network, with its figures and signals.
    await page.getByTestId('umbrella-table').getByRole('link', { name: firstNetwork }).waitFor();
    await expectNoSeriousAxeViolations(page, 'netwerken');
    await screenshot(page, 'netwerken');
    await checkAtPhoneSize('netwerken');

    const form = page.getByTestId('create-network-form');
    await form.getByRole('button', { name: 'Netwerk aanmaken' }).click();
    await form.getByTestId('form-error-summary').waitFor();
    await expectNoSeriousAxeViolations(page, 'netwerken met fout');
    await field(form, 'Naam van het netwerk').fill(secondNetwork);
    await field(form, 'Regio').fill('Tweede regio');
    await form.getByRole('button', { name: 'Netwerk aanmaken' }).click();
    await page.getByTestId('networks-table').getByRole('link', { name: secondNetwork }).waitFor();

    // Back to the first network, then switch with the network switcher.
    await page.goto(`${server.url}/n/${firstNetworkId}/mensen`);
    await page.getByRole('heading', { level: 1, name: 'Mensen' }).waitFor();
    await page.getByRole('combobox', { name: 'Netwerk', exact: true }).click();
    await page.getByRole('option', { name: secondNetwork }).waitFor();
    await expectNoSeriousAxeViolations(page, 'netwerkkeuze open');
    await screenshot(page, 'netwerk-wisselen');
    await page.getByRole('option', { name: secondNetwork }).click();
    await page.waitForURL((url) => !url.pathname.includes(firstNetworkId) && url.pathname.endsWith('/mensen'));
    await page.getByRole('heading', { level: 1, name: 'Mensen' }).waitFor();
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Netwerk', exact: true }).inputValue())
      .toBe(secondNetwork);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Overzicht' }).click();
    await expect.poll(() => page.getByTestId('network-name').textContent()).toBe(secondNetwork);
    await expectNoSeriousAxeViolations(page, 'overzicht tweede netwerk');
  });

  test('language: switch to English and back', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'People' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.getByText('In numbers').count()).toBe(1);
    await expectNoSeriousAxeViolations(page, 'overview (English)');
    await screenshot(page, 'overzicht-engels');
    // The choice survives a reload.
    await page.reload();
    await page.getByRole('navigation', { name: 'Main menu' }).waitFor();
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
  });

  test('logout, then the public pages: forgot password, email login, an unknown invitation', async () => {
    const { page } = browser;
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Uitloggen' }).click();
    await page.waitForURL(/\/inloggen\?uitgelogd=1$/);

    await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wachtwoord vergeten' }).waitFor();
    await expectNoSeriousAxeViolations(page, 'wachtwoord vergeten');
    await screenshot(page, 'wachtwoord-vergeten');
    await checkAtPhoneSize('wachtwoord vergeten');

    await page.goto(`${server.url}/inloggen`);
    await page.getByRole('link', { name: 'Inloggen zonder wachtwoord (via een e-maillink)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inloggen met een e-maillink' }).waitFor();
    await expectNoSeriousAxeViolations(page, 'inloggen met e-maillink');
    await screenshot(page, 'inloggen-e-maillink');
    await checkAtPhoneSize('inloggen met e-maillink');

    await page.goto(`${server.url}/uitnodiging/bestaat-niet`);
    await page.getByText('Deze uitnodiging bestaat niet of is verlopen.', { exact: false }).waitFor();
    await expectNoSeriousAxeViolations(page, 'onbekende uitnodiging');

    await page.goto(`${server.url}/bestaat/niet`);
    await page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }).waitFor();
    await expectNoSeriousAxeViolations(page, 'pagina niet gevonden');
  });
});
