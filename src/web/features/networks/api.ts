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
