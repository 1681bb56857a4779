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

  it('is a command of the CLI', () => {
    expect(buildProgram().commands.map((c) => c.name())).toContain('bsn-scan');
  });
});
