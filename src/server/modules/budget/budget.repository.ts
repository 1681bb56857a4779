// SQL for the network's budget: the year and its plan lines, spending entries and in-kind contributions, and the applied
// design's cost items a new budget starts from.
import { and, asc, desc, eq, gte, isNotNull, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/database.js';
import { updateVersioned } from '../../platform/db/versioned.js';
import {
  budgetLine,
  budgetSpending,
  budgetStatement,
  budgetYear,
  designVersion,
  inKindContribution,
  organisation,
} from '../../platform/db/schema.js';

// ---- the year and its plan

export async function findBudgetYear(db: DbOrTx, networkId: string, year: number) {
  const [row] = await db
    .select({
      id: budgetYear.id,
      version: budgetYear.version,
      closedAt: budgetYear.closedAt,
      designVersionNumber: budgetYear.designVersionNumber,
    })
    .from(budgetYear)
    .where(and(eq(budgetYear.networkId, networkId), eq(budgetYear.year, year)));
  return row ?? null;
}

/** Locks the year's row for the rest of the transaction, so a closing and an entry cannot cross. */
export async function lockBudgetYear(db: DbOrTx, networkId: string, year: number) {
  const [row] = await db
    .select({ id: budgetYear.id, closedAt: budgetYear.closedAt })
    .from(budgetYear)
    .where(and(eq(budgetYear.networkId, networkId), eq(budgetYear.year, year)))
    .for('update');
  return row ?? null;
}

export async function insertBudgetYear(
  db: DbOrTx,
  values: { networkId: string; year: number; designVersionNumber: number | null; createdBy: string | null },
) {
  const rows = await db.insert(budgetYear).values(values).onConflictDoNothing().returning({ id: budgetYear.id });
  return rows[0] ?? null;
}

export async function listPlanLines(db: DbOrTx, networkId: string, budgetYearId: string) {
  return db
    .select({ item: budgetLine.item, payer: budgetLine.payer, plannedCents: budgetLine.plannedCents })
    .from(budgetLine)
    .where(and(eq(budgetLine.networkId, networkId), eq(budgetLine.budgetYearId, budgetYearId)));
}

export async function replacePlanLines(
  db: DbOrTx,
  networkId: string,
  budgetYearId: string,
  lines: readonly { item: string; payer: string; plannedCents: number }[],
) {
  await db
    .delete(budgetLine)
    .where(and(eq(budgetLine.networkId, networkId), eq(budgetLine.budgetYearId, budgetYearId)));
  if (lines.length > 0) await db.insert(budgetLine).values(lines.map((l) => ({ ...l, networkId, budgetYearId })));
}

/** Bumps the year's version if it is still `version`; false when someone else changed it first. */
export async function bumpBudgetYearIfVersion(
  db: DbOrTx,
  networkId: string,
  id: string,
  version: number,
  values: { closedAt?: Date | null; closedBy?: string | null } = {},
) {
  return (await updateVersioned(db, budgetYear, { networkId, id, version }, values)) !== null;
}

export async function findAppliedDesign(db: DbOrTx, networkId: string) {
  const [row] = await db
    .select({ versionNumber: designVersion.versionNumber, output: designVersion.output })
    .from(designVersion)
    .where(and(eq(designVersion.networkId, networkId), isNotNull(designVersion.appliedAt)))
    .orderBy(sql`${designVersion.appliedAt} desc`)
    .limit(1);
  return row ?? null;
}

// ---- spending

const spendingColumns = {
  id: budgetSpending.id,
  spentOn: budgetSpending.spentOn,
  amountCents: budgetSpending.amountCents,
  item: budgetSpending.item,
  payer: budgetSpending.payer,
  description: budgetSpending.description,
  attachmentName: budgetSpending.attachmentName,
  version: budgetSpending.version,
};

export async function listSpending(db: DbOrTx, networkId: string, year: number) {
  return db
    .select(spendingColumns)
    .from(budgetSpending)
    .where(
      and(
        eq(budgetSpending.networkId, networkId),
        gte(budgetSpending.spentOn, `${year}-01-01`),
        lte(budgetSpending.spentOn, `${year}-12-31`),
      ),
    )
    .orderBy(asc(budgetSpending.spentOn), asc(budgetSpending.createdAt));
}

export async function findSpending(db: DbOrTx, networkId: string, id: string) {
  const [row] = await db
    .select(spendingColumns)
    .from(budgetSpending)
    .where(and(eq(budgetSpending.networkId, networkId), eq(budgetSpending.id, id)));
  return row ?? null;
}

export type SpendingValues = Pick<
  typeof budgetSpending.$inferInsert,
  'spentOn' | 'amountCents' | 'item' | 'payer' | 'description' | 'attachmentName'
>;

export async function insertSpending(
  db: DbOrTx,
  values: SpendingValues & { networkId: string; createdBy: string | null },
) {
  const [row] = await db.insert(budgetSpending).values(values).returning({ id: budgetSpending.id });
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function updateSpendingIfVersion(
  db: DbOrTx,
  networkId: string,
  id: string,
  version: number,
  values: SpendingValues,
) {
  return (await updateVersioned(db, budgetSpending, { networkId, id, version }, values)) !== null;
}

/** Deletes the entry if it is still at `version`; false when someone else changed (or deleted) it first. */
export async function deleteSpendingIfVersion(db: DbOrTx, networkId: string, id: string, version: number) {
  const rows = await db
    .delete(budgetSpending)
    .where(and(eq(budgetSpending.networkId, networkId), eq(budgetSpending.id, id), eq(budgetSpending.version, version)))
    .returning({ id: budgetSpending.id });
  return rows.length > 0;
}

// ---- in kind

const inKindColumns = {
  id: inKindContribution.id,
  organisationId: inKindContribution.organisationId,
  organisationName: organisation.name,
  givenOn: inKindContribution.givenOn,
  kind: inKindContribution.kind,
  item: inKindContribution.item,
  valueCents: inKindContribution.valueCents,
  description: inKindContribution.description,
  version: inKindContribution.version,
};

function inKindQuery(db: DbOrTx) {
  return db
    .select(inKindColumns)
    .from(inKindContribution)
    .innerJoin(
      organisation,
      and(
        eq(organisation.networkId, inKindContribution.networkId),
        eq(organisation.id, inKindContribution.organisationId),
      ),
    );
}

export async function listInKind(db: DbOrTx, networkId: string, year: number) {
  return inKindQuery(db)
    .where(
      and(
        eq(inKindContribution.networkId, networkId),
        gte(inKindContribution.givenOn, `${year}-01-01`),
        lte(inKindContribution.givenOn, `${year}-12-31`),
      ),
    )
    .orderBy(asc(inKindContribution.givenOn), asc(inKindContribution.createdAt));
}

export async function listInKindOfOrganisation(db: DbOrTx, networkId: string, organisationId: string) {
  return inKindQuery(db)
    .where(and(eq(inKindContribution.networkId, networkId), eq(inKindContribution.organisationId, organisationId)))
    .orderBy(sql`${inKindContribution.givenOn} desc`);
}

export async function findInKind(db: DbOrTx, networkId: string, id: string) {
  const [row] = await inKindQuery(db).where(
    and(eq(inKindContribution.networkId, networkId), eq(inKindContribution.id, id)),
  );
  return row ?? null;
}

export type InKindValues = Pick<
  typeof inKindContribution.$inferInsert,
  'organisationId' | 'givenOn' | 'kind' | 'item' | 'valueCents' | 'description'
>;

export async function insertInKind(db: DbOrTx, values: InKindValues & { networkId: string; createdBy: string | null }) {
  const [row] = await db.insert(inKindContribution).values(values).returning({ id: inKindContribution.id });
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function updateInKindIfVersion(
  db: DbOrTx,
  networkId: string,
  id: string,
  version: number,
  values: InKindValues,
) {
  return (await updateVersioned(db, inKindContribution, { networkId, id, version }, values)) !== null;
}

/** Deletes the contribution if it is still at `version`; false when someone else changed (or deleted) it first. */
export async function deleteInKindIfVersion(db: DbOrTx, networkId: string, id: string, version: number) {
  const rows = await db
    .delete(inKindContribution)
    .where(
      and(
        eq(inKindContribution.networkId, networkId),
        eq(inKindContribution.id, id),
        eq(inKindContribution.version, version),
      ),
    )
    .returning({ id: inKindContribution.id });
  return rows.length > 0;
}

export async function organisationExists(db: DbOrTx, networkId: string, organisationId: string) {
  const [row] = await db
    .select({ id: organisation.id })
    .from(organisation)
    .where(and(eq(organisation.networkId, networkId), eq(organisation.id, organisationId)));
  return Boolean(row);
}

// ---- financial statements to the funder

export async function listSpendingBetween(db: DbOrTx, networkId: string, from: string, to: string) {
  return db
    .select({
      spentOn: budgetSpending.spentOn,
      item: budgetSpending.item,
      payer: budgetSpending.payer,
      amountCents: budgetSpending.amountCents,
    })
    .from(budgetSpending)
    .where(
      and(eq(budgetSpending.networkId, networkId), gte(budgetSpending.spentOn, from), lte(budgetSpending.spentOn, to)),
    );
}

const statementColumns = {
  id: budgetStatement.id,
  year: budgetStatement.year,
  periodFrom: budgetStatement.periodFrom,
  periodTo: budgetStatement.periodTo,
  explanation: budgetStatement.explanation,
  status: budgetStatement.status,
  frozenAt: budgetStatement.frozenAt,
  releasedAt: budgetStatement.releasedAt,
  version: budgetStatement.version,
  snapshot: budgetStatement.snapshot,
};

export async function listStatementRows(db: DbOrTx, networkId: string, releasedOnly: boolean) {
  return db
    .select(statementColumns)
    .from(budgetStatement)
    .where(
      and(eq(budgetStatement.networkId, networkId), releasedOnly ? eq(budgetStatement.status, 'released') : undefined),
    )
    .orderBy(desc(budgetStatement.periodFrom), desc(budgetStatement.periodTo));
}

export async function findStatement(db: DbOrTx, networkId: string, id: string) {
  const [row] = await db
    .select(statementColumns)
    .from(budgetStatement)
    .where(and(eq(budgetStatement.networkId, networkId), eq(budgetStatement.id, id)));
  return row ?? null;
}

export async function insertStatement(
  db: DbOrTx,
  values: {
    networkId: string;
    year: number;
    periodFrom: string;
    periodTo: string;
    snapshot: Record<string, unknown>;
    explanation: string;
    frozenBy: string | null;
  },
) {
  const rows = await db
    .insert(budgetStatement)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: budgetStatement.id, version: budgetStatement.version });
  return rows[0] ?? null;
}

/** Changes a frozen statement's explanation or releases it, if still at `version`; null when released or changed first. */
export async function updateFrozenStatement(
  db: DbOrTx,
  networkId: string,
  id: string,
  version: number,
  values: { explanation?: string; status?: 'released'; releasedBy?: string | null },
) {
  const rows = await db
    .update(budgetStatement)
    .set({
      ...values,
      ...(values.status === 'released' ? { releasedAt: sql`now()` } : {}),
      version: sql`${budgetStatement.version} + 1`,
    })
    .where(
      and(
        eq(budgetStatement.networkId, networkId),
        eq(budgetStatement.id, id),
        eq(budgetStatement.version, version),
        eq(budgetStatement.status, 'frozen'),
      ),
    )
    .returning({ version: budgetStatement.version });
  return rows[0] ?? null;
}
