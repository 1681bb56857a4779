// Route tests for accounts and access, on a real app over a real database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, writeHeaders, type TestApp } from '../../test/test-app.js';

let t: TestApp;
const admin = { name: 'Anna de Vries', email: 'anna@example.nl', password: 'lange-zin-met-koffie-42' };

function cookieOf(res: { headers: Record<string, unknown> }): string {
  const raw = res.headers['set-cookie'];
  const list = Array.isArray(raw) ? raw : raw ? [String(raw)] : [];
  return list.map((c: string) => c.split(';')[0]).join('; ');
}

beforeAll(async () => {
  t = await createTestApp({ LOGIN_RATE_LIMIT: '5' });
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/setup',
    headers: writeHeaders,
    payload: { admin, network: { name: 'Inclusief Netwerk Zwolle' }, loadDemo: false },
  });
  expect(res.statusCode, res.body).toBe(201);
});
afterAll(async () => t?.close());

describe('sign-in', () => {
  it('refuses a wrong password with 401 and a Dutch message', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/session/login',
      headers: writeHeaders,
      payload: { email: admin.email, password: 'verkeerd-wachtwoord-123' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({
      code: 'invalid_credentials',
      message: 'Het e-mailadres of het wachtwoord klopt niet.',
    });
  });

  it('answers in English when the request asks for it', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/session/login',
      headers: { ...writeHeaders, 'accept-language': 'en-GB,en;q=0.9' },
      payload: { email: 'nobody@example.nl', password: 'verkeerd-wachtwoord-123' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().message).toBe('The email address or password is incorrect.');
  });

  it('signs in with secure cookie flags and a new session each time', async () => {
    const login = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/session/login',
        headers: writeHeaders,
        payload: { email: admin.email, password: admin.password },
      });
    const first = await login();
    expect(first.statusCode, first.body).toBe(200);
    const setCookie = String(first.headers['set-cookie']);
    expect(setCookie).toMatch(/netwerkregie\.session_token=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).toMatch(/Path=\//);
    const second = await login();
    expect(cookieOf(second)).not.toBe(cookieOf(first));
    const session = await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: cookieOf(second) } });
    expect(session.json().user.email).toBe(admin.email);
    expect(session.json().platformAdmin).toBe(true);
    expect(session.json().networks).toHaveLength(1);
    expect(session.json().networks[0].roles).toEqual(['coordinator']);
  });

  it('logs out: the old cookie no longer works', async () => {
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/session/login',
      headers: writeHeaders,
      payload: { email: admin.email, password: admin.password },
    });
    const cookie = cookieOf(login);
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/session/logout',
      headers: { ...writeHeaders, cookie },
    });
    expect(out.statusCode).toBe(204);
    const after = await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie } });
    expect(after.json().user).toBeNull();
  });

  it('locks an account out with 429 after repeated failures, with Retry-After', async () => {
    const attempt = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/session/login',
        headers: writeHeaders,
        payload: { email: 'doelwit@example.nl', password: 'fout-fout-fout-1' },
      });
    for (let i = 0; i < 5; i++) expect((await attempt()).statusCode).toBe(401);
    const blocked = await attempt();
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().code).toBe('rate_limited');
    expect(blocked.json().message).toMatch(/Te veel pogingen/);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('refuses state-changing requests without the CSRF header', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/session/login',
      payload: { email: admin.email, password: admin.password },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('csrf_failed');
  });

  it('refuses a request from a foreign origin', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/session/login',
      headers: { ...writeHeaders, origin: 'https://evil.example', host: 'localhost:3000' },
      payload: { email: admin.email, password: admin.password },
    });
    expect(res.statusCode).toBe(403);
  });

  it('setup can run only once', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/setup',
      headers: writeHeaders,
      payload: { admin: { ...admin, email: 'tweede@example.nl' }, network: { name: 'Ander Netwerk' }, loadDemo: false },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('setup_done');
  });

  it('validation errors name the field in Dutch', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/session/login',
      headers: writeHeaders,
      payload: { email: 'geen-adres', password: 'x' },
    });
    expect(res.statusCode).toBe(422);
    const body = res.json();
    expect(body.code).toBe('validation_failed');
    expect(body.issues[0].path).toEqual(['body', 'email']);
    expect(body.issues[0].message).toMatch(/Ongeldig|ongeldig/);
  });
});
