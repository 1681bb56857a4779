// API calls of the candidates feature: candidates, consents, view log, opportunities, matching, proposals, placements and
// check-in reminders. Types mirror the server's response schemas.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest, toQuery } from '../../app/api-client.js';

export type SortOrder = 'asc' | 'desc';
const net = (networkId: string) => `/api/networks/${encodeURIComponent(networkId)}`;

export type CandidateRow = {
  id: string;
  code: string;
  status: string;
  place: string | null;
  hoursPerWeek: number | null;
  referredBy: string | null;
  targetGroupRegister: string;
  erased: boolean;
  createdAt: string;
};
export type CandidateParams = {
  search: string;
  status: string;
  sort: 'relevance' | 'code' | 'status' | 'createdAt' | 'hoursPerWeek';
  order: SortOrder;
  page: number;
  pageSize: number;
};
export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

export type Consent = {
  id: string;
  recipient: string;
  organisationId: string | null;
  organisationName: string | null;
  otherNetworkName: string | null;
  fields: string[];
  givenOn: string;
  validUntil: string | null;
  recordedBy: string | null;
  withdrawnAt: string | null;
  active: boolean;
};
export type CandidateDetail = {
  id: string;
  code: string;
  firstName: string | null;
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
  status: string;
  statusReason: string | null;
  leftOn: string | null;
  erasedAt: string | null;
  eraseOn: string | null;
  createdAt: string;
  version: number;
  consents: Consent[];
  statusHistory: {
    fromStatus: string | null;
    toStatus: string;
    reason: string | null;
    changedBy: string | null;
    changedAt: string;
  }[];
};
export type ViewLogEntry = { at: string; action: string; actorName: string | null; fields: string[] };
export type ScorePart = { key: string; points: number; max: number } & Record<string, unknown>;
export type Score = { total: number; parts: ScorePart[] };
export type CandidateMatch = { candidateId: string; code: string; status: string; proposed: boolean; score: Score };
export type OpportunityMatch = {
  opportunityId: string;
  title: string;
  organisationName: string;
  proposed: boolean;
  score: Score;
};
export type Opportunity = {
  id: string;
  organisationId: string;
  organisationName: string;
  title: string;
  kind: string;
  hoursPerWeek: number | null;
  place: string | null;
  postcodeArea: string | null;
  requirements: string | null;
  supportOffered: string[];
  startsOn: string | null;
  status: string;
  createdAt: string;
  version: number;
};
export type Proposal = {
  id: string;
  candidateId: string;
  candidateCode: string;
  targetGroupRegister: string;
  opportunityId: string;
  opportunityTitle: string;
  organisationId: string;
  organisationName: string;
  score: number;
  status: string;
  proposedAt: string;
};
export type EmployerProposal = {
  id: string;
  opportunityTitle: string;
  score: number;
  status: string;
  proposedAt: string;
  note: string | null;
  candidate: { code: string; fields: string[]; shared: Record<string, unknown> };
};
export type Placement = {
  id: string;
  candidateId: string;
  candidateCode: string;
  organisationId: string;
  organisationName: string;
  opportunityId: string | null;
  startsOn: string;
  endsOn: string | null;
  endReason: string | null;
  hoursPerWeek: number;
  contractKind: string;
  targetGroupRegister: string;
  jobs: number;
  jobcoach: boolean;
  wageSubsidy: boolean;
  noRiskPolicy: boolean;
  version: number;
};
export type DueCheckIn = {
  placementId: string;
  candidateCode: string;
  organisationName: string;
  startsOn: string;
  months: number;
  dueOn: string;
  overdue: boolean;
};
/** Suppressed (decision 013): "< 5" below 5, "×" withheld beside a small count. */
type Cell = number | '< 5' | '×';
export type Statistics = {
  candidatesTotal: Cell;
  candidatesByStatus: { status: string; count: Cell }[];
  placements: { total: Cell; active: Cell; activeJobs: number | '< 5' };
  placementsByContract: { contractKind: string; count: Cell }[];
};

export function useCandidates(networkId: string, params: CandidateParams) {
  return useQuery({
    queryKey: ['candidates', networkId, params],
    queryFn: () => api.get<Page<CandidateRow>>(`${net(networkId)}/candidates${toQuery(params)}`),
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
    queryFn: () => api.get<CandidateDetail>(`${net(networkId)}/candidates/${candidateId}`),
    // Every fetch is a logged view of personal data: don't refetch on focus or by the clock.
    refetchOnWindowFocus: false,
    staleTime: Infinity,
  });
}

export function useViewLog(networkId: string, candidateId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['candidate-views', networkId, candidateId],
    queryFn: () => api.get<{ items: ViewLogEntry[] }>(`${net(networkId)}/candidates/${candidateId}/views`),
    enabled,
  });
}

export function useCandidateMatches(networkId: string, candidateId: string) {
  return useQuery({
    queryKey: ['candidate-matches', networkId, candidateId],
    queryFn: () => api.get<{ items: OpportunityMatch[] }>(`${net(networkId)}/candidates/${candidateId}/matches`),
  });
}

export function useOpportunities(
  networkId: string,
  params: { search: string; status: string; page: number; pageSize: number },
) {
  return useQuery({
    queryKey: ['opportunities', networkId, params],
    queryFn: () =>
      api.get<Page<Opportunity>>(`${net(networkId)}/opportunities${toQuery({ ...params, sort: 'createdAt' })}`),
    placeholderData: keepPreviousData,
  });
}

export function useOpportunity(networkId: string, opportunityId: string) {
  return useQuery({
    queryKey: ['opportunity', networkId, opportunityId],
    queryFn: () => api.get<Opportunity>(`${net(networkId)}/opportunities/${opportunityId}`),
  });
}

export function useOpportunityMatches(networkId: string, opportunityId: string) {
  return useQuery({
    queryKey: ['opportunity-matches', networkId, opportunityId],
    queryFn: () => api.get<{ items: CandidateMatch[] }>(`${net(networkId)}/opportunities/${opportunityId}/matches`),
  });
}

export function useEmployers(networkId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['employers-for-opportunities', networkId],
    queryFn: () =>
      api.get<Page<{ id: string; name: string; postcode: string | null; city: string | null }>>(
        `${net(networkId)}/organisations?kind=employer&pageSize=200&sort=name`,
      ),
    enabled,
  });
}

export function useProposals(networkId: string, enabled = true) {
  return useQuery({
    queryKey: ['proposals', networkId],
    queryFn: () => api.get<{ items: Proposal[] }>(`${net(networkId)}/proposals`),
    enabled,
  });
}

export function useMyProposals(networkId: string) {
  return useQuery({
    queryKey: ['my-proposals', networkId],
    queryFn: () => api.get<{ items: EmployerProposal[] }>(`${net(networkId)}/my-proposals`),
    refetchOnWindowFocus: false,
  });
}

export function usePlacements(
  networkId: string,
  params: { search: string; active: string; page: number; pageSize: number },
) {
  return useQuery({
    queryKey: ['placements', networkId, params],
    queryFn: () => api.get<Page<Placement> & { totalJobs: number }>(`${net(networkId)}/placements${toQuery(params)}`),
    placeholderData: keepPreviousData,
  });
}

export function placementsExportUrl(networkId: string, params: { search: string; active: string }, format: string) {
  return `${net(networkId)}/placements${toQuery({ ...params, format })}`;
}

/** `now` (YYYY-MM-DD) moves the clock only when the server runs in test mode; elsewhere it is ignored. */
export function useDueCheckIns(networkId: string, now: string | undefined) {
  return useQuery({
    queryKey: ['check-ins-due', networkId, now ?? ''],
    queryFn: () => api.get<{ items: DueCheckIn[] }>(`${net(networkId)}/check-ins/due${toQuery({ now })}`),
  });
}

export function useStatistics(networkId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['candidate-statistics', networkId],
    queryFn: () => api.get<Statistics>(`${net(networkId)}/candidate-statistics`),
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
    (input: CreateCandidateInput) => api.post<{ id: string; code: string }>(`${net(networkId)}/candidates`, input),
    ['candidates'],
  );
}

export function useChangeStatus(networkId: string, candidateId: string) {
  return useInvalidating(
    (input: { status: string; reason: string | null; version: number }) =>
      api.post(`${net(networkId)}/candidates/${candidateId}/status`, input),
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
    }) => api.post(`${net(networkId)}/candidates/${candidateId}/consents`, input),
    ['candidate', 'candidate-views'],
  );
}

export function useWithdrawConsent(networkId: string, candidateId: string) {
  return useInvalidating(
    (consentId: string) => api.post(`${net(networkId)}/candidates/${candidateId}/consents/${consentId}/withdraw`),
    ['candidate', 'candidate-views'],
  );
}

export function useEraseCandidate(networkId: string, candidateId: string) {
  return useInvalidating(
    (reason: string) => api.post(`${net(networkId)}/candidates/${candidateId}/erase`, { reason }),
    ['candidate', 'candidates', 'candidate-views'],
  );
}

export function candidateExportUrl(networkId: string, candidateId: string, format: 'json' | 'pdf') {
  return `${net(networkId)}/candidates/${candidateId}/export?format=${format}`;
}

export function useCreateOpportunity(networkId: string) {
  return useInvalidating(
    (input: Record<string, unknown>) => api.post<{ id: string }>(`${net(networkId)}/opportunities`, input),
    ['opportunities'],
  );
}

export function usePropose(networkId: string) {
  return useInvalidating(
    (input: { candidateId: string; opportunityId: string }) =>
      api.post<{ id: string; score: number }>(`${net(networkId)}/proposals`, input),
    ['opportunity-matches', 'candidate-matches', 'proposals', 'candidates'],
  );
}

export function useRespond(networkId: string) {
  return useInvalidating(
    (input: { proposalId: string; response: 'accepted' | 'declined' }) =>
      api.post(`${net(networkId)}/my-proposals/${input.proposalId}/respond`, { response: input.response }),
    ['my-proposals'],
  );
}

export function useCreatePlacement(networkId: string) {
  return useInvalidating(
    (input: Record<string, unknown>) => api.post<{ id: string; jobs: number }>(`${net(networkId)}/placements`, input),
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
      return api.post(`${net(networkId)}/placements/${placementId}/check-ins`, body);
    },
    ['check-ins-due', 'placements', 'placement'],
  );
}

export type CandidateEditInput = Omit<CreateCandidateInput, 'consent'> & { version: number };

export function useUpdateCandidate(networkId: string, candidateId: string) {
  return useInvalidating(
    (input: CandidateEditInput) =>
      apiRequest<{ version: number }>('PUT', `${net(networkId)}/candidates/${candidateId}`, input),
    ['candidate', 'candidates', 'candidate-views', 'candidate-matches'],
  );
}

export function useUpdateOpportunity(networkId: string, opportunityId: string) {
  return useInvalidating(
    (input: Record<string, unknown>) =>
      apiRequest<{ version: number }>('PUT', `${net(networkId)}/opportunities/${opportunityId}`, input),
    ['opportunities', 'opportunity', 'opportunity-matches', 'candidate-matches'],
  );
}

export type CheckIn = {
  id: string;
  months: number;
  heldOn: string;
  stillEmployed: boolean;
  hoursPerWeek: number | null;
  note: string | null;
};
export type PlacementDetail = Placement & {
  attributionKind: string | null;
  checkIns: CheckIn[];
  dueDates: { months: number; dueOn: string; done: boolean }[];
};

export function usePlacement(networkId: string, placementId: string | null) {
  return useQuery({
    queryKey: ['placement', networkId, placementId],
    queryFn: () => api.get<PlacementDetail>(`${net(networkId)}/placements/${placementId}`),
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
    }) =>
      api.post<{ version: number; candidateStatus: string | null }>(
        `${net(networkId)}/placements/${placementId}/end`,
        input,
      ),
    ['placement', 'placements', 'check-ins-due', 'candidate', 'candidates', 'candidate-statistics'],
  );
}

export type CandidateSettings = { retentionMonths: number; backOfficePersonalData: boolean; version: number };

export function useCandidateSettings(networkId: string) {
  return useQuery({
    queryKey: ['candidate-settings', networkId],
    queryFn: () => api.get<CandidateSettings>(`${net(networkId)}/candidate-settings`),
  });
}

export function useSaveCandidateSettings(networkId: string) {
  return useInvalidating(
    (input: CandidateSettings) => apiRequest<CandidateSettings>('PUT', `${net(networkId)}/candidate-settings`, input),
    ['candidate-settings'],
  );
}

export type RetentionResult = {
  dryRun: boolean;
  today: string;
  erased: { id: string; code: string; leftOn: string; eraseOn: string }[];
};

/** `now` (YYYY-MM-DD) moves the clock only when the server runs in test mode. */
export function useRunRetention(networkId: string, now: string | undefined) {
  return useInvalidating(
    (dryRun: boolean) =>
      api.post<RetentionResult>(`${net(networkId)}/candidate-retention${toQuery({ now })}`, { dryRun }),
    ['candidates', 'candidate', 'candidate-statistics'],
  );
}
