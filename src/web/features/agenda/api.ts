// API calls of the agenda feature: needs, activities, registrations, attendance, evaluation, calendar feeds.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest, toQuery } from '../../app/api-client.js';
import { organisationDetail } from '../../../core/members/members.contract.js';

export type NeedRow = {
  id: string;
  title: string;
  description: string | null;
  theme: string;
  status: 'new' | 'prioritised' | 'picked_up' | 'met' | 'not_met';
  organisationName: string | null;
  supporters: number;
  supportedByMe: boolean;
  ownNeed: boolean;
  activityId: string | null;
  activityTitle: string | null;
  activityStartsAt: string | null;
  outcomeNote: string | null;
  createdAt: string;
};

export type ActivityRow = {
  id: string;
  workForm: string;
  title: string;
  startsAt: string;
  endsAt: string;
  location: string | null;
  onlineUrl: string | null;
  hostName: string | null;
  initiatorKind: string;
  capacity: number | null;
  status: string;
  isPublic: boolean;
  registered: number;
  waitlisted: number;
  attended: number;
  needCount: number;
  myRegistrationId: string | null;
  myStatus: string | null;
};

export type RegistrationRow = {
  id: string;
  personId: string;
  personName: string;
  organisationName: string | null;
  status: string;
  role: string;
  attended: boolean | null;
  rating: number | null;
  needMet: boolean | null;
  evaluationComment: string | null;
  registeredAt: string;
};

export type ActivityDetail = ActivityRow & {
  description: string | null;
  version: number;
  needs: { id: string; title: string; status: string; organisationName: string | null }[];
  registrations: RegistrationRow[];
  /** The reader runs this activity (manages the agenda, or organises or hosts it for their own organisation). */
  runsActivity: boolean;
  myRegistration: RegistrationRow | null;
  evaluation: { count: number; averageRating: number | null; helped: number; suggestedOutcome: string | null };
};

const base = (networkId: string) => `/api/networks/${encodeURIComponent(networkId)}`;

/** A page of a keyset-paged list: `nextCursor` asks for the page after it (null on the last). */
export type KeysetPage<T> = { items: T[]; total: number; nextCursor: string | null };

export function useNeeds(networkId: string, params: { status?: string; pageSize?: number; cursor?: string } = {}) {
  return useQuery({
    queryKey: ['needs', networkId, params],
    queryFn: () => api.get<KeysetPage<NeedRow>>(`${base(networkId)}/needs${toQuery(params)}`),
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
    }) =>
      input.action === 'raise'
        ? api.post(`${base(networkId)}/needs`, input.body)
        : api.post(`${base(networkId)}/needs/${input.needId}/${input.action}`, input.body ?? {}),
    onSuccess: invalidate,
  });
}

export function useActivities(
  networkId: string,
  params: { from?: string; to?: string; workForm?: string; search?: string; pageSize?: number; cursor?: string },
) {
  return useQuery({
    queryKey: ['activities', networkId, params],
    queryFn: () => api.get<KeysetPage<ActivityRow>>(`${base(networkId)}/activities${toQuery(params)}`),
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
    queryFn: () => api.get<ActivityDetail>(`${base(networkId)}/activities/${activityId}`),
  });
}

export function activityIcsUrl(networkId: string, activityId: string) {
  return `${base(networkId)}/activities/${activityId}/ics`;
}

export function usePlanActivity(networkId: string) {
  const invalidate = useInvalidate(networkId);
  return useMutation({
    mutationFn: (body: unknown) => api.post<{ id: string }>(`${base(networkId)}/activities`, body),
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
    ) => {
      switch (input.action) {
        case 'register':
          return api.post<{ id: string; status: string }>(path, input.personId ? { personId: input.personId } : {});
        case 'cancel':
          return api.post<{ promoted: number }>(`${path}/${input.registrationId}/cancel`, {});
        case 'attendance':
          return apiRequest('PUT', `${path}/${input.registrationId}/attendance`, { attended: input.attended });
        case 'evaluate':
          return apiRequest('PUT', `${path}/${input.registrationId}/evaluation`, {
            rating: input.rating,
            needMet: input.needMet,
            comment: input.comment || null,
          });
      }
    },
    onSuccess: invalidate,
  });
}

export type FeedRow = { id: string; scope: 'network' | 'personal'; createdAt: string };

export function useFeeds(networkId: string) {
  return useQuery({
    queryKey: ['calendar-feeds', networkId],
    queryFn: () => api.get<{ items: FeedRow[] }>(`${base(networkId)}/calendar-feeds`),
  });
}

export function useCreateFeed(networkId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (scope: 'network' | 'personal') =>
      api.post<{ id: string; url: string }>(`${base(networkId)}/calendar-feeds`, { scope }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['calendar-feeds', networkId] }),
  });
}

export function useRevokeFeed(networkId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (feedId: string) => apiRequest<{ ok: true }>('DELETE', `${base(networkId)}/calendar-feeds/${feedId}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['calendar-feeds', networkId] }),
  });
}

export type PublicAgenda = {
  network: { name: string; slug: string };
  items: {
    id: string;
    workForm: string;
    title: string;
    description: string | null;
    startsAt: string;
    endsAt: string;
    location: string | null;
    hostName: string | null;
    full: boolean;
  }[];
};

export function usePublicAgenda(slug: string) {
  return useQuery({
    queryKey: ['public-agenda', slug],
    queryFn: () => api.get<PublicAgenda>(`/api/public/agenda/${encodeURIComponent(slug)}`),
  });
}

export function useSetPublicAgenda(networkId: string) {
  return useMutation({
    mutationFn: (publicAgenda: boolean) => apiRequest('PUT', `${base(networkId)}/public-agenda`, { publicAgenda }),
  });
}

export function useOrganisationOptions(networkId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['organisation-options', networkId],
    queryFn: () =>
      api.get<{ items: { id: string; name: string }[] }>(
        `${base(networkId)}/organisations${toQuery({ pageSize: 200, sort: 'name' })}`,
      ),
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
    queryFn: () =>
      api.get<{ items: { id: string; name: string; organisationName: string | null }[] }>(
        `${base(networkId)}/contacts${toQuery({ search, pageSize: 50 })}`,
      ),
    enabled,
    placeholderData: keepPreviousData,
  });
}

// The needs round (behoeftepeiling): rounds for the coordinator, and the public page behind a personal link.
export type NeedsRoundTheme = {
  theme: string;
  contacts: number;
  organisations: number;
  descriptions: string[];
  need: { id: string; title: string; status: string; supporters: number; joinedExisting: boolean } | null;
};
export type NeedsRound = {
  id: string;
  title: string;
  opensOn: string;
  closesOn: string;
  sentAt: string | null;
  invited: number;
  answers: number;
  answerRate: number | null;
  themes: NeedsRoundTheme[];
};

export function useNeedsRounds(networkId: string) {
  return useQuery({
    queryKey: ['needs-rounds', networkId],
    queryFn: () => api.get<{ items: NeedsRound[] }>(`${base(networkId)}/needs-rounds`),
  });
}

export function useStartNeedsRound(networkId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { title: string; themes: string[]; closesOn: string }) =>
      api.post<{ id: string; invited: number }>(`${base(networkId)}/needs-rounds`, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['needs-rounds', networkId] }),
  });
}

export type PublicNeedsRound = { networkName: string; title: string; themes: string[]; closesOn: string };

export function usePublicNeedsRound(token: string) {
  return useQuery({
    queryKey: ['public-needs-round', token],
    queryFn: () => api.get<PublicNeedsRound>(`/api/needs-survey/${encodeURIComponent(token)}`),
    retry: false,
  });
}

export function useAnswerNeedsRound(token: string) {
  return useMutation({
    mutationFn: (input: { choices: { theme: string; description: string | null }[] }) =>
      api.post<{ answered: boolean }>(`/api/needs-survey/${encodeURIComponent(token)}`, input),
  });
}
