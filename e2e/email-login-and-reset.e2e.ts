// Password reset and email login, each through the outbox: request a link, read it from the outbox as the admin would,
// open it in a fresh browser, and check that a link works only once.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeSummary, expectNoSeriousAxeViolations } from './support/axe.js';
import { launchBrowser, type BrowserSession } from './support/browser.js';
import { readLinkFromOutbox } from './support/outbox.js';
import { screenshot } from './support/screenshot.js';
import { skipAfterFirstFailure } from './support/sequence.js';
import { startTestServer, type TestServer } from './support/server.js';
import { field, loginViaApi, setupViaApi } from './support/ui.js';

const admin = { name: 'Eva Smit', email: 'eva@netwerk.example', password: 'het regent pijpenstelen in april' };
const newPassword = 'een nieuw wachtwoord voor de zomer';
const networkName = '99van West';

let server: TestServer;
// The platform admin's own browser, used to read the outbox.
let adminBrowser: BrowserSession;
let networkId = '';

beforeAll(async () => {
  server = await startTestServer();
  adminBrowser = await launchBrowser();
  networkId = await setupViaApi(adminBrowser.page, server.url, { admin, network: { name: networkName } });
});

afterAll(async () => {
  console.log(axeSummary());
  await adminBrowser?.close();
  await server?.stop();
});

async function inFreshBrowser(run: (browser: BrowserSession) => Promise<void>): Promise<void> {
  const browser = await launchBrowser();
  try {
    await run(browser);
  } finally {
    await browser.close();
  }
}

async function loginWithPassword(browser: BrowserSession, password: string) {
  const { page } = browser;
  await page.goto(`${server.url}/inloggen`);
  await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
  await field(page, 'E-mailadres').fill(admin.email);
  await field(page, 'Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
}

describe('password reset and email login', () => {
  skipAfterFirstFailure();
  let loginLinkPath = '';

  test('password reset: request a link, choose a new password, log in with it', async () => {
    await inFreshBrowser(async ({ page }) => {
      await page.goto(`${server.url}/inloggen`);
      await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
      // Wait for the new page: until its code has loaded, the login form (with its own email field) stays on screen.
      await page.getByRole('heading', { level: 1, name: 'Wachtwoord vergeten' }).waitFor();
      await field(page, 'E-mailadres').fill(admin.email);
      await page.getByRole('button', { name: 'Stuur de link' }).click();
      await page.getByTestId('request-sent').waitFor();
      expect(await page.getByTestId('request-sent').textContent()).toContain(admin.email);
      await expectNoSeriousAxeViolations(page, 'herstellink aangevraagd');
      await screenshot(page, 'wachtwoord-vergeten-verstuurd');
    });

    const link = await readLinkFromOutbox(adminBrowser.page.context().request, server.url, {
      to: admin.email,
      kind: 'password_reset',
      linkPart: '/wachtwoord-herstellen',
    });
    expect(link.path).toMatch(/^\/wachtwoord-herstellen\?token=/);

    await inFreshBrowser(async (browser) => {
      const { page } = browser;
      await page.goto(`${server.url}${link.path}`);
      await page.getByRole('heading', { level: 1, name: 'Nieuw wachtwoord kiezen' }).waitFor();
      await expectNoSeriousAxeViolations(page, 'wachtwoord herstellen');
      await screenshot(page, 'wachtwoord-herstellen');

      // A common password is refused (the browser applies the server's policy from src/core); the message is next to the field.
      await field(page, 'Wachtwoord').fill('password1234');
      await field(page, 'Herhaal het wachtwoord').fill('password1234');
      await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
      await page.getByTestId('form-error-summary').waitFor();
      await expect.poll(() => page.locator('#reset-password-error').textContent()).toContain('te makkelijk te raden');
      await expectNoSeriousAxeViolations(page, 'wachtwoord herstellen met fout');

      await field(page, 'Wachtwoord').fill(newPassword);
      await field(page, 'Herhaal het wachtwoord').fill(newPassword);
      await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
      await page.getByTestId('reset-done').waitFor();
      await expectNoSeriousAxeViolations(page, 'wachtwoord gewijzigd');

      // The old password no longer works, the new one does.
      await loginWithPassword(browser, admin.password);
      expect(await page.getByTestId('form-error-summary').textContent()).toContain('klopt niet');
      await field(page, 'Wachtwoord').fill(newPassword);
      await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
      await page.waitForURL(new RegExp(`/n/${networkId}$`));

      // The reset link works only once.
      await page.goto(`${server.url}${link.path}`);
      await page.getByRole('heading', { level: 1, name: 'Nieuw wachtwoord kiezen' }).waitFor();
      await field(page, 'Wachtwoord').fill(newPassword);
      await field(page, 'Herhaal het wachtwoord').fill(newPassword);
      await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
      await page.getByRole('alert').filter({ hasText: 'Deze link is verlopen of al gebruikt.' }).waitFor();
    });

    // A reset ends all sessions (also the admin's own browser); sign in there again with the new password.
    await loginViaApi(adminBrowser.page, server.url, { email: admin.email, password: newPassword });
  });

  test('email login: request a link, open it in a fresh browser, land in the network', async () => {
    await inFreshBrowser(async ({ page }) => {
      await page.goto(`${server.url}/inloggen`);
      await page.getByRole('link', { name: 'Inloggen zonder wachtwoord (via een e-maillink)' }).click();
      await page.getByRole('heading', { level: 1, name: 'Inloggen met een e-maillink' }).waitFor();
      await field(page, 'E-mailadres').fill(admin.email);
      await page.getByRole('button', { name: 'Stuur de inloglink' }).click();
      await page.getByTestId('request-sent').waitFor();
      expect(await page.getByTestId('request-sent').textContent()).toContain(admin.email);
      await expectNoSeriousAxeViolations(page, 'inloglink aangevraagd');
      await screenshot(page, 'inloggen-e-maillink-verstuurd');
    });

    const link = await readLinkFromOutbox(adminBrowser.page.context().request, server.url, {
      to: admin.email,
      kind: 'magic_link',
      linkPart: '/inloggen/link',
    });
    loginLinkPath = link.path;
    expect(loginLinkPath).toMatch(/^\/inloggen\/link\?token=/);

    await inFreshBrowser(async ({ page }) => {
      await page.goto(`${server.url}${loginLinkPath}`);
      await page.waitForURL(new RegExp(`/n/${networkId}$`));
      await expect.poll(() => page.getByTestId('network-name').textContent()).toBe(networkName);
    });
  });

  test('an email login link works only once', async () => {
    await inFreshBrowser(async ({ page }) => {
      await page.goto(`${server.url}${loginLinkPath}`);
      await page.getByRole('alert').filter({ hasText: 'Deze link is verlopen of al gebruikt.' }).waitFor();
      await expectNoSeriousAxeViolations(page, 'inloglink ongeldig');
      await screenshot(page, 'inloggen-e-maillink-verlopen');
    });
  });

  test('an unknown address gets the same answer (no account is revealed)', async () => {
    await inFreshBrowser(async ({ page }) => {
      await page.goto(`${server.url}/inloggen/e-mail`);
      await page.getByRole('heading', { level: 1, name: 'Inloggen met een e-maillink' }).waitFor();
      await field(page, 'E-mailadres').fill('onbekend@nergens.example');
      await page.getByRole('button', { name: 'Stuur de inloglink' }).click();
      await page.getByTestId('request-sent').waitFor();
    });
  });

  test('after an email login the password still works', async () => {
    await inFreshBrowser(async (browser) => {
      const { page } = browser;
      await loginWithPassword(browser, newPassword);
      const outcome = await Promise.race([
        page.waitForURL(new RegExp(`/n/${networkId}$`)).then(() => 'signed in'),
        page
          .getByTestId('form-error-summary')
          .waitFor()
          .then(async () => `refused: ${await page.getByTestId('form-error-summary').textContent()}`),
      ]);
      // Known server issue (reported): accounts made by setup or with an invitation password have emailVerified=false, and
      // better-auth's magic-link verify then deletes their credentials and sessions (revokeUnprovenAccountAccess).
      expect(outcome, 'the password must survive an email login').toBe('signed in');
    });
  });
});
