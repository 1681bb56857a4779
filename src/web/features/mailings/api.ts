// API calls of the mailings feature.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, toQuery } from '../../app/api-client.js';

const net = (networkId: string) => `/api/networks/${encodeURIComponent(networkId)}`;

export type MailingRow = {
  id: string;
  kind: string;
  subject: string;
  status: string;
  sentAt: string | null;
  progress: { total: number; sent: number; failed: number; queued: number; skipped: number };
};
export type Segment =
  | { kind: 'all_member_contacts' }
  | { kind: 'core_group' }
  | { kind: 'theme_group'; bodyId: string }
  | { kind: 'activity_attendees'; activityId: string }
  | { kind: 'role'; role: string };
export type MailLinkView = {
  networkName: string;
  kind: string;
  email: string;
  unsubscribable: boolean;
  unsubscribed: boolean;
  activity: { title: string; startsAt: string; location: string | null; registered: boolean } | null;
};

export function useMailings(networkId: string, search: string) {
  return useQuery({
    queryKey: ['mailings', networkId, search],
    queryFn: () => api.get<{ items: MailingRow[] }>(`${net(networkId)}/mailings${toQuery({ search })}`),
    // Progress moves while a mailing is being sent.
    refetchInterval: (q) => (q.state.data?.items.some((m) => m.status === 'sending') ? 2000 : false),
  });
}
export function mailingsExportUrl(networkId: string, search: string, format: 'csv' | 'xlsx') {
  return `${net(networkId)}/mailings${toQuery({ search, format })}`;
}
export function usePreview(networkId: string) {
  return useMutation({
    mutationFn: (input: { segment: Segment; kind: string }) =>
      api.post<{ count: number; unsubscribed: number }>(`${net(networkId)}/mailings/preview`, input),
  });
}
export function useSendMailing(networkId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { kind: string; subject: string; body: string; segment: Segment; activityId?: string }) =>
      api.post<{ id: string; total: number }>(`${net(networkId)}/mailings`, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['mailings', networkId] }),
  });
}
export function useMailLink(token: string) {
  return useQuery({
    queryKey: ['mail-link', token],
    queryFn: () => api.get<MailLinkView>(`/api/mail-links/${encodeURIComponent(token)}`),
    retry: false,
  });
}
export function useMailLinkAction(token: string, action: 'unsubscribe' | 'register') {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<unknown>(`/api/mail-links/${encodeURIComponent(token)}/${action}`, {}),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['mail-link', token] }),
  });
}

export function useUpcomingActivities(networkId: string) {
  return useQuery({
    queryKey: ['mailing-activities', networkId],
    queryFn: () =>
      api.get<{ items: { id: string; title: string; startsAt: string }[] }>(
        `${net(networkId)}/activities${toQuery({ from: new Date(Date.now() - 60 * 24 * 3600 * 1000).toISOString() })}`,
      ),
  });
}
export function useThemeGroups(networkId: string) {
  return useQuery({
    queryKey: ['mailing-theme-groups', networkId],
    queryFn: async () =>
      (
        await api.get<{ items: { id: string; kind: string; name: string }[] }>(`${net(networkId)}/governance/bodies`)
      ).items.filter((b) => b.kind === 'theme_group'),
  });
}
export function useTemplate(networkId: string) {
  return useMutation({
    mutationFn: (input: { kind: string; language: string; activityId?: string }) =>
      api.get<{ subject: string; body: string }>(`${net(networkId)}/mailings/template${toQuery(input)}`),
  });
}
