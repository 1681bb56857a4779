// API calls of the networks feature: one network's overview, and (for platform admins) all networks for the switcher.
import { useQuery } from '@tanstack/react-query';
import { api, type Reply } from '../../shared/api-client.js';
import { adminNetworksQueryKey } from '../../shared/query-keys.js';
import { checklistReply } from '../../../core/network-life/network-life.contract.js';
import { networkDetail, networkSummaries } from '../../../core/networks/networks.contract.js';

// Reply types come from the networks contract (decision 018).
export type NetworkOverview = Reply<typeof networkDetail>;

export function useNetworkOverview(networkId: string) {
  return useQuery({
    queryKey: ['network', networkId],
    queryFn: () => api.get(`/api/networks/${encodeURIComponent(networkId)}`, networkDetail),
  });
}

export function useAllNetworks(enabled: boolean) {
  return useQuery({
    queryKey: adminNetworksQueryKey,
    queryFn: () => api.get('/api/admin/networks', networkSummaries),
    enabled,
  });
}

/** The progress of the current phase's checklist, for the small line on the overview (only for who reads governance). */
export function useChecklistProgress(networkId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['network-life-checklist', networkId],
    queryFn: () => api.get(`/api/networks/${encodeURIComponent(networkId)}/phase/checklist`, checklistReply),
    enabled,
  });
}
