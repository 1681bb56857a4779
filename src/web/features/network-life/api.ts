// API calls of a network's life: the mission (with its versions), the phase with its history, and the funders' agreements.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, toQuery, type Reply } from '../../shared/api-client.js';
import type { Phase } from '../../../core/network-life/network-life.js';
import type {
  agreementRow,
  checklistItemRow,
  missionGoal,
  phaseChangeRow,
} from '../../../core/network-life/network-life.contract.js';
import {
  agreementsReply,
  changePhaseReply,
  checklistReply,
  missionHistoryReply,
  missionReply,
  personOptions,
  phaseReply,
  savedMissionVersion,
  savedRecord,
} from '../../../core/network-life/network-life.contract.js';

// Reply types come from the network-life contract (decision 018).
export type MissionGoal = Reply<typeof missionGoal>;
export type MissionVersion = Reply<typeof missionHistoryReply>['items'][number];
export type MissionReply = Reply<typeof missionReply>;
export type PhaseChange = Reply<typeof phaseChangeRow>;
export type PhaseReply = Reply<typeof phaseReply>;
export type Agreement = Reply<typeof agreementRow>;
export type AgreementInput = Omit<Agreement, 'id' | 'contactPersonName' | 'version' | 'updatedAt'>;
export type PersonOption = Reply<typeof personOptions>['items'][number];

const base = (networkId: string) => `/api/networks/${encodeURIComponent(networkId)}`;

export function useMission(networkId: string) {
  return useQuery({
    queryKey: ['network-life-mission', networkId],
    queryFn: () => api.get(`${base(networkId)}/mission`, missionReply),
  });
}

export function useMissionVersions(networkId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['network-life-mission-versions', networkId],
    queryFn: () => api.get(`${base(networkId)}/mission/versions`, missionHistoryReply),
    enabled,
  });
}

export function useSaveMission(networkId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { mission: string; goals: MissionGoal[]; basedOnVersion: number }) =>
      api.post(`${base(networkId)}/mission/versions`, body, savedMissionVersion),
    onSuccess: () =>
      queryClient.invalidateQueries({ predicate: (q) => String(q.queryKey[0]).startsWith('network-life-mission') }),
  });
}

export function usePhase(networkId: string) {
  return useQuery({
    queryKey: ['network-life-phase', networkId],
    queryFn: () => api.get(`${base(networkId)}/phase`, phaseReply),
  });
}

export function useChangePhase(networkId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { from: Phase; to: Phase; effectiveOn: string; reason: string; sharedWithFunder: boolean }) =>
      api.post(`${base(networkId)}/phase/changes`, body, changePhaseReply),
    // The phase shows on the overview, the steering dashboard and the decision log as well.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

export function useAgreements(networkId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['network-life-agreements', networkId],
    queryFn: () => api.get(`${base(networkId)}/funder-agreements`, agreementsReply),
    enabled,
  });
}

/** The funder's own agreement(s): those where its organisation is the funder. */
export function useOwnAgreements(networkId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['network-life-own-agreements', networkId],
    queryFn: () => api.get(`${base(networkId)}/funder-agreements/own`, agreementsReply),
    enabled,
  });
}

export function useSaveAgreement(networkId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, input }: { id: string | null; version: number; input: AgreementInput }) =>
      id
        ? api.put(`${base(networkId)}/funder-agreements/${id}`, { ...input, version }, savedRecord)
        : api.post(`${base(networkId)}/funder-agreements`, input, savedRecord),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

/** The network's people, to name the funder's contact person (needs people.read, which those who manage it have). */
export function usePeopleOptions(networkId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['network-life-people', networkId],
    queryFn: async () =>
      (await api.get(`${base(networkId)}/people${toQuery({ pageSize: 200, sort: 'name' })}`, personOptions)).items,
    enabled,
  });
}

export type ChecklistState = Reply<typeof checklistItemRow>['state'];
export type ChecklistItem = Reply<typeof checklistItemRow>;
export type ChecklistReply = Reply<typeof checklistReply>;

export function useChecklist(networkId: string, enabled = true) {
  return useQuery({
    queryKey: ['network-life-checklist', networkId],
    queryFn: () => api.get(`${base(networkId)}/phase/checklist`, checklistReply),
    enabled,
  });
}

export function useUpdateChecklistItem(networkId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; version: number; state?: ChecklistState; dueOn?: string }) =>
      api.put(`${base(networkId)}/phase/checklist/${id}`, body, savedRecord),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['network-life-checklist', networkId] }),
  });
}
