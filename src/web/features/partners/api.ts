// API calls of the partners feature.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, toQuery } from '../../app/api-client.js';

const net = (networkId: string) => `/api/networks/${encodeURIComponent(networkId)}`;

export type PartnerRow = {
  id: string;
  name: string;
  kind: string;
  partnerNetworkName: string | null;
  agreement: string | null;
  since: string | null;
  contactName: string | null;
  contactEmail: string | null;
  documents: string[];
};
export type PartnerParams = { search: string; sort: 'name' | 'kind' | 'since'; order: 'asc' | 'desc' };
export type AgendaItem = {
  ownerNetworkId: string;
  ownerNetworkName: string;
  activityId: string;
  title: string;
  startsAt: string;
  location: string | null;
  coOrganisers: string[];
  registrations: number;
  registeredByMe: boolean;
};
export type ReferralRow = {
  id: string;
  fromNetworkName: string;
  toName: string;
  candidateCode: string;
  fields: string[];
  shared: Record<string, unknown>;
  referredAt: string;
};

export function usePartners(networkId: string, params: PartnerParams) {
  return useQuery({
    queryKey: ['partners', networkId, params],
    queryFn: () => api.get<{ items: PartnerRow[] }>(`${net(networkId)}/partners${toQuery(params)}`),
  });
}
export function partnersExportUrl(networkId: string, params: PartnerParams, format: 'csv' | 'xlsx') {
  return `${net(networkId)}/partners${toQuery({ ...params, format })}`;
}
export function useInstallationNetworks(networkId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['installation-networks', networkId],
    queryFn: () => api.get<{ items: { id: string; name: string }[] }>(`${net(networkId)}/installation-networks`),
    enabled,
  });
}
export function useCreatePartner(networkId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: Record<string, unknown>) => api.post<{ id: string }>(`${net(networkId)}/partners`, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['partners', networkId] }),
  });
}
export function useCoAgenda(networkId: string) {
  return useQuery({
    queryKey: ['co-agenda', networkId],
    queryFn: () => api.get<{ items: AgendaItem[] }>(`${net(networkId)}/co-organised-agenda`),
  });
}
export function useRegisterCo(networkId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (item: AgendaItem) =>
      api.post<{ status: string }>(
        `${net(networkId)}/co-organised-agenda/${item.ownerNetworkId}/${item.activityId}/registrations`,
        {},
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['co-agenda', networkId] }),
  });
}
export function useCandidateCodes(networkId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['candidate-codes', networkId],
    queryFn: () =>
      api.get<{ items: { id: string; code: string }[] }>(
        `${net(networkId)}/candidates?pageSize=200&sort=code&order=asc`,
      ),
    enabled,
  });
}
export function useRefer(networkId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { candidateId: string; toNetworkId: string; note?: string }) =>
      api.post<{ id: string; fields: string[] }>(`${net(networkId)}/referrals`, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['referrals', networkId] }),
  });
}
export function useIncomingReferrals(networkId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['referrals', networkId, 'incoming'],
    queryFn: () => api.get<{ items: ReferralRow[] }>(`${net(networkId)}/referrals?direction=incoming`),
    enabled,
  });
}
export function useNews(networkId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['news', networkId],
    queryFn: () =>
      api.get<{ items: { id: string; kind: string; title: string; body: string; publishedAt: string }[] }>(
        `${net(networkId)}/news`,
      ),
    enabled,
  });
}
