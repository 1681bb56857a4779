// API calls of the advice feature: advice requests to the klankbordgroep, the advice given (asked for or not) and its link to
// the decision that followed. The decisions to link to are read from the governance API.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest, toQuery } from '../../app/api-client.js';

export type AdviceOutcome = 'adopted' | 'partly' | 'not_adopted';
export type AdviceRequestRow = {
  id: string;
  question: string;
  background: string;
  deadline: string;
  askedByName: string | null;
  createdAt: string;
  version: number;
  open: boolean;
  answers: number;
  myAdvice: { id: string; text: string; version: number } | null;
};
export type AdviceRow = {
  id: string;
  requestId: string | null;
  question: string | null;
  authorName: string | null;
  text: string;
  createdAt: string;
  version: number;
  decisionId: string | null;
  decisionText: string | null;
  decidedOn: string | null;
  outcome: AdviceOutcome | null;
  outcomeReason: string;
  mine: boolean;
};
export type RequestsParams = {
  search?: string;
  status?: 'open' | 'closed';
  sort?: 'deadline' | 'createdAt' | 'question' | 'answers';
  direction?: 'asc' | 'desc';
};
export type AdviceParams = {
  search?: string;
  sort?: 'createdAt' | 'authorName' | 'question' | 'outcome';
  direction?: 'asc' | 'desc';
};

const base = (networkId: string) => `/api/networks/${encodeURIComponent(networkId)}/advice`;

export function useAdviceRequests(networkId: string, params: RequestsParams) {
  return useQuery({
    queryKey: ['advice', networkId, 'requests', params],
    queryFn: () => api.get<{ items: AdviceRequestRow[] }>(`${base(networkId)}/requests${toQuery(params)}`),
    placeholderData: keepPreviousData,
  });
}

export function useAdvice(networkId: string, params: AdviceParams) {
  return useQuery({
    queryKey: ['advice', networkId, 'given', params],
    queryFn: () => api.get<{ items: AdviceRow[] }>(`${base(networkId)}${toQuery(params)}`),
    placeholderData: keepPreviousData,
  });
}

export function useDecisionOptions(networkId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['advice', networkId, 'decisions'],
    queryFn: () =>
      api.get<{ items: { id: string; text: string; decidedOn: string }[] }>(
        `/api/networks/${encodeURIComponent(networkId)}/governance/decisions`,
      ),
    enabled,
  });
}

export const requestsExportUrl = (networkId: string, params: RequestsParams, format: 'csv' | 'xlsx') =>
  `${base(networkId)}/requests${toQuery({ ...params, format })}`;
export const adviceExportUrl = (networkId: string, params: AdviceParams, format: 'csv' | 'xlsx') =>
  `${base(networkId)}${toQuery({ ...params, format })}`;

function useAdviceMutation<I, O>(networkId: string, fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['advice', networkId] });
      await client.invalidateQueries({ queryKey: ['governance-decisions', networkId] });
    },
  });
}

export function useAskAdvice(networkId: string) {
  return useAdviceMutation(networkId, (input: { question: string; background: string; deadline: string }) =>
    api.post<{ id: string; notified: number }>(`${base(networkId)}/requests`, input),
  );
}

export function useGiveAdvice(networkId: string) {
  return useAdviceMutation(networkId, (input: { requestId?: string; text: string }) =>
    api.post<{ id: string }>(base(networkId), input),
  );
}

export function useEditAdvice(networkId: string) {
  return useAdviceMutation(networkId, (input: { id: string; version: number; text: string }) =>
    api.patch<{ version: number }>(`${base(networkId)}/${encodeURIComponent(input.id)}`, {
      version: input.version,
      text: input.text,
    }),
  );
}

export function useLinkDecision(networkId: string) {
  return useAdviceMutation(
    networkId,
    (input: {
      id: string;
      version: number;
      decisionId: string | null;
      outcome: AdviceOutcome | null;
      outcomeReason: string;
    }) =>
      apiRequest<{ version: number }>('PUT', `${base(networkId)}/${encodeURIComponent(input.id)}/decision`, {
        version: input.version,
        decisionId: input.decisionId,
        outcome: input.outcome,
        outcomeReason: input.outcomeReason,
      }),
  );
}
