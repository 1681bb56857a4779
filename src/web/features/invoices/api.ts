// API calls of the invoices feature: the list with its filters, tiers, the network's details, creating the year's invoices
// and the steps of one invoice. Reply types and checks come from the invoices contract (decision 018).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, requestWithoutReply, type Reply } from '../../shared/api-client.js';
import { createdReply, versionReply } from '../../../core/common.contract.js';
import {
  createdInvoice,
  createYearReply,
  invoiceDetails,
  invoiceList,
  remindReply,
  tierList,
  type InvoiceDetailsInput,
  type invoiceRow,
} from '../../../core/invoices/invoices.contract.js';
import type { InvoiceStatus } from '../../../core/invoices/invoice-rules.js';
import type { InvoiceSort } from '../../../core/invoices/invoice-lists.js';
import type { ExportFormat } from '../../../core/export-list.js';

export type InvoiceRowReply = Reply<typeof invoiceRow>;

const base = (networkId: string) => `/api/networks/${encodeURIComponent(networkId)}`;

export interface InvoiceFilters {
  year: number;
  status: InvoiceStatus | '';
  search: string;
  sort: InvoiceSort;
  order: 'asc' | 'desc';
}

function listQuery(filters: InvoiceFilters, format?: ExportFormat) {
  const params = new URLSearchParams({ year: String(filters.year), sort: filters.sort, order: filters.order });
  if (filters.status) params.set('status', filters.status);
  if (filters.search.trim()) params.set('search', filters.search.trim());
  if (format) params.set('format', format);
  return params.toString();
}

export function useInvoices(networkId: string, filters: InvoiceFilters) {
  return useQuery({
    queryKey: ['invoices', networkId, 'list', filters],
    queryFn: () => api.get(`${base(networkId)}/invoices?${listQuery(filters)}`, invoiceList),
  });
}

export const exportUrl = (networkId: string, filters: InvoiceFilters, format: ExportFormat) =>
  `${base(networkId)}/invoices?${listQuery(filters, format)}`;

export const pdfUrl = (networkId: string, invoiceId: string) => `${base(networkId)}/invoices/${invoiceId}/pdf`;

export function useTiers(networkId: string) {
  return useQuery({
    queryKey: ['invoices', networkId, 'tiers'],
    queryFn: () => api.get(`${base(networkId)}/invoice-tiers`, tierList),
  });
}

export function useInvoiceDetails(networkId: string) {
  return useQuery({
    queryKey: ['invoices', networkId, 'details'],
    queryFn: () => api.get(`${base(networkId)}/invoice-details`, invoiceDetails),
  });
}

function useInvoiceMutation<I, O>(networkId: string, fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['invoices', networkId] });
    },
  });
}

export function useSaveDetails(networkId: string) {
  return useInvoiceMutation(networkId, (input: InvoiceDetailsInput) =>
    api.put(`${base(networkId)}/invoice-details`, input, versionReply),
  );
}

export interface TierForm {
  name: string;
  employeesFrom: number;
  employeesTo: number | null;
  amount: string;
}

export function useAddTier(networkId: string) {
  return useInvoiceMutation(networkId, (input: TierForm) =>
    api.post(`${base(networkId)}/invoice-tiers`, input, createdReply),
  );
}

export function useRemoveTier(networkId: string) {
  return useInvoiceMutation(networkId, (tierId: string) =>
    requestWithoutReply('DELETE', `${base(networkId)}/invoice-tiers/${tierId}`),
  );
}

export function useCreateForYear(networkId: string, year: number) {
  return useInvoiceMutation(networkId, (input: { issuedOn: string; paymentDays: number }) =>
    api.post(`${base(networkId)}/invoices/year/${year}`, input, createYearReply),
  );
}

export type StepInput =
  | { step: 'send'; version: number }
  | { step: 'paid'; version: number; paidOn: string }
  | { step: 'reminder'; version: number }
  | { step: 'credit'; version: number; reason: string }
  | { step: 'write-off'; version: number; reason?: string };

export function useInvoiceStep(networkId: string) {
  return useInvoiceMutation(networkId, ({ invoiceId, input }: { invoiceId: string; input: StepInput }) => {
    const { step, ...body } = input;
    const url = `${base(networkId)}/invoices/${invoiceId}/${step}`;
    if (step === 'credit') return api.post(url, body, createdInvoice);
    if (step === 'reminder') return api.post(url, body, remindReply);
    return api.post(url, body, versionReply);
  });
}
