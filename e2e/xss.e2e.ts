// XSS, in Chromium: hostile strings (an <img onerror>, a <script>, an attribute break-out with <svg onload>, javascript:
// URLs) are stored through the API in every text field the screens show — network, organisations, contacts, people,
// needs, activities, evaluations, governance, candidates, work opportunities, proposals, placements, partners, referrals,
// news, mailings, reports — and then every screen in src/web/app/routes.tsx is opened, as the coordinator and as the
// member roles: no script runs (page flag `window.__xss`), no dialog opens, no injected element loads, no script is blocked
// by the Content-Security-Policy (a blocked inline handler would mean HTML got in), and the names show as literal text.
// The list of screens is read from routes.tsx: a new route that this test does not visit fails it.
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, type BrowserSession } from './support/browser.js';
import { readLinkFromOutbox } from './support/outbox.js';
import { skipAfterFirstFailure } from './support/sequence.js';
import { startTestServer, type TestServer } from './support/server.js';
import { loginViaApi, setupViaApi } from './support/ui.js';

const IMG = '<img src=x onerror="window.__xss=(window.__xss||0)+1">';
const SCRIPT = '<script>window.__xss=1</script>';
const SVG = '"><svg onload=window.__xss=1>';
const JS_URL = 'javascript:window.__xss=1';
const PAYLOADS = [IMG, SCRIPT, SVG];
let counter = 0;
/** A hostile text with a readable label: `<label> <payload>`, cycling through the payloads. */
function h(label: string): string {
  return `${label} ${PAYLOADS[counter++ % PAYLOADS.length]}`;
}

const admin = { name: h('Beheerder'), email: 'beheer@xss.example', password: 'geen script draait ooit hier 2026' };
const member = { name: h('Werkgever'), email: 'werkgever@xss.example', password: 'de werkgever ziet alleen tekst 1' };
const core = { name: h('Kerngroeplid'), email: 'kerngroep@xss.example', password: 'de kerngroep ziet alleen tekst 2' };
const networkName = h('Netwerk');
const names = {
  org: h('Bakkerij'),
  funder: h('Fonds'),
  contact: h('Contact'),
  need: h('Behoefte'),
  activity: h('Activiteit'),
  body: h('Kerngroep'),
  task: h('Taak'),
  candidate: `${IMG}`,
  opportunity: h('Werkplek'),
  partner: h('Partner'),
  news: h('Nieuws'),
  mailing: h('Nieuwsbrief'),
  invitee: h('Genodigde'),
  document: h('Kennisdocument'),
  themeGroup: h('Themagroep'),
  advice: h('Adviesvraag'),
  spending: h('Uitgave'),
  inKind: h('Natura'),
  tier: h('Staffel'),
};

let server: TestServer;
let coord: BrowserSession;
let memberBrowser: BrowserSession;
let coreBrowser: BrowserSession;
let anon: BrowserSession;
let networkId = '';
const ids: Record<string, string> = {};
const tokens: Record<string, string> = {};
const evidence = {
  cspViolations: [] as string[],
  dialogs: [] as string[],
  injectedLoads: [] as string[],
  refusedUrls: [] as string[],
  visits: 0,
};
const visitedRoutes = new Set<string>();

function instrument(session: BrowserSession) {
  void session.context.addInitScript(() => {
    const w = window as unknown as { __xss?: number; __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
    });
  });
  session.page.on('dialog', (dialog) => {
    evidence.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  session.page.on('request', (request) => {
    if (/\/x$/.test(new URL(request.url()).pathname)) evidence.injectedLoads.push(request.url());
  });
}

async function api(page: Page, method: 'post' | 'put' | 'patch', path: string, data: unknown) {
  const res = await page.context().request[method](`${server.url}/api/networks/${networkId}${path}`, {
    data,
    headers: { 'x-requested-with': 'netwerkregie' },
  });
  if (res.status() >= 300) throw new Error(`${method.toUpperCase()} ${path}: ${res.status()} ${await res.text()}`);
  return (await res.json()) as { id: string; version?: number } & Record<string, unknown>;
}

/** Posts with a javascript: URL in `field`: the API must refuse it (422); then stores an https URL instead. */
async function withHostileUrl(page: Page, path: string, data: Record<string, unknown>, field: string) {
  const res = await page.context().request.post(`${server.url}/api/networks/${networkId}${path}`, {
    data: { ...data, [field]: JS_URL },
    headers: { 'x-requested-with': 'netwerkregie' },
  });
  expect(res.status(), `${path} accepted ${field}: ${JS_URL}`).toBe(422);
  evidence.refusedUrls.push(`${path} ${field}`);
  return api(page, 'post', path, { ...data, [field]: 'https://example.org/xss' });
}

async function apiGet(page: Page, path: string) {
  const res = await page.context().request.get(`${server.url}${path}`);
  if (!res.ok()) throw new Error(`GET ${path}: ${res.status()} ${await res.text()}`);
  return (await res.json()) as Record<string, unknown>;
}

async function acceptInvitation(person: typeof member, role: string, browser: BrowserSession) {
  await api(coord.page, 'post', '/invitations', { name: person.name, email: person.email, role });
  const { path } = await readLinkFromOutbox(coord.page.context().request, server.url, {
    to: person.email,
    kind: 'invitation',
    linkPart: '/uitnodiging/',
  });
  const token = decodeURIComponent(path.split('/uitnodiging/')[1]!);
  const res = await browser.page.context().request.post(`${server.url}/api/invitations/${token}/accept`, {
    data: { password: person.password },
    headers: { 'x-requested-with': 'netwerkregie' },
  });
  expect(res.status(), await res.text()).toBe(200);
}

async function settle(page: Page) {
  await page.waitForLoadState('networkidle', { timeout: 20_000 }).catch(() => undefined);
  await page.waitForTimeout(150);
}

async function assertClean(page: Page, where: string) {
  const state = await page.evaluate(() => {
    const w = window as unknown as { __xss?: number; __csp?: string[] };
    const csp = w.__csp ?? [];
    w.__csp = [];
    const scriptLinks = [...document.querySelectorAll('a[href], area[href], iframe[src], form[action]')]
      .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '')
      .filter((url) => /^\s*(javascript|data|vbscript):/i.test(url));
    return { xss: w.__xss, csp, scriptLinks };
  });
  for (const v of state.csp) evidence.cspViolations.push(`${where}: ${v}`);
  expect(state.xss, `window.__xss was set on ${where}`).toBeUndefined();
  // An inline script or handler blocked by the CSP means hostile HTML got into the page (the CSP saved it, React did not).
  // Other violations (e.g. a library's eval) are reported in the summary.
  expect(
    state.csp.filter((v) => /^script-src\S* inline/.test(v)),
    `inline script blocked by CSP on ${where}`,
  ).toEqual([]);
  expect(state.scriptLinks, `javascript: link on ${where}`).toEqual([]);
  expect(evidence.dialogs, `dialog opened on ${where}`).toEqual([]);
  expect(evidence.injectedLoads, `injected element loaded on ${where}`).toEqual([]);
}

/**
 * Opens a screen, checks it, then opens each of its tabs and checks again; `texts` must show literally (as text) on the
 * screen; `open` is a text to click (a row or link leading to a detail) and check after.
 */
async function visit(
  session: BrowserSession,
  route: string,
  url: string,
  options: { texts?: string[]; open?: string } = {},
) {
  visitedRoutes.add(route);
  evidence.visits++;
  const { page } = session;
  const response = await page.goto(`${server.url}${url}`);
  expect(response?.status(), url).toBeLessThan(400);
  await settle(page);
  await assertClean(page, url);
  for (const text of options.texts ?? []) {
    await expect
      .poll(async () => page.getByText(text, { exact: false }).count(), {
        message: `"${text}" shown literally on ${url}`,
        timeout: 20_000,
      })
      .toBeGreaterThan(0);
  }
  const tabs = page.getByRole('tab');
  const tabCount = await tabs.count();
  for (let i = 0; i < tabCount; i++) {
    const tab = tabs.nth(i);
    if (!(await tab.isVisible()) || (await tab.isDisabled())) continue;
    await tab.click();
    await settle(page);
    await assertClean(page, `${url} tab ${i + 1}`);
  }
  if (options.open) {
    if (tabCount > 0) {
      await tabs.first().click();
      await settle(page);
    }
    const target = page.getByText(options.open, { exact: false }).first();
    // Best effort: a text that is not clickable (covered, or plain text) is simply not opened.
    const opened = (await target.isVisible().catch(() => false))
      ? await target.click({ timeout: 5_000 }).then(
          () => true,
          () => false,
        )
      : false;
    if (opened) {
      await settle(page);
      await assertClean(page, `${url} → ${options.open}`);
      await page.keyboard.press('Escape');
    }
  }
}

/** The route paths declared in the web app's route table. */
function declaredRoutes(): string[] {
  const source = fs.readFileSync(new URL('../src/web/app/routes.tsx', import.meta.url), 'utf8');
  return [...source.matchAll(/<Route\s+path="([^"]+)"/g)].map((m) => m[1]!);
}

beforeAll(async () => {
  server = await startTestServer();
  [coord, memberBrowser, coreBrowser, anon] = await Promise.all([
    launchBrowser(),
    launchBrowser(),
    launchBrowser(),
    launchBrowser(),
  ]);
  for (const b of [coord, memberBrowser, coreBrowser, anon]) {
    b.context.setDefaultTimeout(40_000);
    instrument(b);
  }
});

afterAll(async () => {
  console.log(
    `XSS: ${evidence.visits} screen visits over ${visitedRoutes.size} routes; CSP violations: ${evidence.cspViolations.length}` +
      (evidence.cspViolations.length ? `\n  ${evidence.cspViolations.join('\n  ')}` : '') +
      `\njavascript: URLs refused by the API: ${evidence.refusedUrls.join(', ') || 'none'}`,
  );
  await Promise.all([coord?.close(), memberBrowser?.close(), coreBrowser?.close(), anon?.close()]);
  await server?.stop();
});

describe('hostile text on every screen runs no script', () => {
  skipAfterFirstFailure();

  test('the HTML document carries a Content-Security-Policy without inline scripts', async () => {
    const res = await anon.page.context().request.get(`${server.url}/inloggen`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toMatch(/text\/html/);
    const csp = res.headers()['content-security-policy'] ?? '';
    expect(csp).toMatch(/script-src 'self'/);
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval/);
    const defaultSrc = csp.split(';').find((d) => d.trim().startsWith('default-src')) ?? '';
    expect(defaultSrc).not.toMatch(/unsafe-inline/);
    expect(csp).toMatch(/script-src-attr 'none'|script-src 'self'/);
  });

  test('the detectors see an injection: a hostile <img> put into the page is caught by the CSP and the load watcher', async () => {
    const { page } = anon;
    await page.goto(`${server.url}/inloggen`);
    await settle(page);
    await page.evaluate((html) => document.body.insertAdjacentHTML('beforeend', html), IMG);
    await expect.poll(() => evidence.injectedLoads.length, { timeout: 10_000 }).toBeGreaterThan(0);
    // The request for the image starts first; the refused onerror (and its violation report) come once the load has
    // failed, a moment later: wait for the report rather than read it at once.
    const csp = () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
    await expect
      .poll(async () => (await csp()).some((v) => /^script-src\S* inline/.test(v)), { timeout: 10_000 })
      .toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    evidence.injectedLoads.length = 0;
    await page.goto(`${server.url}/inloggen`);
  });

  test('hostile strings are stored through the API in every text field', async () => {
    const page = coord.page;
    networkId = await setupViaApi(page, server.url, { admin, network: { name: networkName, region: h('Regio') } });
    await loginViaApi(page, server.url, admin);
    const org = await withHostileUrl(
      page,
      '/organisations',
      { kind: 'employer', name: names.org, street: h('Straat'), city: h('Plaats') },
      'website',
    );
    ids.org = org.id;
    ids.funder = (await withHostileUrl(page, '/organisations', { kind: 'funder', name: names.funder }, 'website')).id;
    await api(page, 'post', `/organisations/${ids.org}/contacts`, {
      name: names.contact,
      email: 'contact@xss.example',
      jobTitle: h('Functie'),
    });
    await api(page, 'put', `/organisations/${ids.org}/membership/status`, { status: 'applied', reason: h('Reden') });
    await api(page, 'put', `/organisations/${ids.org}/membership/years/${new Date().getFullYear()}`, {
      contributionCents: 10000,
      contributionInKind: h('In natura'),
      invoiceStatus: 'to_invoice',
      ambitionJobs: 2,
      realisedJobs: 1,
      version: 0, // a new organisation: no figures for this year yet
    });
    ids.need = (
      await api(page, 'post', '/needs', {
        title: names.need,
        description: h('Beschrijving'),
        theme: 'job_carving',
        organisationId: ids.org,
      })
    ).id;
    await acceptInvitation(member, 'employer', memberBrowser);
    await acceptInvitation(core, 'core_group', coreBrowser);
    await loginViaApi(coreBrowser.page, server.url, core);
    await api(coreBrowser.page, 'post', `/needs/${ids.need}/prioritise`, {});
    const startsAt = new Date(Date.now() + 7 * 24 * 3600 * 1000);
    const activityBase = {
      workForm: 'company_visit',
      title: names.activity,
      description: h('Programma'),
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 2 * 3600 * 1000).toISOString(),
      location: h('Locatie'),
      hostOrganisationId: ids.org,
      initiatorKind: 'coordinator',
      capacity: 20,
      isPublic: true,
      needIds: [ids.need],
    };
    // A javascript: URL as the online link is refused by the API, or (if accepted) must never become a live link.
    ids.activity = (await withHostileUrl(page, '/activities', activityBase, 'onlineUrl')).id;
    const registration = await api(page, 'post', `/activities/${ids.activity}/registrations`, { role: 'attendee' });
    ids.registration = registration.id;
    await api(page, 'put', `/public-agenda`, { publicAgenda: true });

    const body = await api(page, 'post', '/governance/bodies', {
      kind: 'core_group',
      name: names.body,
      theme: h('Thema'),
    });
    ids.body = body.id;
    // The employer's contact is also kartrekker of a themagroep: Mijn groep shows its hostile name, agenda and minutes.
    const themeGroup = await api(page, 'post', '/governance/bodies', {
      kind: 'theme_group',
      name: names.themeGroup,
      theme: 'job_carving',
    });
    ids.themeGroup = themeGroup.id;
    const employers = (await apiGet(page, `/api/networks/${networkId}/governance/assignments?role=employer`)) as {
      items: { personId: string; personName: string }[];
    };
    await api(page, 'post', '/governance/assignments', {
      personId: employers.items.find((a) => a.personName === member.name)!.personId,
      role: 'theme_lead',
      bodyId: ids.themeGroup,
    });
    const ownMeeting = await api(memberBrowser.page, 'post', `/own-bodies/${ids.themeGroup}/meetings`, {
      startsAt: new Date(Date.now() + 3 * 24 * 3600 * 1000).toISOString(),
      agenda: h('Themagroep-agenda'),
    });
    await api(memberBrowser.page, 'patch', `/own-bodies/${ids.themeGroup}/meetings/${ownMeeting.id}`, {
      version: 1,
      minutes: h('Themagroep-verslag'),
    });
    await api(page, 'post', '/governance/tasks', { title: names.task, responsibleRole: 'coordinator' });
    const meeting = await api(page, 'post', '/governance/meetings', {
      bodyId: ids.body,
      startsAt: startsAt.toISOString(),
      agenda: h('Agenda'),
    });
    await api(page, 'patch', `/governance/meetings/${meeting.id}`, {
      version: meeting.version ?? 1,
      minutes: h('Notulen'),
    });
    await api(page, 'post', '/governance/decisions', {
      bodyId: ids.body,
      meetingId: meeting.id,
      decidedOn: new Date().toISOString().slice(0, 10),
      text: h('Besluit'),
      kind: 'direction',
      reason: h('Motivering'),
      actionItems: [{ title: h('Actiepunt'), responsibleRole: 'coordinator' }],
    });

    const today = new Date().toISOString().slice(0, 10);
    const candidate = await api(page, 'post', '/candidates', {
      firstName: names.candidate,
      place: h('Woonplaats'),
      wishes: h('Wensen'),
      hoursPerWeek: 24,
      consent: { givenOn: today, shareWithProposedEmployers: ['firstName', 'place', 'wishes'] },
    });
    ids.candidate = candidate.id;
    await api(page, 'post', `/candidates/${ids.candidate}/status`, {
      status: 'introduction',
      reason: h('Statusreden'),
      version: candidate.version ?? 1,
    });
    ids.opportunity = (
      await api(page, 'post', '/opportunities', {
        organisationId: ids.org,
        title: names.opportunity,
        kind: 'job_carving',
        hoursPerWeek: 24,
        place: h('Werkplaats'),
        requirements: h('Eisen'),
      })
    ).id;
    await api(page, 'post', '/proposals', {
      candidateId: ids.candidate,
      opportunityId: ids.opportunity,
      note: h('Voorstel'),
    });
    const placement = await api(page, 'post', '/placements', {
      candidateId: ids.candidate,
      organisationId: ids.org,
      opportunityId: ids.opportunity,
      startsOn: today,
      hoursPerWeek: 24,
      contractKind: 'fixed_term',
    });
    await api(page, 'post', `/placements/${placement.id}/check-ins`, {
      months: 3,
      heldOn: today,
      stillEmployed: true,
      note: h('Check-in'),
    });
    const partner = await api(page, 'post', '/partners', {
      name: names.partner,
      kind: 'wsp',
      agreement: h('Afspraak'),
      contactName: h('Partnercontact'),
      contactEmail: 'partner@xss.example',
      documents: [h('Document')],
    });
    ids.partner = partner.id;
    // A knowledge-base document whose title and file name carry the payload (the bytes are a small real PDF header).
    const upload = await page.context().request.post(
      `${server.url}/api/networks/${networkId}/documents?${new URLSearchParams({
        ownerKind: 'library',
        title: names.document,
        fileName: `${h('bestand')}.pdf`,
        category: 'good_practice',
      })}`,
      {
        data: Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
        headers: { 'x-requested-with': 'netwerkregie', 'content-type': 'application/octet-stream' },
      },
    );
    expect(upload.status(), await upload.text()).toBe(201);
    await api(page, 'post', '/referrals', {
      candidateId: ids.candidate,
      toPartnerId: ids.partner,
      note: h('Doorverwijzing'),
    }).catch(() => undefined); // without consent for this partner the API refuses; the note is then not stored
    await api(page, 'post', '/news', { kind: 'success', title: names.news, body: h('Bericht') });
    // An advice request to the klankbordgroep whose question and background carry the payload.
    await api(page, 'post', '/advice/requests', {
      question: names.advice,
      background: h('Achtergrond'),
      deadline: new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10),
    });
    await api(page, 'post', '/mailings', {
      kind: 'invitation',
      subject: names.mailing,
      body: h('Inhoud'),
      segment: { kind: 'role', role: 'coordinator' },
      activityId: ids.activity,
    });
    const report = await api(page, 'post', '/reports', { periodKind: 'year', year: new Date().getFullYear() });
    await api(page, 'put', `/reports/${report.id}/narrative`, {
      narrative: h('Verantwoording'),
      version: report.version ?? 1,
    });

    await api(page, 'post', '/invitations', { name: names.invitee, email: 'genodigde@xss.example', role: 'employer' });
    tokens.invitation = decodeURIComponent(
      (
        await readLinkFromOutbox(page.context().request, server.url, {
          to: 'genodigde@xss.example',
          kind: 'invitation',
          linkPart: '/uitnodiging/',
        })
      ).path.split('/uitnodiging/')[1]!,
    );
    // The budget: a spending entry and an in-kind contribution with hostile descriptions (the attachment name too).
    const year = new Date().getFullYear(); // `today` is this year too
    await api(page, 'post', `/budget/${year}`, { fromDesign: false });
    await api(page, 'post', '/budget-spending', {
      spentOn: today,
      amount: '12,50',
      item: 'own',
      payer: 'other',
      description: names.spending,
      attachmentName: h('Bijlage'),
    });
    await api(page, 'post', '/in-kind', {
      organisationId: ids.org,
      givenOn: today,
      kind: 'catering',
      value: '80,00',
      description: names.inKind,
    });
    // Invoices: a tier with a hostile name and an invoice for the hostile organisation (its name on the list and the PDF).
    await api(page, 'post', '/invoice-tiers', {
      name: names.tier,
      employeesFrom: 0,
      employeesTo: null,
      amount: '75,00',
    });
    await api(page, 'post', '/invoices', { organisationId: ids.org, contributionYear: year, amount: '75,00' });
    const mailingLink = (kind: string, linkPart: string) =>
      readLinkFromOutbox(page.context().request, server.url, { to: admin.email, kind, linkPart }).then(
        (r) => r.path,
        () => undefined,
      );
    const outbox = (await apiGet(page, `/api/admin/outbox?search=${encodeURIComponent(admin.email)}`)) as {
      items: { id: string; kind: string }[];
    };
    ids.outbox = outbox.items[0]?.id ?? '';
    const mailingKind = outbox.items.find((i) => i.kind !== 'invitation')?.kind ?? 'mailing';
    tokens.register = (await mailingLink(mailingKind, '/aanmelden/')) ?? '/aanmelden/onbekend';
    tokens.unsubscribe = (await mailingLink(mailingKind, '/afmelden/')) ?? '/afmelden/onbekend';
    const publicAgenda = await apiGet(page, `/api/networks/${networkId}/public-agenda`).catch(() => ({}));
    tokens.slug = String((publicAgenda as { slug?: string }).slug ?? '');
  });

  test('every screen, as the coordinator, runs no script and shows the names as text', async () => {
    const n = `/n/${networkId}`;
    await visit(coord, 'n/:networkId', n, { texts: [networkName] });
    await visit(coord, 'n/:networkId/mensen', `${n}/mensen`, { texts: [member.name], open: member.name });
    await visit(coord, 'n/:networkId/inrichting', `${n}/inrichting`);
    await visit(coord, 'n/:networkId/inrichting/organisatie', `${n}/inrichting/organisatie`, {
      texts: [names.body],
      open: names.task,
    });
    await visit(coord, 'n/:networkId/sturing', `${n}/sturing`);
    await visit(coord, 'n/:networkId/begroting', `${n}/begroting`, { texts: [names.spending, names.inKind] });
    await visit(coord, 'n/:networkId/facturen', `${n}/facturen`, { texts: [names.org, names.tier] });
    await visit(coord, 'n/:networkId/leden', `${n}/leden`, { texts: [names.org], open: names.org });
    await visit(coord, 'n/:networkId/leden/import', `${n}/leden/import`);
    await visit(coord, 'n/:networkId/leden/nieuw', `${n}/leden/nieuw`);
    await visit(coord, 'n/:networkId/leden/lidmaatschappen', `${n}/leden/lidmaatschappen`, { texts: [names.org] });
    await visit(coord, 'n/:networkId/leden/:organisationId', `${n}/leden/${ids.org}`, {
      texts: [names.org, names.contact],
    });
    await visit(coord, 'n/:networkId/agenda', `${n}/agenda`, { texts: [names.activity], open: names.activity });
    await visit(coord, 'n/:networkId/agenda/:activityId', `${n}/agenda/${ids.activity}`, { texts: [names.activity] });
    await visit(coord, 'n/:networkId/agenda/:activityId/aanwezigheid', `${n}/agenda/${ids.activity}/aanwezigheid`, {
      texts: [admin.name],
    });
    await visit(coord, 'n/:networkId/behoeften', `${n}/behoeften`, { texts: [names.need], open: names.need });
    await visit(coord, 'n/:networkId/behoeften/peilingen', `${n}/behoeften/peilingen`);
    await visit(coord, 'n/:networkId/kandidaten', `${n}/kandidaten`, {
      texts: [names.candidate],
      open: names.candidate,
    });
    await visit(coord, 'n/:networkId/kandidaten/nieuw', `${n}/kandidaten/nieuw`);
    await visit(coord, 'n/:networkId/kandidaten/:candidateId', `${n}/kandidaten/${ids.candidate}`, {
      texts: [names.candidate],
    });
    await visit(
      coord,
      'n/:networkId/kandidaten/werkplekken/:opportunityId',
      `${n}/kandidaten/werkplekken/${ids.opportunity}`,
      { texts: [names.opportunity] },
    );
    await visit(coord, 'n/:networkId/samenwerken', `${n}/samenwerken`, { texts: [names.partner], open: names.partner });
    await visit(coord, 'n/:networkId/mailings', `${n}/mailings`, { texts: [names.mailing], open: names.mailing });
    await visit(coord, 'n/:networkId/netwerk', `${n}/netwerk`);
    await visit(coord, 'n/:networkId/dit-jaar', `${n}/dit-jaar`);
    await visit(coord, 'n/:networkId/mijn-acties', `${n}/mijn-acties`);
    await visit(coord, 'n/:networkId/kennisbank', `${n}/kennisbank`, { texts: [names.document] });
    await visit(coord, 'n/:networkId/advies', `${n}/advies`, { texts: [names.advice] });
    await visit(coord, 'beheer/netwerken', '/beheer/netwerken', { texts: [networkName] });
    await visit(coord, 'beheer/vergelijking', '/beheer/vergelijking');
    await visit(coord, 'beheer/outbox', '/beheer/outbox');
    await visit(coord, 'beheer/adviseur', '/beheer/adviseur');
    await visit(coord, 'beheer/outbox/:id', `/beheer/outbox/${ids.outbox}`);
    await visit(coord, 'setup', '/setup');
    await visit(coord, '*', '/bestaat-niet');
  });

  test('the member roles see their screens without a script running', async () => {
    const n = `/n/${networkId}`;
    await loginViaApi(memberBrowser.page, server.url, member);
    await loginViaApi(coreBrowser.page, server.url, core);
    // The employer member opens every network screen; the core group member the screens that differ for that role.
    const session = memberBrowser;
    await visit(session, 'n/:networkId', n);
    await visit(session, 'n/:networkId/agenda', `${n}/agenda`, { texts: [names.activity] });
    await visit(session, 'n/:networkId/agenda/:activityId', `${n}/agenda/${ids.activity}`, {
      texts: [names.activity],
    });
    await visit(session, 'n/:networkId/behoeften', `${n}/behoeften`, { texts: [names.need] });
    await visit(session, 'n/:networkId/leden', `${n}/leden`);
    await visit(session, 'n/:networkId/mijn-organisatie', `${n}/mijn-organisatie`);
    await visit(session, 'n/:networkId/leden/:organisationId', `${n}/leden/${ids.org}`);
    await visit(session, 'n/:networkId/samenwerken', `${n}/samenwerken`);
    await visit(session, 'n/:networkId/kandidaten', `${n}/kandidaten`);
    await visit(session, 'n/:networkId/inrichting/organisatie', `${n}/inrichting/organisatie`);
    await visit(session, 'n/:networkId/sturing', `${n}/sturing`);
    await visit(session, 'n/:networkId/dit-jaar', `${n}/dit-jaar`);
    await visit(session, 'n/:networkId/kennisbank', `${n}/kennisbank`);
    await visit(session, 'n/:networkId/mijn-groep', `${n}/mijn-groep`, { texts: [names.themeGroup] });
    await visit(session, 'n/:networkId/mijn-groep/:bodyId', `${n}/mijn-groep/${ids.themeGroup}`, {
      texts: [names.themeGroup],
    });
    await visit(coreBrowser, 'n/:networkId', n);
    await visit(coreBrowser, 'n/:networkId/advies', `${n}/advies`, { texts: [names.advice] });
    await visit(coreBrowser, 'n/:networkId/behoeften', `${n}/behoeften`, { texts: [names.need] });
    await visit(coreBrowser, 'n/:networkId/inrichting/organisatie', `${n}/inrichting/organisatie`, {
      texts: [names.body],
    });
  });

  test('the public and link screens, including hostile tokens in the address, run no script', async () => {
    const hostileToken = encodeURIComponent(SVG);
    await visit(anon, 'uitnodiging/:token', `/uitnodiging/${encodeURIComponent(tokens.invitation!)}`, {
      texts: [names.invitee],
    });
    await visit(anon, 'uitnodiging/:token', `/uitnodiging/${hostileToken}`);
    await visit(anon, 'aanmelden/:token', tokens.register!);
    await visit(anon, 'afmelden/:token', tokens.unsubscribe!);
    await visit(anon, 'afmelden/:token', `/afmelden/${hostileToken}`);
    await visit(anon, 'peiling/:token', `/peiling/${hostileToken}`);
    await visit(anon, 'behoeftepeiling/:token', `/behoeftepeiling/${hostileToken}`);
    await visit(anon, 'mijn-gegevens/:token', `/mijn-gegevens/${hostileToken}`);
    if (tokens.slug) {
      await visit(anon, 'openbaar/agenda/:slug', `/openbaar/agenda/${encodeURIComponent(tokens.slug)}`, {
        texts: [names.activity],
      });
    }
    await visit(anon, 'openbaar/agenda/:slug', `/openbaar/agenda/${hostileToken}`);
    await visit(anon, 'inloggen', `/inloggen?next=${encodeURIComponent(JS_URL)}`);
    await visit(anon, 'inloggen/link', `/inloggen/link?token=${hostileToken}`);
    await visit(anon, 'inloggen/e-mail', '/inloggen/e-mail');
    await visit(anon, 'wachtwoord-vergeten', '/wachtwoord-vergeten');
    await visit(anon, 'wachtwoord-herstellen', `/wachtwoord-herstellen?token=${hostileToken}`);
    await visit(coreBrowser, 'uitloggen', '/uitloggen');
  });

  test('every route in routes.tsx was visited', () => {
    const missing = declaredRoutes().filter((route) => !visitedRoutes.has(route));
    expect(missing, 'routes in src/web/app/routes.tsx that this test does not open').toEqual([]);
    expect(declaredRoutes().length).toBeGreaterThan(20);
  });
});
