// Members and the agenda, beyond the base tables in organisations.ts and agenda.ts: a membership's figures per year
// (contribution, invoice status, ambition and realised jobs), members supporting each other's needs, and secret calendar
// feed addresses.
import {
  boolean,
  customType,
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
import { network, person } from './network.js';
import { membership, organisation } from './organisations.js';
import { need } from './agenda.js';
import { user } from './auth.js';

/** One calendar year of a membership: the contribution (money and/or in kind) with its invoice status, ambition and realised. */
export const membershipYear = pgTable(
  'membership_year',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    membershipId: uuid('membership_id').notNull(),
    year: integer('year').notNull(),
    contributionCents: integer('contribution_cents'),
    contributionInKind: text('contribution_in_kind'),
    invoiceStatus: text('invoice_status'),
    ambitionJobs: integer('ambition_jobs'),
    realisedJobs: integer('realised_jobs'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.id] }),
    foreignKey({
      columns: [t.networkId, t.membershipId],
      foreignColumns: [membership.networkId, membership.id],
    }).onDelete('cascade'),
    uniqueIndex('membership_year_uq').on(t.networkId, t.membershipId, t.year),
  ],
);

/** Another member saying "we need this too". One support per organisation per need. */
export const needSupporter = pgTable(
  'need_supporter',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    needId: uuid('need_id').notNull(),
    organisationId: uuid('organisation_id').notNull(),
    personId: uuid('person_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.id] }),
    foreignKey({ columns: [t.networkId, t.needId], foreignColumns: [need.networkId, need.id] }).onDelete('cascade'),
    foreignKey({
      columns: [t.networkId, t.organisationId],
      foreignColumns: [organisation.networkId, organisation.id],
    }).onDelete('cascade'),
    uniqueIndex('need_supporter_uq').on(t.networkId, t.needId, t.organisationId),
  ],
);

/**
 * A secret calendar address: the network's agenda (person_id null) or one person's registrations. Only the token's hash is
 * stored; revoking sets revoked_at and the address stops working.
 */
export const calendarFeed = pgTable(
  'calendar_feed',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    personId: uuid('person_id'),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    isNetworkFeed: boolean('is_network_feed').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.id] }),
    foreignKey({ columns: [t.networkId, t.personId], foreignColumns: [person.networkId, person.id] }).onDelete(
      'cascade',
    ),
    uniqueIndex('calendar_feed_token_uq').on(t.tokenHash),
    index('calendar_feed_person_idx').on(t.networkId, t.personId),
  ],
);

const importBytes = customType<{ data: Buffer; driverData: Buffer }>({
  dataType: () => 'bytea',
});

/**
 * An organisation import run as a background job (issue 22): the stored file and its choices, the job's status and progress
 * (rows checked, rows written; updated outside the write transaction so the import screen sees them), and the report when
 * done. The file is kept so that a job whose process died starts again from it; the writes happen in one transaction, so a
 * rerun never finds half of them.
 */
export const organisationImport = pgTable(
  'organisation_import',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
    fileName: text('file_name').notNull(),
    content: importBytes('content').notNull(),
    mapping: jsonb('mapping').notNull(),
    values: jsonb('values').notNull().default({}),
    mode: text('mode').notNull(),
    membershipStatus: text('membership_status').notNull(),
    contributionYear: integer('contribution_year').notNull(),
    /** The Amsterdam day the import was started (joined-on dates of active members). */
    today: text('today').notNull(),
    locale: text('locale').notNull().default('nl'),
    /** queued, running, done or failed. */
    status: text('status').notNull().default('queued'),
    rowsTotal: integer('rows_total'),
    rowsChecked: integer('rows_checked').notNull().default(0),
    rowsWritten: integer('rows_written').notNull().default(0),
    report: jsonb('report'),
    error: text('error'),
    attempts: integer('attempts').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.id] }),
    index('organisation_import_created_idx').on(t.networkId, t.createdAt),
  ],
);
