// API calls of the agenda feature: needs, activities, registrations, attendance, evaluation, calendar feeds.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, contractRequest, toQuery, type Reply } from '../../shared/api-client.js';
import { createdReply } from '../../../core/common.contract.js';
import {
  activitiesPage,
  activityDetail,
  feedCreated,
  feeds,
  needsPage,
  ok,
  publicAgenda,
  registered,
  registrationCancelled,
  type activityRow,
  type feedRow,
  type needRow,
  type registrationView,
} from '../../../core/agenda/agenda.contract.js';
import { contactsPage, organisationDetail, organisationsPage } from '../../../core/members/members.contract.js';
import { candidatePage } from '../../../core/candidates/candidates.contract.js';
import {
  needsRoundAnswered,
  needsRoundsReply,
  needsRoundStarted,
  publicNeedsRound,
  type needsRoundRow,
  type needsRoundTheme,
} from '../../../core/surveys/needs-round.contract.js';

// Reply types come from the agenda contract and, for the needs round, the needs-round contract (decision 018).
export type NeedRow = Reply<typeof needRow>;
export type ActivityRow = Reply<typeof activityRow>;
export type RegistrationRow = Reply<typeof registrationView>;
export type ActivityDetail = Reply<typeof activityDetail>;
export type CandidateRegistrationRow = ActivityDetail['candidateRegistrations'][number];

const base = (networkId: string) => `/api/networks/${encodeURIComponent(networkId)}`;

export function useNeeds(networkId: string, params: { status?: string; pageSize?: number; cursor?: string } = {}) {
  return useQuery({
    queryKey: ['needs', networkId, params],
    queryFn: () => api.get(`${base(networkId)}/needs${toQuery(params)}`, needsPage),
    placeholderData: keepPreviousData,
  });
}

export function needsExportUrl(networkId: string, format: 'csv' | 'xlsx') {
  return `${base(networkId)}/needs${toQuery({ format })}`;
}

function useInvalidate(networkId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['needs', networkId] }),
      queryClient.invalidateQueries({ queryKey: ['activities', networkId] }),
      queryClient.invalidateQueries({ queryKey: ['activity', networkId] }),
    ]);
}

export function useNeedAction(networkId: string) {
  const invalidate = useInvalidate(networkId);
  return useMutation({
    mutationFn: (input: {
      needId?: string;
      action: 'raise' | 'support' | 'prioritise' | 'evaluate';
      body?: unknown;
    }): Promise<Reply<typeof createdReply> | Reply<typeof ok>> =>
      input.action === 'raise'
        ? api.post(`${base(networkId)}/needs`, input.body, createdReply)
        : api.post(`${base(networkId)}/needs/${input.needId}/${input.action}`, input.body ?? {}, ok),
    onSuccess: invalidate,
  });
}

export function useActivities(
  networkId: string,
  params: { from?: string; to?: string; workForm?: string; search?: string; pageSize?: number; cursor?: string },
) {
  return useQuery({
    queryKey: ['activities', networkId, params],
    queryFn: () => api.get(`${base(networkId)}/activities${toQuery(params)}`, activitiesPage),
  });
}

export function activitiesExportUrl(
  networkId: string,
  params: Record<string, string | undefined>,
  format: 'csv' | 'xlsx',
) {
  return `${base(networkId)}/activities${toQuery({ ...params, format })}`;
}

export function useActivity(networkId: string, activityId: string) {
  return useQuery({
    queryKey: ['activity', networkId, activityId],
    queryFn: () => api.get(`${base(networkId)}/activities/${activityId}`, activityDetail),
  });
}

export function activityIcsUrl(networkId: string, activityId: string) {
  return `${base(networkId)}/activities/${activityId}/ics`;
}

export function usePlanActivity(networkId: string) {
  const invalidate = useInvalidate(networkId);
  return useMutation({
    mutationFn: (body: unknown) => api.post(`${base(networkId)}/activities`, body, createdReply),
    onSuccess: invalidate,
  });
}

export function useRegistrationAction(networkId: string, activityId: string) {
  const invalidate = useInvalidate(networkId);
  const path = `${base(networkId)}/activities/${activityId}/registrations`;
  return useMutation({
    mutationFn: (
      input:
        | { action: 'register'; personId?: string }
        | { action: 'cancel'; registrationId: string }
        | { action: 'attendance'; registrationId: string; attended: boolean }
        | { action: 'evaluate'; registrationId: string; rating: number; needMet: boolean | null; comment: string },
    ): Promise<Reply<typeof registered> | Reply<typeof registrationCancelled> | Reply<typeof ok>> => {
      switch (input.action) {
        case 'register':
          return api.post(path, input.personId ? { personId: input.personId } : {}, registered);
        case 'cancel':
          return api.post(`${path}/${input.registrationId}/cancel`, {}, registrationCancelled);
        case 'attendance':
          return api.put(`${path}/${input.registrationId}/attendance`, { attended: input.attended }, ok);
        case 'evaluate':
          return api.put(
            `${path}/${input.registrationId}/evaluation`,
            { rating: input.rating, needMet: input.needMet, comment: input.comment || null },
            ok,
          );
      }
    },
    onSuccess: invalidate,
  });
}

export type FeedRow = Reply<typeof feedRow>;

export function useFeeds(networkId: string) {
  return useQuery({
    queryKey: ['calendar-feeds', networkId],
    queryFn: () => api.get(`${base(networkId)}/calendar-feeds`, feeds),
  });
}

export function useCreateFeed(networkId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (scope: 'network' | 'personal') =>
      api.post(`${base(networkId)}/calendar-feeds`, { scope }, feedCreated),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['calendar-feeds', networkId] }),
  });
}

export function useRevokeFeed(networkId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (feedId: string) => contractRequest('DELETE', `${base(networkId)}/calendar-feeds/${feedId}`, ok),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['calendar-feeds', networkId] }),
  });
}

export type PublicAgenda = Reply<typeof publicAgenda>;

export function usePublicAgenda(slug: string) {
  return useQuery({
    queryKey: ['public-agenda', slug],
    queryFn: () => api.get(`/api/public/agenda/${encodeURIComponent(slug)}`, publicAgenda),
  });
}

export function useSetPublicAgenda(networkId: string) {
  return useMutation({
    mutationFn: (publicAgenda: boolean) => api.put(`${base(networkId)}/public-agenda`, { publicAgenda }, ok),
  });
}

export function useOrganisationOptions(networkId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['organisation-options', networkId],
    queryFn: () =>
      api.get(`${base(networkId)}/organisations${toQuery({ pageSize: 200, sort: 'name' })}`, organisationsPage),
    enabled,
  });
}

/**
 * A member's own organisation and its contacts (the member portal's record): the initiator of an activity the member
 * organises, and the colleagues a member who runs an activity registers.
 */
export function useOwnOrganisationContacts(networkId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['own-organisation', networkId, 'agenda'],
    queryFn: () => api.get(`${base(networkId)}/portal/organisation`, organisationDetail),
    enabled,
  });
}

/**
 * Contacts to register for an activity: those matching what was typed, best match first (the server searches the whole
 * network, with typos), or the first by name when nothing is typed. A page of 50: the picker narrows down by typing.
 */
export function useContactOptions(networkId: string, enabled: boolean, search = '') {
  return useQuery({
    queryKey: ['contact-options', networkId, search],
    queryFn: () => api.get(`${base(networkId)}/contacts${toQuery({ search, pageSize: 50 })}`, contactsPage),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/**
 * The network's candidates to register for an activity, by their pseudonymous code (the list holds no personal fields):
 * those matching what was typed, or the newest when nothing is typed. A page of 50: the picker narrows down by typing.
 */
export function useCandidateOptions(networkId: string, enabled: boolean, search = '') {
  return useQuery({
    queryKey: ['candidate-options', networkId, search],
    queryFn: () => api.get(`${base(networkId)}/candidates${toQuery({ search, pageSize: 50 })}`, candidatePage),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** The coordinator's side of candidates at an activity: register, cancel, mark present. */
export function useCandidateRegistrationAction(networkId: string, activityId: string) {
  const invalidate = useInvalidate(networkId);
  const path = `${base(networkId)}/activities/${activityId}/candidate-registrations`;
  return useMutation({
    mutationFn: (
      input:
        | { action: 'register'; candidateId: string }
        | { action: 'cancel'; registrationId: string }
        | { action: 'attendance'; registrationId: string; attended: boolean },
    ): Promise<Reply<typeof registered> | Reply<typeof registrationCancelled> | Reply<typeof ok>> => {
      switch (input.action) {
        case 'register':
          return api.post(path, { candidateId: input.candidateId }, registered);
        case 'cancel':
          return api.post(`${path}/${input.registrationId}/cancel`, {}, registrationCancelled);
        case 'attendance':
          return api.put(`${path}/${input.registrationId}/attendance`, { attended: input.attended }, ok);
      }
    },
    onSuccess: invalidate,
  });
}

/** Changes an activity (here: whether it is open to candidates), with the version the reader saw. */
export function useUpdateActivity(networkId: string, activityId: string) {
  const invalidate = useInvalidate(networkId);
  return useMutation({
    mutationFn: (body: { openToCandidates?: boolean; version: number }) =>
      api.patch(`${base(networkId)}/activities/${activityId}`, body, ok),
    onSuccess: invalidate,
  });
}

// The needs round (behoeftepeiling): rounds for the coordinator, and the public page behind a personal link.
export type NeedsRoundTheme = Reply<typeof needsRoundTheme>;
export type NeedsRound = Reply<typeof needsRoundRow>;

export function useNeedsRounds(networkId: string) {
  return useQuery({
    queryKey: ['needs-rounds', networkId],
    queryFn: () => api.get(`${base(networkId)}/needs-rounds`, needsRoundsReply),
  });
}

export function useStartNeedsRound(networkId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { title: string; themes: string[]; closesOn: string }) =>
      api.post(`${base(networkId)}/needs-rounds`, input, needsRoundStarted),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['needs-rounds', networkId] }),
  });
}

export type PublicNeedsRound = Reply<typeof publicNeedsRound>;

export function usePublicNeedsRound(token: string) {
  return useQuery({
    queryKey: ['public-needs-round', token],
    queryFn: () => api.get(`/api/needs-survey/${encodeURIComponent(token)}`, publicNeedsRound),
    retry: false,
  });
}

export function useAnswerNeedsRound(token: string) {
  return useMutation({
    mutationFn: (input: { choices: { theme: string; description: string | null }[] }) =>
      api.post(`/api/needs-survey/${encodeURIComponent(token)}`, input, needsRoundAnswered),
  });
}
