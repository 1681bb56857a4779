// A walk per role on the demo network: coordinator, kerngroep, employer, funder, klankbordgroep, partner and kartrekker
// each sign in, see their own start page (screenshot for the handleiding) and click every item of their menu; every
// page must load without "Geen toegang", an error or a 403 from the API, and pass axe and the contrast check. One
// server for the file.
import type { Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeSummary, expectNoSeriousAxeViolations } from './support/axe.js';
import { launchBrowser, type BrowserSession } from './support/browser.js';
import { readLinkFromOutbox } from './support/outbox.js';
import { screenshot } from './support/screenshot.js';
import { skipAfterFirstFailure } from './support/sequence.js';
import { startTestServer, type TestServer } from './support/server.js';
import { loginViaApi } from './support/ui.js';

const admin = { name: 'Anna de Vries', email: 'anna@voorbeeld.nl', password: 'paarse olifanten dansen op dinsdag' };
const password = 'iedere rol krijgt een eigen plek';
const headers = { 'x-requested-with': 'netwerkregie' };

const roles = [
  { role: 'core_group', name: 'Karel Kerngroep', email: 'karel@rollen.example', shot: 'start-kerngroep' },
  { role: 'employer', name: 'Wendy Werkgever', email: 'wendy@rollen.example', shot: 'start-werkgever' },
  { role: 'funder', name: 'Frits Financier', email: 'frits@rollen.example', shot: 'start-financier' },
  { role: 'sounding_board', name: 'Kim Klankbord', email: 'kim@rollen.example', shot: 'start-klankbordgroep' },
  { role: 'partner', name: 'Pim Partner', email: 'pim@rollen.example', shot: 'start-partner' },
  // The kartrekker of a themagroep (its own start page screenshot comes from own-body.e2e.ts).
  { role: 'theme_lead', name: 'Tom Trekker', email: 'tom@rollen.example', shot: 'rollen-start-kartrekker' },
] as const;

let server: TestServer;
let browser: BrowserSession;
let demoId = '';

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  console.log(axeSummary());
  await browser?.close();
  await server?.stop();
});

async function settle(): Promise<void> {
  const { page } = browser;
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await expect.poll(() => page.locator('[role="status"]:has(.mantine-Loader-root)').count()).toBe(0);
}

/** Signs in as `email`, opens the start page, screenshots it and clicks every menu item; returns the items seen. */
async function walk(email: string, pass: string, shot: string): Promise<string[]> {
  const { page } = browser;
  await page.context().clearCookies();
  await loginViaApi(page, server.url, { email, password: pass });
  const refused: string[] = [];
  const onResponse = (response: Response) => {
    if (response.url().includes('/api/') && [403, 500].includes(response.status()))
      refused.push(`${response.status()} ${response.url()}`);
  };
  page.on('response', onResponse);
  try {
    await page.goto(`${server.url}/n/${demoId}`);
    await settle();
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    const items = nav.locator('a[data-nav]');
    await items.first().waitFor();
    const keys = await items.evaluateAll((links) => links.map((a) => a.getAttribute('data-nav') ?? ''));
    await expectNoSeriousAxeViolations(page, `${shot}`);
    await screenshot(page, shot);
    const problems: string[] = [];
    for (const key of keys) {
      const link = nav.locator(`a[data-nav="${key}"]`);
      const label = (await link.textContent())?.trim() ?? key;
      // The old page stays on screen while the next one loads (lazy chunks, router transitions): wait for the address and
      // for the heading to change before reading the page, or the walk reads the previous page's tabs.
      const before = await page.getByRole('heading', { level: 1 }).first().textContent();
      const path = new URL((await link.getAttribute('href')) ?? '', server.url).pathname;
      await link.click();
      // A menu item may lead on to its one page (Mijn groep opens the kartrekker's only themagroep).
      await page.waitForURL((url) => url.pathname === path || url.pathname.startsWith(`${path}/`));
      await page
        .waitForFunction((old) => document.querySelector('main h1')?.textContent !== old, before, { timeout: 5_000 })
        .catch(() => undefined); // two menu items may open pages with the same heading
      await settle();
      const text = (await page.locator('main').textContent()) ?? '';
      for (const bad of ['Geen toegang', 'Er ging iets mis', 'Pagina niet gevonden'])
        if (text.includes(bad)) problems.push(`${label}: "${bad}"`);
      // Tabs of the page are part of what the menu item opens. Their names are read once and each is clicked by name,
      // so a tab list that re-renders after a click does not leave a stale handle.
      const names = (await page.locator('main [role="tablist"]').first().getByRole('tab').allTextContents()).map((n) =>
        n.trim(),
      );
      for (const name of names.slice(1)) {
        const tab = page.locator('main').getByRole('tab', { name, exact: true }).first();
        await tab.click();
        await settle();
        const tabText = (await page.locator('main').textContent()) ?? '';
        for (const bad of ['Geen toegang', 'Er ging iets mis'])
          if (tabText.includes(bad)) problems.push(`${label} → ${name}: "${bad}"`);
      }
      await expectNoSeriousAxeViolations(page, `${shot}: ${label}`);
    }
    expect([...problems, ...refused], `${email}`).toEqual([]);
    return keys;
  } finally {
    page.off('response', onResponse);
  }
}

describe('every role gets its own menu and start page, and no item ends on "Geen toegang"', () => {
  skipAfterFirstFailure();

  test('setup: demo network, one person per role, a decision shared with the members', async () => {
    const api = browser.page.context().request;
    const setup = await api.post(`${server.url}/api/setup`, {
      data: { admin, network: { name: 'Regio Rollen' }, loadDemo: true },
      headers,
    });
    expect(setup.status(), await setup.text()).toBe(201);
    const session = (await (await api.get(`${server.url}/api/session`)).json()) as {
      networks: { id: string; slug: string }[];
    };
    demoId = session.networks.find((n) => n.slug.startsWith('demo-'))?.id ?? '';
    expect(demoId).not.toBe('');
    const n = `${server.url}/api/networks/${demoId}`;
    // The employer's contact belongs to a member organisation (the invitation finds the contact by e-mail address).
    const orgs = (await (await api.get(`${n}/organisations?pageSize=1`)).json()) as { items: { id: string }[] };
    const employer = roles.find((r) => r.role === 'employer')!;
    const contact = await api.post(`${n}/organisations/${orgs.items[0]!.id}/contacts`, {
      headers,
      data: { name: employer.name, email: employer.email },
    });
    expect(contact.status(), await contact.text()).toBe(201);
    for (const r of roles) {
      const invited = await api.post(`${n}/invitations`, {
        data: { name: r.name, email: r.email, role: r.role },
        headers,
      });
      expect(invited.status(), await invited.text()).toBe(201);
      const link = await readLinkFromOutbox(api, server.url, {
        to: r.email,
        kind: 'invitation',
        linkPart: '/uitnodiging/',
      });
      const token = link.path.split('/uitnodiging/')[1]!.split(/[?#]/)[0]!;
      const accepted = await api.post(`${server.url}/api/invitations/${token}/accept`, { data: { password }, headers });
      expect(accepted.status(), await accepted.text()).toBe(200);
      // Accepting signs the invited person in on this context: back to the coordinator for the next invitation.
      await loginViaApi(browser.page, server.url, admin);
    }
    const bodies = (await (await api.get(`${n}/governance/bodies`)).json()) as {
      items: { id: string; kind: string }[];
    };
    let kerngroep = bodies.items.find((b) => b.kind === 'core_group')?.id;
    if (!kerngroep) {
      const made = await api.post(`${n}/governance/bodies`, {
        data: { kind: 'core_group', name: 'Kerngroep' },
        headers,
      });
      expect(made.status(), await made.text()).toBe(201);
      kerngroep = ((await made.json()) as { id: string }).id;
    }
    // The kartrekker runs a themagroep: assigned to it as its kartrekker.
    const themagroep = await api.post(`${n}/governance/bodies`, {
      data: { kind: 'theme_group', name: 'Themagroep Jobcarving', theme: 'job_carving' },
      headers,
    });
    expect(themagroep.status(), await themagroep.text()).toBe(201);
    const trekker = roles.find((r) => r.role === 'theme_lead')!;
    const leads = (await (await api.get(`${n}/governance/assignments?role=theme_lead`)).json()) as {
      items: { personId: string; personName: string }[];
    };
    const assigned = await api.post(`${n}/governance/assignments`, {
      data: {
        personId: leads.items.find((a) => a.personName === trekker.name)!.personId,
        role: 'theme_lead',
        bodyId: ((await themagroep.json()) as { id: string }).id,
      },
      headers,
    });
    expect(assigned.status(), await assigned.text()).toBe(201);
    const decided = await api.post(`${n}/governance/decisions`, {
      data: {
        bodyId: kerngroep,
        decidedOn: new Date().toISOString().slice(0, 10),
        text: 'Wij houden dit jaar vier werkgeversontbijten',
        kind: 'direction',
        reason: 'De leden vroegen om vaker bij elkaar te komen',
        sharedWithMembers: true,
      },
      headers,
    });
    expect(decided.status(), await decided.text()).toBe(201);
  });

  test('coordinator: signals and whom to call, the whole menu', async () => {
    const keys = await walk(admin.email, admin.password, 'start-coordinator');
    expect(keys).toEqual(expect.arrayContaining(['people', 'setup', 'members', 'steering', 'budget', 'mailings']));
    await browser.page.goto(`${server.url}/n/${demoId}`);
    await browser.page.getByTestId('who-to-call').waitFor();
  });

  test('kerngroep: steering and decisions', async () => {
    const r = roles[0];
    const keys = await walk(r.email, password, r.shot);
    expect(keys).toEqual(expect.arrayContaining(['steering', 'budget', 'setup', 'yearOverview']));
  });

  test('employer: agenda, needs and own organisation; no coordinator screens; Ons netwerk dit jaar', async () => {
    const r = roles[1];
    const keys = await walk(r.email, password, r.shot);
    expect(keys).toEqual(['overview', 'yearOverview', 'ownOrganisation', 'agenda', 'candidates', 'library']);
    const { page } = browser;
    await page.goto(`${server.url}/n/${demoId}/dit-jaar`);
    await settle();
    await expect
      .poll(() => page.getByTestId('member-decisions').textContent())
      .toContain('Wij houden dit jaar vier werkgeversontbijten');
    await page.getByTestId('mission-table').waitFor();
    await expectNoSeriousAxeViolations(page, 'ons netwerk dit jaar');
    await screenshot(page, 'ons-netwerk-dit-jaar');
  });

  test('funder: mission results and released reports, shared decisions', async () => {
    const r = roles[2];
    const keys = await walk(r.email, password, r.shot);
    expect(keys).toEqual(expect.arrayContaining(['steering', 'sharedDecisions']));
    expect(keys).not.toContain('people');
    expect(keys).not.toContain('yearOverview');
    // Its view of money is the released financial statement, not the network's budget.
    expect(keys).not.toContain('budget');
  });

  test('klankbordgroep: the network this year, the agenda and the advice requests', async () => {
    const r = roles[3];
    const keys = await walk(r.email, password, r.shot);
    expect(keys).toEqual(['overview', 'yearOverview', 'ownBody', 'agenda', 'library', 'advice']);
  });

  test('partner: what is shared with them', async () => {
    const r = roles[4];
    const keys = await walk(r.email, password, r.shot);
    expect(keys).toEqual(expect.arrayContaining(['partners']));
    expect(keys).not.toContain('people');
  });

  test('kartrekker: their themagroep, the people and members to draw on, and the agenda', async () => {
    const r = roles[5];
    const keys = await walk(r.email, password, r.shot);
    // People and members to read (to find whom to add to the themagroep), their own group and the agenda; no steering,
    // no design, no candidates.
    expect(keys).toEqual(['overview', 'yearOverview', 'people', 'ownBody', 'members', 'agenda']);
  });
});
