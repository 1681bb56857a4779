// API calls of the steering and reports feature: dashboard, drill-downs, targets, the funder's mission view and reports.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, apiRequest, toQuery } from '../../app/api-client.js';
import type { Dashboard } from '../../../core/steering/dashboard.js';
import type { MissionAggregates } from '../../../core/steering/dashboard.js';
import type { ReportInternal } from '../../../core/steering/report-snapshot.js';

export type Period = { from: string; to: string };
export type Progress = { target: number | null; realised: number };
export type DashboardData = Dashboard & {
  phase: string;
  targets: { year: number; placements: Progress; banen: Progress; activeMembers: Progress };
};
export type DrillRow = {
  id: string;
  label: string;
  date: string | null;
  detail: string | null;
  counted: boolean;
  values: Record<string, number | string | null>;
};
export type Suppressed = number | '< 5' | '×';
export type MissionData = MissionAggregates & {
  targets: {
    year: number;
    placements: { target: number | null; realised: Suppressed };
    banen: { target: number | null; realised: Suppressed };
    activeMembers: { target: number | null; realised: Suppressed };
  };
};
export type TargetRow = {
  year: number;
  placements: number | null;
  banen: number | null;
  activeMembers: number | null;
  version: number;
};
export type ReportRow = {
  id: string;
  periodKind: string;
  periodFrom: string;
  periodTo: string;
  label: string;
  narrative: string;
  status: 'frozen' | 'released';
  frozenAt: string;
  releasedAt: string | null;
  version: number;
};
export type ReportDetail = ReportRow & { funder: Omit<MissionAggregates, never>; internal: ReportInternal | null };

const base = (networkId: string) => `/api/networks/${encodeURIComponent(networkId)}`;

export function dashboardQuery(networkId: string, period: Period) {
  return {
    queryKey: ['steering', networkId, 'dashboard', { from: period.from, to: period.to }],
    queryFn: () => api.get<DashboardData>(`${base(networkId)}/steering/dashboard${toQuery(period)}`),
    staleTime: 30_000,
  };
}

export function useDashboard(networkId: string, period: Period, enabled = true) {
  return useQuery({ ...dashboardQuery(networkId, period), placeholderData: keepPreviousData, enabled });
}

export function useDrillDown(networkId: string, measure: string | null, period: Period) {
  return useQuery({
    queryKey: ['steering', networkId, 'drill', measure, period],
    queryFn: () => api.get<{ items: DrillRow[] }>(`${base(networkId)}/steering/drill/${measure}${toQuery(period)}`),
    enabled: measure !== null,
  });
}

export function drillCsvUrl(networkId: string, measure: string, period: Period) {
  return `${base(networkId)}/steering/drill/${measure}${toQuery({ ...period, format: 'csv' })}`;
}

export function useMission(networkId: string, period: Period, enabled = true) {
  return useQuery({
    queryKey: ['steering', networkId, 'mission', period],
    queryFn: () => api.get<MissionData>(`${base(networkId)}/steering/mission${toQuery(period)}`),
    enabled,
  });
}

export type YearOverviewData = {
  year: number;
  mission: MissionData;
  decisions: {
    id: string;
    bodyName: string;
    decidedOn: string;
    text: string;
    kind: string;
    organisationName: string | null;
    reason: string;
  }[];
};

/** "Ons netwerk dit jaar": mission results as for a funder and the decisions shared with the members. */
export function useYearOverview(networkId: string, enabled = true) {
  return useQuery({
    queryKey: ['steering', networkId, 'year-overview'],
    queryFn: () => api.get<YearOverviewData>(`${base(networkId)}/steering/year-overview`),
    enabled,
  });
}

export function useTargets(networkId: string) {
  return useQuery({
    queryKey: ['steering', networkId, 'targets'],
    queryFn: () => api.get<{ items: TargetRow[] }>(`${base(networkId)}/steering/targets`),
  });
}

export function useSaveTarget(networkId: string) {
  const qc = useQueryClient();
  return useMutation({
    /** `version`: the target's version as loaded, 0 when the year has no target yet; 409 (stale_version) when stale. */
    mutationFn: (input: TargetRow) =>
      apiRequest<{ year: number; version: number }>('PUT', `${base(networkId)}/steering/targets`, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['steering', networkId] }),
    // Someone else set the target meanwhile: load it again, so the form shows what is stored now.
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'stale_version')
        void qc.invalidateQueries({ queryKey: ['steering', networkId, 'targets'] });
    },
  });
}

export function useOptIn(networkId: string) {
  return useQuery({
    queryKey: ['steering', networkId, 'opt-in'],
    queryFn: () => api.get<{ optIn: boolean }>(`${base(networkId)}/steering/comparison-opt-in`),
  });
}

export function useSetOptIn(networkId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (optIn: boolean) =>
      apiRequest<{ optIn: boolean }>('PUT', `${base(networkId)}/steering/comparison-opt-in`, { optIn }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['steering', networkId, 'opt-in'] }),
  });
}

export function useReports(networkId: string) {
  return useQuery({
    queryKey: ['reports', networkId],
    queryFn: () => api.get<{ items: ReportRow[] }>(`${base(networkId)}/reports`),
  });
}

export function useReport(networkId: string, reportId: string | null) {
  return useQuery({
    queryKey: ['reports', networkId, reportId],
    queryFn: () => api.get<ReportDetail>(`${base(networkId)}/reports/${reportId}`),
    enabled: reportId !== null,
  });
}

export function useFreezeReport(networkId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { periodKind: string; year: number; index: number }) =>
      api.post<{ id: string }>(`${base(networkId)}/reports`, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['reports', networkId] }),
  });
}

export function useSaveNarrative(networkId: string, reportId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { narrative: string; version: number }) =>
      apiRequest<{ version: number }>('PUT', `${base(networkId)}/reports/${reportId}/narrative`, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['reports', networkId] }),
  });
}

export function useReleaseReport(networkId: string, reportId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (version: number) =>
      api.post<{ version: number }>(`${base(networkId)}/reports/${reportId}/release`, { version }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['reports', networkId] }),
  });
}

export const reportFileUrl = (networkId: string, reportId: string, kind: 'pdf' | 'csv') =>
  `${base(networkId)}/reports/${reportId}/${kind}`;

export type ThresholdKey =
  | 'coordinatorTaskShare'
  | 'coordinatorActivityShare'
  | 'kerngroepRenewalDays'
  | 'employerLedBelow'
  | 'needsDrivenBelow'
  | 'minimumRecords'
  | 'growthAtLeast'
  | 'activeShareDrop';
export type Thresholds = Record<ThresholdKey, number>;
export type SteeringSettings = { thresholds: Thresholds; defaults: Thresholds; optIn: boolean; version: number };

export function useSteeringSettings(networkId: string) {
  return useQuery({
    queryKey: ['steering', networkId, 'settings'],
    queryFn: () => api.get<SteeringSettings>(`${base(networkId)}/steering/settings`),
  });
}

export function useSaveSteeringSettings(networkId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { thresholds: Thresholds; version: number }) =>
      apiRequest<{ version: number }>('PUT', `${base(networkId)}/steering/settings`, input),
    // The signals on the dashboard depend on the thresholds.
    onSuccess: () => qc.invalidateQueries({ queryKey: ['steering', networkId] }),
  });
}

export type ComparisonRow = {
  label: string;
  members: Suppressed;
  activeMemberShare: number | null;
  turnoutOfRegistered: number | null;
  employerLedShare: number | null;
  needsDrivenShare: number | null;
  placements: Suppressed;
  banen: Suppressed;
  stillEmployed6: number | null;
};

export function useComparison(period: Period) {
  return useQuery({
    queryKey: ['steering', 'comparison', period],
    queryFn: () => api.get<{ period: Period; networks: ComparisonRow[] }>(`/api/steering/comparison${toQuery(period)}`),
    placeholderData: keepPreviousData,
  });
}

// The pulse of felt ownership (issue 21): results for steering, sending a round, and the public answer page.
export type PulseAggregate = {
  answers: number;
  invited: number;
  answerRate: { numerator: number; denominator: number; value: number | null };
  feltOwnership: number | null;
  spread: number | null;
  perStatement: { mean: number | null; spread: number | null; answers: number | null }[] | null;
  suppressed: '< 5' | null;
};
export type PulseRound = PulseAggregate & {
  id: string;
  statements: string[];
  openQuestion: string;
  opensOn: string;
  closesOn: string;
  sentAt: string | null;
  openAnswers: string[];
};
export type PulseResults = {
  rounds: PulseRound[];
  trend: { points: unknown[]; direction: 'up' | 'down' | 'flat' | null };
  signal: {
    code: string;
    values: { previous: number; now: number; activeShare: number; employerLed: number | null };
  } | null;
};
export type PublicPulse = { networkName: string; statements: string[]; openQuestion: string; closesOn: string };

const pulseBase = (networkId: string) => `/api/networks/${encodeURIComponent(networkId)}/pulse`;

export function usePulseResults(networkId: string) {
  return useQuery({
    queryKey: ['pulse', networkId],
    queryFn: () => api.get<PulseResults>(`${pulseBase(networkId)}/results`),
  });
}
export function usePulseDefaults(networkId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['pulse-defaults', networkId],
    queryFn: () => api.get<{ statements: string[]; openQuestion: string }>(`${pulseBase(networkId)}/defaults`),
    enabled,
  });
}
export function usePulseByOrganisation(networkId: string, roundId: string | null) {
  return useQuery({
    queryKey: ['pulse-orgs', networkId, roundId],
    queryFn: () =>
      api.get<{ items: (PulseAggregate & { organisationId: string; name: string })[] }>(
        `${pulseBase(networkId)}/rounds/${encodeURIComponent(roundId ?? '')}/organisations`,
      ),
    enabled: roundId !== null,
  });
}
export function useSendPulse(networkId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { statements: string[]; openQuestion: string; closesOn: string }) =>
      api.post<{ id: string; invited: number }>(`${pulseBase(networkId)}/rounds`, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['pulse', networkId] }),
  });
}
export function usePublicPulse(token: string) {
  return useQuery({
    queryKey: ['public-pulse', token],
    queryFn: () => api.get<PublicPulse>(`/api/pulse/${encodeURIComponent(token)}`),
    retry: false,
  });
}
export function useAnswerPulse(token: string) {
  return useMutation({
    mutationFn: (input: { scores: (number | null)[]; openAnswer: string }) =>
      api.post<{ answered: boolean }>(`/api/pulse/${encodeURIComponent(token)}`, input),
  });
}
