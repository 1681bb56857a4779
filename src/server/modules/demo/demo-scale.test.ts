import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECKSUM_START, checksumNetwork, generateScale, SCALES } from '../../../core/demo/scales.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.js';
import { loadDemoScale } from './demo-scale.js';

const now = new Date('2026-03-15T10:00:00Z');
const TABLES: Record<string, string> = {
  network: 'network',
  organisations: 'organisation',
  memberships: 'membership',
  persons: 'person',
  roleAssignments: 'role_assignment',
  needs: 'need',
  needSupporters: 'need_supporter',
  activities: 'activity',
  registrations: 'registration',
  candidates: 'candidate',
  placements: 'placement',
  partners: 'partner',
  partnerActivities: 'partner_activity',
  workOpportunities: 'work_opportunity',
  newsItems: 'news_item',
  mailings: 'mailing',
  mailDeliveries: 'mail_delivery',
};

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe('loadDemoScale', () => {
  it('loads every network of the tiny scale: the generated counts, attendance and ids, and the generator’s checksum', async () => {
    const result = await loadDemoScale({ db: database.db, scale: 'tiny', seed: 7, now });
    expect(result.networkIds).toHaveLength(SCALES.tiny.networks);
    expect(result.counts.registrations).toBeGreaterThan(0);
    expect(result.counts.placements).toBeGreaterThan(0);
    for (const [key, table] of Object.entries(TABLES)) {
      const column = table === 'network' ? 'id' : 'network_id';
      const { rows } = await database.pool.query<{ n: string }>(
        `select count(*) as n from ${table} where ${column} = any($1::uuid[])`,
        [result.networkIds],
      );
      expect(Number(rows[0]!.n), table).toBe(result.counts[key]);
    }
    // Attendance arrived as generated.
    const expected = { attended: 0, registered: 0 };
    for (const data of generateScale({ scale: 'tiny', seed: 7, now }))
      for (const r of data.registrations) {
        if (r.attended === true) expected.attended++;
        if (r.status === 'registered') expected.registered++;
      }
    const { rows: attendance } = await database.pool.query<{ attended: string; registered: string }>(
      `select count(*) filter (where attended) as attended, count(*) filter (where status = 'registered') as registered
         from registration where network_id = any($1::uuid[])`,
      [result.networkIds],
    );
    expect(Number(attendance[0]!.attended)).toBe(expected.attended);
    expect(Number(attendance[0]!.registered)).toBe(expected.registered);

    // What is in the database is exactly what the generator made (ids of the biggest table), and the checksum the loader
    // reports is the generator's.
    const ids: string[] = [];
    let checksum = CHECKSUM_START;
    for (const data of generateScale({ scale: 'tiny', seed: 7, now })) {
      ids.push(...data.registrations.map((r) => r.id));
      checksum = checksumNetwork(checksum, data);
    }
    const { rows: loaded } = await database.pool.query<{ id: string }>(
      'select id from registration where network_id = any($1::uuid[]) order by id',
      [result.networkIds],
    );
    expect(loaded.map((r) => r.id)).toEqual(ids.sort());
    expect(result.checksum).toBe(checksum.toString(16).padStart(8, '0'));
  });
});
