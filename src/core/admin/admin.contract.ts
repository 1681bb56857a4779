// The admin contract (decision 018): installation management by the platform admin — the mail outbox and the umbrella
// overview (one row per network). Read by the server's admin routes and by the web's admin feature.
import { z } from 'zod';
import { itemsOf, pageOf, timestamp } from '../common.contract.js';
import { EXPORT_FORMATS } from '../export-list.js';
import { SIGNAL_CODES } from '../steering/signals.js';

export const outboxQuery = z.object({
  search: z.string().trim().max(200).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});
export type OutboxQuery = z.infer<typeof outboxQuery>;

export const outboxRow = z.object({
  id: z.string(),
  toAddress: z.string(),
  subject: z.string(),
  kind: z.string(),
  status: z.string(),
  createdAt: timestamp,
  sentAt: timestamp.nullable(),
});
export const outboxPage = pageOf(outboxRow);
export const outboxMessage = outboxRow.extend({
  textBody: z.string(),
  htmlBody: z.string().nullable(),
  headers: z.record(z.string(), z.string()),
  error: z.string().nullable(),
  transport: z.string(),
});
export const idParams = z.object({ id: z.uuid() });

// The umbrella overview: one row per network.
export const UMBRELLA_SORTS = [
  'name',
  'phase',
  'members',
  'activeMembers',
  'activitiesLast12Months',
  'signalCount',
] as const;

export const umbrellaQuery = z.object({
  search: z.string().trim().max(200).optional(),
  sort: z.enum(UMBRELLA_SORTS).default('name'),
  order: z.enum(['asc', 'desc']).default('asc'),
  format: z.enum(EXPORT_FORMATS).optional(),
});
export type UmbrellaQuery = z.infer<typeof umbrellaQuery>;

export const umbrellaRow = z.object({
  id: z.string(),
  name: z.string(),
  phase: z.string(),
  members: z.number(),
  activeMembers: z.number(),
  activitiesLast12Months: z.number(),
  signalCount: z.number(),
  signals: z.array(z.enum(SIGNAL_CODES)),
});
export const umbrellaReply = itemsOf(umbrellaRow);
