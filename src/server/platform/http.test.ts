// The HTTP rules every route shares: declared permissions, health, OpenAPI, the error shape and security headers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isNetworkAction } from '../../core/access/permissions.js';
import { buildApp } from '../app.js';
import { createTestApp, type TestApp } from '../test/test-app.js';
import { UndeclaredPermissionError } from './http.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('routes are closed by default', () => {
  it('an /api route without a declared permission stops the app from starting', async () => {
    const app = await buildApp({
      config: t.config,
      database: t.database,
      auth: {} as never,
      mailer: {} as never,
      migration: 'x',
      publicUrl: 'http://localhost:3000',
    });
    expect(() => app.get('/api/undeclared', async () => ({ secret: true }))).toThrow(UndeclaredPermissionError);
    await app.close();
  });

  it('every registered /api route declares a permission', () => {
    const table = t.app.routeTable;
    expect(table.length).toBeGreaterThan(15);
    expect(table).toContainEqual({ method: 'GET', url: '/api/networks/:networkId/people', permission: 'people.read' });
    for (const route of table) expect(route.permission, `${route.method} ${route.url}`).toBeTruthy();
    // Routes under a network check a network action, so a role in another network never reaches them.
    for (const route of table.filter((r) => r.url.includes(':networkId'))) {
      expect(isNetworkAction(route.permission), `${route.url}: ${route.permission}`).toBe(true);
    }
  });
});

describe('health, docs and errors', () => {
  it('tells liveness from readiness: ready needs the database, every migration and not draining', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/health/live' })).json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject({ method: 'GET', url: '/api/health/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready', checks: { database: true, migrations: true, accepting: true } });
    // A migration missing from the database (as when an older schema is left behind) makes it not ready.
    const [last] = (
      await t.database.pool.query<{ id: number }>('select max(id) as id from drizzle.__drizzle_migrations')
    ).rows;
    const removed = await t.database.pool.query('delete from drizzle.__drizzle_migrations where id = $1 returning *', [
      last!.id,
    ]);
    try {
      const behind = await t.app.inject({ method: 'GET', url: '/api/health/ready' });
      expect(behind.statusCode).toBe(503);
      expect(behind.json().checks).toEqual({ database: true, migrations: false, accepting: true });
    } finally {
      const row = removed.rows[0] as { id: number; hash: string; created_at: string };
      await t.database.pool.query(
        'insert into drizzle.__drizzle_migrations (id, hash, created_at) values ($1, $2, $3)',
        [row.id, row.hash, row.created_at],
      );
    }
    t.app.readiness.draining = true;
    try {
      const draining = await t.app.inject({ method: 'GET', url: '/api/health/ready' });
      expect(draining.statusCode).toBe(503);
      expect(draining.json()).toEqual({
        status: 'not_ready',
        checks: { database: true, migrations: true, accepting: false },
      });
      expect((await t.app.inject({ method: 'GET', url: '/api/health/live' })).statusCode).toBe(200);
    } finally {
      t.app.readiness.draining = false;
    }
  });

  it('GET /api/health reports database kind and migration', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      status: 'ok',
      database: expect.stringMatching(/^(embedded|server)$/),
      migration: expect.stringMatching(/^\d{4}_\w+$/),
    });
  });

  it('serves an OpenAPI 3 document with domain tags', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toContain('/api/networks/{networkId}/people');
    expect(doc.tags.map((tag: { name: string }) => tag.name)).toEqual(
      expect.arrayContaining(['session', 'people', 'admin', 'networks']),
    );
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
  });

  it('unknown API routes answer 404 in the error shape', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/bestaat-niet' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ code: 'not_found', message: 'Deze API-route bestaat niet.' });
  });

  it("answers in English for Accept-Language: en, unless the web app's language cookie says Dutch", async () => {
    const ask = async (headers: Record<string, string>) =>
      (await t.app.inject({ method: 'GET', url: '/api/bestaat-niet', headers })).json().message;
    expect(await ask({ 'accept-language': 'en-GB,en;q=0.9' })).toBe('This API route does not exist.');
    // The screen is Dutch in an English browser: a download link follows the screen.
    expect(await ask({ 'accept-language': 'en-GB,en;q=0.9', cookie: 'a=b; netwerkregie_lang=nl' })).toBe(
      'Deze API-route bestaat niet.',
    );
    expect(await ask({ cookie: 'netwerkregie_lang=en' })).toBe('This API route does not exist.');
    // Anything else in the cookie is ignored.
    expect(await ask({ 'accept-language': 'en', cookie: 'netwerkregie_lang=de' })).toBe(
      'This API route does not exist.',
    );
  });

  it('malformed JSON is a 400 in the error shape, not a 500', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/session/login',
      headers: { 'content-type': 'application/json', 'x-requested-with': 'netwerkregie' },
      payload: '{"email": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('bad_request');
  });

  it('sets security headers including a Content-Security-Policy and a request id', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-request-id']).toMatch(/^[\w-]{8,}$/);
  });
});
