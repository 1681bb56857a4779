// API calls of the steering and reports feature: dashboard, drill-downs, targets, the funder's mission view and reports.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, toQuery, type Reply } from '../../shared/api-client.js';
import {
  comparisonReply,
  dashboardReply,
  drillReply,
  missionReply,
  optInReply,
  settingsReply,
  settingsSaved,
  targetSaved,
  targetsReply,
  yearOverviewReply,
  type drillRow,
  type targetRow,
  type thresholdsShape,
} from '../../../core/steering/steering.contract.js';
import {
  reportDetail,
  reportFrozen,
  reportsReply,
  reportVersion,
  type reportRow,
} from '../../../core/steering/reports.contract.js';
import {
  byOrganisationReply,
  publicPulse,
  pulseAnswered,
  pulseRoundSent,
  pulseTexts,
  resultsReply,
} from '../../../core/surveys/pulse.contract.js';

// Reply types come from the steering and reports contracts (decision 018).
export type Period = { from: string; to: string };
export type DashboardData = Reply<typeof dashboardReply>;
export type DrillRow = Reply<typeof drillRow>;
export type MissionData = Reply<typeof missionReply>;
export type TargetRow = Reply<typeof targetRow>;
export type ReportRow = Reply<typeof reportRow>;
export type ReportDetail = Reply<typeof reportDetail>;

const base = (networkId: string) => `/api/networks/${encodeURIComponent(networkId)}`;

export function dashboardQuery(networkId: string, period: Period) {
  return {
    queryKey: ['steering', networkId, 'dashboard', { from: period.from, to: period.to }],
    queryFn: () => api.get(`${base(networkId)}/steering/dashboard${toQuery(period)}`, dashboardReply),
    staleTime: 30_000,
  };
}

export function useDashboard(networkId: string, period: Period, enabled = true) {
  return useQuery({ ...dashboardQuery(networkId, period), placeholderData: keepPreviousData, enabled });
}

export function useDrillDown(networkId: string, measure: string | null, period: Period) {
  return useQuery({
    queryKey: ['steering', networkId, 'drill', measure, period],
    queryFn: () => api.get(`${base(networkId)}/steering/drill/${measure}${toQuery(period)}`, drillReply),
    enabled: measure !== null,
  });
}

export function drillCsvUrl(networkId: string, measure: string, period: Period) {
  return `${base(networkId)}/steering/drill/${measure}${toQuery({ ...period, format: 'csv' })}`;
}

export function useMission(networkId: string, period: Period, enabled = true) {
  return useQuery({
    queryKey: ['steering', networkId, 'mission', period],
    queryFn: () => api.get(`${base(networkId)}/steering/mission${toQuery(period)}`, missionReply),
    enabled,
  });
}

export type YearOverviewData = Reply<typeof yearOverviewReply>;

/** "Ons netwerk dit jaar": mission results as for a funder and the decisions shared with the members. */
export function useYearOverview(networkId: string, enabled = true) {
  return useQuery({
    queryKey: ['steering', networkId, 'year-overview'],
    queryFn: () => api.get(`${base(networkId)}/steering/year-overview`, yearOverviewReply),
    enabled,
  });
}

export function useTargets(networkId: string) {
  return useQuery({
    queryKey: ['steering', networkId, 'targets'],
    queryFn: () => api.get(`${base(networkId)}/steering/targets`, targetsReply),
  });
}

export function useSaveTarget(networkId: string) {
  const qc = useQueryClient();
  return useMutation({
    /** `version`: the target's version as loaded, 0 when the year has no target yet; 409 (stale_version) when stale. */
    mutationFn: (input: TargetRow) => api.put(`${base(networkId)}/steering/targets`, input, targetSaved),
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
    queryFn: () => api.get(`${base(networkId)}/steering/comparison-opt-in`, optInReply),
  });
}

export function useSetOptIn(networkId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (optIn: boolean) => api.put(`${base(networkId)}/steering/comparison-opt-in`, { optIn }, optInReply),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['steering', networkId, 'opt-in'] }),
  });
}

export function useReports(networkId: string) {
  return useQuery({
    queryKey: ['reports', networkId],
    queryFn: () => api.get(`${base(networkId)}/reports`, reportsReply),
  });
}

export function useReport(networkId: string, reportId: string | null) {
  return useQuery({
    queryKey: ['reports', networkId, reportId],
    queryFn: () => api.get(`${base(networkId)}/reports/${reportId}`, reportDetail),
    enabled: reportId !== null,
  });
}

export function useFreezeReport(networkId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { periodKind: string; year: number; index: number }) =>
      api.post(`${base(networkId)}/reports`, input, reportFrozen),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['reports', networkId] }),
  });
}

export function useSaveNarrative(networkId: string, reportId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { narrative: string; version: number }) =>
      api.put(`${base(networkId)}/reports/${reportId}/narrative`, input, reportVersion),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['reports', networkId] }),
  });
}

export function useReleaseReport(networkId: string, reportId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (version: number) =>
      api.post(`${base(networkId)}/reports/${reportId}/release`, { version }, reportVersion),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['reports', networkId] }),
  });
}

export const reportFileUrl = (networkId: string, reportId: string, kind: 'pdf' | 'csv') =>
  `${base(networkId)}/reports/${reportId}/${kind}`;

export type Thresholds = Reply<typeof thresholdsShape>;
export type ThresholdKey = keyof Thresholds;
export type SteeringSettings = Reply<typeof settingsReply>;

export function useSteeringSettings(networkId: string) {
  return useQuery({
    queryKey: ['steering', networkId, 'settings'],
    queryFn: () => api.get(`${base(networkId)}/steering/settings`, settingsReply),
  });
}

export function useSaveSteeringSettings(networkId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { thresholds: Thresholds; version: number }) =>
      api.put(`${base(networkId)}/steering/settings`, input, settingsSaved),
    // The signals on the dashboard depend on the thresholds.
    onSuccess: () => qc.invalidateQueries({ queryKey: ['steering', networkId] }),
  });
}

export type ComparisonRow = Reply<typeof comparisonReply>['networks'][number];

export function useComparison(period: Period) {
  return useQuery({
    queryKey: ['steering', 'comparison', period],
    queryFn: () => api.get(`/api/steering/comparison${toQuery(period)}`, comparisonReply),
    placeholderData: keepPreviousData,
  });
}

// The pulse of felt ownership (issue 21): results for steering, sending a round, and the public answer page. Reply types
// come from the pulse contract.
export type PulseResults = Reply<typeof resultsReply>;
export type PulseRound = PulseResults['rounds'][number];
export type PublicPulse = Reply<typeof publicPulse>;

const pulseBase = (networkId: string) => `/api/networks/${encodeURIComponent(networkId)}/pulse`;

export function usePulseResults(networkId: string) {
  return useQuery({
    queryKey: ['pulse', networkId],
    queryFn: () => api.get(`${pulseBase(networkId)}/results`, resultsReply),
  });
}
export function usePulseDefaults(networkId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['pulse-defaults', networkId],
    queryFn: () => api.get(`${pulseBase(networkId)}/defaults`, pulseTexts),
    enabled,
  });
}
export function usePulseByOrganisation(networkId: string, roundId: string | null) {
  return useQuery({
    queryKey: ['pulse-orgs', networkId, roundId],
    queryFn: () =>
      api.get(`${pulseBase(networkId)}/rounds/${encodeURIComponent(roundId ?? '')}/organisations`, byOrganisationReply),
    enabled: roundId !== null,
  });
}
export function useSendPulse(networkId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { statements: string[]; openQuestion: string; closesOn: string }) =>
      api.post(`${pulseBase(networkId)}/rounds`, input, pulseRoundSent),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['pulse', networkId] }),
  });
}
export function usePublicPulse(token: string) {
  return useQuery({
    queryKey: ['public-pulse', token],
    queryFn: () => api.get(`/api/pulse/${encodeURIComponent(token)}`, publicPulse),
    retry: false,
  });
}
export function useAnswerPulse(token: string) {
  return useMutation({
    mutationFn: (input: { scores: (number | null)[]; openAnswer: string }) =>
      api.post(`/api/pulse/${encodeURIComponent(token)}`, input, pulseAnswered),
  });
}
