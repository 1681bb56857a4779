// Working together: mailings with one delivery row per recipient (the unit of exactly-once sending), unsubscribes per person
// per kind of mail, partner organisations with their agreement and joint activities, and the explicit share records through
// which anything crosses from one network to another (a co-organised activity, a referral, a shared work opportunity).
// A share row lives in the network that shares (its `network_id`) and names the receiving network; the receiving network
// reads only through those rows, never through a join that reaches further.
import { sql } from 'drizzle-orm';
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
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { activity } from './agenda.js';
import { network, person } from './network.js';
import { workOpportunity } from './placements.js';

/** A message to a segment: newsletter, invitation to an activity, reminder, announcement. */
export const mailing = pgTable(
  'mailing',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    kind: text('kind').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    /** { kind, bodyId?, activityId?, role? } — see core/mailings/segments.ts */
    segment: jsonb('segment').$type<Record<string, string>>().notNull(),
    activityId: uuid('activity_id'),
    language: text('language').notNull().default('nl'),
    status: text('status').notNull().default('draft'),
    total: integer('total').notNull().default(0),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.id] }),
    index('mailing_network_created_idx').on(t.networkId, t.createdAt),
    // At most one automatic reminder per activity.
    uniqueIndex('mailing_reminder_activity_uq')
      .on(t.networkId, t.activityId)
      .where(sql`${t.kind} = 'reminder'`),
  ],
);

/** One recipient of one mailing. A worker claims a queued row (FOR UPDATE SKIP LOCKED), sends and marks it in one transaction. */
export const mailDelivery = pgTable(
  'mail_delivery',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    mailingId: uuid('mailing_id').notNull(),
    personId: uuid('person_id'),
    email: text('email').notNull(),
    name: text('name'),
    status: text('status').notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lastError: text('last_error'),
    mailMessageId: uuid('mail_message_id'),
    unsubscribeToken: text('unsubscribe_token'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.id] }),
    foreignKey({ columns: [t.networkId, t.mailingId], foreignColumns: [mailing.networkId, mailing.id] }).onDelete(
      'cascade',
    ),
    uniqueIndex('mail_delivery_mailing_email_uq').on(t.networkId, t.mailingId, t.email),
    index('mail_delivery_queue_idx')
      .on(t.networkId, t.mailingId, t.nextAttemptAt)
      .where(sql`${t.status} = 'queued'`),
    uniqueIndex('mail_delivery_unsubscribe_token_uq').on(t.unsubscribeToken),
  ],
);

/** A person does not want a kind of mail (newsletter...) from this network any more. Transactional mail is never affected. */
export const mailUnsubscribe = pgTable(
  'mail_unsubscribe',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    email: text('email').notNull(),
    kind: text('kind').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.id] }),
    uniqueIndex('mail_unsubscribe_uq').on(t.networkId, t.email, t.kind),
  ],
);

/** A partner of the network (other network, WSP, gemeente, UWV, education, care/jobcoach provider, employers' organisation). */
export const partner = pgTable(
  'partner',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    /** The partner's own organisation record in this network; people with the `partner` role are its contacts. */
    organisationId: uuid('organisation_id'),
    /** When the partner is another network in this installation. */
    partnerNetworkId: uuid('partner_network_id').references(() => network.id, { onDelete: 'set null' }),
    agreement: text('agreement'),
    since: date('since'),
    contactName: text('contact_name'),
    contactEmail: text('contact_email'),
    documents: text('documents')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.id] }),
    index('partner_organisation_idx').on(t.networkId, t.organisationId),
    index('partner_network_name_idx').on(t.networkId, t.name),
  ],
);

/** An activity organised together with a partner: the partner's people see it. */
export const partnerActivity = pgTable(
  'partner_activity',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    partnerId: uuid('partner_id').notNull(),
    activityId: uuid('activity_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.partnerId, t.activityId] }),
    foreignKey({ columns: [t.networkId, t.partnerId], foreignColumns: [partner.networkId, partner.id] }).onDelete(
      'cascade',
    ),
    foreignKey({ columns: [t.networkId, t.activityId], foreignColumns: [activity.networkId, activity.id] }).onDelete(
      'cascade',
    ),
  ],
);

/** Network A (network_id) co-organises its activity with network B (partner_network_id): it appears in B's agenda. */
export const activityShare = pgTable(
  'activity_share',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    activityId: uuid('activity_id').notNull(),
    partnerNetworkId: uuid('partner_network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    sharedBy: text('shared_by'),
    sharedAt: timestamp('shared_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.id] }),
    foreignKey({ columns: [t.networkId, t.activityId], foreignColumns: [activity.networkId, activity.id] }).onDelete(
      'cascade',
    ),
    uniqueIndex('activity_share_uq').on(t.networkId, t.activityId, t.partnerNetworkId),
    index('activity_share_partner_idx').on(t.partnerNetworkId),
  ],
);

/**
 * A registration by a person of network B (network_id) for an activity network A shared with B. The row is B's data; the
 * organising network reads it only through its own share.
 */
export const sharedRegistration = pgTable(
  'shared_registration',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    shareNetworkId: uuid('share_network_id').notNull(),
    shareId: uuid('share_id').notNull(),
    personId: uuid('person_id').notNull(),
    status: text('status').notNull().default('registered'),
    registeredAt: timestamp('registered_at', { withTimezone: true }).notNull().defaultNow(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.id] }),
    foreignKey({ columns: [t.networkId, t.personId], foreignColumns: [person.networkId, person.id] }).onDelete(
      'cascade',
    ),
    foreignKey({
      columns: [t.shareNetworkId, t.shareId],
      foreignColumns: [activityShare.networkId, activityShare.id],
    }).onDelete('cascade'),
    uniqueIndex('shared_registration_open_uq')
      .on(t.networkId, t.shareNetworkId, t.shareId, t.personId)
      .where(sql`${t.status} <> 'cancelled'`),
    index('shared_registration_share_idx').on(t.shareNetworkId, t.shareId),
  ],
);

/** A work opportunity network A shares with network B. */
export const opportunityShare = pgTable(
  'opportunity_share',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    opportunityId: uuid('opportunity_id').notNull(),
    partnerNetworkId: uuid('partner_network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    sharedBy: text('shared_by'),
    sharedAt: timestamp('shared_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.id] }),
    foreignKey({
      columns: [t.networkId, t.opportunityId],
      foreignColumns: [workOpportunity.networkId, workOpportunity.id],
    }).onDelete('cascade'),
    uniqueIndex('opportunity_share_uq').on(t.networkId, t.opportunityId, t.partnerNetworkId),
    index('opportunity_share_partner_idx').on(t.partnerNetworkId),
  ],
);

/**
 * A candidate referred by network A (network_id) to another network or to one of A's partners. `shared` holds a copy of only
 * the consented fields at the time of referral; the receiver never reads the candidate record itself.
 */
export const referral = pgTable(
  'referral',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    candidateId: uuid('candidate_id'),
    candidateCode: text('candidate_code').notNull(),
    toNetworkId: uuid('to_network_id').references(() => network.id, { onDelete: 'cascade' }),
    toPartnerId: uuid('to_partner_id'),
    consentId: uuid('consent_id').notNull(),
    fields: text('fields')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    shared: jsonb('shared').$type<Record<string, unknown>>().notNull(),
    note: text('note'),
    status: text('status').notNull().default('sent'),
    referredBy: text('referred_by'),
    referredAt: timestamp('referred_at', { withTimezone: true }).notNull().defaultNow(),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.id] }),
    foreignKey({ columns: [t.networkId, t.toPartnerId], foreignColumns: [partner.networkId, partner.id] }).onDelete(
      'cascade',
    ),
    index('referral_to_network_idx').on(t.toNetworkId),
    index('referral_candidate_idx').on(t.networkId, t.candidateId),
  ],
);

/** A short item in the member portal: a success, a need answered, a new member. */
export const newsItem = pgTable(
  'news_item',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: text('created_by'),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.id] }),
    index('news_item_network_published_idx').on(t.networkId, t.publishedAt),
  ],
);
