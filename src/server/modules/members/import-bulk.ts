// The organisation import for large files (100,000 rows): the rows are checked with the pure rules in chunks of 5,000, and
// each checked chunk is streamed with `COPY ... FROM STDIN` into a temporary staging table while the next one is being
// checked, so the database takes rows while Node checks; after the last chunk, one set-based `insert ... select` per table
// moves the staged rows into place (organisation-import.repository.ts). Everything happens in one transaction: "all or
// nothing" stops staging as soon as a bad row shows up and writes nothing (the rest of the file is still checked, for the
// report); "only the good rows" writes every valid row; a dry run writes nothing. The KvK numbers already in the network are
// looked up per chunk, inside the same transaction.
// A row's contribution is written as the figures of one membership year (membership_year, what the organisation page and
// the memberships list read), in the same transaction as its organisation.
import type pg from 'pg';
import type { ImportMembershipStatus } from '../../../core/members/membership-rules.js';
import {
  importRowChecker,
  type CheckedRow,
  type ColumnMapping,
  type ValueMapping,
} from '../../../core/organisations/import-rows.js';
import type { Db, DbOrTx } from '../../platform/db/database.js';
import { existingKvkNumbers } from './members.repository.js';
import {
  copyIntoImportStage,
  createImportStage,
  inImportTransaction,
  insertStagedImport,
  type StagedOrganisation,
} from './organisation-import.repository.js';

export const IMPORT_CHUNK_ROWS = 5000;

export type ImportMode = 'dry_run' | 'all_or_nothing' | 'valid_only';

export interface BulkImportResult {
  total: number;
  valid: number;
  /** The rows with problems, in file order. */
  invalid: CheckedRow[];
  written: number;
  contactsWritten: number;
  /** Membership years written with the contribution from the file. */
  contributionsWritten: number;
  /** Milliseconds spent checking (rules and KvK look-ups), staging (COPY in flight) and in the final inserts. */
  timings: { checkMs: number; stageMs: number; insertMs: number };
}

/** What the import writes besides each row's own values. */
interface WriteOptions {
  networkId: string;
  /** The status of every membership the import creates. */
  membershipStatus: ImportMembershipStatus;
  /** The year the file's contributions are for. */
  contributionYear: number;
  today: string;
}

export async function checkAndWriteImport({
  db,
  networkId,
  rows,
  mapping,
  values = {},
  mode,
  membershipStatus,
  contributionYear,
  today,
  onWritten,
  onProgress,
  onBegin,
  beforeCommit,
}: {
  db: Db;
  networkId: string;
  rows: readonly (readonly string[])[];
  mapping: ColumnMapping;
  values?: ValueMapping;
  mode: ImportMode;
  membershipStatus: ImportMembershipStatus;
  contributionYear: number;
  today: string;
  /** Called inside the transaction after the last write (the audit entry), when anything was written. */
  onWritten: (tx: DbOrTx, counts: { organisations: number; contacts: number; contributions: number }) => Promise<void>;
  /** Told after each chunk is checked and after each chunk is written (the background job shows it on the import screen). */
  onProgress?: (progress: { checked: number; written: number }) => void;
  /** Called first inside the write transaction (the job takes its lock and checks that it did not already finish). */
  onBegin?: (tx: DbOrTx) => Promise<void>;
  /** Called last inside the write transaction, with the result about to be committed (the job marks itself done). */
  beforeCommit?: (tx: DbOrTx, result: BulkImportResult) => Promise<void>;
}): Promise<BulkImportResult> {
  const options: WriteOptions = { networkId, membershipStatus, contributionYear, today };
  const run = async (q: DbOrTx, client: pg.PoolClient | null): Promise<BulkImportResult> => {
    const check = importRowChecker(mapping, values);
    const result: BulkImportResult = {
      total: rows.length,
      valid: 0,
      invalid: [],
      written: 0,
      contactsWritten: 0,
      contributionsWritten: 0,
      timings: { checkMs: 0, stageMs: 0, insertMs: 0 },
    };
    const { timings } = result;
    if (client) await onBegin?.(q);
    let writing = client !== null;
    let staged = 0;
    let stageCreated = false;
    let checkedSoFar = 0;
    let pending: Promise<void> = Promise.resolve();
    for (let start = 0; start < rows.length; start += IMPORT_CHUNK_ROWS) {
      const checked: CheckedRow[] = [];
      const end = Math.min(rows.length, start + IMPORT_CHUNK_ROWS);
      let since = performance.now();
      for (let i = start; i < end; i++) checked.push(check(rows[i]!, i + 2));
      timings.checkMs += performance.now() - since;
      // Waits for the previous chunk's COPY (same connection), then asks which KvK numbers the network already has.
      await pending;
      since = performance.now();
      const kvks: string[] = [];
      for (const row of checked) if (row.value?.kvkNumber) kvks.push(row.value.kvkNumber);
      const existing = await existingKvkNumbers(q, networkId, kvks);
      const good: CheckedRow[] = [];
      for (const row of checked) {
        if (row.value?.kvkNumber && existing.has(row.value.kvkNumber)) {
          row.issues.push({ field: 'kvkNumber', code: 'kvk_exists', value: row.value.kvkNumber });
          row.value = null;
        }
        if (row.value === null) result.invalid.push(row);
        else good.push(row);
      }
      result.valid += good.length;
      timings.checkMs += performance.now() - since;
      checkedSoFar = end;
      onProgress?.({ checked: checkedSoFar, written: staged });
      if (mode === 'all_or_nothing' && result.invalid.length > 0) writing = false;
      if (writing && client && good.length > 0) {
        if (!stageCreated) {
          await createImportStage(q);
          stageCreated = true;
        }
        const copyStart = performance.now();
        const copy = copyIntoImportStage(
          client,
          good.map((row) => staging(options, row)),
        );
        // Checked when awaited; the no-op handler only keeps a failure from counting as unhandled meanwhile.
        copy.catch(() => undefined);
        // "Written" on the progress counts the rows the database has taken (staged in this transaction); the report's
        // figures are those of the final inserts.
        pending = copy.then(() => {
          timings.stageMs += performance.now() - copyStart;
          staged += good.length;
          onProgress?.({ checked: checkedSoFar, written: staged });
        });
        pending.catch(() => undefined);
      }
    }
    await pending;
    // All or nothing with a bad row: the staged rows are never moved and go with the staging table.
    if (writing && staged > 0) {
      const insertStart = performance.now();
      const counts = await insertStagedImport(q, options);
      timings.insertMs = performance.now() - insertStart;
      result.written = counts.organisations;
      result.contactsWritten = counts.contacts;
      result.contributionsWritten = counts.contributions;
      onProgress?.({ checked: checkedSoFar, written: result.written });
    }
    if (result.written > 0)
      await onWritten(q, {
        organisations: result.written,
        contacts: result.contactsWritten,
        contributions: result.contributionsWritten,
      });
    if (client) await beforeCommit?.(q, result);
    return result;
  };

  if (mode === 'dry_run') return run(db, null);
  return inImportTransaction(db, (tx, client) => run(tx, client));
}

/** A checked row with what the import adds to it (membership or not, the date it joined). */
function staging({ membershipStatus, today }: WriteOptions, { value }: CheckedRow): StagedOrganisation {
  const v = value!;
  return {
    value: v,
    // Employers are members; an organisation of another kind that pays a contribution has a membership too, or its
    // contribution would have nowhere to go.
    member: v.kind === 'employer' || v.contributionCents !== null,
    // As a move to "active" in the pipeline does: an active member without a date joined today.
    joinedOn: v.memberSince ?? (membershipStatus === 'active' ? today : null),
  };
}
