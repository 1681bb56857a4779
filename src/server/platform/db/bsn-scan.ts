// The scan behind `netwerkregie bsn-scan` (decision 013): every text and JSON column of every table of the app's schema is
// searched for numbers that pass the BSN eleven-test, so that an operator can clean up what was stored before the API refused
// them. It reports where (table, column, row id) and never the number itself. Columns that hold only secrets or ids
// (password hashes, session and link tokens) are skipped: they are not text anyone wrote.
import type pg from 'pg';
import { findBsnLikeNumbers } from '../../../core/candidates/bsn.js';

export interface BsnFindingRow {
  table: string;
  column: string;
  rowId: string;
}

/** better-auth's tables of sessions, credentials and one-time values: secrets, not text. */
const SKIPPED_TABLES = new Set(['session', 'account', 'verification']);
const SKIPPED_COLUMN = /(password|token|secret|hash)/i;
const UUIDS = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
// The same shapes as the core scanner, as a PostgreSQL regular expression, to let the database skip rows without one.
const SQL_PREFILTER =
  '(^|[^0-9])([0-9]{9}|[0-9]{4}[ .-][0-9]{2}[ .-][0-9]{3}|[0-9]{3}[ .-][0-9]{3}[ .-][0-9]{3})([^0-9]|$)';

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

export async function scanDatabaseForBsn(pool: pg.Pool): Promise<{ findings: BsnFindingRow[]; columns: number }> {
  const { rows: columns } = await pool.query<{ table_name: string; column_name: string; has_id: boolean }>(
    `select c.table_name, c.column_name,
            exists (select 1 from information_schema.columns i
                     where i.table_schema = c.table_schema and i.table_name = c.table_name and i.column_name = 'id') as has_id
       from information_schema.columns c
       join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
      where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
        and c.data_type in ('text', 'character varying', 'jsonb', 'json', 'ARRAY')
      order by c.table_name, c.column_name`,
  );
  const findings: BsnFindingRow[] = [];
  let scanned = 0;
  for (const c of columns) {
    if (SKIPPED_TABLES.has(c.table_name) || SKIPPED_COLUMN.test(c.column_name)) continue;
    scanned++;
    const rowId = c.has_id ? `${quote('id')}::text` : 'ctid::text';
    const value = `${quote(c.column_name)}::text`;
    const { rows } = await pool.query<{ row_id: string; value: string }>(
      `select ${rowId} as row_id, ${value} as value from ${quote(c.table_name)} where ${value} ~ $1`,
      [SQL_PREFILTER],
    );
    for (const r of rows) {
      if (findBsnLikeNumbers(r.value.replace(UUIDS, ' ')).length > 0)
        findings.push({ table: c.table_name, column: c.column_name, rowId: r.row_id });
    }
  }
  return { findings, columns: scanned };
}
