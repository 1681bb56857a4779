// Installation-wide records: the mail outbox and the audit log. Both carry an optional network id so a network's own view can
// be filtered, but they are read through platform permissions (outbox) or network permissions (audit, filtered by network).
import { index, integer, jsonb, pgSequence, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const mailMessage = pgTable(
  'mail_message',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    networkId: uuid('network_id'),
    kind: text('kind').notNull(),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    htmlBody: text('html_body'),
    headers: jsonb('headers').$type<Record<string, string>>().notNull().default({}),
    status: text('status').notNull().default('queued'),
    transport: text('transport').notNull(),
    error: text('error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [index('mail_message_created_idx').on(t.createdAt), index('mail_message_to_idx').on(t.toAddress)],
);

export const auditEntry = pgTable(
  'audit_entry',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    networkId: uuid('network_id'),
    actorUserId: text('actor_user_id'),
    action: text('action').notNull(),
    recordType: text('record_type'),
    recordId: text('record_id'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('audit_entry_network_at_idx').on(t.networkId, t.at)],
);

/**
 * Counts the writes of all app servers on this database (decision 019): each write takes the next value before it answers;
 * a server that is about to answer from its cache first checks that it has seen the latest value. A sequence, not a row:
 * taking a value locks nothing, so concurrent writes never wait on each other.
 */
export const cacheEpoch = pgSequence('netwerkregie_cache_epoch');

/**
 * Settings of the installation, one row per kind ('advisor': the design advisor's numbers). `value` holds only what differs
 * from the built-in defaults, so an untouched number follows the guide's figure of the running release. `version` refuses a
 * save based on an older read (stale write); every change is also written to the audit log.
 */
export const installationSetting = pgTable('installation_setting', {
  key: text('key').primaryKey(),
  value: jsonb('value').$type<Record<string, unknown>>().notNull().default({}),
  version: integer('version').notNull().default(1),
  updatedByUserId: text('updated_by_user_id'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
