// Password reset and e-mail login links, end to end through the outbox.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, writeHeaders, type TestApp } from '../../test/test-app.js';
import { cookieOf, lastMailTo, login, setupInstallation, tokenFrom } from '../../test/helpers.js';
import { findAccountByEmail } from './session.service.js';

let t: TestApp;
let adminCookie: string;
let admin: { email: string; password: string };

beforeAll(async () => {
  t = await createTestApp();
  const setup = await setupInstallation(t.app);
  adminCookie = setup.cookie;
  admin = setup.admin;
});
afterAll(async () => t?.close());

describe('password reset', () => {
  it('mails a link in Dutch; the link sets a new password once; old sessions end', async () => {
    const oldSession = await login(t.app, admin.email, admin.password);
    const request = await t.app.inject({
      method: 'POST',
      url: '/api/session/password-reset/request',
      headers: writeHeaders,
      payload: { email: admin.email },
    });
    expect(request.statusCode).toBe(202);
    const mail = await lastMailTo(t.app, adminCookie, admin.email);
    expect(mail.kind).toBe('password_reset');
    expect(mail.subject).toBe('Nieuw wachtwoord instellen voor Netwerkregie');
    const token = tokenFrom(mail.textBody, '/wachtwoord-herstellen?token=');

    const weak = await t.app.inject({
      method: 'POST',
      url: '/api/session/password-reset/confirm',
      headers: writeHeaders,
      payload: { token, password: 'kort' },
    });
    expect(weak.statusCode).toBe(422);
    expect(weak.json().issues[0]).toEqual({
      path: ['body', 'password'],
      message: 'Het wachtwoord moet minstens 12 tekens lang zijn.',
    });

    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/session/password-reset/confirm',
      headers: writeHeaders,
      payload: { token, password: 'nieuwe-lange-zin-2026' },
    });
    expect(ok.statusCode, ok.body).toBe(204);
    const reused = await t.app.inject({
      method: 'POST',
      url: '/api/session/password-reset/confirm',
      headers: writeHeaders,
      payload: { token, password: 'nog-een-andere-zin-2026' },
    });
    expect(reused.statusCode).toBe(400);
    expect(reused.json().code).toBe('invalid_token');

    const stale = await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: oldSession } });
    expect(stale.json().user).toBeNull();
    admin.password = 'nieuwe-lange-zin-2026';
    adminCookie = await login(t.app, admin.email, admin.password);
  });

  it('answers the same for an unknown address and sends nothing', async () => {
    const before = await t.app.inject({ method: 'GET', url: '/api/admin/outbox', headers: { cookie: adminCookie } });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/session/password-reset/request',
      headers: writeHeaders,
      payload: { email: 'onbekend@example.nl' },
    });
    expect(res.statusCode).toBe(202);
    const after = await t.app.inject({ method: 'GET', url: '/api/admin/outbox', headers: { cookie: adminCookie } });
    expect(after.json().total).toBe(before.json().total);
  });
});

describe('email login link', () => {
  it('signs in with the mailed link once', async () => {
    const request = await t.app.inject({
      method: 'POST',
      url: '/api/session/magic-link/request',
      headers: writeHeaders,
      payload: { email: admin.email },
    });
    expect(request.statusCode).toBe(202);
    const mail = await lastMailTo(t.app, adminCookie, admin.email);
    expect(mail.kind).toBe('magic_link');
    expect(mail.textBody).toContain('Met deze link logt u in bij Netwerkregie zonder wachtwoord');
    const token = tokenFrom(mail.textBody, '/inloggen/link?token=');
    const verify = await t.app.inject({
      method: 'POST',
      url: '/api/session/magic-link/verify',
      headers: writeHeaders,
      payload: { token },
    });
    expect(verify.statusCode, verify.body).toBe(200);
    expect(verify.json().user.email).toBe(admin.email);
    const session = await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: cookieOf(verify) } });
    expect(session.json().user.email).toBe(admin.email);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/session/magic-link/verify',
      headers: writeHeaders,
      payload: { token },
    });
    expect(again.statusCode).toBe(400);
  });

  it('keeps the password and other sessions after signing in by link', async () => {
    const other = await login(t.app, admin.email, admin.password);
    await t.app.inject({
      method: 'POST',
      url: '/api/session/magic-link/request',
      headers: writeHeaders,
      payload: { email: admin.email },
    });
    const token = tokenFrom((await lastMailTo(t.app, other, admin.email)).textBody, '/inloggen/link?token=');
    const verify = await t.app.inject({
      method: 'POST',
      url: '/api/session/magic-link/verify',
      headers: writeHeaders,
      payload: { token },
    });
    expect(verify.statusCode).toBe(200);
    const still = await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: other } });
    expect(still.json().user?.email).toBe(admin.email);
    expect(await login(t.app, admin.email, admin.password)).toContain('session_token');
  });

  it('reaches the account when the address is typed with capitals', async () => {
    const mixed = admin.email.replace(/^./, (c) => c.toUpperCase()).replace('@example', '@Example');
    expect(mixed).not.toBe(admin.email);
    const request = await t.app.inject({
      method: 'POST',
      url: '/api/session/magic-link/request',
      headers: writeHeaders,
      payload: { email: mixed },
    });
    expect(request.statusCode).toBe(202);
    const mail = await lastMailTo(t.app, adminCookie, admin.email);
    const verify = await t.app.inject({
      method: 'POST',
      url: '/api/session/magic-link/verify',
      headers: writeHeaders,
      payload: { token: tokenFrom(mail.textBody, '/inloggen/link?token=') },
    });
    expect(verify.statusCode, verify.body).toBe(200);
    expect(verify.json().user.email).toBe(admin.email);
  });

  it('does not create accounts for unknown addresses', async () => {
    const before = await t.app.inject({ method: 'GET', url: '/api/admin/outbox', headers: { cookie: adminCookie } });
    await t.app.inject({
      method: 'POST',
      url: '/api/session/magic-link/request',
      headers: writeHeaders,
      payload: { email: 'vreemde@example.nl' },
    });
    const after = await t.app.inject({ method: 'GET', url: '/api/admin/outbox', headers: { cookie: adminCookie } });
    expect(after.json().total).toBe(before.json().total);
  });
});

describe('the account lookup by e-mail address', () => {
  it('finds the account whatever the case of the address, and nothing for an unknown one', async () => {
    const db = t.database.db;
    const exact = await findAccountByEmail({ db, email: admin.email });
    expect(exact?.name).toBe('Anna de Vries');
    expect(await findAccountByEmail({ db, email: admin.email.toUpperCase() })).toEqual(exact);
    expect(await findAccountByEmail({ db, email: 'Anna@Example.NL' })).toEqual(exact);
    expect(await findAccountByEmail({ db, email: 'niemand@example.nl' })).toBeUndefined();
  });
});

describe("the account's language", () => {
  it('an account that chose English gets its password reset and login link in English, whatever the request says', async () => {
    const chooseLocale = (locale: 'nl' | 'en') =>
      t.app.inject({
        method: 'PATCH',
        url: '/api/session/locale',
        headers: { ...writeHeaders, cookie: adminCookie },
        payload: { locale },
      });
    expect((await chooseLocale('en')).statusCode).toBe(204);
    try {
      const reset = await t.app.inject({
        method: 'POST',
        url: '/api/session/password-reset/request',
        headers: { ...writeHeaders, 'accept-language': 'nl' },
        payload: { email: admin.email },
      });
      expect(reset.statusCode).toBe(202);
      const resetMail = await lastMailTo(t.app, adminCookie, admin.email);
      expect(resetMail.kind).toBe('password_reset');
      expect(resetMail.subject).toBe('Set a new password for Netwerkregie');
      expect(resetMail.textBody).toContain('You asked for a new password. Open this link to set it:');
      expect(resetMail.textBody).toContain('This message was sent by Netwerkregie.');
      expect(tokenFrom(resetMail.textBody, '/wachtwoord-herstellen?token=')).toBeTruthy();

      const link = await t.app.inject({
        method: 'POST',
        url: '/api/session/magic-link/request',
        headers: { ...writeHeaders, 'accept-language': 'nl' },
        payload: { email: admin.email },
      });
      expect(link.statusCode).toBe(202);
      const linkMail = await lastMailTo(t.app, adminCookie, admin.email);
      expect(linkMail.kind).toBe('magic_link');
      expect(linkMail.subject).toBe('Your sign-in link for Netwerkregie');
      expect(linkMail.textBody).toContain('This link signs you in to Netwerkregie without a password:');
    } finally {
      expect((await chooseLocale('nl')).statusCode).toBe(204);
    }
  });
});
