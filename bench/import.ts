// Import benchmark: a deterministic 100,000-row CSV of Dutch organisations with contact persons, imported through the job
// route as the import screen does it (`POST /api/networks/:id/organisations/imports`, all-or-nothing, then polling
// `GET .../imports/:id` until it is done), end to end: the file's raw bytes as the request body with the choices (file name,
// column mapping, mode, contribution year) in the query string (decision 022: no JSON body, no base64), the stored file,
// the queue, CSV parsing, the row checks, the KvK look-up, COPY into the staging table, the set-based inserts and the
// report. Baseline, same run, same
// database, same network: the same rows (as the app stores them: organisation, membership, the contribution's membership
// year, contact person) written by a server-side `COPY ... FROM '<file>'` into the same tables with the same indexes, in one
// transaction. Ratio = app / COPY in rows/s. Target (issue 22): ≥ 25,000 rows/s, or ≥ 0.8 × that COPY.
// Where COPY spends its time: the same COPY into copies of the four tables (`create table ... (like ...)`) without
// generated columns, indexes and constraints, then adding back the generated search columns, the primary keys and b-tree
// indexes, and the trigram (GIN) indexes; the final tables add the foreign keys (and any triggers) on top.
// Everything leaves the database as it found it: the imported and the copied rows are deleted afterwards.
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
import { csvField } from '../src/server/modules/members/organisation-import.repository.js';
import { median, type Metric } from './lib.js';
import { serverDatabaseUrl, signInBenchAccount, startChild } from './server-process.js';

const NOW = '2026-11-01T09:00:00Z';
const TODAY = '2026-11-01';
const TARGET = 25_000;
const MIN_RATIO = 0.8;

export interface ImportBenchOptions {
  db: 'embedded' | 'server';
  scale: ScaleName;
  seed: number;
  rows: number;
  runs: number;
  log: (line: string) => void;
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
        .map(csvField)
        .join(','),
    );
    if (v.kind === 'employer' || v.contributionCents !== null) {
      const membershipId = randomUUID();
      member.push(
        [networkId, membershipId, id, ADMISSION_STATUS, v.memberSince, v.contributionCents].map(csvField).join(','),
      );
      if (v.contributionCents !== null)
        year.push(
          [networkId, randomUUID(), membershipId, Number(TODAY.slice(0, 4)), v.contributionCents]
            .map(csvField)
            .join(','),
        );
    }
    if (v.contact)
      person.push(
        [networkId, randomUUID(), id, v.contact.name, v.contact.email, v.contact.phone, v.contact.jobTitle]
          .map(csvField)
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

type CopyFiles = ReturnType<typeof writeCopyFiles>['files'];
const COPY_TABLES = ['organisation', 'membership', 'membership_year', 'person'] as const;

/** The four COPYs of the baseline, into the final tables (prefix '') or into their copies (prefix 'bench_copy_'). */
async function copyInto(raw: pg.Client, files: CopyFiles, prefix: string) {
  await raw.query(
    `copy ${prefix}organisation (network_id, id, kind, name, kvk_number, sector, size_class, street, postcode, city, labour_market_region, website) from '${files.organisation}' with (format csv)`,
  );
  await raw.query(
    `copy ${prefix}membership (network_id, id, organisation_id, status, joined_on, contribution_cents_per_year) from '${files.membership}' with (format csv)`,
  );
  await raw.query(
    `copy ${prefix}membership_year (network_id, id, membership_id, year, contribution_cents) from '${files.membershipYear}' with (format csv)`,
  );
  await raw.query(
    `copy ${prefix}person (network_id, id, organisation_id, name, email, phone, job_title) from '${files.person}' with (format csv)`,
  );
}

/**
 * Where COPY spends its time: the same four COPYs into copies of the tables made with `like`, from bare (columns and
 * defaults only) to everything but the foreign keys. The copies are created and committed first (so COPY does not get
 * the "table created in this transaction" shortcut), each run's COPYs commit as the baseline's do and are truncated after, and the
 * copies are dropped at the end.
 */
async function copyBreakdown(raw: pg.Client, files: CopyFiles, runs: number, log: (line: string) => void) {
  const steps: { name: string; like: string; dropGin: boolean }[] = [
    {
      name: 'bare copies of the tables (no indexes, constraints or generated columns)',
      like: 'including defaults',
      dropGin: false,
    },
    {
      name: 'copies with the generated search columns',
      like: 'including defaults including generated',
      dropGin: false,
    },
    {
      name: 'copies with generated columns, primary keys and b-tree indexes',
      like: 'including defaults including generated including indexes',
      dropGin: true,
    },
    {
      name: 'copies with generated columns and all indexes incl. trigram GIN (no foreign keys)',
      like: 'including defaults including generated including indexes',
      dropGin: false,
    },
  ];
  const drop = () => raw.query(COPY_TABLES.map((t) => `drop table if exists bench_copy_${t}`).join('; '));
  const result: { name: string; ms: number }[] = [];
  try {
    for (const step of steps) {
      await drop();
      for (const t of COPY_TABLES) await raw.query(`create table bench_copy_${t} (like ${t} ${step.like})`);
      if (step.dropGin) {
        const { rows } = await raw.query<{ name: string }>(
          `select c.relname as name from pg_index i join pg_class c on c.oid = i.indexrelid join pg_am a on a.oid = c.relam
            join pg_class t on t.oid = i.indrelid where t.relname like 'bench_copy_%' and a.amname = 'gin'`,
        );
        for (const { name } of rows) await raw.query(`drop index ${name}`);
      }
      const times: number[] = [];
      for (let run = 0; run < runs; run++) {
        const t = performance.now();
        await raw.query('begin');
        await copyInto(raw, files, 'bench_copy_');
        await raw.query('commit');
        times.push(performance.now() - t);
        await raw.query(`truncate ${COPY_TABLES.map((t) => `bench_copy_${t}`).join(', ')}`);
      }
      result.push({ name: step.name, ms: median(times) });
      log(`COPY into ${step.name}: ${times.map((ms) => Math.round(ms)).join(', ')} ms`);
    }
  } finally {
    await drop();
  }
  return result;
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
      const file = Buffer.from(csv, 'utf8');
      const { headers: csvHeaders, rows: csvRows } = parseDelimited(csv);
      const mapping = suggestMapping(csvHeaders);
      const orgs = checkImportRows(csvRows, mapping).map((r) => r.value!);
      log(
        `file: ${options.rows} rows, ${(Buffer.byteLength(csv) / 2 ** 20).toFixed(1)} MB CSV, sent as the request body (decision 022)`,
      );
      const importRun = async (mode: string, content = file) => {
        const t = performance.now();
        // The file's bytes as the body, every choice in the query string (objects as JSON text): as the import screen's
        // upload sends them (src/web/features/members/api.ts), with its defaults for the unknown values and the status.
        const query = new URLSearchParams({
          fileName: 'organisaties.csv',
          mapping: JSON.stringify(mapping),
          mode,
          values: JSON.stringify({}),
          membershipStatus: ADMISSION_STATUS,
          contributionYear: TODAY.slice(0, 4),
        });
        const res = await fetch(`${url}/api/networks/${networkId}/organisations/imports?${query.toString()}`, {
          method: 'POST',
          headers: { ...auth, 'content-type': 'application/octet-stream' },
          body: content,
        });
        const text = await res.text();
        if (res.status !== 202) throw new Error(`import: ${res.status} ${text.slice(0, 500)}`);
        const { id } = JSON.parse(text) as { id: string };
        for (;;) {
          await new Promise((resolve) => setTimeout(resolve, 50));
          const poll = await fetch(`${url}/api/networks/${networkId}/organisations/imports/${id}`, { headers: auth });
          const body = await poll.text();
          if (poll.status !== 200) throw new Error(`import job: ${poll.status} ${body.slice(0, 500)}`);
          const job = JSON.parse(body) as {
            status: string;
            report: {
              written: number;
              contactsWritten?: number;
              invalid: number;
              timings?: { parseMs: number; checkMs: number; writeMs: number; stageMs: number; insertMs: number };
            } | null;
          };
          if (job.status === 'failed') throw new Error(`import job failed: ${body.slice(0, 500)}`);
          if (job.status !== 'done') continue;
          const ms = performance.now() - t;
          // The job's own run (queue pick-up excluded): from its start to "done", as the database recorded them.
          const { rows: times } = await raw.query<{ run: number }>(
            'select extract(epoch from finished_at - started_at) * 1000 as run from organisation_import where id = $1',
            [id],
          );
          return { ms, runMs: Number(times[0]!.run), report: job.report! };
        }
      };
      const dbNow = async () => (await raw.query<{ t: string }>('select now()::text as t')).rows[0]!.t;

      // Warm-up: a small file through the same route (plans, JIT, lazy modules).
      const small = Buffer.from(csv.split('\r\n').slice(0, 1001).join('\r\n'), 'utf8');
      let since = await dbNow();
      await importRun('all_or_nothing', small);
      await cleanUp(raw, networkId, since);

      const appMs: number[] = [];
      const runMs: number[] = [];
      const copyMs: number[] = [];
      const timings = { parseMs: [] as number[], checkMs: [] as number[], writeMs: [] as number[] };
      const parts = { stageMs: [] as number[], insertMs: [] as number[] };
      const copy = writeCopyFiles(dataDir, networkId, orgs);
      let written = 0;
      for (let run = 0; run < options.runs; run++) {
        since = await dbNow();
        const { ms, runMs: jobMs, report } = await importRun('all_or_nothing');
        if (report.invalid !== 0 || report.written !== options.rows)
          throw new Error(`import wrote ${report.written} of ${options.rows} rows (${report.invalid} invalid)`);
        written = report.written + (report.contactsWritten ?? 0);
        appMs.push(ms);
        runMs.push(jobMs);
        if (!report.timings) throw new Error('the import report has no timings');
        for (const key of ['parseMs', 'checkMs', 'writeMs'] as const) timings[key].push(report.timings[key]);
        for (const key of ['stageMs', 'insertMs'] as const) parts[key].push(report.timings[key]);
        const removed = await cleanUp(raw, networkId, since);
        if (removed !== options.rows) throw new Error(`clean-up removed ${removed} organisations, not ${options.rows}`);

        since = await dbNow();
        const t = performance.now();
        await raw.query('begin');
        await copyInto(raw, copy.files, '');
        await raw.query('commit');
        copyMs.push(performance.now() - t);
        await cleanUp(raw, networkId, since);
        log(
          `run ${run + 1}: import ${Math.round(ms)} ms (${Math.round(options.rows / (ms / 1000))} rows/s; the job itself ${Math.round(jobMs)} ms: parse ${report.timings.parseMs}, check ${report.timings.checkMs}, write ${report.timings.writeMs} = stage ${report.timings.stageMs} + insert ${report.timings.insertMs}), COPY ${Math.round(copyMs.at(-1)!)} ms`,
        );
      }
      const app = options.rows / (median(appMs) / 1000);
      const base = options.rows / (median(copyMs) / 1000);
      const breakdown = await copyBreakdown(raw, copy.files, options.runs, log);
      const finalMs = median(copyMs);
      const metrics: Metric[] = [
        {
          name: `import ${options.rows.toLocaleString('en')}-row CSV (job route, all-or-nothing)`,
          value: app,
          unit: 'rows/s',
          baseline: base,
          baselineName: 'COPY of the same rows into the final tables',
          ratio: app / base,
          target: `≥ ${TARGET.toLocaleString('en')} rows/s or ≥ ${MIN_RATIO} × COPY`,
          met: app >= TARGET || app / base >= MIN_RATIO,
          detail: `median of ${options.runs}: ${Math.round(median(appMs))} ms from POST to "done" (the job itself ${Math.round(median(runMs))} ms, ${Math.round(options.rows / (median(runMs) / 1000))} rows/s: parsing ${Math.round(median(timings.parseMs))} ms, checking ${Math.round(median(timings.checkMs))} ms, writing ${Math.round(median(timings.writeMs))} ms = staging COPY ${Math.round(median(parts.stageMs))} + final inserts ${Math.round(median(parts.insertMs))}; checking and staging overlap) vs COPY ${Math.round(finalMs)} ms; each run writes ${copy.organisations + copy.memberships + copy.persons} records (${written} organisations and contacts through the route; COPY: ${copy.organisations} organisations, ${copy.memberships} memberships, ${copy.persons} contacts)`,
        },
        // Where the job's own time goes, as the job records it in its report (medians over the runs).
        ...(
          [
            ['parseMs', 'reading (parsing) the file'],
            ['checkMs', 'checking the rows (rules and KvK look-ups)'],
            ['writeMs', 'writing (staging COPY plus the final inserts; overlaps checking)'],
          ] as const
        ).map(([key, what]): Metric => ({
          name: `import job: ${what}`,
          value: median(timings[key]),
          unit: 'ms',
          baseline: median(runMs),
          baselineName: 'the job itself',
          ratio: median(timings[key]) / median(runMs),
          target: null,
          met: null,
          detail: `median of ${options.runs}: ${timings[key].join(', ')} ms${key === 'writeMs' ? ` (staging COPY ${parts.stageMs.join(', ')}; final inserts ${parts.insertMs.join(', ')})` : ''}`,
        })),
      ];
      for (const step of breakdown)
        metrics.push({
          name: `COPY of the same rows into ${step.name}`,
          value: options.rows / (step.ms / 1000),
          unit: 'rows/s',
          baseline: base,
          baselineName: 'COPY into the final tables',
          ratio: options.rows / (step.ms / 1000) / base,
          target: null,
          met: null,
          detail: `median of ${options.runs}: ${Math.round(step.ms)} ms, ${Math.round((step.ms / finalMs) * 100)}% of the COPY into the final tables (${Math.round(finalMs)} ms)`,
        });
      const triggers = await raw.query<{ n: string }>(
        `select count(*)::text as n from pg_trigger
          where tgrelid in ('organisation'::regclass, 'membership'::regclass, 'membership_year'::regclass, 'person'::regclass)
            and not tgisinternal`,
      );
      log(
        `COPY into the final tables: ${Math.round(finalMs)} ms; ${breakdown.map((s) => `${s.name}: ${Math.round(s.ms)} ms`).join('; ')}; user triggers on the four tables: ${triggers.rows[0]!.n} (the foreign keys' own triggers are in the final tables' figure)`,
      );
      return metrics;
    } finally {
      await raw.end();
    }
  } finally {
    await child.call('stop').catch(() => child.kill());
    await child.exited;
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
