// Inrichting in a real Chromium: a coordinator runs the verkenning wizard, saves two versions, applies the first with the
// diff shown and confirmed, reads the responsibility matrix, assigns three people to roles and sees the gap signal for a
// vacant role disappear, looks at the task board and the bodies, compares the two versions and downloads the PDF.
// Then the responsibility matrix is edited in place (one A per task), the kerngroep decides on two applications for
// membership, and a meeting's agenda is edited after it was planned.
// axe runs on every screen; the screenshots feed docs/handleiding/inrichting.md.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeSummary, expectNoSeriousAxeViolations } from './support/axe.js';
import { launchBrowser, phoneViewport, desktopViewport, type BrowserSession } from './support/browser.js';
import { screenshot } from './support/screenshot.js';
import { skipAfterFirstFailure } from './support/sequence.js';
import { readLinkFromOutbox } from './support/outbox.js';
import { startTestServer, type TestServer } from './support/server.js';
import { field, loginViaApi, setupViaApi } from './support/ui.js';

const admin = { name: 'Anna de Vries', email: 'anna@voorbeeld.nl', password: 'paarse olifanten dansen op dinsdag' };
const people = [
  { name: 'Fatima El Amrani', email: 'fatima@bakkerij-jansen.example' },
  { name: 'Gert Wolters', email: 'gert@wolters-techniek.example' },
  { name: 'Hanneke Smit', email: 'hanneke@zorggroep.example' },
];

let server: TestServer;
let browser: BrowserSession;
let networkId = '';

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  const { page } = browser;
  page.on('console', (message) => {
    if (message.type() === 'error') console.error(`[console] ${message.text()}`);
  });
  networkId = await setupViaApi(page, server.url, { admin, network: { name: '99van Testregio' } });
  await loginViaApi(page, server.url, admin);
  for (const person of people) {
    const res = await page.context().request.post(`${server.url}/api/networks/${networkId}/invitations`, {
      data: { ...person, role: 'employer' },
      headers: { 'x-requested-with': 'netwerkregie' },
    });
    if (res.status() !== 201) throw new Error(`invite ${person.email}: ${res.status()} ${await res.text()}`);
  }
});

afterAll(async () => {
  console.log(axeSummary());
  await browser?.close();
  await server?.stop();
});

async function choose(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function atPhoneSize(page: Page, name: string) {
  await page.setViewportSize(phoneViewport);
  await expectNoSeriousAxeViolations(page, `${name} (telefoon)`);
  await page.setViewportSize(desktopViewport);
}

describe('inrichting', () => {
  skipAfterFirstFailure();

  test('the coordinator runs the wizard with a live preview and saves two versions', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/n/${networkId}`);
    await page.getByRole('link', { name: 'Inrichting' }).click();
    await page.waitForURL(/\/inrichting$/);
    await page.getByRole('heading', { level: 1, name: 'Inrichting' }).waitFor();
    await expectNoSeriousAxeViolations(page, 'verkenning');

    await choose(page, 'Wie financiert het netwerk?', 'Externe financier');
    await choose(page, 'Soort financier', 'werkgeversservicepunt');
    const preview = page.getByTestId('preview');
    await expect.poll(() => preview.textContent(), { timeout: 20_000 }).toContain('Formeel bestuur: ja');
    expect(await preview.textContent()).toContain('Mandaat financier: alleen de missie');
    await screenshot(page, 'inrichting-verkenning');

    await page.getByRole('button', { name: 'Volgende' }).click();
    const thumb = page.getByRole('slider', { name: 'Eigenaarschap of ontzorgen' });
    await thumb.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => thumb.getAttribute('aria-valuenow'), { timeout: 20_000 }).toBe('4');
    await expectNoSeriousAxeViolations(page, 'verkenning eigenaarschap');
    await screenshot(page, 'inrichting-eigenaarschap');

    await page.getByRole('button', { name: 'Volgende' }).click();
    await choose(page, 'Fase van het netwerk', 'Opstart');
    await field(page, 'Verwacht aantal deelnemers').fill('40');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByLabel('Er is al een kerngroep gevormd').check();
    await expectNoSeriousAxeViolations(page, 'verkenning wat er al is');

    // Saving without a reason names the field.
    await page.getByTestId('save-version').click();
    await page.getByText('Vul dit veld in').waitFor();
    await field(page, 'Waarom deze versie?').fill('Eerste inrichting na de verkenning met de kerngroep');
    await page.getByTestId('save-version').click();
    await page.getByTestId('versions-table').waitFor();
    expect(await page.getByTestId('versions-table').textContent()).toContain('Eerste inrichting');

    // A second version: the funder now demands an annual plan — the preview shows the tension before saving.
    await page.getByRole('tab', { name: 'Verkenning' }).click();
    await choose(page, 'Wie financiert het netwerk?', 'Externe financier');
    await choose(page, 'Soort financier', 'werkgeversservicepunt');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByRole('button', { name: 'Volgende' }).click();
    await choose(page, 'Fase van het netwerk', 'Opstart');
    await field(page, 'Verwacht aantal deelnemers').fill('40');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByLabel('Er is al een kerngroep gevormd').check();
    await page.getByLabel('De financier eist vooraf een uitgewerkt jaarplan').check();
    await expect
      .poll(() => page.getByTestId('preview-tensions').textContent())
      .toContain('Uitgewerkt jaarplan tegenover behoeftegestuurd netwerk');
    await field(page, 'Waarom deze versie?').fill('De financier vraagt nu een jaarplan');
    await page.getByTestId('save-version').click();
    await expect
      .poll(() => page.getByTestId('versions-table').textContent(), { timeout: 20_000 })
      .toContain('De financier vraagt nu');
    await expectNoSeriousAxeViolations(page, 'versies');
    await screenshot(page, 'inrichting-versies');
    await atPhoneSize(page, 'versies');
  });

  test('applying a version shows the changes first and only applies on confirmation', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Versie 1 toepassen' }).click();
    const diff = page.getByTestId('apply-diff');
    await diff.waitFor();
    const text = await diff.textContent();
    expect(text).toContain('Nieuwe taken (');
    expect(text).toContain('Nieuwe organen');
    expect(text).toContain('alleen totalen');
    await expectNoSeriousAxeViolations(page, 'toepassen: wijzigingen');
    await screenshot(page, 'inrichting-toepassen');
    await page.getByTestId('confirm-apply').click();
    await diff.waitFor({ state: 'detached' });
    await page.getByText('Versie 1 is toegepast.').waitFor();

    await page.getByRole('tab', { name: 'Verantwoordelijkheidsmatrix' }).click();
    const matrix = page.getByTestId('matrix');
    await matrix.waitFor();
    expect(await matrix.textContent()).toContain('Toelating nieuwe deelnemers');
    expect(await matrix.textContent()).toContain('R+A');
    await expectNoSeriousAxeViolations(page, 'matrix');
    await screenshot(page, 'inrichting-matrix');
  });

  test('three people are assigned to roles; the vacant-role signal disappears', async () => {
    const { page } = browser;
    // A full load (not the in-app link): other test runs on this machine may rebuild the web app's hashed files meanwhile.
    await page.goto(`${server.url}/n/${networkId}/inrichting/organisatie`);
    const signals = page.getByTestId('gap-signals');
    await signals.waitFor();
    await expect.poll(() => signals.textContent(), { timeout: 20_000 }).toContain('Rol onbezet: Backoffice');
    await expectNoSeriousAxeViolations(page, 'signalen en rollen');
    await screenshot(page, 'inrichting-signalen');

    const assignments: [string, string][] = [
      ['Fatima El Amrani', 'Backoffice'],
      ['Gert Wolters', 'Kerngroep'],
      ['Hanneke Smit', 'Klankbordgroep'],
    ];
    for (const [person, role] of assignments) {
      await choose(page, 'Persoon', person);
      await choose(page, 'Rol', role);
      await page.getByTestId('assign-submit').click();
      await expect
        .poll(() => page.getByTestId('assignments-table').textContent(), { timeout: 20_000 })
        .toContain(person);
    }
    await expect
      .poll(() => page.getByTestId('gap-signals').textContent(), { timeout: 20_000 })
      .not.toContain('Rol onbezet: Backoffice');
    await expect
      .poll(() => page.getByTestId('gap-signals').textContent(), { timeout: 20_000 })
      .not.toContain('Rol onbezet: Klankbordgroep');
    const table = await page.getByTestId('assignments-table').textContent();
    for (const [person] of assignments) expect(table).toContain(person);
    await expectNoSeriousAxeViolations(page, 'rollen toegewezen');
    await screenshot(page, 'inrichting-rollen');
    await atPhoneSize(page, 'rollen');

    await page.getByRole('tab', { name: 'Takenbord' }).click();
    await page.getByTestId('task-board').waitFor();
    await expectNoSeriousAxeViolations(page, 'takenbord');
    await screenshot(page, 'inrichting-takenbord');

    await page.getByRole('tab', { name: 'Organen en besluiten' }).click();
    await page
      .getByRole('heading', { name: /Kerngroep/ })
      .first()
      .waitFor();
    await expectNoSeriousAxeViolations(page, 'organen en besluiten');
    await screenshot(page, 'inrichting-organen');
  });

  test('two versions side by side, and the inrichtingsdocument as PDF', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/n/${networkId}/inrichting?tab=versies`);
    await choose(page, 'Versie links', 'Versie 1');
    await choose(page, 'Versie rechts', 'Versie 2');
    const comparison = page.getByTestId('comparison');
    await expect.poll(() => comparison.textContent(), { timeout: 20_000 }).toContain('Nieuwe spanningen');
    expect(await comparison.textContent()).toContain('Uitgewerkt jaarplan tegenover behoeftegestuurd netwerk');
    // In words, not field names: the changed input reads as a sentence.
    const words = (await page.getByTestId('comparison-words').textContent()) ?? '';
    expect(words).toContain('‘Financier eist uitgewerkt jaarplan’ gaat van nee naar ja.');
    expect(words).not.toMatch(/existing\.|annualPlanRequired|true|false|→/);
    await expectNoSeriousAxeViolations(page, 'versies vergelijken');
    await page.getByTestId('comparison').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'inrichting-vergelijken');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Inrichtingsdocument van versie 1 als PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('inrichting-versie-1.pdf');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'nr-e2e-pdf-')), 'inrichting.pdf');
    await download.saveAs(file);
    const text = execFileSync('/usr/bin/pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Basisinrichting van het netwerk: 99van Testregio');
    expect(text).toContain('Verantwoordelijkheidsmatrix');
    expect(text).toContain('Eerste inrichting na de verkenning met de kerngroep');
  });

  test('a saved version opens on screen, read-only, with its choices, matrix and reasons', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/n/${networkId}/inrichting?tab=versies`);
    await page.getByRole('button', { name: 'Versie 1 bekijken' }).click();
    const view = page.getByTestId('version-view');
    await view.waitFor();
    await page.getByRole('dialog', { name: 'Versie 1 van de inrichting' }).waitFor();
    const choices = (await page.getByTestId('version-choices').textContent()) ?? '';
    expect(choices).toContain('op de schaal van 1 (voor en door werkgevers) tot 5 (volledig ontzorgen)');
    expect(choices).toContain('40');
    expect(await view.textContent()).toContain('Eerste inrichting na de verkenning met de kerngroep');
    expect(await view.textContent()).toContain('Alleen lezen');
    const matrix = page.getByTestId('version-matrix');
    expect(await matrix.locator('tbody tr').count()).toBeGreaterThan(5);
    expect(await matrix.textContent()).toContain('Kerngroep');
    expect(await page.getByTestId('version-reasons').locator('li').count()).toBeGreaterThan(5);
    // Read-only: nothing in the view edits or applies.
    expect(await view.getByRole('textbox').count()).toBe(0);
    expect(await view.getByRole('button', { name: /Toepassen|Opslaan/ }).count()).toBe(0);
    await expectNoSeriousAxeViolations(page, 'opgeslagen versie bekijken');
    await screenshot(page, 'inrichting-versie-bekijken');
    await page.getByTestId('version-view-close').click();
    await view.waitFor({ state: 'detached' });
  });

  test('the responsibility matrix is edited in place: a second A is refused, a valid edit becomes version 3', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/n/${networkId}/inrichting?tab=matrix`);
    await page.getByTestId('matrix').waitFor();
    await page.getByRole('button', { name: 'Matrix bewerken' }).click();
    const coordinator = page.getByRole('combobox', {
      name: 'Toelating nieuwe deelnemers — Netwerkcoördinator',
      exact: true,
    });
    await coordinator.waitFor();
    // Keyboard: the cells are native selects, reached with Tab and changed with the arrow keys or typing.
    await coordinator.focus();
    await coordinator.selectOption('A');
    const alert = page.getByRole('alert').filter({ hasText: 'Los eerst deze punten op' });
    await expect
      .poll(() => alert.textContent())
      .toContain('Taak "Toelating nieuwe deelnemers": er mag maar één rol eindverantwoordelijk zijn (A)');
    expect(await page.getByRole('button', { name: 'Matrix opslaan' }).isDisabled()).toBe(true);
    await expectNoSeriousAxeViolations(page, 'matrix bewerken met fout');
    await screenshot(page, 'inrichting-matrix-bewerken');

    await page
      .getByRole('combobox', { name: 'Toelating nieuwe deelnemers — Kerngroep', exact: true })
      .selectOption('R');
    await alert.waitFor({ state: 'detached' });
    await field(page, 'Waarom verandert de matrix?').fill(
      'De coördinator beslist over toelating, de kerngroep voert uit',
    );
    await page.getByRole('button', { name: 'Matrix opslaan' }).click();
    await page.getByText('De matrix is opgeslagen als versie 3.').waitFor();
    await page.getByText('Versie 3', { exact: true }).waitFor();
    expect(await page.locator('[data-testid=matrix] select').count()).toBe(0);
    const current = await page.context().request.get(`${server.url}/api/networks/${networkId}/design/current`);
    const version = (await current.json()).version;
    expect(version.versionNumber).toBe(3);
    const admit = version.output.tasks.find((x: { code: string }) => x.code === 'admit_members');
    expect(admit).toMatchObject({ responsible: 'core_group', accountable: 'coordinator' });
    await expectNoSeriousAxeViolations(page, 'matrix na bewerken');
  });

  test('who may do what, and why: the rights tab names the task and version that gave a right', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/n/${networkId}/inrichting?tab=rechten`);
    await page.getByTestId('rights-design').filter({ hasText: 'versie 3' }).waitFor();
    await page.getByLabel('Rol', { exact: true }).selectOption({ label: 'Kerngroep' });
    // The matrix edit above made the kerngroep carry out admissions (R): its rights say so.
    const row = page.locator('[data-testid=rights-table] tr[data-action="members.read"]');
    await expect.poll(() => row.textContent()).toContain('Taak ‘Toelating nieuwe deelnemers’ (R) in versie 3');
    await page.getByLabel('Zoek een recht').fill('lidmaatschap');
    await expect.poll(() => page.locator('[data-testid=rights-table] tbody tr').count()).toBe(1);
    await page.getByText('Wat een inrichting nooit verandert').waitFor();
    await expectNoSeriousAxeViolations(page, 'rechten per rol');
    await screenshot(page, 'inrichting-rechten');
  });

  test('the kerngroep admits one application and refuses another; the membership status follows', async () => {
    const { page } = browser;
    const headers = { 'x-requested-with': 'netwerkregie' };
    const orgIds: Record<string, string> = {};
    for (const name of ['Bakkerij Jansen', 'Wolters Techniek']) {
      const created = await page.context().request.post(`${server.url}/api/networks/${networkId}/organisations`, {
        data: { kind: 'employer', name },
        headers,
      });
      expect(created.status(), await created.text()).toBe(201);
      orgIds[name] = (await created.json()).id;
      const applied = await page
        .context()
        .request.put(`${server.url}/api/networks/${networkId}/organisations/${orgIds[name]}/membership/status`, {
          data: { status: 'applied' },
          headers,
        });
      expect(applied.status(), await applied.text()).toBeLessThan(300);
    }

    await page.goto(`${server.url}/n/${networkId}/inrichting/organisatie?tab=toelating`);
    const table = page.getByTestId('admissions-table');
    await expect.poll(() => table.textContent(), { timeout: 20_000 }).toContain('Wolters Techniek');
    expect(await table.textContent()).toContain('Bakkerij Jansen');
    await expectNoSeriousAxeViolations(page, 'toelating');

    await page.getByRole('button', { name: 'Besluiten over Bakkerij Jansen' }).click();
    await page.getByTestId('admission-submit').click();
    await page.getByText('Geef de reden van het besluit.').waitFor();
    await field(page, 'Reden').fill('Tekent het convenant en meldt een ambitie van twee banen');
    await page.getByLabel('Delen met de financier').check();
    await expectNoSeriousAxeViolations(page, 'toelatingsbesluit');
    await screenshot(page, 'inrichting-toelating');
    await page.getByTestId('admission-submit').click();
    await page.getByText('Bakkerij Jansen is toegelaten.').waitFor();
    await expect.poll(() => table.textContent(), { timeout: 20_000 }).not.toContain('Bakkerij Jansen');

    await page.getByRole('button', { name: 'Besluiten over Wolters Techniek' }).click();
    await page.getByLabel('Afwijzen').check();
    await field(page, 'Reden').fill('Valt buiten de regio van het netwerk');
    await page.getByTestId('admission-submit').click();
    await page.getByText('Wolters Techniek is niet toegelaten.').waitFor();
    await page.getByText('Er wachten geen aanmeldingen op een besluit.').waitFor();
    const decided = page.getByTestId('admission-decisions');
    await expect
      .poll(() => decided.textContent(), { timeout: 20_000 })
      .toContain('Niet toegelaten als deelnemer: Wolters Techniek');
    expect(await decided.textContent()).toContain('Toegelaten als deelnemer: Bakkerij Jansen');
    await expectNoSeriousAxeViolations(page, 'toelating besloten');
    await screenshot(page, 'inrichting-toelating-besloten');
    await atPhoneSize(page, 'toelating');

    const statusOf = async (name: string) => {
      const res = await page
        .context()
        .request.get(`${server.url}/api/networks/${networkId}/organisations/${orgIds[name]}`);
      return (await res.json()).membership;
    };
    expect(await statusOf('Bakkerij Jansen')).toMatchObject({ status: 'admitted' });
    expect(await statusOf('Wolters Techniek')).toMatchObject({ status: 'ended' });
  });

  test("a meeting's agenda is edited after the meeting was planned", async () => {
    const { page } = browser;
    const api = `${server.url}/api/networks/${networkId}/governance`;
    const headers = { 'x-requested-with': 'netwerkregie' };
    const bodies = (await (await page.context().request.get(`${api}/bodies`)).json()).items as {
      id: string;
      kind: string;
    }[];
    const kerngroep = bodies.find((b) => b.kind === 'core_group')!;
    const planned = await page.context().request.post(`${api}/meetings`, {
      data: { bodyId: kerngroep.id, startsAt: '2026-12-10T15:00:00.000Z', agenda: 'Opening' },
      headers,
    });
    expect(planned.status(), await planned.text()).toBe(201);
    const meetingId = (await planned.json()).id;

    await page.goto(`${server.url}/n/${networkId}/inrichting/organisatie?tab=organen`);
    const agenda = page.getByRole('textbox', { name: 'Agenda van deze vergadering' }).first();
    await agenda.waitFor();
    expect(await agenda.inputValue()).toBe('Opening');
    await agenda.fill('Opening\nToelating Bakkerij Jansen: welkom\nRondvraag');
    await page.getByRole('button', { name: 'Agenda opslaan' }).first().click();
    await page.getByText('De agenda is opgeslagen.').waitFor();
    await expectNoSeriousAxeViolations(page, 'agenda bewerken');
    await screenshot(page, 'inrichting-agenda');
    const meeting = await (await page.context().request.get(`${api}/meetings/${meetingId}`)).json();
    expect(meeting).toMatchObject({ agenda: 'Opening\nToelating Bakkerij Jansen: welkom\nRondvraag', version: 2 });
  });

  test('a funder sees only the decisions shared with it, and a shared admission only as a count', async () => {
    const { page } = browser;
    const request = page.context().request;
    const headers = { 'x-requested-with': 'netwerkregie' };
    const api = `${server.url}/api/networks/${networkId}/governance`;
    const bodies = (await (await request.get(`${api}/bodies`)).json()).items as { id: string; kind: string }[];
    const shared = await request.post(`${api}/decisions`, {
      data: {
        bodyId: bodies.find((b) => b.kind === 'core_group')!.id,
        decidedOn: '2026-11-25',
        text: 'Het netwerk richt zich op 40 banen in 2027',
        kind: 'direction',
        reason: 'Past bij de missie en de ambities van de deelnemers',
        sharedWithFunder: true,
      },
      headers,
    });
    expect(shared.status(), await shared.text()).toBe(201);
    const funder = { name: 'Wim Werkgeversservicepunt', email: 'wim@wsp.example' };
    const invited = await request.post(`${server.url}/api/networks/${networkId}/invitations`, {
      data: { ...funder, role: 'funder' },
      headers,
    });
    expect(invited.status(), await invited.text()).toBe(201);
    const link = await readLinkFromOutbox(request, server.url, {
      to: funder.email,
      kind: 'invitation',
      linkPart: '/uitnodiging/',
    });
    const token = link.path.split('/uitnodiging/')[1]!.split(/[?#]/)[0]!;
    const password = 'de financier stuurt alleen op de missie';
    const accepted = await request.post(`${server.url}/api/invitations/${token}/accept`, {
      data: { password },
      headers,
    });
    expect(accepted.status(), await accepted.text()).toBe(200);
    await loginViaApi(page, server.url, { email: funder.email, password });

    await page.goto(`${server.url}/n/${networkId}/inrichting`);
    await page.getByRole('link', { name: 'Naar de besluiten die met u zijn gedeeld' }).click();
    const table = page.getByTestId('shared-decisions');
    await expect.poll(() => table.textContent(), { timeout: 20_000 }).toContain('Het netwerk richt zich op 40 banen');
    expect(await table.textContent()).not.toContain('Bakkerij Jansen');
    expect(await page.getByTestId('organisation-decisions').textContent()).toContain(
      'Gedeelde besluiten over afzonderlijke organisaties (zoals toelatingen): 1.',
    );
    await expectNoSeriousAxeViolations(page, 'financier: gedeelde besluiten');
    await screenshot(page, 'inrichting-financier');
  });
});
