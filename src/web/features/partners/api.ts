// API calls of the partners feature.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, toQuery, type ApiIssue } from '../../app/api-client.js';

const net = (networkId: string) => `/api/networks/${encodeURIComponent(networkId)}`;

export type PartnerRow = {
  id: string;
  name: string;
  kind: string;
  partnerNetworkId: string | null;
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
    mutationFn: (input: { candidateId: string; toNetworkId?: string; toPartnerId?: string; note?: string }) =>
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

// --- Sharing with other networks, linking partners to activities ---
export type OwnActivity = { id: string; title: string; startsAt: string };
export type OwnOpportunity = { id: string; title: string; organisationName: string; status: string };
export type SharedOpportunity = {
  ownerNetworkName: string;
  opportunityId: string;
  title: string;
  kind: string;
  hoursPerWeek: number | null;
  place: string | null;
  organisationName: string;
};

export function useOwnActivities(networkId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['own-activities', networkId],
    queryFn: () =>
      api.get<{ items: OwnActivity[] }>(
        `${net(networkId)}/activities${toQuery({ from: new Date(Date.now() - 30 * 24 * 3600 * 1000).toISOString(), pageSize: 500 })}`,
      ),
    enabled,
  });
}
export function useOwnOpportunities(networkId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['own-opportunities', networkId],
    queryFn: () =>
      api.get<{ items: OwnOpportunity[] }>(
        `${net(networkId)}/opportunities${toQuery({ pageSize: 200, sort: 'title' })}`,
      ),
    enabled,
  });
}
export function useAllPartners(networkId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['partners', networkId, 'all'],
    queryFn: () => api.get<{ items: PartnerRow[] }>(`${net(networkId)}/partners`),
    enabled,
  });
}
export function useShareActivity(networkId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { activityId: string; partnerNetworkId: string }) =>
      api.post<{ id: string }>(`${net(networkId)}/activities/${input.activityId}/shares`, {
        partnerNetworkId: input.partnerNetworkId,
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['co-agenda', networkId] }),
  });
}
export function useShareOpportunity(networkId: string) {
  return useMutation({
    mutationFn: (input: { opportunityId: string; partnerNetworkId: string }) =>
      api.post<{ id: string }>(`${net(networkId)}/opportunities/${input.opportunityId}/shares`, {
        partnerNetworkId: input.partnerNetworkId,
      }),
  });
}
export function useLinkPartnerActivity(networkId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { partnerId: string; activityId: string }) =>
      api.post<void>(`${net(networkId)}/partners/${input.partnerId}/activities`, { activityId: input.activityId }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['partners', networkId] }),
  });
}
export type SharedOpportunityParams = {
  search: string;
  sort: 'title' | 'ownerNetworkName' | 'organisationName';
  order: 'asc' | 'desc';
};
export function useSharedOpportunities(networkId: string, params: SharedOpportunityParams, enabled: boolean) {
  return useQuery({
    queryKey: ['shared-opportunities', networkId, params],
    queryFn: () => api.get<{ items: SharedOpportunity[] }>(`${net(networkId)}/shared-opportunities${toQuery(params)}`),
    enabled,
  });
}
export function sharedOpportunitiesExportUrl(
  networkId: string,
  params: SharedOpportunityParams,
  format: 'csv' | 'xlsx',
) {
  return `${net(networkId)}/shared-opportunities${toQuery({ ...params, format })}`;
}

// --- The partner's own view ---
export type PartnerView = {
  partners: { id: string; name: string }[];
  activities: { id: string; title: string; startsAt: string; location: string | null }[];
  referrals: (ReferralRow & { note: string | null; toName: string })[];
};
export function usePartnerView(networkId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['partner-view', networkId],
    queryFn: () => api.get<PartnerView>(`${net(networkId)}/partner-view`),
    enabled,
  });
}

// --- News ---
export function usePublishNews(networkId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { kind: string; title: string; body: string }) =>
      api.post<{ id: string }>(`${net(networkId)}/news`, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['news', networkId] }),
  });
}

// --- Exchange files ---
export function exchangeExportUrl(networkId: string, kind: 'job-seekers' | 'vacancies') {
  return `${net(networkId)}/exchange/${kind}`;
}
export type ImportResult = { kind: string; imported: number };

/**
 * Sends an exchange file with upload progress (fetch cannot report it): same headers and error shape as the api client.
 */
export function uploadExchangeFile(
  networkId: string,
  text: string,
  language: string,
  onProgress: (fraction: number) => void,
): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${net(networkId)}/exchange/import`);
    xhr.setRequestHeader('Content-Type', 'application/json');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', language);
    xhr.setRequestHeader('x-requested-with', 'netwerkregie');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onerror = () => reject(new ApiError(0, 'network_error', 'Network error'));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(body as ImportResult);
      const b = (body ?? {}) as { code?: string; message?: string; issues?: ApiIssue[] };
      reject(new ApiError(xhr.status, b.code ?? `http_${xhr.status}`, b.message ?? xhr.statusText, b.issues ?? []));
    };
    xhr.send(text);
  });
}
