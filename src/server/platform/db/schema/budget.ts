// The network's budget per year: the plan (amounts per cost item and payer), spending entries and the in-kind contributions
// of member organisations. Amounts are whole euro cents in integers. Network-scoped with `(network_id, id)` keys.
import { sql } from 'drizzle-orm';
import {
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
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

/** One year's budget: its version guards edits of the plan; a closed year takes no more entries. */
export const budgetYear = pgTable(
  'budget_year',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    year: integer('year').notNull(),
    /** The design version the first plan came from, if any. */
    designVersionNumber: integer('design_version_number'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: text('closed_by').references(() => user.id, { onDelete: 'set null' }),
    createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.networkId, t.id] }), uniqueIndex('budget_year_uq').on(t.networkId, t.year)],
);

/** A planned amount for one cost item from one payer. */
export const budgetLine = pgTable(
  'budget_line',
  {
    networkId: uuid('network_id').notNull(),
    budgetYearId: uuid('budget_year_id').notNull(),
    item: text('item').notNull(),
    payer: text('payer').notNull(),
    plannedCents: integer('planned_cents').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.budgetYearId, t.item, t.payer] }),
    foreignKey({
      columns: [t.networkId, t.budgetYearId],
      foreignColumns: [budgetYear.networkId, budgetYear.id],
    }).onDelete('cascade'),
    check('budget_line_planned_cents_check', sql`${t.plannedCents} >= 0`),
  ],
);

/** Money spent on a cost item, paid from one payer's money. */
export const budgetSpending = pgTable(
  'budget_spending',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    spentOn: date('spent_on').notNull(),
    amountCents: integer('amount_cents').notNull(),
    item: text('item').notNull(),
    payer: text('payer').notNull(),
    description: text('description').notNull(),
    attachmentName: text('attachment_name'),
    createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.id] }),
    index('budget_spending_date_idx').on(t.networkId, t.spentOn),
    // Negative amounts belong to credit notes on invoices, never to spending.
    check('budget_spending_amount_cents_check', sql`${t.amountCents} >= 0`),
  ],
);

/** A member organisation's contribution in kind (hosting, seconded hours, catering), valued in cents. */
export const inKindContribution = pgTable(
  'in_kind_contribution',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    organisationId: uuid('organisation_id').notNull(),
    givenOn: date('given_on').notNull(),
    kind: text('kind').notNull(),
    item: text('item').notNull(),
    valueCents: integer('value_cents').notNull(),
    description: text('description').notNull(),
    createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.id] }),
    foreignKey({
      columns: [t.networkId, t.organisationId],
      foreignColumns: [organisation.networkId, organisation.id],
    }).onDelete('cascade'),
    index('in_kind_contribution_date_idx').on(t.networkId, t.givenOn),
    index('in_kind_contribution_org_idx').on(t.networkId, t.organisationId),
    check('in_kind_contribution_value_cents_check', sql`${t.valueCents} >= 0`),
  ],
);

/**
 * The financial statement to the funder for a period within one budget year: frozen (its figures written once into
 * `snapshot`, totals per cost item in cents), then released to the funder; a released statement never changes.
 */
export const budgetStatement = pgTable(
  'budget_statement',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    year: integer('year').notNull(),
    periodFrom: date('period_from').notNull(),
    periodTo: date('period_to').notNull(),
    snapshot: jsonb('snapshot').$type<Record<string, unknown>>().notNull(),
    explanation: text('explanation').notNull().default(''),
    status: text('status').notNull().default('frozen'),
    frozenAt: timestamp('frozen_at', { withTimezone: true }).notNull().defaultNow(),
    frozenBy: text('frozen_by').references(() => user.id, { onDelete: 'set null' }),
    releasedAt: timestamp('released_at', { withTimezone: true }),
    releasedBy: text('released_by').references(() => user.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.id] }),
    uniqueIndex('budget_statement_period_uq').on(t.networkId, t.periodFrom, t.periodTo),
    index('budget_statement_status_idx').on(t.networkId, t.status),
    check('budget_statement_status_check', sql`${t.status} in ('frozen', 'released')`),
  ],
);
