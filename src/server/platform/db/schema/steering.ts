// Steering and reporting: a network's yearly mission targets and the reports the kerngroep freezes and releases to funders.
// A report's snapshot is written once, when it is frozen, so later changes to the data never alter it.
import {
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  date,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { user } from './auth.js';
import { network } from './network.js';

/** Mission-level targets for one calendar year: placements, banen and active members. Never a quota of activities. */
export const missionTarget = pgTable(
  'mission_target',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    placements: integer('placements'),
    banen: numeric('banen', { precision: 7, scale: 2 }),
    activeMembers: integer('active_members'),
    updatedBy: text('updated_by').references(() => user.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.networkId, t.year] })],
);

/** A frozen period: status frozen → released. `snapshot` holds name-free aggregates computed at freezing time. */
export const report = pgTable(
  'report',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    periodKind: text('period_kind').notNull(),
    periodFrom: date('period_from').notNull(),
    periodTo: date('period_to').notNull(),
    label: text('label').notNull(),
    snapshot: jsonb('snapshot').$type<Record<string, unknown>>().notNull(),
    narrative: text('narrative').notNull().default(''),
    status: text('status').notNull().default('frozen'),
    frozenAt: timestamp('frozen_at', { withTimezone: true }).notNull().defaultNow(),
    frozenBy: text('frozen_by').references(() => user.id, { onDelete: 'set null' }),
    releasedAt: timestamp('released_at', { withTimezone: true }),
    releasedBy: text('released_by').references(() => user.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.id] }),
    uniqueIndex('report_period_uq').on(t.networkId, t.periodKind, t.periodFrom),
    index('report_network_status_idx').on(t.networkId, t.status),
  ],
);

/**
 * A network's own thresholds for the ownership signals (the defaults are in src/core/steering/signals.ts). `thresholds`
 * holds only the values the network changed; the rest keep their default. Edited by the kerngroep or coordinator.
 */
export const steeringSettings = pgTable('steering_settings', {
  networkId: uuid('network_id')
    .primaryKey()
    .references(() => network.id, { onDelete: 'cascade' }),
  thresholds: jsonb('thresholds').$type<Record<string, unknown>>().notNull().default({}),
  updatedBy: text('updated_by').references(() => user.id, { onDelete: 'set null' }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});
