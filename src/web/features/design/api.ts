// API calls of the design feature: versions, the applied design, compare, save and apply (diff first, then confirm).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest, toQuery } from '../../app/api-client.js';
import type { ApplicationPlan } from '../../../core/design/design-apply.js';
import type { DesignDiff } from '../../../core/design/design-diff.js';
import type { DesignInput } from '../../../core/design/design-input.js';
import type { MatrixRowEdit } from '../../../core/design/matrix-edit.js';
import type { NetworkDesign } from '../../../core/design/network-design.js';
import { advisorSettingsReply } from '../../../core/design/advisor-settings.contract.js';

export type VersionRow = {
  id: string;
  versionNumber: number;
  reason: string;
  createdByName: string | null;
  createdAt: string;
  appliedAt: string | null;
};
export type VersionDetail = VersionRow & { input: DesignInput; output: NetworkDesign; appliedByName: string | null };
export type VersionSort = 'versionNumber' | 'createdAt';
export type SortOrder = 'asc' | 'desc';

const base = (networkId: string) => `/api/networks/${encodeURIComponent(networkId)}/design`;

export function useVersions(networkId: string, sort: VersionSort, order: SortOrder) {
  return useQuery({
    queryKey: ['design-versions', networkId, sort, order],
    queryFn: () => api.get<{ items: VersionRow[] }>(`${base(networkId)}/versions${toQuery({ sort, order })}`),
  });
}

export function versionsExportUrl(networkId: string, sort: VersionSort, order: SortOrder, format: 'csv' | 'xlsx') {
  return `${base(networkId)}/versions${toQuery({ sort, order, format })}`;
}

export function documentUrl(networkId: string, versionId: string, format: 'pdf' | 'md') {
  return `${base(networkId)}/versions/${versionId}/document${toQuery({ format })}`;
}

export function useCurrentDesign(networkId: string) {
  return useQuery({
    queryKey: ['design-current', networkId],
    queryFn: () => api.get<{ version: VersionDetail | null }>(`${base(networkId)}/current`),
  });
}

/** One saved version with its input and advice, to open on screen read-only. */
export function useVersion(networkId: string, versionId: string) {
  return useQuery({
    queryKey: ['design-version', networkId, versionId],
    queryFn: () => api.get<VersionDetail>(`${base(networkId)}/versions/${encodeURIComponent(versionId)}`),
  });
}

export function useCompare(networkId: string, from: string | null, to: string | null) {
  return useQuery({
    queryKey: ['design-compare', networkId, from, to],
    queryFn: () =>
      api.get<{ from: VersionDetail; to: VersionDetail; diff: DesignDiff }>(
        `${base(networkId)}/compare${toQuery({ from: from ?? '', to: to ?? '' })}`,
      ),
    enabled: Boolean(from && to),
  });
}

export function useSaveVersion(networkId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { input: DesignInput; reason: string }) =>
      api.post<{ id: string; versionNumber: number }>(`${base(networkId)}/versions`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['design-versions', networkId] }),
  });
}

export function useApply(networkId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ versionId, confirm }: { versionId: string; confirm: boolean }) =>
      api.post<{
        applied: boolean;
        plan: ApplicationPlan;
        withoutDoer: { task: string; role: string }[];
        rights: { granted: { role: string; action: string }[]; revoked: { role: string; action: string }[] };
      }>(`${base(networkId)}/versions/${versionId}/apply`, { confirm }),
    onSuccess: async (result) => {
      if (!result.applied) return;
      // Applying changes tasks, bodies and gap signals that the organisation screens show.
      await queryClient.invalidateQueries({
        predicate: (q) => typeof q.queryKey[0] === 'string' && /^(design|governance)/.test(q.queryKey[0]),
      });
    },
  });
}

/** Saves an edit of the applied design's responsibility matrix; 409 (stale_version) when another change came first. */
export function useEditMatrix(networkId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { versionId: string; reason: string; rows: MatrixRowEdit[] }) =>
      apiRequest<{ id: string; versionNumber: number; changed: string[] }>('PUT', `${base(networkId)}/matrix`, body),
    onSettled: () =>
      queryClient.invalidateQueries({
        predicate: (q) => typeof q.queryKey[0] === 'string' && /^(design|governance)/.test(q.queryKey[0]),
      }),
  });
}

/** The network's phase, where the wizard starts (the same address the overview reads). */
export function useNetworkPhase(networkId: string) {
  return useQuery({
    queryKey: ['network', networkId],
    queryFn: () => api.get<{ phase: string }>(`/api/networks/${encodeURIComponent(networkId)}`),
    select: (n) => n.phase,
  });
}

export type RightsOverview = {
  design: { versionId: string; versionNumber: number; appliedAt: string } | null;
  roles: {
    role: string;
    holders: number;
    actions: { action: string; base: boolean; fromDesign: { task: string; via: 'R' | 'A' }[] }[];
  }[];
  floor: { personalData: string[]; networkKeys: string[]; rolesWithoutDesignRights: string[] };
};

/** Who may do what, and why (decision 016): per role the actions, from the role's base or from a task of the design. */
export function useRights(networkId: string) {
  return useQuery({
    queryKey: ['design-rights', networkId],
    queryFn: () => api.get<RightsOverview>(`${base(networkId)}/rights`),
  });
}

/** The numbers the advisor uses in this installation (rates, meetings a year, thresholds), so the preview matches the server. */
export function useAdvisorSettings(networkId: string) {
  return useQuery({
    queryKey: ['design-advisor-settings', networkId],
    queryFn: () => api.get(`${base(networkId)}/advisor-settings`, advisorSettingsReply),
    select: (reply) => reply.values,
  });
}
