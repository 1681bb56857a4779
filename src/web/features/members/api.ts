// API calls of the members feature: organisations list and export, the member portal, and the import.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, contractRequest, toQuery, uploadFile, type Reply } from '../../shared/api-client.js';
import type { z } from 'zod';
import type * as Members from '../../../core/members/members.contract.js';
import type { importReport } from '../../../core/members/members.contract.js';
import {
  contactRemoved,
  duplicates,
  importJob,
  importJobsPage,
  importJobStarted,
  importPreview,
  memberships,
  ok,
  okWithVersion,
  organisationDetail,
  organisationsPage,
} from '../../../core/members/members.contract.js';
import { createdReply } from '../../../core/common.contract.js';

// Reply types come from the members contract (decision 018).
export type OrganisationRow = Reply<typeof Members.organisationRow>;
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
    queryFn: () => api.get(`${base(networkId)}/organisations${toQuery(params)}`, organisationsPage),
    placeholderData: keepPreviousData,
  });
}

export function organisationsExportUrl(networkId: string, params: OrganisationParams, format: 'csv' | 'xlsx') {
  return `${base(networkId)}/organisations${toQuery({ search: params.search, kind: params.kind, status: params.status, sort: params.sort, order: params.order, format })}`;
}

/** The member portal's own organisation: the same record as the coordinator's detail, limited by the server. */
export type OwnOrganisation = Reply<typeof organisationDetail>;

export function useOwnOrganisation(networkId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['own-organisation', networkId],
    queryFn: () => api.get(`${base(networkId)}/portal/organisation`, organisationDetail),
    enabled,
  });
}

export function useSaveAmbition(networkId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    /** `version`: the year's figures as loaded, 0 when the year has none yet; 409 (stale_version) when stale. */
    mutationFn: (input: { year: number; ambitionJobs: number | null; realisedJobs: number | null; version: number }) =>
      api.put(
        `${base(networkId)}/portal/organisation/years/${input.year}`,
        { ambitionJobs: input.ambitionJobs, realisedJobs: input.realisedJobs, version: input.version },
        okWithVersion,
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['own-organisation', networkId] }),
    onError: (error) => {
      if (isStale(error)) void queryClient.invalidateQueries({ queryKey: ['own-organisation', networkId] });
    },
  });
}

export type ImportPreview = Reply<typeof importPreview>;
export type ImportReport = Reply<typeof importReport>;

/**
 * An import request (decision 022): the file's own bytes as the body, the choices in the query string (objects as JSON),
 * so a 30 MB file is sent as 30 MB, not as 40 MB of base64 in JSON.
 */
function uploadImport<Schema extends z.ZodType>(
  path: string,
  { file, ...choices }: { file: File } & Record<string, unknown>,
  schema: Schema,
): Promise<Reply<Schema>> {
  return uploadFile(path, file, schema, { query: choices });
}

export function usePreviewImport(networkId: string) {
  return useMutation({
    mutationFn: (input: { fileName: string; file: File }) =>
      uploadImport(`${base(networkId)}/organisations/import/preview`, input, importPreview),
  });
}

export type ImportJob = Reply<typeof importJob>;

/** Starts the import as a background job (the file is stored and checked and written on the server); answers its id. */
export function useStartImportJob(networkId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: {
      fileName: string;
      file: File;
      mapping: Record<string, number | null>;
      mode: string;
      values: Record<string, Record<string, string | null>>;
      membershipStatus: string;
      contributionYear: number;
    }) => uploadImport(`${base(networkId)}/organisations/imports`, input, importJobStarted),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['organisation-imports', networkId] }),
  });
}

/** An import job's status and progress, asked every second until it is done or failed. */
export function useImportJob(networkId: string, id: string | null) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: ['organisation-import', networkId, id],
    queryFn: async () => {
      const job = await api.get(`${base(networkId)}/organisations/imports/${id}`, importJob);
      if (job.status === 'done') void queryClient.invalidateQueries({ queryKey: ['organisations', networkId] });
      if (job.status === 'done' || job.status === 'failed')
        void queryClient.invalidateQueries({ queryKey: ['organisation-imports', networkId] });
      return job;
    },
    enabled: id !== null,
    refetchInterval: (q) => (q.state.data?.status === 'done' || q.state.data?.status === 'failed' ? false : 1000),
  });
}

export type ImportJobsPage = Reply<typeof importJobsPage>;

/** The network's imports, newest first, one page at a time (the list under the upload). */
export function useImportJobs(networkId: string, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['organisation-imports', networkId, page, pageSize],
    queryFn: () => api.get(`${base(networkId)}/organisations/imports${toQuery({ page, pageSize })}`, importJobsPage),
    placeholderData: keepPreviousData,
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
export type OrganisationDetail = Reply<typeof organisationDetail>;
export type Contact = OrganisationDetail['contacts'][number];
export type EntryConditionValue = NonNullable<OrganisationDetail['membership']>['entryConditions'][number];
/** A year's figures; `version` as loaded, 0 (when saving) = the year has no figures yet. */
export type MembershipYear = Reply<typeof Members.membershipYearView>;
export type Duplicate = Reply<typeof Members.duplicateRow>;

const orgUrl = (networkId: string, organisationId: string) =>
  `${base(networkId)}/organisations/${encodeURIComponent(organisationId)}`;

export function useOrganisation(networkId: string, organisationId: string) {
  return useQuery({
    queryKey: ['organisation', networkId, organisationId],
    queryFn: () => api.get(orgUrl(networkId, organisationId), organisationDetail),
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
      api.post(`${base(networkId)}/organisations/duplicates`, input, duplicates),
  });
}

export function useCreateOrganisation(networkId: string) {
  const invalidate = useInvalidateMembers(networkId);
  return useMutation({
    mutationFn: (input: OrganisationFields & { confirmDuplicate: boolean }) =>
      api.post(`${base(networkId)}/organisations`, input, createdReply),
    onSuccess: invalidate,
  });
}

export function useUpdateOrganisation(networkId: string, organisationId: string) {
  const invalidate = useInvalidateMembers(networkId);
  return useMutation({
    mutationFn: (input: OrganisationFields & { version: number }) =>
      api.put(orgUrl(networkId, organisationId), input, ok),
    onSuccess: invalidate,
  });
}

export function useDeleteOrganisation(networkId: string, organisationId: string) {
  const invalidate = useInvalidateMembers(networkId);
  return useMutation({
    mutationFn: (version: number) =>
      contractRequest('DELETE', `${orgUrl(networkId, organisationId)}?version=${version}`, ok),
    onSuccess: invalidate,
  });
}

export type ContactFields = { name: string; email: string | null; phone: string | null; jobTitle: string | null };

export function useSaveContact(networkId: string, organisationId: string) {
  const invalidate = useInvalidateMembers(networkId);
  return useMutation({
    mutationFn: (input: ContactFields & { id?: string; version?: number }): Promise<unknown> => {
      const { id, ...body } = input;
      return id
        ? api.put(`${orgUrl(networkId, organisationId)}/contacts/${encodeURIComponent(id)}`, body, ok)
        : api.post(`${orgUrl(networkId, organisationId)}/contacts`, body, createdReply);
    },
    onSuccess: invalidate,
  });
}

/** The member portal: a contact adds a colleague to their own organisation (the server takes the organisation from who asks). */
export function useAddColleague(networkId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ContactFields & { id?: string; version?: number }): Promise<unknown> =>
      api.post(
        `${base(networkId)}/portal/organisation/contacts`,
        { name: input.name, email: input.email, phone: input.phone, jobTitle: input.jobTitle },
        createdReply,
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['own-organisation', networkId] }),
  });
}

/** What the contact form needs of its save: the coordinator's (any organisation) or the portal's (one's own). */
export type ContactSave = Pick<ReturnType<typeof useSaveContact>, 'mutate' | 'isPending'>;

export function useRemoveContact(networkId: string, organisationId: string) {
  const invalidate = useInvalidateMembers(networkId);
  return useMutation({
    mutationFn: (personId: string) =>
      contractRequest(
        'DELETE',
        `${orgUrl(networkId, organisationId)}/contacts/${encodeURIComponent(personId)}`,
        contactRemoved,
      ),
    onSuccess: invalidate,
  });
}

// ---- membership pipeline ----

export type MembershipRow = Reply<typeof Members.membershipRow>;

export function useMemberships(networkId: string, year: number) {
  return useQuery({
    queryKey: ['memberships', networkId, year],
    queryFn: () => api.get(`${base(networkId)}/memberships${toQuery({ year })}`, memberships),
  });
}

export function membershipsExportUrl(networkId: string, year: number, format: 'csv' | 'xlsx') {
  return `${base(networkId)}/memberships${toQuery({ year, format })}`;
}

export function useMoveMembership(networkId: string) {
  const invalidate = useInvalidateMembers(networkId);
  return useMutation({
    mutationFn: (input: { organisationId: string; status: string; reason: string | null; version?: number }) =>
      api.put(
        `${orgUrl(networkId, input.organisationId)}/membership/status`,
        {
          status: input.status,
          reason: input.reason,
          ...(input.version !== undefined ? { version: input.version } : {}),
        },
        ok,
      ),
    onSuccess: invalidate,
  });
}

export function useSaveEntryConditions(networkId: string, organisationId: string) {
  const invalidate = useInvalidateMembers(networkId);
  return useMutation({
    mutationFn: (input: { entryConditions: EntryConditionValue[]; version: number }) =>
      api.put(`${orgUrl(networkId, organisationId)}/membership/entry-conditions`, input, okWithVersion),
    onSuccess: invalidate,
    // Someone else changed the membership meanwhile: the message is shown and the organisation is loaded again.
    onError: (error) => (isStale(error) ? invalidate() : undefined),
  });
}

export function useSaveMembershipYear(networkId: string, organisationId: string) {
  const invalidate = useInvalidateMembers(networkId);
  return useMutation({
    mutationFn: ({ year, ...body }: MembershipYear) =>
      api.put(`${orgUrl(networkId, organisationId)}/membership/years/${year}`, body, okWithVersion),
    onSuccess: invalidate,
    onError: (error) => (isStale(error) ? invalidate() : undefined),
  });
}
