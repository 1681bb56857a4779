// API calls of sign-in, sign-out, password reset, email login and invitations.
import { api, requestWithoutReply, type Reply } from '../../shared/api-client.js';
import type { Session } from '../../app/session.js';
import { invitationPreview } from '../../../core/access/people.contract.js';
import { sessionView } from '../../../core/access/session.contract.js';

export type Invitation = Reply<typeof invitationPreview>;

export const authApi = {
  login: (input: { email: string; password: string }) => api.post('/api/session/login', input, sessionView),
  logout: () => requestWithoutReply('POST', '/api/session/logout', {}),
  requestPasswordReset: (input: { email: string }) =>
    requestWithoutReply('POST', '/api/session/password-reset/request', input),
  confirmPasswordReset: (input: { token: string; password: string }) =>
    requestWithoutReply('POST', '/api/session/password-reset/confirm', input),
  requestEmailLink: (input: { email: string }) => requestWithoutReply('POST', '/api/session/magic-link/request', input),
  verifyEmailLink: (input: { token: string }) => api.post('/api/session/magic-link/verify', input, sessionView),
  getInvitation: (token: string) => api.get(`/api/invitations/${encodeURIComponent(token)}`, invitationPreview),
  acceptInvitation: (token: string, input: { password?: string }) =>
    api.post(`/api/invitations/${encodeURIComponent(token)}/accept`, input, sessionView),
};

/** Where a fresh session should land: the first network's overview, or the start page that knows what else to do. */
export function landingPath(session: Session): string {
  const first = session.networks[0];
  return first ? `/n/${first.id}` : '/';
}
