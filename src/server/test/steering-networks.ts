// Generated networks for the tests that hold the steering SQL to the pure measures (steering.sql.test.ts,
// steering.totals.test.ts): a database for the file, activities at any minute from mid-December to mid-April (across the
// periods' edges and midnight in Amsterdam) with cancelled ones, and every registration status, role and attendance value,
// loaded the way the app stores them.
import fc from 'fast-check';
import { afterAll, beforeAll } from 'vitest';
import { activity, network, registration } from '../platform/db/schema.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

/** "Now" for the generated networks: mid-March 2026. */
export const STEERING_NOW = new Date('2026-03-15T12:00:00Z');

/** A fresh database for this test file, read once `beforeAll` has made it. */
export function useSteeringDatabase(): () => TestDatabase {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database?.close());
  return () => database!;
}

/**
 * One to eight activities, each with registrations by the persons `0..people-1`; `roles` are the registration roles to
 * draw from and `maxRegistrations` how many registrations one activity has at the most.
 */
export function activitiesArb(options: {
  people: number;
  roles: readonly NonNullable<(typeof registration.$inferInsert)['role']>[];
  maxRegistrations: number;
}) {
  const activityArb = fc.record({
    minutes: fc.integer({ min: 0, max: 120 * 24 * 60 }),
    status: fc.constantFrom('planned', 'held', 'cancelled'),
    registrations: fc.array(
      fc.record({
        person: fc.integer({ min: 0, max: options.people - 1 }),
        status: fc.constantFrom('registered', 'waitlisted', 'cancelled'),
        role: fc.constantFrom(...options.roles),
        attended: fc.constantFrom(true, false, null),
      }),
      { maxLength: options.maxRegistrations },
    ),
  });
  return fc.array(activityArb, { minLength: 1, maxLength: 8 });
}

export type GeneratedActivities = ReturnType<typeof activitiesArb> extends fc.Arbitrary<infer A> ? A : never;

/** A new network with a slug no other run of the property has used; its id. */
export async function insertNetwork(db: TestDatabase['db'], slugPrefix: string, run: number): Promise<string> {
  const [net] = await db
    .insert(network)
    .values({ slug: `${slugPrefix}-${run}-${Date.now()}`, name: 'Eigenschap' })
    .returning({ id: network.id });
  return net!.id;
}

/** The generated activities and their registrations in the network; `personIds[i]` is the person drawn as `i`. */
export async function insertActivities(
  db: TestDatabase['db'],
  networkId: string,
  personIds: readonly string[],
  acts: GeneratedActivities,
): Promise<void> {
  for (const a of acts) {
    const startsAt = new Date(Date.parse('2025-12-15T00:00:00Z') + a.minutes * 60_000);
    const [row] = await db
      .insert(activity)
      .values({
        networkId,
        workForm: 'knowledge_session',
        title: 'A',
        startsAt,
        endsAt: new Date(startsAt.getTime() + 3_600_000),
        initiatorKind: 'coordinator',
        status: a.status,
      })
      .returning({ id: activity.id });
    const seen = new Set<number>();
    for (const r of a.registrations) {
      // One open registration per person per activity (the unique index); cancelled ones may repeat.
      if (r.status !== 'cancelled' && seen.has(r.person)) continue;
      if (r.status !== 'cancelled') seen.add(r.person);
      await db.insert(registration).values({
        networkId,
        activityId: row!.id,
        personId: personIds[r.person]!,
        status: r.status,
        role: r.role,
        attended: r.attended,
      });
    }
  }
}
