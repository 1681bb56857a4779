// Shapes for contact moments, their follow-ups, an organisation's timeline and a person's actions.
import { z } from 'zod';
import { INTERACTION_KINDS, INTERACTION_SORTS } from './interaction-lists.js';
import { EXPORT_FORMATS } from '../export-list.js';

const followUpInput = z.object({
  what: z.string().trim().min(2).max(500),
  ownerPersonId: z.uuid(),
  dueOn: z.iso.date().nullish(),
});

export const interactionInput = z.object({
  kind: z.enum(INTERACTION_KINDS),
  occurredOn: z.iso.date(),
  contactPersonId: z.uuid().nullish(),
  note: z.string().trim().min(1).max(4000),
  outcome: z.string().trim().max(1000).nullish(),
  followUp: followUpInput.nullish(),
});
export type InteractionInput = z.infer<typeof interactionInput>;

export const interactionUpdate = interactionInput.extend({ version: z.number().int().min(1) });
export type InteractionUpdate = z.infer<typeof interactionUpdate>;

export const followUpDoneInput = z.object({ done: z.boolean(), version: z.number().int().min(1) });

export const interactionRow = z.object({
  id: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  kind: z.enum(INTERACTION_KINDS),
  occurredOn: z.string(),
  contactPersonId: z.string().nullable(),
  contactName: z.string().nullable(),
  recordedByPersonId: z.string().nullable(),
  recordedByName: z.string().nullable(),
  note: z.string(),
  outcome: z.string().nullable(),
  followUp: z.string().nullable(),
  followUpOwnerPersonId: z.string().nullable(),
  followUpOwnerName: z.string().nullable(),
  followUpDueOn: z.string().nullable(),
  followUpDone: z.boolean(),
  version: z.number(),
});
export type InteractionRow = z.infer<typeof interactionRow>;

export const orgParams = z.object({ networkId: z.uuid(), organisationId: z.uuid() });
export const interactionParams = z.object({ networkId: z.uuid(), interactionId: z.uuid() });

export const listInteractionsQuery = z.object({
  search: z.string().trim().max(100).optional(),
  kind: z.enum(INTERACTION_KINDS).optional(),
  sort: z.enum(INTERACTION_SORTS).default('occurredOn'),
  order: z.enum(['asc', 'desc']).default('desc'),
  /** Paging applies to the screen; an export (`format`) holds every matching contact moment. */
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
  format: z.enum(EXPORT_FORMATS).optional(),
});
export type ListInteractionsQuery = z.infer<typeof listInteractionsQuery>;

export const myActionsQuery = z.object({
  status: z.enum(['open', 'done', 'all']).default('open'),
  search: z.string().trim().max(100).optional(),
  sort: z.enum(['followUpDueOn', 'organisationName', 'occurredOn']).default('followUpDueOn'),
  order: z.enum(['asc', 'desc']).default('asc'),
  format: z.enum(EXPORT_FORMATS).optional(),
});
export type MyActionsQuery = z.infer<typeof myActionsQuery>;

export const TIMELINE_KINDS = ['contact', 'attended', 'contributed', 'hosted', 'need', 'placement'] as const;
export const timelineQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export const timelineItem = z.object({
  kind: z.enum(TIMELINE_KINDS),
  id: z.string(),
  day: z.string(),
  title: z.string(),
  detail: z.string().nullable(),
  /** For a contact moment: call | visit | mail | meeting. */
  subKind: z.string().nullable(),
});
export const timelinePage = z.object({
  items: z.array(timelineItem),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

export const ownerOption = z.object({ id: z.string(), name: z.string() });

export const interactions = z.object({ items: z.array(interactionRow) });
export const interactionsPage = z.object({
  items: z.array(interactionRow),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export const ownerOptions = z.object({ items: z.array(ownerOption) });
