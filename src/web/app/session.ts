// The signed-in user's session (GET /api/session), shared by the shell, the route guards and the features.
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { api } from './api-client.js';

export type SessionNetwork = { id: string; slug: string; name: string; roles: string[]; permissions: string[] };
export type SessionUser = { id: string; name: string; email: string; locale: string };
export type Session = { user: SessionUser | null; platformAdmin: boolean; networks: SessionNetwork[] };

export const sessionQueryKey = ['session'] as const;
export const setupStatusQueryKey = ['setup-status'] as const;

export function fetchSession(): Promise<Session> {
  return api.get<Session>('/api/session');
}

export function useSession() {
  return useQuery({ queryKey: sessionQueryKey, queryFn: fetchSession, staleTime: 30_000 });
}

export function useSetupStatus() {
  return useQuery({
    queryKey: setupStatusQueryKey,
    queryFn: () => api.get<{ needsSetup: boolean }>('/api/setup/status'),
    staleTime: 60_000,
  });
}

/** After login, logout or accepting an invitation: replace the cached session and drop everything else the old user saw. */
export function replaceSession(queryClient: QueryClient, session: Session | null): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
  if (session) {
    queryClient.setQueryData(sessionQueryKey, session);
  } else {
    queryClient.setQueryData<Session>(sessionQueryKey, { user: null, platformAdmin: false, networks: [] });
  }
}

export function hasPermission(session: Session | undefined, networkId: string, permission: string): boolean {
  return Boolean(session?.networks.find((network) => network.id === networkId)?.permissions.includes(permission));
}
