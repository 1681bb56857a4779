// Route test for first-run setup with the demo network: the reply names the demo network (the app opens it first), the demo
// says it is one, and its partners, work opportunities and mailings are there to explore through the ordinary API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, writeHeaders, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let cookie = '';
let reply: { networkId: string; demoNetworkId: string | null };
const admin = { name: 'Anna de Vries', email: 'anna@example.nl', password: 'lange-zin-met-koffie-42' };

beforeAll(async () => {
  t = await createTestApp();
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/setup',
    headers: writeHeaders,
    payload: { admin, network: { name: 'Inclusief Netwerk Zwolle' }, loadDemo: true },
  });
  expect(res.statusCode, res.body).toBe(201);
  reply = res.json();
  const raw = res.headers['set-cookie'];
  cookie = (Array.isArray(raw) ? raw : [String(raw)]).map((c) => c.split(';')[0]).join('; ');
});
afterAll(async () => t?.close());

async function get<T>(url: string): Promise<T> {
  const res = await t.app.inject({ method: 'GET', url, headers: { cookie } });
  expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
  return res.json();
}

describe('setup with the demo network', () => {
  it('names the demo network next to the own one; only the demo says it is a demo', async () => {
    expect(reply.demoNetworkId).toEqual(expect.any(String));
    expect(reply.demoNetworkId).not.toBe(reply.networkId);
    const demo = await get<{ isDemo: boolean; counts: { people: number } }>(`/api/networks/${reply.demoNetworkId}`);
    expect(demo.isDemo).toBe(true);
    expect(demo.counts.people).toBeGreaterThan(100);
    const own = await get<{ isDemo: boolean; counts: { people: number } }>(`/api/networks/${reply.networkId}`);
    expect(own.isDemo).toBe(false);
  });

  it('gives the demo partners with agreements, work opportunities, and sent and draft mailings', async () => {
    const base = `/api/networks/${reply.demoNetworkId}`;
    const partners = await get<{ items: { kind: string; agreement: string | null }[] }>(`${base}/partners`);
    expect(partners.items.length).toBe(6);
    expect(partners.items.every((p) => (p.agreement ?? '').length > 0)).toBe(true);

    const opportunities = await get<{ items: { status: string }[]; total: number }>(`${base}/opportunities`);
    expect(opportunities.total).toBeGreaterThan(10);
    expect(opportunities.items.some((o) => o.status === 'open')).toBe(true);

    const mailings = await get<{ items: { status: string; progress: { sent: number; total: number } }[] }>(
      `${base}/mailings?pageSize=50`,
    );
    const sent = mailings.items.filter((m) => m.status === 'done');
    expect(sent.length).toBeGreaterThanOrEqual(5);
    expect(sent.every((m) => m.progress.total > 0 && m.progress.sent > 0)).toBe(true);
    expect(mailings.items.some((m) => m.status === 'draft')).toBe(true);
  });
});
