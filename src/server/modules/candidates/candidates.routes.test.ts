// Candidates, opportunities, proposals and placements through the real routes: per role allowed / refused / other network,
// the BSN refusal, consent withdrawal taking effect at once, the view log, inzage export and erasure.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BSN_REFUSAL_NL } from '../../../core/candidates/bsn.js';
import {
  activity,
  candidateCheckIn,
  candidateLivedExperience,
  candidateRegistration,
  candidateRequest,
  organisation,
  person,
  roleAssignment,
} from '../../platform/db/schema.js';
import { cookieOf, lastMailTo, newCandidate, setupInstallation, tokenFrom } from '../../test/helpers.js';
import { createTestApp, writeHeaders, type TestApp } from '../../test/test-app.js';
import { grantRoleToUser } from '../networks/network-membership.js';

let t: TestApp;
let adminCookie: string;
let networkA: string;
let networkB: string;
const cookies: Record<string, string> = {};
let bakery: string; // employer organisation in A
let garden: string; // another employer in A
let orgB: string;
let candidateId: string;
let candidateB: string;
let opportunityId: string;
let opportunityB: string;
let proposalId: string;
let placementId: string;
let placementB: string;
let consentId: string;
let freshCandidate: string;
let freshConsent: string;
let requestA: string;
let activityA: string; // a matchmaking meeting open to candidates
let activityB: string;
const candidateRegA = crypto.randomUUID(); // inserted before its route is tried

async function inject(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, who: string, payload?: unknown) {
  const headers: Record<string, string> = { cookie: cookies[who] ?? '' };
  if (method !== 'GET') Object.assign(headers, writeHeaders);
  return t.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });
}

async function invite(networkId: string, role: string, name: string, email: string, inviterCookie: string) {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/networks/${networkId}/invitations`,
    headers: { ...writeHeaders, cookie: inviterCookie },
    payload: { name, email, role },
  });
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

async function insertOrganisation(networkId: string, name: string, postcode: string) {
  const [row] = await t.database.db
    .insert(organisation)
    .values({ networkId, kind: 'employer', name, postcode, city: 'Zwolle' })
    .returning();
  return row!.id;
}

beforeAll(async () => {
  t = await createTestApp();
  const setup = await setupInstallation(t.app);
  adminCookie = setup.cookie;
  networkA = setup.networkId;
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/admin/networks',
    headers: { ...writeHeaders, cookie: adminCookie },
    payload: { name: 'Werkgeversnetwerk Twente Inclusief', region: 'Twente' },
  });
  networkB = created.json().id;
  const [admin] = await t.database.pool
    .query<{ id: string }>(`select id from "user" where email = 'anna@example.nl'`)
    .then((r) => r.rows);
  await grantRoleToUser(t.database.db, { networkId: networkB, userId: admin!.id, role: 'coordinator' });

  cookies.coordinator = await invite(networkA, 'coordinator', 'Cora Coördinator', 'cora@netwerk.example', adminCookie);
  cookies.back_office = await invite(networkA, 'back_office', 'Bert Backoffice', 'bert@netwerk.example', adminCookie);
  cookies.employer = await invite(networkA, 'employer', 'Eva Werkgever', 'eva@bakkerij.example', adminCookie);
  cookies.funder = await invite(networkA, 'funder', 'Frits Financier', 'frits@fonds.example', adminCookie);
  cookies.partner = await invite(networkA, 'partner', 'Petra Partner', 'petra@wsp.example', adminCookie);
  cookies.admin = adminCookie;

  bakery = await insertOrganisation(networkA, 'Bakkerij Jansen', '8013 AB');
  garden = await insertOrganisation(networkA, 'Groen & Zo', '8042 CD');
  orgB = await insertOrganisation(networkB, 'Textiel Twente', '7511 AA');
  await t.database.db.update(person).set({ organisationId: bakery }).where(eq(person.email, 'eva@bakkerij.example'));

  // network B: a candidate, an opportunity and a placement that no one of network A may reach
  const cb = await inject('POST', `/api/networks/${networkB}/candidates`, 'admin', newCandidate({ firstName: 'Bo' }));
  expect(cb.statusCode, cb.body).toBe(201);
  candidateB = cb.json().id;
  const ob = await inject('POST', `/api/networks/${networkB}/opportunities`, 'admin', {
    organisationId: orgB,
    title: 'Productiemedewerker',
    kind: 'regular',
    hoursPerWeek: 24,
  });
  opportunityB = ob.json().id;
  const pb = await inject('POST', `/api/networks/${networkB}/placements`, 'admin', {
    candidateId: candidateB,
    organisationId: orgB,
    startsOn: '2026-01-01',
    hoursPerWeek: 24,
    contractKind: 'fixed_term',
  });
  expect(pb.statusCode, pb.body).toBe(201);
  placementB = pb.json().id;
  const meeting = (networkId: string) => ({
    networkId,
    workForm: 'matchmaking',
    title: 'Matchmaking',
    startsAt: new Date(Date.now() + 48 * 3600_000),
    endsAt: new Date(Date.now() + 50 * 3600_000),
    initiatorKind: 'coordinator',
    openToCandidates: true,
  });
  const [actA] = await t.database.db.insert(activity).values(meeting(networkA)).returning();
  const [actB] = await t.database.db.insert(activity).values(meeting(networkB)).returning();
  activityA = actA!.id;
  activityB = actB!.id;
});
afterAll(async () => t?.close());

describe('registering a candidate', () => {
  it('the coordinator registers with consent; the list shows a pseudonymous code and no name', async () => {
    const res = await inject('POST', `/api/networks/${networkA}/candidates`, 'coordinator', newCandidate());
    expect(res.statusCode, res.body).toBe(201);
    candidateId = res.json().id;
    expect(res.json().code).toMatch(/^K-\d{4}-0001$/);
    const list = await inject('GET', `/api/networks/${networkA}/candidates?search=zwolle`, 'coordinator');
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toHaveLength(1);
    expect(list.body).not.toContain('Sanne');
    expect(list.body).not.toContain('sanne@example.nl');
  });

  it('refuses any text with a number that passes the BSN eleven-test, naming the field and saying why', async () => {
    for (const [field, value] of [
      ['wishes', 'Graag in de zorg, BSN 123456782'],
      ['firstName', 'Piet 1234.56.782'],
      ['phone', '111 222 333'],
    ] as const) {
      const res = await inject(
        'POST',
        `/api/networks/${networkA}/candidates`,
        'coordinator',
        newCandidate({ [field]: value }),
      );
      expect(res.statusCode, field).toBe(422);
      expect(res.json().issues).toContainEqual({ path: ['body', field], message: BSN_REFUSAL_NL });
    }
    const opp = await inject('POST', `/api/networks/${networkA}/opportunities`, 'coordinator', {
      organisationId: bakery,
      title: 'Inpakker',
      kind: 'regular',
      requirements: 'Referentie 123456782',
    });
    expect(opp.statusCode).toBe(422);
    expect(opp.json().issues[0].message).toBe(BSN_REFUSAL_NL);
  });

  it('accepts other 9-digit numbers such as an order number', async () => {
    const res = await inject(
      'POST',
      `/api/networks/${networkA}/candidates`,
      'coordinator',
      newCandidate({ firstName: 'Mo', wishes: 'Kwam via ordernummer 123456789 binnen' }),
    );
    expect(res.statusCode, res.body).toBe(201);
  });

  it('requires a reason to stop, and keeps the status history', async () => {
    const detail = (await inject('GET', `/api/networks/${networkA}/candidates/${candidateId}`, 'coordinator')).json();
    const noReason = await inject('POST', `/api/networks/${networkA}/candidates/${candidateId}/status`, 'coordinator', {
      status: 'stopped',
      version: detail.version,
    });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().issues[0]).toEqual({
      path: ['body', 'reason'],
      message: 'Geef een reden op bij uitstroom of stoppen.',
    });
    const ok = await inject('POST', `/api/networks/${networkA}/candidates/${candidateId}/status`, 'coordinator', {
      status: 'introduction',
      version: detail.version,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const stale = await inject('POST', `/api/networks/${networkA}/candidates/${candidateId}/status`, 'coordinator', {
      status: 'matching',
      version: detail.version,
    });
    expect(stale.statusCode).toBe(409);
    const after = (await inject('GET', `/api/networks/${networkA}/candidates/${candidateId}`, 'coordinator')).json();
    expect(after.statusHistory.map((s: { toStatus: string }) => s.toStatus)).toEqual(['registered', 'introduction']);
  });
});

describe('matching, proposing and the employer view', () => {
  it('ranks candidates for an opportunity with every score part visible, and opportunities for a candidate', async () => {
    const opp = await inject('POST', `/api/networks/${networkA}/opportunities`, 'coordinator', {
      organisationId: bakery,
      title: 'Medewerker magazijn',
      kind: 'job_carving',
      hoursPerWeek: 20,
      postcodeArea: '8013',
      requirements: 'Orderpicken en inpakken van brood',
      supportOffered: ['jobcoach'],
    });
    expect(opp.statusCode, opp.body).toBe(201);
    opportunityId = opp.json().id;
    const matches = await inject(
      'GET',
      `/api/networks/${networkA}/opportunities/${opportunityId}/matches`,
      'coordinator',
    );
    expect(matches.statusCode).toBe(200);
    const first = matches.json().items[0];
    expect(first.candidateId).toBe(candidateId);
    expect(first.score.parts.map((p: { key: string }) => p.key)).toEqual([
      'hours',
      'distance',
      'wishes',
      'availability',
      'support',
    ]);
    expect(first.score.total).toBeGreaterThan(80);
    expect(matches.body).not.toContain('Sanne');
    const back = await inject('GET', `/api/networks/${networkA}/candidates/${candidateId}/matches`, 'coordinator');
    expect(back.json().items[0]).toMatchObject({ opportunityId, organisationName: 'Bakkerij Jansen', proposed: false });
  });

  it('the coordinator proposes; a second proposal of the same pair is refused', async () => {
    const res = await inject('POST', `/api/networks/${networkA}/proposals`, 'coordinator', {
      candidateId,
      opportunityId,
      note: 'Past goed bij de ochtenddienst',
    });
    expect(res.statusCode, res.body).toBe(201);
    proposalId = res.json().id;
    const again = await inject('POST', `/api/networks/${networkA}/proposals`, 'coordinator', {
      candidateId,
      opportunityId,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toBe('Deze kandidaat is al voorgesteld voor deze werkplek.');
  });

  it("the employer's contact sees only the consented fields, and the view is logged", async () => {
    const res = await inject('GET', `/api/networks/${networkA}/my-proposals`, 'employer');
    expect(res.statusCode, res.body).toBe(200);
    const [item] = res.json().items;
    expect(item.candidate.fields).toEqual(['firstName', 'wishes']);
    expect(item.candidate.shared).toEqual({ firstName: 'Sanne', wishes: 'Magazijn, orderpicken of inpakken' });
    expect(res.body).not.toContain('sanne@example.nl');
    expect(res.body).not.toContain('06 12345678');
    const log = await inject('GET', `/api/networks/${networkA}/candidates/${candidateId}/views`, 'coordinator');
    expect(log.json().items[0]).toMatchObject({
      action: 'candidate.view',
      actorName: 'Eva Werkgever',
      fields: ['firstName', 'wishes'],
    });
  });

  it('a consent for one named employer adds fields for that employer only; withdrawal hides them at once', async () => {
    const add = await inject('POST', `/api/networks/${networkA}/candidates/${candidateId}/consents`, 'coordinator', {
      recipient: 'employer',
      organisationId: bakery,
      fields: ['phone'],
      givenOn: '2026-01-10',
    });
    expect(add.statusCode, add.body).toBe(201);
    consentId = add.json().id;
    const shared = (await inject('GET', `/api/networks/${networkA}/my-proposals`, 'employer')).json().items[0]
      .candidate;
    expect(shared.shared).toEqual({
      firstName: 'Sanne',
      phone: '06 12345678',
      wishes: 'Magazijn, orderpicken of inpakken',
    });

    const detail = (await inject('GET', `/api/networks/${networkA}/candidates/${candidateId}`, 'coordinator')).json();
    const general = detail.consents.find((c: { recipient: string }) => c.recipient === 'proposed_employers');
    for (const id of [consentId, general.id]) {
      const w = await inject(
        'POST',
        `/api/networks/${networkA}/candidates/${candidateId}/consents/${id}/withdraw`,
        'coordinator',
      );
      expect(w.statusCode, w.body).toBe(204);
    }
    const after = (await inject('GET', `/api/networks/${networkA}/my-proposals`, 'employer')).json().items[0];
    expect(after.candidate).toEqual({ code: detail.code, fields: [], shared: {} });
    const again = await inject(
      'POST',
      `/api/networks/${networkA}/candidates/${candidateId}/consents/${consentId}/withdraw`,
      'coordinator',
    );
    expect(again.statusCode).toBe(404);
  });

  it('the employer may respond only to proposals to its own organisation', async () => {
    const res = await inject('POST', `/api/networks/${networkA}/my-proposals/${proposalId}/respond`, 'employer', {
      response: 'accepted',
    });
    expect(res.statusCode, res.body).toBe(200);
    const opp = await inject('POST', `/api/networks/${networkA}/opportunities`, 'coordinator', {
      organisationId: garden,
      title: 'Hovenier',
      kind: 'regular',
    });
    const other = await inject('POST', `/api/networks/${networkA}/proposals`, 'coordinator', {
      candidateId,
      opportunityId: opp.json().id,
    });
    const refused = await inject(
      'POST',
      `/api/networks/${networkA}/my-proposals/${other.json().id}/respond`,
      'employer',
      {
        response: 'accepted',
      },
    );
    expect(refused.statusCode).toBe(404);
    const mine = (await inject('GET', `/api/networks/${networkA}/my-proposals`, 'employer')).json().items;
    expect(mine.map((p: { opportunityTitle: string }) => p.opportunityTitle)).toEqual(['Medewerker magazijn']);
  });
});

describe('placements and check-ins', () => {
  it('records a placement at 20 hours that counts as 0.78 banen and moves the candidate to placed', async () => {
    const res = await inject('POST', `/api/networks/${networkA}/placements`, 'coordinator', {
      candidateId,
      organisationId: bakery,
      opportunityId,
      startsOn: '2026-02-01',
      hoursPerWeek: 20,
      contractKind: 'fixed_term',
      jobcoach: true,
      noRiskPolicy: true,
      attributionKind: 'coordinator',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().jobs).toBe(0.78);
    placementId = res.json().id;
    const list = (await inject('GET', `/api/networks/${networkA}/placements`, 'coordinator')).json();
    expect(list.items[0]).toMatchObject({ hoursPerWeek: 20, jobs: 0.78, jobcoach: true, wageSubsidy: false });
    expect(list.totalJobs).toBe(0.78);
    const detail = (await inject('GET', `/api/networks/${networkA}/candidates/${candidateId}`, 'coordinator')).json();
    expect(detail.status).toBe('placed');
  });

  it('reminds of the 3-month check-in when the clock reaches it, and stops once recorded', async () => {
    const before = await inject('GET', `/api/networks/${networkA}/check-ins/due?now=2026-04-20`, 'coordinator');
    expect(before.json().items).toEqual([]);
    const due = await inject('GET', `/api/networks/${networkA}/check-ins/due?now=2026-04-25`, 'coordinator');
    expect(due.json().items).toEqual([
      expect.objectContaining({
        placementId,
        months: 3,
        dueOn: '2026-05-01',
        overdue: false,
        organisationName: 'Bakkerij Jansen',
      }),
    ]);
    const rec = await inject('POST', `/api/networks/${networkA}/placements/${placementId}/check-ins`, 'coordinator', {
      months: 3,
      heldOn: '2026-05-02',
      stillEmployed: true,
      hoursPerWeek: 24,
      note: 'Gaat goed, wil meer uren',
    });
    expect(rec.statusCode, rec.body).toBe(201);
    const dup = await inject('POST', `/api/networks/${networkA}/placements/${placementId}/check-ins`, 'coordinator', {
      months: 3,
      heldOn: '2026-05-02',
      stillEmployed: true,
    });
    expect(dup.statusCode).toBe(409);
    const after = await inject('GET', `/api/networks/${networkA}/check-ins/due?now=2026-05-10`, 'coordinator');
    expect(after.json().items).toEqual([]);
    const detail = (await inject('GET', `/api/networks/${networkA}/placements/${placementId}`, 'coordinator')).json();
    expect(detail.dueDates).toEqual([
      { months: 3, dueOn: '2026-05-01', done: true },
      { months: 6, dueOn: '2026-08-01', done: false },
      { months: 12, dueOn: '2027-02-01', done: false },
    ]);
  });

  it('funders and partners see aggregates only', async () => {
    for (const who of ['funder', 'partner']) {
      const stats = await inject('GET', `/api/networks/${networkA}/candidate-statistics`, who);
      expect(stats.statusCode, who).toBe(200);
      // One placement, one candidate: suppressed (decision 013), never the raw count.
      expect(stats.json().placements).toMatchObject({ total: '< 5', active: '< 5', activeJobs: '< 5' });
      expect(stats.json().candidatesByStatus.every((r: { count: unknown }) => r.count === '< 5')).toBe(true);
      expect(stats.body).not.toMatch(/"count":[1-4]\b|"total":[1-4]\b|"active":[1-4]\b/);
      expect(stats.body).not.toMatch(/K-\d{4}/);
    }
  });
});

describe('rights: inzage export and erasure', () => {
  it('exports everything held as JSON and PDF (read back with pdftotext)', async () => {
    const json = await inject('GET', `/api/networks/${networkA}/candidates/${candidateId}/export`, 'coordinator');
    expect(json.statusCode).toBe(200);
    const body = json.json();
    expect(body.candidate.firstName).toBe('Sanne');
    expect(body.placements[0]).toMatchObject({ organisationName: 'Bakkerij Jansen', hoursPerWeek: 20 });
    expect(body.placements[0].checkIns[0].note).toBe('Gaat goed, wil meer uren');
    const pdf = await inject(
      'GET',
      `/api/networks/${networkA}/candidates/${candidateId}/export?format=pdf`,
      'coordinator',
    );
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'nr-pdf-')), 'inzage.pdf');
    fs.writeFileSync(file, pdf.rawPayload);
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
    expect(text).toContain(`Inzageverzoek kandidaat ${body.candidate.code}`);
    expect(text).toContain('Sanne');
    expect(text).toContain('Bakkerij Jansen');
    expect(text).toContain('Wie heeft de gegevens bekeken');
    // Codes as the screens say them, not as stored; the time of making in Amsterdam time, not UTC.
    expect(text).toContain('Bekeken');
    expect(text).not.toContain('candidate.view');
    expect(text).not.toContain('(UTC)');
  });

  it('writes the PDF in English for a coordinator whose screen is in English', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/networks/${networkA}/candidates/${candidateId}/export?format=pdf`,
      headers: { cookie: `${cookies.coordinator}; netwerkregie_lang=en` },
    });
    expect(res.statusCode).toBe(200);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'nr-pdf-')), 'inzage-en.pdf');
    fs.writeFileSync(file, res.rawPayload);
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
    expect(text).toContain('Access request, candidate');
    expect(text).toContain('Who looked at the data');
    expect(text).toContain('Viewed');
    expect(text).toContain('Sanne');
    for (const dutch of ['Inzageverzoek', 'Toestemmingen', 'Wie heeft', 'Voornaam', 'Bekeken', 'Statusgeschiedenis']) {
      expect(text, dutch).not.toContain(dutch);
    }
  });

  it('erases on request: personal fields gone, logged, anonymous placement statistics kept', async () => {
    // Free texts elsewhere in which the coordinator wrote about the candidate (decision 013), and one about a namesake's
    // "Sannes" and another network that must stay as they are.
    const code = (await inject('GET', `/api/networks/${networkA}/candidates/${candidateId}`, 'coordinator')).json()
      .code;
    const pool = t.database.pool;
    const need = await pool.query<{ id: string }>(
      `insert into need (network_id, title, description, theme)
       values ($1, $2, $3, 'other') returning id`,
      [networkA, `Werkplek voor ${code}`, `sanne zoekt werk in de logistiek; Sannes collega niet`],
    );
    const news = await pool.query<{ id: string }>(
      `insert into news_item (network_id, kind, title, body) values ($1, 'success', 'Geplaatst', $2) returning id`,
      [networkA, `${code} (Sanne) is begonnen bij Bakkerij Jansen.`],
    );
    const other = await pool.query<{ id: string }>(
      `insert into news_item (network_id, kind, title, body) values ($1, 'success', 'Elders', $2) returning id`,
      [networkB, `${code} Sanne`],
    );
    // The modules added later: a contact moment with its follow-up, a document, a decision, the mission, a funder agreement
    // and checklist evidence.
    const one = async (q: string, params: unknown[]) => (await pool.query<{ id: string }>(q, params)).rows[0]!.id;
    const orgId = await one(
      `insert into organisation (network_id, kind, name) values ($1, 'employer', 'Bakkerij Bol') returning id`,
      [networkA],
    );
    const interaction = await one(
      `insert into interaction (network_id, organisation_id, kind, occurred_on, note, outcome, follow_up)
       values ($1, $2, 'call', '2026-03-01', $3, $4, $5) returning id`,
      [networkA, orgId, `Gebeld over ${code}`, 'Sanne kan maandag beginnen', `Contract van ${code} nasturen`],
    );
    const doc = await one(
      `insert into document (network_id, owner_kind, owner_id, title, file_name, media_type, size, sha256, content)
       values ($1, 'organisation', $2, $3, $4, 'application/pdf', 4, 'x', '\\x25504446'::bytea) returning id`,
      [networkA, orgId, `Plaatsingsafspraak Sanne`, `afspraak ${code}.pdf`],
    );
    const body = await one(
      `insert into body (network_id, kind, name) values ($1, 'core_group', 'Kerngroep') returning id`,
      [networkA],
    );
    const decision = await one(
      `insert into decision (network_id, body_id, kind, decided_on, text, reason)
       values ($1, $2, 'decision', '2026-03-02', $3, $4) returning id`,
      [networkA, body, `Uitzondering voor ${code}`, 'Sanne heeft extra begeleiding nodig'],
    );
    const mission = await one(
      `insert into mission_version (network_id, version_number, mission) values ($1, 1, $2) returning id`,
      [networkA, `Meer mensen zoals Sanne aan het werk`],
    );
    const agreement = await one(
      `insert into funder_agreement (network_id, funder_name, funder_type, amount_cents, starts_on, ends_on, conditions)
       values ($1, 'Gemeente', 'municipality', 100, '2026-01-01', '2026-12-31', $2) returning id`,
      [networkA, `Geen geld voor ${code}`],
    );
    const item = await one(
      `insert into checklist_item (network_id, phase, code, title_key, due_on, evidence)
       values ($1, 'exploration', 'erase_test', 'x', '2026-06-01', $2) returning id`,
      [networkA, `Eerste plaatsing: Sanne (${code})`],
    );
    // The klankbordgroep's advice: the request's question and background, the advice and the reason given with its outcome.
    const adviceAuthor = await one(`insert into person (network_id, name) values ($1, 'Klankbord Lid') returning id`, [
      networkA,
    ]);
    const adviceRequest = await one(
      `insert into advice_request (network_id, question, background, deadline) values ($1, $2, $3, '2027-01-31') returning id`,
      [networkA, `Hoe helpen we ${code}?`, 'Sanne zoekt werk in de zorg'],
    );
    const adviceGiven = await one(
      `insert into advice (network_id, request_id, author_person_id, text, outcome_reason)
       values ($1, $2, $3, $4, $5) returning id`,
      [networkA, adviceRequest, adviceAuthor, `Laat Sanne meelopen`, `Voor ${code} geregeld`],
    );
    const res = await inject('POST', `/api/networks/${networkA}/candidates/${candidateId}/erase`, 'coordinator', {
      reason: 'Verzoek van de kandidaat per e-mail',
    });
    expect(res.statusCode, res.body).toBe(204);
    const detail = (await inject('GET', `/api/networks/${networkA}/candidates/${candidateId}`, 'coordinator')).json();
    expect(detail).toMatchObject({ firstName: null, email: null, phone: null, wishes: null, supportNeeded: [] });
    expect(detail.erasedAt).not.toBeNull();
    const log = (
      await inject('GET', `/api/networks/${networkA}/candidates/${candidateId}/views`, 'coordinator')
    ).json();
    expect(log.items.map((e: { action: string }) => e.action)).toContain('candidate.erase');
    const erasure = log.items.find((e: { action: string }) => e.action === 'candidate.erase');
    expect(erasure.fields).toEqual(
      expect.arrayContaining(['need.title: 1', 'need.description: 1', 'news_item.body: 1']),
    );
    const needAfter = await pool.query(`select title, description, version from need where id = $1`, [
      need.rows[0]!.id,
    ]);
    expect(needAfter.rows[0]).toMatchObject({
      title: 'Werkplek voor [gewist]',
      description: '[gewist] zoekt werk in de logistiek; Sannes collega niet',
    });
    // An edit screen still holding the old text gets 409 instead of writing the name back.
    expect(needAfter.rows[0].version).toBeGreaterThan(1);
    const newsAfter = await pool.query(`select body from news_item where id = $1`, [news.rows[0]!.id]);
    expect(newsAfter.rows[0].body).toBe('[gewist] ([gewist]) is begonnen bij Bakkerij Jansen.');
    expect(erasure.fields).toEqual(
      expect.arrayContaining([
        'interaction.note: 1',
        'interaction.outcome: 1',
        'interaction.follow_up: 1',
        'document.title: 1',
        'document.file_name: 1',
        'decision.text: 1',
        'decision.reason: 1',
        'mission_version.mission: 1',
        'funder_agreement.conditions: 1',
        'checklist_item.evidence: 1',
        'advice_request.question: 1',
        'advice_request.background: 1',
        'advice.text: 1',
        'advice.outcome_reason: 1',
      ]),
    );
    const row = async (table: string, id: string) =>
      (await pool.query(`select * from ${table} where id = $1`, [id])).rows[0] as Record<string, unknown>;
    expect(await row('interaction', interaction)).toMatchObject({
      note: 'Gebeld over [gewist]',
      outcome: '[gewist] kan maandag beginnen',
      follow_up: 'Contract van [gewist] nasturen',
    });
    expect(await row('document', doc)).toMatchObject({
      title: 'Plaatsingsafspraak [gewist]',
      file_name: 'afspraak [gewist].pdf',
    });
    expect(await row('decision', decision)).toMatchObject({
      text: 'Uitzondering voor [gewist]',
      reason: '[gewist] heeft extra begeleiding nodig',
    });
    expect((await row('mission_version', mission)).mission).toBe('Meer mensen zoals [gewist] aan het werk');
    expect(await row('funder_agreement', agreement)).toMatchObject({
      conditions: 'Geen geld voor [gewist]',
      version: 2,
    });
    expect((await row('checklist_item', item)).evidence).toBe('Eerste plaatsing: [gewist] ([gewist])');
    expect(await row('advice_request', adviceRequest)).toMatchObject({
      question: 'Hoe helpen we [gewist]?',
      background: '[gewist] zoekt werk in de zorg',
    });
    expect(await row('advice', adviceGiven)).toMatchObject({
      text: 'Laat [gewist] meelopen',
      outcome_reason: 'Voor [gewist] geregeld',
    });
    const otherAfter = await pool.query(`select body from news_item where id = $1`, [other.rows[0]!.id]);
    expect(otherAfter.rows[0].body).toBe(`${code} Sanne`);
    const stats = (await inject('GET', `/api/networks/${networkA}/candidate-statistics`, 'funder')).json();
    expect(stats.placements).toMatchObject({ total: '< 5', activeJobs: '< 5' });
    const placement = (
      await inject('GET', `/api/networks/${networkA}/placements/${placementId}`, 'coordinator')
    ).json();
    expect(placement.checkIns[0].note).toBeNull();
    const twice = await inject('POST', `/api/networks/${networkA}/candidates/${candidateId}/erase`, 'coordinator', {
      reason: 'nogmaals',
    });
    expect(twice.statusCode).toBe(409);
  });
});

describe('the back office and the network setting', () => {
  it('sees codes and placements, but personal data only when the network allows it', async () => {
    expect((await inject('GET', `/api/networks/${networkA}/candidates`, 'back_office')).statusCode).toBe(200);
    const refused = await inject('GET', `/api/networks/${networkA}/candidates/${candidateId}`, 'back_office');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().message).toContain('alleen de netwerkcoördinator');
    const current = (await inject('GET', `/api/networks/${networkA}/candidate-settings`, 'coordinator')).json();
    expect(current).toEqual({ retentionMonths: 24, backOfficePersonalData: false, version: 1 });
    const set = await inject('PUT', `/api/networks/${networkA}/candidate-settings`, 'coordinator', {
      retentionMonths: 24,
      backOfficePersonalData: true,
      version: current.version,
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().version).toBe(2);
    const stale = await inject('PUT', `/api/networks/${networkA}/candidate-settings`, 'coordinator', {
      retentionMonths: 12,
      backOfficePersonalData: false,
      version: current.version,
    });
    expect(stale.statusCode).toBe(409);
    expect((await inject('GET', `/api/networks/${networkA}/candidates/${candidateId}`, 'back_office')).statusCode).toBe(
      200,
    );
    const reset = await inject('PUT', `/api/networks/${networkA}/candidate-settings`, 'coordinator', {
      retentionMonths: 24,
      backOfficePersonalData: false,
      version: 2,
    });
    expect(reset.statusCode, reset.body).toBe(200);
  });
});

describe('an ervaringsdeskundige in the klankbordgroep linked to a candidate (issue 19)', () => {
  let lotte: string; // the candidate
  let member: string; // Lotte as a person in the klankbordgroep
  let outsider: string; // a person without a klankbordgroep term
  const url = () => `/api/networks/${networkA}/candidates/${lotte}/lived-experience`;

  beforeAll(async () => {
    const created = await inject(
      'POST',
      `/api/networks/${networkA}/candidates`,
      'coordinator',
      newCandidate({ firstName: 'Lotte' }),
    );
    lotte = created.json().id;
    const [m, o] = await t.database.db
      .insert(person)
      .values([
        { networkId: networkA, name: 'Lotte de Vries', email: 'lotte@mail.example' },
        { networkId: networkA, name: 'Omar Bakker' },
      ])
      .returning({ id: person.id });
    member = m!.id;
    outsider = o!.id;
    await t.database.db
      .insert(roleAssignment)
      .values({ networkId: networkA, personId: member, role: 'sounding_board', startsOn: '2026-01-01' });
  });

  it("is refused without the candidate's consent, and for someone outside the klankbordgroep, with a Dutch message", async () => {
    const view = (await inject('GET', url(), 'coordinator')).json();
    expect(view.link).toBeNull();
    expect(view.consentActive).toBe(false);
    expect(view.soundingBoard).toContainEqual({ id: member, name: 'Lotte de Vries' });
    expect(view.soundingBoard.map((p: { id: string }) => p.id)).not.toContain(outsider);

    const noConsent = await inject('PUT', url(), 'coordinator', { personId: member });
    expect(noConsent.statusCode).toBe(409);
    expect(noConsent.json().message).toContain('Leg eerst de toestemming van de kandidaat vast');

    const consent = await inject('POST', `/api/networks/${networkA}/candidates/${lotte}/consents`, 'coordinator', {
      recipient: 'sounding_board',
      fields: [],
      givenOn: '2026-01-10',
    });
    expect(consent.statusCode, consent.body).toBe(201);
    const notInBoard = await inject('PUT', url(), 'coordinator', { personId: outsider });
    expect(notInBoard.statusCode).toBe(409);
    expect(notInBoard.json().message).toContain('zit nu niet in de klankbordgroep');
    expect((await inject('PUT', url(), 'coordinator', { personId: 'nope' })).statusCode).toBe(422);
  });

  it('links with consent, logs it, keeps the back office out, and counts only while the consent is active', async () => {
    const linked = await inject('PUT', url(), 'coordinator', { personId: member });
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json().link).toMatchObject({ personId: member, name: 'Lotte de Vries', inEffect: true });
    expect((await inject('PUT', url(), 'back_office', { personId: member })).statusCode).toBe(403);
    const audit = await t.database.pool.query(
      `select action from audit_entry where network_id = $1 and record_id = $2 and action like 'candidate.lived%'`,
      [networkA, lotte],
    );
    expect(audit.rows.map((r) => r.action)).toEqual(['candidate.lived_experience.link']);

    // One person sits for one candidate.
    const noor = (
      await inject('POST', `/api/networks/${networkA}/candidates`, 'coordinator', newCandidate({ firstName: 'Noor' }))
    ).json().id;
    await inject('POST', `/api/networks/${networkA}/candidates/${noor}/consents`, 'coordinator', {
      recipient: 'sounding_board',
      fields: [],
      givenOn: '2026-01-10',
    });
    const taken = await inject('PUT', `/api/networks/${networkA}/candidates/${noor}/lived-experience`, 'coordinator', {
      personId: member,
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().message).toBe('Deze persoon is al gekoppeld aan een andere kandidaat.');

    // Withdrawing the consent takes effect at once: the link stays visible to the coordinator but no longer counts.
    const detail = (await inject('GET', `/api/networks/${networkA}/candidates/${lotte}`, 'coordinator')).json();
    const board = detail.consents.find((c: { recipient: string }) => c.recipient === 'sounding_board');
    const withdrawn = await inject(
      'POST',
      `/api/networks/${networkA}/candidates/${lotte}/consents/${board.id}/withdraw`,
      'coordinator',
    );
    expect(withdrawn.statusCode).toBe(204);
    const after = (await inject('GET', url(), 'coordinator')).json();
    expect(after.consentActive).toBe(false);
    expect(after.link).toMatchObject({ personId: member, inEffect: false });

    expect((await inject('DELETE', url(), 'coordinator')).statusCode).toBe(204);
    expect((await inject('DELETE', url(), 'coordinator')).statusCode).toBe(404);
    expect((await inject('GET', url(), 'coordinator')).json().link).toBeNull();
  });

  it('is removed when the candidate is erased', async () => {
    await inject('POST', `/api/networks/${networkA}/candidates/${lotte}/consents`, 'coordinator', {
      recipient: 'sounding_board',
      fields: [],
      givenOn: '2026-01-10',
    });
    expect((await inject('PUT', url(), 'coordinator', { personId: member })).statusCode).toBe(200);
    const erased = await inject('POST', `/api/networks/${networkA}/candidates/${lotte}/erase`, 'coordinator', {
      reason: 'Verzoek van de kandidaat',
    });
    expect(erased.statusCode, erased.body).toBe(204);
    const rows = await t.database.pool.query(
      'select 1 from candidate_lived_experience where network_id = $1 and candidate_id = $2',
      [networkA, lotte],
    );
    expect(rows.rowCount).toBe(0);
  });
});

describe('every candidate and placement route per role', () => {
  // [method, path in network N with ids, body, who may (status when allowed)]
  type Route = {
    method: 'GET' | 'POST' | 'PUT' | 'DELETE';
    path: (n: 'A' | 'B') => string;
    body?: unknown;
    allowed: string[];
    /** Puts the record the route acts on back in place before each role tries it (a handled signal is gone after). */
    before?: () => Promise<unknown>;
  };
  const ids = (n: 'A' | 'B') =>
    n === 'A'
      ? { net: networkA, cand: candidateId, opp: opportunityId, prop: proposalId, plac: placementId }
      : { net: networkB, cand: candidateB, opp: opportunityB, prop: proposalId, plac: placementB };
  const runs = ['coordinator', 'back_office'];
  const routes: Route[] = [
    { method: 'GET', path: (n) => `/api/networks/${ids(n).net}/candidates`, allowed: runs },
    { method: 'GET', path: (n) => `/api/networks/${ids(n).net}/candidates?format=csv`, allowed: runs },
    { method: 'POST', path: (n) => `/api/networks/${ids(n).net}/candidates`, body: {}, allowed: runs },
    { method: 'GET', path: (n) => `/api/networks/${ids(n).net}/candidates/${ids(n).cand}`, allowed: ['coordinator'] },
    { method: 'PUT', path: (n) => `/api/networks/${ids(n).net}/candidates/${ids(n).cand}`, body: {}, allowed: runs },
    {
      method: 'POST',
      path: (n) => `/api/networks/${ids(n).net}/candidates/${ids(n).cand}/status`,
      body: {},
      allowed: runs,
    },
    {
      method: 'POST',
      path: (n) => `/api/networks/${ids(n).net}/candidates/${ids(n).cand}/consents`,
      body: {},
      allowed: runs,
    },
    {
      method: 'POST',
      path: (n) =>
        n === 'A'
          ? `/api/networks/${networkA}/candidates/${freshCandidate}/consents/${freshConsent}/withdraw`
          : `/api/networks/${networkB}/candidates/${candidateB}/consents/${candidateB}/withdraw`,
      allowed: ['coordinator'],
    },
    {
      method: 'GET',
      path: (n) => `/api/networks/${ids(n).net}/candidates/${ids(n).cand}/views`,
      allowed: ['coordinator'],
    },
    {
      method: 'GET',
      path: (n) => `/api/networks/${ids(n).net}/candidates/${ids(n).cand}/export`,
      allowed: ['coordinator'],
    },
    {
      method: 'POST',
      path: (n) => `/api/networks/${ids(n).net}/candidates/${ids(n).cand}/erase`,
      body: {},
      allowed: ['coordinator'],
    },
    // The coordinator's side of the candidate's own page (decision 020).
    {
      method: 'GET',
      path: (n) => `/api/networks/${ids(n).net}/candidates/${ids(n).cand}/portal`,
      allowed: ['coordinator'],
    },
    {
      method: 'POST',
      path: (n) => `/api/networks/${ids(n).net}/candidates/${ids(n).cand}/portal/offer`,
      allowed: ['coordinator'],
    },
    {
      method: 'POST',
      path: (n) =>
        `/api/networks/${ids(n).net}/candidates/${ids(n).cand}/requests/${n === 'A' ? requestA : candidateB}/handle`,
      body: { note: 'Afgehandeld' },
      allowed: ['coordinator'],
    },
    // The ervaringsdeskundige in the klankbordgroep (issue 19): personal data, so the coordinator only.
    {
      method: 'GET',
      path: (n) => `/api/networks/${ids(n).net}/candidates/${ids(n).cand}/lived-experience`,
      allowed: ['coordinator'],
    },
    {
      method: 'PUT',
      path: (n) => `/api/networks/${ids(n).net}/candidates/${ids(n).cand}/lived-experience`,
      body: {},
      allowed: runs, // the body is checked first (422); the service then refuses the back office (tested below)
    },
    {
      method: 'DELETE',
      path: (n) => `/api/networks/${ids(n).net}/candidates/${ids(n).cand}/lived-experience`,
      allowed: ['coordinator'],
      before: async () => {
        const [someone] = await t.database.db
          .insert(person)
          .values({ networkId: networkA, name: 'Sam Ervaring' })
          .returning({ id: person.id });
        await t.database.db
          .insert(candidateLivedExperience)
          .values({ networkId: networkA, candidateId, personId: someone!.id })
          .onConflictDoUpdate({
            target: [candidateLivedExperience.networkId, candidateLivedExperience.candidateId],
            set: { personId: someone!.id },
          });
      },
    },
    { method: 'GET', path: (n) => `/api/networks/${ids(n).net}/candidates/${ids(n).cand}/matches`, allowed: runs },
    {
      method: 'GET',
      path: (n) => `/api/networks/${ids(n).net}/candidate-statistics`,
      allowed: [...runs, 'funder', 'partner'],
    },
    { method: 'GET', path: (n) => `/api/networks/${ids(n).net}/candidate-settings`, allowed: ['coordinator'] },
    {
      method: 'PUT',
      path: (n) => `/api/networks/${ids(n).net}/candidate-settings`,
      body: {},
      allowed: ['coordinator'],
    },
    {
      method: 'POST',
      path: (n) => `/api/networks/${ids(n).net}/candidate-retention`,
      body: {},
      allowed: ['coordinator'],
    },
    { method: 'GET', path: (n) => `/api/networks/${ids(n).net}/opportunities`, allowed: runs },
    { method: 'POST', path: (n) => `/api/networks/${ids(n).net}/opportunities`, body: {}, allowed: runs },
    { method: 'GET', path: (n) => `/api/networks/${ids(n).net}/opportunities/${ids(n).opp}`, allowed: runs },
    {
      method: 'PUT',
      path: (n) => `/api/networks/${ids(n).net}/opportunities/${ids(n).opp}`,
      body: {},
      allowed: runs,
    },
    {
      method: 'POST',
      path: (n) => `/api/networks/${ids(n).net}/opportunities/${ids(n).opp}/status`,
      body: {},
      allowed: runs,
    },
    { method: 'GET', path: (n) => `/api/networks/${ids(n).net}/opportunities/${ids(n).opp}/matches`, allowed: runs },
    { method: 'GET', path: (n) => `/api/networks/${ids(n).net}/proposals`, allowed: runs },
    { method: 'POST', path: (n) => `/api/networks/${ids(n).net}/proposals`, body: {}, allowed: runs },
    { method: 'GET', path: (n) => `/api/networks/${ids(n).net}/my-proposals`, allowed: ['employer'] },
    {
      method: 'POST',
      path: (n) => `/api/networks/${ids(n).net}/my-proposals/${ids(n).prop}/respond`,
      body: {},
      allowed: ['employer'],
    },
    { method: 'GET', path: (n) => `/api/networks/${ids(n).net}/placements`, allowed: runs },
    { method: 'GET', path: (n) => `/api/networks/${ids(n).net}/placements?format=xlsx`, allowed: runs },
    { method: 'POST', path: (n) => `/api/networks/${ids(n).net}/placements`, body: {}, allowed: runs },
    { method: 'GET', path: (n) => `/api/networks/${ids(n).net}/placements/${ids(n).plac}`, allowed: runs },
    {
      method: 'POST',
      path: (n) => `/api/networks/${ids(n).net}/placements/${ids(n).plac}/end`,
      body: {},
      allowed: runs,
    },
    {
      method: 'POST',
      path: (n) => `/api/networks/${ids(n).net}/placements/${ids(n).plac}/check-ins`,
      body: {},
      allowed: runs,
    },
    { method: 'GET', path: (n) => `/api/networks/${ids(n).net}/check-ins/due`, allowed: runs },
    {
      method: 'POST',
      path: (n) => `/api/networks/${ids(n).net}/placements/${ids(n).plac}/candidate-check-ins/6/handle`,
      allowed: runs,
      // A worrying, unhandled answer of the candidate at 6 months, so an allowed role finds something to handle.
      before: () =>
        t.database.db
          .insert(candidateCheckIn)
          .values({
            networkId: networkA,
            placementId,
            candidateId,
            months: 6,
            score: 2,
            help: 'no',
            wantsContact: true,
            worrying: true,
          })
          .onConflictDoUpdate({
            target: [candidateCheckIn.networkId, candidateCheckIn.placementId, candidateCheckIn.months],
            set: { handledAt: null, handledBy: null },
          }),
    },
    // Candidates at activities (issue 19): the coordinator registers and cancels a candidate from the activity page.
    {
      method: 'POST',
      path: (n) =>
        `/api/networks/${ids(n).net}/activities/${n === 'A' ? activityA : activityB}/candidate-registrations`,
      body: {},
      allowed: runs,
    },
    {
      method: 'POST',
      path: (n) =>
        n === 'A'
          ? `/api/networks/${networkA}/activities/${activityA}/candidate-registrations/${candidateRegA}/cancel`
          : `/api/networks/${networkB}/activities/${activityB}/candidate-registrations/${activityB}/cancel`,
      // The backoffice only where the network lets it handle candidates' personal data (off here).
      allowed: ['coordinator'],
      before: () =>
        t.database.db
          .insert(candidateRegistration)
          .values({
            networkId: networkA,
            id: candidateRegA,
            activityId: activityA,
            candidateId,
            registeredBy: 'coordinator',
          })
          .onConflictDoNothing(),
    },
  ];
  const roles = ['coordinator', 'back_office', 'employer', 'funder', 'partner'];

  it('covers every candidate, opportunity and placement route the app registers', () => {
    // Routes of this capability: by path and by one of its permissions (other modules may hang routes under these paths,
    // e.g. sharing an opportunity with a partner network).
    const ours = t.app.routeTable.filter(
      (r) =>
        /\/(candidates|candidate-|opportunities|proposals|my-proposals|placements|check-ins)/.test(r.url) &&
        /^(candidates|opportunities|proposals|placements)\./.test(r.permission) &&
        // Sharing across networks belongs to the collaboration module (its own tests, and the authorisation matrix).
        !/\/(shares|referrals)\b/.test(r.url),
    );
    expect(ours.length).toBe(routes.length - 2); // the table also checks the CSV and XLSX exports of two lists
    const covered = new Set(
      routes.map(
        (r) =>
          `${r.method} ${r
            .path('B')
            .split('?')[0]!
            .replace(/[0-9a-f-]{36}/g, ':id')
            .replace(/\/\d+(?=\/)/g, '/:id')}`,
      ),
    );
    for (const r of ours)
      expect(covered, `${r.method} ${r.url}`).toContain(`${r.method} ${r.url.replace(/:\w+/g, ':id')}`);
  });

  it('answers allowed roles (not 401/403/404), refuses other roles with 403, anonymous with 401', async () => {
    const created = await inject(
      'POST',
      `/api/networks/${networkA}/candidates`,
      'coordinator',
      newCandidate({ firstName: 'Lot' }),
    );
    freshCandidate = created.json().id;
    const detail = (
      await inject('GET', `/api/networks/${networkA}/candidates/${freshCandidate}`, 'coordinator')
    ).json();
    freshConsent = detail.consents[1].id;
    const [request] = await t.database.db
      .insert(candidateRequest)
      .values({
        networkId: networkA,
        candidateId,
        kind: 'correction',
        message: 'Mijn uren kloppen niet',
        dueOn: '2099-01-01',
      })
      .returning();
    requestA = request!.id;
    for (const route of routes) {
      const url = route.path('A');
      for (const role of roles) {
        await route.before?.();
        const res = await inject(route.method, url, role, route.body);
        const label = `${role} ${route.method} ${url}`;
        if (route.allowed.includes(role)) expect([401, 403, 404], label).not.toContain(res.statusCode);
        else expect(res.statusCode, label).toBe(403);
      }
      const anon = await t.app.inject({
        method: route.method,
        url,
        headers: writeHeaders,
        ...(route.body ? { payload: route.body as object } : {}),
      });
      expect(anon.statusCode, `anonymous ${route.method} ${url}`).toBe(401);
    }
  });

  it("answers 404 for another network's routes and records, to everyone of network A", async () => {
    for (const route of routes) {
      const url = route.path('B');
      for (const role of roles) {
        const res = await inject(route.method, url, role, route.body);
        expect(res.statusCode, `${role} ${route.method} ${url}`).toBe(404);
      }
    }
    // and a network-A coordinator naming a network-B record inside network A also gets 404
    for (const url of [
      `/api/networks/${networkA}/candidates/${candidateB}`,
      `/api/networks/${networkA}/placements/${placementB}`,
      `/api/networks/${networkA}/opportunities/${opportunityB}/matches`,
    ]) {
      expect((await inject('GET', url, 'coordinator')).statusCode, url).toBe(404);
    }
  });
});
