// The needs round (behoeftepeiling) and the pulse's trend and signal in a real Chromium on the demo network, with mail going
// over a real SMTP server (smtp-server in this process); the same setup as documents-pulse.e2e.ts.
// Needs round: from the needs list the coordinator opens "Behoeftepeilingen", a closing date in the past is refused, a round
// goes out by SMTP; two contacts of one member organisation answer through their links (one with a description), a link used
// twice says so; the round's screen shows the answer rate and per theme one organisation and the need's support, and the
// needs list shows the need with the same support (one organisation counted once). Screenshots feed
// docs/handleiding/behoeftepeiling.md.
// Pulse trend and signal: two rounds, the first answered high, the second low while the demo network's behaviour stays high;
// the steering dashboard shows the fall ("Daalt ten opzichte van de vorige peiling") and the signal.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestSmtp, type TestSmtp } from '../src/server/modules/mailings/smtp-test-server.js';
import { axeSummary, expectNoSeriousAxeViolations } from './support/axe.js';
import { launchBrowser, phoneViewport, desktopViewport, type BrowserSession } from './support/browser.js';
import { screenshot } from './support/screenshot.js';
import { skipAfterFirstFailure } from './support/sequence.js';
import { startTestServer, type TestServer } from './support/server.js';
import { field, loginViaApi } from './support/ui.js';

const admin = { name: 'Anna de Vries', email: 'anna@voorbeeld.nl', password: 'paarse olifanten dansen op dinsdag' };
const headers = { 'x-requested-with': 'netwerkregie' };

let smtp: TestSmtp;
let server: TestServer;
let browser: BrowserSession;
let demoId = '';

const isoInDays = (n: number) => {
  const d = new Date(Date.now() + n * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** The links of the mails received so far whose text holds `/${prefix}/`, by recipient. */
function linksIn(prefix: string, from = 0): Map<string, string> {
  const out = new Map<string, string>();
  for (const mail of smtp.received.slice(from)) {
    const match = mail.raw.replace(/=\r\n/g, '').match(new RegExp(`/${prefix}/([A-Za-z0-9_-]+)`));
    if (match) out.set(mail.to, `/${prefix}/${match[1]}`);
  }
  return out;
}

beforeAll(async () => {
  smtp = await startTestSmtp();
  server = await startTestServer({ env: { SMTP_URL: smtp.url } });
  browser = await launchBrowser();
  const { page } = browser;
  const api = page.context().request;
  const setup = await api.post(`${server.url}/api/setup`, {
    data: { admin, network: { name: '99van Eigen Regio' }, loadDemo: true },
    headers,
    timeout: 120_000,
  });
  expect(setup.status(), await setup.text()).toBe(201);
  await loginViaApi(page, server.url, admin);
  const session = (await (await api.get(`${server.url}/api/session`)).json()) as {
    networks: { id: string; slug: string }[];
  };
  demoId = session.networks.find((n) => n.slug.startsWith('demo-'))?.id ?? '';
  expect(demoId).not.toBe('');
}, 180_000);

afterAll(async () => {
  console.log(axeSummary());
  await browser?.close();
  await server?.stop();
  await smtp?.close();
});

describe('needs round (behoeftepeiling)', () => {
  skipAfterFirstFailure();
  let anonymous: BrowserSession;
  let links = new Map<string, string>();
  /** Two contacts of one member organisation, and that organisation's name. */
  let pair: { a: string; b: string; organisation: string };
  let supportAfterFirst = 0;

  afterAll(async () => {
    await anonymous?.close();
  });

  type Round = {
    answers: number;
    invited: number;
    themes: {
      theme: string;
      contacts: number;
      organisations: number;
      need: { title: string; supporters: number } | null;
    }[];
  };
  const latestRound = async () => {
    const res = await browser.page.context().request.get(`${server.url}/api/networks/${demoId}/needs-rounds`);
    expect(res.status()).toBe(200);
    return ((await res.json()) as { items: Round[] }).items[0]!;
  };

  test('the coordinator starts a round from the needs list; a closing date in the past is refused first', async () => {
    const { page } = browser;
    await page.setViewportSize(desktopViewport);
    await page.goto(`${server.url}/n/${demoId}/behoeften`);
    await page.getByRole('link', { name: 'Behoeftepeilingen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Behoeftepeilingen' }).waitFor();
    await page.getByText('Er is nog geen behoeftepeiling verstuurd.').waitFor();
    const form = page.getByTestId('needs-round-form');
    await form.getByRole('button', { name: 'Versturen' }).click();
    await form.getByText('Geef de peiling een titel.').waitFor();
    await field(form, 'Titel van de peiling').fill('Voorjaar 2027');
    const date = field(form, 'Sluitdatum');
    expect(await date.getAttribute('type')).toBe('date');
    await date.fill('2020-01-31');
    await form.getByRole('button', { name: 'Versturen' }).click();
    await form.getByText('De sluitdatum ligt in het verleden; kies vandaag of later.').waitFor();
    expect(linksIn('behoeftepeiling').size).toBe(0);
    await date.fill(isoInDays(21));
    // Offer four themes.
    for (const theme of [
      'Regelingen en subsidies',
      'Werving van kandidaten',
      'Behoud en duurzame inzetbaarheid',
      'Jobcoaching',
    ])
      await form.getByRole('checkbox', { name: theme }).uncheck();
    await expectNoSeriousAxeViolations(page, 'behoeftepeiling versturen');
    await screenshot(page, 'behoeftepeiling-versturen');
    await form.getByRole('button', { name: 'Versturen' }).click();
    const sent = form.getByRole('status').or(form.getByRole('alert'));
    await sent.waitFor({ timeout: 90_000 });
    const invited = Number((await sent.textContent())?.match(/verstuurd naar (\d+) contactperso/)?.[1]);
    expect(invited).toBeGreaterThanOrEqual(2);
    await expect.poll(() => linksIn('behoeftepeiling').size, { timeout: 30_000 }).toBe(invited);
    links = linksIn('behoeftepeiling');
    expect(smtp.received.find((m) => m.raw.includes('/behoeftepeiling/'))?.subject).toContain('Voorjaar 2027');
    // Two recipients from one organisation (the demo has members with more than one contact).
    const people = (await (
      await page.context().request.get(`${server.url}/api/networks/${demoId}/people?pageSize=200`)
    ).json()) as { items: { email: string | null; organisationName: string | null }[] };
    const byOrg = new Map<string, string[]>();
    for (const p of people.items) {
      const email = p.email?.toLowerCase();
      if (!email || !p.organisationName || !links.has(email)) continue;
      byOrg.set(p.organisationName, [...(byOrg.get(p.organisationName) ?? []), email]);
    }
    const [organisation, emails] = [...byOrg.entries()].find(([, e]) => e.length >= 2)!;
    pair = { a: emails[0]!, b: emails[1]!, organisation };
  });

  test('a member contact answers through the link: two themes, one with a description', async () => {
    anonymous = await launchBrowser();
    const { page } = anonymous;
    await page.goto(`${server.url}${links.get(pair.a)}`);
    await page.getByRole('heading', { level: 1, name: 'Behoeftepeiling' }).waitFor();
    await page.getByText(/· Voorjaar 2027$/).waitFor();
    expect(await page.getByRole('checkbox').count()).toBe(4);
    await page.getByRole('button', { name: 'Versturen' }).click();
    await page.getByText('Kies minstens één thema.').waitFor();
    await page.getByRole('checkbox', { name: 'Jobcarving' }).check();
    await field(page, 'Wat zoeken jullie bij Jobcarving? (niet verplicht)').fill('Taken in de productiehal opsplitsen');
    await page.getByRole('checkbox', { name: 'Wet- en regelgeving' }).check();
    await expectNoSeriousAxeViolations(page, 'behoeftepeiling invullen');
    await screenshot(page, 'behoeftepeiling-invullen');
    await page.getByRole('button', { name: 'Versturen' }).click();
    await page.getByText('Dank je wel! Je keuzes staan als behoeften in de lijst van het netwerk.').waitFor();
    const round = await latestRound();
    const jobCarving = round.themes.find((t) => t.theme === 'job_carving')!;
    expect(jobCarving).toMatchObject({ contacts: 1, organisations: 1 });
    supportAfterFirst = jobCarving.need!.supporters;
    expect(supportAfterFirst).toBeGreaterThanOrEqual(1);
  });

  test('a second contact of the same organisation at phone width; its support counts once; a used link says so', async () => {
    const { page } = anonymous;
    await page.setViewportSize(phoneViewport);
    await page.goto(`${server.url}${links.get(pair.b)}`);
    await page.getByRole('heading', { level: 1, name: 'Behoeftepeiling' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phoneViewport.width);
    await page.getByRole('checkbox', { name: 'Jobcarving' }).check();
    await expectNoSeriousAxeViolations(page, 'behoeftepeiling invullen (telefoon)');
    await screenshot(page, 'behoeftepeiling-invullen-telefoon');
    await page.getByRole('button', { name: 'Versturen' }).click();
    await page.getByText('Dank je wel!').waitFor();
    const round = await latestRound();
    expect(round.answers).toBe(2);
    const jobCarving = round.themes.find((t) => t.theme === 'job_carving')!;
    expect(jobCarving).toMatchObject({ contacts: 2, organisations: 1 });
    expect(jobCarving.need!.supporters).toBe(supportAfterFirst);
    await page.goto(`${server.url}${links.get(pair.a)}`);
    await page.getByText('Deze behoeftepeiling is via deze link al ingevuld. Dank je wel!').waitFor();
    expect(await page.getByRole('checkbox').count()).toBe(0);
    await expectNoSeriousAxeViolations(page, 'behoeftepeiling al ingevuld');
    await screenshot(page, 'behoeftepeiling-al-ingevuld');
  });

  test('the round shows the answer rate and per theme the need with its support; the needs list shows the same', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/n/${demoId}/behoeften/peilingen`);
    const card = page.getByTestId('needs-round').first();
    await card.getByRole('heading', { name: 'Voorjaar 2027' }).waitFor();
    const round = await latestRound();
    expect(await card.textContent()).toContain(`Respons: 2 van ${round.invited}`);
    const row = card.getByRole('row').filter({ hasText: 'Jobcarving' });
    const need = round.themes.find((t) => t.theme === 'job_carving')!.need!;
    expect(await row.textContent()).toContain(need.title);
    expect(await row.getByRole('cell').nth(1).textContent()).toBe('2');
    expect(await row.getByRole('cell').nth(2).textContent()).toBe('1');
    expect(await row.getByRole('cell').nth(4).textContent()).toBe(String(need.supporters));
    expect(await row.textContent()).toContain('Taken in de productiehal opsplitsen');
    // The chosen themes' needs and nothing for the theme nobody chose.
    expect(await card.getByRole('row').filter({ hasText: 'Inwerken en begeleiden' }).textContent()).toContain(
      'Nog niet gekozen',
    );
    await expectNoSeriousAxeViolations(page, 'behoeftepeiling uitkomst');
    await card.evaluate((el) => {
      el.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -90);
    });
    await screenshot(page, 'behoeftepeiling-uitkomst');
    // From the round to the needs list: the need with the same support.
    await row.getByRole('link', { name: need.title }).click();
    await page.getByRole('heading', { level: 1, name: 'Behoeften' }).waitFor();
    // The demo has needs with the same title; the one the round joined carries the round's support.
    const supportText = need.supporters === 1 ? '1 steunt dit' : `${need.supporters} steunen dit`;
    const needCard = page.getByTestId('need-card').filter({ hasText: need.title }).filter({ hasText: supportText });
    await needCard.first().waitFor();
    await needCard.first().scrollIntoViewIfNeeded();
    await screenshot(page, 'behoeftepeiling-behoeften');
  });
});

describe('pulse trend and signal over two rounds', () => {
  skipAfterFirstFailure();

  const pulseTab = async (page: Page) => {
    await page.goto(`${server.url}/n/${demoId}/sturing`);
    await page.getByRole('tab', { name: 'Gevoeld eigenaarschap' }).click();
    return page.getByRole('tabpanel', { name: 'Gevoeld eigenaarschap' });
  };

  /** Sends a round from the pulse tab and answers it through `answers` of its links, every statement with `score`. */
  async function round(score: number, answers: number) {
    const { page } = browser;
    const from = smtp.received.length;
    const panel = await pulseTab(page);
    const form = panel.getByTestId('pulse-send-form');
    await field(form, 'Sluit op').fill(isoInDays(14));
    await form.getByRole('button', { name: 'Versturen' }).click();
    const sent = form.getByRole('status').or(form.getByRole('alert'));
    await sent.waitFor({ timeout: 90_000 });
    const invited = Number((await sent.textContent())?.match(/verstuurd naar (\d+) contactpersonen/)?.[1]);
    expect(invited).toBeGreaterThanOrEqual(answers);
    await expect.poll(() => linksIn('peiling', from).size, { timeout: 30_000 }).toBe(invited);
    const links = [...linksIn('peiling', from).values()].slice(0, answers);
    for (const link of links) {
      const token = link.split('/').pop()!;
      const pulse = await fetch(`${server.url}/api/pulse/${token}`);
      const statements = ((await pulse.json()) as { statements: string[] }).statements;
      const res = await fetch(`${server.url}/api/pulse/${token}`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ scores: statements.map(() => score), openAnswer: null }),
      });
      expect(res.status, await res.text()).toBe(201);
    }
  }

  test('a first round answered high', async () => {
    await browser.page.setViewportSize(desktopViewport);
    await round(5, 5);
    const panel = await pulseTab(browser.page);
    await expect.poll(() => panel.getByTestId('pulse-score').textContent()).toBe('5');
  });

  test('a second round answered low: the dashboard shows the fall and the signal', async () => {
    await round(2, 5);
    const { page } = browser;
    await page.goto(`${server.url}/n/${demoId}/sturing`);
    const dashboard = page.getByRole('tabpanel', { name: 'Dashboard' });
    const figure = dashboard.getByTestId('pulse-figure');
    await expect.poll(() => figure.getByTestId('pulse-score').textContent()).toBe('2');
    const text = await figure.textContent();
    expect(text).toContain('Daalt ten opzichte van de vorige peiling');
    expect(text).toContain('Gevoeld eigenaarschap daalt (5 → 2) terwijl het gedrag hoog blijft');
    await figure.scrollIntoViewIfNeeded();
    await expectNoSeriousAxeViolations(page, 'peiling trend en signaal');
    await screenshot(page, 'peiling-trend-signaal');
  });
});
