// Backup and restore of a whole installation as one gzip-compressed JSON file: every table of the public schema with its
// rows, plus the applied migration. Works on the embedded default and on a server, while the app runs (one REPEATABLE READ
// snapshot, so the file is consistent). The backup is streamed (flat memory); restore still reads the file whole.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import { createGzip, gunzipSync } from 'node:zlib';
import type pg from 'pg';
import { latestMigration } from '../../platform/db/migrate.js';

export const BACKUP_FORMAT = 'netwerkregie-backup/1';

interface BackupFile {
  format: string;
  migration: string;
  createdAt: string;
  tables: { name: string; rows: unknown[] }[];
}

/** Tables in foreign-key order (parents first), so a restore can insert them one by one. */
async function tablesInDependencyOrder(client: pg.PoolClient | pg.Pool): Promise<string[]> {
  const tables = (
    await client.query<{ name: string }>(
      `select tablename as name from pg_tables where schemaname = 'public' order by tablename`,
    )
  ).rows.map((r) => r.name);
  const edges = (
    await client.query<{ child: string; parent: string }>(
      `select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent
         from pg_constraint c join pg_namespace n on n.oid = c.connamespace
        where c.contype = 'f' and n.nspname = 'public'`,
    )
  ).rows.map((e) => ({ child: e.child.replace(/"/g, ''), parent: e.parent.replace(/"/g, '') }));
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (table: string) => {
    if (ordered.includes(table) || visiting.has(table)) return;
    visiting.add(table);
    for (const e of edges) if (e.child === table && e.parent !== table) visit(e.parent);
    ordered.push(table);
  };
  for (const t of tables) visit(t);
  return ordered;
}

export async function tableChecksums(pool: pg.Pool): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of await tablesInDependencyOrder(pool)) {
    const { rows } = await pool.query<{ sum: string | null; n: string }>(
      `select md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) as sum, count(*) as n from "${table}" t`,
    );
    result[table] = `${rows[0]?.n}:${rows[0]?.sum}`;
  }
  return result;
}

/** Progress of a backup: after each batch of rows, and when a table is done. */
export interface BackupProgress {
  table: string;
  tablesDone: number;
  tables: number;
  rows: number;
}

/** Rows fetched from the server-side cursor at a time: memory holds one batch, never a table. */
const BATCH_ROWS = 2_000;

/**
 * Writes the backup as a stream: the rows of each table come from a server-side cursor a batch at a time, as JSON text made
 * by PostgreSQL, through gzip to a temporary file that is renamed when complete. Memory stays at one batch whatever the
 * size of the database. The file has the same shape as before (one JSON document), so restore reads old and new alike.
 */
export async function writeBackup(
  pool: pg.Pool,
  file: string,
  onProgress?: (progress: BackupProgress) => void,
): Promise<{ tables: number; rows: number; bytes: number }> {
  const client = await pool.connect();
  const tmp = `${file}.tmp-${process.pid}`;
  const gzip = createGzip();
  const out = fs.createWriteStream(tmp, { mode: 0o600 });
  const done = pipeline(gzip, out);
  done.catch(() => undefined); // awaited below; a failure also rejects the writes
  const write = async (text: string) => {
    if (!gzip.write(text)) await once(gzip, 'drain');
  };
  try {
    await client.query('begin isolation level repeatable read read only');
    const order = await tablesInDependencyOrder(client);
    let rowCount = 0;
    await write(
      `{"format":${JSON.stringify(BACKUP_FORMAT)},"migration":${JSON.stringify(latestMigration())},` +
        `"createdAt":${JSON.stringify(new Date().toISOString())},"tables":[`,
    );
    for (const [index, name] of order.entries()) {
      await write(`${index ? ',' : ''}{"name":${JSON.stringify(name)},"rows":[`);
      await client.query(
        `declare backup_rows no scroll cursor for select row_to_json(t)::text as row from "${name}" t`,
      );
      let first = true;
      for (;;) {
        const { rows } = await client.query<{ row: string }>(`fetch ${BATCH_ROWS} from backup_rows`);
        if (rows.length === 0) break;
        let chunk = '';
        for (const r of rows) {
          chunk += (first ? '' : ',') + r.row;
          first = false;
        }
        await write(chunk);
        rowCount += rows.length;
        onProgress?.({ table: name, tablesDone: index, tables: order.length, rows: rowCount });
      }
      await client.query('close backup_rows');
      await write(']}');
      onProgress?.({ table: name, tablesDone: index + 1, tables: order.length, rows: rowCount });
    }
    await write(']}');
    await client.query('commit');
    gzip.end();
    await done;
    fs.renameSync(tmp, file); // never a half-written backup under the real name
    return { tables: order.length, rows: rowCount, bytes: fs.statSync(file).size };
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    gzip.destroy();
    await done.catch(() => undefined);
    fs.rmSync(tmp, { force: true });
    throw error;
  } finally {
    client.release();
  }
}

export class RestoreRefusedError extends Error {}

export async function restoreBackup(
  pool: pg.Pool,
  file: string,
  options: { force: boolean },
): Promise<{ tables: number; rows: number }> {
  const parsed = JSON.parse(gunzipSync(fs.readFileSync(file)).toString('utf8')) as BackupFile;
  if (parsed.format !== BACKUP_FORMAT) throw new RestoreRefusedError(`${file} is geen Netwerkregie-backup.`);
  if (parsed.migration !== latestMigration()) {
    throw new RestoreRefusedError(
      `Deze backup is van databaseversie ${parsed.migration}; deze Netwerkregie heeft ${latestMigration()}. Gebruik dezelfde versie om terug te zetten.`,
    );
  }
  const client = await pool.connect();
  try {
    await client.query('begin');
    const order = await tablesInDependencyOrder(client);
    const dataTables = order.filter((t) => t !== '__drizzle_migrations');
    const { rows: nonEmpty } = await client.query<{ n: string }>(
      `select (${dataTables.map((t) => `(select count(*) from "${t}")`).join(' + ') || '0'})::text as n`,
    );
    if (Number(nonEmpty[0]?.n ?? 0) > 0) {
      if (!options.force) {
        throw new RestoreRefusedError(
          'De database is niet leeg. Terugzetten zou bestaande gegevens overschrijven; gebruik --force als dat de bedoeling is.',
        );
      }
      await client.query(`truncate ${dataTables.map((t) => `"${t}"`).join(', ')} cascade`);
    }
    let rowCount = 0;
    const byName = new Map(parsed.tables.map((t) => [t.name, t.rows]));
    for (const table of dataTables) {
      const rows = byName.get(table) ?? [];
      if (rows.length === 0) continue;
      // Generated columns are computed by the database again, never restored.
      const { rows: columns } = await client.query<{ name: string }>(
        `select column_name as name from information_schema.columns
          where table_schema = 'public' and table_name = $1 and is_generated = 'NEVER' order by ordinal_position`,
        [table],
      );
      const list = columns.map((c) => `"${c.name}"`).join(', ');
      await client.query(
        `insert into "${table}" (${list}) select ${list} from json_populate_recordset(null::"${table}", $1::json)`,
        [JSON.stringify(rows)],
      );
      rowCount += rows.length;
    }
    await client.query('commit');
    return { tables: dataTables.length, rows: rowCount };
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

export function fileDigest(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}
