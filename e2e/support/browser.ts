// Launches Debian's Chromium through playwright-core (a downloaded browser cannot run here). Each call gets its own profile
// directory, so two contexts share no cookies: a "fresh browser" for the person who opens an emailed link.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const desktopViewport = { width: 1280, height: 900 };
export const phoneViewport = { width: 390, height: 844 };

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export async function launchBrowser(options: { locale?: string } = {}): Promise<BrowserSession> {
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nr-e2e-chromium-'));
  const locale = options.locale ?? 'nl-NL';
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    locale,
    // Playwright's locale reaches the page's Intl and Accept-Language, but Chromium's own widgets (the date and time
    // inputs, validation bubbles) follow the process's UI language: on Linux read from LANGUAGE, and available only with
    // Debian's chromium-l10n installed (.ci/run installs it). Without it a Dutch user's 07-12-2026 shows as 12/07/2026.
    env: { ...process.env, LANGUAGE: locale.replace('-', '_') },
    timezoneId: 'Europe/Amsterdam',
    viewport: desktopViewport,
    args: [
      '--headless',
      `--lang=${locale}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  context.setDefaultTimeout(15_000);
  const page = context.pages()[0] ?? (await context.newPage());
  // Surface what a failing step would otherwise hide: script errors and server errors.
  page.on('pageerror', (error) => console.error(`[browser] page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.url().includes('/api/') && response.status() >= 500) {
      console.error(`[browser] ${response.request().method()} ${response.url()} → ${response.status()}`);
    }
  });
  if (process.env.E2E_DEBUG) {
    page.on('console', (message) => console.error(`[browser console] ${message.type()}: ${message.text()}`));
    page.on('response', (response) => {
      if (response.url().includes('/api/')) console.error(`[browser] ${response.status()} ${response.url()}`);
    });
  }
  return {
    context,
    page,
    async close() {
      await context.close();
      fs.rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
