// API calls of sign-in, sign-out, password reset, email login and invitations.
import { api } from '../../app/api-client.js';
import type { Session } from '../../app/session.js';

export type Invitation = { networkName: string; email: string; role: string; personName: string };

export const authApi = {
  login: (input: { email: string; password: string }) => api.post<Session>('/api/session/login', input),
  logout: () => api.post<void>('/api/session/logout'),
  requestPasswordReset: (input: { email: string }) => api.post<void>('/api/session/password-reset/request', input),
  confirmPasswordReset: (input: { token: string; password: string }) =>
    api.post<void>('/api/session/password-reset/confirm', input),
  requestEmailLink: (input: { email: string }) => api.post<void>('/api/session/magic-link/request', input),
  verifyEmailLink: (input: { token: string }) => api.post<Session>('/api/session/magic-link/verify', input),
  getInvitation: (token: string) => api.get<Invitation>(`/api/invitations/${encodeURIComponent(token)}`),
  acceptInvitation: (token: string, input: { password?: string }) =>
    api.post<Session>(`/api/invitations/${encodeURIComponent(token)}/accept`, input),
};

/** Where a fresh session should land: the first network's overview, or the start page that knows what else to do. */
export function landingPath(session: Session): string {
  const first = session.networks[0];
  return first ? `/n/${first.id}` : '/';
}
