// "Stem van kandidaten" (issue 19) through the real routes, from real rows in an empty network: a candidate's own check-in
// answer, advice by a klankbordgroep member linked to a candidate record as ervaringsdeskundige, and a candidate present at a
// meeting. The coordinator sees the exact figures; the funder sees them suppressed (all under 5 here).
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInAmsterdam } from '../../../core/calendar.js';
import {
  activity,
  advice,
  candidate,
  candidateCheckIn,
  candidateConsent,
  candidateLivedExperience,
  candidateRegistration,
  organisation,
  person,
  placement,
  registration,
} from '../../platform/db/schema.js';
import { cookieOf, lastMailTo, setupInstallation, tokenFrom } from '../../test/helpers.js';
import { createTestApp, writeHeaders, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let adminCookie: string;
let networkId: string;
let funderCookie: string;
const today = todayInAmsterdam(new Date());
const period = { from: addDays(today, -300), to: today };

async function userWithRole(role: string, email: string) {
  const invite = await t.app.inject({
    method: 'POST',
    url: `/api/networks/${networkId}/invitations`,
    headers: { ...writeHeaders, cookie: adminCookie },
    payload: { name: `Proef ${role}`, email, role },
  });
  expect(invite.statusCode, invite.body).toBe(201);
  const token = tokenFrom((await lastMailTo(t.app, adminCookie, email)).textBody, '/uitnodiging/');
  const accept = await t.app.inject({
    method: 'POST',
    url: `/api/invitations/${token}/accept`,
    headers: writeHeaders,
    payload: { password: 'een-lange-proefzin-voor-de-stem-2026' },
  });
  expect(accept.statusCode, accept.body).toBe(200);
  return cookieOf(accept);
}

beforeAll(async () => {
  t = await createTestApp();
  const setup = await setupInstallation(t.app);
  adminCookie = setup.cookie;
  networkId = setup.networkId;
  funderCookie = await userWithRole('funder', 'financier@stem.example');
  const db = t.database.db;
  const [org] = await db
    .insert(organisation)
    .values({ networkId, kind: 'employer', name: 'Bakkerij Stem' })
    .returning({ id: organisation.id });
  const [c1, c2, c3] = await db
    .insert(candidate)
    .values([1, 2, 3].map((i) => ({ networkId, code: `K-STEM-${i}` })))
    .returning({ id: candidate.id });
  // Two placements whose 3-month check-in date has passed within the period; the candidate answered one of them.
  const [p1, p2] = await db
    .insert(placement)
    .values(
      [c1!, c2!].map((c) => ({
        networkId,
        candidateId: c.id,
        organisationId: org!.id,
        startsOn: addDays(today, -120),
        hoursPerWeek: '24',
        contractKind: 'temporary',
      })),
    )
    .returning({ id: placement.id });
  await db.insert(candidateCheckIn).values({
    networkId,
    placementId: p1!.id,
    candidateId: c1!.id,
    months: 3,
    score: 4,
    help: 'yes',
    wantsContact: false,
    worrying: false,
  });
  expect(p2).toBeDefined();
  // An ervaringsdeskundige linked to candidate 3 (who consented to the klankbordgroep link) gives advice; one linked to
  // candidate 2, whose consent was withdrawn, gives advice too (not counted), and so does an employer's contact (not
  // counted).
  const [ervaring, werkgever, ingetrokken] = await db
    .insert(person)
    .values([
      { networkId, name: 'Sam Ervaring' },
      { networkId, name: 'Wim Werkgever', organisationId: org!.id },
      { networkId, name: 'Ina Ingetrokken' },
    ])
    .returning({ id: person.id });
  await db.insert(candidateConsent).values([
    { networkId, candidateId: c3!.id, recipient: 'sounding_board', givenOn: addDays(today, -200) },
    {
      networkId,
      candidateId: c2!.id,
      recipient: 'sounding_board',
      givenOn: addDays(today, -200),
      withdrawnAt: new Date(),
    },
  ]);
  await db.insert(candidateLivedExperience).values([
    { networkId, candidateId: c3!.id, personId: ervaring!.id },
    { networkId, candidateId: c2!.id, personId: ingetrokken!.id },
  ]);
  await db.insert(advice).values([
    { networkId, authorPersonId: ervaring!.id, text: 'Nodig kandidaten uit bij het gesprek.' },
    { networkId, authorPersonId: ingetrokken!.id, text: 'Vraag kandidaten wat zij nodig hebben.' },
    { networkId, authorPersonId: werkgever!.id, text: 'Graag een vaste dag.' },
  ]);
  // A matchmaking meeting ten days ago: the employer's contact and candidate 1 present, candidate 2 not.
  const startsAt = new Date(`${addDays(today, -10)}T12:00:00Z`);
  const [meeting] = await db
    .insert(activity)
    .values({
      networkId,
      workForm: 'matchmaking',
      title: 'Kennismaken met werkgevers',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3600_000),
      initiatorKind: 'coordinator',
      openToCandidates: true,
      status: 'held',
    })
    .returning({ id: activity.id });
  await db.insert(registration).values({ networkId, activityId: meeting!.id, personId: werkgever!.id, attended: true });
  await db.insert(candidateRegistration).values([
    { networkId, activityId: meeting!.id, candidateId: c1!.id, registeredBy: 'coordinator', attended: true },
    { networkId, activityId: meeting!.id, candidateId: c2!.id, registeredBy: 'self', attended: false },
  ]);
}, 120_000);
afterAll(async () => t?.close());

const query = `from=${period.from}&to=${period.to}`;

describe('Stem van kandidaten', () => {
  it('the coordinator sees the check-ins answered, the advice of ervaringsdeskundigen and the candidates present', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/networks/${networkId}/steering/dashboard?${query}`,
      headers: { cookie: adminCookie },
    });
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json();
    expect(d.candidateVoice).toEqual({
      checkInsAnswered: { numerator: 1, denominator: 2, value: 0.5 },
      livedExperienceAdvice: 1,
      candidatesTookPart: 1,
    });
    // Turnout counts candidates apart: the members' turnout is the employer's contact only.
    expect(d.turnout).toMatchObject({ activities: 1, registered: 1, attended: 1, candidatesAttended: 1 });
  });

  it('the turnout drill-down shows the candidates present apart', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/networks/${networkId}/steering/drill/turnout?${query}`,
      headers: { cookie: adminCookie },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items[0].values).toMatchObject({ registered: 1, attended: 1, candidatesAttended: 1 });
  });

  it('the funder sees the same figures suppressed under the threshold, and not the dashboard', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/networks/${networkId}/steering/mission?${query}`,
      headers: { cookie: funderCookie },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().candidateVoice).toEqual({
      checkInsAnswered: null,
      livedExperienceAdvice: '< 5',
      candidatesTookPart: '< 5',
    });
    const dashboard = await t.app.inject({
      method: 'GET',
      url: `/api/networks/${networkId}/steering/dashboard?${query}`,
      headers: { cookie: funderCookie },
    });
    expect(dashboard.statusCode).toBe(403);
  });

  it('advice stops counting once the candidate withdraws the klankbordgroep consent, while the link still exists', async () => {
    const candidateOf = await t.database.db
      .select({ candidateId: candidateLivedExperience.candidateId })
      .from(candidateLivedExperience)
      .innerJoin(
        person,
        and(eq(person.networkId, candidateLivedExperience.networkId), eq(person.id, candidateLivedExperience.personId)),
      )
      .where(eq(person.name, 'Sam Ervaring'));
    await t.database.db
      .update(candidateConsent)
      .set({ withdrawnAt: new Date() })
      .where(
        and(
          eq(candidateConsent.networkId, networkId),
          eq(candidateConsent.candidateId, candidateOf[0]!.candidateId),
          eq(candidateConsent.recipient, 'sounding_board'),
        ),
      );
    // The withdrawal is written straight into the table, past the app's read cache (emptied on an app write): a period
    // one day longer asks for a fresh dashboard.
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/networks/${networkId}/steering/dashboard?from=${addDays(period.from, -1)}&to=${period.to}`,
      headers: { cookie: adminCookie },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().candidateVoice.livedExperienceAdvice).toBe(0);
  });
});
