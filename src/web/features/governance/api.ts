// API calls of the governance feature: gap signals, role assignments, tasks, bodies, meetings and decisions.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest, toQuery } from '../../app/api-client.js';
import type { GapSignal } from '../../../core/design/gap-signals.js';

export type AssignmentRow = {
  id: string;
  personId: string;
  personName: string;
  role: string;
  bodyId: string | null;
  bodyName: string | null;
  startsOn: string;
  endsOn: string | null;
  current: boolean;
};
export type TaskStatus = 'open' | 'in_progress' | 'done';
export type TaskRow = {
  id: string;
  code: string | null;
  title: string | null;
  source: 'design' | 'decision' | 'manual';
  responsibleRole: string | null;
  assigneePersonId: string | null;
  assigneeName: string | null;
  dueOn: string | null;
  status: TaskStatus;
  version: number;
};
export type BodyRow = {
  id: string;
  kind: 'core_group' | 'board' | 'sounding_board' | 'steering_group' | 'theme_group';
  name: string;
  theme: string | null;
  members: { personId: string; personName: string; role: string }[];
};
export type MeetingRow = {
  id: string;
  bodyId: string;
  bodyName: string;
  startsAt: string;
  agenda: string;
  minutes: string;
  version: number;
  present: number;
};
export type DecisionKind = 'admission' | 'direction' | 'agenda' | 'financial' | 'governance' | 'other';
export type DecisionRow = {
  id: string;
  bodyName: string;
  decidedOn: string;
  text: string;
  kind: DecisionKind;
  organisationName: string | null;
  reason: string;
  sharedWithFunder: boolean;
  sharedWithMembers: boolean;
  actionItems: number;
  /** The klankbordgroep's advice linked to this decision and what was done with it. */
  advice?: {
    id: string;
    question: string | null;
    authorName: string | null;
    text: string;
    outcome: 'adopted' | 'partly' | 'not_adopted' | null;
    outcomeReason: string;
  }[];
};
export type PersonOption = { id: string; name: string };

const base = (networkId: string) => `/api/networks/${encodeURIComponent(networkId)}/governance`;
type Params = Record<string, string | number | undefined>;

export function useGaps(networkId: string) {
  return useQuery({
    queryKey: ['governance-gaps', networkId],
    queryFn: () => api.get<{ designVersion: number | null; signals: GapSignal[] }>(`${base(networkId)}/gaps`),
  });
}

export function useAssignments(networkId: string, params: Params) {
  return useQuery({
    queryKey: ['governance-assignments', networkId, params],
    queryFn: () => api.get<{ items: AssignmentRow[] }>(`${base(networkId)}/assignments${toQuery(params)}`),
    placeholderData: keepPreviousData,
  });
}

export function useTasks(networkId: string, params: Params) {
  return useQuery({
    queryKey: ['governance-tasks', networkId, params],
    queryFn: () => api.get<{ items: TaskRow[] }>(`${base(networkId)}/tasks${toQuery(params)}`),
    placeholderData: keepPreviousData,
  });
}

export function exportUrl(
  networkId: string,
  list: 'assignments' | 'tasks' | 'decisions' | 'decisions/shared' | 'admissions',
  params: Params,
  format: string,
) {
  return `${base(networkId)}/${list}${toQuery({ ...params, format })}`;
}

export function useBodies(networkId: string) {
  return useQuery({
    queryKey: ['governance-bodies', networkId],
    queryFn: () => api.get<{ items: BodyRow[] }>(`${base(networkId)}/bodies`),
  });
}

export function useMeetings(networkId: string, bodyId: string) {
  return useQuery({
    queryKey: ['governance-meetings', networkId, bodyId],
    queryFn: () => api.get<{ items: MeetingRow[] }>(`${base(networkId)}/meetings${toQuery({ bodyId })}`),
  });
}

export function useDecisions(networkId: string, params: Params = {}) {
  return useQuery({
    queryKey: ['governance-decisions', networkId, params],
    queryFn: () => api.get<{ items: DecisionRow[] }>(`${base(networkId)}/decisions${toQuery(params)}`),
  });
}

export type SharedDecisionRow = Pick<
  DecisionRow,
  'id' | 'bodyName' | 'decidedOn' | 'text' | 'kind' | 'organisationName' | 'reason'
>;

/** What a funder sees of the decision log: the shared decisions, and with "aggregates only" a count of the rest. */
export function useSharedDecisions(networkId: string, params: Params) {
  return useQuery({
    queryKey: ['governance-shared', networkId, params],
    queryFn: () =>
      api.get<{ items: SharedDecisionRow[]; organisationDecisions: { count: number } | null }>(
        `${base(networkId)}/decisions/shared${toQuery(params)}`,
      ),
    placeholderData: keepPreviousData,
  });
}

export type AdmissionRow = {
  organisationId: string;
  organisationName: string;
  kind: string;
  city: string | null;
  membershipId: string;
  status: string;
  appliedSince: string;
  version: number;
};

export function useAdmissions(networkId: string, params: Params) {
  return useQuery({
    queryKey: ['governance-admissions', networkId, params],
    queryFn: () => api.get<{ items: AdmissionRow[] }>(`${base(networkId)}/admissions${toQuery(params)}`),
    placeholderData: keepPreviousData,
  });
}

/** The network's people for the "who" pickers (needs people.read, which those who manage governance have). */
export function usePeopleOptions(networkId: string) {
  return useQuery({
    queryKey: ['governance-people', networkId],
    queryFn: async () =>
      (
        await api.get<{ items: PersonOption[] }>(
          `/api/networks/${encodeURIComponent(networkId)}/people${toQuery({ pageSize: 200, sort: 'name' })}`,
        )
      ).items,
  });
}

/** Every governance write refreshes the governance lists and signals (they depend on each other). */
function useGovernanceMutation<I, O>(networkId: string, fn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () =>
      queryClient.invalidateQueries({
        predicate: (q) =>
          typeof q.queryKey[0] === 'string' && q.queryKey[0].startsWith('governance') && q.queryKey[1] === networkId,
      }),
  });
}

export function useAssignRole(networkId: string) {
  return useGovernanceMutation(
    networkId,
    (input: { personId: string; role: string; startsOn?: string; endsOn?: string; bodyId?: string }) =>
      api.post<{ id: string }>(`${base(networkId)}/assignments`, input),
  );
}

export function useEndTerm(networkId: string) {
  return useGovernanceMutation(networkId, ({ id, endsOn }: { id: string; endsOn: string }) =>
    api.post(`${base(networkId)}/assignments/${id}/end`, { endsOn }),
  );
}

export function useUpdateTask(networkId: string) {
  return useGovernanceMutation(
    networkId,
    ({
      id,
      ...body
    }: {
      id: string;
      version: number;
      status?: TaskStatus;
      assigneePersonId?: string | null;
      dueOn?: string | null;
    }) => api.patch(`${base(networkId)}/tasks/${id}`, body),
  );
}

export function useCreateTask(networkId: string) {
  return useGovernanceMutation(networkId, (input: { title: string; responsibleRole?: string }) =>
    api.post<{ id: string }>(`${base(networkId)}/tasks`, input),
  );
}

export function useCreateBody(networkId: string) {
  return useGovernanceMutation(networkId, (input: { kind: string; name: string; theme?: string }) =>
    api.post<{ id: string }>(`${base(networkId)}/bodies`, input),
  );
}

export function useCreateMeeting(networkId: string) {
  return useGovernanceMutation(networkId, (input: { bodyId: string; startsAt: string; agenda: string }) =>
    api.post<{ id: string }>(`${base(networkId)}/meetings`, input),
  );
}

export function useUpdateMeeting(networkId: string) {
  return useGovernanceMutation(
    networkId,
    ({ id, ...body }: { id: string; version: number; minutes?: string; agenda?: string }) =>
      api.patch(`${base(networkId)}/meetings/${id}`, body),
  );
}

export function useDecideAdmission(networkId: string) {
  return useGovernanceMutation(
    networkId,
    ({
      organisationId,
      ...body
    }: {
      organisationId: string;
      version: number;
      outcome: 'admit' | 'refuse';
      decidedOn: string;
      reason: string;
      sharedWithFunder: boolean;
    }) =>
      api.post<{ decisionId: string; membershipStatus: string }>(
        `${base(networkId)}/admissions/${organisationId}/decide`,
        body,
      ),
  );
}

export function useRecordAttendance(networkId: string) {
  return useGovernanceMutation(
    networkId,
    ({
      id,
      version,
      attendance,
    }: {
      id: string;
      /** The meeting's version: the attendance list is part of the meeting (409 stale_version when someone came first). */
      version: number;
      attendance: { personId: string; present: boolean }[];
    }) =>
      apiRequest<{ ok: true; version: number }>('PUT', `${base(networkId)}/meetings/${id}/attendance`, {
        attendance,
        version,
      }),
  );
}

export function useRecordDecision(networkId: string) {
  return useGovernanceMutation(
    networkId,
    (input: {
      bodyId: string;
      decidedOn: string;
      text: string;
      kind: DecisionKind;
      reason: string;
      sharedWithFunder: boolean;
      sharedWithMembers: boolean;
      actionItems: { title: string }[];
    }) => api.post<{ id: string; taskIds: string[] }>(`${base(networkId)}/decisions`, input),
  );
}
