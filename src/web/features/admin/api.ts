// API calls of installation administration: the mail outbox and the networks.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, toQuery, type Reply } from '../../shared/api-client.js';
import { adminNetworksQueryKey } from '../../shared/query-keys.js';
import {
  outboxMessage,
  outboxPage,
  umbrellaReply,
  UMBRELLA_SORTS,
  type outboxRow,
  type umbrellaRow,
} from '../../../core/admin/admin.contract.js';
import { networkCreated, networkSummaries, type networkSummary } from '../../../core/networks/networks.contract.js';
import {
  advisorSettingsAdminReply,
  type SaveAdvisorSettingsInput,
} from '../../../core/design/advisor-settings.contract.js';

// Reply types come from the admin and networks contracts (decision 018).
export type OutboxRow = Reply<typeof outboxRow>;
export type OutboxMessage = Reply<typeof outboxMessage>;
export type OutboxPage = Reply<typeof outboxPage>;
export type AdminNetwork = Reply<typeof networkSummary>;

export function useOutbox(params: { search: string; page: number; pageSize: number }) {
  return useQuery({
    queryKey: ['admin', 'outbox', params],
    queryFn: () => api.get(`/api/admin/outbox${toQuery(params)}`, outboxPage),
    placeholderData: keepPreviousData,
  });
}

export function useOutboxMessage(id: string) {
  return useQuery({
    queryKey: ['admin', 'outbox', 'message', id],
    queryFn: () => api.get(`/api/admin/outbox/${encodeURIComponent(id)}`, outboxMessage),
  });
}

export function useAdminNetworks() {
  return useQuery({
    queryKey: adminNetworksQueryKey,
    queryFn: () => api.get('/api/admin/networks', networkSummaries),
  });
}

export function useCreateNetwork() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; region?: string }) => api.post('/api/admin/networks', input, networkCreated),
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

export { UMBRELLA_SORTS };
export type UmbrellaParams = { search: string; sort: (typeof UMBRELLA_SORTS)[number]; order: 'asc' | 'desc' };
export type UmbrellaRow = Reply<typeof umbrellaRow>;

export function useUmbrellaOverview(params: UmbrellaParams) {
  return useQuery({
    queryKey: ['admin', 'umbrella', params],
    queryFn: () => api.get(`/api/admin/networks/overview${toQuery(params)}`, umbrellaReply),
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
