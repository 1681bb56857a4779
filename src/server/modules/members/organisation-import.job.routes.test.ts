// The organisation import as a background job (issue 22): started over HTTP (202 with an id), run by the pg-boss worker,
// polled for progress and its report; and restart safety: a run that fails inside its write transaction leaves nothing
// half-written, and running the job again completes it exactly once.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateImportCsv } from '../../../core/demo/import-csv.js';
import { auditEntry, membership, organisation, organisationImport, person } from '../../platform/db/schema.js';
import { importRequest, setupInstallation } from '../../test/helpers.js';
import { userWithRole } from '../../test/role-users.js';
import { createTestApp, writeHeaders, type TestApp } from '../../test/test-app.js';
import { IMPORT_CHUNK_ROWS } from './import-bulk.js';
import { runImportJob } from './organisation-import.job.js';

let t: TestApp;
let admin: string;
let networkId: string;
const ROWS = IMPORT_CHUNK_ROWS * 2 + 500;

const headers = (cookie: string) => ({ ...writeHeaders, cookie });
const utf8 = (text: string) => Buffer.from(text, 'utf8');

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

async function mappingOf(content: Buffer) {
  const preview = await t.app.inject(
    importRequest(`/api/networks/${networkId}/organisations/import/preview`, headers(admin), {
      fileName: 'organisaties.csv',
      content: content,
    }),
  );
  expect(preview.statusCode, preview.body).toBe(200);
  return preview.json().mapping as Record<string, number | null>;
}

async function startJob(content: Buffer, mode: string) {
  const response = await t.app.inject(
    importRequest(`/api/networks/${networkId}/organisations/imports`, headers(admin), {
      fileName: 'organisaties.csv',
      content: content,
      mapping: await mappingOf(content),
      mode,
    }),
  );
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
    const content = utf8(generateImportCsv({ rows: ROWS, seed: 11, badRows: new Set() }));
    const id = await startJob(content, 'valid_only');
    const { job, seen } = await waitDone(id);
    expect(job.status).toBe('done');
    expect(job.rowsTotal).toBe(ROWS);
    expect(job.rowsChecked).toBe(ROWS);
    expect(job.rowsWritten).toBe(ROWS);
    expect(job.report).toMatchObject({ mode: 'valid_only', total: ROWS, valid: ROWS, invalid: 0, written: ROWS });
    expect(job.report.summary).toContain(`${ROWS} organisaties opgeslagen`);
    // Where the job's time went: reading the file, checking the rows, writing them (staging COPY plus final inserts).
    const { parseMs, checkMs, writeMs, stageMs, insertMs } = job.report.timings;
    expect(parseMs).toBeGreaterThan(0);
    expect(checkMs).toBeGreaterThan(0);
    expect(stageMs).toBeGreaterThan(0);
    expect(insertMs).toBeGreaterThan(0);
    expect(Math.abs(writeMs - (stageMs + insertMs))).toBeLessThanOrEqual(1);
    // Progress only goes up.
    for (let i = 1; i < seen.length; i++) expect(seen[i]!.checked).toBeGreaterThanOrEqual(seen[i - 1]!.checked);
    const after = await counts();
    expect(after.organisations - before.organisations).toBe(ROWS);
    expect(after.audits - before.audits).toBe(1);
  }, 90_000);

  it('a dry run through the job writes nothing and reports', async () => {
    const before = await counts();
    const content = utf8(generateImportCsv({ rows: 200, seed: 12, badRows: new Set([5]) }));
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
        mapping: await mappingOf(utf8(content)),
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
        mapping: await mappingOf(utf8(content)),
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
    const content = utf8(`${header}\r\n${cells.map(quote).join(';')}\r\n`);
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

  describe('the upload: the file as the body, the choices in the query string', () => {
    const url = () => `/api/networks/${networkId}/organisations/imports`;
    const file = () => utf8(generateImportCsv({ rows: 20, seed: 15, badRows: new Set() }));
    const stored = () => t.database.db.$count(organisationImport, eq(organisationImport.networkId, networkId));
    const choices = async (content: Buffer) => ({
      fileName: 'organisaties.csv',
      content,
      mapping: await mappingOf(content),
      mode: 'dry_run',
    });

    it('accepts the file as application/octet-stream as well as text/csv', async () => {
      const content = file();
      const plain = await t.app.inject(
        importRequest(url(), headers(admin), { ...(await choices(content)), contentType: 'application/octet-stream' }),
      );
      expect(plain.statusCode, plain.body).toBe(202);
      expect((await waitDone(plain.json().id)).job.report).toMatchObject({ total: 20, valid: 20, written: 0 });
    });

    it('refuses JSON (the old base64 body) and other media types with a clear message, in Dutch or English', async () => {
      const before = await stored();
      const json = await t.app.inject({
        method: 'POST',
        url: url(),
        headers: headers(admin),
        payload: {
          fileName: 'organisaties.csv',
          contentBase64: file().toString('base64'),
          mapping: {},
          mode: 'dry_run',
        },
      });
      expect(json.statusCode).toBe(400);
      expect(json.json()).toEqual({
        code: 'bad_request',
        message:
          'Stuur het bestand zelf mee (CSV of XLSX, als application/octet-stream, text/csv of het XLSX-type), niet als formulier of JSON.',
      });
      const form = await t.app.inject(
        importRequest(
          url(),
          { ...headers(admin), 'accept-language': 'en' },
          {
            ...(await choices(file())),
            contentType: 'multipart/form-data; boundary=x',
          },
        ),
      );
      expect(form.statusCode).toBe(400);
      expect(form.json().message).toBe(
        'Send the file itself (CSV or XLSX, as application/octet-stream, text/csv or the XLSX type), not as a form or JSON.',
      );
      expect(await stored()).toBe(before);
    });

    it('refuses an empty body, and a missing body, with a clear message', async () => {
      const before = await stored();
      const request = importRequest(url(), headers(admin), {
        fileName: 'organisaties.csv',
        content: Buffer.alloc(0),
        mapping: { name: 0 },
        mode: 'dry_run',
      });
      const empty = await t.app.inject(request);
      expect(empty.statusCode).toBe(400);
      expect(empty.json()).toEqual({
        code: 'bad_request',
        message: 'Het bestand is leeg. Kies een CSV- of XLSX-bestand met een kopregel en rijen.',
      });
      const missing = await t.app.inject({ method: 'POST', url: request.url, headers: headers(admin) });
      expect(missing.statusCode).toBe(400);
      expect(missing.json().message).toBe(
        'Het bestand is leeg. Kies een CSV- of XLSX-bestand met een kopregel en rijen.',
      );
      expect(await stored()).toBe(before);
    });

    it('refuses a file over 32 MB with 413 and says the limit', async () => {
      const tooLarge = await t.app.inject(
        importRequest(url(), headers(admin), {
          fileName: 'organisaties.csv',
          content: Buffer.alloc(32 * 2 ** 20 + 1, 'A'),
          mapping: { name: 0 },
          mode: 'dry_run',
        }),
      );
      expect(tooLarge.statusCode).toBe(413);
      expect(tooLarge.json()).toEqual({
        code: 'payload_too_large',
        message: 'Het bestand is te groot: een import mag hoogstens 32 MB zijn. Splits het bestand.',
      });
    });

    it('refuses choices that are not JSON with 422', async () => {
      const response = await t.app.inject(
        importRequest(url(), headers(admin), {
          fileName: 'organisaties.csv',
          content: file(),
          mapping: 'x',
          mode: 'dry_run',
        }),
      );
      // 'x' goes into the query string as it is: not JSON.
      expect(response.statusCode).toBe(422);
      expect(response.json().issues[0].path).toEqual(['querystring', 'mapping']);
    });

    it('a raw body is no way around the CSRF check: without our header, or from another site, it is refused', async () => {
      const before = await stored();
      const request = importRequest(url(), { cookie: admin }, await choices(file()));
      const withoutHeader = await t.app.inject(request);
      expect(withoutHeader.statusCode).toBe(403);
      expect(withoutHeader.json().code).toBe('csrf_failed');
      const crossSite = await t.app.inject({
        ...request,
        headers: { ...request.headers, ...writeHeaders, origin: 'https://elders.example' },
      });
      expect(crossSite.statusCode).toBe(403);
      expect(crossSite.json().code).toBe('csrf_failed');
      // A plain form post (text/plain, no header) cannot start one either.
      const form = await t.app.inject({ ...request, headers: { cookie: admin, 'content-type': 'text/plain' } });
      expect(form.statusCode).toBe(403);
      expect(await stored()).toBe(before);
    });
  });

  it("lists the network's imports newest first, paged, with who started each and its rows; only for who may import", async () => {
    const list = async (query: string, cookie = admin) =>
      t.app.inject({
        method: 'GET',
        url: `/api/networks/${networkId}/organisations/imports${query}`,
        headers: { cookie },
      });
    const content = utf8(generateImportCsv({ rows: 30, seed: 16, badRows: new Set([3, 7]) }));
    const { job } = await waitDone(await startJob(content, 'valid_only'));
    expect(job.report).toMatchObject({ total: 30, invalid: 2, written: 28 });
    const dryRun = await startJob(content, 'dry_run');
    await waitDone(dryRun);

    const first = await list('?pageSize=2');
    expect(first.statusCode, first.body).toBe(200);
    const page = first.json();
    const all = await t.database.db.$count(organisationImport, eq(organisationImport.networkId, networkId));
    expect(page).toMatchObject({ total: all, page: 1, pageSize: 2 });
    expect(page.items.map((i: { id: string }) => i.id)).toEqual([dryRun, job.id]);
    expect(page.items[1]).toEqual({
      id: job.id,
      fileName: 'organisaties.csv',
      mode: 'valid_only',
      status: 'done',
      startedBy: 'Anna de Vries',
      rowsTotal: 30,
      rowsChecked: 30,
      rowsWritten: 28,
      rowsRefused: 2,
      createdAt: job.createdAt,
      finishedAt: job.finishedAt,
    });
    // The next page goes on where this one ended, still newest first.
    const second = (await list('?pageSize=2&page=2')).json();
    expect(second.items.length).toBe(Math.min(2, all - 2));
    const times = [...page.items, ...second.items].map((i: { createdAt: string }) => Date.parse(i.createdAt));
    for (let i = 1; i < times.length; i++) expect(times[i]).toBeLessThanOrEqual(times[i - 1]!);
    expect(second.items.map((i: { id: string }) => i.id)).not.toContain(job.id);

    // A member employer or a funder may not see the network's imports (nor start one).
    for (const role of ['employer', 'funder']) {
      const cookie = await userWithRole(t.app, admin, networkId, role, `${role}@lijst.example`);
      const refused = await list('', cookie);
      expect(refused.statusCode, `${role}: ${refused.body}`).toBe(403);
      expect(refused.json().code).toBe('forbidden');
    }
  }, 60_000);

  it('an unknown import is 404', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/networks/${networkId}/organisations/imports/00000000-0000-4000-8000-000000000000`,
      headers: { cookie: admin },
    });
    expect(response.statusCode).toBe(404);
  });
});
