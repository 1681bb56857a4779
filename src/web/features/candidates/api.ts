// API calls of the candidates feature: candidates, consents, view log, opportunities, matching, proposals, placements and
// check-in reminders. Reply types and checks come from the candidates and placements contracts.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, requestWithoutReply, toQuery, type Reply } from '../../shared/api-client.js';
import type * as Candidates from '../../../core/candidates/candidates.contract.js';
import * as Portal from '../../../core/candidates/portal.contract.js';
import {
  candidateCreated,
  candidateDetail,
  candidatePage,
  candidateSettings,
  livedExperienceView,
  retentionResult,
  statistics,
  statusChanged,
  viewLog,
} from '../../../core/candidates/candidates.contract.js';
import type * as Placements from '../../../core/candidates/placements.contract.js';
import {
  candidateMatches,
  dueCheckIns,
  employerProposals,
  opportunityMatches,
  opportunityPage,
  opportunityView,
  placementCreated,
  placementDetail,
  placementEnded,
  placementPage,
  proposalCreated,
  proposalResponded,
  proposals,
} from '../../../core/candidates/placements.contract.js';
import { createdReply, versionReply } from '../../../core/common.contract.js';
import { organisationsPage } from '../../../core/members/members.contract.js';

export type SortOrder = 'asc' | 'desc';
const net = (networkId: string) => `/api/networks/${encodeURIComponent(networkId)}`;

// Reply types come from the contracts (decision 018): what the server's schemas say, in their wire form.
export type CandidateRow = Reply<typeof Candidates.candidateRow>;
export type Consent = Reply<typeof Candidates.consentView>;
export type CandidateDetail = Reply<typeof candidateDetail>;
export type ViewLogEntry = Reply<typeof Candidates.viewLogEntry>;
export type ScorePart = Reply<typeof Placements.scorePart>;
export type Score = Reply<typeof Placements.scoreView>;
export type CandidateMatch = Reply<typeof Placements.candidateMatch>;
export type OpportunityMatch = Reply<typeof Placements.opportunityMatch>;
export type Opportunity = Reply<typeof opportunityView>;
export type Proposal = Reply<typeof Placements.proposalView>;
export type EmployerProposal = Reply<typeof Placements.employerProposalView>;
export type Placement = Reply<typeof Placements.placementView>;
export type DueCheckIn = Reply<typeof Placements.dueCheckInView>;
export type Statistics = Reply<typeof statistics>;
export type CandidateParams = {
  search: string;
  status: string;
  sort: 'relevance' | 'code' | 'status' | 'createdAt' | 'hoursPerWeek';
  order: SortOrder;
  page: number;
  pageSize: number;
};

export function useCandidates(networkId: string, params: CandidateParams) {
  return useQuery({
    queryKey: ['candidates', networkId, params],
    queryFn: () => api.get(`${net(networkId)}/candidates${toQuery(params)}`, candidatePage),
    placeholderData: keepPreviousData,
  });
}

export function candidatesExportUrl(networkId: string, params: CandidateParams, format: 'csv' | 'xlsx') {
  const { search, status, sort, order } = params;
  return `${net(networkId)}/candidates${toQuery({ search, status, sort, order, format })}`;
}

export function useCandidate(networkId: string, candidateId: string) {
  return useQuery({
    queryKey: ['candidate', networkId, candidateId],
    queryFn: () => api.get(`${net(networkId)}/candidates/${candidateId}`, candidateDetail),
    // Every fetch is a logged view of personal data: don't refetch on focus or by the clock.
    refetchOnWindowFocus: false,
    staleTime: Infinity,
  });
}

export function useViewLog(networkId: string, candidateId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['candidate-views', networkId, candidateId],
    queryFn: () => api.get(`${net(networkId)}/candidates/${candidateId}/views`, viewLog),
    enabled,
  });
}

export function useCandidateMatches(networkId: string, candidateId: string) {
  return useQuery({
    queryKey: ['candidate-matches', networkId, candidateId],
    queryFn: () => api.get(`${net(networkId)}/candidates/${candidateId}/matches`, opportunityMatches),
  });
}

export type OpportunityParams = {
  search: string;
  status: string;
  sort: Placements.ListOpportunitiesQuery['sort'];
  order: SortOrder;
  page: number;
  pageSize: number;
};

export function useOpportunities(networkId: string, params: OpportunityParams) {
  return useQuery({
    queryKey: ['opportunities', networkId, params],
    queryFn: () => api.get(`${net(networkId)}/opportunities${toQuery(params)}`, opportunityPage),
    placeholderData: keepPreviousData,
  });
}

/** The export of the opportunities as shown: the same search, status and order, every page. */
export function opportunitiesExportUrl(networkId: string, params: OpportunityParams, format: 'csv' | 'xlsx') {
  const { search, status, sort, order } = params;
  return `${net(networkId)}/opportunities${toQuery({ search, status, sort, order, format })}`;
}

export function useOpportunity(networkId: string, opportunityId: string) {
  return useQuery({
    queryKey: ['opportunity', networkId, opportunityId],
    queryFn: () => api.get(`${net(networkId)}/opportunities/${opportunityId}`, opportunityView),
  });
}

export function useOpportunityMatches(networkId: string, opportunityId: string) {
  return useQuery({
    queryKey: ['opportunity-matches', networkId, opportunityId],
    queryFn: () => api.get(`${net(networkId)}/opportunities/${opportunityId}/matches`, candidateMatches),
  });
}

export function useEmployers(networkId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['employers-for-opportunities', networkId],
    queryFn: () => api.get(`${net(networkId)}/organisations?kind=employer&pageSize=200&sort=name`, organisationsPage),
    enabled,
  });
}

export function useProposals(networkId: string, enabled = true) {
  return useQuery({
    queryKey: ['proposals', networkId],
    queryFn: () => api.get(`${net(networkId)}/proposals`, proposals),
    enabled,
  });
}

export function useMyProposals(networkId: string) {
  return useQuery({
    queryKey: ['my-proposals', networkId],
    queryFn: () => api.get(`${net(networkId)}/my-proposals`, employerProposals),
    refetchOnWindowFocus: false,
  });
}

export type PlacementParams = {
  search: string;
  active: string;
  sort: Placements.ListPlacementsQuery['sort'];
  order: SortOrder;
  page: number;
  pageSize: number;
};

export function usePlacements(networkId: string, params: PlacementParams) {
  return useQuery({
    queryKey: ['placements', networkId, params],
    queryFn: () => api.get(`${net(networkId)}/placements${toQuery(params)}`, placementPage),
    placeholderData: keepPreviousData,
  });
}

/** The export of the placements as shown: the same search, filter and order, every page. */
export function placementsExportUrl(networkId: string, params: PlacementParams, format: 'csv' | 'xlsx') {
  const { search, active, sort, order } = params;
  return `${net(networkId)}/placements${toQuery({ search, active, sort, order, format })}`;
}

/** `now` (YYYY-MM-DD) moves the clock only when the server runs in test mode; elsewhere it is ignored. */
export function useDueCheckIns(networkId: string, now: string | undefined) {
  return useQuery({
    queryKey: ['check-ins-due', networkId, now ?? ''],
    queryFn: () => api.get(`${net(networkId)}/check-ins/due${toQuery({ now })}`, dueCheckIns),
  });
}

export function useStatistics(networkId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['candidate-statistics', networkId],
    queryFn: () => api.get(`${net(networkId)}/candidate-statistics`, statistics),
    enabled,
  });
}

function useInvalidating<I, O>(mutationFn: (input: I) => Promise<O>, keys: string[]) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async () => {
      await Promise.all(keys.map((key) => queryClient.invalidateQueries({ queryKey: [key] })));
    },
  });
}

export type CreateCandidateInput = {
  firstName: string;
  email: string | null;
  phone: string | null;
  place: string | null;
  postcodeArea: string | null;
  wishes: string | null;
  hoursPerWeek: number | null;
  supportNeeded: string[];
  availableFrom: string | null;
  referredBy: string | null;
  targetGroupRegister: string;
  targetGroupRegisterOn: string | null;
  consent: { givenOn: string; validUntil: string | null; shareWithProposedEmployers: string[] };
};

export function useCreateCandidate(networkId: string) {
  return useInvalidating(
    (input: CreateCandidateInput) => api.post(`${net(networkId)}/candidates`, input, candidateCreated),
    ['candidates'],
  );
}

export function useChangeStatus(networkId: string, candidateId: string) {
  return useInvalidating(
    (input: { status: string; reason: string | null; version: number }) =>
      api.post(`${net(networkId)}/candidates/${candidateId}/status`, input, statusChanged),
    ['candidate', 'candidates', 'candidate-views'],
  );
}

export function useAddConsent(networkId: string, candidateId: string) {
  return useInvalidating(
    (input: {
      recipient: string;
      organisationId: string | null;
      otherNetworkName: string | null;
      fields: string[];
      givenOn: string;
      validUntil: string | null;
    }) => api.post(`${net(networkId)}/candidates/${candidateId}/consents`, input, createdReply),
    ['candidate', 'candidate-views', 'candidate-lived-experience'],
  );
}

export function useWithdrawConsent(networkId: string, candidateId: string) {
  return useInvalidating(
    (consentId: string) =>
      requestWithoutReply('POST', `${net(networkId)}/candidates/${candidateId}/consents/${consentId}/withdraw`, {}),
    ['candidate', 'candidate-views', 'candidate-lived-experience'],
  );
}

export function useEraseCandidate(networkId: string, candidateId: string) {
  return useInvalidating(
    (reason: string) => requestWithoutReply('POST', `${net(networkId)}/candidates/${candidateId}/erase`, { reason }),
    ['candidate', 'candidates', 'candidate-views'],
  );
}

export function candidateExportUrl(networkId: string, candidateId: string, format: 'json' | 'pdf') {
  return `${net(networkId)}/candidates/${candidateId}/export?format=${format}`;
}

export function useCreateOpportunity(networkId: string) {
  return useInvalidating(
    (input: Record<string, unknown>) => api.post(`${net(networkId)}/opportunities`, input, createdReply),
    ['opportunities'],
  );
}

export function usePropose(networkId: string) {
  return useInvalidating(
    (input: { candidateId: string; opportunityId: string }) =>
      api.post(`${net(networkId)}/proposals`, input, proposalCreated),
    ['opportunity-matches', 'candidate-matches', 'proposals', 'candidates'],
  );
}

export function useRespond(networkId: string) {
  return useInvalidating(
    (input: { proposalId: string; response: 'accepted' | 'declined' }) =>
      api.post(
        `${net(networkId)}/my-proposals/${input.proposalId}/respond`,
        { response: input.response },
        proposalResponded,
      ),
    ['my-proposals'],
  );
}

export function useCreatePlacement(networkId: string) {
  return useInvalidating(
    (input: Record<string, unknown>) => api.post(`${net(networkId)}/placements`, input, placementCreated),
    ['placements', 'proposals', 'candidates', 'candidate', 'check-ins-due', 'candidate-statistics'],
  );
}

export function useRecordCheckIn(networkId: string) {
  return useInvalidating(
    (input: {
      placementId: string;
      months: number;
      heldOn: string;
      stillEmployed: boolean;
      hoursPerWeek: number | null;
      note: string | null;
    }) => {
      const { placementId, ...body } = input;
      return api.post(`${net(networkId)}/placements/${placementId}/check-ins`, body, createdReply);
    },
    ['check-ins-due', 'placements', 'placement'],
  );
}

export type CandidateEditInput = Omit<CreateCandidateInput, 'consent'> & { version: number };

export function useUpdateCandidate(networkId: string, candidateId: string) {
  return useInvalidating(
    (input: CandidateEditInput) => api.put(`${net(networkId)}/candidates/${candidateId}`, input, versionReply),
    ['candidate', 'candidates', 'candidate-views', 'candidate-matches'],
  );
}

export function useUpdateOpportunity(networkId: string, opportunityId: string) {
  return useInvalidating(
    (input: Record<string, unknown>) =>
      api.put(`${net(networkId)}/opportunities/${opportunityId}`, input, versionReply),
    ['opportunities', 'opportunity', 'opportunity-matches', 'candidate-matches'],
  );
}

export type CheckIn = Reply<typeof Placements.checkInView>;
export type PlacementDetail = Reply<typeof placementDetail>;

export function usePlacement(networkId: string, placementId: string | null) {
  return useQuery({
    queryKey: ['placement', networkId, placementId],
    queryFn: () => api.get(`${net(networkId)}/placements/${placementId}`, placementDetail),
    enabled: placementId !== null,
  });
}

export function useEndPlacement(networkId: string, placementId: string) {
  return useInvalidating(
    (input: {
      endsOn: string;
      endReason: string;
      candidateStatus: string | null;
      candidateReason: string | null;
      version: number;
    }) => api.post(`${net(networkId)}/placements/${placementId}/end`, input, placementEnded),
    ['placement', 'placements', 'check-ins-due', 'candidate', 'candidates', 'candidate-statistics'],
  );
}

export type CandidateSettings = Reply<typeof candidateSettings>;

export function useCandidateSettings(networkId: string) {
  return useQuery({
    queryKey: ['candidate-settings', networkId],
    queryFn: () => api.get(`${net(networkId)}/candidate-settings`, candidateSettings),
  });
}

export function useSaveCandidateSettings(networkId: string) {
  return useInvalidating(
    (input: CandidateSettings) => api.put(`${net(networkId)}/candidate-settings`, input, candidateSettings),
    ['candidate-settings'],
  );
}

export type RetentionResult = Reply<typeof retentionResult>;

/** `now` (YYYY-MM-DD) moves the clock only when the server runs in test mode. */
export function useRunRetention(networkId: string, now: string | undefined) {
  return useInvalidating(
    (dryRun: boolean) =>
      api.post(`${net(networkId)}/candidate-retention${toQuery({ now })}`, { dryRun }, retentionResult),
    ['candidates', 'candidate', 'candidate-statistics'],
  );
}

// A candidate's own page (decision 020): the coordinator's side (offer the link, the candidate's requests) and the public
// page behind the link (no sign-in; the link's secret is the authority).
export function usePortalStatus(networkId: string, candidateId: string) {
  return useQuery({
    queryKey: ['candidate-portal-status', networkId, candidateId],
    queryFn: () => api.get(`${net(networkId)}/candidates/${candidateId}/portal`, Portal.portalStatus),
  });
}

export function useOfferPortal(networkId: string, candidateId: string) {
  return useInvalidating(
    () => api.post(`${net(networkId)}/candidates/${candidateId}/portal/offer`, undefined, Portal.offeredReply),
    ['candidate-portal-status', 'candidate-views'],
  );
}

export function useHandleRequest(networkId: string, candidateId: string) {
  return useInvalidating(
    (input: { requestId: string; note: string }) =>
      requestWithoutReply('POST', `${net(networkId)}/candidates/${candidateId}/requests/${input.requestId}/handle`, {
        note: input.note,
      }),
    ['candidate-portal-status', 'candidate-views'],
  );
}

const portalBase = (token: string) => `/api/candidate-portal/${encodeURIComponent(token)}`;

export function usePortalPage(token: string) {
  return useQuery({
    queryKey: ['candidate-portal', token],
    queryFn: () => api.get(portalBase(token), Portal.portalPage),
    retry: false,
  });
}

export function useWithdrawOwnConsent(token: string) {
  return useInvalidating(
    (consentId: string) => requestWithoutReply('POST', `${portalBase(token)}/consents/${consentId}/withdraw`, {}),
    ['candidate-portal'],
  );
}

export function useSendOwnRequest(token: string) {
  return useInvalidating(
    (input: { kind: 'correction' | 'erasure'; message: string }) =>
      api.post(`${portalBase(token)}/requests`, input, Portal.sentRequestReply),
    ['candidate-portal'],
  );
}

/** The candidate answers "hoe gaat het?" at a 3-, 6- or 12-month check-in (issue 19). */
export function useAnswerCheckIn(token: string) {
  return useInvalidating(
    (input: {
      placementId: string;
      months: number;
      score: number;
      help: 'yes' | 'somewhat' | 'no';
      wantsContact: boolean;
      note: string | null;
    }) => api.post(`${portalBase(token)}/check-ins`, input, Portal.checkInAnswered),
    ['candidate-portal'],
  );
}

/** The candidate registers for a meeting open to candidates (issue 19), or cancels their own registration. */
export function useRegisterOwnActivity(token: string) {
  return useInvalidating(
    (activityId: string) =>
      api.post(`${portalBase(token)}/activities/${activityId}/register`, undefined, Portal.portalRegistered),
    ['candidate-portal'],
  );
}

export function useCancelOwnActivity(token: string) {
  return useInvalidating(
    (registrationId: string) =>
      requestWithoutReply('POST', `${portalBase(token)}/registrations/${registrationId}/cancel`, {}),
    ['candidate-portal'],
  );
}

/** The coordinator marks the candidate's worrying check-in answer handled. */
export function useHandleCandidateCheckIn(networkId: string, placementId: string) {
  return useInvalidating(
    (months: number) =>
      requestWithoutReply(
        'POST',
        `${net(networkId)}/placements/${placementId}/candidate-check-ins/${months}/handle`,
        {},
      ),
    ['placement', 'steering'],
  );
}

export function useAskNewPortalLink() {
  return useMutation({
    mutationFn: (email: string) => api.post('/api/candidate-portal/new-link', { email }, Portal.neutralReply),
  });
}

export const portalExportUrl = (token: string, format: 'pdf' | 'json') =>
  `${portalBase(token)}/export?format=${format}`;
export type PortalPage = Reply<typeof Portal.portalPage>;
export type PortalStatus = Reply<typeof Portal.portalStatus>;

/** The ervaringsdeskundige in the klankbordgroep linked to this candidate (issue 19), and who can be linked. */
export function useLivedExperience(networkId: string, candidateId: string) {
  return useQuery({
    queryKey: ['candidate-lived-experience', networkId, candidateId],
    queryFn: () => api.get(`${net(networkId)}/candidates/${candidateId}/lived-experience`, livedExperienceView),
  });
}

export function useLinkLivedExperience(networkId: string, candidateId: string) {
  return useInvalidating(
    (personId: string) =>
      api.put(`${net(networkId)}/candidates/${candidateId}/lived-experience`, { personId }, livedExperienceView),
    ['candidate-lived-experience', 'candidate-views'],
  );
}

export function useUnlinkLivedExperience(networkId: string, candidateId: string) {
  return useInvalidating(
    () => requestWithoutReply('DELETE', `${net(networkId)}/candidates/${candidateId}/lived-experience`),
    ['candidate-lived-experience', 'candidate-views'],
  );
}
