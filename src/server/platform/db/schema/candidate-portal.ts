// A candidate's own page (decision 020): a short-lived link mailed to the candidate, and the correction and erasure requests
// the candidate sends from it. A link row stores only the sha256 of its secret; the secret itself is only in the mail.
import { date, foreignKey, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { candidate } from './candidates.js';

export const candidatePortalLink = pgTable(
  'candidate_portal_link',
  {
    networkId: uuid('network_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    candidateId: uuid('candidate_id').notNull(),
    /** sha256 of the link's secret. */
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    /** Set when a newer link replaces this one: only the latest link of a candidate works. */
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    /** The user who offered the link; null when the candidate asked for a new one. */
    createdBy: text('created_by'),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.id] }),
    foreignKey({ columns: [t.networkId, t.candidateId], foreignColumns: [candidate.networkId, candidate.id] }).onDelete(
      'cascade',
    ),
    index('candidate_portal_link_candidate_idx').on(t.networkId, t.candidateId),
  ],
);

/** A correction or erasure request from the candidate; the coordinator handles it before `due_on`. */
export const candidateRequest = pgTable(
  'candidate_request',
  {
    networkId: uuid('network_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    candidateId: uuid('candidate_id').notNull(),
    /** 'correction' | 'erasure' */
    kind: text('kind').notNull(),
    message: text('message').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    dueOn: date('due_on').notNull(),
    handledAt: timestamp('handled_at', { withTimezone: true }),
    handledBy: text('handled_by'),
    handledNote: text('handled_note'),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.id] }),
    foreignKey({ columns: [t.networkId, t.candidateId], foreignColumns: [candidate.networkId, candidate.id] }).onDelete(
      'cascade',
    ),
    index('candidate_request_candidate_idx').on(t.networkId, t.candidateId),
  ],
);
