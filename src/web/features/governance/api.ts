// API calls of the governance feature: gap signals, role assignments, tasks, bodies, meetings and decisions.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, toQuery, type Reply } from '../../shared/api-client.js';
import { createdReply } from '../../../core/common.contract.js';
import {
  admissions,
  assignments,
  bodies,
  decideAdmissionReply,
  decisionRecorded,
  decisions,
  gapsReply,
  meetings,
  ok,
  okWithVersion,
  personOptions,
  sharedDecisions,
  tasks,
  type admissionRow,
  type assignmentRow,
  type bodyRow,
  type DECISION_KINDS,
  type decisionRow,
  type meetingRow,
  type sharedDecisionRow,
  type TASK_STATUSES,
  type taskRow,
} from '../../../core/governance/governance.contract.js';

// Reply types come from the governance contract (decision 018).
export type AssignmentRow = Reply<typeof assignmentRow>;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export type TaskRow = Reply<typeof taskRow>;
export type BodyRow = Reply<typeof bodyRow>;
export type MeetingRow = Reply<typeof meetingRow>;
export type DecisionKind = (typeof DECISION_KINDS)[number];
export type DecisionRow = Reply<typeof decisionRow>;
export type PersonOption = Reply<typeof personOptions>['items'][number];

const base = (networkId: string) => `/api/networks/${encodeURIComponent(networkId)}/governance`;
type Params = Record<string, string | number | undefined>;

export function useGaps(networkId: string) {
  return useQuery({
    queryKey: ['governance-gaps', networkId],
    queryFn: () => api.get(`${base(networkId)}/gaps`, gapsReply),
  });
}

export function useAssignments(networkId: string, params: Params) {
  return useQuery({
    queryKey: ['governance-assignments', networkId, params],
    queryFn: () => api.get(`${base(networkId)}/assignments${toQuery(params)}`, assignments),
    placeholderData: keepPreviousData,
  });
}

export function useTasks(networkId: string, params: Params) {
  return useQuery({
    queryKey: ['governance-tasks', networkId, params],
    queryFn: () => api.get(`${base(networkId)}/tasks${toQuery(params)}`, tasks),
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
    queryFn: () => api.get(`${base(networkId)}/bodies`, bodies),
  });
}

export function useMeetings(networkId: string, bodyId: string) {
  return useQuery({
    queryKey: ['governance-meetings', networkId, bodyId],
    queryFn: () => api.get(`${base(networkId)}/meetings${toQuery({ bodyId })}`, meetings),
  });
}

export function useDecisions(networkId: string, params: Params = {}) {
  return useQuery({
    queryKey: ['governance-decisions', networkId, params],
    queryFn: () => api.get(`${base(networkId)}/decisions${toQuery(params)}`, decisions),
  });
}

export type SharedDecisionRow = Reply<typeof sharedDecisionRow>;

/** What a funder sees of the decision log: the shared decisions, and with "aggregates only" a count of the rest. */
export function useSharedDecisions(networkId: string, params: Params) {
  return useQuery({
    queryKey: ['governance-shared', networkId, params],
    queryFn: () => api.get(`${base(networkId)}/decisions/shared${toQuery(params)}`, sharedDecisions),
    placeholderData: keepPreviousData,
  });
}

export type AdmissionRow = Reply<typeof admissionRow>;

export function useAdmissions(networkId: string, params: Params) {
  return useQuery({
    queryKey: ['governance-admissions', networkId, params],
    queryFn: () => api.get(`${base(networkId)}/admissions${toQuery(params)}`, admissions),
    placeholderData: keepPreviousData,
  });
}

/** The network's people for the "who" pickers (needs people.read, which those who manage governance have). */
export function usePeopleOptions(networkId: string) {
  return useQuery({
    queryKey: ['governance-people', networkId],
    queryFn: async () =>
      (
        await api.get(
          `/api/networks/${encodeURIComponent(networkId)}/people${toQuery({ pageSize: 200, sort: 'name' })}`,
          personOptions,
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
      api.post(`${base(networkId)}/assignments`, input, createdReply),
  );
}

export function useEndTerm(networkId: string) {
  return useGovernanceMutation(networkId, ({ id, endsOn }: { id: string; endsOn: string }) =>
    api.post(`${base(networkId)}/assignments/${id}/end`, { endsOn }, ok),
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
    }) => api.patch(`${base(networkId)}/tasks/${id}`, body, ok),
  );
}

export function useCreateTask(networkId: string) {
  return useGovernanceMutation(networkId, (input: { title: string; responsibleRole?: string }) =>
    api.post(`${base(networkId)}/tasks`, input, createdReply),
  );
}

export function useCreateBody(networkId: string) {
  return useGovernanceMutation(networkId, (input: { kind: string; name: string; theme?: string }) =>
    api.post(`${base(networkId)}/bodies`, input, createdReply),
  );
}

export function useCreateMeeting(networkId: string) {
  return useGovernanceMutation(networkId, (input: { bodyId: string; startsAt: string; agenda: string }) =>
    api.post(`${base(networkId)}/meetings`, input, createdReply),
  );
}

export function useUpdateMeeting(networkId: string) {
  return useGovernanceMutation(
    networkId,
    ({ id, ...body }: { id: string; version: number; minutes?: string; agenda?: string }) =>
      api.patch(`${base(networkId)}/meetings/${id}`, body, ok),
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
    }) => api.post(`${base(networkId)}/admissions/${organisationId}/decide`, body, decideAdmissionReply),
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
    }) => api.put(`${base(networkId)}/meetings/${id}/attendance`, { attendance, version }, okWithVersion),
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
    }) => api.post(`${base(networkId)}/decisions`, input, decisionRecorded),
  );
}
