// Candidates and their placements. Personal fields are nullable so they can be erased while anonymous statistics remain.
// A BSN is never stored anywhere; the doelgroepregister is only a dated yes/no/unknown.
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  foreignKey,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { network } from './network.js';
import { organisation } from './organisations.js';

export const candidate = pgTable(
  'candidate',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    code: text('code').notNull(),
    firstName: text('first_name'),
    email: text('email'),
    phone: text('phone'),
    place: text('place'),
    postcodeArea: text('postcode_area'),
    wishes: text('wishes'),
    hoursPerWeek: numeric('hours_per_week', { precision: 4, scale: 1 }),
    supportNeeded: text('support_needed')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    availableFrom: date('available_from'),
    referredBy: text('referred_by'),
    targetGroupRegister: text('target_group_register').notNull().default('unknown'),
    targetGroupRegisterOn: date('target_group_register_on'),
    status: text('status').notNull().default('registered'),
    statusReason: text('status_reason'),
    leftOn: date('left_on'),
    erasedAt: timestamp('erased_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.id] }),
    index('candidate_network_status_idx').on(t.networkId, t.status),
    uniqueIndex('candidate_network_code_uq').on(t.networkId, t.code),
  ],
);

export const placement = pgTable(
  'placement',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    candidateId: uuid('candidate_id').notNull(),
    organisationId: uuid('organisation_id').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on'),
    endReason: text('end_reason'),
    hoursPerWeek: numeric('hours_per_week', { precision: 4, scale: 1 }).notNull(),
    contractKind: text('contract_kind').notNull(),
    opportunityId: uuid('opportunity_id'),
    jobcoach: boolean('jobcoach').notNull().default(false),
    wageSubsidy: boolean('wage_subsidy').notNull().default(false),
    noRiskPolicy: boolean('no_risk_policy').notNull().default(false),
    attributionKind: text('attribution_kind'),
    attributionId: uuid('attribution_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.id] }),
    foreignKey({ columns: [t.networkId, t.candidateId], foreignColumns: [candidate.networkId, candidate.id] }).onDelete(
      'cascade',
    ),
    foreignKey({
      columns: [t.networkId, t.organisationId],
      foreignColumns: [organisation.networkId, organisation.id],
    }).onDelete('cascade'),
    index('placement_org_idx').on(t.networkId, t.organisationId),
  ],
);
