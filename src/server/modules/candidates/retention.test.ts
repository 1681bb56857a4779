// Retention on a whole generated network with an injected clock: the dry run lists, the run erases personal fields only,
// keeps the anonymous record and placement statistics, writes the audit log, and a second run finds nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths } from '../../../core/candidates/dates.js';
import { formatRetentionReport } from '../../../cli/commands/retention.js';
import { runCli } from '../../../cli/main.js';
import { SYSTEM_ACTOR } from '../../platform/access.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.js';
import { loadDemoNetwork } from '../demo/demo.service.js';
import { runRetention, runRetentionForAll } from './retention.service.js';
import { updateCandidateSettings } from './settings.service.js';
import { getCandidateStatistics } from './statistics.service.js';

const generatedAt = new Date('2026-03-15T10:00:00Z');
let database: TestDatabase;
let networkId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  networkId = (await loadDemoNetwork({ db: database.db, seed: 5, now: generatedAt })).networkId;
});
afterAll(async () => database?.close());

async function leftNotErased() {
  const { rows } = await database.pool.query<{ code: string; left_on: string }>(
    `select code, to_char(left_on, 'YYYY-MM-DD') as left_on from candidate
     where network_id = $1 and status in ('left', 'stopped') and erased_at is null order by code`,
    [networkId],
  );
  return rows;
}

describe('retention on generated data', () => {
  it('a dry run lists exactly those who left more than 24 months before the injected day, and changes nothing', async () => {
    const today = '2027-06-01';
    const expected = (await leftNotErased()).filter((r) => addMonths(r.left_on, 24) <= today).map((r) => r.code);
    expect(expected.length).toBeGreaterThan(0);
    const before = await leftNotErased();
    const result = await runRetention({
      db: database.db,
      actor: SYSTEM_ACTOR,
      networkId,
      now: new Date(`${today}T12:00:00Z`),
      dryRun: true,
    });
    expect(result.erased.map((e) => e.code)).toEqual(expected);
    expect(await leftNotErased()).toEqual(before);
    expect(formatRetentionReport([{ networkId, ...result }])).toContain(
      `Proefdraai op ${today}: ${expected.length} kandidaten zouden gewist worden.`,
    );
  });

  it('the run erases personal fields, keeps anonymous placement statistics and logs each erasure; a rerun finds none', async () => {
    const now = new Date('2027-06-01T12:00:00Z');
    const statsBefore = await getCandidateStatistics({ db: database.db, actor: SYSTEM_ACTOR, networkId, now });
    const results = await runRetentionForAll({ db: database.db, actor: SYSTEM_ACTOR, now, dryRun: false });
    const erased = results.find((r) => r.networkId === networkId)!.erased;
    expect(erased.length).toBeGreaterThan(0);
    const { rows } = await database.pool.query(
      `select first_name, email, phone, wishes, erased_at, status, hours_per_week from candidate
       where network_id = $1 and id = any($2::uuid[])`,
      [networkId, erased.map((e) => e.id)],
    );
    expect(rows).toHaveLength(erased.length);
    for (const row of rows) {
      expect(row).toMatchObject({ first_name: null, email: null, phone: null, wishes: null });
      expect(row.erased_at).not.toBeNull();
      expect(['left', 'stopped']).toContain(row.status);
    }
    const audit = await database.pool.query(
      `select count(*)::int as n from audit_entry where network_id = $1 and action = 'candidate.erase'
       and details->>'trigger' = 'retention'`,
      [networkId],
    );
    expect(audit.rows[0].n).toBe(erased.length);
    const statsAfter = await getCandidateStatistics({ db: database.db, actor: SYSTEM_ACTOR, networkId, now });
    expect(statsAfter).toEqual(statsBefore);
    const again = await runRetention({ db: database.db, actor: SYSTEM_ACTOR, networkId, now, dryRun: false });
    expect(again.erased).toEqual([]);
  });

  it("follows the network's own retention period", async () => {
    await updateCandidateSettings({
      db: database.db,
      actor: SYSTEM_ACTOR,
      networkId,
      input: { retentionMonths: 6, backOfficePersonalData: false, version: 1 },
    });
    const today = '2027-06-01';
    const expected = (await leftNotErased()).filter((r) => addMonths(r.left_on, 6) <= today).map((r) => r.code);
    expect(expected.length).toBeGreaterThan(0);
    const result = await runRetention({
      db: database.db,
      actor: SYSTEM_ACTOR,
      networkId,
      now: new Date(`${today}T12:00:00Z`),
      dryRun: true,
    });
    expect(result.erased.map((e) => e.code)).toEqual(expected);
  });
});

describe('netwerkregie retention', () => {
  it('refuses --datum without --dry-run (exit 2) and a malformed date', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args.join(' '));
    try {
      expect(await runCli(['retention', '--datum', '2030-01-01'])).toBe(2);
      expect(errors.join('\n')).toContain('--datum mag alleen samen met --dry-run');
      expect(await runCli(['retention', '--dry-run', '--datum', '1-1-2030'])).toBe(2);
    } finally {
      console.error = original;
    }
  });
});
