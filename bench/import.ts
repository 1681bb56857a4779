// Import benchmark: a deterministic 100,000-row CSV of Dutch organisations with contact persons, posted through the real
// HTTP route (`POST /api/networks/:id/organisations/import`, all-or-nothing) to the server child, end to end: JSON body,
// base64, CSV parsing, the row checks, the KvK look-up, the bulk inserts and the report. Baseline, same run, same database,
// same network: the same rows (as the app stores them: organisation, membership, the contribution's membership year,
// contact person) written by a server-side
// `COPY ... FROM '<file>'` into the same tables with the same indexes, in one transaction. Ratio = app / COPY in rows/s.
// Both leave the database as they found it: the imported and the copied rows are deleted afterwards.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { generateImportCsv } from '../src/core/demo/import-csv.js';
import { SCALES, type ScaleName } from '../src/core/demo/scales.js';
import { ADMISSION_STATUS } from '../src/core/members/membership-rules.js';
import {
  checkImportRows,
  parseDelimited,
  suggestMapping,
  type ImportOrganisation,
} from '../src/core/organisations/import-rows.js';
import { median, type Metric } from './lib.js';
import { serverDatabaseUrl, signInBenchAccount, startChild } from './server-process.js';

const NOW = '2026-11-01T09:00:00Z';
const TODAY = '2026-11-01';
const TARGET = 25_000;

export interface ImportBenchOptions {
  db: 'embedded' | 'server';
  scale: ScaleName;
  seed: number;
  rows: number;
  runs: number;
  log: (line: string) => void;
}

/** One CSV cell for COPY (format csv): null stays an unquoted empty field, text is always quoted. */
function copyCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  return `"${value.replace(/"/g, '""')}"`;
}

/** The rows as the app stores them, as COPY files (organisation, membership, membership year, person) readable by the
 *  server: the route's default status (the admission step) and the contribution for the current year. */
function writeCopyFiles(dir: string, networkId: string, orgs: ImportOrganisation[]) {
  const org: string[] = [];
  const member: string[] = [];
  const year: string[] = [];
  const person: string[] = [];
  for (const v of orgs) {
    const id = randomUUID();
    org.push(
      [
        networkId,
        id,
        v.kind,
        v.name,
        v.kvkNumber,
        v.sector,
        v.sizeClass,
        v.street,
        v.postcode,
        v.city,
        v.labourMarketRegion,
        v.website,
      ]
        .map(copyCell)
        .join(','),
    );
    if (v.kind === 'employer' || v.contributionCents !== null) {
      const membershipId = randomUUID();
      member.push(
        [networkId, membershipId, id, ADMISSION_STATUS, v.memberSince, v.contributionCents].map(copyCell).join(','),
      );
      if (v.contributionCents !== null)
        year.push(
          [networkId, randomUUID(), membershipId, Number(TODAY.slice(0, 4)), v.contributionCents]
            .map(copyCell)
            .join(','),
        );
    }
    if (v.contact)
      person.push(
        [networkId, randomUUID(), id, v.contact.name, v.contact.email, v.contact.phone, v.contact.jobTitle]
          .map(copyCell)
          .join(','),
      );
  }
  const files = {
    organisation: path.join(dir, 'organisation.csv'),
    membership: path.join(dir, 'membership.csv'),
    membershipYear: path.join(dir, 'membership-year.csv'),
    person: path.join(dir, 'person.csv'),
  };
  fs.writeFileSync(files.organisation, org.join('\n') + '\n', { mode: 0o644 });
  fs.writeFileSync(files.membership, member.join('\n') + '\n', { mode: 0o644 });
  fs.writeFileSync(files.membershipYear, year.join('\n') + '\n', { mode: 0o644 });
  fs.writeFileSync(files.person, person.join('\n') + '\n', { mode: 0o644 });
  return { files, organisations: org.length, memberships: member.length + year.length, persons: person.length };
}

/** Deletes what an import or a COPY added to the network since `since` (contacts first; memberships cascade). */
async function cleanUp(raw: pg.Client, networkId: string, since: string): Promise<number> {
  await raw.query('begin');
  await raw.query(
    `delete from person p using organisation o
      where p.network_id = $1 and o.network_id = $1 and p.organisation_id = o.id and o.created_at >= $2`,
    [networkId, since],
  );
  const deleted = await raw.query('delete from organisation where network_id = $1 and created_at >= $2', [
    networkId,
    since,
  ]);
  await raw.query('commit');
  await raw.query('vacuum analyze organisation, membership, membership_year, person');
  return deleted.rowCount ?? 0;
}

export async function benchImport(options: ImportBenchOptions): Promise<Metric[]> {
  const { scale, log } = options;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nr-bench-import-'));
  // The database server reads the COPY files itself: a world-readable directory.
  fs.chmodSync(dataDir, 0o755);
  const env: Record<string, string> = { DATA_DIR: dataDir, DATABASE_URL: '' };
  if (options.db === 'server') env.DATABASE_URL = await serverDatabaseUrl(scale);
  if (options.db === 'embedded' && scale === 'xl') throw new Error('xl runs on a PostgreSQL server only (--db server)');
  const child = await startChild(env);
  try {
    const info = await child.call<{ url: string; connection: pg.PoolConfig }>('info');
    const connection = Object.fromEntries(
      Object.entries(info.connection).filter(([, v]) => v !== undefined && v !== null),
    ) as pg.PoolConfig;
    const url = info.url;
    log(`server ${url} (${options.db}); data set ${scale}: ${SCALES[scale].description}`);
    await child.call('load', { scale, seed: options.seed, now: NOW });
    const auth = await signInBenchAccount(child, url);

    const raw = new pg.Client(connection);
    raw.on('error', () => undefined);
    await raw.connect();
    try {
      const { rows: nets } = await raw.query<{ id: string }>(
        "select id from network where settings->>'demoSeed' = $1 order by (settings->>'demoNetworkIndex')::int limit 1",
        [String(options.seed)],
      );
      const networkId = nets[0]!.id;
      const { rows: kvkRows } = await raw.query<{ kvk: string }>(
        'select kvk_number as kvk from organisation where network_id = $1 and kvk_number is not null',
        [networkId],
      );
      const csv = generateImportCsv({
        rows: options.rows,
        seed: options.seed,
        avoidKvk: new Set(kvkRows.map((r) => r.kvk)),
      });
      const contentBase64 = Buffer.from(csv, 'utf8').toString('base64');
      const { headers: csvHeaders, rows: csvRows } = parseDelimited(csv);
      const mapping = suggestMapping(csvHeaders);
      const orgs = checkImportRows(csvRows, mapping).map((r) => r.value!);
      log(
        `file: ${options.rows} rows, ${(Buffer.byteLength(csv) / 2 ** 20).toFixed(1)} MB CSV, ${(contentBase64.length / 2 ** 20).toFixed(1)} MB base64`,
      );
      const importRun = async (mode: string, content = contentBase64) => {
        const t = performance.now();
        const res = await fetch(`${url}/api/networks/${networkId}/organisations/import`, {
          method: 'POST',
          headers: auth,
          body: JSON.stringify({
            fileName: 'organisaties.csv',
            contentBase64: content,
            mapping,
            mode,
            contributionYear: Number(TODAY.slice(0, 4)),
          }),
        });
        const text = await res.text();
        const ms = performance.now() - t;
        if (res.status !== 200) throw new Error(`import: ${res.status} ${text.slice(0, 500)}`);
        return { ms, report: JSON.parse(text) as { written: number; contactsWritten: number; invalid: number } };
      };
      const dbNow = async () => (await raw.query<{ t: string }>('select now()::text as t')).rows[0]!.t;

      // Warm-up: a small file through the same route (plans, JIT, lazy modules).
      const small = Buffer.from(csv.split('\r\n').slice(0, 1001).join('\r\n'), 'utf8').toString('base64');
      let since = await dbNow();
      await importRun('all_or_nothing', small);
      await cleanUp(raw, networkId, since);

      const appMs: number[] = [];
      const copyMs: number[] = [];
      const copy = writeCopyFiles(dataDir, networkId, orgs);
      let written = 0;
      for (let run = 0; run < options.runs; run++) {
        since = await dbNow();
        const { ms, report } = await importRun('all_or_nothing');
        if (report.invalid !== 0 || report.written !== options.rows)
          throw new Error(`import wrote ${report.written} of ${options.rows} rows (${report.invalid} invalid)`);
        written = report.written + report.contactsWritten;
        appMs.push(ms);
        const removed = await cleanUp(raw, networkId, since);
        if (removed !== options.rows) throw new Error(`clean-up removed ${removed} organisations, not ${options.rows}`);

        since = await dbNow();
        const t = performance.now();
        await raw.query('begin');
        await raw.query(
          `copy organisation (network_id, id, kind, name, kvk_number, sector, size_class, street, postcode, city, labour_market_region, website) from '${copy.files.organisation}' with (format csv)`,
        );
        await raw.query(
          `copy membership (network_id, id, organisation_id, status, joined_on, contribution_cents_per_year) from '${copy.files.membership}' with (format csv)`,
        );
        await raw.query(
          `copy membership_year (network_id, id, membership_id, year, contribution_cents) from '${copy.files.membershipYear}' with (format csv)`,
        );
        await raw.query(
          `copy person (network_id, id, organisation_id, name, email, phone, job_title) from '${copy.files.person}' with (format csv)`,
        );
        await raw.query('commit');
        copyMs.push(performance.now() - t);
        await cleanUp(raw, networkId, since);
        log(
          `run ${run + 1}: import ${Math.round(ms)} ms (${Math.round(options.rows / (ms / 1000))} rows/s), COPY ${Math.round(copyMs.at(-1)!)} ms`,
        );
      }
      const app = options.rows / (median(appMs) / 1000);
      const base = options.rows / (median(copyMs) / 1000);
      return [
        {
          name: `import ${options.rows.toLocaleString('en')}-row CSV (HTTP, all-or-nothing)`,
          value: app,
          unit: 'rows/s',
          baseline: base,
          baselineName: 'COPY of the same rows',
          ratio: app / base,
          target: `≥ ${TARGET.toLocaleString('en')} rows/s`,
          met: app >= TARGET,
          detail: `median of ${options.runs}: ${Math.round(median(appMs))} ms vs COPY ${Math.round(median(copyMs))} ms; each run writes ${copy.organisations + copy.memberships + copy.persons} records (${written} organisations and contacts through the route; COPY: ${copy.organisations} organisations, ${copy.memberships} memberships, ${copy.persons} contacts)`,
        },
      ];
    } finally {
      await raw.end();
    }
  } finally {
    await child.call('stop').catch(() => child.kill());
    await child.exited;
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
