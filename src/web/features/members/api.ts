// API calls of the members feature: organisations list and export, the member portal, and the import.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest, toQuery } from '../../app/api-client.js';

export type OrganisationRow = {
  id: string;
  kind: string;
  name: string;
  kvkNumber: string | null;
  city: string | null;
  postcode: string | null;
  membershipStatus: string | null;
  contactCount: number;
};
export type OrganisationParams = {
  search?: string;
  kind?: string;
  status?: string;
  sort?: string;
  page: number;
  pageSize: number;
};

const base = (networkId: string) => `/api/networks/${encodeURIComponent(networkId)}`;

export function useOrganisations(networkId: string, params: OrganisationParams) {
  return useQuery({
    queryKey: ['organisations', networkId, params],
    queryFn: () =>
      api.get<{ items: OrganisationRow[]; total: number; page: number; pageSize: number }>(
        `${base(networkId)}/organisations${toQuery(params)}`,
      ),
    placeholderData: keepPreviousData,
  });
}

export function organisationsExportUrl(networkId: string, params: OrganisationParams, format: 'csv' | 'xlsx') {
  return `${base(networkId)}/organisations${toQuery({ search: params.search, kind: params.kind, status: params.status, format })}`;
}

export type OwnOrganisation = {
  id: string;
  name: string;
  city: string | null;
  contacts: { id: string; name: string; email: string | null; jobTitle: string | null }[];
  membership: {
    status: string;
    years: { year: number; ambitionJobs: number | null; realisedJobs: number | null }[];
  } | null;
};

export function useOwnOrganisation(networkId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['own-organisation', networkId],
    queryFn: () => api.get<OwnOrganisation>(`${base(networkId)}/portal/organisation`),
    enabled,
  });
}

export function useSaveAmbition(networkId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { year: number; ambitionJobs: number | null; realisedJobs: number | null }) =>
      apiRequest('PUT', `${base(networkId)}/portal/organisation/years/${input.year}`, {
        ambitionJobs: input.ambitionJobs,
        realisedJobs: input.realisedJobs,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['own-organisation', networkId] }),
  });
}

export type ImportPreview = {
  headers: string[];
  mapping: Record<string, number | null>;
  sample: string[][];
  rowCount: number;
};
export type ImportReport = {
  total: number;
  valid: number;
  invalid: number;
  written: number;
  summary: string;
  rows: { rowNumber: number; messages: string[] }[];
};

export function usePreviewImport(networkId: string) {
  return useMutation({
    mutationFn: (input: { fileName: string; contentBase64: string }) =>
      api.post<ImportPreview>(`${base(networkId)}/organisations/import/preview`, input),
  });
}

export function useRunImport(networkId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: {
      fileName: string;
      contentBase64: string;
      mapping: Record<string, number | null>;
      mode: string;
    }) => api.post<ImportReport>(`${base(networkId)}/organisations/import`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['organisations', networkId] }),
  });
}
