// The engagement ladder: each step, drift alerts and the call list, against hand-built events and the fixture network.
import { describe, expect, it } from 'vitest';
import { NOW, Q2, fixture } from './fixture.test-data.js';
import { engagementLadder, ladderStepOn, whoToCall, type LadderRow } from './ladder.js';
import type { EngagementEvent } from './measures.js';
import { computeDashboard, missionAggregates } from './dashboard.js';
import { ownershipSignals, resolveThresholds, DEFAULT_THRESHOLDS, type SignalInput } from './signals.js';
import { suppressCount, suppressDerived, suppressShare } from './suppress.js';
import { ratio } from './measures.js';

const ev = (kind: EngagementEvent['kind'], day: string): EngagementEvent => ({
  organisationId: 'X',
  day,
  kind,
  recordId: day,
});

describe('ladder steps', () => {
  const day = '2026-07-01';
  it.each([
    [[], 'none'],
    [[ev('attended', '2026-06-01')], 'attends'],
    [[ev('attended', '2026-06-01'), ev('contributed', '2026-05-01')], 'contributes'],
    [[ev('hosted', '2026-02-01')], 'hosts_leads'],
    [[ev('placed', '2026-03-01'), ev('attended', '2026-03-02')], 'places'],
    [[ev('recruited', '2026-01-03')], 'ambassador'],
  ] as const)('%j → %s', (events, step) => {
    expect(ladderStepOn(events, [], day)).toBe(step);
  });

  it('uses only the 180 days up to the day: 2 January is outside, 3 January inside', () => {
    expect(ladderStepOn([ev('placed', '2026-01-02')], [], day)).toBe('none');
    expect(ladderStepOn([ev('placed', '2026-01-03')], [], day)).toBe('places');
  });

  it('a kerngroep or kartrekker term overlapping the window puts a member on "hosts or leads"', () => {
    expect(ladderStepOn([], [{ startsOn: '2024-01-01', endsOn: '2026-01-03' }], day)).toBe('hosts_leads');
    expect(ladderStepOn([], [{ startsOn: '2024-01-01', endsOn: '2026-01-02' }], day)).toBe('none');
    expect(ladderStepOn([ev('recruited', '2026-06-01')], [{ startsOn: '2024-01-01', endsOn: null }], day)).toBe(
      'ambassador',
    );
  });
});

describe('engagement ladder of the fixture network', () => {
  const rows = engagementLadder(fixture(), NOW);
  const byId = new Map(rows.map((r) => [r.organisationId, r]));

  it('lists current members only, highest step first', () => {
    expect(rows.map((r) => r.organisationId)).toEqual(['A', 'B', 'C', 'E', 'F']);
  });

  it('A recruited C (ambassador), was placing before', () => {
    expect(byId.get('A')).toMatchObject({
      step: 'ambassador',
      previousStep: 'places',
      alerts: [],
      daysSinceActivity: 30,
    });
  });

  it('B places now and did before', () => {
    expect(byId.get('B')).toMatchObject({ step: 'places', previousStep: 'places', alerts: [] });
  });

  it('C leads a theme group; too new to be quiet', () => {
    expect(byId.get('C')).toMatchObject({ step: 'hosts_leads', previousStep: 'none', alerts: [] });
  });

  it('E slid from placing to attending (3 steps) and has been quiet for 172 days', () => {
    expect(byId.get('E')).toMatchObject({
      step: 'attends',
      previousStep: 'places',
      lastActivityOn: '2026-01-10',
      daysSinceActivity: 172,
      alerts: ['slid', 'quiet'],
    });
  });

  it('F never did anything', () => {
    expect(byId.get('F')).toMatchObject({
      step: 'none',
      previousStep: 'none',
      daysSinceActivity: null,
      alerts: ['quiet'],
    });
  });

  it('who to call: those who slid first, then quiet ones', () => {
    expect(whoToCall(rows).map((r) => r.organisationId)).toEqual(['E', 'F']);
  });

  it('two steps down is an alert, one step is not', () => {
    const data = fixture();
    // A talk in June: contributes (2) now against places (4) before — two steps, still slid, no longer quiet.
    data.registrations.push({
      id: 'rx',
      activityId: 'act3',
      personId: 'pe',
      status: 'registered',
      role: 'speaker',
      attended: true,
      needMet: null,
    });
    expect(engagementLadder(data, NOW).find((r) => r.organisationId === 'E')).toMatchObject({
      step: 'contributes',
      alerts: ['slid'],
    });
    // And hosting in June: hosts_leads(3) vs places(4) is one step: no alert, and not quiet any more.
    data.activities.find((a) => a.id === 'act3')!.hostOrganisationId = 'E';
    expect(engagementLadder(data, NOW).find((r) => r.organisationId === 'E')).toMatchObject({
      step: 'hosts_leads',
      alerts: [],
    });
  });
});

describe('who to call ordering', () => {
  const row = (
    name: string,
    step: LadderRow['step'],
    previousStep: LadderRow['previousStep'],
    days: number | null,
    alerts: LadderRow['alerts'],
  ): LadderRow => ({
    organisationId: name,
    name,
    step,
    previousStep,
    lastActivityOn: null,
    daysSinceActivity: days,
    alerts,
  });
  it('bigger drops first, then higher previous step, then the most recent silence; at most five', () => {
    const rows = [
      row('q-long', 'none', 'none', 400, ['quiet']),
      row('q-recent', 'none', 'none', 130, ['quiet']),
      row('q-was-attending', 'none', 'attends', 200, ['quiet']),
      row('slid-2', 'attends', 'hosts_leads', 10, ['slid']),
      row('slid-4', 'none', 'places', 200, ['slid', 'quiet']),
      row('fine', 'places', 'places', 3, []),
      row('q-never', 'none', 'none', null, ['quiet']),
    ];
    expect(whoToCall(rows).map((r) => r.name)).toEqual(['slid-4', 'slid-2', 'q-was-attending', 'q-recent', 'q-long']);
  });
});

describe('ownership signals', () => {
  const base = (): SignalInput => ({
    phase: 'volwassen',
    today: '2026-07-01',
    coordinator: { memberTasksDoneByCoordinator: ratio(0, 4), taskIds: [], activitiesByCoordinator: ratio(2, 10) },
    kerngroep: {
      breadth: 4,
      breadthYearAgo: 4,
      persons: 4,
      joinedLastYear: 1,
      leftLastYear: 1,
      lastNewTermOn: '2026-01-01',
      firstTermOn: '2023-01-01',
      meetingAttendance: ratio(8, 10),
      meetings: 5,
    },
    employerLed: ratio(6, 10),
    needsDriven: ratio(5, 10),
    membersNow: 50,
    membersYearAgo: 48,
    activeShareNow: ratio(30, 50),
    activeShareYearAgo: ratio(29, 48),
  });
  const codes = (i: SignalInput) => ownershipSignals(i).map((s) => s.code);

  it('a healthy network gives no signal', () => {
    expect(codes(base())).toEqual([]);
  });
  it('coordinator doing member tasks after start-up, by tasks or by initiating half the activities — not during start-up', () => {
    const i = base();
    i.coordinator.memberTasksDoneByCoordinator = ratio(1, 4);
    expect(codes(i)).toEqual(['coordinator_doing_member_tasks']);
    const j = base();
    j.coordinator.activitiesByCoordinator = ratio(5, 10);
    expect(codes(j)).toEqual(['coordinator_doing_member_tasks']);
    i.phase = 'opstart';
    expect(codes(i)).toEqual([]);
  });
  it('kerngroep shrinking and not renewing for two years', () => {
    const i = base();
    i.kerngroep.breadth = 3;
    i.kerngroep.lastNewTermOn = '2024-07-01';
    expect(codes(i)).toEqual(['kerngroep_shrinking', 'kerngroep_not_renewing']);
    i.kerngroep.lastNewTermOn = '2024-07-02';
    expect(codes(i)).toEqual(['kerngroep_shrinking']);
  });
  it('low employer-led (below 40%) and needs-driven (below 30%) shares, only with at least 5 activities', () => {
    const i = base();
    i.employerLed = ratio(3, 10);
    i.needsDriven = ratio(2, 10);
    expect(codes(i)).toEqual(['low_employer_led', 'low_needs_driven']);
    i.employerLed = ratio(0, 4);
    i.needsDriven = ratio(0, 4);
    expect(codes(i)).toEqual([]);
  });
  it('growth of 15% or more while the active share drops 5 points or more', () => {
    const i = base();
    i.membersNow = 60;
    i.membersYearAgo = 50;
    i.activeShareNow = ratio(30, 60); // 50%
    i.activeShareYearAgo = ratio(28, 50); // 56%
    expect(ownershipSignals(i)).toEqual([
      { code: 'growth_outpacing_turnout', values: { growth: 20, activeNow: 50, activeYearAgo: 56 } },
    ]);
    i.activeShareYearAgo = ratio(27, 50); // 54%: a 4-point drop
    expect(codes(i)).toEqual([]);
  });
  it('thresholds can be tuned', () => {
    const i = base();
    expect(ownershipSignals(i, { ...DEFAULT_THRESHOLDS, employerLedBelow: 0.7 }).map((s) => s.code)).toEqual([
      'low_employer_led',
    ]);
  });
  it("a network's stored thresholds replace the defaults; missing or non-numeric values keep the default", () => {
    const t = resolveThresholds({ employerLedBelow: 0.65, needsDrivenBelow: 'veel', afterStartUpPhases: ['opstart'] });
    expect(t).toEqual({ ...DEFAULT_THRESHOLDS, employerLedBelow: 0.65 });
    expect(resolveThresholds(null)).toEqual(DEFAULT_THRESHOLDS);
    // 6 of 10 employer-led: 60% is below a 65% threshold, not below the default 40%.
    expect(codes(base())).toEqual([]);
    expect(ownershipSignals(base(), t).map((s) => s.code)).toEqual(['low_employer_led']);
    // Kerngroep renewal after 180 days: the last new term (2026-01-01) is 181 days before 2026-07-01.
    const renewal = resolveThresholds({ kerngroepRenewalDays: 180 });
    expect(ownershipSignals(base(), renewal).map((s) => s.code)).toEqual(['kerngroep_not_renewing']);
    expect(ownershipSignals(base(), { ...renewal, kerngroepRenewalDays: 181 }).map((s) => s.code)).toEqual([
      'kerngroep_not_renewing',
    ]);
    expect(ownershipSignals(base(), { ...renewal, kerngroepRenewalDays: 182 }).map((s) => s.code)).toEqual([]);
    // Computed through the dashboard: the fixture's signals disappear when the thresholds are out of reach.
    const lenient = resolveThresholds({ coordinatorTaskShare: 1.01, coordinatorActivityShare: 1.01 });
    expect(computeDashboard(fixture(), Q2, NOW, lenient).signals.map((s) => s.code)).toEqual(['kerngroep_shrinking']);
  });
});

describe('dashboard and funder aggregates', () => {
  it('composes the fixture: signals for the coordinator and the shrinking kerngroep', () => {
    const d = computeDashboard(fixture(), Q2, NOW);
    expect(d.members).toBe(5);
    expect(d.activeMembers).toMatchObject({ numerator: 3, denominator: 5 });
    expect(d.signals.map((s) => s.code)).toEqual(['coordinator_doing_member_tasks', 'kerngroep_shrinking']);
    expect(d.whoToCall.map((r) => r.name)).toEqual(['Echo Logistiek', 'Foxtrot Bakkerij']);
  });

  it('suppresses small counts and carries no names', () => {
    const agg = missionAggregates(computeDashboard(fixture(), Q2, NOW));
    expect(agg.members).toBe(5);
    expect(agg.activeMembers).toBe('< 5');
    // 0.6 × 5 members would give the hidden 3 back (decision 013): withheld.
    expect(agg.activeMemberShare).toBeNull();
    expect(agg.placements).toBe('< 5');
    expect(agg.banen).toBe('< 5');
    expect(agg.stillEmployed6).toBeNull();
    expect(JSON.stringify(agg)).not.toMatch(/Alfa|Beta|Cora|Echo|Foxtrot|Delta/);
  });
});

describe('suppression', () => {
  it('counts below 5 become "< 5"', () => {
    expect([0, 1, 4, 5, 12].map((n) => suppressCount(n))).toEqual(['< 5', '< 5', '< 5', 5, 12]);
  });
  it('shares whose numerator, complement or denominator is below 5, and derived figures on fewer than 5 records, are hidden', () => {
    expect(suppressShare(ratio(2, 4))).toBeNull();
    expect(suppressShare(ratio(2, 5))).toBeNull();
    expect(suppressShare(ratio(5, 9))).toBeNull();
    expect(suppressShare(ratio(5, 10))).toBe(0.5);
    expect(suppressDerived(3.14, 4)).toBe('< 5');
    expect(suppressDerived(3.14, 5)).toBe(3.14);
  });
});
