// The organisation import as a background job (issue 22): started over HTTP (202 with an id), run by the pg-boss worker,
// polled for progress and its report; and restart safety: a run that fails inside its write transaction leaves nothing
// half-written, and running the job again completes it exactly once.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateImportCsv } from '../../../core/demo/import-csv.js';
import { auditEntry, membership, organisation, organisationImport, person } from '../../platform/db/schema.js';
import { setupInstallation } from '../../test/helpers.js';
import { createTestApp, writeHeaders, type TestApp } from '../../test/test-app.js';
import { IMPORT_CHUNK_ROWS } from './import-bulk.js';
import { runImportJob } from './organisation-import.job.js';

let t: TestApp;
let admin: string;
let networkId: string;
const ROWS = IMPORT_CHUNK_ROWS * 2 + 500;

const headers = (cookie: string) => ({ ...writeHeaders, cookie });
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

beforeAll(async () => {
  t = await createTestApp({}, { jobs: true });
  const setup = await setupInstallation(t.app);
  admin = setup.cookie;
  networkId = setup.networkId;
});
afterAll(async () => t?.close());

async function counts() {
  const db = t.database.db;
  return {
    organisations: await db.$count(organisation, eq(organisation.networkId, networkId)),
    memberships: await db.$count(membership, eq(membership.networkId, networkId)),
    audits: await db.$count(
      auditEntry,
      and(eq(auditEntry.networkId, networkId), eq(auditEntry.action, 'organisation.import')),
    ),
  };
}

async function mappingOf(content: string) {
  const preview = await t.app.inject({
    method: 'POST',
    url: `/api/networks/${networkId}/organisations/import/preview`,
    headers: headers(admin),
    payload: { fileName: 'organisaties.csv', contentBase64: content },
  });
  expect(preview.statusCode, preview.body).toBe(200);
  return preview.json().mapping as Record<string, number | null>;
}

async function startJob(content: string, mode: string) {
  const response = await t.app.inject({
    method: 'POST',
    url: `/api/networks/${networkId}/organisations/imports`,
    headers: headers(admin),
    payload: { fileName: 'organisaties.csv', contentBase64: content, mapping: await mappingOf(content), mode },
  });
  expect(response.statusCode, response.body).toBe(202);
  return response.json().id as string;
}

async function poll(id: string) {
  const response = await t.app.inject({
    method: 'GET',
    url: `/api/networks/${networkId}/organisations/imports/${id}`,
    headers: { cookie: admin },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

async function waitDone(id: string) {
  const seen: { checked: number; written: number }[] = [];
  const deadline = Date.now() + 60_000;
  for (;;) {
    const job = await poll(id);
    seen.push({ checked: job.rowsChecked, written: job.rowsWritten });
    if (job.status === 'done' || job.status === 'failed') return { job, seen };
    if (Date.now() > deadline) throw new Error(`import job still ${job.status}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('organisation import as a background job', () => {
  it(`starts with 202, runs on the queue, reports progress and the report over ${ROWS} rows`, async () => {
    const before = await counts();
    const content = base64(generateImportCsv({ rows: ROWS, seed: 11, badRows: new Set() }));
    const id = await startJob(content, 'valid_only');
    const { job, seen } = await waitDone(id);
    expect(job.status).toBe('done');
    expect(job.rowsTotal).toBe(ROWS);
    expect(job.rowsChecked).toBe(ROWS);
    expect(job.rowsWritten).toBe(ROWS);
    expect(job.report).toMatchObject({ mode: 'valid_only', total: ROWS, valid: ROWS, invalid: 0, written: ROWS });
    expect(job.report.summary).toContain(`${ROWS} organisaties opgeslagen`);
    // Progress only goes up.
    for (let i = 1; i < seen.length; i++) expect(seen[i]!.checked).toBeGreaterThanOrEqual(seen[i - 1]!.checked);
    const after = await counts();
    expect(after.organisations - before.organisations).toBe(ROWS);
    expect(after.audits - before.audits).toBe(1);
  }, 90_000);

  it('a dry run through the job writes nothing and reports', async () => {
    const before = await counts();
    const content = base64(generateImportCsv({ rows: 200, seed: 12, badRows: new Set([5]) }));
    const { job } = await waitDone(await startJob(content, 'dry_run'));
    expect(job.report).toMatchObject({ mode: 'dry_run', total: 200, invalid: 1, written: 0 });
    expect(await counts()).toEqual(before);
  }, 30_000);

  it('a job interrupted inside its transaction leaves nothing written, and completes exactly once on rerun', async () => {
    const db = t.database.db;
    const rows = IMPORT_CHUNK_ROWS * 2 + 100;
    const content = generateImportCsv({ rows, seed: 13, badRows: new Set() });
    // Stored directly (as the route does) but not enqueued, so the test drives the runs itself.
    const [stored] = await db
      .insert(organisationImport)
      .values({
        networkId,
        fileName: 'organisaties.csv',
        content: Buffer.from(content, 'utf8'),
        mapping: await mappingOf(base64(content)),
        mode: 'all_or_nothing',
        membershipStatus: 'applied',
        contributionYear: 2026,
        today: '2026-12-07',
      })
      .returning({ id: organisationImport.id });
    const id = stored!.id;
    const before = await counts();
    // Fails after the first chunk was written inside the transaction (as a process dying there would).
    await expect(runImportJob({ db, networkId, id, failAfterChunks: 3 })).rejects.toThrow(/simulated/);
    expect(await counts()).toEqual(before);
    const failed = await poll(id);
    expect(failed.status).toBe('queued');
    expect(failed.report).toBeNull();
    // The file is kept while the import is unfinished (the retry reads it again) and dropped once it is done: it holds
    // the contact persons' personal data.
    const storedBytes = async () =>
      (
        await t.database.pool.query<{ n: number }>(
          'select octet_length(content) as n from organisation_import where network_id = $1 and id = $2',
          [networkId, id],
        )
      ).rows[0]!.n;
    expect(await storedBytes()).toBe(Buffer.byteLength(content, 'utf8'));

    await runImportJob({ db, networkId, id });
    const done = await poll(id);
    expect(done.status).toBe('done');
    expect(done.report).toMatchObject({ total: rows, written: rows });
    expect(await storedBytes()).toBe(0);
    const after = await counts();
    expect(after.organisations - before.organisations).toBe(rows);
    expect(after.audits - before.audits).toBe(1);

    // A redelivered job (or two at once) finds it done and writes nothing more.
    await Promise.all([runImportJob({ db, networkId, id }), runImportJob({ db, networkId, id })]);
    expect(await counts()).toEqual(after);
  }, 90_000);

  it('two runs of the same import side by side write it once', async () => {
    const db = t.database.db;
    const content = generateImportCsv({ rows: 300, seed: 14, badRows: new Set() });
    const [stored] = await db
      .insert(organisationImport)
      .values({
        networkId,
        fileName: 'organisaties.csv',
        content: Buffer.from(content, 'utf8'),
        mapping: await mappingOf(base64(content)),
        mode: 'valid_only',
        membershipStatus: 'applied',
        contributionYear: 2026,
        today: '2026-12-07',
      })
      .returning({ id: organisationImport.id });
    const before = await counts();
    await Promise.all([
      runImportJob({ db, networkId, id: stored!.id }),
      runImportJob({ db, networkId, id: stored!.id }),
    ]);
    const after = await counts();
    expect(after.organisations - before.organisations).toBe(300);
    expect(after.audits - before.audits).toBe(1);
  }, 30_000);

  it('names with ; " tab, line break and backslash arrive unchanged through the COPY path', async () => {
    const name = 'Bakkerij "De Zon"; Noord\tOost\nVestiging C:\\brood\\ \\N';
    const contact = 'Anne "Tab"\tde\\Vries; jr.';
    const city = '\\N';
    const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
    const header = generateImportCsv({ rows: 1, seed: 15, badRows: new Set() }).split('\r\n')[0]!;
    const cells = [
      name,
      'werkgever',
      '12345672',
      'H',
      'klein',
      'Dijk 1',
      '1234 AB',
      city,
      '',
      '',
      contact,
      '',
      '',
      '',
      '',
      '1.250,50',
    ];
    const content = base64(`${header}\r\n${cells.map(quote).join(';')}\r\n`);
    const { job } = await waitDone(await startJob(content, 'all_or_nothing'));
    expect(job.report).toMatchObject({ total: 1, invalid: 0, written: 1 });
    const db = t.database.db;
    const [org] = await db
      .select({ id: organisation.id, name: organisation.name, city: organisation.city })
      .from(organisation)
      .where(and(eq(organisation.networkId, networkId), eq(organisation.kvkNumber, '12345672')));
    expect(org).toMatchObject({ name, city });
    const page = await t.app.inject({
      method: 'GET',
      url: `/api/networks/${networkId}/organisations/${org!.id}`,
      headers: { cookie: admin },
    });
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json().name).toBe(name);
    const [contactRow] = await db
      .select({ name: person.name })
      .from(person)
      .where(and(eq(person.networkId, networkId), eq(person.organisationId, org!.id)));
    expect(contactRow?.name).toBe(contact);
  }, 30_000);

  it('an unknown import is 404', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/networks/${networkId}/organisations/imports/00000000-0000-4000-8000-000000000000`,
      headers: { cookie: admin },
    });
    expect(response.statusCode).toBe(404);
  });
});
