// The organisation import for large files (100,000 rows): the rows are checked with the pure rules in chunks of 5,000, and
// each checked chunk is written with `insert ... select from unnest(...)` while the next one is being checked, so the
// database writes while Node checks. Everything happens in one transaction: "all or nothing" rolls back as soon as a bad
// row shows up (the rest of the file is still checked, for the report); "only the good rows" writes every valid row; a dry
// run writes nothing. The KvK numbers already in the network are looked up per chunk, inside the same transaction.
// A row's contribution is written as the figures of one membership year (membership_year, what the organisation page and
// the memberships list read), in the same chunk and transaction as its organisation.
import { randomUUID } from 'node:crypto';
import type { ImportMembershipStatus } from '../../../core/members/membership-rules.js';
import {
  importRowChecker,
  type CheckedRow,
  type ColumnMapping,
  type ValueMapping,
} from '../../../core/organisations/import-rows.js';
import type { Db, DbOrTx } from '../../platform/db/database.js';
import { membership, membershipYear, organisation, person } from '../../platform/db/schema.js';
import { insertWithUnnest } from '../demo/demo.repository.js';
import { existingKvkNumbers } from './members.repository.js';

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

/** Thrown inside the transaction to undo what "all or nothing" had already written when a bad row turns up. */
class RollBack extends Error {}

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
  let rolledBack: BulkImportResult | null = null;
  const options: WriteOptions = { networkId, membershipStatus, contributionYear, today };
  const run = async (q: DbOrTx, write: boolean): Promise<BulkImportResult> => {
    const check = importRowChecker(mapping, values);
    const result: BulkImportResult = {
      total: rows.length,
      valid: 0,
      invalid: [],
      written: 0,
      contactsWritten: 0,
      contributionsWritten: 0,
    };
    if (write) await onBegin?.(q);
    let writing = write;
    let checkedSoFar = 0;
    let pending: Promise<void> = Promise.resolve();
    for (let start = 0; start < rows.length; start += IMPORT_CHUNK_ROWS) {
      const checked: CheckedRow[] = [];
      const end = Math.min(rows.length, start + IMPORT_CHUNK_ROWS);
      for (let i = start; i < end; i++) checked.push(check(rows[i]!, i + 2));
      // Waits for the previous chunk's insert (same connection), then asks which KvK numbers the network already has.
      await pending;
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
      checkedSoFar = end;
      onProgress?.({ checked: checkedSoFar, written: result.written });
      if (mode === 'all_or_nothing' && result.invalid.length > 0) writing = false;
      if (writing && good.length > 0) {
        const insert = insertChunk(q, options, good);
        // Checked when awaited; the no-op handler only keeps a failure from counting as unhandled meanwhile.
        insert.catch(() => undefined);
        pending = insert.then((counts) => {
          result.written += counts.organisations;
          result.contactsWritten += counts.contacts;
          result.contributionsWritten += counts.contributions;
          onProgress?.({ checked: checkedSoFar, written: result.written });
        });
        pending.catch(() => undefined);
      }
    }
    await pending;
    if (write && mode === 'all_or_nothing' && result.invalid.length > 0 && result.written > 0) {
      rolledBack = { ...result, written: 0, contactsWritten: 0, contributionsWritten: 0 };
      throw new RollBack();
    }
    if (result.written > 0)
      await onWritten(q, {
        organisations: result.written,
        contacts: result.contactsWritten,
        contributions: result.contributionsWritten,
      });
    if (write) await beforeCommit?.(q, result);
    return result;
  };

  if (mode === 'dry_run') return run(db, false);
  try {
    return await db.transaction((tx) => run(tx, true));
  } catch (error) {
    if (error instanceof RollBack && rolledBack) return rolledBack;
    throw error;
  }
}

async function insertChunk(
  q: DbOrTx,
  { networkId, membershipStatus, contributionYear, today }: WriteOptions,
  rows: CheckedRow[],
): Promise<{ organisations: number; contacts: number; contributions: number }> {
  const orgRows: (typeof organisation.$inferInsert)[] = [];
  const memberRows: (typeof membership.$inferInsert)[] = [];
  const yearRows: (typeof membershipYear.$inferInsert)[] = [];
  const personRows: (typeof person.$inferInsert)[] = [];
  for (const { value } of rows) {
    const v = value!;
    const id = randomUUID();
    orgRows.push({
      networkId,
      id,
      kind: v.kind,
      name: v.name,
      kvkNumber: v.kvkNumber,
      sector: v.sector,
      sizeClass: v.sizeClass,
      street: v.street,
      postcode: v.postcode,
      city: v.city,
      labourMarketRegion: v.labourMarketRegion,
      website: v.website,
    });
    // Employers are members; an organisation of another kind that pays a contribution has a membership too, or its
    // contribution would have nowhere to go.
    if (v.kind === 'employer' || v.contributionCents !== null) {
      const membershipId = randomUUID();
      memberRows.push({
        networkId,
        id: membershipId,
        organisationId: id,
        status: membershipStatus,
        // As a move to "active" in the pipeline does: an active member without a date joined today.
        joinedOn: v.memberSince ?? (membershipStatus === 'active' ? today : null),
        contributionCentsPerYear: v.contributionCents,
      });
      if (v.contributionCents !== null)
        yearRows.push({
          networkId,
          id: randomUUID(),
          membershipId,
          year: contributionYear,
          contributionCents: v.contributionCents,
        });
    }
    if (v.contact)
      personRows.push({
        networkId,
        id: randomUUID(),
        organisationId: id,
        name: v.contact.name,
        email: v.contact.email,
        phone: v.contact.phone,
        jobTitle: v.contact.jobTitle,
      });
  }
  await insertWithUnnest(q, organisation, orgRows);
  await insertWithUnnest(q, membership, memberRows);
  await insertWithUnnest(q, membershipYear, yearRows);
  await insertWithUnnest(q, person, personRows);
  return { organisations: orgRows.length, contacts: personRows.length, contributions: yearRows.length };
}
