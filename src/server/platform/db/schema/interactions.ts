// Contact moments: the coordinator's relationship log per organisation (a call, a visit, a mail, a meeting), with the contact
// person spoken to, the outcome and an optional follow-up owned by one of the network's people. The follow-up lives on the
// same row (one moment, at most one next step); `follow_up_reminded_at` marks that its owner was mailed once when it fell due.
import { sql } from 'drizzle-orm';
import { date, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { network, person } from './network.js';
import { organisation } from './organisations.js';

export const interaction = pgTable(
  'interaction',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    organisationId: uuid('organisation_id').notNull(),
    /** The contact person at the organisation who was spoken to (a person of that organisation). */
    contactPersonId: uuid('contact_person_id'),
    /** call | visit | mail | meeting (core/interactions/interaction-rules.ts). */
    kind: text('kind').notNull(),
    occurredOn: date('occurred_on').notNull(),
    /** The network's person who recorded it (the one who called, visited, ...). */
    recordedByPersonId: uuid('recorded_by_person_id'),
    note: text('note').notNull(),
    outcome: text('outcome'),
    followUp: text('follow_up'),
    followUpOwnerPersonId: uuid('follow_up_owner_person_id'),
    followUpDueOn: date('follow_up_due_on'),
    followUpDoneAt: timestamp('follow_up_done_at', { withTimezone: true }),
    followUpRemindedAt: timestamp('follow_up_reminded_at', { withTimezone: true }),
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
    foreignKey({ columns: [t.networkId, t.contactPersonId], foreignColumns: [person.networkId, person.id] }).onDelete(
      'set null',
    ),
    foreignKey({
      columns: [t.networkId, t.recordedByPersonId],
      foreignColumns: [person.networkId, person.id],
    }).onDelete('set null'),
    foreignKey({
      columns: [t.networkId, t.followUpOwnerPersonId],
      foreignColumns: [person.networkId, person.id],
    }).onDelete('set null'),
    index('interaction_org_idx').on(t.networkId, t.organisationId, t.occurredOn),
    index('interaction_open_follow_up_idx')
      .on(t.networkId, t.followUpOwnerPersonId, t.followUpDueOn)
      .where(sql`${t.followUp} is not null and ${t.followUpDoneAt} is null`),
  ],
);
