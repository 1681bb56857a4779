// The network's design (versioned advisor inputs and outputs) and the organisation in use: tasks, governance bodies, their
// meetings and attendance, and the decision log. Every table is network-scoped with `(network_id, id)` keys and composite
// foreign keys, like the rest of the schema.
import { sql } from 'drizzle-orm';
import {
  boolean,
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
import { network, person } from './network.js';
import { organisation } from './organisations.js';

/** One saved version of the advisor's inputs and output, with who saved it, when and why, and when it was applied. */
export const designVersion = pgTable(
  'design_version',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    versionNumber: integer('version_number').notNull(),
    input: jsonb('input').$type<Record<string, unknown>>().notNull(),
    output: jsonb('output').$type<Record<string, unknown>>().notNull(),
    reason: text('reason').notNull(),
    createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    appliedAt: timestamp('applied_at', { withTimezone: true }),
    appliedBy: text('applied_by').references(() => user.id, { onDelete: 'set null' }),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.id] }),
    uniqueIndex('design_version_number_uq').on(t.networkId, t.versionNumber),
  ],
);

/** A governance body: kerngroep, bestuur, klankbordgroep, stuurgroep or a themagroep (with its theme). */
export const body = pgTable(
  'body',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    theme: text('theme'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.networkId, t.id] }), index('body_network_kind_idx').on(t.networkId, t.kind)],
);

export const meeting = pgTable(
  'meeting',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    bodyId: uuid('body_id').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    agenda: text('agenda').notNull().default(''),
    minutes: text('minutes').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.id] }),
    foreignKey({ columns: [t.networkId, t.bodyId], foreignColumns: [body.networkId, body.id] }).onDelete('cascade'),
    index('meeting_body_idx').on(t.networkId, t.bodyId, t.startsAt),
  ],
);

export const meetingAttendance = pgTable(
  'meeting_attendance',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    meetingId: uuid('meeting_id').notNull(),
    personId: uuid('person_id').notNull(),
    present: boolean('present').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.meetingId, t.personId] }),
    foreignKey({ columns: [t.networkId, t.meetingId], foreignColumns: [meeting.networkId, meeting.id] }).onDelete(
      'cascade',
    ),
    foreignKey({ columns: [t.networkId, t.personId], foreignColumns: [person.networkId, person.id] }).onDelete(
      'cascade',
    ),
  ],
);

/**
 * The decision log. `kind = 'admission'` names the admitted organisation; only `shared_with_funder` decisions reach a funder,
 * and only `shared_with_members` ones reach the members ("Ons netwerk dit jaar").
 */
export const decision = pgTable(
  'decision',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    bodyId: uuid('body_id').notNull(),
    meetingId: uuid('meeting_id'),
    decidedOn: date('decided_on').notNull(),
    text: text('text').notNull(),
    kind: text('kind').notNull(),
    organisationId: uuid('organisation_id'),
    reason: text('reason').notNull().default(''),
    sharedWithFunder: boolean('shared_with_funder').notNull().default(false),
    sharedWithMembers: boolean('shared_with_members').notNull().default(false),
    createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.id] }),
    foreignKey({ columns: [t.networkId, t.bodyId], foreignColumns: [body.networkId, body.id] }),
    foreignKey({ columns: [t.networkId, t.meetingId], foreignColumns: [meeting.networkId, meeting.id] }),
    foreignKey({
      columns: [t.networkId, t.organisationId],
      foreignColumns: [organisation.networkId, organisation.id],
    }),
    index('decision_network_date_idx').on(t.networkId, t.decidedOn),
  ],
);

/** A task of the network: from the applied design (one per task code), from a decision's action item, or added by hand. */
export const task = pgTable(
  'task',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    code: text('code'),
    title: text('title'),
    source: text('source').notNull(),
    responsibleRole: text('responsible_role'),
    assigneePersonId: uuid('assignee_person_id'),
    decisionId: uuid('decision_id'),
    dueOn: date('due_on'),
    status: text('status').notNull().default('open'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.id] }),
    foreignKey({
      columns: [t.networkId, t.assigneePersonId],
      foreignColumns: [person.networkId, person.id],
    }),
    foreignKey({ columns: [t.networkId, t.decisionId], foreignColumns: [decision.networkId, decision.id] }),
    // One design task per code: re-applying a design updates it instead of adding a second.
    uniqueIndex('task_design_code_uq')
      .on(t.networkId, t.code)
      .where(sql`${t.source} = 'design'`),
    index('task_network_status_idx').on(t.networkId, t.status),
  ],
);
