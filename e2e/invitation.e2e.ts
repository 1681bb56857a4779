// Invitation: a coordinator invites someone; the email appears in the outbox; the invitee opens the link in a fresh browser,
// chooses a password and lands in the network; later they log in with that password.
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
const invitee = {
  name: 'Dirk Mulder',
  email: 'dirk@mulder-installatie.example',
  password: 'koffie met een gevulde koek',
};
const networkName = '99van Oost';

let server: TestServer;
let coordinatorBrowser: BrowserSession;
let inviteeBrowser: BrowserSession;
let networkId = '';
let invitationPath = '';

beforeAll(async () => {
  server = await startTestServer();
  coordinatorBrowser = await launchBrowser();
  inviteeBrowser = await launchBrowser();
});

afterAll(async () => {
  console.log(axeSummary());
  await inviteeBrowser?.close();
  await coordinatorBrowser?.close();
  await server?.stop();
});

describe('invitation', () => {
  skipAfterFirstFailure();

  test('the coordinator invites a person from the people page', async () => {
    const { page } = coordinatorBrowser;
    networkId = await setupViaApi(page, server.url, {
      admin: coordinator,
      network: { name: networkName, region: 'Oost' },
    });
    await page.goto(`${server.url}/n/${networkId}`);
    await page.getByRole('link', { name: 'Mensen uitnodigen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Iemand uitnodigen' });
    await dialog.waitFor();
    await field(dialog, 'Naam').fill(invitee.name);
    await field(dialog, 'E-mailadres').fill(invitee.email);
    await dialog.getByRole('combobox', { name: 'Rol' }).click();
    await page.getByRole('option', { name: 'Kerngroep' }).click();
    await screenshot(page, 'uitnodigen-ingevuld');
    await dialog.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText(`Uitnodiging verstuurd naar ${invitee.email}.`).waitFor();
    const row = page.getByTestId('invitations-table').getByRole('row', { name: new RegExp(invitee.email) });
    await row.waitFor();
    expect(await row.textContent()).toContain('Openstaand');
    await expectNoSeriousAxeViolations(page, 'mensen na uitnodiging');
    await screenshot(page, 'uitnodigingen');

    // Inviting the same person into the same role again is refused, and the server's message shows in the form.
    await page.getByRole('button', { name: 'Iemand uitnodigen' }).click();
    await dialog.waitFor();
    await field(dialog, 'Naam').fill(invitee.name);
    await field(dialog, 'E-mailadres').fill(invitee.email);
    await dialog.getByRole('combobox', { name: 'Rol' }).click();
    await page.getByRole('option', { name: 'Kerngroep' }).click();
    await dialog.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    const summary = dialog.getByTestId('form-error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('openstaande uitnodiging');
    await dialog.getByRole('button', { name: 'Annuleren' }).first().click();
    await dialog.waitFor({ state: 'hidden' });
  });

  test('the invitation email is in the outbox with a link', async () => {
    const { page } = coordinatorBrowser;
    const link = await readLinkFromOutbox(page.context().request, server.url, {
      to: invitee.email,
      kind: 'invitation',
      linkPart: '/uitnodiging/',
    });
    invitationPath = link.path;
    expect(invitationPath).toMatch(/^\/uitnodiging\/[^/]+$/);

    // The admin sees the same mail in "Verzonden e-mail".
    await page.goto(`${server.url}/beheer/outbox`);
    await page.getByLabel('Zoeken op ontvanger of onderwerp').fill('mulder');
    await page.waitForURL(/zoek=mulder/);
    await page
      .getByTestId('outbox-table')
      .getByRole('link', { name: `Uitnodiging voor ${networkName} in Netwerkregie` })
      .click();
    await page.waitForURL(new RegExp(`/beheer/outbox/${link.messageId}$`));
    expect(await page.getByTestId('mail-text').textContent()).toContain(invitationPath);
    await expectNoSeriousAxeViolations(page, 'outbox-bericht uitnodiging');
  });

  test('the invitee opens the link in a fresh browser, sets a password and lands in the network', async () => {
    const { page } = inviteeBrowser;
    await page.goto(`${server.url}${invitationPath}`);
    await page.getByRole('heading', { level: 1, name: 'Uitnodiging' }).waitFor();
    expect(await page.getByText(`u bent uitgenodigd voor ${networkName}`).count()).toBe(1);
    await expectNoSeriousAxeViolations(page, 'uitnodiging');
    await screenshot(page, 'uitnodiging-accepteren');
    await page.setViewportSize(phoneViewport);
    await expectNoSeriousAxeViolations(page, 'uitnodiging (telefoon)');
    await page.setViewportSize(desktopViewport);

    // A too short password is caught next to the field.
    await field(page, 'Wachtwoord').fill('kort');
    await field(page, 'Herhaal het wachtwoord').fill('kort');
    await page.getByRole('button', { name: 'Uitnodiging accepteren' }).click();
    await page.getByTestId('form-error-summary').waitFor();
    expect(await page.locator(`#invitation-password-error`).textContent()).toBe(
      'Kies een wachtwoord van minstens 12 tekens',
    );
    await expectNoSeriousAxeViolations(page, 'uitnodiging met fout');

    await field(page, 'Wachtwoord').fill(invitee.password);
    await field(page, 'Herhaal het wachtwoord').fill(invitee.password);
    await page.getByRole('button', { name: 'Uitnodiging accepteren' }).click();
    await page.waitForURL(new RegExp(`/n/${networkId}$`));
    await expect.poll(() => page.getByTestId('network-name').textContent()).toBe(networkName);
    // Not a coordinator and not a platform admin: no invite button, no admin menu.
    expect(await page.getByRole('link', { name: 'Mensen uitnodigen' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Verzonden e-mail' }).count()).toBe(0);
    await expectNoSeriousAxeViolations(page, 'overzicht als kerngroeplid');
  });

  test('the invitation cannot be used twice, and the coordinator sees it accepted', async () => {
    const anonymous = await launchBrowser();
    try {
      await anonymous.page.goto(`${server.url}${invitationPath}`);
      await anonymous.page.getByText('Deze uitnodiging bestaat niet of is verlopen.', { exact: false }).waitFor();
    } finally {
      await anonymous.close();
    }
    const { page } = coordinatorBrowser;
    await page.goto(`${server.url}/n/${networkId}/mensen`);
    await page.getByTestId('people-table').getByRole('cell', { name: invitee.email }).waitFor();
    const row = page.getByTestId('invitations-table').getByRole('row', { name: new RegExp(invitee.email) });
    await expect.poll(() => row.textContent()).toContain('Geaccepteerd');
  });

  test('the invitee logs out and in again with the chosen password', async () => {
    const { page } = inviteeBrowser;
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Uitloggen' }).click();
    await page.waitForURL(/\/inloggen\?uitgelogd=1$/);
    await field(page, 'E-mailadres').fill(invitee.email);
    await field(page, 'Wachtwoord').fill(invitee.password);
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.waitForURL(new RegExp(`/n/${networkId}$`));
  });
});
