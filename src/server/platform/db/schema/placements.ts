// Work opportunities, consents, match proposals, check-ins and the candidate status history: the tables around `candidate`
// and `placement` (candidates.ts). All network-scoped with composite keys; personal free text lives only in fields that the
// erasure (retention or on request) clears.
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { candidate, placement } from './candidates.js';
import { network } from './network.js';
import { organisation } from './organisations.js';

/** A vacancy or workplace offered by a member employer; `activity_id` names the activity where it came up (issue 4). */
export const workOpportunity = pgTable(
  'work_opportunity',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    organisationId: uuid('organisation_id').notNull(),
    title: text('title').notNull(),
    kind: text('kind').notNull(),
    hoursPerWeek: numeric('hours_per_week', { precision: 4, scale: 1 }),
    place: text('place'),
    postcodeArea: text('postcode_area'),
    requirements: text('requirements'),
    supportOffered: text('support_offered')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    startsOn: date('starts_on'),
    status: text('status').notNull().default('open'),
    activityId: uuid('activity_id'),
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
    index('work_opportunity_status_idx').on(t.networkId, t.status),
    index('work_opportunity_org_idx').on(t.networkId, t.organisationId),
  ],
);

/** What a candidate agreed may be shared with whom. Withdrawal sets `withdrawn_at`; the record itself stays as proof. */
export const candidateConsent = pgTable(
  'candidate_consent',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    candidateId: uuid('candidate_id').notNull(),
    recipient: text('recipient').notNull(),
    organisationId: uuid('organisation_id'),
    otherNetworkName: text('other_network_name'),
    fields: text('fields')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    givenOn: date('given_on').notNull(),
    validUntil: date('valid_until'),
    recordedBy: text('recorded_by'),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawnBy: text('withdrawn_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.id] }),
    foreignKey({ columns: [t.networkId, t.candidateId], foreignColumns: [candidate.networkId, candidate.id] }).onDelete(
      'cascade',
    ),
    index('candidate_consent_candidate_idx').on(t.networkId, t.candidateId),
  ],
);

/** Every status change of a candidate, with its reason. */
export const candidateStatusChange = pgTable(
  'candidate_status_change',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    candidateId: uuid('candidate_id').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    reason: text('reason'),
    changedBy: text('changed_by'),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.id] }),
    foreignKey({ columns: [t.networkId, t.candidateId], foreignColumns: [candidate.networkId, candidate.id] }).onDelete(
      'cascade',
    ),
    index('candidate_status_change_candidate_idx').on(t.networkId, t.candidateId),
  ],
);

/** The coordinator proposes a candidate for an opportunity; the employer's contact sees it with the consented fields. */
export const matchProposal = pgTable(
  'match_proposal',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    candidateId: uuid('candidate_id').notNull(),
    opportunityId: uuid('opportunity_id').notNull(),
    organisationId: uuid('organisation_id').notNull(),
    score: integer('score').notNull(),
    scoreParts: jsonb('score_parts').$type<unknown[]>().notNull(),
    status: text('status').notNull().default('proposed'),
    note: text('note'),
    proposedBy: text('proposed_by'),
    proposedAt: timestamp('proposed_at', { withTimezone: true }).notNull().defaultNow(),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.id] }),
    foreignKey({ columns: [t.networkId, t.candidateId], foreignColumns: [candidate.networkId, candidate.id] }).onDelete(
      'cascade',
    ),
    foreignKey({
      columns: [t.networkId, t.opportunityId],
      foreignColumns: [workOpportunity.networkId, workOpportunity.id],
    }).onDelete('cascade'),
    uniqueIndex('match_proposal_candidate_opportunity_uq').on(t.networkId, t.candidateId, t.opportunityId),
    index('match_proposal_org_idx').on(t.networkId, t.organisationId),
  ],
);

/** A check-in 3, 6 or 12 months after a placement started. */
export const placementCheckIn = pgTable(
  'placement_check_in',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    placementId: uuid('placement_id').notNull(),
    months: integer('months').notNull(),
    heldOn: date('held_on').notNull(),
    stillEmployed: boolean('still_employed').notNull(),
    hoursPerWeek: numeric('hours_per_week', { precision: 4, scale: 1 }),
    note: text('note'),
    recordedBy: text('recorded_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.id] }),
    foreignKey({ columns: [t.networkId, t.placementId], foreignColumns: [placement.networkId, placement.id] }).onDelete(
      'cascade',
    ),
    uniqueIndex('placement_check_in_uq').on(t.networkId, t.placementId, t.months),
  ],
);

/**
 * A check-in reminder mailed to the network's coordinators. One row per placement and check-in (3, 6 or 12 months): the
 * row is written in the same transaction as the mails, so a reminder is mailed once however often the job runs.
 */
export const placementCheckInReminder = pgTable(
  'placement_check_in_reminder',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    placementId: uuid('placement_id').notNull(),
    months: integer('months').notNull(),
    dueOn: date('due_on').notNull(),
    recipients: integer('recipients').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.placementId, t.months] }),
    foreignKey({ columns: [t.networkId, t.placementId], foreignColumns: [placement.networkId, placement.id] }).onDelete(
      'cascade',
    ),
  ],
);

/**
 * The candidate's own answer at a 3-, 6- or 12-month check-in (issue 19), given on the own page: one per placement and
 * months. A worrying answer raises a steering signal until the coordinator marks it handled (`handled_at`). The note is
 * personal free text: the erasure clears it.
 */
export const candidateCheckIn = pgTable(
  'candidate_check_in',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    placementId: uuid('placement_id').notNull(),
    candidateId: uuid('candidate_id').notNull(),
    months: integer('months').notNull(),
    score: integer('score').notNull(),
    help: text('help').notNull(),
    wantsContact: boolean('wants_contact').notNull(),
    note: text('note'),
    worrying: boolean('worrying').notNull(),
    answeredAt: timestamp('answered_at', { withTimezone: true }).notNull().defaultNow(),
    handledAt: timestamp('handled_at', { withTimezone: true }),
    handledBy: text('handled_by'),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.id] }),
    foreignKey({ columns: [t.networkId, t.placementId], foreignColumns: [placement.networkId, placement.id] }).onDelete(
      'cascade',
    ),
    foreignKey({ columns: [t.networkId, t.candidateId], foreignColumns: [candidate.networkId, candidate.id] }).onDelete(
      'cascade',
    ),
    uniqueIndex('candidate_check_in_uq').on(t.networkId, t.placementId, t.months),
    index('candidate_check_in_candidate_idx').on(t.networkId, t.candidateId),
  ],
);
