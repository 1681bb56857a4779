// The dashboard's loader counts the registrations in SQL (SteeringData.registrationTotals) instead of loading every row. Those
// counts must equal the pure registrationTotalsOf over the rows, and the dashboard computed from them the dashboard computed
// from the rows: generated networks (members and persons without an organisation, activities at any hour, cancelled ones,
// every registration status, role and attendance value) loaded into a real database, and the demo network.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeDashboard } from '../../../core/steering/dashboard.js';
import { registrationTotalsOf } from '../../../core/steering/measures.js';
import type { SteeringRegistrationTotals } from '../../../core/steering/steering-data.js';
import { membership, organisation, person } from '../../platform/db/schema.js';
import {
  activitiesArb,
  insertActivities,
  insertNetwork,
  STEERING_NOW as NOW,
  useSteeringDatabase,
} from '../../test/steering-networks.js';
import { loadDemoNetwork } from '../demo/demo.service.js';
import { loadSteeringInputs } from './steering.repository.js';

const database = useSteeringDatabase();

const PERIODS = [
  { from: '2026-01-01', to: '2026-03-31' },
  { from: '2025-12-20', to: '2026-12-31' },
];

/** In one order, whatever order SQL or the map gave them in. */
function sorted(t: SteeringRegistrationTotals) {
  const key = (x: object) => JSON.stringify(x);
  return {
    activities: t.activities
      .map((a) => ({ ...a, presentOrganisationIds: [...a.presentOrganisationIds].sort() }))
      .sort((x, y) => key(x).localeCompare(key(y))),
    organisations: [...t.organisations].sort((x, y) => key(x).localeCompare(key(y))),
  };
}

describe('registrations counted in SQL', () => {
  it('equal the pure counts over the rows, and give the same dashboard, on generated data', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        activitiesArb({ people: 8, roles: ['attendee', 'host', 'speaker', 'organiser'], maxRegistrations: 8 }),
        async (acts) => {
          const db = database().db;
          const networkId = await insertNetwork(db, 'totals', run++);
          const orgs = await db
            .insert(organisation)
            .values(Array.from({ length: 3 }, (_, i) => ({ networkId, kind: 'employer', name: `O${i}` })))
            .returning({ id: organisation.id });
          // Two members (one since the period began) and one organisation that is not a member.
          await db.insert(membership).values([
            { networkId, organisationId: orgs[0]!.id, status: 'active', joinedOn: '2025-01-01' },
            { networkId, organisationId: orgs[1]!.id, status: 'active', joinedOn: '2026-02-01' },
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
          await insertActivities(
            db,
            networkId,
            people.map((p) => p.id),
            acts,
          );
          const rows = (await loadSteeringInputs(db, networkId, '2025-01-01'))!.data;
          const counted = (await loadSteeringInputs(db, networkId, '2025-01-01', { registrations: 'totals' }))!.data;
          expect(counted.registrations).toEqual([]);
          expect(sorted(counted.registrationTotals!)).toEqual(sorted(registrationTotalsOf(rows)));
          for (const period of PERIODS)
            expect(computeDashboard(counted, period, NOW)).toEqual(computeDashboard(rows, period, NOW));
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);

  it('give the demo network the same dashboard as its rows, for several periods', async () => {
    const now = new Date('2026-06-15T10:00:00Z');
    const { networkId } = await loadDemoNetwork({ db: database().db, seed: 11, now });
    const rows = (await loadSteeringInputs(database().db, networkId, '2024-08-01'))!.data;
    const counted = (await loadSteeringInputs(database().db, networkId, '2024-08-01', { registrations: 'totals' }))!
      .data;
    expect(rows.registrations.length).toBeGreaterThan(0);
    expect(sorted(counted.registrationTotals!)).toEqual(sorted(registrationTotalsOf(rows)));
    for (const period of [
      { from: '2026-01-01', to: '2026-12-31' },
      { from: '2025-04-01', to: '2025-06-30' },
      { from: '2025-11-15', to: '2026-02-10' },
    ]) {
      const expected = computeDashboard(rows, period, now);
      expect(expected.turnout.registered, JSON.stringify(period)).toBeGreaterThan(0);
      expect(expected.ladder.some((r) => r.step !== 'none')).toBe(true);
      expect(computeDashboard(counted, period, now)).toEqual(expected);
    }
  }, 120_000);
});
