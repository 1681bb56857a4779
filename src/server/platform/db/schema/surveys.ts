// The pulse of felt ownership: a round of statements sent to every member contact with a personal link. Anonymity by design:
// a token row knows the person it was sent to and only whether it was used (`used_at`); an answer row knows its round (and
// the organisation, for the per-organisation view that is suppressed below 5) but no person, token or time of the token's
// use. The two are written in one transaction, and nothing joins them.
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

export const pulseRound = pgTable(
  'pulse_round',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    statements: jsonb('statements').$type<string[]>().notNull(),
    openQuestion: text('open_question').notNull(),
    opensOn: date('opens_on').notNull(),
    closesOn: date('closes_on').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    invited: integer('invited').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.networkId, t.id] })],
);

export const pulseToken = pgTable(
  'pulse_token',
  {
    networkId: uuid('network_id').notNull(),
    roundId: uuid('round_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    personId: uuid('person_id'),
    organisationId: uuid('organisation_id'),
    /** sha256 of the link's secret; the secret itself is only in the mail. */
    tokenHash: text('token_hash').notNull().unique(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.id] }),
    foreignKey({ columns: [t.networkId, t.roundId], foreignColumns: [pulseRound.networkId, pulseRound.id] }).onDelete(
      'cascade',
    ),
  ],
);

export const pulseAnswer = pgTable(
  'pulse_answer',
  {
    networkId: uuid('network_id').notNull(),
    roundId: uuid('round_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    /** For the per-organisation view (coordinator and kerngroep only, suppressed below 5 answers). */
    organisationId: uuid('organisation_id'),
    scores: jsonb('scores').$type<(number | null)[]>().notNull(),
    openAnswer: text('open_answer'),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.id] }),
    foreignKey({ columns: [t.networkId, t.roundId], foreignColumns: [pulseRound.networkId, pulseRound.id] }).onDelete(
      'cascade',
    ),
    index('pulse_answer_round_idx').on(t.networkId, t.roundId),
  ],
);
