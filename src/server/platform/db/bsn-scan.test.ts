// The BSN scan of stored data (decision 013): finds BSN-like numbers stored before the API refused them, in any text or JSON
// column, says where (table, column, row id) and never repeats the number.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatBsnScanReport } from '../../../cli/commands/bsn-scan.js';
import { buildProgram } from '../../../cli/main.js';
import { setupInstallation } from '../../test/helpers.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { scanDatabaseForBsn } from './bsn-scan.js';

let t: TestApp;
let networkId: string;

beforeAll(async () => {
  t = await createTestApp();
  networkId = (await setupInstallation(t.app)).networkId;
});
afterAll(async () => t?.close());

describe('bsn-scan', () => {
  it('finds nothing in a clean installation', async () => {
    const result = await scanDatabaseForBsn(t.database.pool);
    expect(result.findings).toEqual([]);
    expect(result.columns).toBeGreaterThan(50);
  });

  it('reports every stored BSN-like number by table, column and row id, in text and JSON, without the number', async () => {
    const pool = t.database.pool;
    // Written straight into the tables, as data from before the API refused it would be.
    await pool.query(`update network set name = 'Netwerk 1234.56.782' where id = $1`, [networkId]);
    const org = await pool.query<{ id: string }>(
      `insert into organisation (network_id, kind, name) values ($1, 'employer', 'Bakkerij order 123456789') returning id`,
      [networkId],
    );
    const need = await pool.query<{ id: string }>(
      `insert into need (network_id, title, description, organisation_id, theme)
       values ($1, 'Werkplek gezocht', 'Kandidaat met BSN 123456782 zoekt werk', $2, 'other') returning id`,
      [networkId, org.rows[0]!.id],
    );
    const audit = await pool.query<{ id: string }>(
      `insert into audit_entry (network_id, action, details) values ($1, 'test.bsn', '{"note": "bsn 111 222 333"}') returning id`,
      [networkId],
    );
    const result = await scanDatabaseForBsn(pool);
    expect(result.findings).toEqual(
      expect.arrayContaining([
        { table: 'network', column: 'name', rowId: networkId },
        { table: 'need', column: 'description', rowId: need.rows[0]!.id },
        { table: 'audit_entry', column: 'details', rowId: audit.rows[0]!.id },
      ]),
    );
    // 123456789 fails the eleven-test: not reported.
    expect(result.findings.find((f) => f.table === 'organisation')).toBeUndefined();
    expect(result.findings).toHaveLength(3);
    const report = formatBsnScanReport(result);
    expect(report).toContain(`tabel need, kolom description, rij ${need.rows[0]!.id}`);
    expect(report).toMatch(/3 plaatsen met een getal dat een BSN kan zijn/);
    expect(report).not.toMatch(/123456782|1234\.56\.782|111 222 333/);
  });

  it('covers the free texts of contact moments, documents, the mission, funder agreements and the checklist', async () => {
    const pool = t.database.pool;
    const before = new Set((await scanDatabaseForBsn(pool)).findings.map((f) => `${f.table}.${f.column}.${f.rowId}`));
    const org = await pool.query<{ id: string }>(
      `insert into organisation (network_id, kind, name) values ($1, 'employer', 'Bakkerij Bol') returning id`,
      [networkId],
    );
    const orgId = org.rows[0]!.id;
    const one = async (sql: string, params: unknown[]) => (await pool.query<{ id: string }>(sql, params)).rows[0]!.id;
    const interaction = await one(
      `insert into interaction (network_id, organisation_id, kind, occurred_on, note, follow_up)
       values ($1, $2, 'call', '2026-03-01', 'Gebeld over BSN 123456782', 'Stuur kopie ID met 1234 56 782') returning id`,
      [networkId, orgId],
    );
    const doc = await one(
      `insert into document (network_id, owner_kind, owner_id, title, file_name, media_type, size, sha256, content)
       values ($1, 'organisation', $2, 'Verklaring 1234.56.782', 'verklaring 111222333.pdf', 'application/pdf', 4, 'x',
               '\\x25504446'::bytea) returning id`,
      [networkId, orgId],
    );
    const mission = await one(
      `insert into mission_version (network_id, version_number, mission, goals)
       values ($1, 1, 'Werk voor kandidaat 123456782', '[{"text": "BSN 111 222 333 aan het werk", "level": "mission"}]')
       returning id`,
      [networkId],
    );
    const agreement = await one(
      `insert into funder_agreement (network_id, funder_name, funder_type, amount_cents, starts_on, ends_on, conditions,
                                     mission_targets)
       values ($1, 'Gemeente', 'municipality', 100, '2026-01-01', '2026-12-31', 'Alleen voor 123456782', '["bsn 1234.56.782"]')
       returning id`,
      [networkId],
    );
    const item = await one(
      `insert into checklist_item (network_id, phase, code, title_key, due_on, evidence)
       values ($1, 'exploration', 'bsn_test', 'x', '2026-06-01', 'Bewijs: kandidaat 123456782') returning id`,
      [networkId],
    );
    const found = (await scanDatabaseForBsn(pool)).findings.filter(
      (f) => !before.has(`${f.table}.${f.column}.${f.rowId}`),
    );
    expect(found).toEqual(
      expect.arrayContaining([
        { table: 'interaction', column: 'note', rowId: interaction },
        { table: 'interaction', column: 'follow_up', rowId: interaction },
        { table: 'document', column: 'title', rowId: doc },
        { table: 'document', column: 'file_name', rowId: doc },
        { table: 'mission_version', column: 'mission', rowId: mission },
        { table: 'mission_version', column: 'goals', rowId: mission },
        { table: 'funder_agreement', column: 'conditions', rowId: agreement },
        { table: 'funder_agreement', column: 'mission_targets', rowId: agreement },
        { table: 'checklist_item', column: 'evidence', rowId: item },
      ]),
    );
    expect(found).toHaveLength(9);
  });

  it('is a command of the CLI', () => {
    expect(buildProgram().commands.map((c) => c.name())).toContain('bsn-scan');
  });
});
