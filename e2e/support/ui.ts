// Small helpers to find form fields by their visible label, as a user would.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

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
