// Shapes for installation management (platform admin).
import { z } from 'zod';

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
  createdAt: z.date(),
  sentAt: z.date().nullable(),
});
export const outboxPage = z.object({
  items: z.array(outboxRow),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export const outboxMessage = outboxRow.extend({
  textBody: z.string(),
  htmlBody: z.string().nullable(),
  headers: z.record(z.string(), z.string()),
  error: z.string().nullable(),
  transport: z.string(),
});
export const idParams = z.object({ id: z.uuid() });
