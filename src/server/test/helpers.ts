// Small helpers for route tests: sign in through the real routes and carry the session cookie.
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { App } from '../app.js';
import { writeHeaders } from './test-app.js';

export function cookieOf(res: LightMyRequestResponse): string {
  const raw = res.headers['set-cookie'];
  const list = Array.isArray(raw) ? raw : raw ? [String(raw)] : [];
  return list.map((c) => c.split(';')[0]).join('; ');
}

export async function setupInstallation(app: App, input: { email?: string; password?: string; network?: string } = {}) {
  const admin = {
    name: 'Anna de Vries',
    email: input.email ?? 'anna@example.nl',
    password: input.password ?? 'lange-zin-met-koffie-42',
  };
  const res = await app.inject({
    method: 'POST',
    url: '/api/setup',
    headers: writeHeaders,
    payload: { admin, network: { name: input.network ?? 'Inclusief Netwerk Zwolle' }, loadDemo: false },
  });
  expect(res.statusCode, res.body).toBe(201);
  return { admin, networkId: res.json<{ networkId: string }>().networkId, cookie: cookieOf(res) };
}

export async function login(app: App, email: string, password: string): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/session/login',
    headers: writeHeaders,
    payload: { email, password },
  });
  expect(res.statusCode, res.body).toBe(200);
  return cookieOf(res);
}

/** The newest outbox message to an address, read straight from the table the admin screen shows. */
export async function lastMailTo(app: App, adminCookie: string, to: string) {
  const list = await app.inject({
    method: 'GET',
    url: `/api/admin/outbox?search=${encodeURIComponent(to)}`,
    headers: { cookie: adminCookie },
  });
  expect(list.statusCode, list.body).toBe(200);
  const first = list.json<{ items: { id: string }[] }>().items[0];
  expect(first, `no mail to ${to}`).toBeDefined();
  const detail = await app.inject({
    method: 'GET',
    url: `/api/admin/outbox/${first!.id}`,
    headers: { cookie: adminCookie },
  });
  return detail.json<{ subject: string; textBody: string; kind: string; status: string }>();
}

export function tokenFrom(text: string, pathPrefix: string): string {
  const match = new RegExp(`${pathPrefix.replace(/[/?]/g, (c) => `\\${c}`)}([A-Za-z0-9_%.-]+)`).exec(text);
  if (!match?.[1]) throw new Error(`no ${pathPrefix} link in: ${text}`);
  return decodeURIComponent(match[1]);
}

/** A valid new candidate as the coordinator enters it (with an e-mail address and consent), with overrides. */
export const newCandidate = (overrides: Record<string, unknown> = {}) => ({
  firstName: 'Sanne',
  email: 'sanne@example.nl',
  phone: '06 12345678',
  place: 'Zwolle',
  postcodeArea: '8011',
  wishes: 'Magazijn, orderpicken of inpakken',
  hoursPerWeek: 20,
  supportNeeded: ['jobcoach'],
  referredBy: 'wsp',
  targetGroupRegister: 'yes',
  targetGroupRegisterOn: '2026-01-10',
  consent: { givenOn: '2026-01-10', validUntil: null, shareWithProposedEmployers: ['firstName', 'wishes'] },
  ...overrides,
});

/**
 * An import request as the import screen sends it (decision 022): the file's bytes as the body, the choices in the query
 * string (objects as JSON). `contentType` defaults to text/csv.
 */
export function importRequest(
  url: string,
  headers: Record<string, string>,
  {
    content,
    contentType = 'text/csv',
    ...choices
  }: { content: Buffer; contentType?: string; fileName: string } & Record<string, unknown>,
) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(choices))
    if (value !== undefined) query.set(key, typeof value === 'string' ? value : JSON.stringify(value));
  return {
    method: 'POST' as const,
    url: `${url}?${query.toString()}`,
    headers: { ...headers, 'content-type': contentType },
    payload: content,
  };
}
