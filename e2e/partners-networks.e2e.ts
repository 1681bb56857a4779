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
import { field, setupViaApi } from './support/ui.js';

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
    await apiPost(page, `/api/networks/${zwolle}/partners`, {
      name: '99van Deventer',
      kind: 'employer_network',
      partnerNetworkId: deventer,
      agreement: 'Gezamenlijke ontbijten en doorverwijzen van kandidaten',
      since: '2026-01-01',
      contactName: 'Jan Jansen',
      documents: ['Samenwerkingsovereenkomst 2026.pdf'],
    });
    await apiPost(page, `/api/networks/${zwolle}/activities/${activity.id}/shares`, { partnerNetworkId: deventer });

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
});
