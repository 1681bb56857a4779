// A candidate's own page through the real routes and a real database (decision 020): the coordinator offers the link only with
// an e-mail address and consent; the link reaches exactly one candidate; withdrawing a consent hides the field from the
// employer's view of an open proposal at once; the view log in words; the inzage download; correction and erasure requests
// (no BSN) that the coordinator handles, with the overdue signal; the candidate's own check-in answers and the worry signal;
// used, expired and unknown links; the neutral new-link form.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BSN_REFUSAL_NL } from '../../../core/candidates/bsn.js';
import { addMonths } from '../../../core/candidates/dates.js';
import { todayInAmsterdam } from '../../../core/calendar.js';
import { candidatePortalLink, candidateRequest, organisation, person } from '../../platform/db/schema.js';
import { cookieOf, lastMailTo, newCandidate, setupInstallation, tokenFrom } from '../../test/helpers.js';
import { createTestApp, writeHeaders, type TestApp } from '../../test/test-app.js';
import { grantRoleToUser } from '../networks/network-membership.js';

let t: TestApp;
let adminCookie: string;
let networkA: string;
let networkB: string;
const cookies: Record<string, string> = {};
let bakery: string;
let sanne: string; // the candidate with the own page
let mo: string; // another candidate in the same network
let bo: string; // a candidate in another network
let secret: string;

async function inject(method: 'GET' | 'POST' | 'PUT', url: string, who: string | null, payload?: unknown) {
  const headers: Record<string, string> = who ? { cookie: cookies[who] ?? '' } : {};
  if (method !== 'GET') Object.assign(headers, writeHeaders);
  return t.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });
}

async function invite(networkId: string, role: string, name: string, email: string) {
  const res = await inject('POST', `/api/networks/${networkId}/invitations`, 'admin', { name, email, role });
  expect(res.statusCode, res.body).toBe(201);
  const token = tokenFrom((await lastMailTo(t.app, adminCookie, email)).textBody, '/uitnodiging/');
  const accept = await t.app.inject({
    method: 'POST',
    url: `/api/invitations/${token}/accept`,
    headers: writeHeaders,
    payload: { password: 'lange-zin-met-thee-2026!' },
  });
  expect(accept.statusCode, accept.body).toBe(200);
  return cookieOf(accept);
}

async function create(networkId: string, who: string, overrides: Record<string, unknown> = {}) {
  const res = await inject('POST', `/api/networks/${networkId}/candidates`, who, newCandidate(overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

const page = (s = secret) => inject('GET', `/api/candidate-portal/${s}`, null);
const offer = (networkId: string, candidateId: string, who = 'coordinator') =>
  inject('POST', `/api/networks/${networkId}/candidates/${candidateId}/portal/offer`, who);

beforeAll(async () => {
  t = await createTestApp();
  const setup = await setupInstallation(t.app);
  adminCookie = setup.cookie;
  cookies.admin = adminCookie;
  networkA = setup.networkId;
  const created = await inject('POST', '/api/admin/networks', 'admin', { name: 'Netwerk Twente', region: 'Twente' });
  networkB = created.json().id;
  const [admin] = await t.database.pool
    .query<{ id: string }>(`select id from "user" where email = 'anna@example.nl'`)
    .then((r) => r.rows);
  await grantRoleToUser(t.database.db, { networkId: networkB, userId: admin!.id, role: 'coordinator' });
  cookies.coordinator = await invite(networkA, 'coordinator', 'Cora Coördinator', 'cora@netwerk.example');
  cookies.employer = await invite(networkA, 'employer', 'Eva Werkgever', 'eva@bakkerij.example');
  cookies.funder = await invite(networkA, 'funder', 'Frits Financier', 'frits@fonds.example');
  const [row] = await t.database.db
    .insert(organisation)
    .values({ networkId: networkA, kind: 'employer', name: 'Bakkerij Jansen', postcode: '8013 AB', city: 'Zwolle' })
    .returning();
  bakery = row!.id;
  await t.database.db.update(person).set({ organisationId: bakery }).where(eq(person.email, 'eva@bakkerij.example'));

  sanne = await create(networkA, 'coordinator');
  mo = await create(networkA, 'coordinator', { firstName: 'Mo', email: 'mo@example.nl' });
  bo = await create(networkB, 'admin', { firstName: 'Bo', email: 'bo@example.nl' });
  const opp = await inject('POST', `/api/networks/${networkA}/opportunities`, 'coordinator', {
    organisationId: bakery,
    title: 'Inpakker',
    kind: 'regular',
    hoursPerWeek: 20,
  });
  expect(opp.statusCode, opp.body).toBe(201);
  const proposal = await inject('POST', `/api/networks/${networkA}/proposals`, 'coordinator', {
    candidateId: sanne,
    opportunityId: opp.json().id,
  });
  expect(proposal.statusCode, proposal.body).toBe(201);
  // The employer opens the proposal: a view in the log, to be shown to Sanne in words.
  expect((await inject('GET', `/api/networks/${networkA}/my-proposals`, 'employer')).statusCode).toBe(200);
});
afterAll(async () => t?.close());

describe('offering the own page', () => {
  it('is refused without an e-mail address or without consent, and by roles without candidates.manage', async () => {
    const noMail = await create(networkA, 'coordinator', { firstName: 'Noor', email: null });
    const status = await inject('GET', `/api/networks/${networkA}/candidates/${noMail}/portal`, 'coordinator');
    expect(status.json()).toMatchObject({ canOffer: false, reason: 'no_email' });
    const res = await offer(networkA, noMail);
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toBe('Deze kandidaat heeft geen e-mailadres. Vul eerst een e-mailadres in.');

    const noConsent = await create(networkA, 'coordinator', { firstName: 'Lotte', email: 'lotte@example.nl' });
    const detail = (await inject('GET', `/api/networks/${networkA}/candidates/${noConsent}`, 'coordinator')).json();
    for (const c of detail.consents)
      await inject(
        'POST',
        `/api/networks/${networkA}/candidates/${noConsent}/consents/${c.id}/withdraw`,
        'coordinator',
      );
    const refused = await offer(networkA, noConsent);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().message).toContain('geen geldige toestemming');

    expect((await offer(networkA, sanne, 'employer')).statusCode).toBe(403);
    expect((await offer(networkA, sanne, 'funder')).statusCode).toBe(403);
    // Not a coordinator in the other network; the coordinator there does not find this network's candidate.
    expect([403, 404]).toContain((await offer(networkB, sanne)).statusCode);
    expect((await offer(networkB, sanne, 'admin')).statusCode).toBe(404);
  });

  it('mails a Dutch link that works 7 days; only its hash is stored', async () => {
    const res = await offer(networkA, sanne);
    expect(res.statusCode, res.body).toBe(201);
    const expires = new Date(res.json().expiresAt).getTime();
    expect(expires - Date.now()).toBeGreaterThan(6.9 * 24 * 3600 * 1000);
    expect(expires - Date.now()).toBeLessThanOrEqual(7 * 24 * 3600 * 1000);
    const mail = await lastMailTo(t.app, adminCookie, 'sanne@example.nl');
    expect(mail.kind).toBe('candidate_portal_link');
    expect(mail.subject).toContain('Jouw gegevens bekijken');
    expect(mail.textBody).toContain('Beste Sanne,');
    expect(mail.textBody).toContain('Je hebt geen wachtwoord nodig.');
    secret = tokenFrom(mail.textBody, '/mijn-gegevens/');
    const stored = await t.database.db.select().from(candidatePortalLink);
    expect(JSON.stringify(stored)).not.toContain(secret);
    const status = await inject('GET', `/api/networks/${networkA}/candidates/${sanne}/portal`, 'coordinator');
    expect(status.json()).toMatchObject({ canOffer: true, reason: null });
    expect(status.json().linkValidUntil).not.toBeNull();
  });
});

describe('the own page', () => {
  it("shows the candidate's own data and consents, and nobody else's", async () => {
    const res = await page();
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.candidate).toMatchObject({ firstName: 'Sanne', email: 'sanne@example.nl', targetGroupRegister: 'yes' });
    expect(body.consents.map((c: { recipient: string }) => c.recipient).sort()).toEqual([
      'own_network',
      'proposed_employers',
    ]);
    expect(res.body).not.toContain('Mo');
    expect(res.body).not.toContain('mo@example.nl');
  });

  it('shows who looked, in words: role and organisation, no names or ids', async () => {
    const body = (await page()).json();
    const employerView = body.views.find(
      (v: { action: string; roles: string[] }) => v.action === 'candidate.view' && v.roles.includes('employer'),
    );
    expect(employerView).toMatchObject({ by: 'person', organisationName: 'Bakkerij Jansen' });
    expect(employerView.fields).toEqual(['firstName', 'wishes']);
    const raw = JSON.stringify(body.views);
    expect(raw).not.toContain('Eva');
    expect(raw).not.toContain('Cora');
    expect(raw).not.toMatch(/actor/i);
  });

  it("refuses another candidate's consent, in the same network or another", async () => {
    for (const [networkId, other] of [
      [networkA, mo],
      [networkB, bo],
    ] as const) {
      const cookie = networkId === networkA ? 'coordinator' : 'admin';
      const detail = (await inject('GET', `/api/networks/${networkId}/candidates/${other}`, cookie)).json();
      const theirs = detail.consents[0].id;
      const res = await inject('POST', `/api/candidate-portal/${secret}/consents/${theirs}/withdraw`, null);
      expect(res.statusCode).toBe(404);
      const after = (await inject('GET', `/api/networks/${networkId}/candidates/${other}`, cookie)).json();
      expect(after.consents[0].active).toBe(true);
    }
  });

  it("withdrawing a consent hides the field from the employer's open proposal at once, and is logged", async () => {
    const before = (await inject('GET', `/api/networks/${networkA}/my-proposals`, 'employer')).json().items[0];
    expect(before.candidate.shared).toEqual({ firstName: 'Sanne', wishes: 'Magazijn, orderpicken of inpakken' });
    const consent = (await page())
      .json()
      .consents.find((c: { recipient: string }) => c.recipient === 'proposed_employers');
    const res = await inject('POST', `/api/candidate-portal/${secret}/consents/${consent.id}/withdraw`, null);
    expect(res.statusCode, res.body).toBe(204);
    const after = (await inject('GET', `/api/networks/${networkA}/my-proposals`, 'employer')).json().items[0];
    expect(after.candidate.shared).toEqual({});
    expect(after.candidate.fields).toEqual([]);
    const body = (await page()).json();
    expect(body.consents.find((c: { id: string }) => c.id === consent.id).active).toBe(false);
    expect(body.views[0]).toMatchObject({ action: 'candidate.consent.withdraw', by: 'self' });
    const log = await inject('GET', `/api/networks/${networkA}/candidates/${sanne}/views`, 'coordinator');
    expect(log.json().items[0]).toMatchObject({ action: 'candidate.consent.withdraw', actorName: null });
    // Withdrawn once: a second time is not found.
    const again = await inject('POST', `/api/candidate-portal/${secret}/consents/${consent.id}/withdraw`, null);
    expect(again.statusCode).toBe(404);
  });

  it('downloads the same inzage export the coordinator can make, logged as the candidate’s own', async () => {
    const json = await inject('GET', `/api/candidate-portal/${secret}/export?format=json`, null);
    expect(json.statusCode, json.body).toBe(200);
    expect(json.headers['content-disposition']).toContain('mijn-gegevens-K-');
    const data = json.json();
    expect(data.candidate.firstName).toBe('Sanne');
    expect(Object.keys(data).sort()).toEqual(['candidate', 'exportedAt', 'placements', 'viewLog']);
    const pdf = await inject('GET', `/api/candidate-portal/${secret}/export`, null);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await page()).json().views[0]).toMatchObject({ action: 'candidate.export', by: 'self' });
  });
});

describe('correction and erasure requests', () => {
  it('refuses a BSN in the text, with the shared message', async () => {
    const res = await inject('POST', `/api/candidate-portal/${secret}/requests`, null, {
      kind: 'correction',
      message: 'Mijn BSN is 123456782',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().issues).toContainEqual({ path: ['body', 'message'], message: BSN_REFUSAL_NL });
    const empty = await inject('POST', `/api/candidate-portal/${secret}/requests`, null, {
      kind: 'correction',
      message: '  ',
    });
    expect(empty.statusCode).toBe(422);
  });

  it('records a request due in 30 days, which the coordinator sees and handles', async () => {
    const res = await inject('POST', `/api/candidate-portal/${secret}/requests`, null, {
      kind: 'correction',
      message: 'Ik werk liever 24 uur per week.',
    });
    expect(res.statusCode, res.body).toBe(201);
    const due = new Date(`${res.json().dueOn}T12:00:00Z`).getTime();
    expect(Math.round((due - Date.now()) / (24 * 3600 * 1000))).toBeGreaterThanOrEqual(29);
    expect(Math.round((due - Date.now()) / (24 * 3600 * 1000))).toBeLessThanOrEqual(31);
    const status = (await inject('GET', `/api/networks/${networkA}/candidates/${sanne}/portal`, 'coordinator')).json();
    expect(status.requests).toHaveLength(1);
    expect(status.requests[0]).toMatchObject({ kind: 'correction', message: 'Ik werk liever 24 uur per week.' });
    expect((await page()).json().requests[0].handledAt).toBeNull();

    const url = `/api/networks/${networkA}/candidates/${sanne}/requests/${res.json().id}/handle`;
    expect((await inject('POST', url, 'employer', { note: 'Aangepast' })).statusCode).toBe(403);
    const handled = await inject('POST', url, 'coordinator', { note: 'Uren aangepast naar 24.' });
    expect(handled.statusCode, handled.body).toBe(204);
    expect((await inject('POST', url, 'coordinator', { note: 'Nog eens' })).statusCode).toBe(409);
    expect((await page()).json().requests[0]).toMatchObject({ handledNote: 'Uren aangepast naar 24.' });
    // Another candidate's request id through this candidate is not found.
    const other = `/api/networks/${networkA}/candidates/${mo}/requests/${res.json().id}/handle`;
    expect((await inject('POST', other, 'coordinator', { note: 'x' })).statusCode).toBe(404);
  });

  it('an open request past its date raises candidate_requests_overdue on the dashboard, until handled', async () => {
    const res = await inject('POST', `/api/candidate-portal/${secret}/requests`, null, {
      kind: 'erasure',
      message: 'Wis mijn telefoonnummer alstublieft.',
    });
    expect(res.statusCode, res.body).toBe(201);
    const codes = async () =>
      (await inject('GET', `/api/networks/${networkA}/steering/dashboard`, 'coordinator'))
        .json()
        .signals.map((s: { code: string }) => s.code);
    expect(await codes()).not.toContain('candidate_requests_overdue');
    await t.database.db
      .update(candidateRequest)
      .set({ dueOn: '2026-01-01' })
      .where(eq(candidateRequest.id, res.json().id));
    // A write empties the read cache; the dashboard reads again.
    await inject('POST', `/api/networks/${networkA}/candidates/${sanne}/portal/offer`, 'employer');
    const signals = (await inject('GET', `/api/networks/${networkA}/steering/dashboard`, 'coordinator')).json().signals;
    expect(signals).toContainEqual({
      code: 'candidate_requests_overdue',
      values: { count: 1, oldestDueOn: '2026-01-01' },
    });
    await inject(
      'POST',
      `/api/networks/${networkA}/candidates/${sanne}/requests/${res.json().id}/handle`,
      'coordinator',
      {
        note: 'Telefoonnummer gewist.',
      },
    );
    expect(await codes()).not.toContain('candidate_requests_overdue');
  });
});

describe("the candidate's own check-in answers (issue 19)", () => {
  const today = todayInAmsterdam(new Date());
  let sannesJob: string; // started six months ago: the 6-month check-in is open today
  let mosJob: string;
  const answer = (body: Record<string, unknown>, s = secret) =>
    inject('POST', `/api/candidate-portal/${s}/check-ins`, null, body);
  const good = (placementId: string, months = 6) => ({
    placementId,
    months,
    score: 4,
    help: 'yes',
    wantsContact: false,
  });
  const signalCodes = async () =>
    (await inject('GET', `/api/networks/${networkA}/steering/dashboard`, 'coordinator'))
      .json()
      .signals.map((s: { code: string }) => s.code);
  const place = async (candidateId: string, startsOn: string) => {
    const res = await inject('POST', `/api/networks/${networkA}/placements`, 'coordinator', {
      candidateId,
      organisationId: bakery,
      startsOn,
      hoursPerWeek: 20,
      contractKind: 'fixed_term',
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ id: string }>().id;
  };

  beforeAll(async () => {
    sannesJob = await place(sanne, addMonths(today, -6));
    mosJob = await place(mo, addMonths(today, -6));
  });

  it('the own page lists the open 6-month check-in with the employer, and nothing else', async () => {
    const res = await page();
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().checkIns).toEqual([
      {
        placementId: sannesJob,
        months: 6,
        dueOn: addMonths(addMonths(today, -6), 6),
        organisationName: 'Bakkerij Jansen',
      },
    ]);
  });

  it("refuses a check-in that is not open, another candidate's placement, and a BSN in the note", async () => {
    const notYet = await answer(good(sannesJob, 12));
    expect(notYet.statusCode).toBe(409);
    expect(notYet.json().message).toBe('Deze vragen kun je nu niet beantwoorden. Je krijgt ze als het tijd is.');
    expect((await answer(good(sannesJob, 3))).statusCode).toBe(409);
    expect((await answer(good(mosJob))).statusCode).toBe(404);
    const bsn = await answer({ ...good(sannesJob), note: 'Mijn nummer is 111222333' });
    expect(bsn.statusCode).toBe(422);
    expect(JSON.stringify(bsn.json())).toContain(BSN_REFUSAL_NL);
    expect((await answer({ ...good(sannesJob), score: 7 })).statusCode).toBe(422);
    expect((await page()).json().checkIns).toHaveLength(1);
  });

  it('accepts a worrying answer once; it raises candidate_check_in_worry until the coordinator marks it handled', async () => {
    expect(await signalCodes()).not.toContain('candidate_check_in_worry');
    const res = await answer({
      ...good(sannesJob),
      score: 2,
      help: 'no',
      wantsContact: true,
      note: 'Het is erg druk.',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({ worrying: true });
    expect((await page()).json().checkIns).toEqual([]);
    const twice = await answer(good(sannesJob));
    expect(twice.statusCode).toBe(409);
    expect(twice.json().message).toBe('Je hebt deze vragen al beantwoord. Dank je wel!');

    const signals = (await inject('GET', `/api/networks/${networkA}/steering/dashboard`, 'coordinator')).json().signals;
    expect(signals).toContainEqual({ code: 'candidate_check_in_worry', values: { count: 1, oldestOn: today } });

    // The coordinator sees the answer beside the employer's check-in of the same months.
    const employerSide = await inject(
      'POST',
      `/api/networks/${networkA}/placements/${sannesJob}/check-ins`,
      'coordinator',
      { months: 6, heldOn: today, stillEmployed: true, hoursPerWeek: 20, note: null },
    );
    expect(employerSide.statusCode, employerSide.body).toBe(201);
    const detail = (await inject('GET', `/api/networks/${networkA}/placements/${sannesJob}`, 'coordinator')).json();
    expect(detail.checkIns.map((c: { months: number }) => c.months)).toEqual([6]);
    expect(detail.candidateCheckIns).toEqual([
      expect.objectContaining({
        months: 6,
        score: 2,
        help: 'no',
        wantsContact: true,
        note: 'Het is erg druk.',
        worrying: true,
        handledAt: null,
      }),
    ]);
    // The employer's check-in alone does not clear the signal: only marking it handled does.
    expect(await signalCodes()).toContain('candidate_check_in_worry');
    const handle = `/api/networks/${networkA}/placements/${sannesJob}/candidate-check-ins/6/handle`;
    expect((await inject('POST', handle, 'employer')).statusCode).toBe(403);
    expect((await inject('POST', handle, 'coordinator')).statusCode).toBe(204);
    expect((await inject('POST', handle, 'coordinator')).statusCode).toBe(404);
    expect(await signalCodes()).not.toContain('candidate_check_in_worry');
    const after = (await inject('GET', `/api/networks/${networkA}/placements/${sannesJob}`, 'coordinator')).json();
    expect(after.candidateCheckIns[0].handledAt).not.toBeNull();
  });

  it('a good answer raises no signal', async () => {
    const lina = await create(networkA, 'coordinator', { firstName: 'Lina', email: 'lina@example.nl' });
    const linasJob = await place(lina, addMonths(today, -3));
    expect((await offer(networkA, lina)).statusCode).toBe(201);
    const linasSecret = tokenFrom(
      (await lastMailTo(t.app, adminCookie, 'lina@example.nl')).textBody,
      '/mijn-gegevens/',
    );
    const res = await answer({ ...good(linasJob, 3), help: 'somewhat', score: 3 }, linasSecret);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({ worrying: false });
    expect(await signalCodes()).not.toContain('candidate_check_in_worry');
  });
});

describe('links that do not work, and a new link', () => {
  it('an unknown link gets a clear Dutch message', async () => {
    const res = await page('dit-is-geen-echte-link-maar-wel-lang');
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('Deze link werkt niet.');
    expect((await page('kort')).statusCode).toBe(400);
  });

  it('an expired link is refused, also for writes', async () => {
    await t.database.db
      .update(candidatePortalLink)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(candidatePortalLink.candidateId, sanne));
    const res = await page();
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('Deze link is verlopen.');
    const write = await inject('POST', `/api/candidate-portal/${secret}/requests`, null, {
      kind: 'correction',
      message: 'Nog een verzoek',
    });
    expect(write.statusCode).toBe(400);
    expect((await inject('GET', `/api/candidate-portal/${secret}/export`, null)).statusCode).toBe(400);
  });

  it('the new-link form answers the same neutral text for a known and an unknown address', async () => {
    const known = await inject('POST', '/api/candidate-portal/new-link', null, { email: 'SANNE@example.nl' });
    const unknown = await inject('POST', '/api/candidate-portal/new-link', null, { email: 'niemand@example.nl' });
    // Mo has an address but was never offered the own page: no link for Mo either.
    const notOffered = await inject('POST', '/api/candidate-portal/new-link', null, { email: 'mo@example.nl' });
    for (const r of [known, unknown, notOffered]) expect(r.statusCode, r.body).toBe(200);
    expect(known.body).toBe(unknown.body);
    expect(known.body).toBe(notOffered.body);
    expect(known.json().message).toContain('Als dit e-mailadres bij ons bekend is');
    const fresh = tokenFrom((await lastMailTo(t.app, adminCookie, 'sanne@example.nl')).textBody, '/mijn-gegevens/');
    expect(fresh).not.toBe(secret);
    expect((await page(fresh)).statusCode).toBe(200);
    const moMails = await inject('GET', `/api/admin/outbox?search=mo%40example.nl`, 'admin');
    expect(moMails.json().items).toHaveLength(0);
    // The older link is replaced by the newer one.
    const old = secret;
    secret = fresh;
    const replaced = await page(old);
    expect(replaced.statusCode).toBe(400);
  });

  it('a replaced link says a newer one was sent; at most three links a day per candidate', async () => {
    // Two links were made in the last 24 hours (an offer and one asked for): a third works, the fourth is refused.
    expect((await offer(networkA, sanne)).statusCode).toBe(201);
    const first = tokenFrom((await lastMailTo(t.app, adminCookie, 'sanne@example.nl')).textBody, '/mijn-gegevens/');
    const res = await offer(networkA, sanne);
    expect(res.statusCode).toBe(429);
    expect(res.json().message).toBe('Er zijn vandaag al drie links gestuurd. Probeer het morgen opnieuw.');
    // Asking again through the form sends nothing, and still answers neutrally.
    const before = (await inject('GET', `/api/admin/outbox?search=sanne%40example.nl`, 'admin')).json().items.length;
    const asked = await inject('POST', '/api/candidate-portal/new-link', null, { email: 'sanne@example.nl' });
    expect(asked.statusCode).toBe(200);
    const after = (await inject('GET', `/api/admin/outbox?search=sanne%40example.nl`, 'admin')).json().items.length;
    expect(after).toBe(before);
    expect((await page(first)).statusCode).toBe(200);
    // A day later a new offer works and the older link says it was replaced.
    await t.database.db
      .update(candidatePortalLink)
      .set({ createdAt: new Date(Date.now() - 25 * 3600 * 1000) })
      .where(eq(candidatePortalLink.candidateId, sanne));
    expect((await offer(networkA, sanne)).statusCode).toBe(201);
    const replaced = await page(first);
    expect(replaced.json().message).toContain('Er is een nieuwere link gestuurd.');
  });
});
