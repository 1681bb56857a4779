// API calls of the mailings feature.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, toQuery, type Reply } from '../../shared/api-client.js';
import type { mailingRow, segmentInput } from '../../../core/mailings/mailings.contract.js';
import {
  activityOptions,
  bodyOptions,
  mailingSent,
  mailingsPage,
  mailingTemplate,
  mailLinkView,
  registerReply,
  segmentPreview,
  unsubscribeReply,
} from '../../../core/mailings/mailings.contract.js';
import type { MailingSort } from '../../../core/mailings/mailings-lists.js';
import type { ExportFormat } from '../../../core/export-list.js';

const net = (networkId: string) => `/api/networks/${encodeURIComponent(networkId)}`;

// Reply types come from the mailings contract (decision 018).
export type MailingRow = Reply<typeof mailingRow>;
export type Segment = z.input<typeof segmentInput>;
export type MailLinkView = Reply<typeof mailLinkView>;

/** The list's search, sort and page, as the route takes them. */
export interface MailingsParams {
  search: string;
  sort: MailingSort;
  order: 'asc' | 'desc';
  page: number;
}

export function useMailings(networkId: string, params: MailingsParams) {
  return useQuery({
    queryKey: ['mailings', networkId, params],
    queryFn: () => api.get(`${net(networkId)}/mailings${toQuery({ ...params })}`, mailingsPage),
    // Progress moves while a mailing is being sent.
    refetchInterval: (q) => (q.state.data?.items.some((m) => m.status === 'sending') ? 2000 : false),
  });
}
export function mailingsExportUrl(networkId: string, params: MailingsParams, format: ExportFormat) {
  const { search, sort, order } = params;
  return `${net(networkId)}/mailings${toQuery({ search, sort, order, format })}`;
}
export function usePreview(networkId: string) {
  return useMutation({
    mutationFn: (input: { segment: Segment; kind: string }) =>
      api.post(`${net(networkId)}/mailings/preview`, input, segmentPreview),
  });
}
export function useSendMailing(networkId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { kind: string; subject: string; body: string; segment: Segment; activityId?: string }) =>
      api.post(`${net(networkId)}/mailings`, input, mailingSent),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['mailings', networkId] }),
  });
}
export function useMailLink(token: string) {
  return useQuery({
    queryKey: ['mail-link', token],
    queryFn: () => api.get(`/api/mail-links/${encodeURIComponent(token)}`, mailLinkView),
    retry: false,
  });
}
export function useMailLinkAction(token: string, action: 'unsubscribe' | 'register') {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () =>
      api.post(
        `/api/mail-links/${encodeURIComponent(token)}/${action}`,
        {},
        action === 'unsubscribe' ? unsubscribeReply : registerReply,
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['mail-link', token] }),
  });
}

export function useUpcomingActivities(networkId: string) {
  return useQuery({
    queryKey: ['mailing-activities', networkId],
    queryFn: () =>
      api.get(
        `${net(networkId)}/activities${toQuery({ from: new Date(Date.now() - 60 * 24 * 3600 * 1000).toISOString() })}`,
        activityOptions,
      ),
  });
}
export function useThemeGroups(networkId: string) {
  return useQuery({
    queryKey: ['mailing-theme-groups', networkId],
    queryFn: async () =>
      (await api.get(`${net(networkId)}/governance/bodies`, bodyOptions)).items.filter((b) => b.kind === 'theme_group'),
  });
}
export function useTemplate(networkId: string) {
  return useMutation({
    mutationFn: (input: { kind: string; language: string; activityId?: string }) =>
      api.get(`${net(networkId)}/mailings/template${toQuery(input)}`, mailingTemplate),
  });
}
