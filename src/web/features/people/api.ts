// API calls of the people feature: the list (also as CSV/XLSX download), invitations sent and a new invitation.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, toQuery, type Reply } from '../../shared/api-client.js';
import {
  invitationSent,
  invitationsReply,
  peoplePage,
  type invitationRow,
  type personRow,
} from '../../../core/access/people.contract.js';
import { organisationsPage } from '../../../core/members/members.contract.js';
import type { PeopleSort } from '../../../core/access/people-lists.js';
import type { ExportFormat } from '../../../core/export-list.js';

// Reply types come from the people contract (decision 018).
export type PersonRow = Reply<typeof personRow>;
export type SortOrder = 'asc' | 'desc';
export type PeopleParams = { search: string; sort: PeopleSort; order: SortOrder; page: number; pageSize: number };
export type PeoplePage = Reply<typeof peoplePage>;
export type InvitationRow = Reply<typeof invitationRow>;
export type InviteInput = { name: string; email: string; role: string; organisationId?: string | null };

/** The network's organisations to link an invited contact to (at most 200, sorted by name). */
export function useInviteOrganisations(networkId: string) {
  return useQuery({
    queryKey: ['invite-organisations', networkId],
    queryFn: () =>
      api.get(
        `/api/networks/${encodeURIComponent(networkId)}/organisations?sort=name&order=asc&page=1&pageSize=200`,
        organisationsPage,
      ),
  });
}

function peoplePath(networkId: string): string {
  return `/api/networks/${encodeURIComponent(networkId)}/people`;
}

export function usePeople(networkId: string, params: PeopleParams) {
  return useQuery({
    queryKey: ['people', networkId, params],
    queryFn: () => api.get(`${peoplePath(networkId)}${toQuery(params)}`, peoplePage),
    placeholderData: keepPreviousData,
  });
}

export function peopleExportUrl(networkId: string, params: PeopleParams, format: ExportFormat): string {
  return `${peoplePath(networkId)}${toQuery({ search: params.search, sort: params.sort, order: params.order, format })}`;
}

export function useInvitations(networkId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['invitations', networkId],
    queryFn: () => api.get(`/api/networks/${encodeURIComponent(networkId)}/invitations`, invitationsReply),
    enabled,
  });
}

export function useInvite(networkId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InviteInput) =>
      api.post(`/api/networks/${encodeURIComponent(networkId)}/invitations`, input, invitationSent),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['invitations', networkId] }),
        queryClient.invalidateQueries({ queryKey: ['people', networkId] }),
        queryClient.invalidateQueries({ queryKey: ['network', networkId] }),
      ]);
    },
  });
}
