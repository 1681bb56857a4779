// API calls of one's own body (Mijn groep): the bodies I hold a role in today, a body's members and meetings, a themagroep's
// needs and activities, and — for its kartrekker — adding members, planning meetings, minutes and attendance.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, contractRequest, type Reply } from '../../shared/api-client.js';
import { createdReply } from '../../../core/common.contract.js';
import { ok, okWithVersion } from '../../../core/governance/governance.contract.js';
import {
  ownBodies,
  ownBodyAgenda,
  ownBodyCandidates,
  ownBodyDetail,
  ownBodyMeetingDetail,
  type ownBodyMember,
  type ownBodyRow,
} from '../../../core/governance/own-body.contract.js';

// Reply types come from the own-body contract (decision 018).
export type OwnBody = Reply<typeof ownBodyRow>;
export type OwnBodyMember = Reply<typeof ownBodyMember>;
export type OwnBodyDetail = Reply<typeof ownBodyDetail>;
export type OwnBodyAgenda = Reply<typeof ownBodyAgenda>;
export type MeetingDetail = Reply<typeof ownBodyMeetingDetail>;

const base = (networkId: string) => `/api/networks/${encodeURIComponent(networkId)}/own-bodies`;
const key = 'own-bodies';

export function useOwnBodies(networkId: string) {
  return useQuery({
    queryKey: [key, networkId],
    queryFn: () => api.get(base(networkId), ownBodies),
  });
}

export function useOwnBody(networkId: string, bodyId: string) {
  return useQuery({
    queryKey: [key, networkId, bodyId],
    queryFn: () => api.get(`${base(networkId)}/${encodeURIComponent(bodyId)}`, ownBodyDetail),
  });
}

export function useOwnBodyAgenda(networkId: string, bodyId: string, enabled: boolean) {
  return useQuery({
    queryKey: [key, networkId, bodyId, 'agenda'],
    queryFn: () => api.get(`${base(networkId)}/${encodeURIComponent(bodyId)}/agenda`, ownBodyAgenda),
    enabled,
  });
}

export function useOwnBodyCandidates(networkId: string, bodyId: string, enabled: boolean) {
  return useQuery({
    queryKey: [key, networkId, bodyId, 'candidates'],
    queryFn: () => api.get(`${base(networkId)}/${encodeURIComponent(bodyId)}/candidates`, ownBodyCandidates),
    enabled,
  });
}

export function useOwnBodyMeeting(networkId: string, bodyId: string, meetingId: string) {
  return useQuery({
    queryKey: [key, networkId, bodyId, 'meeting', meetingId],
    queryFn: () =>
      api.get(
        `${base(networkId)}/${encodeURIComponent(bodyId)}/meetings/${encodeURIComponent(meetingId)}`,
        ownBodyMeetingDetail,
      ),
  });
}

function useOwnBodyMutation<I, O>(networkId: string, fn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: [key, networkId] }),
  });
}

export function useAddOwnBodyMember(networkId: string, bodyId: string) {
  return useOwnBodyMutation(networkId, (input: { personId: string }) =>
    api.post(`${base(networkId)}/${encodeURIComponent(bodyId)}/members`, input, createdReply),
  );
}

export function useRemoveOwnBodyMember(networkId: string, bodyId: string) {
  return useOwnBodyMutation(networkId, (assignmentId: string) =>
    contractRequest(
      'DELETE',
      `${base(networkId)}/${encodeURIComponent(bodyId)}/members/${encodeURIComponent(assignmentId)}`,
      ok,
    ),
  );
}

export function useCreateOwnBodyMeeting(networkId: string, bodyId: string) {
  return useOwnBodyMutation(networkId, (input: { startsAt: string; agenda: string }) =>
    api.post(`${base(networkId)}/${encodeURIComponent(bodyId)}/meetings`, input, createdReply),
  );
}

/** Agenda and minutes first (with the meeting's version), then the attendance from the version that edit left. */
export function useSaveOwnBodyMeeting(networkId: string, bodyId: string) {
  return useOwnBodyMutation(
    networkId,
    async (input: {
      id: string;
      version: number;
      agenda: string;
      minutes: string;
      attendance: { personId: string; present: boolean }[];
    }) => {
      const url = `${base(networkId)}/${encodeURIComponent(bodyId)}/meetings/${encodeURIComponent(input.id)}`;
      await api.patch(url, { version: input.version, agenda: input.agenda, minutes: input.minutes }, ok);
      if (input.attendance.length > 0)
        await api.put(`${url}/attendance`, { version: input.version + 1, attendance: input.attendance }, okWithVersion);
    },
  );
}
