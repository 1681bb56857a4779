// Small helpers to find form fields by their visible label, as a user would.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { readLinkFromOutbox } from './outbox.js';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The input labelled exactly `label` (Mantine appends a hidden " *" to required labels). */
export function field(page: Page | Locator, label: string): Locator {
  return page.getByLabel(new RegExp(`^${escapeRegExp(label)}(\\s*\\*)?$`));
}

/** Closes the notifications still on screen, so a screenshot shows the page itself. */
export async function closeNotifications(page: Page) {
  const close = page.getByRole('button', { name: 'Melding sluiten' });
  for (const button of await close.all()) await button.click().catch(() => undefined);
  await expect.poll(() => close.count()).toBe(0);
}

export async function setupViaApi(
  page: Page,
  baseUrl: string,
  input: { admin: { name: string; email: string; password: string }; network: { name: string; region?: string } },
): Promise<string> {
  const response = await page.context().request.post(`${baseUrl}/api/setup`, {
    data: { ...input, loadDemo: false },
    headers: { 'x-requested-with': 'netwerkregie' },
  });
  if (response.status() !== 201) throw new Error(`POST /api/setup: ${response.status()} ${await response.text()}`);
  const body = (await response.json()) as { networkId: string };
  return body.networkId;
}

/** Signs in through the API in this page's browser context (cookies are shared with the page). */
export async function loginViaApi(page: Page, baseUrl: string, credentials: { email: string; password: string }) {
  const response = await page.context().request.post(`${baseUrl}/api/session/login`, {
    data: credentials,
    headers: { 'x-requested-with': 'netwerkregie' },
  });
  if (response.status() !== 200)
    throw new Error(`POST /api/session/login: ${response.status()} ${await response.text()}`);
}

/**
 * A member employer whose contact person accepts an invitation with the role employer, all through the API: the
 * coordinator's page (signed in) creates the organisation, the contact and the invitation; the employer's page accepts it,
 * so that browser is signed in as the employer. Returns the organisation's id.
 */
export async function addEmployerWithAccount(
  coordinatorPage: Page,
  employerPage: Page,
  baseUrl: string,
  networkId: string,
  input: { organisation: string; name: string; email: string; password: string },
): Promise<string> {
  const headers = { 'x-requested-with': 'netwerkregie' };
  const request = coordinatorPage.context().request;
  const org = await request.post(`${baseUrl}/api/networks/${networkId}/organisations`, {
    headers,
    data: { kind: 'employer', name: input.organisation, postcode: '8013 AB', city: 'Zwolle' },
  });
  expect(org.status(), await org.text()).toBe(201);
  const orgId = ((await org.json()) as { id: string }).id;
  const contact = await request.post(`${baseUrl}/api/networks/${networkId}/organisations/${orgId}/contacts`, {
    headers,
    data: { name: input.name, email: input.email },
  });
  expect(contact.status(), await contact.text()).toBe(201);
  const invite = await request.post(`${baseUrl}/api/networks/${networkId}/invitations`, {
    headers,
    data: { name: input.name, email: input.email, role: 'employer' },
  });
  expect(invite.status(), await invite.text()).toBe(201);
  const link = await readLinkFromOutbox(request, baseUrl, {
    to: input.email,
    kind: 'invitation',
    linkPart: '/uitnodiging/',
  });
  const token = link.path.split('/uitnodiging/')[1]!;
  const accept = await employerPage.context().request.post(`${baseUrl}/api/invitations/${token}/accept`, {
    headers,
    data: { password: input.password },
  });
  expect(accept.status(), await accept.text()).toBe(200);
  return orgId;
}
