// The advice contract (decision 018): the klankbordgroep's advice requests, the advice given (asked for or not) and its
// link to the decision that followed. Read by the server's advice routes and by the web's advice feature.
import { z } from 'zod';
import { ADVICE_OUTCOMES, ADVICE_REQUEST_SORTS, ADVICE_SORTS } from './advice-rules.js';
import { EXPORT_FORMATS } from '../export-list.js';
import { createdReply, isoDate, itemsOf, timestamp } from '../common.contract.js';

export const requestParams = z.object({ networkId: z.uuid(), requestId: z.uuid() });
export const adviceParams = z.object({ networkId: z.uuid(), adviceId: z.uuid() });

export const listRequestsQuery = z.object({
  search: z.string().trim().max(200).optional(),
  status: z.enum(['open', 'closed']).optional(),
  sort: z.enum(ADVICE_REQUEST_SORTS).default('createdAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
  format: z.enum(EXPORT_FORMATS).optional(),
});
export type ListRequestsQuery = z.infer<typeof listRequestsQuery>;

export const requestRow = z.object({
  id: z.string(),
  question: z.string(),
  background: z.string(),
  deadline: z.string(),
  askedByName: z.string().nullable(),
  createdAt: timestamp,
  version: z.number(),
  /** Advice can still be given: the deadline is today or later (Amsterdam's day). */
  open: z.boolean(),
  answers: z.number(),
  /** The actor's own answer, when they gave one. */
  myAdvice: z.object({ id: z.string(), text: z.string(), version: z.number() }).nullable(),
});

export const createRequestInput = z.object({
  question: z.string().trim().min(1).max(1000),
  background: z.string().trim().max(5000).default(''),
  deadline: isoDate,
});
export type CreateRequestInput = z.infer<typeof createRequestInput>;

export const listAdviceQuery = z.object({
  search: z.string().trim().max(200).optional(),
  requestId: z.uuid().optional(),
  /** Only the advice nobody asked for. */
  unsolicited: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
  sort: z.enum(ADVICE_SORTS).default('createdAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
  format: z.enum(EXPORT_FORMATS).optional(),
});
export type ListAdviceQuery = z.output<typeof listAdviceQuery>;

export const adviceRow = z.object({
  id: z.string(),
  requestId: z.string().nullable(),
  question: z.string().nullable(),
  authorPersonId: z.string(),
  authorName: z.string().nullable(),
  text: z.string(),
  createdAt: timestamp,
  updatedAt: timestamp,
  version: z.number(),
  decisionId: z.string().nullable(),
  decisionText: z.string().nullable(),
  decidedOn: z.string().nullable(),
  outcome: z.enum(ADVICE_OUTCOMES).nullable(),
  outcomeReason: z.string(),
  /** Written by the actor (and so editable by them while the request is open). */
  mine: z.boolean(),
});

export const giveAdviceInput = z.object({
  /** The request answered; absent for advice nobody asked for. */
  requestId: z.uuid().optional(),
  text: z.string().trim().min(1).max(5000),
});
export type GiveAdviceInput = z.infer<typeof giveAdviceInput>;

export const editAdviceInput = z.object({
  version: z.number().int().min(1),
  text: z.string().trim().min(1).max(5000),
});
export type EditAdviceInput = z.infer<typeof editAdviceInput>;

/** What the decision that followed did with the advice; `decisionId: null` takes the link away again. */
export const linkDecisionInput = z
  .object({
    version: z.number().int().min(1),
    decisionId: z.uuid().nullable(),
    outcome: z.enum(ADVICE_OUTCOMES).nullable().default(null),
    outcomeReason: z.string().trim().max(5000).default(''),
  })
  .refine((v) => v.decisionId === null || v.outcome !== null, {
    path: ['outcome'],
    message: 'Kies wat het besluit met dit advies deed: overgenomen, deels of niet.',
  });
export type LinkDecisionInput = z.infer<typeof linkDecisionInput>;

// ---- replies, named so the routes and the browser read the same shape

export const adviceRequests = itemsOf(requestRow);
export const adviceGiven = itemsOf(adviceRow);
/** A new advice request and how many members of the klankbordgroep were told. */
export const requestCreated = createdReply.extend({ notified: z.number() });
export const okWithVersion = z.object({ ok: z.literal(true), version: z.number() });
