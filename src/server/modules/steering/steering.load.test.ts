// The steering loader reads the demo network in two statements (a JSON bundle of the small tables and the registrations from
// a covering index). It must give the same data as the straightforward one-query-per-table loader it replaced — kept below as
// the reference — and the same dashboard, for several periods; only registrations no measure counts are left out.
import { and, eq, gte, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeDashboard } from '../../../core/steering/dashboard.js';
import { engagementLadder } from '../../../core/steering/ladder.js';
import {
  activeMemberShare,
  activitiesInPeriod,
  asRatio,
  banenOf,
  employerLedShare,
  needsDriven,
  placementsInPeriod,
  summariseTurnout,
  todayOf,
  turnoutPerActivity,
} from '../../../core/steering/measures.js';
import type { SteeringData } from '../../../core/steering/steering-data.js';
import type { DbOrTx } from '../../platform/db/database.js';
import {
  activity,
  advice,
  body,
  candidate,
  candidateCheckIn,
  candidateConsent,
  candidateLivedExperience,
  candidateRegistration,
  meeting,
  meetingAttendance,
  membership,
  membershipYear,
  missionTarget,
  need,
  needSupporter,
  network,
  organisation,
  person,
  placement,
  placementCheckIn,
  registration,
  roleAssignment,
  steeringSettings,
  task,
} from '../../platform/db/schema.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.js';
import { loadDemoNetwork } from '../demo/demo.service.js';
import { findSteeringSettings, listTargets, loadSteeringInputs } from './steering.repository.js';

const iso = (d: Date) => d.toISOString();

/** The loader as it was before (one Drizzle query per table, every registration), kept here as the reference. */
async function referenceLoad(db: DbOrTx, networkId: string, horizon: string): Promise<SteeringData | null> {
  const horizonTs = new Date(`${horizon}T00:00:00Z`);
  const [
    nets,
    members,
    persons,
    activities,
    registrations,
    needs,
    supports,
    placements,
    checkIns,
    terms,
    meetings,
    attendance,
    tasks,
    years,
  ] = await Promise.all([
    db.select({ phase: network.phase }).from(network).where(eq(network.id, networkId)),
    db
      .select({
        organisationId: membership.organisationId,
        name: organisation.name,
        status: membership.status,
        joinedOn: membership.joinedOn,
        endedOn: membership.endedOn,
        ambitionJobsPerYear: membership.ambitionJobsPerYear,
        referredByOrganisationId: membership.referredByOrganisationId,
      })
      .from(membership)
      .innerJoin(
        organisation,
        and(eq(organisation.networkId, membership.networkId), eq(organisation.id, membership.organisationId)),
      )
      .where(eq(membership.networkId, networkId)),
    db
      .select({ id: person.id, organisationId: person.organisationId })
      .from(person)
      .where(eq(person.networkId, networkId)),
    db
      .select({
        id: activity.id,
        title: activity.title,
        workForm: activity.workForm,
        startsAt: activity.startsAt,
        status: activity.status,
        hostOrganisationId: activity.hostOrganisationId,
        initiatorKind: activity.initiatorKind,
        initiatorOrganisationId: activity.initiatorOrganisationId,
      })
      .from(activity)
      .where(and(eq(activity.networkId, networkId), gte(activity.startsAt, horizonTs))),
    db
      .select({
        id: registration.id,
        activityId: registration.activityId,
        personId: registration.personId,
        status: registration.status,
        role: registration.role,
        attended: registration.attended,
        needMet: registration.needMet,
      })
      .from(registration)
      .innerJoin(
        activity,
        and(eq(activity.networkId, registration.networkId), eq(activity.id, registration.activityId)),
      )
      .where(and(eq(registration.networkId, networkId), gte(activity.startsAt, horizonTs))),
    db
      .select({
        id: need.id,
        title: need.title,
        organisationId: need.organisationId,
        createdAt: need.createdAt,
        status: need.status,
        activityId: need.activityId,
      })
      .from(need)
      .where(eq(need.networkId, networkId)),
    db
      .select({
        needId: needSupporter.needId,
        organisationId: needSupporter.organisationId,
        createdAt: needSupporter.createdAt,
      })
      .from(needSupporter)
      .where(eq(needSupporter.networkId, networkId)),
    db
      .select({
        id: placement.id,
        organisationId: placement.organisationId,
        startsOn: placement.startsOn,
        endsOn: placement.endsOn,
        hoursPerWeek: placement.hoursPerWeek,
        targetGroupRegister: candidate.targetGroupRegister,
      })
      .from(placement)
      .innerJoin(candidate, and(eq(candidate.networkId, placement.networkId), eq(candidate.id, placement.candidateId)))
      .where(eq(placement.networkId, networkId)),
    db
      .select({
        placementId: placementCheckIn.placementId,
        months: placementCheckIn.months,
        stillEmployed: placementCheckIn.stillEmployed,
      })
      .from(placementCheckIn)
      .where(eq(placementCheckIn.networkId, networkId)),
    db
      .select({
        personId: roleAssignment.personId,
        role: roleAssignment.role,
        startsOn: roleAssignment.startsOn,
        endsOn: roleAssignment.endsOn,
      })
      .from(roleAssignment)
      .where(
        and(
          eq(roleAssignment.networkId, networkId),
          inArray(roleAssignment.role, ['core_group', 'coordinator', 'theme_lead']),
        ),
      ),
    db
      .select({ id: meeting.id, startsAt: meeting.startsAt })
      .from(meeting)
      .innerJoin(body, and(eq(body.networkId, meeting.networkId), eq(body.id, meeting.bodyId)))
      .where(and(eq(meeting.networkId, networkId), eq(body.kind, 'core_group'))),
    db
      .select({
        meetingId: meetingAttendance.meetingId,
        personId: meetingAttendance.personId,
        present: meetingAttendance.present,
      })
      .from(meetingAttendance)
      .innerJoin(
        meeting,
        and(eq(meeting.networkId, meetingAttendance.networkId), eq(meeting.id, meetingAttendance.meetingId)),
      )
      .innerJoin(body, and(eq(body.networkId, meeting.networkId), eq(body.id, meeting.bodyId)))
      .where(and(eq(meetingAttendance.networkId, networkId), eq(body.kind, 'core_group'))),
    db
      .select({
        id: task.id,
        code: task.code,
        title: task.title,
        responsibleRole: task.responsibleRole,
        assigneePersonId: task.assigneePersonId,
        status: task.status,
      })
      .from(task)
      .where(eq(task.networkId, networkId)),
    db
      .select({
        organisationId: membership.organisationId,
        year: membershipYear.year,
        ambitionJobs: membershipYear.ambitionJobs,
        realisedJobs: membershipYear.realisedJobs,
      })
      .from(membershipYear)
      .innerJoin(
        membership,
        and(eq(membership.networkId, membershipYear.networkId), eq(membership.id, membershipYear.membershipId)),
      )
      .where(eq(membershipYear.networkId, networkId)),
  ]);
  const net = nets[0];
  if (!net) return null;
  const attendanceByMeeting = new Map<string, { personId: string; present: boolean }[]>();
  for (const a of attendance) {
    const list = attendanceByMeeting.get(a.meetingId) ?? [];
    list.push({ personId: a.personId, present: a.present });
    attendanceByMeeting.set(a.meetingId, list);
  }
  // The parts added for the candidates' voice (issue 19) and advice, read one table at a time.
  const adviceRows = await db
    .select({ id: advice.id, personId: advice.authorPersonId, createdAt: advice.createdAt })
    .from(advice)
    .where(eq(advice.networkId, networkId));
  const candidateCheckIns = await db
    .select({ placementId: candidateCheckIn.placementId, months: candidateCheckIn.months })
    .from(candidateCheckIn)
    .where(eq(candidateCheckIn.networkId, networkId));
  const links = await db
    .select({ personId: candidateLivedExperience.personId, candidateId: candidateLivedExperience.candidateId })
    .from(candidateLivedExperience)
    .where(eq(candidateLivedExperience.networkId, networkId));
  const consents = await db
    .select({
      candidateId: candidateConsent.candidateId,
      givenOn: candidateConsent.givenOn,
      validUntil: candidateConsent.validUntil,
      withdrawnAt: candidateConsent.withdrawnAt,
    })
    .from(candidateConsent)
    .where(and(eq(candidateConsent.networkId, networkId), eq(candidateConsent.recipient, 'sounding_board')));
  const candidateRegistrations = await db
    .select({
      id: candidateRegistration.id,
      activityId: candidateRegistration.activityId,
      candidateId: candidateRegistration.candidateId,
      status: candidateRegistration.status,
      attended: candidateRegistration.attended,
      startsAt: activity.startsAt,
    })
    .from(candidateRegistration)
    .innerJoin(
      activity,
      and(eq(activity.networkId, candidateRegistration.networkId), eq(activity.id, candidateRegistration.activityId)),
    )
    .where(eq(candidateRegistration.networkId, networkId));
  return {
    phase: net.phase,
    advice: adviceRows.map((a) => ({ ...a, createdAt: iso(a.createdAt) })),
    candidateCheckIns,
    livedExperience: links.map((l) => ({
      personId: l.personId,
      consents: consents
        .filter((c) => c.candidateId === l.candidateId)
        .map(({ givenOn, validUntil, withdrawnAt }) => ({ givenOn, validUntil, withdrawnAt })),
    })),
    // Every registration of the period in the reference; the loader keeps only those marked present (see below).
    candidateRegistrations: candidateRegistrations
      .filter((r) => r.startsAt >= horizonTs)
      .map(({ startsAt: _startsAt, ...r }) => r),
    members,
    persons,
    activities: activities.map((a) => ({ ...a, startsAt: iso(a.startsAt) })),
    registrations,
    needs: needs.map((n) => ({ ...n, createdAt: iso(n.createdAt) })),
    needSupports: supports.map((s) => ({ ...s, createdAt: iso(s.createdAt) })),
    placements: placements.map((p) => ({ ...p, hoursPerWeek: Number(p.hoursPerWeek) })),
    checkIns,
    roleTerms: terms,
    kerngroepMeetings: meetings.map((m) => ({
      id: m.id,
      startsAt: iso(m.startsAt),
      attendance: attendanceByMeeting.get(m.id) ?? [],
    })),
    tasks,
    membershipYears: years,
  };
}

let database: TestDatabase;
let networkId: string;
const NOW = new Date('2026-06-15T10:00:00Z');
const HORIZON = '2024-08-01';

beforeAll(async () => {
  database = await createTestDatabase();
  networkId = (await loadDemoNetwork({ db: database.db, seed: 11, now: NOW })).networkId;
  await database.db.insert(missionTarget).values([
    { networkId, year: 2026, placements: 12, banen: '9.50', activeMembers: 20 },
    { networkId, year: 2025, placements: 8, banen: null, activeMembers: null },
  ]);
  await database.db.insert(steeringSettings).values({ networkId, thresholds: { kerngroepRenewalDays: 400 } });
}, 120_000);
afterAll(async () => database?.close());

const byJson = <T>(rows: readonly T[]) => [...rows].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
/** Only these registrations count in any measure; the new loader leaves the others out. */
const counts = (r: SteeringData['registrations'][number]) =>
  r.status === 'registered' && (r.role === 'attendee' || r.role === 'speaker' || r.attended === true);

describe('steering loader', () => {
  it('gives the same data as one query per table, and the same targets and settings', async () => {
    const reference = (await referenceLoad(database.db, networkId, HORIZON))!;
    const inputs = (await loadSteeringInputs(database.db, networkId, HORIZON))!;
    const data = inputs.data;
    // The demo fills what the comparison needs to mean something.
    for (const key of [
      'members',
      'persons',
      'activities',
      'registrations',
      'needs',
      'placements',
      'roleTerms',
    ] as const)
      expect(reference[key].length, key).toBeGreaterThan(0);
    expect(reference.registrations.some((r) => !counts(r))).toBe(true);
    expect(data.phase).toBe(reference.phase);
    for (const key of Object.keys(reference) as (keyof SteeringData)[]) {
      if (key === 'phase' || key === 'registrations') continue;
      if (key === 'candidateRegistrations') {
        const present = reference.candidateRegistrations!.filter((r) => r.status === 'registered' && r.attended);
        expect(byJson(data[key]!), key).toEqual(byJson(present));
        continue;
      }
      expect(byJson(data[key] as unknown[]), key).toEqual(byJson(reference[key] as unknown[]));
    }
    expect(byJson(data.registrations)).toEqual(
      byJson(reference.registrations.filter(counts).map(({ needMet: _needMet, ...r }) => r)),
    );
    // The demo has the candidates' voice too, and the loader keeps only candidates marked present.
    for (const key of ['advice', 'candidateCheckIns', 'livedExperience', 'candidateRegistrations'] as const)
      expect(reference[key]!.length, key).toBeGreaterThan(0);
    expect(inputs.targets).toEqual(await listTargets(database.db, networkId));
    expect(inputs.targets).toHaveLength(2);
    expect(inputs.settings).toEqual(await findSteeringSettings(database.db, networkId));
    expect(inputs.settings?.thresholds).toEqual({ kerngroepRenewalDays: 400 });
    expect(await loadSteeringInputs(database.db, '00000000-0000-4000-8000-000000000000', HORIZON)).toBeNull();
  });

  it('gives the same dashboard as the reference data, for several periods', async () => {
    const reference = (await referenceLoad(database.db, networkId, HORIZON))!;
    const { data } = (await loadSteeringInputs(database.db, networkId, HORIZON))!;
    for (const period of [
      { from: '2026-01-01', to: '2026-12-31' },
      { from: '2025-04-01', to: '2025-06-30' },
      { from: '2025-11-15', to: '2026-02-10' },
    ]) {
      const expected = computeDashboard(reference, period, NOW);
      expect(expected.turnout.registered, JSON.stringify(period)).toBeGreaterThan(0);
      expect(computeDashboard(data, period, NOW)).toEqual(expected);
    }
  });

  it('computes turnout, trends and the ladder once as the measures do one by one', async () => {
    const { data } = (await loadSteeringInputs(database.db, networkId, HORIZON))!;
    for (const period of [
      { from: '2026-01-01', to: '2026-12-31' },
      { from: '2025-02-15', to: '2025-08-20' },
      { from: '2025-11-10', to: '2026-01-31' },
    ]) {
      const d = computeDashboard(data, period, NOW);
      // The straightforward way: each period and each bucket asks turnoutPerActivity itself; the ladder finds its own events.
      expect(d.turnout).toEqual(summariseTurnout(turnoutPerActivity(data, period, NOW)));
      expect(d.turnout.activities, JSON.stringify(period)).toBeGreaterThan(0);
      for (const point of [...d.trends.month, ...d.trends.quarter]) {
        const own = summariseTurnout(turnoutPerActivity(data, { from: point.from, to: point.to }, NOW));
        expect([point.registrations, point.turnoutOfRegistered, point.turnoutOfMembers], point.key).toEqual([
          own.registered,
          own.ofRegistered,
          own.ofMembers,
        ]);
      }
      expect(d.ladder).toEqual(engagementLadder(data, NOW));
    }
  });

  it('puts every activity and placement in its own trend bucket as the measures do bucket by bucket', async () => {
    const { data } = (await loadSteeringInputs(database.db, networkId, HORIZON))!;
    const today = todayOf(NOW);
    for (const period of [
      { from: '2026-01-01', to: '2026-12-31' },
      { from: '2025-02-15', to: '2025-08-20' },
      { from: '2025-11-10', to: '2026-01-31' },
    ]) {
      const d = computeDashboard(data, period, NOW);
      expect(
        d.trends.month.reduce((n, p) => n + p.activities, 0),
        JSON.stringify(period),
      ).toBeGreaterThan(0);
      for (const point of [...d.trends.month, ...d.trends.quarter]) {
        // The straightforward way: each bucket asks every measure itself.
        const p = { from: point.from, to: point.to };
        const placed = placementsInPeriod(data, p);
        expect(point, point.key).toMatchObject({
          activeShare: asRatio(activeMemberShare(data, point.to < today ? point.to : today)),
          employerLed: asRatio(employerLedShare(data, p)),
          needsDriven: needsDriven(data, p).activitiesFromNeeds,
          activities: activitiesInPeriod(data, p).length,
          placements: placed.length,
          banen: banenOf(placed),
        });
      }
    }
  });
});
