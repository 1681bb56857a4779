// Contribution invoices: tiers per network (by company size), a gapless number sequence per network and year (a counter
// row taken with UPDATE … RETURNING inside the creating transaction), and the invoices and credit notes themselves with the
// network's and member's details as they were when the invoice was made. Amounts are whole euro cents; only a credit note
// is negative. Network-scoped with `(network_id, id)` keys.
import { sql } from 'drizzle-orm';
import {
  check,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { user } from './auth.js';
import { network } from './network.js';
import { organisation } from './organisations.js';

/** A contribution tier: members whose head count falls in [employees_from, employees_to] pay amount_cents a year. */
export const invoiceTier = pgTable(
  'invoice_tier',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    name: text('name').notNull(),
    employeesFrom: integer('employees_from').notNull(),
    employeesTo: integer('employees_to'),
    amountCents: integer('amount_cents').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.id] }),
    check('invoice_tier_amount_check', sql`${t.amountCents} >= 0`),
    check(
      'invoice_tier_range_check',
      sql`${t.employeesFrom} >= 0 and (${t.employeesTo} is null or ${t.employeesTo} >= ${t.employeesFrom})`,
    ),
  ],
);

/** The last number handed out per network and year; taken and raised in the transaction that creates the invoice. */
export const invoiceCounter = pgTable(
  'invoice_counter',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    lastNumber: integer('last_number').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.networkId, t.year] })],
);

export const invoice = pgTable(
  'invoice',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    year: integer('year').notNull(),
    sequence: integer('sequence').notNull(),
    number: text('number').notNull(),
    kind: text('kind').notNull().default('invoice'),
    status: text('status').notNull(),
    organisationId: uuid('organisation_id').notNull(),
    /** The contribution year this invoice is for (a credit note: the original's). */
    contributionYear: integer('contribution_year').notNull(),
    creditOfId: uuid('credit_of_id'),
    amountCents: integer('amount_cents').notNull(),
    description: text('description').notNull(),
    issuedOn: date('issued_on').notNull(),
    dueOn: date('due_on').notNull(),
    paidOn: date('paid_on'),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    reminderCount: integer('reminder_count').notNull().default(0),
    writtenOffAt: timestamp('written_off_at', { withTimezone: true }),
    /** The network's and the member's details as printed on the invoice. */
    sellerName: text('seller_name').notNull(),
    sellerKvk: text('seller_kvk'),
    sellerAddress: text('seller_address'),
    sellerIban: text('seller_iban'),
    buyerName: text('buyer_name').notNull(),
    buyerAddress: text('buyer_address'),
    createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.id] }),
    uniqueIndex('invoice_number_uq').on(t.networkId, t.year, t.sequence),
    // One contribution invoice per member and year: creating the year's invoices again skips who has one.
    uniqueIndex('invoice_member_year_uq')
      .on(t.networkId, t.organisationId, t.contributionYear)
      .where(sql`${t.kind} = 'invoice'`),
    // One credit note per invoice (credits are in full).
    uniqueIndex('invoice_credit_of_uq')
      .on(t.networkId, t.creditOfId)
      .where(sql`${t.creditOfId} is not null`),
    index('invoice_network_status_idx').on(t.networkId, t.status),
    foreignKey({
      columns: [t.networkId, t.organisationId],
      foreignColumns: [organisation.networkId, organisation.id],
    }).onDelete('restrict'),
    foreignKey({ columns: [t.networkId, t.creditOfId], foreignColumns: [t.networkId, t.id] }).onDelete('restrict'),
    check(
      'invoice_kind_amount_check',
      sql`(${t.kind} = 'invoice' and ${t.amountCents} >= 0 and ${t.creditOfId} is null) or (${t.kind} = 'credit_note' and ${t.amountCents} < 0 and ${t.creditOfId} is not null)`,
    ),
  ],
);
