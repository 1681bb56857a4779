// Organisations (employers, funders, partners, public parties, ...; the kind is data) and their membership of the network.
import { sql } from 'drizzle-orm';
import {
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { network } from './network.js';

export const organisation = pgTable(
  'organisation',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    kvkNumber: text('kvk_number'),
    sector: text('sector'),
    sizeClass: text('size_class'),
    street: text('street'),
    postcode: text('postcode'),
    city: text('city'),
    labourMarketRegion: text('labour_market_region'),
    website: text('website'),
    /** Name, KvK number and town folded (lower case, no accents) for typo-tolerant trigram search; see migration 0002. */
    searchText: text('search_text').generatedAlwaysAs(
      sql`nr_fold(coalesce(name, '') || ' ' || coalesce(kvk_number, '') || ' ' || coalesce(city, ''))`,
    ),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.id] }),
    index('organisation_network_kvk_idx').on(t.networkId, t.kvkNumber),
    index('organisation_network_name_idx').on(t.networkId, t.name),
    index('organisation_network_postcode_idx').on(t.networkId, t.postcode),
  ],
);

/** Membership of an organisation in the network: status pipeline, entry conditions, contribution, ambition and realisation. */
export const membership = pgTable(
  'membership',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    organisationId: uuid('organisation_id').notNull(),
    status: text('status').notNull().default('prospect'),
    statusReason: text('status_reason'),
    joinedOn: date('joined_on'),
    endedOn: date('ended_on'),
    entryConditions: jsonb('entry_conditions')
      .$type<{ code: string; signedOn: string | null; document: string | null }[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    contributionCentsPerYear: integer('contribution_cents_per_year'),
    contributionInKind: text('contribution_in_kind'),
    invoiceStatus: text('invoice_status'),
    ambitionJobsPerYear: integer('ambition_jobs_per_year'),
    /** The member organisation that brought this one in (ambassadorship; the top step of the engagement ladder). */
    referredByOrganisationId: uuid('referred_by_organisation_id'),
    /** The kerngroep's admission decision (governance); no foreign key while that module settles. */
    admissionDecisionId: uuid('admission_decision_id'),
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
    index('membership_org_idx').on(t.networkId, t.organisationId),
    index('membership_network_status_idx').on(t.networkId, t.status),
  ],
);
