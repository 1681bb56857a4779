// The pulse of felt ownership: a round of statements sent to every member contact with a personal link. Anonymity by design:
// a token row knows the person it was sent to and only whether it was used (`used_at`); an answer row knows its round (and
// the organisation, for the per-organisation view that is suppressed below 5) but no person, token or time of the token's
// use. The two are written in one transaction, and nothing joins them.
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
  uuid,
} from 'drizzle-orm/pg-core';
import { need } from './agenda.js';
import { network } from './network.js';
import { organisation } from './organisations.js';

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

// The needs round (behoeftepeiling): the same kind of personal link per member contact, but what an answer says becomes
// support for needs in the backlog, by organisation. A token knows its person and organisation and whether it was used; a
// choice row knows its round, theme and optional description, no person or organisation; the organisations that chose a
// theme are kept per round and theme (once each), as need support is kept by organisation.
export const needsRound = pgTable(
  'needs_round',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    title: text('title').notNull(),
    themes: jsonb('themes').$type<string[]>().notNull(),
    opensOn: date('opens_on').notNull(),
    closesOn: date('closes_on').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    invited: integer('invited').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.networkId, t.id] })],
);

export const needsRoundToken = pgTable(
  'needs_round_token',
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
    foreignKey({ columns: [t.networkId, t.roundId], foreignColumns: [needsRound.networkId, needsRound.id] }).onDelete(
      'cascade',
    ),
  ],
);

/** Which need a theme of the round became (or joined); set at the first answer that chose the theme. */
export const needsRoundTheme = pgTable(
  'needs_round_theme',
  {
    networkId: uuid('network_id').notNull(),
    roundId: uuid('round_id').notNull(),
    theme: text('theme').notNull(),
    needId: uuid('need_id').notNull(),
    joinedExisting: boolean('joined_existing').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.roundId, t.theme] }),
    foreignKey({ columns: [t.networkId, t.roundId], foreignColumns: [needsRound.networkId, needsRound.id] }).onDelete(
      'cascade',
    ),
    foreignKey({ columns: [t.networkId, t.needId], foreignColumns: [need.networkId, need.id] }).onDelete('cascade'),
  ],
);

/** One row per contact's chosen theme: the count of contacts and the descriptions, without person or organisation. */
export const needsRoundChoice = pgTable(
  'needs_round_choice',
  {
    networkId: uuid('network_id').notNull(),
    roundId: uuid('round_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    theme: text('theme').notNull(),
    description: text('description'),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.id] }),
    foreignKey({ columns: [t.networkId, t.roundId], foreignColumns: [needsRound.networkId, needsRound.id] }).onDelete(
      'cascade',
    ),
    index('needs_round_choice_round_idx').on(t.networkId, t.roundId),
  ],
);

/** The member organisations that chose a theme in a round, once each (as need support is counted by organisation). */
export const needsRoundSupport = pgTable(
  'needs_round_support',
  {
    networkId: uuid('network_id').notNull(),
    roundId: uuid('round_id').notNull(),
    theme: text('theme').notNull(),
    organisationId: uuid('organisation_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.roundId, t.theme, t.organisationId] }),
    foreignKey({ columns: [t.networkId, t.roundId], foreignColumns: [needsRound.networkId, needsRound.id] }).onDelete(
      'cascade',
    ),
    foreignKey({
      columns: [t.networkId, t.organisationId],
      foreignColumns: [organisation.networkId, organisation.id],
    }).onDelete('cascade'),
  ],
);
