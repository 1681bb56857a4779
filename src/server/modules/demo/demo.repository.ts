// Bulk insert of generated demo data: one `INSERT ... SELECT ... FROM unnest($1::uuid[], $2::text[], ...)` per table (per
// 50,000 rows), because building a multi-row VALUES list costs drizzle ~40 µs a row and a benchmark loads millions of rows.
// Values always travel as bound array parameters; only column names and types from the Drizzle schema go into the SQL text.
import { eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { DemoNetworkData } from '../../../core/demo/generate-demo.js';
import type { DbOrTx } from '../../platform/db/database.js';
import {
  activity,
  advice,
  budgetLine,
  budgetSpending,
  budgetYear,
  candidate,
  candidateCheckIn,
  candidateConsent,
  candidateLivedExperience,
  candidateRegistration,
  inKindContribution,
  invoice,
  invoiceCounter,
  invoiceTier,
  mailDelivery,
  mailing,
  membership,
  membershipYear,
  need,
  needSupporter,
  network,
  newsItem,
  organisation,
  partner,
  partnerActivity,
  person,
  placement,
  registration,
  roleAssignment,
  workOpportunity,
} from '../../platform/db/schema.js';

const CHUNK_ROWS = 50_000;

/** Inserts every table of one generated network, parents before children, inside the caller's transaction. */
export async function insertDemoData({ db, data }: { db: DbOrTx; data: DemoNetworkData }): Promise<void> {
  await insertWithUnnest(db, network, data.network);
  await insertWithUnnest(db, organisation, data.organisations);
  await insertWithUnnest(db, membership, data.memberships);
  await insertWithUnnest(db, person, data.persons);
  await insertWithUnnest(db, roleAssignment, data.roleAssignments);
  await insertWithUnnest(db, activity, data.activities);
  await insertWithUnnest(db, need, data.needs);
  await insertWithUnnest(db, needSupporter, data.needSupporters);
  await insertWithUnnest(db, registration, data.registrations);
  await insertWithUnnest(db, candidate, data.candidates);
  await insertWithUnnest(db, placement, data.placements);
  await insertWithUnnest(db, partner, data.partners);
  await insertWithUnnest(db, partnerActivity, data.partnerActivities);
  await insertWithUnnest(db, workOpportunity, data.workOpportunities);
  await insertWithUnnest(db, newsItem, data.newsItems);
  await insertWithUnnest(db, mailing, data.mailings);
  await insertWithUnnest(db, mailDelivery, data.mailDeliveries);
  await insertWithUnnest(db, budgetYear, data.budgetYears);
  await insertWithUnnest(db, budgetLine, data.budgetLines);
  await insertWithUnnest(db, budgetSpending, data.budgetSpending);
  await insertWithUnnest(db, inKindContribution, data.inKindContributions);
  await insertWithUnnest(db, invoiceTier, data.invoiceTiers);
  // The counter rows say what the invoices module's numbering would say after these invoices (decision 021): the next
  // invoice made in the app takes the number after the demo's last one.
  await insertWithUnnest(db, invoiceCounter, data.invoiceCounters);
  // Credit notes come after the invoice they credit, so their reference is satisfied within the one statement.
  await insertWithUnnest(db, invoice, data.invoices);
  await insertWithUnnest(db, membershipYear, data.membershipYears);
  await insertWithUnnest(db, candidateCheckIn, data.candidateCheckIns);
  await insertWithUnnest(db, candidateRegistration, data.candidateRegistrations);
  await insertWithUnnest(db, candidateConsent, data.candidateConsents);
  await insertWithUnnest(db, candidateLivedExperience, data.livedExperience);
  await insertWithUnnest(db, advice, data.advice);
}

export async function networkSlugExists({ db, slug }: { db: DbOrTx; slug: string }): Promise<boolean> {
  const rows = await db.select({ id: network.id }).from(network).where(eq(network.slug, slug)).limit(1);
  return rows.length > 0;
}

/**
 * Element type of the array parameter for each SQL column type the demo tables use. jsonb travels as text and is cast; a
 * text[] column travels as one array literal per row (unnest would flatten an array of arrays) and is cast back.
 */
function arrayTypeOf(column: PgColumn): { arrayType: string; cast: string | null } {
  const type = column.getSQLType();
  if (type === 'text[]') return { arrayType: 'text[]', cast: 'text[]' };
  if (type.startsWith('numeric')) return { arrayType: 'numeric[]', cast: null };
  switch (type) {
    case 'uuid':
    case 'text':
    case 'integer':
    case 'boolean':
    case 'date':
      return { arrayType: `${type}[]`, cast: null };
    case 'timestamp with time zone':
      return { arrayType: 'timestamptz[]', cast: null };
    case 'jsonb':
      return { arrayType: 'text[]', cast: 'jsonb' };
    default:
      throw new Error(`insertWithUnnest: column ${column.name} has unsupported type ${type}`);
  }
}

function toParam(value: unknown, cast: string | null): unknown {
  if (value === undefined || value === null) return null;
  if (cast === 'jsonb') return JSON.stringify(value);
  if (cast === 'text[]') return toArrayLiteral(value as readonly string[]);
  // ISO strings are unambiguous whatever the client's time zone.
  if (value instanceof Date) return value.toISOString();
  return value;
}

/**
 * Inserts rows into one table with `unnest()`. The columns are those the first row has (all rows of one demo table share a
 * shape); columns left out get their defaults.
 */
export async function insertWithUnnest<T extends PgTable>(
  db: DbOrTx,
  table: T,
  rows: readonly T['$inferInsert'][],
): Promise<void> {
  const first = rows[0];
  if (first === undefined) return;
  const present = new Set(Object.keys(first));
  const columns = Object.entries(getTableColumns(table) as Record<string, PgColumn>)
    .filter(([key]) => present.has(key))
    .map(([key, column]) => ({ key, column, ...arrayTypeOf(column) }));

  for (let offset = 0; offset < rows.length; offset += CHUNK_ROWS) {
    const chunk = rows.slice(offset, offset + CHUNK_ROWS) as readonly Record<string, unknown>[];
    const names = columns.map(({ column }) => sql.identifier(column.name));
    const arrays = columns.map(({ key, arrayType, cast }) => {
      const values = chunk.map((row) => toParam(row[key], cast));
      // sql.param keeps the array one parameter; a bare array in drizzle's sql`` would expand into a list.
      return sql`${sql.param(values)}::${sql.raw(arrayType)}`;
    });
    const selected = columns.map(({ column, cast }) =>
      cast === null ? sql.identifier(column.name) : sql`${sql.identifier(column.name)}::${sql.raw(cast)}`,
    );
    const query: SQL = sql`insert into ${table} (${sql.join(names, sql`, `)}) select ${sql.join(selected, sql`, `)} from unnest(${sql.join(arrays, sql`, `)}) as t(${sql.join(names, sql`, `)})`;
    await db.execute(query);
  }
}

/** A PostgreSQL array literal ({"a","b"}) with every element quoted and escaped, so any text survives the cast. */
function toArrayLiteral(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}
