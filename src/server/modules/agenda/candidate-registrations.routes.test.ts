// Candidates taking part in activities (issue 19) through the real routes and a real database: the coordinator registers a
// candidate, the candidate registers and cancels on the own page through the link (only for themselves); refusals for an
// activity not open to candidates, one in the past and a full one; candidates share the capacity but are counted apart
// from the employers; an employer sees a candidate only as far as the candidate consented, otherwise only the number.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisation, person } from '../../platform/db/schema.js';
import { cookieOf, lastMailTo, setupInstallation, tokenFrom } from '../../test/helpers.js';
import { createTestApp, writeHeaders, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let adminCookie: string;
let networkA: string;
const cookies: Record<string, string> = {};
let bakery: string;
let sanne: string; // consents to share first name and wishes with employers
let mo: string; // consents to the own network only
let sanneSecret: string;
let moSecret: string;
let matchmaking: string;
let session: string; // a knowledge session: not open to candidates
let past: string;
let sanneReg: string;
let moReg: string;
const hour = 3600_000;

async function inject(method: 'GET' | 'POST' | 'PUT', url: string, who: string | null, payload?: unknown) {
  const headers: Record<string, string> = who ? { cookie: cookies[who] ?? '' } : {};
  if (method !== 'GET') Object.assign(headers, writeHeaders);
  return t.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });
}

async function invite(role: string, name: string, email: string) {
  const res = await inject('POST', `/api/networks/${networkA}/invitations`, 'admin', { name, email, role });
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

async function candidate(firstName: string, email: string, share: string[]) {
  const res = await inject('POST', `/api/networks/${networkA}/candidates`, 'coordinator', {
    firstName,
    email,
    place: 'Zwolle',
    wishes: 'Magazijn',
    hoursPerWeek: 20,
    referredBy: 'wsp',
    targetGroupRegister: 'yes',
    targetGroupRegisterOn: '2026-01-10',
    consent: { givenOn: '2026-01-10', validUntil: null, shareWithProposedEmployers: share },
  });
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json<{ id: string }>().id;
  const offered = await inject('POST', `/api/networks/${networkA}/candidates/${id}/portal/offer`, 'coordinator');
  expect(offered.statusCode, offered.body).toBe(201);
  const secret = tokenFrom((await lastMailTo(t.app, adminCookie, email)).textBody, '/mijn-gegevens/');
  return { id, secret };
}

async function activity(body: Record<string, unknown>) {
  const res = await inject('POST', `/api/networks/${networkA}/activities`, 'coordinator', {
    initiatorKind: 'coordinator',
    startsAt: new Date(Date.now() + 48 * hour).toISOString(),
    endsAt: new Date(Date.now() + 50 * hour).toISOString(),
    ...body,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

const detail = (who: string, id = matchmaking) => inject('GET', `/api/networks/${networkA}/activities/${id}`, who);
const registerCandidate = (activityId: string, candidateId: string, who = 'coordinator') =>
  inject('POST', `/api/networks/${networkA}/activities/${activityId}/candidate-registrations`, who, { candidateId });

beforeAll(async () => {
  t = await createTestApp();
  const setup = await setupInstallation(t.app);
  adminCookie = setup.cookie;
  cookies.admin = adminCookie;
  networkA = setup.networkId;
  cookies.coordinator = await invite('coordinator', 'Cora Coördinator', 'cora@netwerk.example');
  cookies.employer = await invite('employer', 'Eva Werkgever', 'eva@bakkerij.example');
  const [row] = await t.database.db
    .insert(organisation)
    .values({ networkId: networkA, kind: 'employer', name: 'Bakkerij Jansen', postcode: '8013 AB', city: 'Zwolle' })
    .returning();
  bakery = row!.id;
  await t.database.db.update(person).set({ organisationId: bakery }).where(eq(person.email, 'eva@bakkerij.example'));
  ({ id: sanne, secret: sanneSecret } = await candidate('Sanne', 'sanne@example.nl', ['firstName', 'wishes']));
  ({ id: mo, secret: moSecret } = await candidate('Mo', 'mo@example.nl', []));
  matchmaking = await activity({
    workForm: 'matchmaking',
    title: 'Matchmaking magazijnwerk',
    capacity: 2,
    location: 'Stadhuis Zwolle',
  });
  session = await activity({ workForm: 'knowledge_session', title: 'Kennissessie jobcoaching' });
  past = await activity({
    workForm: 'matchmaking',
    title: 'Matchmaking van vorige week',
    startsAt: new Date(Date.now() - 7 * 24 * hour).toISOString(),
    endsAt: new Date(Date.now() - 7 * 24 * hour + 2 * hour).toISOString(),
  });
});
afterAll(async () => t?.close());

describe('activities open to candidates', () => {
  it('a matchmaking meeting is open to candidates by default, other forms are not', async () => {
    expect((await detail('coordinator')).json()).toMatchObject({ openToCandidates: true, candidatesRegistered: 0 });
    expect((await detail('coordinator', session)).json()).toMatchObject({ openToCandidates: false });
  });

  it('the coordinator registers a candidate; twice, not open, past are refused in Dutch; an employer may not', async () => {
    const res = await registerCandidate(matchmaking, sanne);
    expect(res.statusCode, res.body).toBe(201);
    sanneReg = res.json().id;
    // Sanne gets a short mail in plain Dutch with the date and the place. She already holds a working link (from the
    // offer in the set-up), so the mail carries no new one — that would break the old — and tells her to use hers.
    const mail = await lastMailTo(t.app, adminCookie, 'sanne@example.nl');
    expect(mail.kind).toBe('candidate_activity_registered');
    expect(mail.subject).toContain('Je bent aangemeld: Matchmaking magazijnwerk');
    expect(mail.textBody).toContain('Beste Sanne,');
    expect(mail.textBody).toContain('Waar: Stadhuis Zwolle');
    expect(mail.textBody).toMatch(/Wanneer: \w+dag \d+ \w+ \d{4} om \d{2}:\d{2}/);
    expect(mail.textBody).not.toContain('/mijn-gegevens/');
    expect(mail.textBody).toContain('Gebruik de link die je al hebt.');
    expect((await inject('GET', `/api/candidate-portal/${sanneSecret}`, null)).statusCode).toBe(200);
    const again = await registerCandidate(matchmaking, sanne);
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toContain('al aangemeld');
    const notOpen = await registerCandidate(session, sanne);
    expect(notOpen.statusCode).toBe(422);
    expect(notOpen.json().message).toBe('Kandidaten kunnen zich niet aanmelden voor deze activiteit.');
    const gone = await registerCandidate(past, sanne);
    expect(gone.statusCode).toBe(409);
    expect(gone.json().message).toContain('al begonnen of voorbij');
    expect((await registerCandidate(matchmaking, mo, 'employer')).statusCode).toBe(403);
    expect((await registerCandidate(matchmaking, crypto.randomUUID())).statusCode).toBe(404);
  });
});

describe("the candidate's own page", () => {
  it('lists upcoming activities open to candidates, with the own registration', async () => {
    const page = (await inject('GET', `/api/candidate-portal/${sanneSecret}`, null)).json();
    expect(page.activities).toEqual([
      expect.objectContaining({ id: matchmaking, myRegistrationId: sanneReg, full: false }),
    ]);
    const moPage = (await inject('GET', `/api/candidate-portal/${moSecret}`, null)).json();
    expect(moPage.activities).toEqual([expect.objectContaining({ id: matchmaking, myRegistrationId: null })]);
  });

  it('the candidate registers themselves; not open and past are refused', async () => {
    const res = await inject('POST', `/api/candidate-portal/${moSecret}/activities/${matchmaking}/register`, null);
    expect(res.statusCode, res.body).toBe(201);
    moReg = res.json().id;
    expect(
      (await inject('POST', `/api/candidate-portal/${moSecret}/activities/${session}/register`, null)).statusCode,
    ).toBe(422);
    expect(
      (await inject('POST', `/api/candidate-portal/${moSecret}/activities/${past}/register`, null)).statusCode,
    ).toBe(409);
    expect(
      (
        await inject(
          'POST',
          `/api/candidate-portal/not-a-real-link-xxxxxxxxxx/activities/${matchmaking}/register`,
          null,
        )
      ).statusCode,
    ).toBe(400);
  });

  it('a full activity refuses candidates; members share the capacity and go on the waiting list', async () => {
    // Capacity 2: Sanne and Mo have the places.
    const third = await candidate('Noor', 'noor@example.nl', []);
    const full = await inject('POST', `/api/candidate-portal/${third.secret}/activities/${matchmaking}/register`, null);
    expect(full.statusCode).toBe(409);
    expect(full.json().message).toBe('Deze bijeenkomst is vol. Er is geen plek meer.');
    const page = (await inject('GET', `/api/candidate-portal/${third.secret}`, null)).json();
    expect(page.activities[0]).toMatchObject({ id: matchmaking, full: true });
    const eva = await inject(
      'POST',
      `/api/networks/${networkA}/activities/${matchmaking}/registrations`,
      'employer',
      {},
    );
    expect(eva.statusCode, eva.body).toBe(201);
    expect(eva.json().status).toBe('waitlisted');
  });
});

describe('turnout and what an employer sees', () => {
  it('counts candidates apart from the employers', async () => {
    const mark = await inject(
      'PUT',
      `/api/networks/${networkA}/activities/${matchmaking}/candidate-registrations/${sanneReg}/attendance`,
      'coordinator',
      { attended: true },
    );
    expect(mark.statusCode, mark.body).toBe(200);
    const body = (await detail('coordinator')).json();
    expect(body).toMatchObject({
      registered: 0,
      waitlisted: 1,
      attended: 0,
      candidatesRegistered: 2,
      candidatesAttended: 1,
    });
    const list = await inject('GET', `/api/networks/${networkA}/activities`, 'coordinator');
    expect(list.json().items.find((a: { id: string }) => a.id === matchmaking)).toMatchObject({
      registered: 0,
      candidatesRegistered: 2,
      candidatesAttended: 1,
    });
    expect(
      (
        await inject(
          'PUT',
          `/api/networks/${networkA}/activities/${matchmaking}/candidate-registrations/${sanneReg}/attendance`,
          'employer',
          { attended: true },
        )
      ).statusCode,
    ).toBe(403);
  });

  it('the coordinator sees every candidate by name', async () => {
    const body = (await detail('coordinator')).json();
    expect(body.managesCandidates).toBe(true);
    expect(body.candidateRegistrations.map((r: { firstName: string }) => r.firstName).sort()).toEqual(['Mo', 'Sanne']);
  });

  it('an employer sees only what a candidate consented to share, and otherwise only the number', async () => {
    const body = (await detail('employer')).json();
    expect(body.managesCandidates).toBe(false);
    expect(body.candidatesRegistered).toBe(2);
    // Sanne shares first name and wishes; Mo shares nothing with employers and is only in the count.
    expect(body.candidateRegistrations).toHaveLength(1);
    expect(body.candidateRegistrations[0]).toMatchObject({
      firstName: 'Sanne',
      wishes: 'Magazijn',
      place: null,
      hoursPerWeek: null,
      candidateId: null,
    });
    expect(JSON.stringify(body)).not.toContain('Mo');
    expect(JSON.stringify(body)).not.toContain(mo);
    expect(JSON.stringify(body)).not.toContain(sanne);
  });
});

describe('cancelling', () => {
  it("a candidate cannot cancel another candidate's registration (404)", async () => {
    const res = await inject('POST', `/api/candidate-portal/${moSecret}/registrations/${sanneReg}/cancel`, null);
    expect(res.statusCode).toBe(404);
    expect((await detail('coordinator')).json().candidatesRegistered).toBe(2);
  });

  it('the candidate cancels their own; the first on the waiting list moves up', async () => {
    const res = await inject('POST', `/api/candidate-portal/${moSecret}/registrations/${moReg}/cancel`, null);
    expect(res.statusCode, res.body).toBe(204);
    const body = (await detail('coordinator')).json();
    expect(body).toMatchObject({ registered: 1, waitlisted: 0, candidatesRegistered: 1 });
    const moPage = (await inject('GET', `/api/candidate-portal/${moSecret}`, null)).json();
    expect(moPage.activities[0]).toMatchObject({ id: matchmaking, myRegistrationId: null, full: true });
  });

  it('the coordinator cancels a candidate; an employer may not', async () => {
    const url = `/api/networks/${networkA}/activities/${matchmaking}/candidate-registrations/${sanneReg}/cancel`;
    expect((await inject('POST', url, 'employer')).statusCode).toBe(403);
    const res = await inject('POST', url, 'coordinator');
    expect(res.statusCode, res.body).toBe(200);
    expect((await detail('coordinator')).json().candidatesRegistered).toBe(0);
  });
});

describe('one capacity for members and candidates', () => {
  it('full by candidates: a member gets no place, only the waiting list', async () => {
    const one = await activity({ workForm: 'matchmaking', title: 'Matchmaking met één plek', capacity: 1 });
    expect((await registerCandidate(one, sanne)).statusCode).toBe(201);
    const eva = await inject('POST', `/api/networks/${networkA}/activities/${one}/registrations`, 'employer', {});
    expect(eva.statusCode, eva.body).toBe(201);
    expect(eva.json().status).toBe('waitlisted');
    expect((await detail('coordinator', one)).json()).toMatchObject({
      registered: 0,
      waitlisted: 1,
      candidatesRegistered: 1,
    });
  });

  it('full by members: a candidate is refused, by the coordinator and on the own page', async () => {
    const one = await activity({ workForm: 'matchmaking', title: 'Matchmaking vol met werkgevers', capacity: 1 });
    const eva = await inject('POST', `/api/networks/${networkA}/activities/${one}/registrations`, 'employer', {});
    expect(eva.json().status).toBe('registered');
    const byCoordinator = await registerCandidate(one, mo);
    expect(byCoordinator.statusCode).toBe(409);
    expect(byCoordinator.json().message).toBe('Deze bijeenkomst is vol. Er is geen plek meer.');
    const bySelf = await inject('POST', `/api/candidate-portal/${moSecret}/activities/${one}/register`, null);
    expect(bySelf.statusCode).toBe(409);
    const page = (await inject('GET', `/api/candidate-portal/${moSecret}`, null)).json();
    expect(page.activities.find((a: { id: string }) => a.id === one)).toMatchObject({ full: true });
    expect((await detail('coordinator', one)).json()).toMatchObject({ registered: 1, candidatesRegistered: 0 });
  });
});

describe('the link in the registration mail', () => {
  it('a candidate without a working link gets a new one; registered again, they keep it and are told to use it', async () => {
    const created = await inject('POST', `/api/networks/${networkA}/candidates`, 'coordinator', {
      firstName: 'Noor',
      email: 'noor@example.nl',
      place: 'Kampen',
      wishes: 'Schoonmaak',
      hoursPerWeek: 16,
      referredBy: 'wsp',
      targetGroupRegister: 'yes',
      targetGroupRegisterOn: '2026-01-10',
      consent: { givenOn: '2026-01-10', validUntil: null, shareWithProposedEmployers: [] },
    });
    expect(created.statusCode, created.body).toBe(201);
    const noor = created.json<{ id: string }>().id;
    const first = await activity({ workForm: 'matchmaking', title: 'Matchmaking schoonmaak' });
    expect((await registerCandidate(first, noor)).statusCode).toBe(201);
    const mail = await lastMailTo(t.app, adminCookie, 'noor@example.nl');
    expect(mail.kind).toBe('candidate_activity_registered');
    expect(mail.textBody).not.toContain('Gebruik de link die je al hebt');
    const secret = tokenFrom(mail.textBody, '/mijn-gegevens/');
    expect((await inject('GET', `/api/candidate-portal/${secret}`, null)).statusCode).toBe(200);

    const second = await activity({ workForm: 'matchmaking', title: 'Matchmaking zorg en welzijn' });
    expect((await registerCandidate(second, noor)).statusCode).toBe(201);
    const next = await lastMailTo(t.app, adminCookie, 'noor@example.nl');
    expect(next.subject).toContain('Matchmaking zorg en welzijn');
    expect(next.textBody).not.toContain('/mijn-gegevens/');
    expect(next.textBody).toContain('Gebruik de link die je al hebt.');
    // The link from the first mail still opens her page, now with both meetings.
    const page = await inject('GET', `/api/candidate-portal/${secret}`, null);
    expect(page.statusCode).toBe(200);
    expect(page.json().activities.filter((a: { myRegistrationId: string | null }) => a.myRegistrationId)).toHaveLength(
      2,
    );
  });
});
