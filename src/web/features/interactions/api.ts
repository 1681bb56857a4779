// API calls of the contact moments feature.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest, toQuery } from '../../app/api-client.js';

export type InteractionKind = 'call' | 'visit' | 'mail' | 'meeting';
export type Interaction = {
  id: string;
  organisationId: string;
  organisationName: string;
  kind: InteractionKind;
  occurredOn: string;
  contactPersonId: string | null;
  contactName: string | null;
  recordedByName: string | null;
  note: string;
  outcome: string | null;
  followUp: string | null;
  followUpOwnerPersonId: string | null;
  followUpOwnerName: string | null;
  followUpDueOn: string | null;
  followUpDone: boolean;
  version: number;
};
export type InteractionInput = {
  kind: InteractionKind;
  occurredOn: string;
  contactPersonId: string | null;
  note: string;
  outcome: string | null;
  followUp: { what: string; ownerPersonId: string; dueOn: string | null } | null;
};
export type TimelineItem = {
  kind: 'contact' | 'attended' | 'contributed' | 'hosted' | 'need' | 'placement';
  id: string;
  day: string;
  title: string;
  detail: string | null;
  subKind: string | null;
};
export type ListParams = { search?: string; sort?: string; order?: string };
export type ActionParams = { status: string; search?: string; sort?: string; order?: string };

const base = (networkId: string) => `/api/networks/${encodeURIComponent(networkId)}`;
const orgBase = (networkId: string, organisationId: string) =>
  `${base(networkId)}/organisations/${encodeURIComponent(organisationId)}`;

export function useInteractions(networkId: string, organisationId: string, params: ListParams) {
  return useQuery({
    queryKey: ['interactions', networkId, organisationId, params],
    queryFn: () =>
      api.get<{ items: Interaction[] }>(`${orgBase(networkId, organisationId)}/interactions${toQuery(params)}`),
    placeholderData: keepPreviousData,
  });
}

export function interactionsExportUrl(networkId: string, organisationId: string, params: ListParams, format: string) {
  return `${orgBase(networkId, organisationId)}/interactions${toQuery({ ...params, format })}`;
}

export function useTimeline(networkId: string, organisationId: string, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['interactions', networkId, organisationId, 'timeline', page, pageSize],
    queryFn: () =>
      api.get<{ items: TimelineItem[]; total: number; page: number; pageSize: number }>(
        `${orgBase(networkId, organisationId)}/timeline${toQuery({ page, pageSize })}`,
      ),
    placeholderData: keepPreviousData,
  });
}

export function useFollowUpOwners(networkId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['interactions', networkId, 'owners'],
    queryFn: () => api.get<{ items: { id: string; name: string }[] }>(`${base(networkId)}/interactions/owners`),
    enabled,
  });
}

export function useRecordInteraction(networkId: string, organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InteractionInput) =>
      api.post<{ id: string }>(`${orgBase(networkId, organisationId)}/interactions`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['interactions', networkId] }),
  });
}

export function useMyActions(networkId: string, params: ActionParams) {
  return useQuery({
    queryKey: ['interactions', networkId, 'my-actions', params],
    queryFn: () => api.get<{ items: Interaction[] }>(`${base(networkId)}/my-actions${toQuery(params)}`),
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
      apiRequest<Interaction>('POST', `${base(networkId)}/interactions/${encodeURIComponent(input.id)}/follow-up`, {
        done: input.done,
        version: input.version,
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['interactions', networkId] }),
  });
}
