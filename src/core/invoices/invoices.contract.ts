// Shapes for contribution invoices: tiers, creating the year's invoices, the list with its filters, the steps an invoice
// takes (send, paid, reminder, credit, write off) and the network's details printed on them. The contract of the invoices
// domain (decision 018), read by the routes and the web feature. Amounts come in as Dutch text and go out as cents.
import { z } from 'zod';
import { isoDate, itemsOf, timestamp } from '../common.contract.js';
import { EXPORT_FORMATS } from '../export-list.js';
import { isValidIban, isValidKvk, normaliseIban, normaliseKvk } from '../organisations/dutch-checks.js';
import { INVOICE_ACTIONS, INVOICE_KINDS, INVOICE_STATUSES } from './invoice-rules.js';

const amountText = z.string().max(40);
const version = z.number().int().min(1);

export const invoiceParams = z.object({ networkId: z.uuid(), invoiceId: z.uuid() });
export const tierParams = z.object({ networkId: z.uuid(), tierId: z.uuid() });
export const invoiceYearParams = z.object({ networkId: z.uuid(), year: z.coerce.number().int().min(2000).max(2100) });

/** The orders of the invoice list, as the web's sort control offers them. */
export const INVOICE_SORTS = ['number', 'issuedOn', 'dueOn', 'amount', 'organisation', 'status'] as const;

export const listInvoicesQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  status: z.enum(INVOICE_STATUSES).optional(),
  search: z.string().trim().max(200).optional(),
  sort: z.enum(INVOICE_SORTS).default('number'),
  order: z.enum(['asc', 'desc']).default('asc'),
  format: z.enum(EXPORT_FORMATS).optional(),
});
export type ListInvoicesQuery = z.infer<typeof listInvoicesQuery>;

export const tierInput = z.object({
  name: z.string().trim().min(1).max(100),
  employeesFrom: z.number().int().min(0).max(1_000_000),
  employeesTo: z.number().int().min(0).max(1_000_000).nullable(),
  amount: amountText,
});
export type TierInput = z.infer<typeof tierInput>;

export const tierRow = z.object({
  id: z.string(),
  name: z.string(),
  employeesFrom: z.number(),
  employeesTo: z.number().nullable(),
  amountCents: z.number(),
});
export type TierRow = z.infer<typeof tierRow>;
export const tierList = itemsOf(tierRow);

export const createYearInput = z.object({
  /** The invoice date; today in Amsterdam when left out. */
  issuedOn: isoDate.optional(),
  /** Days until the due date. */
  paymentDays: z.number().int().min(0).max(365).default(30),
  /** Keep them as drafts, to check amounts before they go out. */
  asDraft: z.boolean().default(false),
});
export type CreateYearInput = z.infer<typeof createYearInput>;

export const createYearReply = z.object({
  created: z.number(),
  skipped: z.array(
    z.object({ organisationId: z.string(), name: z.string(), reason: z.enum(['has_invoice', 'no_amount']) }),
  ),
});

export const createInvoiceInput = z.object({
  organisationId: z.uuid(),
  contributionYear: z.number().int().min(2000).max(2100),
  /** Dutch text; when left out, what the member owes for the year (agreed amount, else its tier). */
  amount: amountText.optional(),
  issuedOn: isoDate.optional(),
  dueOn: isoDate.optional(),
  asDraft: z.boolean().default(false),
});
export type CreateInvoiceInput = z.infer<typeof createInvoiceInput>;

export const createdInvoice = z.object({ id: z.string(), number: z.string(), version: z.number() });

export const updateDraftInput = z.object({
  version,
  amount: amountText,
  dueOn: isoDate,
  description: z.string().trim().min(2).max(300),
});
export type UpdateDraftInput = z.infer<typeof updateDraftInput>;

export const versionInput = z.object({ version });
export const markPaidInput = z.object({ version, paidOn: isoDate });
export const remindInput = z.object({ version, to: z.email().max(254).optional() });
export const creditInput = z.object({ version, reason: z.string().trim().min(2).max(300) });
export const writeOffInput = z.object({ version, reason: z.string().trim().max(300).optional() });

export const invoiceRow = z.object({
  id: z.string(),
  number: z.string(),
  kind: z.enum(INVOICE_KINDS),
  status: z.enum(INVOICE_STATUSES),
  organisationId: z.string(),
  organisationName: z.string(),
  contributionYear: z.number(),
  amountCents: z.number(),
  description: z.string(),
  issuedOn: z.string(),
  dueOn: z.string(),
  paidOn: z.string().nullable(),
  reminderCount: z.number(),
  remindedAt: timestamp.nullable(),
  creditOfNumber: z.string().nullable(),
  creditedByNumber: z.string().nullable(),
  actions: z.array(z.enum(INVOICE_ACTIONS)),
  version: z.number(),
});
export type InvoiceRow = z.infer<typeof invoiceRow>;

export const invoiceList = z.object({
  items: z.array(invoiceRow),
  totals: z.object({ invoicedCents: z.number(), paidCents: z.number(), openCents: z.number() }),
  canManage: z.boolean(),
});
export type InvoiceList = z.infer<typeof invoiceList>;

export const invoiceDetails = z.object({
  name: z.string(),
  kvkNumber: z.string().nullable(),
  /** One line, as printed under the network's name. */
  address: z.string().nullable(),
  /** Electronic form (no spaces); shown in groups of four. */
  iban: z.string().nullable(),
  version: z.number(),
});
export const invoiceDetailsInput = z.object({
  kvkNumber: z
    .string()
    .trim()
    .max(20)
    .nullable()
    .transform((v) => (v ? normaliseKvk(v) : null))
    .refine((v) => v === null || isValidKvk(v), { message: 'Een KvK-nummer heeft precies 8 cijfers.' }),
  address: z
    .string()
    .trim()
    .max(200, { message: 'Het adres is te lang: houd het bij één regel (straat, postcode, plaats).' })
    .nullish()
    .transform((v) => v || null),
  iban: z
    .string()
    .trim()
    .max(50)
    .nullish()
    .transform((v) => (v ? normaliseIban(v) : null))
    .refine((v) => v === null || isValidIban(v), {
      message: 'Dit IBAN klopt niet. Kijk de cijfers na, bijvoorbeeld NL91 ABNA 0417 1643 00.',
    }),
  version,
});
export type InvoiceDetailsInput = z.infer<typeof invoiceDetailsInput>;

export const remindReply = z.object({ version: z.number(), to: z.string() });
