// API calls of the members feature: organisations list and export, the member portal, and the import.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, apiRequest, toQuery } from '../../app/api-client.js';

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
  order?: string;
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
  return `${base(networkId)}/organisations${toQuery({ search: params.search, kind: params.kind, status: params.status, sort: params.sort, order: params.order, format })}`;
}

export type OwnOrganisation = {
  id: string;
  name: string;
  city: string | null;
  contacts: { id: string; name: string; email: string | null; jobTitle: string | null }[];
  membership: {
    status: string;
    years: { year: number; ambitionJobs: number | null; realisedJobs: number | null; version: number }[];
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
    /** `version`: the year's figures as loaded, 0 when the year has none yet; 409 (stale_version) when stale. */
    mutationFn: (input: { year: number; ambitionJobs: number | null; realisedJobs: number | null; version: number }) =>
      apiRequest<{ ok: true; version: number }>('PUT', `${base(networkId)}/portal/organisation/years/${input.year}`, {
        ambitionJobs: input.ambitionJobs,
        realisedJobs: input.realisedJobs,
        version: input.version,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['own-organisation', networkId] }),
    onError: (error) => {
      if (isStale(error)) void queryClient.invalidateQueries({ queryKey: ['own-organisation', networkId] });
    },
  });
}

export type ImportPreview = {
  headers: string[];
  mapping: Record<string, number | null>;
  sample: string[][];
  rowCount: number;
  /** Per column: its values with how many rows have each; null for a column with many different values. */
  columnValues: ({ value: string; rows: number }[] | null)[];
};
export type ImportReport = {
  total: number;
  valid: number;
  invalid: number;
  written: number;
  contributionsWritten: number;
  summary: string;
  /** At most the first 1,000 rows with problems; `invalid` counts them all. */
  rows: { rowNumber: number; messages: string[] }[];
  rowsOmitted: number;
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
      values: Record<string, Record<string, string | null>>;
      membershipStatus: string;
      contributionYear: number;
    }) => api.post<ImportReport>(`${base(networkId)}/organisations/import`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['organisations', networkId] }),
  });
}

// ---- one organisation: detail, edit, contacts, delete ----

export type OrganisationFields = {
  kind: string;
  name: string;
  kvkNumber: string | null;
  sector: string | null;
  sizeClass: string | null;
  street: string | null;
  postcode: string | null;
  city: string | null;
  labourMarketRegion: string | null;
  website: string | null;
};
export type Contact = {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  jobTitle: string | null;
  roles: string[];
  version: number;
};
export type EntryConditionValue = { code: string; signedOn: string | null; document: string | null };
export type MembershipYear = {
  year: number;
  contributionCents: number | null;
  contributionInKind: string | null;
  invoiceStatus: string | null;
  ambitionJobs: number | null;
  realisedJobs: number | null;
  /** The figures' version as loaded; 0 (when saving) = the year has no figures yet. */
  version: number;
};
export type OrganisationDetail = OrganisationFields & {
  id: string;
  version: number;
  contacts: Contact[];
  membership: {
    id: string;
    status: string;
    statusReason: string | null;
    joinedOn: string | null;
    endedOn: string | null;
    entryConditions: EntryConditionValue[];
    years: MembershipYear[];
    version: number;
  } | null;
  needs: { id: string; title: string; status: string; theme: string; createdAt: string }[];
  activitiesAttended: { id: string; title: string; startsAt: string; personName: string; role: string }[];
  placements: { id: string; startsOn: string; endsOn: string | null; hoursPerWeek: number; contractKind: string }[];
  membershipHistory: { at: string; from: string | null; to: string; reason: string | null }[];
};
export type Duplicate = {
  id: string;
  name: string;
  kvkNumber: string | null;
  postcode: string | null;
  reason: 'same_kvk' | 'same_name_postcode';
};

const orgUrl = (networkId: string, organisationId: string) =>
  `${base(networkId)}/organisations/${encodeURIComponent(organisationId)}`;

export function useOrganisation(networkId: string, organisationId: string) {
  return useQuery({
    queryKey: ['organisation', networkId, organisationId],
    queryFn: () => api.get<OrganisationDetail>(orgUrl(networkId, organisationId)),
  });
}

const isStale = (error: unknown) => error instanceof ApiError && error.code === 'stale_version';

function useInvalidateMembers(networkId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['organisation', networkId] }),
      queryClient.invalidateQueries({ queryKey: ['organisations', networkId] }),
      queryClient.invalidateQueries({ queryKey: ['memberships', networkId] }),
    ]);
}

export function useFindDuplicates(networkId: string) {
  return useMutation({
    mutationFn: (input: { name: string; kvkNumber: string | null; postcode: string | null; exceptId: string | null }) =>
      api.post<{ items: Duplicate[] }>(`${base(networkId)}/organisations/duplicates`, input),
  });
}

export function useCreateOrganisation(networkId: string) {
  const invalidate = useInvalidateMembers(networkId);
  return useMutation({
    mutationFn: (input: OrganisationFields & { confirmDuplicate: boolean }) =>
      api.post<{ id: string }>(`${base(networkId)}/organisations`, input),
    onSuccess: invalidate,
  });
}

export function useUpdateOrganisation(networkId: string, organisationId: string) {
  const invalidate = useInvalidateMembers(networkId);
  return useMutation({
    mutationFn: (input: OrganisationFields & { version: number }) =>
      apiRequest('PUT', orgUrl(networkId, organisationId), input),
    onSuccess: invalidate,
  });
}

export function useDeleteOrganisation(networkId: string, organisationId: string) {
  const invalidate = useInvalidateMembers(networkId);
  return useMutation({
    mutationFn: (version: number) => apiRequest('DELETE', `${orgUrl(networkId, organisationId)}?version=${version}`),
    onSuccess: invalidate,
  });
}

export type ContactFields = { name: string; email: string | null; phone: string | null; jobTitle: string | null };

export function useSaveContact(networkId: string, organisationId: string) {
  const invalidate = useInvalidateMembers(networkId);
  return useMutation({
    mutationFn: (input: ContactFields & { id?: string; version?: number }) => {
      const { id, ...body } = input;
      return id
        ? apiRequest('PUT', `${orgUrl(networkId, organisationId)}/contacts/${encodeURIComponent(id)}`, body)
        : api.post(`${orgUrl(networkId, organisationId)}/contacts`, body);
    },
    onSuccess: invalidate,
  });
}

export function useRemoveContact(networkId: string, organisationId: string) {
  const invalidate = useInvalidateMembers(networkId);
  return useMutation({
    mutationFn: (personId: string) =>
      apiRequest<{ outcome: 'deleted' | 'anonymised' }>(
        'DELETE',
        `${orgUrl(networkId, organisationId)}/contacts/${encodeURIComponent(personId)}`,
      ),
    onSuccess: invalidate,
  });
}

// ---- membership pipeline ----

export type MembershipRow = {
  organisationId: string;
  name: string;
  status: string;
  statusReason: string | null;
  joinedOn: string | null;
  entryConditionsSigned: number;
  year: number;
  contributionCents: number | null;
  contributionInKind: string | null;
  invoiceStatus: string | null;
  ambitionJobs: number | null;
  realisedJobs: number | null;
};

export function useMemberships(networkId: string, year: number) {
  return useQuery({
    queryKey: ['memberships', networkId, year],
    queryFn: () => api.get<{ items: MembershipRow[] }>(`${base(networkId)}/memberships${toQuery({ year })}`),
  });
}

export function membershipsExportUrl(networkId: string, year: number, format: 'csv' | 'xlsx') {
  return `${base(networkId)}/memberships${toQuery({ year, format })}`;
}

export function useMoveMembership(networkId: string) {
  const invalidate = useInvalidateMembers(networkId);
  return useMutation({
    mutationFn: (input: { organisationId: string; status: string; reason: string | null; version?: number }) =>
      apiRequest('PUT', `${orgUrl(networkId, input.organisationId)}/membership/status`, {
        status: input.status,
        reason: input.reason,
        ...(input.version !== undefined ? { version: input.version } : {}),
      }),
    onSuccess: invalidate,
  });
}

export function useSaveEntryConditions(networkId: string, organisationId: string) {
  const invalidate = useInvalidateMembers(networkId);
  return useMutation({
    mutationFn: (input: { entryConditions: EntryConditionValue[]; version: number }) =>
      apiRequest('PUT', `${orgUrl(networkId, organisationId)}/membership/entry-conditions`, input),
    onSuccess: invalidate,
    // Someone else changed the membership meanwhile: the message is shown and the organisation is loaded again.
    onError: (error) => (isStale(error) ? invalidate() : undefined),
  });
}

export function useSaveMembershipYear(networkId: string, organisationId: string) {
  const invalidate = useInvalidateMembers(networkId);
  return useMutation({
    mutationFn: ({ year, ...body }: MembershipYear) =>
      apiRequest('PUT', `${orgUrl(networkId, organisationId)}/membership/years/${year}`, body),
    onSuccess: invalidate,
    onError: (error) => (isStale(error) ? invalidate() : undefined),
  });
}
