// A shutdown between an upload and its job (issue 22): after the job queue stopped, a request whose job cannot be sent
// answers 503 with a Retry-After (a mailing), except the import, which is stored before its job is sent: it answers 202,
// stays queued, and the next start sends it again, so it runs exactly once and is never stuck.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateImportCsv } from '../../../core/demo/import-csv.js';
import { auditEntry, organisation } from '../../platform/db/schema.js';
import { startJobs, type Jobs } from '../../platform/jobs.js';
import { importRequest, setupInstallation } from '../../test/helpers.js';
import { createTestApp, writeHeaders, type TestApp } from '../../test/test-app.js';
import { registerImportJobs } from './organisation-import.job.js';

let t: TestApp;
let admin: string;
let networkId: string;
let restarted: Jobs | undefined;

const headers = (cookie: string) => ({ ...writeHeaders, cookie });

beforeAll(async () => {
  t = await createTestApp({}, { jobs: true });
  ({ cookie: admin, networkId } = await setupInstallation(t.app));
  const person = await t.database.pool.query<{ id: string }>(
    "insert into person (network_id, name, email) values ($1, 'Piet', 'piet@bakkerij.nl') returning id",
    [networkId],
  );
  await t.database.pool.query("insert into role_assignment (network_id, person_id, role) values ($1, $2, 'employer')", [
    networkId,
    person.rows[0]!.id,
  ]);
  // The queue stops as it does at a shutdown, while the app still answers requests.
  await t.jobs!.stop();
});
afterAll(async () => {
  await restarted?.stop();
  await t?.close();
});

const get = (url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: admin } });

async function pendingJobs(importId: string) {
  const { rows } = await t.database.pool.query<{ n: number }>(
    `select count(*)::int as n from pgboss.job where name = 'organisation-import' and singleton_key = $1
        and state < 'completed'`,
    [importId],
  );
  return rows[0]!.n;
}

describe('after the job queue stopped', () => {
  it('a mailing whose job cannot be sent answers 503 with Retry-After and a message in Dutch or English', async () => {
    const payload = {
      kind: 'newsletter',
      subject: 'Nieuws',
      body: 'Tekst',
      segment: { kind: 'role', role: 'employer' },
    };
    const url = `/api/networks/${networkId}/mailings`;
    const nl = await t.app.inject({ method: 'POST', url, headers: headers(admin), payload });
    expect(nl.statusCode, nl.body).toBe(503);
    expect(nl.headers['retry-after']).toBe('60');
    expect(nl.json()).toEqual({
      code: 'unavailable',
      message: 'De server wordt herstart. Probeer het over een minuut opnieuw.',
    });
    const en = await t.app.inject({
      method: 'POST',
      url,
      headers: { ...headers(admin), 'accept-language': 'en' },
      payload,
    });
    expect(en.statusCode).toBe(503);
    expect(en.json().message).toBe('The server is restarting. Please try again in a minute.');
  });

  it('an import is stored and answered 202, stays queued, and runs exactly once after the next start', async () => {
    const rows = 40;
    const content = Buffer.from(generateImportCsv({ rows, seed: 21, badRows: new Set() }), 'utf8');
    const preview = await t.app.inject(
      importRequest(`/api/networks/${networkId}/organisations/import/preview`, headers(admin), {
        fileName: 'organisaties.csv',
        content,
      }),
    );
    expect(preview.statusCode, preview.body).toBe(200);
    const started = await t.app.inject(
      importRequest(`/api/networks/${networkId}/organisations/imports`, headers(admin), {
        fileName: 'organisaties.csv',
        content,
        mapping: preview.json().mapping,
        mode: 'all_or_nothing',
      }),
    );
    expect(started.statusCode, started.body).toBe(202);
    const id = started.json().id as string;
    const url = `/api/networks/${networkId}/organisations/imports/${id}`;
    expect((await get(url)).json().status).toBe('queued');
    // No job holds it: without the resend at start it would wait forever.
    expect(await pendingJobs(id)).toBe(0);

    // The next start: a new queue on the same database, with the import's worker registered as the app does (which sends
    // the queued imports again).
    restarted = await startJobs({ pool: t.database.pool, pollingIntervalSeconds: 0.5 });
    await registerImportJobs(restarted, { db: t.database.db });
    const deadline = Date.now() + 30_000;
    let job = (await get(url)).json();
    while (job.status !== 'done' && job.status !== 'failed' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      job = (await get(url)).json();
    }
    expect(job.status).toBe('done');
    expect(job.report).toMatchObject({ total: rows, written: rows });
    const db = t.database.db;
    expect(await db.$count(organisation, eq(organisation.networkId, networkId))).toBe(rows);
    // Its job has finished, and the import was written once.
    for (let i = 0; i < 100 && (await pendingJobs(id)) > 0; i++) await new Promise((r) => setTimeout(r, 100));
    expect(await pendingJobs(id)).toBe(0);
    expect(await db.$count(organisation, eq(organisation.networkId, networkId))).toBe(rows);
    expect(
      await db.$count(
        auditEntry,
        and(eq(auditEntry.networkId, networkId), eq(auditEntry.action, 'organisation.import')),
      ),
    ).toBe(1);
  }, 60_000);
});
