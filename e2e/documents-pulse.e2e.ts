// Documents and the pulse of felt ownership in a real Chromium on the demo network, with mail going over a real SMTP server
// (smtp-server in this process).
// Documents: the coordinator adds a convenant (PDF) and an Excel file on an organisation's page, searches, downloads the PDF
// byte-identical, sees a renamed .exe and a file over 10 MB refused in Dutch, deletes after confirming; the same in the
// Kennisbank with items for employers and for funders; a member employer sees its own organisation's documents and the
// library items for employers only.
// Pulse: Sturing → Gevoeld eigenaarschap, a closing date in the past is refused, a round goes out by SMTP; anonymous people
// answer through the links from the mails (one fully by keyboard, one at 390 px); with 4 answers the score is "< 5", with
// 5 it shows; a link used twice says so. The screenshots feed docs/handleiding/documenten.md and peiling-eigenaarschap.md.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestSmtp, type TestSmtp } from '../src/server/modules/mailings/smtp-test-server.js';
import { axeSummary, expectNoSeriousAxeViolations } from './support/axe.js';
import { launchBrowser, phoneViewport, desktopViewport, type BrowserSession } from './support/browser.js';
import { readLinkFromOutbox } from './support/outbox.js';
import { screenshot } from './support/screenshot.js';
import { skipAfterFirstFailure } from './support/sequence.js';
import { startTestServer, type TestServer } from './support/server.js';
import { field, loginViaApi } from './support/ui.js';

const admin = { name: 'Anna de Vries', email: 'anna@voorbeeld.nl', password: 'paarse olifanten dansen op dinsdag' };
const employer = {
  name: 'Wendy Werkgever',
  email: 'wendy@documenten.example',
  password: 'een-lange-zin-voor-wendy-2026',
};
const headers = { 'x-requested-with': 'netwerkregie' };

let smtp: TestSmtp;
let server: TestServer;
let browser: BrowserSession;
let demoId = '';
let organisation = { id: '', name: '' };

// A small valid PDF (one empty page), with a correct cross-reference table.
function makePdf(text: string): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>`,
  ];
  const stream = `BT /F1 12 Tf 72 770 Td (${text}) Tj ET`;
  objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

async function makeXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Plaatsingen');
  sheet.addRow(['Kwartaal', 'Plaatsingen']);
  sheet.addRow(['Q1', 4]);
  sheet.addRow(['Q2', 6]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Scrolls so that the heading sits at the top of the screen, below the app's header. */
async function scrollToHeading(page: Page, name: string) {
  await page
    .getByRole('heading', { name, exact: true })
    .first()
    .evaluate((el) => {
      el.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -90);
    });
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function chooseFile(page: Page, scope: ReturnType<Page['getByTestId']>, name: string, buffer: Buffer) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    field(scope, 'Bestand (PDF, Office-document of afbeelding, max. 10 MB)').click(),
  ]);
  // A 10 MB file takes a while to hand to the browser on a busy machine.
  await chooser.setFiles({ name, mimeType: 'application/octet-stream', buffer }, { timeout: 60_000 });
}

async function upload(page: Page, name: string, buffer: Buffer, title: string) {
  const form = page.getByTestId('document-upload-form');
  await chooseFile(page, form, name, buffer);
  await field(form, 'Titel').fill(title);
  await form.getByRole('button', { name: 'Toevoegen' }).click();
  await page.getByTestId('documents-table').getByRole('cell', { name: title, exact: true }).waitFor();
}

beforeAll(async () => {
  smtp = await startTestSmtp();
  server = await startTestServer({ env: { SMTP_URL: smtp.url } });
  browser = await launchBrowser();
});

afterAll(async () => {
  console.log(axeSummary());
  await browser?.close();
  await server?.stop();
  await smtp?.close();
});

describe('documents and kennisbank', () => {
  skipAfterFirstFailure();

  test('setup: demo network, the coordinator opens an organisation', async () => {
    const { page } = browser;
    const api = page.context().request;
    const setup = await api.post(`${server.url}/api/setup`, {
      data: { admin, network: { name: '99van Eigen Regio' }, loadDemo: true },
      headers,
      timeout: 120_000,
    });
    expect(setup.status(), await setup.text()).toBe(201);
    await loginViaApi(page, server.url, admin);
    const session = (await (await api.get(`${server.url}/api/session`)).json()) as {
      networks: { id: string; slug: string }[];
    };
    demoId = session.networks.find((n) => n.slug.startsWith('demo-'))?.id ?? '';
    expect(demoId).not.toBe('');
    const orgs = (await (await api.get(`${server.url}/api/networks/${demoId}/organisations?pageSize=1`)).json()) as {
      items: { id: string; name: string }[];
    };
    organisation = orgs.items[0]!;
    await page.goto(`${server.url}/n/${demoId}/leden/${organisation.id}`);
    await page.getByRole('heading', { level: 1, name: organisation.name }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Documenten' }).waitFor();
  });

  test('uploads a convenant (PDF) and an Excel file, searches, and downloads the PDF byte-identical', async () => {
    const { page } = browser;
    const pdf = makePdf('Convenant 99van Eigen Regio');
    await upload(page, 'convenant-2026.pdf', pdf, 'Convenant 2026');
    await upload(page, 'plaatsingen.xlsx', await makeXlsx(), 'Plaatsingen per kwartaal');
    const table = page.getByTestId('documents-table');
    expect(await table.getByRole('row').count()).toBe(3);
    await field(page.getByTestId('documents-list'), 'Zoeken').fill('convenant');
    await expect.poll(() => table.getByRole('row').count()).toBe(2);
    expect(await table.textContent()).toContain('convenant-2026.pdf');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      table.getByRole('link', { name: 'Downloaden Convenant 2026' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('convenant-2026.pdf');
    const downloaded = fs.readFileSync((await download.path())!);
    expect(sha256(downloaded)).toBe(sha256(pdf));
    await field(page.getByTestId('documents-list'), 'Zoeken').fill('');
    await expect.poll(() => table.getByRole('row').count()).toBe(3);
    await scrollToHeading(page, 'Documenten');
    await expectNoSeriousAxeViolations(page, 'organisatie met documenten');
    await screenshot(page, 'documenten-organisatie');
  });

  test('refuses an .exe renamed .pdf and a file over 10 MB with a clear Dutch message', async () => {
    const { page } = browser;
    const form = page.getByTestId('document-upload-form');
    const exe = Buffer.concat([
      Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'),
      Buffer.alloc(56),
      Buffer.from('This program cannot be run in DOS mode.'),
    ]);
    await chooseFile(page, form, 'handleiding.pdf', exe);
    await form.getByRole('button', { name: 'Toevoegen' }).click();
    const alert = form.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Dit bestand is geen PDF, Office-document');
    await expectNoSeriousAxeViolations(page, 'document geweigerd');
    await form.scrollIntoViewIfNeeded();
    await screenshot(page, 'documenten-geweigerd');
    await chooseFile(page, form, 'groot.pdf', Buffer.alloc(10 * 1024 * 1024 + 300_000, 0x25));
    await form.getByText('Dit bestand is 10,3 MB; er kan hoogstens 10 MB worden opgeslagen.').waitFor();
    expect(await form.getByRole('button', { name: 'Toevoegen' }).isDisabled()).toBe(true);
    expect(await page.getByTestId('documents-table').getByRole('row').count()).toBe(3);
  });

  test('deletes a document only after confirming', async () => {
    const { page } = browser;
    const table = page.getByTestId('documents-table');
    await table.getByRole('button', { name: 'Verwijderen: Plaatsingen per kwartaal' }).click();
    const dialog = page.getByRole('dialog', { name: 'Document verwijderen?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('plaatsingen.xlsx');
    await expectNoSeriousAxeViolations(page, 'document verwijderen bevestigen');
    await screenshot(page, 'documenten-verwijderen');
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await table.getByRole('row').count()).toBe(3);
    await table.getByRole('button', { name: 'Verwijderen: Plaatsingen per kwartaal' }).click();
    await dialog.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => table.getByRole('row').count()).toBe(2);
  });

  test('Kennisbank: items for employers and for funders, filter by category, search, csv', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'Kennisbank' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kennisbank' }).waitFor();
    const form = page.getByTestId('document-upload-form');
    const table = page.getByTestId('documents-table');
    const addItem = async (name: string, title: string, category: string, role: string) => {
      await chooseFile(page, form, name, makePdf(title));
      await field(form, 'Titel').fill(title);
      await field(form, 'Categorie').click();
      await page.getByRole('option', { name: category }).click();
      // Mantine's MultiSelect lays its pill box over the input: click where a person clicks, on the box.
      await field(form, 'Zichtbaar voor').click({ force: true });
      await page.getByRole('option', { name: role }).click();
      await page.keyboard.press('Escape');
      await form.getByRole('button', { name: 'Toevoegen' }).click();
      await page.getByTestId('documents-table').getByRole('cell', { name: title, exact: true }).waitFor();
    };
    await addItem('subsidie-financiers.pdf', 'Subsidievoorwaarden financiers', 'Sjablonen', 'Financiers');
    await addItem('wet-banenafspraak.pdf', 'Wet banenafspraak in het kort', 'Wetgeving', 'Werkgevers');
    // Each item keeps only the readers chosen for it (the form starts afresh after an upload).
    expect(await table.getByRole('row', { name: /Wet banenafspraak/ }).textContent()).toContain('Werkgevers');
    expect(await table.getByRole('row', { name: /Wet banenafspraak/ }).textContent()).not.toContain('Financiers');
    // Newest first by default.
    expect(await table.getByRole('row').nth(1).textContent()).toContain('Wet banenafspraak in het kort');
    const list = page.getByTestId('documents-list');
    await field(list, 'Filter op categorie').click();
    await page.getByRole('option', { name: 'Wetgeving' }).click();
    await expect.poll(() => table.getByRole('row').count()).toBe(2);
    expect(await table.textContent()).toContain('Wet banenafspraak in het kort');
    await field(list, 'Filter op categorie').click();
    await page.getByRole('option', { name: 'Wetgeving' }).click(); // deselects: all categories again
    await expect.poll(() => table.getByRole('row').count()).toBe(3);
    await field(list, 'Sorteren op').click();
    await page.getByRole('option', { name: 'Titel', exact: true }).click();
    await field(list, 'Volgorde').selectOption('asc');
    await expect
      .poll(async () => (await table.getByRole('row').nth(1).textContent()) ?? '')
      .toContain('Subsidievoorwaarden financiers');
    const csvHref = await list.getByRole('link', { name: 'CSV downloaden' }).getAttribute('href');
    const csv = await page.context().request.get(`${server.url}${csvHref}`);
    expect(csv.status()).toBe(200);
    const csvText = await csv.text();
    expect(csvText).toContain('Wet banenafspraak in het kort');
    expect(csvText).toContain('Subsidievoorwaarden financiers');
    const xlsxHref = await list.getByRole('link', { name: 'Excel downloaden' }).getAttribute('href');
    const xlsx = await page.context().request.get(`${server.url}${xlsxHref}`);
    expect(xlsx.status()).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await xlsx.body()) as unknown as ArrayBuffer);
    expect(book.worksheets[0]!.getSheetValues().flat().join(' ')).toContain('Wet banenafspraak in het kort');
    await field(list, 'Zoeken').fill('banenafspraak');
    await expect.poll(() => table.getByRole('row').count()).toBe(2);
    await field(list, 'Zoeken').fill('');
    await expect.poll(() => table.getByRole('row').count()).toBe(3);
    await expectNoSeriousAxeViolations(page, 'kennisbank');
    await screenshot(page, 'kennisbank');
  });

  test('a member employer sees its own organisation’s documents and the library items for employers only', async () => {
    const api = browser.page.context().request;
    const n = `${server.url}/api/networks/${demoId}`;
    const contact = await api.post(`${n}/organisations/${organisation.id}/contacts`, {
      headers,
      data: { name: employer.name, email: employer.email },
    });
    expect(contact.status(), await contact.text()).toBe(201);
    const invited = await api.post(`${n}/invitations`, {
      data: { name: employer.name, email: employer.email, role: 'employer' },
      headers,
    });
    expect(invited.status(), await invited.text()).toBe(201);
    const link = await readLinkFromOutbox(api, server.url, {
      to: employer.email,
      kind: 'invitation',
      linkPart: '/uitnodiging/',
    });
    const token = link.path.split('/uitnodiging/')[1]!.split(/[?#]/)[0]!;
    const wendy = await launchBrowser();
    try {
      const accepted = await wendy.page.context().request.post(`${server.url}/api/invitations/${token}/accept`, {
        data: { password: employer.password },
        headers,
      });
      expect(accepted.status(), await accepted.text()).toBe(200);
      const { page } = wendy;
      await page.goto(`${server.url}/n/${demoId}/leden`);
      await page.getByRole('heading', { level: 2, name: organisation.name }).waitFor();
      const table = page.getByTestId('documents-table');
      await table.getByRole('cell', { name: 'Convenant 2026', exact: true }).waitFor();
      expect(await page.getByTestId('document-upload-form').count()).toBe(0);
      expect(await table.getByRole('button', { name: /Verwijderen/ }).count()).toBe(0);
      await scrollToHeading(page, 'Documenten');
      await expectNoSeriousAxeViolations(page, 'werkgever: eigen organisatie met documenten');
      await screenshot(page, 'documenten-werkgever');
      await page.getByRole('link', { name: 'Kennisbank' }).click();
      await page.getByRole('heading', { level: 1, name: 'Kennisbank' }).waitFor();
      await table.getByRole('cell', { name: 'Wet banenafspraak in het kort', exact: true }).waitFor();
      expect(await table.textContent()).not.toContain('Subsidievoorwaarden financiers');
      expect(await page.getByTestId('document-upload-form').count()).toBe(0);
      await expectNoSeriousAxeViolations(page, 'werkgever: kennisbank');
      // Another organisation's documents stay closed to her, also when asked directly.
      const orgs = (await (await api.get(`${n}/organisations?pageSize=5`)).json()) as { items: { id: string }[] };
      const other = orgs.items.find((o) => o.id !== organisation.id)!;
      const stored = await api.post(
        `${n}/documents?ownerKind=organisation&ownerId=${other.id}&fileName=intentieverklaring.pdf&title=Intentieverklaring`,
        { headers: { ...headers, 'content-type': 'application/octet-stream' }, data: makePdf('Intentieverklaring') },
      );
      expect(stored.status(), await stored.text()).toBe(201);
      const otherId = ((await stored.json()) as { id: string }).id;
      const wendyApi = page.context().request;
      const list = await wendyApi.get(`${n}/documents?ownerKind=organisation&ownerId=${other.id}`, { headers });
      expect(list.status()).toBe(200);
      expect(((await list.json()) as { items: unknown[] }).items).toEqual([]);
      expect((await wendyApi.get(`${n}/documents/${otherId}/file`, { headers })).status()).toBe(404);
      expect((await api.get(`${n}/documents/${otherId}/file`, { headers })).status()).toBe(200);
    } finally {
      await wendy.close();
    }
  });
});

describe('pulse of felt ownership', () => {
  skipAfterFirstFailure();
  const links: string[] = [];
  let invited = 0;
  let anonymous: BrowserSession;

  afterAll(async () => {
    await anonymous?.close();
  });

  const pulseTab = async (page: Page) => {
    await page.goto(`${server.url}/n/${demoId}/sturing`);
    await page.getByRole('tab', { name: 'Gevoeld eigenaarschap' }).click();
    return page.getByRole('tabpanel', { name: 'Gevoeld eigenaarschap' });
  };

  async function answerByClicking(page: Page, path: string, score: number, open: string) {
    await page.goto(`${server.url}${path}`);
    await page.getByRole('heading', { level: 1, name: 'Peiling: hoe eigen voelt het netwerk?' }).waitFor();
    const groups = page.getByRole('radiogroup');
    const count = await groups.count();
    for (let i = 0; i < count; i++)
      await groups
        .nth(i)
        .getByRole('radio', { name: new RegExp(`^${score} –`) })
        .check();
    if (open) await page.getByRole('textbox').fill(open);
    await page.getByRole('button', { name: 'Antwoorden versturen' }).click();
    await page.getByText('Dank je wel! Je antwoorden zijn ontvangen.').waitFor();
  }

  test('the coordinator sends a round; a closing date in the past is refused first', async () => {
    const { page } = browser;
    await page.setViewportSize(desktopViewport);
    await loginViaApi(page, server.url, admin);
    const panel = await pulseTab(page);
    await panel.getByText('Nog geen peiling verstuurd.').waitFor();
    const form = page.getByTestId('pulse-send-form');
    expect(await field(form, 'Stelling 1').inputValue()).toContain('Ik voel me mede-eigenaar van dit netwerk');
    const date = field(form, 'Sluit op');
    expect(await date.getAttribute('type')).toBe('date');
    await date.fill('2020-01-31');
    await form.getByRole('button', { name: 'Versturen' }).click();
    await form.getByText('De sluitingsdatum ligt in het verleden; kies vandaag of later.').waitFor();
    expect(smtp.received.filter((m) => m.raw.includes('/peiling/'))).toHaveLength(0);
    const closes = new Date(Date.now() + 21 * 86_400_000);
    const iso = `${closes.getFullYear()}-${String(closes.getMonth() + 1).padStart(2, '0')}-${String(closes.getDate()).padStart(2, '0')}`;
    await date.fill(iso);
    await expectNoSeriousAxeViolations(page, 'peiling versturen');
    await form.scrollIntoViewIfNeeded();
    await screenshot(page, 'peiling-versturen');
    await form.getByRole('button', { name: 'Versturen' }).click();
    // One mail per member contact goes out over SMTP before the reply: allow for a slow, shared machine.
    const sent = form.getByRole('status').or(form.getByRole('alert'));
    await sent.waitFor({ timeout: 90_000 });
    invited = Number((await sent.textContent())?.match(/verstuurd naar (\d+) contactpersonen/)?.[1]);
    expect(invited).toBeGreaterThanOrEqual(5);
    await expect
      .poll(() => smtp.received.filter((m) => m.raw.includes('/peiling/')).length, { timeout: 30_000 })
      .toBe(invited);
    for (const mail of smtp.received) {
      const match = mail.raw.replace(/=\r\n/g, '').match(/\/peiling\/([A-Za-z0-9_-]+)/);
      if (match) links.push(`/peiling/${match[1]}`);
    }
    expect(new Set(links).size).toBe(invited);
    expect(smtp.received.find((m) => m.raw.includes('/peiling/'))?.subject).toContain('Hoe eigen voelt het netwerk?');
  });

  test('an anonymous member answers fully by keyboard', async () => {
    anonymous = await launchBrowser();
    const { page } = anonymous;
    await page.goto(`${server.url}${links[0]}`);
    await page.getByRole('heading', { level: 1, name: 'Peiling: hoe eigen voelt het netwerk?' }).waitFor();
    await expectNoSeriousAxeViolations(page, 'peiling invullen');
    await screenshot(page, 'peiling-invullen');
    const groups = page.getByRole('radiogroup');
    const count = await groups.count();
    expect(count).toBeGreaterThanOrEqual(3);
    await groups.nth(0).getByRole('radio').first().focus();
    for (let i = 0; i < count; i++) {
      await page.keyboard.press('Space'); // 1
      for (let k = 0; k < 3; k++) await page.keyboard.press('ArrowDown'); // → 4
      await page.keyboard.press('Tab'); // the next statement, then the open question
    }
    for (let i = 0; i < count; i++)
      expect(await groups.nth(i).getByRole('radio', { name: /^4 –/ }).isChecked()).toBe(true);
    await page.keyboard.type('Meer ontbijtsessies bij leden zelf');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText('Dank je wel! Je antwoorden zijn ontvangen.').waitFor();
  });

  test('with four answers the score is withheld ("< 5")', async () => {
    await answerByClicking(anonymous.page, links[1]!, 3, '');
    await answerByClicking(anonymous.page, links[2]!, 5, 'Ik mis de kleinere werkgevers');
    await answerByClicking(anonymous.page, links[3]!, 4, '');
    const { page } = browser;
    const panel = await pulseTab(page);
    await expect.poll(() => panel.getByTestId('pulse-score').textContent()).toBe('< 5');
    expect(await panel.getByTestId('pulse-withheld').textContent()).toContain('minder dan 5 antwoorden');
    expect(await panel.getByTestId('pulse-by-organisation').textContent()).not.toMatch(/\d,\d/);
    expect(await panel.getByTestId('pulse-figure').textContent()).toContain(`Respons: 4 van ${invited}`);
    await expectNoSeriousAxeViolations(page, 'peiling minder dan 5 antwoorden');
    await screenshot(page, 'peiling-minder-dan-vijf');
  });

  test('the fifth answer at phone width; a link used twice says it was already used', async () => {
    const { page } = anonymous;
    await page.setViewportSize(phoneViewport);
    await page.goto(`${server.url}${links[4]}`);
    await page.getByRole('heading', { level: 1, name: 'Peiling: hoe eigen voelt het netwerk?' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phoneViewport.width);
    await expectNoSeriousAxeViolations(page, 'peiling invullen (telefoon)');
    await screenshot(page, 'peiling-invullen-telefoon');
    await answerByClicking(page, links[4]!, 2, '');
    await page.goto(`${server.url}${links[0]}`);
    await page.getByText('Deze peiling is via deze link al ingevuld.').waitFor();
    expect(await page.getByRole('radio').count()).toBe(0);
    await expectNoSeriousAxeViolations(page, 'peiling al ingevuld');
    await screenshot(page, 'peiling-al-ingevuld');
  });

  test('the results show the figure, the answer rate, per statement and the open answers; the dashboard too', async () => {
    const { page } = browser;
    const panel = await pulseTab(page);
    // Means of (4, 3, 5, 4, 2) on every statement: 3,6.
    await expect.poll(() => panel.getByTestId('pulse-score').textContent()).toBe('3,6');
    const figure = await panel.getByTestId('pulse-figure').textContent();
    expect(figure).toContain(`Respons: 5 van ${invited}`);
    const text = await panel.textContent();
    expect(text).toContain('Meer ontbijtsessies bij leden zelf');
    expect(text).toContain('Ik mis de kleinere werkgevers');
    expect(await panel.getByTestId('pulse-withheld').count()).toBe(0);
    // Per organisation: fewer than 5 answers each, so no figure; the list can be searched.
    const byOrganisation = panel.getByTestId('pulse-by-organisation');
    expect(await byOrganisation.textContent()).toContain('< 5');
    const rows = await byOrganisation.getByRole('row').count();
    await field(panel, 'Zoek een organisatie').fill(organisation.name);
    await expect.poll(() => byOrganisation.getByRole('row').count()).toBeLessThan(rows);
    expect(await byOrganisation.textContent()).toContain(organisation.name);
    await field(panel, 'Zoek een organisatie').fill('');
    await expectNoSeriousAxeViolations(page, 'peiling resultaten');
    await screenshot(page, 'peiling-resultaten');
    await page.getByRole('tab', { name: 'Dashboard' }).click();
    const dashboard = page.getByRole('tabpanel', { name: 'Dashboard' });
    await expect.poll(() => dashboard.getByTestId('pulse-score').textContent()).toBe('3,6');
    await dashboard.getByTestId('pulse-figure').scrollIntoViewIfNeeded();
    await screenshot(page, 'peiling-dashboard');
  });
});
