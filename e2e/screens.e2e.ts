// Every main screen of the demo network, as its coordinator, in Dutch and in English, on a laptop (1280 px) and on a phone
// (390 px): axe and the text-contrast check (support/contrast.ts) run on each screen and on each of its tabs, so a colour
// that makes a badge, button or label unreadable fails here even where axe can only call it "incomplete".
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeSummary, expectNoSeriousAxeViolations } from './support/axe.js';
import { expectReadableText } from './support/contrast.js';
import { desktopViewport, launchBrowser, phoneViewport, type BrowserSession } from './support/browser.js';
import { skipAfterFirstFailure } from './support/sequence.js';
import { startTestServer, type TestServer } from './support/server.js';

const admin = { name: 'Anna de Vries', email: 'anna@voorbeeld.nl', password: 'paarse olifanten dansen op dinsdag' };
const headers = { 'x-requested-with': 'netwerkregie' };

let server: TestServer;
let browser: BrowserSession;
let demoId = '';
let organisationId = '';
let activityId = '';

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  console.log(axeSummary());
  await browser?.close();
  await server?.stop();
});

/** The screens to walk, as paths inside the demo network (or the admin area). */
function screens(): { name: string; path: string }[] {
  const n = `/n/${demoId}`;
  return [
    { name: 'overzicht', path: n },
    { name: 'mensen', path: `${n}/mensen` },
    { name: 'inrichting', path: `${n}/inrichting` },
    { name: 'organisatie in gebruik', path: `${n}/inrichting/organisatie` },
    { name: 'sturing', path: `${n}/sturing` },
    { name: 'leden', path: `${n}/leden` },
    { name: 'lidmaatschappen', path: `${n}/leden/lidmaatschappen` },
    { name: 'organisatie', path: `${n}/leden/${organisationId}` },
    { name: 'agenda', path: `${n}/agenda` },
    ...(activityId
      ? [
          { name: 'activiteit', path: `${n}/agenda/${activityId}` },
          { name: 'aanwezigheid', path: `${n}/agenda/${activityId}/aanwezigheid` },
        ]
      : []),
    { name: 'behoeften', path: `${n}/behoeften` },
    { name: 'kandidaten', path: `${n}/kandidaten` },
    { name: 'samenwerken', path: `${n}/samenwerken` },
    { name: 'mailings', path: `${n}/mailings` },
    { name: 'beheer netwerken', path: '/beheer/netwerken' },
    { name: 'beheer outbox', path: '/beheer/outbox' },
    { name: 'beheer vergelijking', path: '/beheer/vergelijking' },
    { name: 'beheer adviseur', path: '/beheer/adviseur' },
  ];
}

async function settle(): Promise<void> {
  const { page } = browser;
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  // Pages and tabs load in parts; wait until no loader says "loading" any more.
  await expect.poll(() => page.locator('[role="status"]:has(.mantine-Loader-root)').count()).toBe(0);
}

/** On the check-in screen every name and state is shown whole: not cut off, not running into each other. */
async function expectCheckInRowsWhole(): Promise<void> {
  const problems = await browser.page.getByTestId('check-in-row').evaluateAll((rows) =>
    rows.flatMap((row) => {
      const name = row.querySelector('[data-testid="check-in-name"]')!;
      const state = row.querySelector('[data-testid="check-in-state"]')!;
      const b = row.getBoundingClientRect();
      const n = name.getBoundingClientRect();
      const s = state.getBoundingClientRect();
      const out: string[] = [];
      const label = `${name.textContent} / ${state.textContent}`;
      if (n.right > s.left - 4 && n.bottom > s.top && n.top < s.bottom) out.push(`${label}: name runs into state`);
      for (const [what, r, e] of [
        ['name', n, name],
        ['state', s, state],
      ] as const) {
        if (r.left < b.left || r.right > b.right + 0.5) out.push(`${label}: ${what} outside its row`);
        if (e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0) out.push(`${label}: ${what} cut off`);
      }
      return out;
    }),
  );
  expect(problems).toEqual([]);
  expect(await browser.page.getByTestId('check-in-row').count()).toBeGreaterThan(0);
}

/** The trend chart with four series draws four lines above a legend that fits; axis numbers in the page's language. */
async function expectChartsReadable(language: 'nl' | 'en'): Promise<void> {
  const { page } = browser;
  const shares = page.getByTestId('chart-shares');
  await shares.locator('.recharts-line-curve').first().waitFor({ state: 'attached', timeout: 30_000 });
  const lines = await shares
    .locator('path.recharts-line-curve')
    .evaluateAll((paths) => paths.map((p) => (p as SVGPathElement).getBBox().width));
  expect(lines.length).toBe(4);
  const plot = await shares.locator('svg.recharts-surface').first().boundingBox();
  const legend = await shares.getByTestId('chart-legend').boundingBox();
  expect(plot && legend && plot.height > 150 && legend.height < plot.height / 2).toBe(true);
  for (const id of ['chart-placements', 'chart-banen', 'chart-active-members']) {
    await page
      .getByTestId(id)
      .locator('.recharts-yAxis-tick-labels text')
      .first()
      .waitFor({ state: 'attached', timeout: 30_000 });
  }
  const ticks = async (id: string) =>
    page.getByTestId(id).locator('.recharts-yAxis-tick-labels text').allTextContents();
  // Counts get whole-number ticks; decimals use the language's separator (0,5 in Dutch, 0.5 in English).
  for (const id of ['chart-placements', 'chart-active-members']) {
    expect((await ticks(id)).filter((t) => !/^\d+$/.test(t))).toEqual([]);
  }
  const wrong = language === 'nl' ? /\d\.\d/ : /\d,\d/;
  expect((await ticks('chart-banen')).filter((t) => wrong.test(t))).toEqual([]);
}

/** Text contrast on every pass (axe itself runs on these screens in the flow files; with axe a pass took 12 minutes here). */
async function walk(language: 'nl' | 'en', width: 'laptop' | 'phone', withAxe: boolean): Promise<void> {
  // Every screen is checked even after one fails, so a run names all of them; the test fails at the end.
  const failures: string[] = [];
  const check = async (label: string, extra?: () => Promise<void>) => {
    try {
      const started = Date.now();
      await (withAxe ? expectNoSeriousAxeViolations(browser.page, label) : expectReadableText(browser.page, label));
      await extra?.();
      if (process.env.E2E_DEBUG) console.log(`${label}: ${Date.now() - started} ms`);
    } catch (error) {
      failures.push(`${label}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const { page } = browser;
  await page.setViewportSize(width === 'laptop' ? desktopViewport : phoneViewport);
  await page.goto(`${server.url}/`);
  await page.evaluate((lng) => window.localStorage.setItem('netwerkregie.language', lng), language);
  for (const screen of screens()) {
    const label = `${screen.name} (${language}, ${width})`;
    await page.goto(`${server.url}${screen.path}`);
    await settle();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
    await check(label, async () => {
      if (screen.name === 'aanwezigheid') await expectCheckInRowsWhole();
      if (screen.name === 'sturing') await expectChartsReadable(language);
      if (screen.name === 'lidmaatschappen' && width === 'laptop') {
        // The board of a network with 100+ members stays at a laptop-sized height (it was 8,650 px).
        expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(3000);
      }
    });
    // Each tab of the page's first tab list (Inrichting, Sturing, Samenwerken, …) is a screen of its own.
    const tabs = page.locator('main [role="tablist"]').first().getByRole('tab');
    const count = await tabs.count();
    for (let i = 1; i < count; i++) {
      const tab = tabs.nth(i);
      const name = (await tab.textContent())?.trim() ?? String(i);
      await tab.click();
      await settle();
      await check(`${label} → ${name}`);
    }
  }
  expect(failures).toEqual([]);
}

describe('every main screen is readable', () => {
  skipAfterFirstFailure();

  test('setup with the demo network', async () => {
    const api = browser.page.context().request;
    const setup = await api.post(`${server.url}/api/setup`, {
      data: { admin, network: { name: 'Regio Contrast' }, loadDemo: true },
      headers,
    });
    expect(setup.status(), await setup.text()).toBe(201);
    const session = (await (await api.get(`${server.url}/api/session`)).json()) as {
      networks: { id: string; slug: string }[];
    };
    demoId = session.networks.find((n) => n.slug.startsWith('demo-'))?.id ?? '';
    expect(demoId).not.toBe('');
    const orgs = (await (await api.get(`${server.url}/api/networks/${demoId}/organisations?pageSize=1`)).json()) as {
      items: { id: string }[];
    };
    organisationId = orgs.items[0]!.id;
    const activities = (await (await api.get(`${server.url}/api/networks/${demoId}/activities`)).json()) as {
      items: { id: string; registered: number }[];
    };
    activityId = [...activities.items].sort((a, b) => b.registered - a.registered)[0]?.id ?? '';
  });

  test('Dutch on a laptop', async () => {
    await walk('nl', 'laptop', false);
  }, 900_000);

  test('English on a laptop', async () => {
    await walk('en', 'laptop', false);
  }, 600_000);

  test('Dutch on a phone', async () => {
    await walk('nl', 'phone', false);
  }, 600_000);

  test('English on a phone', async () => {
    await walk('en', 'phone', false);
  }, 600_000);
});
