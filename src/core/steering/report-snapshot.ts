// What a frozen report keeps: the name-free measures for the kerngroep (`internal`) and the suppressed mission-level view a
// funder receives (`funder`). Both are computed once, at freezing time, and stored; nothing is recomputed later.
import { missionAggregates, type Dashboard, type MissionAggregates } from './dashboard.js';
import type { Ratio, TrendPoint } from './measures.js';

export interface ReportInternal {
  period: { from: string; to: string };
  asOf: string;
  members: number;
  activeMembers: Ratio;
  turnout: Dashboard['turnout'];
  employerLed: Ratio;
  needsDriven: Dashboard['needsDriven'];
  kerngroep: {
    breadth: number;
    breadthYearAgo: number;
    meetingAttendance: Ratio;
    joinedLastYear: number;
    leftLastYear: number;
  };
  coordinator: Dashboard['coordinator'];
  mission: Dashboard['mission'];
  ambitionTotal: { ambitionJobs: number | null; placements: number; banen: number };
  quarters: Pick<TrendPoint, 'key' | 'placements' | 'banen' | 'activeShare' | 'turnoutOfRegistered'>[];
  signals: string[];
}

export interface ReportSnapshot {
  internal: ReportInternal;
  funder: MissionAggregates;
}

export function toReportSnapshot(d: Dashboard): ReportSnapshot {
  return {
    internal: {
      period: d.period,
      asOf: d.today,
      members: d.members,
      activeMembers: d.activeMembers,
      turnout: d.turnout,
      employerLed: d.employerLed,
      needsDriven: d.needsDriven,
      kerngroep: {
        breadth: d.kerngroep.breadth,
        breadthYearAgo: d.kerngroep.breadthYearAgo,
        meetingAttendance: d.kerngroep.meetingAttendance,
        joinedLastYear: d.kerngroep.joinedLastYear,
        leftLastYear: d.kerngroep.leftLastYear,
      },
      coordinator: d.coordinator,
      mission: d.mission,
      ambitionTotal: {
        ambitionJobs: d.ambition.total.ambitionJobs,
        placements: d.ambition.total.placements,
        banen: d.ambition.total.banen,
      },
      quarters: d.trends.quarter.map((q) => ({
        key: q.key,
        placements: q.placements,
        banen: q.banen,
        activeShare: q.activeShare,
        turnoutOfRegistered: q.turnoutOfRegistered,
      })),
      signals: d.signals.map((s) => s.code),
    },
    funder: missionAggregates(d),
  };
}
