// Invitations, roles and network isolation, through the real routes.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, writeHeaders, type TestApp } from '../../test/test-app.js';
import { cookieOf, lastMailTo, login, setupInstallation, tokenFrom } from '../../test/helpers.js';

let t: TestApp;
let adminCookie: string;
let networkA: string;
let networkB: string;
let employerCookie: string;

beforeAll(async () => {
  t = await createTestApp();
  const setup = await setupInstallation(t.app);
  adminCookie = setup.cookie;
  networkA = setup.networkId;
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/admin/networks',
    headers: { ...writeHeaders, cookie: adminCookie },
    payload: { name: 'Werkgeversnetwerk Twente Inclusief', region: 'Twente' },
  });
  expect(created.statusCode, created.body).toBe(201);
  networkB = created.json().id;
});
afterAll(async () => t?.close());

describe('invitations', () => {
  it('a coordinator invites someone; the mail links to an invitation that sets a password and signs in', async () => {
    const invite = await t.app.inject({
      method: 'POST',
      url: `/api/networks/${networkA}/invitations`,
      headers: { ...writeHeaders, cookie: adminCookie },
      payload: { name: 'Bram Jansen', email: 'Bram.Jansen@bakkerij-jansen.example', role: 'employer' },
    });
    expect(invite.statusCode, invite.body).toBe(201);

    const mail = await lastMailTo(t.app, adminCookie, 'bram.jansen@bakkerij-jansen.example');
    expect(mail.kind).toBe('invitation');
    expect(mail.subject).toBe('Uitnodiging voor Inclusief Netwerk Zwolle in Netwerkregie');
    expect(mail.textBody).toContain('Beste Bram Jansen');
    expect(mail.textBody).toContain('contactpersoon van een deelnemende werkgever');
    const token = tokenFrom(mail.textBody, '/uitnodiging/');

    const preview = await t.app.inject({ method: 'GET', url: `/api/invitations/${token}` });
    expect(preview.json()).toMatchObject({
      networkName: 'Inclusief Netwerk Zwolle',
      role: 'employer',
      hasAccount: false,
    });

    const weak = await t.app.inject({
      method: 'POST',
      url: `/api/invitations/${token}/accept`,
      headers: writeHeaders,
      payload: { password: 'wachtwoord123' },
    });
    expect(weak.statusCode).toBe(422);
    expect(weak.json().issues[0].message).toMatch(/te makkelijk te raden/);

    const accept = await t.app.inject({
      method: 'POST',
      url: `/api/invitations/${token}/accept`,
      headers: writeHeaders,
      payload: { password: 'brood-en-banket-2026!' },
    });
    expect(accept.statusCode, accept.body).toBe(200);
    expect(accept.json().networks).toEqual([expect.objectContaining({ id: networkA, roles: ['employer'] })]);
    const permissions: string[] = accept.json().networks[0].permissions;
    expect(permissions).toContain('network.read');
    expect(permissions).not.toContain('people.invite');
    employerCookie = cookieOf(accept);

    const again = await t.app.inject({
      method: 'POST',
      url: `/api/invitations/${token}/accept`,
      headers: writeHeaders,
      payload: {},
    });
    expect(again.statusCode).toBe(400);
    expect(again.json().code).toBe('invalid_token');
    expect(await login(t.app, 'bram.jansen@bakkerij-jansen.example', 'brood-en-banket-2026!')).toContain(
      'session_token',
    );
  });

  it('an invitation without a password signs in by the link itself', async () => {
    await t.app.inject({
      method: 'POST',
      url: `/api/networks/${networkA}/invitations`,
      headers: { ...writeHeaders, cookie: adminCookie },
      payload: { name: 'Carla Bos', email: 'carla@zorggroep-delinde.example', role: 'core_group' },
    });
    const token = tokenFrom(
      (await lastMailTo(t.app, adminCookie, 'carla@zorggroep-delinde.example')).textBody,
      '/uitnodiging/',
    );
    const accept = await t.app.inject({
      method: 'POST',
      url: `/api/invitations/${token}/accept`,
      headers: writeHeaders,
      payload: {},
    });
    expect(accept.statusCode, accept.body).toBe(200);
    const session = await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: cookieOf(accept) } });
    expect(session.json().user.email).toBe('carla@zorggroep-delinde.example');
    expect(session.json().networks[0].roles).toEqual(['core_group']);
  });

  it('a member employer may not invite (403), and a duplicate open invitation is refused (409)', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/networks/${networkA}/invitations`,
      headers: { ...writeHeaders, cookie: employerCookie },
      payload: { name: 'X', email: 'x@example.nl', role: 'coordinator' },
    });
    expect(res.statusCode).toBe(403);
    const first = await t.app.inject({
      method: 'POST',
      url: `/api/networks/${networkA}/invitations`,
      headers: { ...writeHeaders, cookie: adminCookie },
      payload: { name: 'Dirk', email: 'dirk@example.nl', role: 'funder' },
    });
    expect(first.statusCode).toBe(201);
    const dup = await t.app.inject({
      method: 'POST',
      url: `/api/networks/${networkA}/invitations`,
      headers: { ...writeHeaders, cookie: adminCookie },
      payload: { name: 'Dirk', email: 'dirk@example.nl', role: 'funder' },
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().message).toBe('Deze persoon heeft al een openstaande uitnodiging voor deze rol.');
  });
});

describe('the language of an invitation', () => {
  let coordinatorCookie: string;
  const invite = (cookie: string, name: string, email: string, role = 'partner') =>
    t.app.inject({
      method: 'POST',
      url: `/api/networks/${networkA}/invitations`,
      headers: { ...writeHeaders, cookie },
      payload: { name, email, role },
    });
  const chooseLocale = async (locale: 'nl' | 'en') => {
    const res = await t.app.inject({
      method: 'PATCH',
      url: '/api/session/locale',
      headers: { ...writeHeaders, cookie: coordinatorCookie },
      payload: { locale },
    });
    expect(res.statusCode, res.body).toBe(204);
  };

  beforeAll(async () => {
    expect((await invite(adminCookie, 'Fleur Kok', 'fleur@netwerk-taal.example', 'coordinator')).statusCode).toBe(201);
    const token = tokenFrom(
      (await lastMailTo(t.app, adminCookie, 'fleur@netwerk-taal.example')).textBody,
      '/uitnodiging/',
    );
    const accept = await t.app.inject({
      method: 'POST',
      url: `/api/invitations/${token}/accept`,
      headers: writeHeaders,
      payload: { password: 'koffie-met-de-kerngroep-2026' },
    });
    expect(accept.statusCode, accept.body).toBe(200);
    coordinatorCookie = cookieOf(accept);
  });

  it("someone new gets the inviter's language: English from an English coordinator, Dutch from a Dutch one", async () => {
    await chooseLocale('en');
    try {
      expect((await invite(coordinatorCookie, 'Grace Hill', 'grace@expat-works.example')).statusCode).toBe(201);
      const english = await lastMailTo(t.app, adminCookie, 'grace@expat-works.example');
      expect(english.subject).toBe('Invitation to Inclusief Netwerk Zwolle in Netwerkregie');
      expect(english.textBody).toContain('Dear Grace Hill');
      expect(english.textBody).toContain('Fleur Kok invites you to take part in Inclusief Netwerk Zwolle as partner.');
      expect(english.textBody).toContain('This message was sent by Netwerkregie.');
      expect(tokenFrom(english.textBody, '/uitnodiging/')).toBeTruthy();
    } finally {
      await chooseLocale('nl');
    }
    expect((await invite(coordinatorCookie, 'Henk Smit', 'henk@smit-installatie.example')).statusCode).toBe(201);
    const dutch = await lastMailTo(t.app, adminCookie, 'henk@smit-installatie.example');
    expect(dutch.subject).toBe('Uitnodiging voor Inclusief Netwerk Zwolle in Netwerkregie');
    expect(dutch.textBody).toContain('Fleur Kok nodigt u uit om als samenwerkingspartner mee te doen');
  });

  it("someone who already has an account gets their own language, whatever the inviter's", async () => {
    await chooseLocale('en');
    try {
      // Bram has a Dutch account (he accepted his invitation above).
      expect((await invite(coordinatorCookie, 'Bram Jansen', 'bram.jansen@bakkerij-jansen.example')).statusCode).toBe(
        201,
      );
      const mail = await lastMailTo(t.app, adminCookie, 'bram.jansen@bakkerij-jansen.example');
      expect(mail.subject).toBe('Uitnodiging voor Inclusief Netwerk Zwolle in Netwerkregie');
      expect(mail.textBody).toContain('Fleur Kok nodigt u uit om als samenwerkingspartner mee te doen');
    } finally {
      await chooseLocale('nl');
    }
  });
});

describe('network isolation', () => {
  it('a user with a role only in network A gets 404 for every resource of network B', async () => {
    const cookie = employerCookie;
    const resources = [
      `/api/networks/${networkB}`,
      `/api/networks/${networkB}/people`,
      `/api/networks/${networkB}/people?format=csv`,
      `/api/networks/${networkB}/invitations`,
    ];
    for (const url of resources) {
      const res = await t.app.inject({ method: 'GET', url, headers: { cookie } });
      expect(res.statusCode, url).toBe(404);
      expect(res.json().code).toBe('not_found');
    }
    const write = await t.app.inject({
      method: 'POST',
      url: `/api/networks/${networkB}/invitations`,
      headers: { ...writeHeaders, cookie },
      payload: { name: 'Eva', email: 'eva@example.nl', role: 'employer' },
    });
    expect(write.statusCode).toBe(404);
    // and the same resources of their own network answer
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/networks/${networkA}`, headers: { cookie } })).statusCode,
    ).toBe(200);
  });

  it('anonymous requests get 401, members without the permission 403, admin routes 403 for non-admins', async () => {
    expect((await t.app.inject({ method: 'GET', url: `/api/networks/${networkA}/people` })).statusCode).toBe(401);
    const people = await t.app.inject({
      method: 'GET',
      url: `/api/networks/${networkA}/people`,
      headers: { cookie: employerCookie },
    });
    expect(people.statusCode).toBe(403);
    expect(people.json().message).toBe('U hebt geen toestemming voor deze handeling.');
    const outbox = await t.app.inject({ method: 'GET', url: '/api/admin/outbox', headers: { cookie: employerCookie } });
    expect(outbox.statusCode).toBe(403);
  });
});

describe('people list', () => {
  it('searches, sorts and pages', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/networks/${networkA}/people?search=jansen&sort=name&order=asc&pageSize=10`,
      headers: { cookie: adminCookie },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items.map((p: { name: string }) => p.name)).toEqual(['Bram Jansen']);
    const all = await t.app.inject({
      method: 'GET',
      url: `/api/networks/${networkA}/people?sort=name&order=desc&pageSize=2&page=1`,
      headers: { cookie: adminCookie },
    });
    const body = all.json();
    expect(body.total).toBeGreaterThanOrEqual(4);
    expect(body.items).toHaveLength(2);
    const names = body.items.map((p: { name: string }) => p.name);
    expect([...names].sort().reverse()).toEqual(names);
  });

  it('exports CSV for Dutch Excel and XLSX that exceljs reads back', async () => {
    const csv = await t.app.inject({
      method: 'GET',
      url: `/api/networks/${networkA}/people?format=csv`,
      headers: { cookie: adminCookie },
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.body.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.body.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('Naam;E-mail;Organisatie;Rollen');
    expect(lines.some((l) => l.startsWith('Bram Jansen;bram.jansen@bakkerij-jansen.example;;Werkgever'))).toBe(true);

    const xlsx = await t.app.inject({
      method: 'GET',
      url: `/api/networks/${networkA}/people?format=xlsx`,
      headers: { cookie: adminCookie },
    });
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Mensen')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Naam', 'E-mail', 'Organisatie', 'Rollen']);
    expect(sheet.rowCount).toBe(lines.length);
  });
});
