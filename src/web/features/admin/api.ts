// API calls of installation administration: the mail outbox and the networks.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, toQuery } from '../../app/api-client.js';
import { adminNetworksQueryKey } from '../../app/query-keys.js';
import {
  advisorSettingsAdminReply,
  type SaveAdvisorSettingsInput,
} from '../../../core/design/advisor-settings.contract.js';

export type OutboxRow = {
  id: string;
  toAddress: string;
  subject: string;
  kind: string;
  status: string;
  createdAt: string;
  sentAt: string | null;
};
export type OutboxMessage = OutboxRow & {
  textBody: string | null;
  htmlBody: string | null;
  headers: Record<string, unknown> | null;
  error: string | null;
};
export type OutboxPage = { items: OutboxRow[]; total: number; page: number; pageSize: number };
export type AdminNetwork = {
  id: string;
  slug: string;
  name: string;
  region: string | null;
  phase: string;
  createdAt: string;
};

export function useOutbox(params: { search: string; page: number; pageSize: number }) {
  return useQuery({
    queryKey: ['admin', 'outbox', params],
    queryFn: () => api.get<OutboxPage>(`/api/admin/outbox${toQuery(params)}`),
    placeholderData: keepPreviousData,
  });
}

export function useOutboxMessage(id: string) {
  return useQuery({
    queryKey: ['admin', 'outbox', 'message', id],
    queryFn: () => api.get<OutboxMessage>(`/api/admin/outbox/${encodeURIComponent(id)}`),
  });
}

export function useAdminNetworks() {
  return useQuery({
    queryKey: adminNetworksQueryKey,
    queryFn: () => api.get<{ items: AdminNetwork[] }>('/api/admin/networks'),
  });
}

export function useCreateNetwork() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; region?: string }) => api.post<{ id: string }>('/api/admin/networks', input),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: adminNetworksQueryKey }),
        queryClient.invalidateQueries({ queryKey: ['admin', 'umbrella'] }),
        // The creator may now hold a role in the new network.
        queryClient.invalidateQueries({ queryKey: ['session'] }),
      ]);
    },
  });
}

export const UMBRELLA_SORTS = [
  'name',
  'phase',
  'members',
  'activeMembers',
  'activitiesLast12Months',
  'signalCount',
] as const;
export type UmbrellaParams = { search: string; sort: (typeof UMBRELLA_SORTS)[number]; order: 'asc' | 'desc' };
export type UmbrellaRow = {
  id: string;
  name: string;
  phase: string;
  members: number;
  activeMembers: number;
  activitiesLast12Months: number;
  signalCount: number;
  signals: string[];
};

export function useUmbrellaOverview(params: UmbrellaParams) {
  return useQuery({
    queryKey: ['admin', 'umbrella', params],
    queryFn: () => api.get<{ items: UmbrellaRow[] }>(`/api/admin/networks/overview${toQuery(params)}`),
    placeholderData: keepPreviousData,
  });
}

export function umbrellaExportUrl(params: UmbrellaParams, format: 'csv' | 'xlsx') {
  return `/api/admin/networks/overview${toQuery({ ...params, format })}`;
}

/** The advisor's numbers with their defaults and the version a save must be based on. */
export function useAdvisorSettingsAdmin() {
  return useQuery({
    queryKey: ['admin', 'advisor-settings'],
    queryFn: () => api.get('/api/admin/advisor-settings', advisorSettingsAdminReply),
  });
}

export function useSaveAdvisorSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SaveAdvisorSettingsInput) =>
      api.put('/api/admin/advisor-settings', input, advisorSettingsAdminReply),
    onSuccess: async (reply) => {
      queryClient.setQueryData(['admin', 'advisor-settings'], reply);
      // Every network's wizard computes with these numbers.
      await queryClient.invalidateQueries({ queryKey: ['design-advisor-settings'] });
    },
  });
}
