// Composes all measures for one period into the dashboard the kerngroep and coordinator read, and reduces that to the
// mission-level, name-free aggregates a funder or an umbrella may see (with small counts suppressed).
import { engagementLadder, whoToCall, type LadderRow } from './ladder.js';
import {
  activeMemberShare,
  ambitionVsRealised,
  asRatio,
  candidateVoice,
  coordinatorDependency,
  employerLedShare,
  eventsByOrganisation,
  engagementEvents,
  kerngroep,
  membersOn,
  missionResults,
  needsDriven,
  summariseTurnout,
  todayOf,
  trend,
  turnoutPerActivity,
  type AmbitionRow,
  type CandidateVoice,
  type CoordinatorDependency,
  type KerngroepMeasure,
  type MissionResults,
  type NeedsDriven,
  type Ratio,
  type TrendPoint,
  type TurnoutSummary,
} from './measures.js';
import { ownershipSignals, type Signal, type SignalThresholds } from './signals.js';
import type { Period, SteeringData } from './steering-data.js';
import {
  followPattern,
  suppressCount,
  suppressDerived,
  suppressShare,
  suppressTable,
  type SUPPRESSED,
  type SuppressedCount,
  type TableCell,
  type WITHHELD,
} from './suppress.js';
import { addDaysTo, bucketsOf, inPeriod } from './time.js';

export interface MissionTargets {
  placements: number | null;
  banen: number | null;
  activeMembers: number | null;
}

export interface Dashboard {
  period: Period;
  today: string;
  members: number;
  activeMembers: Ratio;
  turnout: TurnoutSummary;
  employerLed: Ratio;
  needsDriven: Omit<NeedsDriven, 'activityIds'>;
  kerngroep: KerngroepMeasure;
  coordinator: Omit<CoordinatorDependency, 'taskIds'>;
  mission: {
    placements: number;
    banen: number;
    stillEmployed6: Ratio;
    stillEmployed12: Ratio;
  };
  ambition: { rows: AmbitionRow[]; total: AmbitionRow };
  /** "Stem van kandidaten" (issue 19). */
  candidateVoice: CandidateVoice;
  trends: { month: TrendPoint[]; quarter: TrendPoint[] };
  ladder: LadderRow[];
  whoToCall: LadderRow[];
  signals: Signal[];
}

export function computeDashboard(
  data: SteeringData,
  period: Period,
  now: Date,
  thresholds?: SignalThresholds,
): Dashboard {
  const today = todayOf(now);
  const asOf = period.to < today ? period.to : today;
  const byOrg = eventsByOrganisation(engagementEvents(data));
  const active = activeMemberShare(data, asOf, byOrg);
  const yearAgo = addDaysTo(asOf, -365);
  const activeYearAgo = activeMemberShare(data, yearAgo, byOrg);
  const employerLed = asRatio(employerLedShare(data, period));
  const needs = needsDriven(data, period);
  const k = kerngroep(data, period, now);
  const coord = coordinatorDependency(data, period, now);
  const mission: MissionResults = missionResults(data, period, now);
  // The turnout of every activity once, over a span covering the period and all its month and quarter buckets; the period
  // and each bucket take their own rows from it.
  const quarters = bucketsOf(period, 'quarter');
  const span = {
    from: quarters[0] && quarters[0].from < period.from ? quarters[0].from : period.from,
    to: quarters.at(-1) && quarters.at(-1)!.to > period.to ? quarters.at(-1)!.to : period.to,
  };
  const turnoutRows = turnoutPerActivity(data, span, now);
  const ladder = engagementLadder(data, now, byOrg);
  const signals = ownershipSignals(
    {
      phase: data.phase,
      today,
      coordinator: coord,
      kerngroep: k,
      employerLed,
      needsDriven: needs.activitiesFromNeeds,
      membersNow: membersOn(data, asOf).length,
      membersYearAgo: membersOn(data, yearAgo).length,
      activeShareNow: active,
      activeShareYearAgo: activeYearAgo,
    },
    thresholds,
  );
  return {
    period,
    today,
    members: active.denominator,
    activeMembers: asRatio(active),
    turnout: summariseTurnout(turnoutRows.filter((r) => inPeriod(r.day, period))),
    employerLed,
    needsDriven: {
      activitiesFromNeeds: needs.activitiesFromNeeds,
      needsToActivity: needs.needsToActivity,
      needsMet: needs.needsMet,
    },
    kerngroep: k,
    coordinator: {
      memberTasksDoneByCoordinator: coord.memberTasksDoneByCoordinator,
      activitiesByCoordinator: coord.activitiesByCoordinator,
    },
    mission: {
      placements: mission.placements,
      banen: mission.banen,
      stillEmployed6: asRatio(mission.stillEmployed6),
      stillEmployed12: asRatio(mission.stillEmployed12),
    },
    ambition: ambitionVsRealised(data, period),
    candidateVoice: candidateVoice(data, period, now),
    trends: {
      month: trend(data, period, now, 'month', byOrg, turnoutRows),
      quarter: trend(data, period, now, 'quarter', byOrg, turnoutRows),
    },
    ladder,
    whoToCall: whoToCall(ladder),
    signals,
  };
}

/**
 * What a funder, a partner or the umbrella may see: mission-level aggregates, never a name, no per-employer rows, with the
 * suppression of decision 013 — counts below 5 as "< 5", shares withheld when their numerator, complement or denominator is
 * below 5, and the quarters complementarily suppressed against the period's total so that no hidden quarter follows from the
 * others (banen per quarter follow the same pattern).
 */
export interface MissionAggregates {
  period: Period;
  members: SuppressedCount;
  activeMembers: SuppressedCount;
  activeMemberShare: number | null;
  placements: TableCell;
  banen: number | typeof SUPPRESSED | typeof WITHHELD;
  stillEmployed6: number | null;
  stillEmployed12: number | null;
  ambitionJobs: number | '< 5' | null;
  activities: SuppressedCount;
  turnoutOfRegistered: number | null;
  /** "Stem van kandidaten", suppressed like every other figure (absent in reports frozen before it existed). */
  candidateVoice?: {
    checkInsAnswered: number | null;
    livedExperienceAdvice: SuppressedCount;
    candidatesTookPart: SuppressedCount;
  };
  quarters: {
    key: string;
    placements: TableCell;
    banen: number | typeof SUPPRESSED | typeof WITHHELD;
    activeMemberShare: number | null;
  }[];
}

export function missionAggregates(d: Dashboard): MissionAggregates {
  const withAmbition = d.ambition.rows.filter((r) => r.ambitionJobs !== null).length;
  const quarters = d.trends.quarter;
  const placements = suppressTable(
    d.mission.placements,
    quarters.map((q) => q.placements),
  );
  const banen = followPattern(
    placements,
    d.mission.banen,
    quarters.map((q) => q.banen),
  );
  return {
    period: d.period,
    members: suppressCount(d.members),
    activeMembers: suppressCount(d.activeMembers.numerator),
    activeMemberShare: suppressShare(d.activeMembers),
    placements: placements.total,
    banen: banen.total,
    stillEmployed6: suppressShare(d.mission.stillEmployed6),
    stillEmployed12: suppressShare(d.mission.stillEmployed12),
    ambitionJobs:
      d.ambition.total.ambitionJobs === null ? null : suppressDerived(d.ambition.total.ambitionJobs, withAmbition),
    activities: suppressCount(d.turnout.activities),
    turnoutOfRegistered: suppressShare(d.turnout.ofRegistered),
    candidateVoice: {
      checkInsAnswered: suppressShare(d.candidateVoice.checkInsAnswered),
      livedExperienceAdvice: suppressCount(d.candidateVoice.livedExperienceAdvice),
      candidatesTookPart: suppressCount(d.candidateVoice.candidatesTookPart),
    },
    quarters: quarters.map((q, i) => ({
      key: q.key,
      placements: placements.parts[i]!,
      banen: banen.parts[i]!,
      activeMemberShare: suppressShare(q.activeShare),
    })),
  };
}
