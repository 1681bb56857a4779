// The signed-in user's session (GET /api/session), shared by the shell, the route guards and the features.
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { sessionView } from '../../core/access/session.contract.js';
import { setupStatus } from '../../core/setup/setup.contract.js';
import { api, type Reply } from '../shared/api-client.js';

// The session's shape comes from the session contract (decision 018).
export type Session = Reply<typeof sessionView>;
export type SessionNetwork = Session['networks'][number];
export type SessionUser = NonNullable<Session['user']>;

export const sessionQueryKey = ['session'] as const;
export const setupStatusQueryKey = ['setup-status'] as const;

export function fetchSession(): Promise<Session> {
  return api.get('/api/session', sessionView);
}

export function useSession() {
  return useQuery({ queryKey: sessionQueryKey, queryFn: fetchSession, staleTime: 30_000 });
}

export function useSetupStatus() {
  return useQuery({
    queryKey: setupStatusQueryKey,
    queryFn: () => api.get('/api/setup/status', setupStatus),
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
