// Every measure against the hand-built network in fixture.test-data.ts; the arithmetic is written next to each expectation.
import { describe, expect, it } from 'vitest';
import { NOW, Q2, fixture } from './fixture.test-data.js';
import {
  activeMemberShare,
  ambitionVsRealised,
  candidateVoice,
  coordinatorDependency,
  employerLedShare,
  kerngroep,
  missionResults,
  needsDriven,
  summariseTurnout,
  trend,
  turnoutPerActivity,
} from './measures.js';
import { emptySteeringData } from './steering-data.js';
import { bucketsOf, calendarPeriod } from './time.js';

describe('active member share', () => {
  it('counts members with an attendance or contribution in the 90 days up to the day', () => {
    // Members on 1 July: A, B, C, E, F (D ended 1 March). Window 3 April – 1 July:
    // A hosted act1 and raised n3; B attended act1/act2; C raised n2 (2 May); E only attended act0 (10 January); F nothing.
    const r = activeMemberShare(fixture(), '2026-07-01');
    expect(r.numerator).toBe(3);
    expect(r.denominator).toBe(5);
    expect(r.value).toBe(0.6);
    expect(r.activeOrganisationIds.sort()).toEqual(['A', 'B', 'C']);
  });

  it('on 30 April: C had not joined yet, A and B of A, B, E, F were active', () => {
    expect(activeMemberShare(fixture(), '2026-04-30')).toMatchObject({ numerator: 2, denominator: 4, value: 0.5 });
  });

  it('a year earlier only A (placement pl7 on 10 May 2025) was active among A, B, D, E, F', () => {
    expect(activeMemberShare(fixture(), '2025-07-01')).toMatchObject({ numerator: 1, denominator: 5 });
  });

  it('has no value without members', () => {
    expect(activeMemberShare(emptySteeringData(), '2026-07-01').value).toBeNull();
  });

  it('advice given in the app (the klankbordgroep) makes the author’s organisation active: F joins A, B, C', () => {
    const data = fixture();
    data.persons.push({ id: 'pf', organisationId: 'F' });
    data.advice = [{ id: 'adv1', personId: 'pf', createdAt: '2026-06-01T09:00:00Z' }];
    const r = activeMemberShare(data, '2026-07-01');
    expect(r).toMatchObject({ numerator: 4, denominator: 5 });
    expect(r.activeOrganisationIds.sort()).toEqual(['A', 'B', 'C', 'F']);
    // Advice by someone without an organisation (the coordinator) counts for nobody.
    data.advice = [{ id: 'adv2', personId: 'pcoord', createdAt: '2026-06-01T09:00:00Z' }];
    expect(activeMemberShare(data, '2026-07-01')).toMatchObject({ numerator: 3, denominator: 5 });
  });

  it('what members do in the app already counts: organising (initiator) or hosting, raising and supporting needs', () => {
    const data = fixture();
    // F organises an activity as initiator (member_employer) on 15 June: active, and the activity is employer-led.
    data.activities.push({
      ...data.activities[0]!,
      id: 'actF',
      startsAt: '2026-06-15T12:00:00Z',
      status: 'planned',
      hostOrganisationId: null,
      initiatorKind: 'member_employer',
      initiatorOrganisationId: 'F',
    });
    expect(activeMemberShare(data, '2026-07-01').activeOrganisationIds).toContain('F');
    expect(employerLedShare(data, Q2).activityIds).toContain('actF');
    // E supports a need on 20 June: active.
    data.needSupports.push({ needId: 'n2', organisationId: 'E', createdAt: '2026-06-20T10:00:00Z' });
    expect(activeMemberShare(data, '2026-07-01').activeOrganisationIds).toContain('E');
  });
});

describe('turnout', () => {
  it('per activity: attendees with a place only, activities without recorded attendance left out', () => {
    const rows = turnoutPerActivity(fixture(), Q2, NOW);
    // act3 has only an attendee with attendance not recorded (the speaker does not count); act4 was cancelled.
    expect(rows.map((r) => r.activityId)).toEqual(['act1', 'act2']);
    // act1: pa, pb, pe registered (pc waitlisted); pa and pb present → orgs A, B; members on 10 April: A, B, E, F.
    expect(rows[0]).toMatchObject({ registered: 3, attended: 2, attendedMembers: 2, members: 4 });
    // act2: pb and pk2 (both B) present; the coordinator's organiser role and pe's cancellation do not count; 5 members.
    expect(rows[1]).toMatchObject({ registered: 2, attended: 2, attendedMembers: 1, members: 5 });
  });

  it('summed over the period: 4/5 of registrations and 3/9 of members', () => {
    const s = summariseTurnout(turnoutPerActivity(fixture(), Q2, NOW));
    expect(s.activities).toBe(2);
    expect(s.ofRegistered.value).toBe(0.8);
    expect(s.ofMembers).toMatchObject({ numerator: 3, denominator: 9 });
  });

  it('ignores activities after today', () => {
    const rows = turnoutPerActivity(fixture(), Q2, new Date('2026-05-01T10:00:00Z'));
    expect(rows.map((r) => r.activityId)).toEqual(['act1']);
  });
});

describe('employer-led and needs-driven share', () => {
  it('employer-led: act1 (member initiator and host) of act1, act2, act3 (act4 cancelled)', () => {
    const r = employerLedShare(fixture(), Q2);
    expect(r).toMatchObject({ numerator: 1, denominator: 3 });
    expect(r.activityIds).toEqual(['act1']);
  });

  it('counts an activity hosted by a member as employer-led even when the coordinator initiated it', () => {
    const data = fixture();
    data.activities.find((a) => a.id === 'act2')!.hostOrganisationId = 'B';
    expect(employerLedShare(data, Q2).numerator).toBe(2);
    // …but not when the host is not a member on that day (D ended in March).
    data.activities.find((a) => a.id === 'act3')!.hostOrganisationId = 'D';
    expect(employerLedShare(data, Q2).numerator).toBe(2);
  });

  it('needs-driven: act1 (n1) and act2 (n3) of 3; needs raised in Q2 n1, n2, n3 of which 2 led to an activity; 1 of 2 judged met', () => {
    const r = needsDriven(fixture(), Q2);
    expect(r.activitiesFromNeeds).toMatchObject({ numerator: 2, denominator: 3 });
    expect(r.needsToActivity).toMatchObject({ numerator: 2, denominator: 3 });
    expect(r.needsMet).toMatchObject({ numerator: 1, denominator: 2, value: 0.5 });
  });
});

describe('kerngroep breadth and renewal', () => {
  it('breadth now (A, B via pk2) and a year ago (A, B, E); terms started and ended; meeting attendance in Q2', () => {
    const k = kerngroep(fixture(), Q2, NOW);
    expect(k.breadth).toBe(2);
    expect(k.breadthYearAgo).toBe(3);
    expect(k.persons).toBe(2);
    expect(k.joinedLastYear).toBe(1); // pk2 on 1 April 2026
    expect(k.leftLastYear).toBe(2); // pb on 31 March 2026, pe on 31 December 2025
    expect(k.lastNewTermOn).toBe('2026-04-01');
    expect(k.firstTermOn).toBe('2025-01-01');
    // m1: 2 of 2 present, m2: 1 of 2 (m0 is in January)
    expect(k.meetings).toBe(2);
    expect(k.meetingAttendance).toMatchObject({ numerator: 3, denominator: 4, value: 0.75 });
  });
});

describe('coordinator dependency', () => {
  it("member-side tasks (t1 employer, t2 kerngroep; t3 is the coordinator's own, t4 cancelled) of which the coordinator holds t1", () => {
    const c = coordinatorDependency(fixture(), Q2, NOW);
    expect(c.memberTasksDoneByCoordinator).toMatchObject({ numerator: 1, denominator: 2, value: 0.5 });
    expect(c.taskIds).toEqual(['t1']);
    // act2 of act1, act2, act3
    expect(c.activitiesByCoordinator).toMatchObject({ numerator: 1, denominator: 3 });
  });

  it('has no task value before the design has tasks', () => {
    const data = fixture();
    data.tasks = [];
    expect(coordinatorDependency(data, Q2, NOW).memberTasksDoneByCoordinator.value).toBeNull();
  });
});

describe('mission results', () => {
  it('placements and banen started in Q2: pl1 25.5 h (1.00) + pl2 20 h (0.78) + pl3 not in the register (0)', () => {
    const m = missionResults(fixture(), Q2, NOW);
    expect(m.placements).toBe(3);
    expect(m.banen).toBe(1.78);
  });

  it('still employed at 6 months: marks in Q2 are pl4 (check-in says no), pl5 (ended after the mark), pl6 (ended before)', () => {
    const m = missionResults(fixture(), Q2, NOW);
    expect(m.stillEmployed6).toMatchObject({ numerator: 1, denominator: 3, placementIds: ['pl5'] });
  });

  it('still employed at 12 months: pl7 (mark 10 May 2026, check-in yes)', () => {
    expect(missionResults(fixture(), Q2, NOW).stillEmployed12).toMatchObject({ numerator: 1, denominator: 1 });
  });

  it('ambition vs realised per employer, with the year figures winning over the membership ambition', () => {
    const { rows, total } = ambitionVsRealised(fixture(), Q2);
    expect(rows.map((r) => r.name)).toEqual(['Alfa BV', 'Beta BV', 'Cora Zorg', 'Echo Logistiek', 'Foxtrot Bakkerij']);
    expect(rows[0]).toMatchObject({ ambitionJobs: 4, placements: 1, banen: 1, reportedRealised: 2 });
    expect(rows[1]).toMatchObject({ ambitionJobs: null, placements: 2, banen: 0.78, reportedRealised: null });
    expect(rows[2]).toMatchObject({ ambitionJobs: 1, placements: 0 });
    // 4 + 1 + 2; D ended before the period
    expect(total).toMatchObject({ ambitionJobs: 7, placements: 3, banen: 1.78, reportedRealised: 2 });
  });
});

describe('trends', () => {
  it('per month of Q2', () => {
    const t = trend(fixture(), Q2, NOW, 'month');
    expect(t.map((p) => p.key)).toEqual(['2026-04', '2026-05', '2026-06']);
    expect(t.map((p) => p.activeShare.value)).toEqual([0.5, 0.6, 0.6]);
    expect(t.map((p) => p.turnoutOfRegistered.value)).toEqual([2 / 3, 1, null]);
    expect(t.map((p) => p.turnoutOfMembers.value)).toEqual([0.5, 0.2, null]);
    expect(t.map((p) => p.employerLed.value)).toEqual([1, 0, 0]);
    expect(t.map((p) => p.needsDriven.value)).toEqual([1, 1, 0]);
    expect(t.map((p) => p.placements)).toEqual([1, 1, 1]);
    expect(t.map((p) => p.banen)).toEqual([1, 0.78, 0]);
  });

  it('per quarter, only quarters that have begun', () => {
    const t = trend(fixture(), calendarPeriod('year', 2026), NOW, 'quarter');
    expect(t.map((p) => p.key)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3']);
    expect(t[1]!.activeShare.value).toBe(0.6);
  });
});

describe('calendar helpers', () => {
  it('periods and buckets', () => {
    expect(calendarPeriod('quarter', 2026, 3)).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(calendarPeriod('half_year', 2026, 2)).toEqual({ from: '2026-07-01', to: '2026-12-31' });
    expect(bucketsOf({ from: '2026-02-15', to: '2026-04-02' }, 'month').map((b) => b.key)).toEqual([
      '2026-02',
      '2026-03',
      '2026-04',
    ]);
  });
});

describe("the candidates' voice (Stem van kandidaten)", () => {
  const place = (id: string, startsOn: string, endsOn: string | null = null) => ({
    id,
    organisationId: 'A',
    startsOn,
    endsOn,
    hoursPerWeek: 24,
    targetGroupRegister: 'yes',
  });
  const activity = (id: string, startsAt: string, status = 'held') => ({
    id,
    title: id,
    workForm: 'matchmaking',
    startsAt,
    status,
    hostOrganisationId: null,
    initiatorKind: 'coordinator',
    initiatorOrganisationId: null,
  });

  it('counts due check-ins answered by the candidate, advice by linked ervaringsdeskundigen and candidates present', () => {
    const data = emptySteeringData();
    data.placements = [
      // 3-month date 15 April (in Q2, passed): answered. 6-month date 15 July: after the period.
      place('p1', '2026-01-15'),
      // 3-month date 1 May (passed): not answered.
      place('p2', '2026-02-01'),
      // 3-month date 10 June, but the placement ended on 1 June: not due (and not answered).
      place('p3', '2026-03-10', '2026-06-01'),
      // 3-month date 28 June, answered: counts. 12-month date of an older placement, 20 June 2026: not answered.
      place('p4', '2026-03-28'),
      place('p5', '2025-06-20'),
    ];
    // 3-month date 5 July, answered early (the question opens a week before): counts when the period covers it.
    data.placements.push(place('p6', '2026-04-05'));
    data.candidateCheckIns = [
      { placementId: 'p1', months: 3 },
      { placementId: 'p4', months: 3 },
      { placementId: 'p6', months: 3 },
      // An answer outside the period (p5's 6-month check-in, 20 December 2025) does not count in Q2.
      { placementId: 'p5', months: 6 },
    ];
    data.persons = [
      { id: 'ervaring', organisationId: null },
      { id: 'werkgever', organisationId: 'A' },
    ];
    data.livedExperience = [
      { personId: 'ervaring', consents: [{ givenOn: '2026-01-05', validUntil: null, withdrawnAt: null }] },
    ];
    data.advice = [
      { id: 'a1', personId: 'ervaring', createdAt: '2026-05-02T10:00:00Z' },
      // 30 June 23:30 in Amsterdam is still in Q2 (21:30 UTC).
      { id: 'a2', personId: 'ervaring', createdAt: '2026-06-30T21:30:00Z' },
      // 1 July in Amsterdam (22:30 UTC on 30 June): outside Q2.
      { id: 'a3', personId: 'ervaring', createdAt: '2026-06-30T22:30:00Z' },
      // Advice by someone not linked as ervaringsdeskundige.
      { id: 'a4', personId: 'werkgever', createdAt: '2026-05-02T10:00:00Z' },
    ];
    data.activities = [
      activity('m1', '2026-05-10T15:00:00Z'),
      activity('m2', '2026-06-10T15:00:00Z'),
      activity('m3', '2026-06-12T15:00:00Z', 'cancelled'),
      activity('m4', '2026-03-10T15:00:00Z'),
    ];
    const reg = (
      id: string,
      activityId: string,
      candidateId: string,
      attended: boolean | null,
      status = 'registered',
    ) => ({
      id,
      activityId,
      candidateId,
      status,
      attended,
    });
    data.candidateRegistrations = [
      reg('r1', 'm1', 'c1', true),
      // The same candidate at a second meeting counts once.
      reg('r2', 'm2', 'c1', true),
      reg('r3', 'm2', 'c2', true),
      reg('r4', 'm2', 'c3', false),
      reg('r5', 'm2', 'c4', true, 'cancelled'),
      reg('r6', 'm3', 'c5', true),
      reg('r7', 'm4', 'c6', true),
    ];
    const v = candidateVoice(data, Q2, NOW);
    // Due in Q2: p1/3 (answered), p2/3, p4/3 (answered), p5/12 → 2 of 4. p3 ended before its date; p6's date is in July.
    expect(v.checkInsAnswered).toMatchObject({ numerator: 2, denominator: 4, value: 0.5 });
    expect(v.livedExperienceAdvice).toBe(2);
    expect(v.candidatesTookPart).toBe(2);
    // Over Q3 (up to 30 September, today 1 July): p6's early answer is counted; the other July dates have not passed.
    const q3 = candidateVoice(data, { from: '2026-07-01', to: '2026-09-30' }, NOW);
    expect(q3.checkInsAnswered).toMatchObject({ numerator: 1, denominator: 1 });
    expect(q3.livedExperienceAdvice).toBe(1);
    // The link counts only while the candidate's klankbordgroep consent is active today: withdrawn (also after the
    // advice), lapsed, or not yet given, and the advice no longer counts as an ervaringsdeskundige's.
    const withConsent = (consents: NonNullable<typeof data.livedExperience>[number]['consents']) =>
      candidateVoice({ ...data, livedExperience: [{ personId: 'ervaring', consents }] }, Q2, NOW).livedExperienceAdvice;
    expect(
      withConsent([{ givenOn: '2026-01-05', validUntil: null, withdrawnAt: new Date('2026-06-20T10:00:00Z') }]),
    ).toBe(0);
    expect(withConsent([{ givenOn: '2026-01-05', validUntil: '2026-06-15', withdrawnAt: null }])).toBe(0);
    expect(withConsent([{ givenOn: '2026-07-02', validUntil: null, withdrawnAt: null }])).toBe(0);
    expect(withConsent([])).toBe(0);
    // Given after the advice and still active: the advice counts.
    expect(withConsent([{ givenOn: '2026-06-01', validUntil: null, withdrawnAt: null }])).toBe(2);
  });

  it('has no share without due check-ins, and older data without these parts gives zeros', () => {
    expect(candidateVoice(emptySteeringData(), Q2, NOW)).toEqual({
      checkInsAnswered: { numerator: 0, denominator: 0, value: null },
      livedExperienceAdvice: 0,
      candidatesTookPart: 0,
    });
  });

  it("turnout counts candidates apart: present candidates never change the members' turnout", () => {
    const data = fixture();
    const before = summariseTurnout(turnoutPerActivity(data, Q2, NOW));
    const held = turnoutPerActivity(data, Q2, NOW)[0]!;
    data.candidateRegistrations = [
      { id: 'cr1', activityId: held.activityId, candidateId: 'c1', status: 'registered', attended: true },
      { id: 'cr2', activityId: held.activityId, candidateId: 'c2', status: 'registered', attended: false },
    ];
    const after = summariseTurnout(turnoutPerActivity(data, Q2, NOW));
    expect(after).toEqual({ ...before, candidatesAttended: 1 });
    expect(before.candidatesAttended).toBe(0);
  });
});
