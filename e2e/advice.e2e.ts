// The klankbordgroep advises, in a real Chromium: the coordinator sends an advice request (the klankbordgroep's member gets a
// mail in the outbox), the member sees it on their start page, answers it in the app, the kerngroep's coordinator links the
// advice to the decision that followed ("deels overgenomen", with a reason), and the decision log shows it. Axe on every
// new screen; the screenshots feed docs/handleiding/advies-klankbordgroep.md.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeSummary, expectNoSeriousAxeViolations } from './support/axe.js';
import { launchBrowser, type BrowserSession } from './support/browser.js';
import { readLinkFromOutbox } from './support/outbox.js';
import { screenshot } from './support/screenshot.js';
import { skipAfterFirstFailure } from './support/sequence.js';
import { startTestServer, type TestServer } from './support/server.js';
import { field, loginViaApi, setupViaApi } from './support/ui.js';

const admin = { name: 'Anna de Vries', email: 'anna@advies.example', password: 'paarse olifanten dansen op dinsdag' };
const member = {
  name: 'Karim Bouzid',
  email: 'karim@klankbord.example',
  password: 'een-lange-zin-voor-de-klankbordgroep-2026',
};
const headers = { 'x-requested-with': 'netwerkregie' };
const question = 'Hoe betrekken we meer werkgevers uit de zorg bij het netwerk?';
const answer =
  'Organiseer een werkbezoek bij een zorgwerkgever die al mensen met een afstand tot werk in dienst heeft.';
const decisionText = 'In het voorjaar een werkbezoek bij een zorgwerkgever';

let server: TestServer;
let coord: BrowserSession;
let klankbord: BrowserSession;
let networkId = '';

beforeAll(async () => {
  server = await startTestServer();
  coord = await launchBrowser();
  klankbord = await launchBrowser();
});

afterAll(async () => {
  console.log(axeSummary());
  await coord?.close();
  await klankbord?.close();
  await server?.stop();
});

describe('advice of the klankbordgroep', () => {
  skipAfterFirstFailure();

  test('setup: a network, a klankbordgroep member invited and signed up, a kerngroep', async () => {
    const { page } = coord;
    networkId = await setupViaApi(page, server.url, { admin, network: { name: '99van Zorg en Welzijn' } });
    await loginViaApi(page, server.url, admin);
    const api = page.context().request;
    const invite = await api.post(`${server.url}/api/networks/${networkId}/invitations`, {
      data: { name: member.name, email: member.email, role: 'sounding_board' },
      headers,
    });
    expect(invite.status(), await invite.text()).toBe(201);
    const link = await readLinkFromOutbox(api, server.url, {
      to: member.email,
      kind: 'invitation',
      linkPart: '/uitnodiging/',
    });
    const token = link.path.split('/uitnodiging/')[1]!;
    const accept = await klankbord.page.context().request.post(`${server.url}/api/invitations/${token}/accept`, {
      data: { password: member.password },
      headers,
    });
    expect(accept.status(), await accept.text()).toBe(200);
    const body = await api.post(`${server.url}/api/networks/${networkId}/governance/bodies`, {
      data: { kind: 'core_group', name: 'Kerngroep' },
      headers,
    });
    expect(body.status(), await body.text()).toBe(201);
  });

  test('the coordinator sends an advice request; the member gets a mail', async () => {
    const { page } = coord;
    await page.goto(`${server.url}/n/${networkId}/advies`);
    await page.getByRole('heading', { level: 1, name: 'Adviesvragen' }).waitFor();
    const form = page.getByRole('form', { name: 'Nieuwe adviesvraag' });
    // A deadline in the past is refused in Dutch on the field.
    await field(form, 'Vraag').fill(question);
    await field(form, 'Achtergrond').fill('De kerngroep wil in 2027 vijf zorgwerkgevers als deelnemer erbij.');
    await field(form, 'Uiterste datum').fill('2020-01-01');
    await form.getByRole('button', { name: 'Adviesvraag versturen' }).click();
    await form.getByText('Kies een uiterste datum van vandaag of later.').waitFor();
    const deadline = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    await field(form, 'Uiterste datum').fill(deadline);
    await expectNoSeriousAxeViolations(page, 'adviesvraag stellen');
    await screenshot(page, 'advies-vraag-stellen');
    await form.getByRole('button', { name: 'Adviesvraag versturen' }).click();
    await page.getByText('De adviesvraag is verstuurd; 1 leden van de klankbordgroep kregen een e-mail.').waitFor();
    await page.getByTestId('advice-requests-table').getByText(question).waitFor();
    const outbox = await page
      .context()
      .request.get(`${server.url}/api/admin/outbox?search=${encodeURIComponent(member.email)}`);
    const items = ((await outbox.json()) as { items: { kind: string; subject: string }[] }).items;
    expect(items.find((i) => i.kind === 'advice_request')?.subject).toContain('Adviesvraag aan de klankbordgroep');
  });

  test('the klankbordgroep member sees the request on the start page and answers it', async () => {
    const { page } = klankbord;
    await loginViaApi(page, server.url, member);
    await page.goto(`${server.url}/n/${networkId}`);
    const card = page.getByTestId('advice-card');
    await card.getByText(question, { exact: false }).waitFor();
    await expectNoSeriousAxeViolations(page, 'startpagina klankbordgroep');
    await screenshot(page, 'advies-startpagina-klankbordgroep');
    await card.getByRole('link', { name: 'Alle adviesvragen en uw advies' }).click();
    await page.getByRole('heading', { level: 1, name: 'Adviesvragen' }).waitFor();
    // The member cannot ask, only answer.
    expect(await page.getByRole('form', { name: 'Nieuwe adviesvraag' }).count()).toBe(0);
    await page
      .getByTestId('advice-requests-table')
      .getByRole('button', { name: /^Advies geven/ })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Advies geven' });
    await field(dialog, 'Uw advies').fill(answer);
    await expectNoSeriousAxeViolations(page, 'advies geven');
    await screenshot(page, 'advies-geven');
    await dialog.getByRole('button', { name: 'Advies geven' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('advice-requests-table').getByText(`Uw advies: ${answer}`).waitFor();
    await page.getByTestId('advice-table').getByText(answer).waitFor();
    expect(await page.getByRole('button', { name: /Mijn advies aanpassen/ }).count()).toBe(1);
  });

  test('the kerngroep links the advice to the decision, and the decision log shows what was done with it', async () => {
    const { page } = coord;
    const api = page.context().request;
    const bodies = (await (await api.get(`${server.url}/api/networks/${networkId}/governance/bodies`)).json()) as {
      items: { id: string; kind: string }[];
    };
    const decision = await api.post(`${server.url}/api/networks/${networkId}/governance/decisions`, {
      data: {
        bodyId: bodies.items.find((b) => b.kind === 'core_group')!.id,
        decidedOn: new Date().toISOString().slice(0, 10),
        text: decisionText,
        kind: 'agenda',
      },
      headers,
    });
    expect(decision.status(), await decision.text()).toBe(201);
    await page.goto(`${server.url}/n/${networkId}/advies`);
    const table = page.getByTestId('advice-table');
    await table.getByText(answer).waitFor();
    await table.getByRole('button', { name: `Koppelen aan besluit: advies van ${member.name}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Advies koppelen aan een besluit' });
    await field(dialog, 'Besluit').click();
    await page.getByRole('option', { name: new RegExp(decisionText) }).click();
    await field(dialog, 'Wat heeft het besluit met dit advies gedaan?').click();
    await page.getByRole('option', { name: 'deels overgenomen' }).click();
    await field(dialog, 'Reden').fill('Wel een werkbezoek, maar breder dan alleen de zorg.');
    await expectNoSeriousAxeViolations(page, 'advies koppelen aan besluit');
    await screenshot(page, 'advies-koppelen-aan-besluit');
    await dialog.getByRole('button', { name: 'Koppeling opslaan' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await table.getByText('deels overgenomen: Wel een werkbezoek, maar breder dan alleen de zorg.').waitFor();
    await page.goto(`${server.url}/n/${networkId}/inrichting/organisatie?tab=organen`);
    const log = page.getByTestId('decisions-table');
    const line = log.getByTestId('decision-advice');
    await line.first().waitFor();
    expect(await line.first().textContent()).toBe(
      `Advies van de klankbordgroep: “${answer}” — deels overgenomen (reden: Wel een werkbezoek, maar breder dan alleen de zorg.)`,
    );
    await log.scrollIntoViewIfNeeded();
    await expectNoSeriousAxeViolations(page, 'besluitenlog met advies');
    await screenshot(page, 'advies-in-besluitenlog');
  });

  test('the member sees what was done with their advice', async () => {
    const { page } = klankbord;
    await page.goto(`${server.url}/n/${networkId}/advies`);
    await page.getByTestId('advice-table').getByText('deels overgenomen', { exact: false }).first().waitFor();
    await page.getByTestId('advice-table').scrollIntoViewIfNeeded();
    await screenshot(page, 'advies-wat-ermee-gedaan');
  });
});
