// The dashboard's loader gives the attendances and contributions per organisation as the Amsterdam days they fell on, counted
// in SQL (SteeringData.registrationDays), instead of one row per organisation and activity. Those days must equal the pure
// registrationDaysOf over the rows, and the dashboard computed from them the dashboard computed from the rows: generated
// networks (persons without an organisation, cancelled activities, every registration status, role and attendance value,
// two activities on one day, activities around midnight in Amsterdam and around both daylight-saving changes) loaded into a
// real database, and the demo network.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeDashboard } from '../../../core/steering/dashboard.js';
import { registrationDaysOf, registrationTotalsOf } from '../../../core/steering/measures.js';
import type { SteeringActivityRegistrations, SteeringOrganisationDays } from '../../../core/steering/steering-data.js';
import { activity, membership, network, organisation, person, registration } from '../../platform/db/schema.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.js';
import { loadDemoNetwork } from '../demo/demo.service.js';
import { loadSteeringInputs } from './steering.repository.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.close());

const NOW = new Date('2026-04-20T12:00:00Z');
const PERIODS = [
  { from: '2026-01-01', to: '2026-12-31' },
  { from: '2025-10-26', to: '2026-03-29' },
  { from: '2026-03-30', to: '2026-04-30' },
];

/**
 * Instants where the Amsterdam day is easy to get wrong: midnight in winter (23:00 UTC) and summer (22:00 UTC), and the
 * daylight-saving changes of 26 October 2025 (01:00 UTC) and 29 March 2026 (01:00 UTC).
 */
const EDGES = [
  '2025-10-25T22:00:00Z',
  '2025-10-26T01:00:00Z',
  '2025-10-26T23:00:00Z',
  '2025-12-31T23:00:00Z',
  '2026-03-28T23:00:00Z',
  '2026-03-29T01:00:00Z',
  '2026-03-29T22:00:00Z',
  '2026-04-19T22:00:00Z',
].map((s) => Date.parse(s));

function sorted(days: readonly SteeringOrganisationDays[]) {
  return [...days].sort((x, y) => x.organisationId.localeCompare(y.organisationId));
}

function byActivity(rows: readonly SteeringActivityRegistrations[]) {
  return rows
    .map((a) => ({ ...a, presentOrganisationIds: [...a.presentOrganisationIds].sort() }))
    .sort((x, y) => x.activityId.localeCompare(y.activityId));
}

const activityArb = fc.record({
  edge: fc.integer({ min: 0, max: EDGES.length - 1 }),
  // Up to three hours either side of the edge, any minute.
  minutes: fc.integer({ min: -180, max: 180 }),
  status: fc.constantFrom('planned', 'held', 'cancelled'),
  registrations: fc.array(
    fc.record({
      person: fc.integer({ min: 0, max: 7 }),
      status: fc.constantFrom('registered', 'waitlisted', 'cancelled'),
      role: fc.constantFrom('attendee', 'host', 'speaker', 'organiser'),
      attended: fc.constantFrom(true, false, null),
    }),
    { maxLength: 8 },
  ),
});

describe('attendances and contributions counted as days in SQL', () => {
  it('equal the pure days over the rows, and give the same dashboard, on generated data around DST and midnight', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(activityArb, { minLength: 1, maxLength: 10 }), async (acts) => {
        const db = database.db;
        const [net] = await db
          .insert(network)
          .values({ slug: `days-${run++}-${Date.now()}`, name: 'Eigenschap' })
          .returning({ id: network.id });
        const networkId = net!.id;
        const orgs = await db
          .insert(organisation)
          .values(Array.from({ length: 3 }, (_, i) => ({ networkId, kind: 'employer', name: `O${i}` })))
          .returning({ id: organisation.id });
        // Two members (one since the spring change) and one organisation that is not a member.
        await db.insert(membership).values([
          { networkId, organisationId: orgs[0]!.id, status: 'active', joinedOn: '2025-01-01' },
          { networkId, organisationId: orgs[1]!.id, status: 'active', joinedOn: '2026-03-29' },
        ]);
        // Eight persons: pairs of each organisation, and two without one.
        const people = await db
          .insert(person)
          .values(
            Array.from({ length: 8 }, (_, i) => ({
              networkId,
              name: `P${i}`,
              organisationId: orgs[i >> 1]?.id ?? null,
            })),
          )
          .returning({ id: person.id });
        for (const a of acts) {
          const startsAt = new Date(EDGES[a.edge]! + a.minutes * 60_000);
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
          const values = [];
          for (const r of a.registrations) {
            // One open registration per person per activity (the unique index); cancelled ones may repeat.
            if (r.status !== 'cancelled' && seen.has(r.person)) continue;
            if (r.status !== 'cancelled') seen.add(r.person);
            values.push({
              networkId,
              activityId: row!.id,
              personId: people[r.person]!.id,
              status: r.status,
              role: r.role,
              attended: r.attended,
            });
          }
          if (values.length > 0) await db.insert(registration).values(values);
        }
        const rows = (await loadSteeringInputs(db, networkId, '2025-01-01'))!.data;
        const counted = (await loadSteeringInputs(db, networkId, '2025-01-01', { registrations: 'days' }))!.data;
        expect(counted.registrations).toEqual([]);
        expect(counted.registrationTotals!.organisations).toEqual([]);
        expect(sorted(counted.registrationDays!)).toEqual(sorted(registrationDaysOf(rows)));
        expect(byActivity(counted.registrationTotals!.activities)).toEqual(
          byActivity(registrationTotalsOf(rows).activities),
        );
        for (const period of PERIODS)
          expect(computeDashboard(counted, period, NOW)).toEqual(computeDashboard(rows, period, NOW));
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it('put an activity at 00:30 in Amsterdam on that day, also on the night the clocks change', async () => {
    const db = database.db;
    const [net] = await db
      .insert(network)
      .values({ slug: `days-edge-${Date.now()}`, name: 'Rand' })
      .returning({ id: network.id });
    const networkId = net!.id;
    const [org] = await db
      .insert(organisation)
      .values({ networkId, kind: 'employer', name: 'O' })
      .returning({ id: organisation.id });
    const [p] = await db
      .insert(person)
      .values({ networkId, name: 'P', organisationId: org!.id })
      .returning({ id: person.id });
    // 00:30 in Amsterdam: 23:30 UTC the day before in winter, 22:30 UTC in summer (the spring change is at 02:00 local).
    const starts = ['2026-03-28T23:30:00Z', '2026-03-29T22:30:00Z', '2025-10-25T22:30:00Z', '2025-10-26T23:30:00Z'];
    for (const s of starts) {
      const [a] = await db
        .insert(activity)
        .values({
          networkId,
          workForm: 'knowledge_session',
          title: s,
          startsAt: new Date(s),
          endsAt: new Date(Date.parse(s) + 3_600_000),
          initiatorKind: 'coordinator',
          status: 'held',
        })
        .returning({ id: activity.id });
      await db.insert(registration).values({
        networkId,
        activityId: a!.id,
        personId: p!.id,
        status: 'registered',
        role: 'speaker',
        attended: true,
      });
    }
    const counted = (await loadSteeringInputs(db, networkId, '2025-01-01', { registrations: 'days' }))!.data;
    const days = ['2025-10-26', '2025-10-27', '2026-03-29', '2026-03-30'];
    expect(counted.registrationDays).toEqual([{ organisationId: org!.id, attendedDays: days, contributedDays: days }]);
  });

  it('give the demo network the same dashboard as its rows, for several periods', async () => {
    const now = new Date('2026-06-15T10:00:00Z');
    const { networkId } = await loadDemoNetwork({ db: database.db, seed: 11, now });
    const rows = (await loadSteeringInputs(database.db, networkId, '2024-08-01'))!.data;
    const counted = (await loadSteeringInputs(database.db, networkId, '2024-08-01', { registrations: 'days' }))!.data;
    expect(rows.registrations.length).toBeGreaterThan(0);
    const expectedDays = registrationDaysOf(rows);
    expect(expectedDays.filter((o) => o.attendedDays.length > 0).length).toBeGreaterThan(5);
    expect(sorted(counted.registrationDays!)).toEqual(sorted(expectedDays));
    for (const period of [
      { from: '2026-01-01', to: '2026-12-31' },
      { from: '2025-04-01', to: '2025-06-30' },
      { from: '2025-10-01', to: '2026-04-30' },
    ]) {
      const expected = computeDashboard(rows, period, now);
      expect(expected.ladder.some((r) => r.step !== 'none')).toBe(true);
      expect(expected.activeMembers.numerator, JSON.stringify(period)).toBeGreaterThan(0);
      expect(computeDashboard(counted, period, now)).toEqual(expected);
    }
  }, 120_000);
});
