// API calls of the networks feature: one network's overview, and (for platform admins) all networks for the switcher.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../app/api-client.js';
import { adminNetworksQueryKey } from '../../app/query-keys.js';

export type NetworkOverview = {
  id: string;
  slug: string;
  name: string;
  region: string | null;
  phase: string;
  isDemo: boolean;
  counts: { people: number; organisations: number; activities: number; candidates: number };
};

type AdminNetworkSummary = { id: string; slug: string; name: string };

export function useNetworkOverview(networkId: string) {
  return useQuery({
    queryKey: ['network', networkId],
    queryFn: () => api.get<NetworkOverview>(`/api/networks/${encodeURIComponent(networkId)}`),
  });
}

export function useAllNetworks(enabled: boolean) {
  return useQuery({
    queryKey: adminNetworksQueryKey,
    queryFn: () => api.get<{ items: AdminNetworkSummary[] }>('/api/admin/networks'),
    enabled,
  });
}

/** The progress of the current phase's checklist, for the small line on the overview (only for who reads governance). */
export function useChecklistProgress(networkId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['network-life-checklist', networkId],
    queryFn: () =>
      api.get<{ phase: string; progress: { done: number; total: number } }>(
        `/api/networks/${encodeURIComponent(networkId)}/phase/checklist`,
      ),
    enabled,
  });
}
