// The invoice routes on a real app and database: tiers, the year's invoices created once (again: skipped), gapless numbers
// under concurrent creation, a sent invoice that no longer changes, a credit note with its own number, a second "paid" on
// the old version refused with 409, a reminder that lands in the outbox, the bookkeeping export read back with the real
// CSV and XLSX parsers, the PDF read back with pdftotext, another network's invoice (404) and roles without access (403).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastMailTo, setupInstallation } from '../../test/helpers.js';
import { createTestApp, writeHeaders, type TestApp } from '../../test/test-app.js';
import { userWithRole } from '../../test/role-users.js';

let t: TestApp;
let admin: string;
let networkId: string;
let otherNetworkId: string;
const cookies: Record<string, string> = {};
const orgs: Record<string, string> = {};
const YEAR = 2026;
const n = (rest: string) => `/api/networks/${networkId}${rest}`;
const get = (cookie: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });
const send = (method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', cookie: string, url: string, payload?: object) =>
  t.app.inject({ method, url, headers: { ...writeHeaders, cookie }, ...(payload ? { payload } : {}) });

interface Row {
  id: string;
  number: string;
  kind: string;
  status: string;
  organisationName: string;
  amountCents: number;
  paidOn: string | null;
  creditOfNumber: string | null;
  creditedByNumber: string | null;
  actions: string[];
  version: number;
}
const list = async (query = '') => (await get(admin, n(`/invoices${query}`))).json<{ items: Row[] }>().items;
const invoiceOf = async (name: string) =>
  (await list(`?search=${encodeURIComponent(name)}`)).find((r) => r.kind === 'invoice')!;

/** A member organisation, active in the network. */
async function member(name: string, sizeClass: string | null, extra: object = {}) {
  const created = await send('POST', admin, n('/organisations'), {
    kind: 'employer',
    name,
    sizeClass,
    ...extra,
  });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as string;
  for (const body of [
    { status: 'applied' },
    { status: 'admitted', admissionDecisionId: crypto.randomUUID() },
    { status: 'active', on: `${YEAR}-01-10` },
  ]) {
    const moved = await send('PUT', admin, n(`/organisations/${id}/membership/status`), body);
    expect(moved.statusCode, moved.body).toBe(200);
  }
  orgs[name] = id;
  return id;
}

beforeAll(async () => {
  t = await createTestApp();
  const setup = await setupInstallation(t.app);
  admin = setup.cookie;
  networkId = setup.networkId;
  for (const role of ['back_office', 'funder', 'employer']) {
    cookies[role] = await userWithRole(t.app, admin, networkId, role, `${role}@facturen.example`);
  }
  const other = await send('POST', admin, '/api/admin/networks', { name: 'Ander Netwerk Twente' });
  expect(other.statusCode, other.body).toBe(201);
  otherNetworkId = other.json().id;

  await member('Bakkerij De Korenaar', 'micro', { street: 'Molenstraat 4', postcode: '8011 AB', city: 'Zwolle' });
  await member('Zorggroep Oost', 'large');
  await member('Installatiebedrijf Klein', 'small');
  await member('Stichting Zonder Grootte', null);
  // An agreed contribution for the year wins over the tier.
  const yearSet = await send('PUT', admin, n(`/organisations/${orgs['Zorggroep Oost']}/membership/years/${YEAR}`), {
    contributionCents: 125_050,
    contributionInKind: null,
    invoiceStatus: null,
    ambitionJobs: null,
    realisedJobs: null,
    version: 0,
  });
  expect(yearSet.statusCode, yearSet.body).toBe(200);
  const contact = await send('POST', admin, n(`/organisations/${orgs['Zorggroep Oost']}/contacts`), {
    name: 'Fatima el Amrani',
    email: 'f.elamrani@zorggroep-oost.example',
  });
  expect(contact.statusCode, contact.body).toBe(201);
});
afterAll(async () => t?.close());

describe('contribution tiers and the network’s details', () => {
  it('adds tiers with Dutch amounts and refuses an overlapping one', async () => {
    expect((await get(admin, n('/invoice-tiers'))).json()).toEqual({ items: [] });
    const tiers = [
      { name: 'Micro', employeesFrom: 0, employeesTo: 9, amount: '50' },
      { name: 'Klein', employeesFrom: 10, employeesTo: 49, amount: '100,00' },
      { name: 'Middelgroot', employeesFrom: 50, employeesTo: 249, amount: '€ 175' },
      { name: 'Groot', employeesFrom: 250, employeesTo: null, amount: '250' },
    ];
    for (const tier of tiers) {
      const res = await send('POST', cookies.back_office!, n('/invoice-tiers'), tier);
      expect(res.statusCode, res.body).toBe(201);
    }
    const overlap = await send('POST', admin, n('/invoice-tiers'), { ...tiers[0], employeesTo: 20 });
    expect(overlap.statusCode).toBe(422);
    expect(overlap.json().message).toBe('Deze staffel overlapt met een bestaande staffel.');
    const items = (await get(admin, n('/invoice-tiers'))).json().items;
    expect(items.map((i: { amountCents: number }) => i.amountCents)).toEqual([5_000, 10_000, 17_500, 25_000]);
  });

  it('records the network’s KvK number, address and IBAN with the network’s version', async () => {
    const details = (await get(admin, n('/invoice-details'))).json();
    expect(details).toMatchObject({ kvkNumber: null, address: null, iban: null });
    const mistyped = await send('PUT', admin, n('/invoice-details'), {
      kvkNumber: '1234 5678',
      address: 'Postbus 1234, 8000 AB Zwolle',
      iban: 'NL91 ABNA 0417 1643 01',
      version: details.version,
    });
    expect(mistyped.statusCode).toBe(422);
    expect(mistyped.body).toContain('Dit IBAN klopt niet');
    expect((await get(admin, n('/invoice-details'))).json().version).toBe(details.version);
    const ok = await send('PUT', admin, n('/invoice-details'), {
      kvkNumber: '1234 5678',
      address: ' Postbus 1234, 8000 AB Zwolle ',
      iban: 'nl91 abna 0417 1643 00',
      version: details.version,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const stale = await send('PUT', admin, n('/invoice-details'), { kvkNumber: '87654321', version: details.version });
    expect(stale.statusCode).toBe(409);
    expect((await get(admin, n('/invoice-details'))).json()).toMatchObject({
      kvkNumber: '12345678',
      address: 'Postbus 1234, 8000 AB Zwolle',
      iban: 'NL91ABNA0417164300',
    });
  });
});

describe('invoices for a year', () => {
  it('creates one invoice per member with a sequence number, and skips them the second time', async () => {
    const first = await send('POST', admin, n(`/invoices/year/${YEAR}`), { issuedOn: `${YEAR}-03-01` });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().created).toBe(3);
    expect(first.json().skipped).toEqual([
      { organisationId: orgs['Stichting Zonder Grootte'], name: 'Stichting Zonder Grootte', reason: 'no_amount' },
    ]);
    const items = await list();
    expect(items.map((i) => i.number)).toEqual(['2026-0001', '2026-0002', '2026-0003']);
    const amounts = Object.fromEntries(items.map((i) => [i.organisationName, i.amountCents]));
    expect(amounts).toEqual({
      'Bakkerij De Korenaar': 5_000,
      'Installatiebedrijf Klein': 10_000,
      'Zorggroep Oost': 125_050,
    });
    expect(items.every((i) => i.status === 'sent')).toBe(true);

    const again = await send('POST', admin, n(`/invoices/year/${YEAR}`), { issuedOn: `${YEAR}-03-02` });
    expect(again.statusCode).toBe(200);
    expect(again.json().created).toBe(0);
    expect(again.json().skipped.filter((s: { reason: string }) => s.reason === 'has_invoice')).toHaveLength(3);
    expect(await list()).toHaveLength(3);
  });

  it('hands out numbers without gaps when several invoices are created at once', async () => {
    const names = ['Garage Noord', 'Hotel Aan Zee', 'Drukkerij Punt', 'Kwekerij Groen', 'Transport Vos', 'Bouw & Co'];
    for (const name of names) await member(name, 'micro');
    const replies = await Promise.all(
      names.map((name) =>
        send('POST', admin, n('/invoices'), {
          organisationId: orgs[name],
          contributionYear: YEAR,
          amount: '75',
          issuedOn: `${YEAR}-03-05`,
        }),
      ),
    );
    for (const r of replies) expect(r.statusCode, r.body).toBe(201);
    const numbers = replies.map((r) => r.json().number as string).sort();
    expect(numbers).toEqual(['2026-0004', '2026-0005', '2026-0006', '2026-0007', '2026-0008', '2026-0009']);
    // The same member again at the same time: one invoice, the other refused, and no number lost.
    const twice = await Promise.all(
      [1, 2].map(() =>
        send('POST', admin, n('/invoices'), {
          organisationId: orgs['Stichting Zonder Grootte'],
          contributionYear: YEAR,
          amount: '60',
        }),
      ),
    );
    expect(twice.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(twice.find((r) => r.statusCode === 409)!.json().message).toContain(
      'heeft al een factuur voor de contributie van 2026',
    );
    const all = (await list()).map((i) => i.number);
    const seqs = all
      .filter((x) => x.startsWith('2026-'))
      .map((x) => Number(x.slice(5)))
      .sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
  });

  it('refuses a negative amount: only a credit note is negative', async () => {
    const id = await member('Schildersbedrijf Min', 'micro');
    const res = await send('POST', admin, n('/invoices'), {
      organisationId: id,
      contributionYear: YEAR,
      amount: '-50',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().issues[0].message).toContain('negatief');
  });
});

describe('the steps of an invoice', () => {
  it('changes a draft, but not once it is sent', async () => {
    const created = await send('POST', admin, n('/invoices'), {
      organisationId: orgs['Schildersbedrijf Min'],
      contributionYear: YEAR,
      asDraft: true,
      issuedOn: `${YEAR}-03-10`,
    });
    expect(created.statusCode, created.body).toBe(201);
    const { id } = created.json();
    const edit = { amount: '80,00', dueOn: `${YEAR}-04-30`, description: 'Contributie 2026 (halfjaar)' };
    const edited = await send('PATCH', admin, n(`/invoices/${id}`), { ...edit, version: 1 });
    expect(edited.statusCode, edited.body).toBe(200);
    const sent = await send('POST', admin, n(`/invoices/${id}/send`), { version: 2 });
    expect(sent.statusCode, sent.body).toBe(200);
    const late = await send('PATCH', admin, n(`/invoices/${id}`), { ...edit, amount: '10', version: 3 });
    expect(late.statusCode).toBe(409);
    expect(late.json().message).toContain('is al verstuurd en kan niet meer worden gewijzigd');
    const row = (await list()).find((i) => i.id === id)!;
    expect(row).toMatchObject({ amountCents: 8_000, status: 'sent' });
    expect(row.actions).not.toContain('edit');
  });

  it('registers a payment once: the second "paid" on the old version is refused with 409', async () => {
    const inv = await invoiceOf('Bakkerij De Korenaar');
    const paid = await send('POST', cookies.back_office!, n(`/invoices/${inv.id}/paid`), {
      version: inv.version,
      paidOn: `${YEAR}-03-20`,
    });
    expect(paid.statusCode, paid.body).toBe(200);
    const twice = await send('POST', admin, n(`/invoices/${inv.id}/paid`), {
      version: inv.version,
      paidOn: `${YEAR}-03-21`,
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().message).toBe(
      `Factuur ${inv.number} is al als betaald geregistreerd (op 20-03-${YEAR}). Een betaling telt maar één keer.`,
    );
    expect(await invoiceOf('Bakkerij De Korenaar')).toMatchObject({ status: 'paid', paidOn: `${YEAR}-03-20` });

    const other = await invoiceOf('Garage Noord');
    const stale = await send('POST', admin, n(`/invoices/${other.id}/paid`), {
      version: other.version + 1,
      paidOn: `${YEAR}-03-21`,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('stale_version');
  });

  it('mails a reminder through the outbox in Dutch, with number, amount and due date', async () => {
    const inv = await invoiceOf('Zorggroep Oost');
    const res = await send('POST', admin, n(`/invoices/${inv.id}/reminder`), { version: inv.version });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().to).toBe('f.elamrani@zorggroep-oost.example');
    const mail = await lastMailTo(t.app, admin, 'f.elamrani@zorggroep-oost.example');
    expect(mail.kind).toBe('invoice_reminder');
    expect(mail.subject).toContain(`Herinnering: factuur ${inv.number}`);
    expect(mail.textBody).toContain('Beste Fatima el Amrani,');
    expect(mail.textBody).toContain('€ 1.250,50');
    expect(mail.textBody).toContain(`vóór 31-03-${YEAR}`);
    expect(await invoiceOf('Zorggroep Oost')).toMatchObject({ status: 'reminded' });

    const noContact = await invoiceOf('Installatiebedrijf Klein');
    const refused = await send('POST', admin, n(`/invoices/${noContact.id}/reminder`), { version: noContact.version });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().message).toContain('Er is geen contactpersoon met een e-mailadres');
  });

  it('credits an invoice with a credit note: negative, referencing the original, with the next number', async () => {
    const inv = await invoiceOf('Installatiebedrijf Klein');
    const before = (await list()).map((i) => Number(i.number.slice(5)));
    const res = await send('POST', admin, n(`/invoices/${inv.id}/credit`), {
      version: inv.version,
      reason: 'Lid heeft per 1 januari opgezegd',
    });
    expect(res.statusCode, res.body).toBe(200);
    const note = (await list()).find((i) => i.id === res.json().id)!;
    expect(note).toMatchObject({
      kind: 'credit_note',
      amountCents: -10_000,
      creditOfNumber: inv.number,
      number: `${new Date().getFullYear()}-${String(Math.max(...before) + 1).padStart(4, '0')}`,
      actions: [],
    });
    expect(await invoiceOf('Installatiebedrijf Klein')).toMatchObject({
      status: 'credited',
      creditedByNumber: note.number,
    });
    const again = await send('POST', admin, n(`/invoices/${inv.id}/credit`), {
      version: inv.version + 1,
      reason: 'nog eens',
    });
    expect(again.statusCode).toBe(409);
  });

  it('writes an invoice off; then it cannot be paid', async () => {
    const inv = await invoiceOf('Hotel Aan Zee');
    const off = await send('POST', admin, n(`/invoices/${inv.id}/write-off`), {
      version: inv.version,
      reason: 'Failliet',
    });
    expect(off.statusCode, off.body).toBe(200);
    const pay = await send('POST', admin, n(`/invoices/${inv.id}/paid`), {
      version: off.json().version,
      paidOn: `${YEAR}-05-01`,
    });
    expect(pay.statusCode).toBe(409);
    expect(pay.json().message).toBe(
      `Factuur ${inv.number} is afgeschreven en kan niet meer worden als betaald geregistreerd.`,
    );
    expect((await list('?status=written_off')).map((i) => i.organisationName)).toEqual(['Hotel Aan Zee']);
  });
});

describe('the bookkeeping export and the PDF', () => {
  it('exports number, date, member, amount, status, paid on and credit of as CSV and XLSX', async () => {
    const csv = await get(admin, n('/invoices?format=csv'));
    expect(csv.statusCode).toBe(200);
    const rows = Papa.parse<Record<string, string>>(csv.body.slice(1), { header: true, delimiter: ';' }).data.filter(
      (r) => r.Nummer,
    );
    expect(Object.keys(rows[0]!)).toEqual([
      'Nummer',
      'Datum',
      'Lid',
      'Bedrag',
      'Status',
      'Betaald op',
      'Creditnota van',
    ]);
    expect(rows.find((r) => r.Lid === 'Bakkerij De Korenaar')).toMatchObject({
      Nummer: expect.stringMatching(/^2026-000\d$/),
      Datum: `01-03-${YEAR}`,
      Bedrag: '50,00',
      Status: 'Betaald',
      'Betaald op': `20-03-${YEAR}`,
    });
    expect(rows.find((r) => r.Lid === 'Zorggroep Oost')).toMatchObject({
      Bedrag: '1250,50',
      Status: 'Herinnering verstuurd',
    });
    const credit = rows.find((r) => r['Creditnota van'] !== '')!;
    expect(credit).toMatchObject({ Lid: 'Installatiebedrijf Klein', Bedrag: '-100,00' });

    const xlsx = await get(admin, n(`/invoices?format=xlsx&year=${YEAR}`));
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Nummer',
      'Datum',
      'Lid',
      'Bedrag',
      'Status',
      'Betaald op',
      'Creditnota van',
    ]);
    const values = sheet.getSheetValues().slice(2) as unknown[][];
    const zorg = values.find((v) => v[3] === 'Zorggroep Oost')!;
    expect(zorg[4]).toBe(1250.5);
    expect(values.find((v) => v[7] !== undefined && v[7] !== null)?.[4]).toBe(-100);
  });

  it('prints the invoice in Dutch with number, amount, due date, the network’s address, KvK and IBAN, and the member’s address', async () => {
    const inv = await invoiceOf('Zorggroep Oost');
    const res = await get(admin, n(`/invoices/${inv.id}/pdf`));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nr-invoice-'));
    const file = path.join(dir, 'factuur.pdf');
    fs.writeFileSync(file, res.rawPayload);
    const text = execFileSync('/usr/bin/pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    for (const expected of [
      `Factuur`,
      inv.number,
      '€ 1.250,50',
      'Postbus 1234, 8000 AB Zwolle',
      'KvK 12345678',
      'IBAN NL91 ABNA 0417 1643 00',
      'Zorggroep Oost',
      `31-03-${YEAR}`,
    ]) {
      expect(text).toContain(expected);
    }
    // The payment sentence names the account (pdftotext may break the line anywhere, so compare without whitespace).
    expect(text.replace(/\s+/g, '')).toContain('oprekeningNL91ABNA0417164300tennamevan');
    const bakkerij = await invoiceOf('Bakkerij De Korenaar');
    fs.writeFileSync(file, (await get(admin, n(`/invoices/${bakkerij.id}/pdf`))).rawPayload);
    const second = execFileSync('/usr/bin/pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(second).toContain('Molenstraat 4');
    expect(second).toContain('8011 AB');
    expect(second).toContain('€ 50,00');
    // A new account later does not rewrite an invoice already sent: it prints what it was made with.
    const now = (await get(admin, n('/invoice-details'))).json();
    const moved = await send('PUT', admin, n('/invoice-details'), {
      kvkNumber: now.kvkNumber,
      address: now.address,
      iban: 'NL39 RABO 0300 0652 64',
      version: now.version,
    });
    expect(moved.statusCode, moved.body).toBe(200);
    fs.writeFileSync(file, (await get(admin, n(`/invoices/${inv.id}/pdf`))).rawPayload);
    const again = execFileSync('/usr/bin/pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(again).toContain('IBAN NL91 ABNA 0417 1643 00');
    expect(again).not.toContain('RABO');
  });
});

describe('who may see and do what', () => {
  it('answers 404 for another network’s invoice and for a network without a role', async () => {
    const inv = await invoiceOf('Zorggroep Oost');
    const other = `/api/networks/${otherNetworkId}`;
    expect((await get(admin, `${other}/invoices/${inv.id}/pdf`)).statusCode).toBe(404);
    expect(
      (await send('POST', admin, `${other}/invoices/${inv.id}/paid`, { version: inv.version, paidOn: `${YEAR}-04-01` }))
        .statusCode,
    ).toBe(404);
    expect((await get(cookies.back_office!, `${other}/invoices`)).statusCode).toBe(404);
  });

  it('refuses the funder and a member employer (403), for reading and for changing', async () => {
    const inv = await invoiceOf('Zorggroep Oost');
    for (const role of ['funder', 'employer']) {
      expect((await get(cookies[role]!, n('/invoices'))).statusCode).toBe(403);
      expect((await get(cookies[role]!, n(`/invoices/${inv.id}/pdf`))).statusCode).toBe(403);
      expect((await send('POST', cookies[role]!, n(`/invoices/year/${YEAR}`), {})).statusCode).toBe(403);
      expect(
        (
          await send('POST', cookies[role]!, n(`/invoices/${inv.id}/paid`), {
            version: inv.version,
            paidOn: `${YEAR}-04-01`,
          })
        ).statusCode,
      ).toBe(403);
    }
  });
});

describe('an organisation with invoices', () => {
  it('cannot be deleted: the refusal names its invoices instead of failing on the database', async () => {
    const id = orgs['Bakkerij De Korenaar']!;
    const org = (await get(admin, n(`/organisations/${id}`))).json();
    const res = await send('DELETE', admin, n(`/organisations/${id}?version=${org.version}`));
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().message).toMatch(/\d+ facturen/);
  });
});
