// The organisation import as a background job (issue 22): the request stores the file and its choices in
// organisation_import and enqueues a job; the job reads the stored file, checks and writes it with the same rules and the
// same all-or-nothing semantics as the synchronous import, and reports its progress (rows checked, rows written) in its own
// small statements outside the write transaction, so the import screen can show it while the transaction runs.
//
// Restart safety: all writes, the audit entry and the row's status "done" (with its report) commit in ONE transaction. A
// process that dies mid-import leaves nothing: PostgreSQL rolls the open transaction back, and the job returns to the queue
// (pg-boss, after its expiry) and starts again from the stored file. A transaction-scoped advisory lock on the import's id,
// taken first inside the write transaction, keeps two runs of the same import from writing side by side; the second one
// finds "done" once it has the lock and stops, so an import is never written twice.
//
// Never stuck in "queued": the row is stored before its job is sent, so a send refused because the process is stopping
// (JobsStoppedError) loses nothing. The request still answers 202 (the import is stored and will run), and at the next
// start every import still queued is sent again. A second job for the same import is harmless: the claim and the lock
// above make it find the import done (or running) and stop.
import type { z } from 'zod';
import type { importJob, importJobsPage, importRunInput } from '../../../core/members/members.contract.js';
import type { ImportMembershipStatus } from '../../../core/members/membership-rules.js';
import type { ColumnMapping, ValueMapping } from '../../../core/organisations/import-rows.js';
import { authorize, SYSTEM_ACTOR, type Actor } from '../../platform/access.js';
import { writeAudit } from '../../platform/audit.js';
import type { Db, DbOrTx } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { JobsStoppedError, type Jobs } from '../../platform/jobs.js';
import type { Locale } from '../../platform/messages.js';
import { checkAndWriteImport, type ImportMode } from './import-bulk.js';
import {
  claimImportJob,
  findImportJob,
  finishImportJob,
  insertImportJob,
  listImportJobs,
  lockImportJob,
  queuedImportJobs,
  requeueImportJob,
  saveImportProgress,
  saveImportRowsTotal,
  type ImportOutcome,
} from './organisation-import.repository.js';
import { checkedImportChoices, importReportOf, readTable } from './organisation-import.service.js';

export const ORGANISATION_IMPORT_QUEUE = 'organisation-import';
/** After this many failed runs (not a bad file: a database or process failure) the import is marked failed. */
const MAX_ATTEMPTS = 3;

export interface ImportJobData {
  networkId: string;
  id: string;
}

type ImportStatus = z.infer<typeof importJob>['status'];

/** Thrown inside the write transaction when another run already finished this import: nothing more is written. */
class AlreadyDone extends Error {}

export async function startImportJob({
  db,
  jobs,
  actor,
  networkId,
  input,
  bytes,
  locale,
  today,
}: {
  db: Db;
  jobs: Jobs | undefined;
  actor: Actor;
  networkId: string;
  input: z.infer<typeof importRunInput>;
  /** The file as uploaded (the request body). */
  bytes: Buffer;
  locale: Locale;
  today: string;
}): Promise<{ id: string }> {
  authorize(actor, 'organisations.manage', networkId);
  const choices = checkedImportChoices(input, today);
  if (bytes.length === 0) throw new AppError('bad_request', 'import_file_empty');
  const id = await insertImportJob(db, {
    networkId,
    createdBy: actor.userId,
    fileName: input.fileName,
    content: bytes,
    ...choices,
    today,
    locale,
  });
  const data: ImportJobData = { networkId, id };
  if (jobs) {
    try {
      await jobs.send(ORGANISATION_IMPORT_QUEUE, data, { singletonKey: id });
    } catch (error) {
      // Stored but not sent because this process is stopping: the next start sends it (registerImportJobs). Answering
      // 503 here would make the user upload the file again, and the import would then run twice.
      if (!(error instanceof JobsStoppedError)) throw error;
    }
  }
  // Without a queue (route tests that run no background work) the job runs in this process, after the answer.
  else
    setImmediate(() => {
      void (async () => {
        for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
          try {
            return await runImportJob({ db, ...data });
          } catch {
            // tried again, as the queue would
          }
        }
      })();
    });
  return { id };
}

export async function getImportJob({
  db,
  actor,
  networkId,
  id,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  id: string;
}): Promise<z.infer<typeof importJob>> {
  authorize(actor, 'organisations.manage', networkId);
  const row = await findImportJob(db, networkId, id);
  if (!row) throw new AppError('not_found');
  return {
    ...row,
    mode: row.mode as ImportMode,
    status: row.status as ImportStatus,
    report: (row.report ?? null) as z.infer<typeof importJob>['report'],
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

/** The network's imports, newest first, for the list under the upload; the same right as the import itself. */
export async function listImports({
  db,
  actor,
  networkId,
  page,
  pageSize,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  page: number;
  pageSize: number;
}): Promise<z.infer<typeof importJobsPage>> {
  authorize(actor, 'organisations.manage', networkId);
  const { items, total } = await listImportJobs(db, networkId, { limit: pageSize, offset: (page - 1) * pageSize });
  return {
    items: items.map((row) => ({
      ...row,
      mode: row.mode as ImportMode,
      status: row.status as ImportStatus,
      createdAt: row.createdAt.toISOString(),
      finishedAt: row.finishedAt?.toISOString() ?? null,
    })),
    total,
    page,
    pageSize,
  };
}

export async function registerImportJobs(jobs: Jobs, ctx: { db: Db }) {
  await jobs.work<ImportJobData>(ORGANISATION_IMPORT_QUEUE, async (data) => {
    await runImportJob({ db: ctx.db, ...data });
  });
  await resendQueuedImports(jobs, ctx);
}

/**
 * Hands every import still queued to the queue again: one whose send was refused at the last shutdown has no job at all.
 * Not awaited, as the mailings' resume: the queue starts only after the server listens (decision 010) and a send waits
 * for that start; an import whose send fails now is still queued and is sent at the next start.
 */
export async function resendQueuedImports(jobs: Jobs, ctx: { db: Db }) {
  for (const data of await queuedImportJobs(ctx.db))
    jobs
      .send(ORGANISATION_IMPORT_QUEUE, data satisfies ImportJobData, { singletonKey: data.id })
      .catch(() => undefined);
}

/**
 * Runs one stored import. Safe to call again for the same import (a redelivered job, a restart): a finished import is left
 * alone, an unfinished one starts again from its file. `failAfterChunks` is for tests: it throws inside the write
 * transaction after that many progress reports, as a process dying mid-import would.
 */
export async function runImportJob({
  db,
  networkId,
  id,
  failAfterChunks,
}: {
  db: Db;
  networkId: string;
  id: string;
  failAfterChunks?: number;
}): Promise<void> {
  const job = await claimImportJob(db, networkId, id);
  if (!job) return; // done or failed already
  const locale: Locale = job.locale === 'en' ? 'en' : 'nl';
  const mode = job.mode as ImportMode;

  // Progress: its own small statements on the pool (not the transaction's connection), one at a time, the latest wins.
  let progress = Promise.resolve();
  let reports = 0;
  const report = (checked: number, written: number) => {
    reports++;
    progress = progress
      .then(async () => {
        await saveImportProgress(db, networkId, id, checked, written);
      })
      .catch(() => undefined);
  };

  const finish = (q: DbOrTx, outcome: ImportOutcome) => finishImportJob(q, networkId, id, outcome);

  let rows: string[][];
  const parseStart = performance.now();
  try {
    ({ rows } = await readTable(job.fileName, job.content));
  } catch (error) {
    await finish(db, { status: 'failed', error: error instanceof AppError ? error.message : String(error) });
    return;
  }
  const parseMs = performance.now() - parseStart;
  await saveImportRowsTotal(db, networkId, id, rows.length);

  const actor: Actor = job.createdBy ? { ...SYSTEM_ACTOR, platformAdmin: false, userId: job.createdBy } : SYSTEM_ACTOR;
  try {
    const result = await checkAndWriteImport({
      db,
      networkId,
      rows,
      mapping: job.mapping as ColumnMapping,
      values: job.values as ValueMapping,
      mode,
      membershipStatus: job.membershipStatus as ImportMembershipStatus,
      contributionYear: job.contributionYear,
      today: job.today,
      onProgress: ({ checked, written }) => {
        report(checked, written);
        if (failAfterChunks !== undefined && reports >= failAfterChunks)
          throw new Error('simulated failure mid-import');
      },
      onBegin: async (tx) => {
        if ((await lockImportJob(tx, networkId, id)) !== 'running') throw new AlreadyDone();
      },
      onWritten: (tx, counts) =>
        writeAudit(tx, {
          actor,
          networkId,
          action: 'organisation.import',
          recordType: 'organisation',
          details: { file: job.fileName, mode, membershipStatus: job.membershipStatus, job: id, ...counts },
        }),
      // Marked done inside the write transaction: the writes and "done" commit together or not at all.
      beforeCommit: (tx, result) =>
        finish(tx, {
          status: 'done',
          rowsChecked: result.total,
          rowsWritten: result.written,
          report: importReportOf(locale, mode, job.contributionYear, result, { parseMs }),
        }),
    });
    await progress;
    // A dry run, or all-or-nothing that rolled back: nothing was written, so the report is stored on its own.
    await finish(db, {
      status: 'done',
      rowsChecked: result.total,
      rowsWritten: result.written,
      report: importReportOf(locale, mode, job.contributionYear, result, { parseMs }),
    });
  } catch (error) {
    await progress;
    if (error instanceof AlreadyDone) return;
    if (job.attempts >= MAX_ATTEMPTS) {
      await finish(db, { status: 'failed', error: String(error) });
      return;
    }
    // Back to the queue's hands: pg-boss retries it; the stored file is read again from the start.
    await requeueImportJob(db, networkId, id);
    throw error;
  }
}
