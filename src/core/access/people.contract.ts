// The people contract (decision 018): people, roles and invitations within a network, and the public invitation page.
// Read by the server's people routes and by the web's people and auth features.
import { z } from 'zod';
import { NETWORK_ROLES } from './permissions.js';
import { createdReply, itemsOf, pageOf, timestamp } from '../common.contract.js';
import { EXPORT_FORMATS } from '../export-list.js';

/** The orders of the people list, as the web's sort control offers them. */
export const PEOPLE_SORTS = ['name', 'email', 'createdAt'] as const;

export const listPeopleQuery = z.object({
  search: z.string().trim().max(200).optional(),
  sort: z.enum(PEOPLE_SORTS).default('name'),
  order: z.enum(['asc', 'desc']).default('asc'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
  format: z.enum(EXPORT_FORMATS).optional(),
});
export type ListPeopleQuery = z.infer<typeof listPeopleQuery>;

export const personRow = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  organisationName: z.string().nullable(),
  roles: z.array(z.string()),
  createdAt: timestamp,
});
export type PersonRow = z.infer<typeof personRow>;

export const peoplePage = pageOf(personRow);

export const inviteInput = z.object({
  name: z.string().trim().min(1).max(200),
  email: z.email().max(254),
  role: z.enum(NETWORK_ROLES),
  /** The organisation the invited contact works for (a member employer's contact needs it for the member portal). */
  organisationId: z
    .uuid()
    .nullish()
    .transform((v) => v ?? null),
});
export type InviteInput = z.infer<typeof inviteInput>;

export const invitationRow = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.string(),
  createdAt: timestamp,
  expiresAt: timestamp,
  acceptedAt: timestamp.nullable(),
});
export const invitationsReply = itemsOf(invitationRow);
/** An invitation sent: its id. */
export const invitationSent = createdReply;

// Any token string is looked up; a malformed one is simply unknown (404), like an expired one.
export const invitationTokenParams = z.object({ token: z.string().min(1).max(200) });
export const invitationPreview = z.object({
  networkName: z.string(),
  email: z.string(),
  role: z.string(),
  personName: z.string(),
  hasAccount: z.boolean(),
});
export const acceptInvitationInput = z.object({ password: z.string().max(1024).optional() });
