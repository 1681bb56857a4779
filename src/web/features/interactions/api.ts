// API calls of the contact moments feature.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, toQuery, type Reply } from '../../shared/api-client.js';
import type { ExportFormat } from '../../../core/export-list.js';
import type { InteractionSort } from '../../../core/interactions/interaction-lists.js';
import { createdReply } from '../../../core/common.contract.js';
import {
  interactionRow,
  interactions,
  interactionsPage,
  ownerOptions,
  timelinePage,
} from '../../../core/interactions/interactions.contract.js';

export type InteractionKind = 'call' | 'visit' | 'mail' | 'meeting';
// Reply types come from the interactions contract (decision 018).
export type Interaction = Reply<typeof interactionRow>;
export type InteractionInput = {
  kind: InteractionKind;
  occurredOn: string;
  contactPersonId: string | null;
  note: string;
  outcome: string | null;
  followUp: { what: string; ownerPersonId: string; dueOn: string | null } | null;
};
export type TimelineItem = Reply<typeof timelinePage>['items'][number];
export type ListParams = {
  search?: string | undefined;
  sort?: InteractionSort;
  order?: 'asc' | 'desc';
  page?: number;
  pageSize?: number;
};
export type ActionParams = { status: string; search?: string; sort?: string; order?: string };

const base = (networkId: string) => `/api/networks/${encodeURIComponent(networkId)}`;
const orgBase = (networkId: string, organisationId: string) =>
  `${base(networkId)}/organisations/${encodeURIComponent(organisationId)}`;

export function useInteractions(networkId: string, organisationId: string, params: ListParams) {
  return useQuery({
    queryKey: ['interactions', networkId, organisationId, params],
    queryFn: () => api.get(`${orgBase(networkId, organisationId)}/interactions${toQuery(params)}`, interactionsPage),
    placeholderData: keepPreviousData,
  });
}

/** The export holds every match, so the page and its size stay out of the address. */
export function interactionsExportUrl(
  networkId: string,
  organisationId: string,
  { page: _page, pageSize: _pageSize, ...params }: ListParams,
  format: ExportFormat,
) {
  return `${orgBase(networkId, organisationId)}/interactions${toQuery({ ...params, format })}`;
}

export function useTimeline(networkId: string, organisationId: string, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['interactions', networkId, organisationId, 'timeline', page, pageSize],
    queryFn: () =>
      api.get(`${orgBase(networkId, organisationId)}/timeline${toQuery({ page, pageSize })}`, timelinePage),
    placeholderData: keepPreviousData,
  });
}

export function useFollowUpOwners(networkId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['interactions', networkId, 'owners'],
    queryFn: () => api.get(`${base(networkId)}/interactions/owners`, ownerOptions),
    enabled,
  });
}

export function useRecordInteraction(networkId: string, organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InteractionInput) =>
      api.post(`${orgBase(networkId, organisationId)}/interactions`, input, createdReply),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['interactions', networkId] }),
  });
}

export function useMyActions(networkId: string, params: ActionParams) {
  return useQuery({
    queryKey: ['interactions', networkId, 'my-actions', params],
    queryFn: () => api.get(`${base(networkId)}/my-actions${toQuery(params)}`, interactions),
    placeholderData: keepPreviousData,
  });
}

export function myActionsExportUrl(networkId: string, params: ActionParams, format: string) {
  return `${base(networkId)}/my-actions${toQuery({ ...params, format })}`;
}

export function useSetFollowUpDone(networkId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; done: boolean; version: number }) =>
      api.post(
        `${base(networkId)}/interactions/${encodeURIComponent(input.id)}/follow-up`,
        { done: input.done, version: input.version },
        interactionRow,
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['interactions', networkId] }),
  });
}
