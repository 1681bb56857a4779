// API calls of the partners feature.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, requestWithoutReply, toQuery, type ApiIssue, type Reply } from '../../shared/api-client.js';
import { createdReply } from '../../../core/common.contract.js';
import { candidatePage } from '../../../core/candidates/candidates.contract.js';
import { opportunityPage } from '../../../core/candidates/placements.contract.js';
import type {
  agendaItem,
  partnerRow,
  referralRow,
  sharedOpportunityRow,
} from '../../../core/partners/partners.contract.js';
import {
  coOrganisedAgenda,
  coRegistration,
  installationNetworks,
  news,
  ownActivities,
  partners,
  partnerView,
  referralCreated,
  referrals,
  sharedOpportunities,
} from '../../../core/partners/partners.contract.js';

const net = (networkId: string) => `/api/networks/${encodeURIComponent(networkId)}`;

// Reply types come from the partners contract (decision 018).
export type PartnerRow = Reply<typeof partnerRow>;
export type PartnerParams = { search: string; sort: 'name' | 'kind' | 'since'; order: 'asc' | 'desc' };
export type AgendaItem = Reply<typeof agendaItem>;
export type ReferralRow = Reply<typeof referralRow>;

export function usePartners(networkId: string, params: PartnerParams) {
  return useQuery({
    queryKey: ['partners', networkId, params],
    queryFn: () => api.get(`${net(networkId)}/partners${toQuery(params)}`, partners),
  });
}
export function partnersExportUrl(networkId: string, params: PartnerParams, format: 'csv' | 'xlsx') {
  return `${net(networkId)}/partners${toQuery({ ...params, format })}`;
}
export function useInstallationNetworks(networkId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['installation-networks', networkId],
    queryFn: () => api.get(`${net(networkId)}/installation-networks`, installationNetworks),
    enabled,
  });
}
export function useCreatePartner(networkId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: Record<string, unknown>) => api.post(`${net(networkId)}/partners`, input, createdReply),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['partners', networkId] }),
  });
}
export function useCoAgenda(networkId: string) {
  return useQuery({
    queryKey: ['co-agenda', networkId],
    queryFn: () => api.get(`${net(networkId)}/co-organised-agenda`, coOrganisedAgenda),
  });
}
export function useRegisterCo(networkId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (item: AgendaItem) =>
      api.post(
        `${net(networkId)}/co-organised-agenda/${item.ownerNetworkId}/${item.activityId}/registrations`,
        {},
        coRegistration,
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['co-agenda', networkId] }),
  });
}
export function useCandidateCodes(networkId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['candidate-codes', networkId],
    queryFn: () => api.get(`${net(networkId)}/candidates?pageSize=200&sort=code&order=asc`, candidatePage),
    enabled,
  });
}
export function useRefer(networkId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { candidateId: string; toNetworkId?: string; toPartnerId?: string; note?: string }) =>
      api.post(`${net(networkId)}/referrals`, input, referralCreated),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['referrals', networkId] }),
  });
}
export function useIncomingReferrals(networkId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['referrals', networkId, 'incoming'],
    queryFn: () => api.get(`${net(networkId)}/referrals?direction=incoming`, referrals),
    enabled,
  });
}
export function useNews(networkId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['news', networkId],
    queryFn: () => api.get(`${net(networkId)}/news`, news),
    enabled,
  });
}

// --- Sharing with other networks, linking partners to activities ---
export type OwnActivity = Reply<typeof ownActivities>['items'][number];
export type OwnOpportunity = Reply<typeof opportunityPage>['items'][number];
export type SharedOpportunity = Reply<typeof sharedOpportunityRow>;

export function useOwnActivities(networkId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['own-activities', networkId],
    queryFn: () =>
      api.get(
        `${net(networkId)}/activities${toQuery({ from: new Date(Date.now() - 30 * 24 * 3600 * 1000).toISOString(), pageSize: 500 })}`,
        ownActivities,
      ),
    enabled,
  });
}
export function useOwnOpportunities(networkId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['own-opportunities', networkId],
    queryFn: () =>
      api.get(`${net(networkId)}/opportunities${toQuery({ pageSize: 200, sort: 'title' })}`, opportunityPage),
    enabled,
  });
}
export function useAllPartners(networkId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['partners', networkId, 'all'],
    queryFn: () => api.get(`${net(networkId)}/partners`, partners),
    enabled,
  });
}
export function useShareActivity(networkId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { activityId: string; partnerNetworkId: string }) =>
      api.post(
        `${net(networkId)}/activities/${input.activityId}/shares`,
        { partnerNetworkId: input.partnerNetworkId },
        createdReply,
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['co-agenda', networkId] }),
  });
}
export function useShareOpportunity(networkId: string) {
  return useMutation({
    mutationFn: (input: { opportunityId: string; partnerNetworkId: string }) =>
      api.post(
        `${net(networkId)}/opportunities/${input.opportunityId}/shares`,
        { partnerNetworkId: input.partnerNetworkId },
        createdReply,
      ),
  });
}
export function useLinkPartnerActivity(networkId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { partnerId: string; activityId: string }) =>
      requestWithoutReply('POST', `${net(networkId)}/partners/${input.partnerId}/activities`, {
        activityId: input.activityId,
      }),
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
    queryFn: () => api.get(`${net(networkId)}/shared-opportunities${toQuery(params)}`, sharedOpportunities),
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
export type PartnerView = Reply<typeof partnerView>;
export function usePartnerView(networkId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['partner-view', networkId],
    queryFn: () => api.get(`${net(networkId)}/partner-view`, partnerView),
    enabled,
  });
}

// --- News ---
export function usePublishNews(networkId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { kind: string; title: string; body: string }) =>
      api.post(`${net(networkId)}/news`, input, createdReply),
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
