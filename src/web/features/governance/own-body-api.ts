// API calls of one's own body (Mijn groep): the bodies I hold a role in today, a body's members and meetings, a themagroep's
// needs and activities, and — for its kartrekker — adding members, planning meetings, minutes and attendance.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest } from '../../app/api-client.js';
import type { BodyRow, MeetingRow } from './api.js';

export type OwnBody = {
  id: string;
  kind: BodyRow['kind'];
  name: string;
  theme: string | null;
  roles: string[];
  canRun: boolean;
};
export type OwnBodyMember = {
  assignmentId: string;
  personId: string;
  personName: string;
  role: string;
  startsOn: string;
  endsOn: string | null;
};
export type OwnBodyDetail = OwnBody & { members: OwnBodyMember[]; meetings: MeetingRow[] };
export type OwnBodyAgenda = {
  needTheme: string | null;
  needs: { id: string; title: string; status: string; organisationName: string | null; createdAt: string }[];
  activities: { id: string; title: string; workForm: string; startsAt: string; status: string }[];
};
export type MeetingDetail = MeetingRow & { attendance: { personId: string; personName: string; present: boolean }[] };

const base = (networkId: string) => `/api/networks/${encodeURIComponent(networkId)}/own-bodies`;
const key = 'own-bodies';

export function useOwnBodies(networkId: string) {
  return useQuery({
    queryKey: [key, networkId],
    queryFn: () => api.get<{ items: OwnBody[] }>(base(networkId)),
  });
}

export function useOwnBody(networkId: string, bodyId: string) {
  return useQuery({
    queryKey: [key, networkId, bodyId],
    queryFn: () => api.get<OwnBodyDetail>(`${base(networkId)}/${encodeURIComponent(bodyId)}`),
  });
}

export function useOwnBodyAgenda(networkId: string, bodyId: string, enabled: boolean) {
  return useQuery({
    queryKey: [key, networkId, bodyId, 'agenda'],
    queryFn: () => api.get<OwnBodyAgenda>(`${base(networkId)}/${encodeURIComponent(bodyId)}/agenda`),
    enabled,
  });
}

export function useOwnBodyCandidates(networkId: string, bodyId: string, enabled: boolean) {
  return useQuery({
    queryKey: [key, networkId, bodyId, 'candidates'],
    queryFn: () =>
      api.get<{ items: { personId: string; personName: string }[] }>(
        `${base(networkId)}/${encodeURIComponent(bodyId)}/candidates`,
      ),
    enabled,
  });
}

export function useOwnBodyMeeting(networkId: string, bodyId: string, meetingId: string) {
  return useQuery({
    queryKey: [key, networkId, bodyId, 'meeting', meetingId],
    queryFn: () =>
      api.get<MeetingDetail>(
        `${base(networkId)}/${encodeURIComponent(bodyId)}/meetings/${encodeURIComponent(meetingId)}`,
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
    api.post<{ id: string }>(`${base(networkId)}/${encodeURIComponent(bodyId)}/members`, input),
  );
}

export function useRemoveOwnBodyMember(networkId: string, bodyId: string) {
  return useOwnBodyMutation(networkId, (assignmentId: string) =>
    apiRequest<{ ok: true }>(
      'DELETE',
      `${base(networkId)}/${encodeURIComponent(bodyId)}/members/${encodeURIComponent(assignmentId)}`,
    ),
  );
}

export function useCreateOwnBodyMeeting(networkId: string, bodyId: string) {
  return useOwnBodyMutation(networkId, (input: { startsAt: string; agenda: string }) =>
    api.post<{ id: string }>(`${base(networkId)}/${encodeURIComponent(bodyId)}/meetings`, input),
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
      await api.patch(url, { version: input.version, agenda: input.agenda, minutes: input.minutes });
      if (input.attendance.length > 0)
        await apiRequest('PUT', `${url}/attendance`, { version: input.version + 1, attendance: input.attendance });
    },
  );
}
