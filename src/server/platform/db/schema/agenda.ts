// The needs-driven agenda: members' needs, activities that answer them, registrations and attendance.
import { sql } from 'drizzle-orm';
import {
  boolean,
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
import { candidate } from './candidates.js';
import { network, person } from './network.js';
import { organisation } from './organisations.js';

export const need = pgTable(
  'need',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    organisationId: uuid('organisation_id'),
    raisedByPersonId: uuid('raised_by_person_id'),
    title: text('title').notNull(),
    description: text('description'),
    theme: text('theme').notNull(),
    status: text('status').notNull().default('new'),
    activityId: uuid('activity_id'),
    prioritisedAt: timestamp('prioritised_at', { withTimezone: true }),
    prioritisedByPersonId: uuid('prioritised_by_person_id'),
    outcomeNote: text('outcome_note'),
    evaluatedAt: timestamp('evaluated_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.id] }),
    foreignKey({
      columns: [t.networkId, t.organisationId],
      foreignColumns: [organisation.networkId, organisation.id],
    }).onDelete('set null'),
    index('need_network_status_idx').on(t.networkId, t.status),
    index('need_activity_idx').on(t.networkId, t.activityId),
  ],
);

export const activity = pgTable(
  'activity',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    workForm: text('work_form').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    location: text('location'),
    onlineUrl: text('online_url'),
    hostOrganisationId: uuid('host_organisation_id'),
    initiatorKind: text('initiator_kind').notNull(),
    initiatorOrganisationId: uuid('initiator_organisation_id'),
    capacity: integer('capacity'),
    isPublic: boolean('is_public').notNull().default(false),
    /** Candidates may take part (issue 19): the coordinator registers them, or they register on their own page. */
    openToCandidates: boolean('open_to_candidates').notNull().default(false),
    status: text('status').notNull().default('planned'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.id] }),
    index('activity_network_starts_idx').on(t.networkId, t.startsAt),
  ],
);

export const registration = pgTable(
  'registration',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    activityId: uuid('activity_id').notNull(),
    personId: uuid('person_id').notNull(),
    status: text('status').notNull().default('registered'),
    role: text('role').notNull().default('attendee'),
    attended: boolean('attended'),
    rating: integer('rating'),
    needMet: boolean('need_met'),
    registeredAt: timestamp('registered_at', { withTimezone: true }).notNull().defaultNow(),
    checkedInAt: timestamp('checked_in_at', { withTimezone: true }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    evaluationComment: text('evaluation_comment'),
    evaluatedAt: timestamp('evaluated_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.id] }),
    foreignKey({ columns: [t.networkId, t.activityId], foreignColumns: [activity.networkId, activity.id] }).onDelete(
      'cascade',
    ),
    foreignKey({ columns: [t.networkId, t.personId], foreignColumns: [person.networkId, person.id] }).onDelete(
      'cascade',
    ),
    index('registration_activity_idx').on(t.networkId, t.activityId),
    index('registration_person_idx').on(t.networkId, t.personId),
    // Covers the steering dashboard's read of a network's registrations per activity (index-only scan, no heap visits).
    index('registration_steering_idx').on(t.networkId, t.activityId, t.status, t.role, t.attended, t.personId, t.id),
    // One open registration per person per activity; a cancelled one may be followed by a new one.
    uniqueIndex('registration_open_uq')
      .on(t.networkId, t.activityId, t.personId)
      .where(sql`${t.status} <> 'cancelled'`),
  ],
);

/**
 * A candidate taking part in an activity open to candidates (issue 19). Kept apart from `registration` (people of member
 * organisations), so employer turnout never counts candidates; no waiting list: a full activity refuses.
 */
export const candidateRegistration = pgTable(
  'candidate_registration',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    activityId: uuid('activity_id').notNull(),
    candidateId: uuid('candidate_id').notNull(),
    status: text('status').notNull().default('registered'),
    /** 'self' (on the own page) or 'coordinator'. */
    registeredBy: text('registered_by').notNull(),
    attended: boolean('attended'),
    registeredAt: timestamp('registered_at', { withTimezone: true }).notNull().defaultNow(),
    checkedInAt: timestamp('checked_in_at', { withTimezone: true }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.id] }),
    foreignKey({ columns: [t.networkId, t.activityId], foreignColumns: [activity.networkId, activity.id] }).onDelete(
      'cascade',
    ),
    foreignKey({ columns: [t.networkId, t.candidateId], foreignColumns: [candidate.networkId, candidate.id] }).onDelete(
      'cascade',
    ),
    index('candidate_registration_activity_idx').on(t.networkId, t.activityId),
    index('candidate_registration_candidate_idx').on(t.networkId, t.candidateId),
    uniqueIndex('candidate_registration_open_uq')
      .on(t.networkId, t.activityId, t.candidateId)
      .where(sql`${t.status} <> 'cancelled'`),
  ],
);
