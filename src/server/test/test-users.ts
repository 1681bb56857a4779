// Test helper for the members and agenda route tests: people with a role in a network, signed in through the real
// invitation routes (a contact of an organisation first, so the employer role has its organisation).
import type { App } from '../app.js';
import { cookieOf, lastMailTo, tokenFrom } from './helpers.js';
import { writeHeaders } from './test-app.js';

export async function signInAs(
  app: App,
  adminCookie: string,
  input: { networkId: string; role: string; name: string; email: string; organisationId?: string },
): Promise<string> {
  if (input.organisationId) {
    const contact = await app.inject({
      method: 'POST',
      url: `/api/networks/${input.networkId}/organisations/${input.organisationId}/contacts`,
      headers: { ...writeHeaders, cookie: adminCookie },
      payload: { name: input.name, email: input.email },
    });
    if (contact.statusCode !== 201) throw new Error(contact.body);
  }
  const invite = await app.inject({
    method: 'POST',
    url: `/api/networks/${input.networkId}/invitations`,
    headers: { ...writeHeaders, cookie: adminCookie },
    payload: { name: input.name, email: input.email, role: input.role },
  });
  if (invite.statusCode !== 201) throw new Error(invite.body);
  const token = tokenFrom((await lastMailTo(app, adminCookie, input.email.toLowerCase())).textBody, '/uitnodiging/');
  const accept = await app.inject({
    method: 'POST',
    url: `/api/invitations/${token}/accept`,
    headers: writeHeaders,
    payload: {},
  });
  if (accept.statusCode !== 200) throw new Error(accept.body);
  return cookieOf(accept);
}

/** A Dutch Excel CSV: `;` separated, UTF-8 with BOM, dd-mm-jjjj dates and comma decimals. */
export function dutchCsv(
  header: string[],
  rows: string[][],
  encoding: 'utf8-bom' | 'windows-1252' = 'utf8-bom',
): Buffer {
  const text = [header, ...rows].map((r) => r.join(';')).join('\r\n') + '\r\n';
  if (encoding === 'utf8-bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
  return Buffer.from(text, 'latin1');
}
