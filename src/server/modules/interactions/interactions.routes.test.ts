// Contact moments through the real routes on a real database: recording with a follow-up, bad input, a stale version,
// another network's organisation refused, roles (kerngroep reads, employer nothing), "Mijn acties" with mark-as-done, the
// timeline, the drift alert cleared on the steering dashboard, and the follow-up reminder mailed once.
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer } from '../../platform/mail.js';
import { setupInstallation } from '../../test/helpers.js';
import { createTestApp, writeHeaders, type TestApp } from '../../test/test-app.js';
import { signInAs } from '../../test/test-users.js';
import { mailFollowUpReminders } from './follow-up-reminders.js';

let t: TestApp;
let cookie: string;
let networkId: string;
let otherNetwork: string;
let orgId: string;
let otherOrg: string;
let contactId: string;
let annaPerson: string;

const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown, c = cookie) =>
  t.app.inject({
    method,
    url: `/api${url}`,
    headers: method === 'GET' ? { cookie: c } : { ...writeHeaders, cookie: c },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });

beforeAll(async () => {
  t = await createTestApp();
  ({ cookie, networkId } = await setupInstallation(t.app));
  const other = await call('POST', '/admin/networks', { name: 'Ander Netwerk' });
  expect(other.statusCode, other.body).toBe(201);
  otherNetwork = other.json<{ id: string }>().id;
  const q = await t.database.pool.query<{ id: string; network_id: string }>(
    `insert into organisation (network_id, kind, name) values ($1, 'employer', 'Bakkerij Jansen'), ($2, 'employer', 'Elders BV')
     returning id, network_id`,
    [networkId, otherNetwork],
  );
  orgId = q.rows.find((r) => r.network_id === networkId)!.id;
  otherOrg = q.rows.find((r) => r.network_id === otherNetwork)!.id;
  // A member for a year without any activity: the ladder says "quiet".
  await t.database.pool.query(
    `insert into membership (network_id, organisation_id, status, joined_on) values ($1, $2, 'member', current_date - 365)`,
    [networkId, orgId],
  );
  const c = await call('POST', `/networks/${networkId}/organisations/${orgId}/contacts`, { name: 'Jan Jansen' });
  expect(c.statusCode, c.body).toBe(201);
  contactId = c.json<{ id: string }>().id;
  const p = await t.database.pool.query<{ id: string }>(
    `select id from person where network_id = $1 and name = 'Anna de Vries'`,
    [networkId],
  );
  annaPerson = p.rows[0]!.id;
}, 60_000);

afterAll(async () => {
  await t?.close();
});

const today = () => new Date().toISOString().slice(0, 10);

describe('contact moments', () => {
  let interactionId: string;

  it('the quiet member is on the call list before any contact moment', async () => {
    const d = (await call('GET', `/networks/${networkId}/steering/dashboard`)).json();
    expect(d.whoToCall.map((r: { organisationId: string }) => r.organisationId)).toEqual([orgId]);
  });

  it('records a call with the contact person, outcome and a follow-up for the coordinator', async () => {
    const res = await call('POST', `/networks/${networkId}/organisations/${orgId}/interactions`, {
      kind: 'call',
      occurredOn: today(),
      contactPersonId: contactId,
      note: 'Gebeld over het werkgeversontbijt',
      outcome: 'Wil weer meedoen',
      followUp: { what: 'Uitnodiging ontbijt sturen', ownerPersonId: annaPerson, dueOn: today() },
    });
    expect(res.statusCode, res.body).toBe(201);
    interactionId = res.json().id;
    const list = await call('GET', `/networks/${networkId}/organisations/${orgId}/interactions?search=ontbijt`);
    expect(list.json().items).toEqual([
      expect.objectContaining({
        kind: 'call',
        contactName: 'Jan Jansen',
        recordedByName: 'Anna de Vries',
        followUpOwnerName: 'Anna de Vries',
        followUpDone: false,
        version: 1,
      }),
    ]);
    const csv = await call('GET', `/networks/${networkId}/organisations/${orgId}/interactions?format=csv`);
    expect(csv.headers['content-disposition']).toContain('contactmomenten.csv');
    expect(csv.body).toContain('Telefoongesprek');
  });

  it('clears the drift alert and takes the member off the call list', async () => {
    const d = (await call('GET', `/networks/${networkId}/steering/dashboard`)).json();
    expect(d.whoToCall).toEqual([]);
    expect(d.ladder.find((r: { organisationId: string }) => r.organisationId === orgId)).toMatchObject({
      alerts: [],
      contactedOn: today(),
    });
  });

  it('refuses bad input: unknown kind, empty note, a contact of another organisation, an owner without the role', async () => {
    const base = { kind: 'call', occurredOn: today(), note: 'x' };
    const url = `/networks/${networkId}/organisations/${orgId}/interactions`;
    expect((await call('POST', url, { ...base, kind: 'fax' })).statusCode).toBe(422);
    expect((await call('POST', url, { ...base, note: '' })).statusCode).toBe(422);
    expect((await call('POST', url, { ...base, occurredOn: '2099-01-01' })).statusCode).toBe(422);
    const stranger = await t.database.pool.query<{ id: string }>(
      `insert into person (network_id, name) values ($1, 'Iemand Anders') returning id`,
      [networkId],
    );
    const notContact = await call('POST', url, { ...base, contactPersonId: stranger.rows[0]!.id });
    expect(notContact.statusCode).toBe(422);
    expect(notContact.json().issues[0].path).toContain('contactPersonId');
    const badOwner = await call('POST', url, {
      ...base,
      followUp: { what: 'Iets doen', ownerPersonId: stranger.rows[0]!.id },
    });
    expect(badOwner.statusCode).toBe(422);
    expect(badOwner.json().message).toContain('coördinator');
  });

  it("refuses another network's organisation (404, nothing written)", async () => {
    const res = await call('POST', `/networks/${networkId}/organisations/${otherOrg}/interactions`, {
      kind: 'visit',
      occurredOn: today(),
      note: 'Bezoek',
    });
    expect(res.statusCode).toBe(404);
    expect((await call('GET', `/networks/${networkId}/organisations/${otherOrg}/timeline`)).statusCode).toBe(404);
    const n = await t.database.pool.query(`select 1 from interaction where organisation_id = $1`, [otherOrg]);
    expect(n.rowCount).toBe(0);
  });

  it('edits with the version; an older version is refused with 409', async () => {
    const input = {
      kind: 'visit',
      occurredOn: today(),
      contactPersonId: contactId,
      note: 'Op bezoek geweest',
      outcome: 'Wil weer meedoen',
      followUp: { what: 'Uitnodiging ontbijt sturen', ownerPersonId: annaPerson, dueOn: today() },
    };
    const ok = await call('PUT', `/networks/${networkId}/interactions/${interactionId}`, { ...input, version: 1 });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ kind: 'visit', version: 2 });
    const stale = await call('PUT', `/networks/${networkId}/interactions/${interactionId}`, {
      ...input,
      note: 'Oud',
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    const row = await t.database.pool.query(`select note from interaction where id = $1`, [interactionId]);
    expect(row.rows[0].note).toBe('Op bezoek geweest');
  });

  it('shows the follow-up in "Mijn acties" until it is marked done', async () => {
    const open = await call('GET', `/networks/${networkId}/my-actions`);
    expect(open.json().items.map((i: { followUp: string }) => i.followUp)).toEqual(['Uitnodiging ontbijt sturen']);
    const done = await call('POST', `/networks/${networkId}/interactions/${interactionId}/follow-up`, {
      done: true,
      version: 2,
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ followUpDone: true, version: 3 });
    expect((await call('GET', `/networks/${networkId}/my-actions`)).json().items).toEqual([]);
    const all = await call('GET', `/networks/${networkId}/my-actions?status=done&format=csv`);
    expect(all.body).toContain('Uitnodiging ontbijt sturen');
    const stale = await call('POST', `/networks/${networkId}/interactions/${interactionId}/follow-up`, {
      done: false,
      version: 2,
    });
    expect(stale.statusCode).toBe(409);
  });

  it('puts contact moments, attendance, needs and hosting in one timeline, newest first, paged', async () => {
    await t.database.pool.query(
      `insert into need (network_id, organisation_id, title, theme, created_at) values ($1, $2, 'Hulp bij inwerken', 'onboarding', now() - interval '30 days')`,
      [networkId, orgId],
    );
    await t.database.pool.query(
      `insert into activity (network_id, work_form, title, starts_at, ends_at, initiator_kind, host_organisation_id)
       values ($1, 'breakfast', 'Ontbijt bij de bakker', now() - interval '60 days', now() - interval '60 days' + interval '2 hours', 'coordinator', $2)`,
      [networkId, orgId],
    );
    const page1 = await call('GET', `/networks/${networkId}/organisations/${orgId}/timeline?pageSize=2`);
    expect(page1.statusCode, page1.body).toBe(200);
    expect(page1.json()).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(page1.json().items.map((i: { kind: string }) => i.kind)).toEqual(['contact', 'need']);
    const page2 = await call('GET', `/networks/${networkId}/organisations/${orgId}/timeline?pageSize=2&page=2`);
    expect(page2.json().items).toEqual([expect.objectContaining({ kind: 'hosted', title: 'Ontbijt bij de bakker' })]);
  });

  it('lets the kerngroep read but not record; an employer contact reads nothing', async () => {
    const kern = await signInAs(t.app, cookie, {
      networkId,
      role: 'core_group',
      name: 'Kees Kern',
      email: 'kees@example.nl',
    });
    expect(
      (await call('GET', `/networks/${networkId}/organisations/${orgId}/interactions`, undefined, kern)).statusCode,
    ).toBe(200);
    const write = await call(
      'POST',
      `/networks/${networkId}/organisations/${orgId}/interactions`,
      { kind: 'call', occurredOn: today(), note: 'x' },
      kern,
    );
    expect(write.statusCode).toBe(403);
    const employer = await signInAs(t.app, cookie, {
      networkId,
      role: 'employer',
      name: 'Eva Werkgever',
      email: 'eva@example.nl',
      organisationId: orgId,
    });
    expect(
      (await call('GET', `/networks/${networkId}/organisations/${orgId}/timeline`, undefined, employer)).statusCode,
    ).toBe(403);
  }, 30_000);

  it('mails a due follow-up to its owner once, however often the job runs', async () => {
    await call('POST', `/networks/${networkId}/organisations/${orgId}/interactions`, {
      kind: 'meeting',
      occurredOn: today(),
      note: 'Overleg over stageplekken',
      followUp: { what: 'Offerte stageplekken nabellen', ownerPersonId: annaPerson, dueOn: today() },
    });
    const mailer = await createMailer({ smtpUrl: undefined, from: 'netwerkregie@localhost' });
    const now = new Date(Date.now() + 86_400_000);
    const runs = await Promise.all([
      mailFollowUpReminders({ db: t.database.db, mailer, publicUrl: 'http://localhost:3000', now }),
      mailFollowUpReminders({ db: t.database.db, mailer, publicUrl: 'http://localhost:3000', now }),
    ]);
    expect(runs.flat()).toEqual([{ networkId, followUps: 1, recipients: 1 }]);
    const again = await mailFollowUpReminders({ db: t.database.db, mailer, publicUrl: 'http://localhost:3000', now });
    expect(again).toEqual([]);
    const mails = await t.database.pool.query<{ to_address: string; subject: string; text_body: string }>(
      `select to_address, subject, text_body from mail_message where kind = 'follow_up_reminder'`,
    );
    expect(mails.rows).toHaveLength(1);
    expect(mails.rows[0]!.to_address).toBe('anna@example.nl');
    expect(mails.rows[0]!.subject).toBe('[Inclusief Netwerk Zwolle] 1 vervolgactie te doen');
    expect(mails.rows[0]!.text_body).toContain('Offerte stageplekken nabellen (Bakkerij Jansen)');
    expect(mails.rows[0]!.text_body).toContain(`/n/${networkId}/mijn-acties`);
    // The follow-up marked done earlier is not mailed.
    expect(mails.rows[0]!.text_body).not.toContain('Uitnodiging ontbijt');
    mailer.close();
  });
});

describe("an organisation's contact moments as a list: search, sort, order, pages and the export", () => {
  let listOrg: string;
  const url = (query: string) => `/networks/${networkId}/organisations/${listOrg}/interactions?${query}`;
  const notesOf = (res: { json: () => { items: { note: string }[] } }) => res.json().items.map((i) => i.note);

  beforeAll(async () => {
    const q = await t.database.pool.query<{ id: string }>(
      `insert into organisation (network_id, kind, name) values ($1, 'employer', 'Drukkerij Veenstra') returning id`,
      [networkId],
    );
    listOrg = q.rows[0]!.id;
    const moments = [
      { kind: 'visit', occurredOn: '2026-01-12', note: 'Rondleiding in de drukkerij', outcome: 'Twee werkplekken' },
      { kind: 'call', occurredOn: '2026-03-02', note: 'Gebeld over de vacature', followUp: '2026-03-20' },
      { kind: 'mail', occurredOn: '2026-02-15', note: 'Folder gemaild', followUp: '2026-02-28' },
      { kind: 'meeting', occurredOn: '2026-04-01', note: 'Overleg met de directie over de vacature' },
    ];
    for (const m of moments) {
      const res = await call('POST', `/networks/${networkId}/organisations/${listOrg}/interactions`, {
        kind: m.kind,
        occurredOn: m.occurredOn,
        note: m.note,
        outcome: m.outcome ?? null,
        followUp: m.followUp ? { what: `Nabellen: ${m.note}`, ownerPersonId: annaPerson, dueOn: m.followUp } : null,
      });
      expect(res.statusCode, res.body).toBe(201);
    }
  });

  it('searches the note and the outcome, newest first by default', async () => {
    expect(notesOf(await call('GET', url('search=vacature')))).toEqual([
      'Overleg met de directie over de vacature',
      'Gebeld over de vacature',
    ]);
    expect(notesOf(await call('GET', url('search=werkplekken')))).toEqual(['Rondleiding in de drukkerij']);
    expect(notesOf(await call('GET', url('search=niets-zoals-dit')))).toEqual([]);
  });

  it('sorts by date, kind and due date in either order, with the open due dates last', async () => {
    expect(notesOf(await call('GET', url('sort=occurredOn&order=asc')))).toEqual([
      'Rondleiding in de drukkerij',
      'Folder gemaild',
      'Gebeld over de vacature',
      'Overleg met de directie over de vacature',
    ]);
    const byKind = (await call('GET', url('sort=kind&order=asc'))).json<{ items: { kind: string }[] }>();
    expect(byKind.items.map((i) => i.kind)).toEqual(['call', 'mail', 'meeting', 'visit']);
    expect(notesOf(await call('GET', url('sort=followUpDueOn&order=desc'))).slice(0, 2)).toEqual([
      'Gebeld over de vacature',
      'Folder gemaild',
    ]);
    expect((await call('GET', url('sort=size'))).statusCode).toBe(422);
    expect((await call('GET', url('order=sideways'))).statusCode).toBe(422);
  });

  it('gives one page at a time with the count of all matches', async () => {
    const first = (await call('GET', url('sort=occurredOn&order=asc&pageSize=3'))).json();
    expect(first).toMatchObject({ total: 4, page: 1, pageSize: 3 });
    expect(first.items).toHaveLength(3);
    const second = await call('GET', url('sort=occurredOn&order=asc&pageSize=3&page=2'));
    expect(notesOf(second)).toEqual(['Overleg met de directie over de vacature']);
    expect(second.json().total).toBe(4);
  });

  it('exports every match, in the order asked, as CSV in Dutch and as XLSX in English', async () => {
    const csv = await call('GET', url('format=csv&sort=occurredOn&order=asc&pageSize=1&page=2'));
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-disposition']).toContain('contactmomenten.csv');
    const rows = Papa.parse<Record<string, string>>(csv.body.replace(/^\uFEFF/, ''), {
      header: true,
      delimiter: ';',
      skipEmptyLines: true,
    }).data;
    expect(Object.keys(rows[0]!)).toEqual([
      'Datum',
      'Soort',
      'Contactpersoon',
      'Vastgelegd door',
      'Notitie',
      'Uitkomst',
      'Vervolgactie',
      'Actiehouder',
      'Uiterlijk',
      'Afgerond',
    ]);
    expect(rows.map((r) => r.Notitie)).toEqual([
      'Rondleiding in de drukkerij',
      'Folder gemaild',
      'Gebeld over de vacature',
      'Overleg met de directie over de vacature',
    ]);
    expect(rows[0]).toMatchObject({ Datum: '12-01-2026', Soort: 'Bezoek', Uitkomst: 'Twee werkplekken', Afgerond: '' });
    expect(rows[1]).toMatchObject({ Soort: 'E-mail', Uiterlijk: '28-02-2026', Afgerond: 'nee' });

    const searched = await call('GET', url('format=csv&search=vacature'));
    const found = Papa.parse<Record<string, string>>(searched.body.replace(/^\uFEFF/, ''), {
      header: true,
      delimiter: ';',
      skipEmptyLines: true,
    }).data;
    expect(found.map((r) => r.Notitie)).toEqual([
      'Overleg met de directie over de vacature',
      'Gebeld over de vacature',
    ]);

    const xlsx = await t.app.inject({
      method: 'GET',
      url: `/api${url('format=xlsx&sort=kind&order=desc')}`,
      headers: { cookie, 'accept-language': 'en' },
    });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain('contact-moments.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe('Contact moments');
    expect((sheet.getRow(1).values as unknown[]).slice(1, 3)).toEqual(['Date', 'Kind']);
    const values = sheet.getSheetValues().slice(2) as unknown[][];
    expect(values.map((v) => v[2])).toEqual(['Visit', 'Meeting', 'Mail', 'Call']);
  });
});
