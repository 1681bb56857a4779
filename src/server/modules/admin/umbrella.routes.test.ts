// The umbrella overview through the real routes, on two networks: an empty one and the demo network. Each row must say what
// that network's own steering dashboard says (members, active members, placements, signals with its own thresholds).
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { user } from '../../platform/db/schema.js';
import { cookieOf, lastMailTo, setupInstallation, tokenFrom } from '../../test/helpers.js';
import { createTestApp, writeHeaders, type TestApp } from '../../test/test-app.js';
import { loadDemoNetwork } from '../demo/demo.service.js';
import { grantRoleToUser } from '../networks/network-membership.js';

let t: TestApp;
let adminCookie: string;
let coordinatorCookie: string;
let emptyId: string;
let demoId: string;
const url = '/api/admin/networks/overview';
const get = (cookie: string, u: string) => t.app.inject({ method: 'GET', url: u, headers: { cookie } });
type Row = {
  id: string;
  name: string;
  phase: string;
  members: number;
  activeMembers: number;
  activitiesLast12Months: number;
  signalCount: number;
  signals: string[];
};

beforeAll(async () => {
  t = await createTestApp();
  const setup = await setupInstallation(t.app, { network: 'Lege Netwerk Deventer' });
  adminCookie = setup.cookie;
  emptyId = setup.networkId;
  demoId = (await loadDemoNetwork({ db: t.database.db, seed: 7 })).networkId;
  const [admin] = await t.database.db.select({ id: user.id }).from(user).where(eq(user.email, setup.admin.email));
  await grantRoleToUser(t.database.db, { networkId: demoId, userId: admin!.id, role: 'coordinator' });
  const email = 'coordinator@proef.example';
  const invite = await t.app.inject({
    method: 'POST',
    url: `/api/networks/${demoId}/invitations`,
    headers: { ...writeHeaders, cookie: adminCookie },
    payload: { name: 'Proef coördinator', email, role: 'coordinator' },
  });
  expect(invite.statusCode, invite.body).toBe(201);
  const token = tokenFrom((await lastMailTo(t.app, adminCookie, email)).textBody, '/uitnodiging/');
  const accept = await t.app.inject({
    method: 'POST',
    url: `/api/invitations/${token}/accept`,
    headers: writeHeaders,
    payload: { password: 'een-lange-proefzin-voor-de-koepel-2026' },
  });
  expect(accept.statusCode, accept.body).toBe(200);
  coordinatorCookie = cookieOf(accept);
}, 120_000);
afterAll(async () => t?.close());

describe('umbrella overview', () => {
  it('is for the platform admin only: a network coordinator is refused, a visitor must sign in', async () => {
    expect((await get(coordinatorCookie, url)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
  });

  it('lists both networks with the figures and signals of their own steering dashboards', async () => {
    const res = await get(adminCookie, url);
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json<{ items: Row[] }>().items;
    expect(items.map((i) => i.id).sort()).toEqual([emptyId, demoId].sort());
    const empty = items.find((i) => i.id === emptyId)!;
    expect(empty).toMatchObject({
      name: 'Lege Netwerk Deventer',
      members: 0,
      activeMembers: 0,
      activitiesLast12Months: 0,
      signalCount: 0,
      signals: [],
    });
    const demo = items.find((i) => i.id === demoId)!;
    const dash = (await get(adminCookie, `/api/networks/${demoId}/steering/dashboard`)).json();
    expect(demo.phase).toBe(dash.phase);
    expect(demo.members).toBe(dash.members);
    expect(demo.members).toBeGreaterThan(20);
    expect(demo.activeMembers).toBe(dash.activeMembers.numerator);
    // Nothing about candidates (decision 013): placements only in the opt-in, suppressed comparison.
    expect(demo).not.toHaveProperty('placementsThisYear');
    expect(Object.keys(demo).filter((k) => /placement|banen|candidate/i.test(k))).toEqual([]);
    expect(demo.activitiesLast12Months).toBeGreaterThan(0);
    // The dashboard's own signals, without the candidates' (a worrying check-in answer, a late request): the umbrella
    // says nothing about candidates (decision 013), and the demo has such a signal.
    const dashSignals: string[] = dash.signals.map((s: { code: string }) => s.code);
    expect(dashSignals.some((c) => c.startsWith('candidate_'))).toBe(true);
    expect(demo.signals).toEqual(dashSignals.filter((c) => !c.startsWith('candidate_')));
    expect(demo.signalCount).toBe(demo.signals.length);
  });

  it("uses each network's own thresholds: raising the demo's employer-led threshold adds that signal there only", async () => {
    const before = (await get(adminCookie, url)).json<{ items: Row[] }>().items;
    expect(before.find((i) => i.id === demoId)!.signals).not.toContain('low_employer_led');
    const settings = (await get(adminCookie, `/api/networks/${demoId}/steering/settings`)).json();
    const put = await t.app.inject({
      method: 'PUT',
      url: `/api/networks/${demoId}/steering/settings`,
      headers: { ...writeHeaders, cookie: adminCookie },
      payload: {
        thresholds: { ...settings.thresholds, employerLedBelow: 1, minimumRecords: 1 },
        version: settings.version,
      },
    });
    expect(put.statusCode, put.body).toBe(200);
    const after = (await get(adminCookie, url)).json<{ items: Row[] }>().items;
    const demo = after.find((i) => i.id === demoId)!;
    expect(demo.signals).toContain('low_employer_led');
    expect(demo.signalCount).toBe(before.find((i) => i.id === demoId)!.signalCount + 1);
    expect(after.find((i) => i.id === emptyId)!.signals).toEqual([]);
  });

  it('searches, sorts and exports as CSV and XLSX', async () => {
    const found = (await get(adminCookie, `${url}?search=deventer`)).json<{ items: Row[] }>().items;
    expect(found.map((i) => i.id)).toEqual([emptyId]);
    const byMembers = (await get(adminCookie, `${url}?sort=members&order=desc`)).json<{ items: Row[] }>().items;
    expect(byMembers.map((i) => i.id)).toEqual([demoId, emptyId]);
    const asc = (await get(adminCookie, `${url}?sort=members&order=asc`)).json<{ items: Row[] }>().items;
    expect(asc.map((i) => i.id)).toEqual([emptyId, demoId]);
    expect((await get(adminCookie, `${url}?sort=nonsense`)).statusCode).toBe(422);
    const csv = await get(adminCookie, `${url}?format=csv&sort=name`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toContain('Netwerk;Fase;Leden;Actieve leden');
    expect(lines).toHaveLength(3);
    expect(lines.some((l) => l.startsWith('Lege Netwerk Deventer;'))).toBe(true);
    const xlsx = await get(adminCookie, `${url}?format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});
