// API calls of the advice feature: advice requests to the klankbordgroep, the advice given (asked for or not) and its link to
// the decision that followed. The decisions to link to are read from the governance API.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, toQuery, type Reply } from '../../shared/api-client.js';
import { createdReply } from '../../../core/common.contract.js';
import type { ADVICE_OUTCOMES, AdviceRequestSort, AdviceSort } from '../../../core/advice/advice-rules.js';
import {
  adviceGiven,
  adviceRequests,
  okWithVersion,
  requestCreated,
  type adviceRow,
  type requestRow,
} from '../../../core/advice/advice.contract.js';
import { decisions } from '../../../core/governance/governance.contract.js';

// Reply types come from the advice contract (decision 018).
export type AdviceOutcome = (typeof ADVICE_OUTCOMES)[number];
export type AdviceRequestRow = Reply<typeof requestRow>;
export type AdviceRow = Reply<typeof adviceRow>;
export type RequestsParams = {
  search?: string;
  status?: 'open' | 'closed';
  sort?: AdviceRequestSort;
  order?: 'asc' | 'desc';
};
export type AdviceParams = {
  search?: string;
  sort?: AdviceSort;
  order?: 'asc' | 'desc';
};

const base = (networkId: string) => `/api/networks/${encodeURIComponent(networkId)}/advice`;

export function useAdviceRequests(networkId: string, params: RequestsParams) {
  return useQuery({
    queryKey: ['advice', networkId, 'requests', params],
    queryFn: () => api.get(`${base(networkId)}/requests${toQuery(params)}`, adviceRequests),
    placeholderData: keepPreviousData,
  });
}

export function useAdvice(networkId: string, params: AdviceParams) {
  return useQuery({
    queryKey: ['advice', networkId, 'given', params],
    queryFn: () => api.get(`${base(networkId)}${toQuery(params)}`, adviceGiven),
    placeholderData: keepPreviousData,
  });
}

export function useDecisionOptions(networkId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['advice', networkId, 'decisions'],
    // The decision log as the governance contract describes it.
    queryFn: () => api.get(`/api/networks/${encodeURIComponent(networkId)}/governance/decisions`, decisions),
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
    api.post(`${base(networkId)}/requests`, input, requestCreated),
  );
}

export function useGiveAdvice(networkId: string) {
  return useAdviceMutation(networkId, (input: { requestId?: string; text: string }) =>
    api.post(base(networkId), input, createdReply),
  );
}

export function useEditAdvice(networkId: string) {
  return useAdviceMutation(networkId, (input: { id: string; version: number; text: string }) =>
    api.patch(
      `${base(networkId)}/${encodeURIComponent(input.id)}`,
      { version: input.version, text: input.text },
      okWithVersion,
    ),
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
      api.put(
        `${base(networkId)}/${encodeURIComponent(input.id)}/decision`,
        {
          version: input.version,
          decisionId: input.decisionId,
          outcome: input.outcome,
          outcomeReason: input.outcomeReason,
        },
        okWithVersion,
      ),
  );
}
