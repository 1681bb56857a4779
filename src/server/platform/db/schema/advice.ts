// The klankbordgroep's advice: requests from the kerngroep or coordinator (question, background, deadline), the advice its
// members give (an answer to a request, or advice nobody asked for), and what the decision that followed did with it.
import { sql } from 'drizzle-orm';
import {
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
import { decision } from './design.js';
import { network, person } from './network.js';

export const adviceRequest = pgTable(
  'advice_request',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    question: text('question').notNull(),
    background: text('background').notNull().default(''),
    /** The last Amsterdam day on which advice can be given. */
    deadline: date('deadline').notNull(),
    askedByPersonId: uuid('asked_by_person_id'),
    createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.id] }),
    foreignKey({ columns: [t.networkId, t.askedByPersonId], foreignColumns: [person.networkId, person.id] }),
    index('advice_request_deadline_idx').on(t.networkId, t.deadline),
  ],
);

/** One piece of advice: the answer of one member to a request (one per member), or unsolicited (no request). */
export const advice = pgTable(
  'advice',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    requestId: uuid('request_id'),
    authorPersonId: uuid('author_person_id').notNull(),
    text: text('text').notNull(),
    /** The decision that followed, what it did with the advice (adopted | partly | not_adopted) and why. */
    decisionId: uuid('decision_id'),
    outcome: text('outcome'),
    outcomeReason: text('outcome_reason').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.id] }),
    foreignKey({
      columns: [t.networkId, t.requestId],
      foreignColumns: [adviceRequest.networkId, adviceRequest.id],
    }).onDelete('cascade'),
    foreignKey({ columns: [t.networkId, t.authorPersonId], foreignColumns: [person.networkId, person.id] }).onDelete(
      'cascade',
    ),
    foreignKey({ columns: [t.networkId, t.decisionId], foreignColumns: [decision.networkId, decision.id] }),
    uniqueIndex('advice_one_answer_uq')
      .on(t.networkId, t.requestId, t.authorPersonId)
      .where(sql`${t.requestId} is not null`),
    index('advice_decision_idx').on(t.networkId, t.decisionId),
  ],
);
