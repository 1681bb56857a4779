// The turnout the drill-down computes in SQL must equal the pure turnoutPerActivity on the same data: generated networks
// (activities at any hour, cancelled ones, every registration status, role and attendance value) loaded into a real database.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { turnoutPerActivity, todayOf } from '../../../core/steering/measures.js';
import { activity, network, person, registration } from '../../platform/db/schema.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.js';
import { loadSteeringData, queryActivityTurnout } from './steering.repository.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.close());

const NOW = new Date('2026-03-15T12:00:00Z');
const PERIOD = { from: '2026-01-01', to: '2026-03-31' };

const activityArb = fc.record({
  // From mid-December to mid-April, any minute: crosses the period's edges and midnight in Amsterdam.
  minutes: fc.integer({ min: 0, max: 120 * 24 * 60 }),
  status: fc.constantFrom('planned', 'held', 'cancelled'),
  registrations: fc.array(
    fc.record({
      person: fc.integer({ min: 0, max: 5 }),
      status: fc.constantFrom('registered', 'waitlisted', 'cancelled'),
      role: fc.constantFrom('attendee', 'host', 'speaker'),
      attended: fc.constantFrom(true, false, null),
    }),
    { maxLength: 6 },
  ),
});

describe('SQL turnout agrees with the pure measure', () => {
  it('on generated data', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(activityArb, { minLength: 1, maxLength: 8 }), async (acts) => {
        const db = database.db;
        const [net] = await db
          .insert(network)
          .values({ slug: `prop-${run++}-${Date.now()}`, name: 'Eigenschap' })
          .returning({ id: network.id });
        const networkId = net!.id;
        const people = await db
          .insert(person)
          .values(Array.from({ length: 6 }, (_, i) => ({ networkId, name: `P${i}` })))
          .returning({ id: person.id });
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
              personId: people[r.person]!.id,
              status: r.status,
              role: r.role,
              attended: r.attended,
            });
          }
        }
        const data = await loadSteeringData(db, networkId, '2025-01-01');
        const pure = turnoutPerActivity(data!, PERIOD, NOW).map((r) => ({
          activityId: r.activityId,
          registered: r.registered,
          attended: r.attended,
        }));
        const fromSql = await queryActivityTurnout(db, networkId, PERIOD.from, PERIOD.to, todayOf(NOW));
        const byId = (x: { activityId: string }, y: { activityId: string }) => x.activityId.localeCompare(y.activityId);
        expect(fromSql.sort(byId)).toEqual(pure.sort(byId));
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
