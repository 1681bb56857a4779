// The turnout the drill-down computes in SQL must equal the pure turnoutPerActivity on the same data: generated networks
// (activities at any hour, cancelled ones, every registration status, role and attendance value) loaded into a real database.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { turnoutPerActivity, todayOf } from '../../../core/steering/measures.js';
import { person } from '../../platform/db/schema.js';
import {
  activitiesArb,
  insertActivities,
  insertNetwork,
  STEERING_NOW as NOW,
  useSteeringDatabase,
} from '../../test/steering-networks.js';
import { loadSteeringData, queryActivityTurnout } from './steering.repository.js';

const database = useSteeringDatabase();

const PERIOD = { from: '2026-01-01', to: '2026-03-31' };

describe('SQL turnout agrees with the pure measure', () => {
  it('on generated data', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        activitiesArb({ people: 6, roles: ['attendee', 'host', 'speaker'], maxRegistrations: 6 }),
        async (acts) => {
          const db = database().db;
          const networkId = await insertNetwork(db, 'prop', run++);
          const people = await db
            .insert(person)
            .values(Array.from({ length: 6 }, (_, i) => ({ networkId, name: `P${i}` })))
            .returning({ id: person.id });
          await insertActivities(
            db,
            networkId,
            people.map((p) => p.id),
            acts,
          );
          const data = await loadSteeringData(db, networkId, '2025-01-01');
          const pure = turnoutPerActivity(data!, PERIOD, NOW).map((r) => ({
            activityId: r.activityId,
            registered: r.registered,
            attended: r.attended,
          }));
          const fromSql = await queryActivityTurnout(db, networkId, PERIOD.from, PERIOD.to, todayOf(NOW));
          const byId = (x: { activityId: string }, y: { activityId: string }) =>
            x.activityId.localeCompare(y.activityId);
          expect(fromSql.sort(byId)).toEqual(pure.sort(byId));
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);
});
