// Shapes for people, roles and invitations within a network.
import { z } from 'zod';
import { NETWORK_ROLES } from '../../../core/access/permissions.js';
import { EXPORT_FORMATS } from '../../platform/export.js';

export const listPeopleQuery = z.object({
  search: z.string().trim().max(200).optional(),
  sort: z.enum(['name', 'email', 'createdAt']).default('name'),
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
  createdAt: z.date(),
});
export type PersonRow = z.infer<typeof personRow>;

export const peoplePage = z.object({
  items: z.array(personRow),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

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
  createdAt: z.date(),
  expiresAt: z.date(),
  acceptedAt: z.date().nullable(),
});

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
