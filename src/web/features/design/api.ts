// API calls of the design feature: versions, the applied design, compare, save and apply (diff first, then confirm).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, toQuery, type Reply } from '../../shared/api-client.js';
import type { DesignInput } from '../../../core/design/design-input.js';
import type { MatrixRowEdit } from '../../../core/design/matrix-edit.js';
import type { versionDetail, versionRow } from '../../../core/design/design.contract.js';
import {
  applyReply,
  compareReply,
  currentDesignReply,
  editMatrixReply,
  networkPhase,
  rightsOverviewReply,
  versions,
  versionDetail as versionDetailReply,
  versionSaved,
} from '../../../core/design/design.contract.js';
import { advisorSettingsReply } from '../../../core/design/advisor-settings.contract.js';

// Reply types come from the design contract (decision 018).
export type VersionRow = Reply<typeof versionRow>;
export type VersionDetail = Reply<typeof versionDetail>;
export type VersionSort = 'versionNumber' | 'createdAt';
export type SortOrder = 'asc' | 'desc';

const base = (networkId: string) => `/api/networks/${encodeURIComponent(networkId)}/design`;

export function useVersions(networkId: string, sort: VersionSort, order: SortOrder) {
  return useQuery({
    queryKey: ['design-versions', networkId, sort, order],
    queryFn: () => api.get(`${base(networkId)}/versions${toQuery({ sort, order })}`, versions),
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
    queryFn: () => api.get(`${base(networkId)}/current`, currentDesignReply),
  });
}

/** One saved version with its input and advice, to open on screen read-only. */
export function useVersion(networkId: string, versionId: string) {
  return useQuery({
    queryKey: ['design-version', networkId, versionId],
    queryFn: () => api.get(`${base(networkId)}/versions/${encodeURIComponent(versionId)}`, versionDetailReply),
  });
}

export function useCompare(networkId: string, from: string | null, to: string | null) {
  return useQuery({
    queryKey: ['design-compare', networkId, from, to],
    queryFn: () => api.get(`${base(networkId)}/compare${toQuery({ from: from ?? '', to: to ?? '' })}`, compareReply),
    enabled: Boolean(from && to),
  });
}

export function useSaveVersion(networkId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { input: DesignInput; reason: string }) =>
      api.post(`${base(networkId)}/versions`, body, versionSaved),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['design-versions', networkId] }),
  });
}

export function useApply(networkId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ versionId, confirm }: { versionId: string; confirm: boolean }) =>
      api.post(`${base(networkId)}/versions/${versionId}/apply`, { confirm }, applyReply),
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
      api.put(`${base(networkId)}/matrix`, body, editMatrixReply),
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
    queryFn: () => api.get(`/api/networks/${encodeURIComponent(networkId)}`, networkPhase),
    select: (n) => n.phase,
  });
}

export type RightsOverview = Reply<typeof rightsOverviewReply>;

/** Who may do what, and why (decision 016): per role the actions, from the role's base or from a task of the design. */
export function useRights(networkId: string) {
  return useQuery({
    queryKey: ['design-rights', networkId],
    queryFn: () => api.get(`${base(networkId)}/rights`, rightsOverviewReply),
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
