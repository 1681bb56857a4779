// Shapes for mailings: the composer's input, segment preview, the list with progress, deliveries and the mail-link pages.
// The contract of the mailings domain (decision 018): read by the routes and by the web feature.
import { z } from 'zod';
import { itemsOf, timestamp } from '../common.contract.js';
import { EXPORT_FORMATS } from '../export-list.js';
import { MAILING_KINDS } from './mailing-rules.js';

export const segmentInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all_member_contacts') }),
  z.object({ kind: z.literal('core_group') }),
  z.object({ kind: z.literal('theme_group'), bodyId: z.uuid() }),
  z.object({ kind: z.literal('activity_attendees'), activityId: z.uuid() }),
  z.object({ kind: z.literal('role'), role: z.string().min(1).max(40) }),
]);
export type SegmentInput = z.infer<typeof segmentInput>;

export const createMailingInput = z.object({
  kind: z.enum(MAILING_KINDS),
  subject: z.string().trim().min(1).max(200),
  body: z.string().trim().min(1).max(20_000),
  segment: segmentInput,
  activityId: z.uuid().nullish(),
  language: z.enum(['nl', 'en']).default('nl'),
});
export type CreateMailingInput = z.infer<typeof createMailingInput>;

export const progress = z.object({
  total: z.number(),
  queued: z.number(),
  sent: z.number(),
  failed: z.number(),
  skipped: z.number(),
});

export const mailingRow = z.object({
  id: z.string(),
  kind: z.string(),
  subject: z.string(),
  body: z.string(),
  segment: z.record(z.string(), z.string()),
  activityId: z.string().nullable(),
  language: z.string(),
  status: z.string(),
  createdAt: timestamp,
  sentAt: timestamp.nullable(),
  finishedAt: timestamp.nullable(),
  progress,
});
export type MailingRow = z.infer<typeof mailingRow>;

/** The orders of the mailings list, as the web's sort control offers them. */
export const MAILING_SORTS = ['createdAt', 'subject', 'kind', 'status'] as const;

export const listMailingsQuery = z.object({
  search: z.string().trim().max(100).optional(),
  sort: z.enum(MAILING_SORTS).default('createdAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
  format: z.enum(EXPORT_FORMATS).optional(),
});
export type ListMailingsQuery = z.infer<typeof listMailingsQuery>;

export const mailingsPage = z.object({
  items: z.array(mailingRow),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

export const recipientRow = z.object({
  personId: z.string().nullable(),
  name: z.string().nullable(),
  email: z.string(),
});
export const segmentPreview = z.object({
  count: z.number(),
  unsubscribed: z.number(),
  sample: z.array(recipientRow),
});

export const deliveryRow = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string().nullable(),
  status: z.string(),
  attempts: z.number(),
  lastError: z.string().nullable(),
  sentAt: timestamp.nullable(),
});
export const listDeliveriesQuery = z.object({
  status: z.enum(['queued', 'sent', 'stored', 'failed', 'skipped']).optional(),
  search: z.string().trim().max(100).optional(),
  format: z.enum(EXPORT_FORMATS).optional(),
});

export const mailingIdParams = z.object({ networkId: z.uuid(), mailingId: z.uuid() });
export const mailLinkParams = z.object({ token: z.string().min(10).max(100) });
export const mailLinkView = z.object({
  networkName: z.string(),
  kind: z.string(),
  email: z.string(),
  unsubscribable: z.boolean(),
  unsubscribed: z.boolean(),
  activity: z
    .object({ title: z.string(), startsAt: timestamp, location: z.string().nullable(), registered: z.boolean() })
    .nullable(),
});

export const templateQuery = z.object({
  kind: z.enum(MAILING_KINDS),
  language: z.enum(['nl', 'en']).default('nl'),
  activityId: z.uuid().optional(),
});
export const previewInput = z.object({ segment: segmentInput, kind: z.enum(MAILING_KINDS) });

// ---- replies ------------------------------------------------------------------------------------------------------------

export const mailingTemplate = z.object({ subject: z.string(), body: z.string() });
export const mailingSent = z.object({ id: z.string(), total: z.number() });
export const deliveries = itemsOf(deliveryRow);
export const requeued = z.object({ requeued: z.number() });
export const unsubscribeReply = z.object({ unsubscribed: z.boolean() });
export const registerReply = z.object({ status: z.string() });

/** The network's activities as the composer reads them from the agenda (to invite to one). */
export const activityOptions = itemsOf(z.object({ id: z.string(), title: z.string(), startsAt: timestamp }));
/** The network's bodies as the composer reads them from governance (to write to a theme group). */
export const bodyOptions = itemsOf(z.object({ id: z.string(), kind: z.string(), name: z.string() }));
