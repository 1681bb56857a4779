// Test support for the design and governance route tests: a signed-in user holding one role in one network, made through
// the real invitation routes.
import { expect } from 'vitest';
import type { App } from '../app.js';
import { cookieOf, lastMailTo, tokenFrom } from './helpers.js';
import { writeHeaders } from './test-app.js';

export async function userWithRole(
  app: App,
  adminCookie: string,
  networkId: string,
  role: string,
  email: string,
): Promise<string> {
  const invite = await app.inject({
    method: 'POST',
    url: `/api/networks/${networkId}/invitations`,
    headers: { ...writeHeaders, cookie: adminCookie },
    payload: { name: `Test ${role}`, email, role },
  });
  expect(invite.statusCode, invite.body).toBe(201);
  const token = tokenFrom((await lastMailTo(app, adminCookie, email)).textBody, '/uitnodiging/');
  const accept = await app.inject({
    method: 'POST',
    url: `/api/invitations/${token}/accept`,
    headers: writeHeaders,
    payload: { password: 'een-lange-testzin-voor-rollen-2026' },
  });
  expect(accept.statusCode, accept.body).toBe(200);
  return cookieOf(accept);
}
