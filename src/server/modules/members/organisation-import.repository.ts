// The organisation import's write path (issue 22): the checked rows stream with `COPY ... FROM STDIN` (CSV) into a
// temporary staging table inside the import's transaction, and one set-based `insert ... select` per target table
// (organisation, membership, membership_year, person) then moves them into place. COPY needs the raw node-postgres client
// of the transaction, so the transaction is opened here on a client of its own, with a Drizzle handle on that client for
// everything else the import does in it (the KvK look-up, the audit entry, the job's "done").
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { ImportOrganisation } from '../../../core/organisations/import-rows.js';
import type { Db, DbOrTx, Tx } from '../../platform/db/database.js';
import * as schema from '../../platform/db/schema.js';
import { organisationImport, user } from '../../platform/db/schema.js';

const STAGE = 'organisation_import_stage';

/** The staging table's columns that COPY fills, in the order of each CSV line; the ids come from the table's defaults. */
const STAGE_COLUMNS = [
  'kind',
  'name',
  'kvk_number',
  'sector',
  'size_class',
  'street',
  'postcode',
  'city',
  'labour_market_region',
  'website',
  'is_member',
  'joined_on',
  'contribution_cents',
  'has_contact',
  'contact_name',
  'contact_email',
  'contact_phone',
  'contact_job_title',
] as const;

/** One checked row as the staging table holds it: the organisation's values and what the import adds to them. */
export interface StagedOrganisation {
  value: ImportOrganisation;
  /** Whether the row gets a membership (employers, and anyone paying a contribution). */
  member: boolean;
  joinedOn: string | null;
}

/**
 * Runs `work` in one transaction on a connection of its own, handing it both the Drizzle transaction and the raw client
 * (for COPY). Both talk over the same connection, so COPY and the other statements see and commit the same writes.
 */
export async function inImportTransaction<T>(db: Db, work: (tx: Tx, client: pg.PoolClient) => Promise<T>): Promise<T> {
  // Every Db in this app is Drizzle over a node-postgres Pool (embedded and server alike: platform/db/database.ts).
  const pool = (db as Db & { $client: pg.Pool }).$client;
  const client = await pool.connect();
  let failed: Error | undefined;
  try {
    const onClient = drizzle(client, { schema });
    return await onClient.transaction((tx) => work(tx, client));
  } catch (error) {
    // A connection whose COPY or rollback went wrong half-way is closed rather than handed to the next caller.
    failed = error instanceof Error ? error : new Error(String(error));
    throw error;
  } finally {
    client.release(failed);
  }
}

/** Creates the staging table for this transaction; it disappears at commit or rollback. */
export async function createImportStage(tx: DbOrTx): Promise<void> {
  await tx.execute(
    sql.raw(`create temp table ${STAGE} (
      organisation_id uuid not null default gen_random_uuid(),
      membership_id uuid not null default gen_random_uuid(),
      kind text not null,
      name text not null,
      kvk_number text,
      sector text,
      size_class text,
      street text,
      postcode text,
      city text,
      labour_market_region text,
      website text,
      is_member boolean not null,
      joined_on date,
      contribution_cents integer,
      has_contact boolean not null,
      contact_name text,
      contact_email text,
      contact_phone text,
      contact_job_title text
    ) on commit drop`),
  );
}

/**
 * One CSV field for COPY (format csv): null is an unquoted empty field; every text is quoted, with its quotes doubled, so
 * separators, quotes, tabs, line breaks and backslashes in a name arrive unchanged (CSV gives a backslash no meaning).
 */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 't' : 'f';
  return `"${value.replace(/"/g, '""')}"`;
}

function csvLine({ value: v, member, joinedOn }: StagedOrganisation): string {
  const c = v.contact;
  return (
    [
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
      member,
      joinedOn,
      v.contributionCents,
      c !== null,
      c?.name ?? null,
      c?.email ?? null,
      c?.phone ?? null,
      c?.jobTitle ?? null,
    ]
      .map(csvField)
      .join(',') + '\n'
  );
}

/** Streams rows into the staging table with one `COPY ... FROM STDIN`; resolves when the server has taken them all. */
export async function copyIntoImportStage(client: pg.PoolClient, rows: readonly StagedOrganisation[]): Promise<void> {
  if (rows.length === 0) return;
  const stream = client.query(copyFrom(`copy ${STAGE} (${STAGE_COLUMNS.join(', ')}) from stdin with (format csv)`));
  // One write per 1,000 rows: few, large chunks for the socket, without building the whole chunk as one string.
  const done = new Promise<void>((resolve, reject) => {
    stream.on('finish', resolve);
    stream.on('error', reject);
  });
  let batch = '';
  for (let i = 0; i < rows.length; i++) {
    batch += csvLine(rows[i]!);
    if ((i + 1) % 1000 === 0) {
      if (!stream.write(batch)) await new Promise<void>((resolve) => stream.once('drain', resolve));
      batch = '';
    }
  }
  stream.end(batch);
  await done;
}

/**
 * Moves the staged rows into the network's tables, one set-based insert per table: every row an organisation, members a
 * membership with the import's status, a contribution the membership year `contributionYear`, a contact a person.
 */
export async function insertStagedImport(
  tx: DbOrTx,
  {
    networkId,
    membershipStatus,
    contributionYear,
  }: { networkId: string; membershipStatus: string; contributionYear: number },
): Promise<{ organisations: number; contacts: number; contributions: number }> {
  const organisations = await tx.execute(sql`
    insert into organisation (network_id, id, kind, name, kvk_number, sector, size_class, street, postcode, city,
                              labour_market_region, website)
    select ${networkId}::uuid, organisation_id, kind, name, kvk_number, sector, size_class, street, postcode, city,
           labour_market_region, website
      from ${sql.raw(STAGE)}`);
  await tx.execute(sql`
    insert into membership (network_id, id, organisation_id, status, joined_on, contribution_cents_per_year)
    select ${networkId}::uuid, membership_id, organisation_id, ${membershipStatus}, joined_on, contribution_cents
      from ${sql.raw(STAGE)} where is_member`);
  const contributions = await tx.execute(sql`
    insert into membership_year (network_id, id, membership_id, year, contribution_cents)
    select ${networkId}::uuid, gen_random_uuid(), membership_id, ${contributionYear}::int, contribution_cents
      from ${sql.raw(STAGE)} where is_member and contribution_cents is not null`);
  const contacts = await tx.execute(sql`
    insert into person (network_id, id, organisation_id, name, email, phone, job_title)
    select ${networkId}::uuid, gen_random_uuid(), organisation_id, contact_name, contact_email, contact_phone,
           contact_job_title
      from ${sql.raw(STAGE)} where has_contact`);
  return {
    organisations: organisations.rowCount ?? 0,
    contacts: contacts.rowCount ?? 0,
    contributions: contributions.rowCount ?? 0,
  };
}

// ---- the import job's own row: stored file, status and progress ----

const importWhere = (networkId: string, id: string) =>
  and(eq(organisationImport.networkId, networkId), eq(organisationImport.id, id));

/** Stores a new import (file, choices, language) as queued; returns its id. */
export async function insertImportJob(db: DbOrTx, values: typeof organisationImport.$inferInsert): Promise<string> {
  const [row] = await db.insert(organisationImport).values(values).returning({ id: organisationImport.id });
  return row!.id;
}

/** What the import screen shows of one import. */
export async function findImportJob(db: DbOrTx, networkId: string, id: string) {
  const [row] = await db
    .select({
      id: organisationImport.id,
      fileName: organisationImport.fileName,
      mode: organisationImport.mode,
      status: organisationImport.status,
      rowsTotal: organisationImport.rowsTotal,
      rowsChecked: organisationImport.rowsChecked,
      rowsWritten: organisationImport.rowsWritten,
      report: organisationImport.report,
      createdAt: organisationImport.createdAt,
      finishedAt: organisationImport.finishedAt,
    })
    .from(organisationImport)
    .where(importWhere(networkId, id));
  return row;
}

/** One page of the network's imports, newest first, with who started each one; and how many there are. */
export async function listImportJobs(db: DbOrTx, networkId: string, page: { limit: number; offset: number }) {
  const items = await db
    .select({
      id: organisationImport.id,
      fileName: organisationImport.fileName,
      mode: organisationImport.mode,
      status: organisationImport.status,
      startedBy: user.name,
      rowsTotal: organisationImport.rowsTotal,
      rowsChecked: organisationImport.rowsChecked,
      rowsWritten: organisationImport.rowsWritten,
      /** The rows with errors, from the report; null until the import is done. */
      rowsRefused: sql<number | null>`(${organisationImport.report} ->> 'invalid')::int`,
      createdAt: organisationImport.createdAt,
      finishedAt: organisationImport.finishedAt,
    })
    .from(organisationImport)
    .leftJoin(user, eq(user.id, organisationImport.createdBy))
    .where(eq(organisationImport.networkId, networkId))
    .orderBy(desc(organisationImport.createdAt), desc(organisationImport.id))
    .limit(page.limit)
    .offset(page.offset);
  const total = await db.$count(organisationImport, eq(organisationImport.networkId, networkId));
  return { items, total };
}

/** Every import still waiting for its first or next run, across networks: the ones to hand to the queue at start-up. */
export async function queuedImportJobs(db: DbOrTx): Promise<{ networkId: string; id: string }[]> {
  return db
    .select({ networkId: organisationImport.networkId, id: organisationImport.id })
    .from(organisationImport)
    .where(eq(organisationImport.status, 'queued'))
    .orderBy(organisationImport.createdAt);
}

/** Marks an unfinished import running (one more attempt, progress from zero) and returns it; undefined when finished. */
export async function claimImportJob(db: DbOrTx, networkId: string, id: string) {
  const [job] = await db
    .update(organisationImport)
    .set({
      status: 'running',
      attempts: sql`${organisationImport.attempts} + 1`,
      startedAt: sql`now()`,
      rowsChecked: 0,
      rowsWritten: 0,
    })
    .where(and(importWhere(networkId, id), inArray(organisationImport.status, ['queued', 'running'])))
    .returning();
  return job;
}

export async function saveImportProgress(db: DbOrTx, networkId: string, id: string, checked: number, written: number) {
  await db
    .update(organisationImport)
    .set({ rowsChecked: checked, rowsWritten: written })
    .where(and(importWhere(networkId, id), eq(organisationImport.status, 'running')));
}

export async function saveImportRowsTotal(db: DbOrTx, networkId: string, id: string, total: number) {
  await db.update(organisationImport).set({ rowsTotal: total }).where(importWhere(networkId, id));
}

export type ImportOutcome = Pick<
  typeof organisationImport.$inferInsert,
  'status' | 'rowsChecked' | 'rowsWritten' | 'report' | 'error'
>;

/**
 * Finishes a running import (done with its report, or failed with the error). The stored file goes with it: it holds
 * contact persons' names, addresses and phone numbers, and nothing reads it again (a retry needs it only while the import
 * is unfinished; the screen sends the file anew for every run). clock_timestamp(), not now(): inside the write
 * transaction now() is the moment the transaction began.
 */
export async function finishImportJob(db: DbOrTx, networkId: string, id: string, outcome: ImportOutcome) {
  await db
    .update(organisationImport)
    .set({ ...outcome, content: Buffer.alloc(0), finishedAt: sql`clock_timestamp()` })
    .where(and(importWhere(networkId, id), eq(organisationImport.status, 'running')));
}

/**
 * Takes the import's transaction-scoped lock (two runs never write side by side) and returns its status as this
 * transaction sees it once the lock is held.
 */
export async function lockImportJob(tx: DbOrTx, networkId: string, id: string): Promise<string | undefined> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${'organisation_import:' + id}))`);
  const [now] = await tx
    .select({ status: organisationImport.status })
    .from(organisationImport)
    .where(importWhere(networkId, id));
  return now?.status;
}

/** Hands an interrupted import back to the queue; the retry reads the stored file again from the start. */
export async function requeueImportJob(db: DbOrTx, networkId: string, id: string) {
  await db
    .update(organisationImport)
    .set({ status: 'queued' })
    .where(and(importWhere(networkId, id), eq(organisationImport.status, 'running')));
}
