// A network's life: its mission and goals (each save a new version), the history of its phase changes (each one a decision
// in the decision log), and its funders' agreements. Network-scoped with `(network_id, id)` keys like the rest.
import {
  bigint,
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
import { decision } from './design.js';
import { network, person } from './network.js';
import { organisation } from './organisations.js';

/** One goal of the mission; `mission` goals are those a funder agrees to and sees, `network` goals are the network's own. */
export interface MissionGoal {
  text: string;
  level: 'mission' | 'network';
}

/** Every save of the mission is a new row; the highest version number is the current mission. */
export const missionVersion = pgTable(
  'mission_version',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    versionNumber: integer('version_number').notNull(),
    mission: text('mission').notNull(),
    goals: jsonb('goals').$type<MissionGoal[]>().notNull().default([]),
    createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.id] }),
    // Two saves against the same version cannot both land: the second hits this index (a stale version).
    uniqueIndex('mission_version_number_uq').on(t.networkId, t.versionNumber),
  ],
);

/** A move of the network from one phase to the next, decided by the kerngroep (the decision holds date and reason). */
export const phaseChange = pgTable(
  'phase_change',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    fromPhase: text('from_phase').notNull(),
    toPhase: text('to_phase').notNull(),
    effectiveOn: date('effective_on').notNull(),
    reason: text('reason').notNull(),
    decisionId: uuid('decision_id').notNull(),
    createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.id] }),
    foreignKey({ columns: [t.networkId, t.decisionId], foreignColumns: [decision.networkId, decision.id] }),
    index('phase_change_network_date_idx').on(t.networkId, t.effectiveOn),
  ],
);

/** The funder's agreement: who funds, how much (cents), for which period, on which conditions and mandate. */
export const funderAgreement = pgTable(
  'funder_agreement',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    funderName: text('funder_name').notNull(),
    funderType: text('funder_type').notNull(),
    organisationId: uuid('organisation_id'),
    contactPersonId: uuid('contact_person_id'),
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    conditions: text('conditions').notNull().default(''),
    mandate: text('mandate').notNull().default(''),
    missionTargets: jsonb('mission_targets').$type<string[]>().notNull().default([]),
    yearPlanRequired: boolean('year_plan_required').notNull().default(false),
    documents: jsonb('documents').$type<string[]>().notNull().default([]),
    createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.id] }),
    foreignKey({
      columns: [t.networkId, t.organisationId],
      foreignColumns: [organisation.networkId, organisation.id],
    }),
    foreignKey({ columns: [t.networkId, t.contactPersonId], foreignColumns: [person.networkId, person.id] }),
    index('funder_agreement_network_end_idx').on(t.networkId, t.endsOn),
  ],
);

/** One item of a phase's checklist, made once when the network enters the phase or a design is applied. */
export const checklistItem = pgTable(
  'checklist_item',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    phase: text('phase').notNull(),
    code: text('code').notNull(),
    titleKey: text('title_key').notNull(),
    ownerPersonId: uuid('owner_person_id'),
    ownerRole: text('owner_role'),
    dueOn: date('due_on').notNull(),
    state: text('state').notNull().default('open'),
    doneAt: timestamp('done_at', { withTimezone: true }),
    doneBy: text('done_by').references(() => user.id, { onDelete: 'set null' }),
    evidence: text('evidence'),
    closedAutomatically: boolean('closed_automatically').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.id] }),
    foreignKey({ columns: [t.networkId, t.ownerPersonId], foreignColumns: [person.networkId, person.id] }),
    // Entering a phase twice (or applying a design again) never makes an item twice.
    uniqueIndex('checklist_item_phase_code_uq').on(t.networkId, t.phase, t.code),
  ],
);
