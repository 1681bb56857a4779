// API calls of a network's life: the mission (with its versions), the phase with its history, and the funders' agreements.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest, toQuery } from '../../app/api-client.js';
import type { FunderType, Phase } from '../../../core/network-life/network-life.js';

export type MissionGoal = { text: string; level: 'mission' | 'network' };
export type MissionVersion = {
  id: string;
  versionNumber: number;
  mission: string;
  goals: MissionGoal[];
  createdByName: string | null;
  createdAt: string;
};
export type MissionReply = {
  current: MissionVersion | null;
  missionLevelOnly: boolean;
  agreedTargets: { funderName: string; targets: string[] }[];
};
export type PhaseChange = {
  id: string;
  fromPhase: Phase;
  toPhase: Phase;
  effectiveOn: string;
  reason: string;
  decisionId: string;
  createdByName: string | null;
  createdAt: string;
};
export type PhaseReply = { phase: Phase; next: Phase[]; history: PhaseChange[] };
export type Agreement = {
  id: string;
  funderName: string;
  funderType: FunderType;
  organisationId: string | null;
  contactPersonId: string | null;
  contactPersonName: string | null;
  amountCents: number;
  startsOn: string;
  endsOn: string;
  conditions: string;
  mandate: string;
  missionTargets: string[];
  yearPlanRequired: boolean;
  documents: string[];
  version: number;
  updatedAt: string;
};
export type AgreementInput = Omit<Agreement, 'id' | 'contactPersonName' | 'version' | 'updatedAt'>;
export type PersonOption = { id: string; name: string };

const base = (networkId: string) => `/api/networks/${encodeURIComponent(networkId)}`;

export function useMission(networkId: string) {
  return useQuery({
    queryKey: ['network-life-mission', networkId],
    queryFn: () => api.get<MissionReply>(`${base(networkId)}/mission`),
  });
}

export function useMissionVersions(networkId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['network-life-mission-versions', networkId],
    queryFn: () => api.get<{ items: MissionVersion[] }>(`${base(networkId)}/mission/versions`),
    enabled,
  });
}

export function useSaveMission(networkId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { mission: string; goals: MissionGoal[]; basedOnVersion: number }) =>
      apiRequest<{ id: string; versionNumber: number }>('POST', `${base(networkId)}/mission/versions`, body),
    onSuccess: () =>
      queryClient.invalidateQueries({ predicate: (q) => String(q.queryKey[0]).startsWith('network-life-mission') }),
  });
}

export function usePhase(networkId: string) {
  return useQuery({
    queryKey: ['network-life-phase', networkId],
    queryFn: () => api.get<PhaseReply>(`${base(networkId)}/phase`),
  });
}

export function useChangePhase(networkId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { from: Phase; to: Phase; effectiveOn: string; reason: string; sharedWithFunder: boolean }) =>
      apiRequest<{ phase: Phase; decisionId: string }>('POST', `${base(networkId)}/phase/changes`, body),
    // The phase shows on the overview, the steering dashboard and the decision log as well.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

export function useAgreements(networkId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['network-life-agreements', networkId],
    queryFn: () => api.get<{ items: Agreement[] }>(`${base(networkId)}/funder-agreements`),
    enabled,
  });
}

/** The funder's own agreement(s): those where its organisation is the funder. */
export function useOwnAgreements(networkId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['network-life-own-agreements', networkId],
    queryFn: () => api.get<{ items: Agreement[] }>(`${base(networkId)}/funder-agreements/own`),
    enabled,
  });
}

export function useSaveAgreement(networkId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, input }: { id: string | null; version: number; input: AgreementInput }) =>
      id
        ? apiRequest<{ id: string; version: number }>('PUT', `${base(networkId)}/funder-agreements/${id}`, {
            ...input,
            version,
          })
        : apiRequest<{ id: string; version: number }>('POST', `${base(networkId)}/funder-agreements`, input),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

/** The network's people, to name the funder's contact person (needs people.read, which those who manage it have). */
export function usePeopleOptions(networkId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['network-life-people', networkId],
    queryFn: async () =>
      (await api.get<{ items: PersonOption[] }>(`${base(networkId)}/people${toQuery({ pageSize: 200, sort: 'name' })}`))
        .items,
    enabled,
  });
}

export type ChecklistState = 'open' | 'done' | 'skipped';
export type ChecklistItem = {
  id: string;
  phase: Phase;
  code: string;
  titleKey: string;
  ownerPersonId: string | null;
  ownerName: string | null;
  ownerRole: string | null;
  dueOn: string;
  state: ChecklistState;
  doneAt: string | null;
  evidence: string | null;
  closedAutomatically: boolean;
  version: number;
};
export type ChecklistReply = {
  phase: Phase;
  items: ChecklistItem[];
  progress: { done: number; total: number };
  mayEdit: boolean;
};

export function useChecklist(networkId: string, enabled = true) {
  return useQuery({
    queryKey: ['network-life-checklist', networkId],
    queryFn: () => api.get<ChecklistReply>(`${base(networkId)}/phase/checklist`),
    enabled,
  });
}

export function useUpdateChecklistItem(networkId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; version: number; state?: ChecklistState; dueOn?: string }) =>
      apiRequest<{ id: string; version: number }>('PUT', `${base(networkId)}/phase/checklist/${id}`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['network-life-checklist', networkId] }),
  });
}
