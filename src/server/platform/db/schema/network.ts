// The network (platform-level) and the people who take part in it. Every network-scoped table has `network_id` as the first
// column of its primary key and of every foreign key, so that the schema can later be distributed by network (Citus-style,
// `network_id` as distribution column) without rewriting queries, and so that no join can reach another network by accident.
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
import { user } from './auth.js';

export const network = pgTable('network', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  region: text('region'),
  /** The network's own KvK number, printed on its invoices (optional: many networks are not a legal entity). */
  kvkNumber: text('kvk_number'),
  /** The address printed on its invoices, one line ("Postbus 123, 8000 AB Zwolle"). */
  invoiceAddress: text('invoice_address'),
  /** The account members pay their contribution into, in electronic form (no spaces). */
  iban: text('iban'),
  phase: text('phase').notNull().default('initiatie'),
  settings: jsonb('settings').$type<Record<string, unknown>>().notNull().default({}),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});

/** A person within one network (contact, coordinator, member contact, funder...). Linked to a login account when they have one. */
export const person = pgTable(
  'person',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    userId: text('user_id').references(() => user.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
    email: text('email'),
    phone: text('phone'),
    organisationId: uuid('organisation_id'),
    jobTitle: text('job_title'),
    /** Name and e-mail folded for typo-tolerant trigram search of contacts; see migration 0002. */
    searchText: text('search_text').generatedAlwaysAs(sql`nr_fold(coalesce(name, '') || ' ' || coalesce(email, ''))`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.id] }),
    uniqueIndex('person_network_user_uq')
      .on(t.networkId, t.userId)
      .where(sql`${t.userId} is not null`),
    index('person_network_email_idx').on(t.networkId, t.email),
    index('person_user_idx').on(t.userId),
    index('person_network_organisation_idx').on(t.networkId, t.organisationId),
  ],
);

/** person × role × term. `body_id` is set when the role is held within a governance body (e.g. kartrekker of a themagroep). */
export const roleAssignment = pgTable(
  'role_assignment',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    personId: uuid('person_id').notNull(),
    role: text('role').notNull(),
    bodyId: uuid('body_id'),
    startsOn: date('starts_on')
      .notNull()
      .default(sql`current_date`),
    endsOn: date('ends_on'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.id] }),
    foreignKey({ columns: [t.networkId, t.personId], foreignColumns: [person.networkId, person.id] }).onDelete(
      'cascade',
    ),
    index('role_assignment_person_idx').on(t.networkId, t.personId),
  ],
);

/** An emailed invitation into a role. Only a hash of the token is stored. */
export const invitation = pgTable(
  'invitation',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    personId: uuid('person_id').notNull(),
    email: text('email').notNull(),
    role: text('role').notNull(),
    tokenHash: text('token_hash').notNull(),
    invitedBy: text('invited_by').references(() => user.id, { onDelete: 'set null' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.id] }),
    foreignKey({ columns: [t.networkId, t.personId], foreignColumns: [person.networkId, person.id] }).onDelete(
      'cascade',
    ),
    uniqueIndex('invitation_token_hash_uq').on(t.tokenHash),
  ],
);
