// The financial statements to the funder: the coordinator or backoffice freezes a period of a budget year (the figures per
// cost item are computed now and stored, so later spending never changes them), writes a short explanation and releases it.
// A funder sees released statements only, and of them only the totals per cost item that the snapshot holds.
import { normalisePlan, type PlanLine } from '../../../core/budget/budget-rules.js';
import type { FreezeStatementInput, StatementDetail } from '../../../core/budget/budget.contract.js';
import {
  checkStatementPeriod,
  computeFinancialStatement,
  type DatedSpending,
  type StatementSnapshot,
} from '../../../core/budget/financial-statement.js';
import { actorMay, authorize, type Actor } from '../../platform/access.js';
import { writeAudit } from '../../platform/audit.js';
import type { Db, DbOrTx } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { registerErrorMessages } from '../../platform/messages.js';
import {
  findBudgetYear,
  findStatement,
  insertStatement,
  listPlanLines,
  listSpendingBetween,
  listStatementRows,
  updateFrozenStatement,
} from './budget.repository.js';

registerErrorMessages({
  nl: {
    statement_period_not_a_date: 'Kies een geldige begin- en einddatum.',
    statement_period_reversed: 'De einddatum ligt vóór de begindatum.',
    statement_period_two_years: 'Een verantwoording gaat over één begrotingsjaar: begin en einde in hetzelfde jaar.',
    statement_exists: 'Voor deze periode is al een verantwoording vastgezet.',
    statement_released: 'Deze verantwoording is al vrijgegeven aan de financier en kan niet meer veranderen.',
  },
  en: {
    statement_period_not_a_date: 'Choose a valid start and end date.',
    statement_period_reversed: 'The end date lies before the start date.',
    statement_period_two_years: 'A statement covers one budget year: start and end in the same year.',
    statement_exists: 'A statement for this period has already been frozen.',
    statement_released: 'This statement has been released to the funder and can no longer change.',
  },
});

type StatementRowData = NonNullable<Awaited<ReturnType<typeof findStatement>>>;

function snapshotOf(row: StatementRowData): StatementSnapshot {
  return row.snapshot as unknown as StatementSnapshot;
}

/** Who reads the budget sees every statement; anyone else (a funder) only the released ones. */
function seesAll(actor: Actor, networkId: string) {
  return actorMay(actor, networkId, 'budget.read');
}

function meta(row: StatementRowData) {
  return {
    id: row.id,
    year: row.year,
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    status: row.status === 'released' ? ('released' as const) : ('frozen' as const),
    frozenAt: row.frozenAt,
    releasedAt: row.releasedAt,
    version: row.version,
  };
}

export async function listStatements({ db, actor, networkId }: { db: DbOrTx; actor: Actor; networkId: string }) {
  authorize(actor, 'budget.read_statements', networkId);
  const rows = await listStatementRows(db, networkId, !seesAll(actor, networkId));
  return {
    items: rows.map((row) => ({ ...meta(row), total: snapshotOf(row).total })),
    canManage: actorMay(actor, networkId, 'budget.manage'),
  };
}

export async function getStatement({
  db,
  actor,
  networkId,
  statementId,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  statementId: string;
}): Promise<StatementDetail> {
  authorize(actor, 'budget.read_statements', networkId);
  const row = await findStatement(db, networkId, statementId);
  // A funder never learns that an unreleased statement exists.
  if (!row || (!seesAll(actor, networkId) && row.status !== 'released')) throw new AppError('not_found');
  const snapshot = snapshotOf(row);
  return { ...meta(row), explanation: row.explanation, items: snapshot.items, total: snapshot.total };
}

export async function freezeStatement({
  db,
  actor,
  networkId,
  input,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  input: FreezeStatementInput;
}) {
  authorize(actor, 'budget.manage', networkId);
  const period = checkStatementPeriod(input.from, input.to);
  if (!period.ok) {
    const key = `statement_period_${period.error}`;
    throw new AppError('validation_failed', key, [{ path: ['body', 'to'], message: key }]);
  }
  return db.transaction(async (tx) => {
    const year = await findBudgetYear(tx, networkId, period.year);
    if (!year) throw new AppError('conflict', 'budget_missing', undefined, { year: period.year });
    const [plan, spending] = await Promise.all([
      listPlanLines(tx, networkId, year.id),
      listSpendingBetween(tx, networkId, input.from, input.to),
    ]);
    const snapshot = computeFinancialStatement({
      from: input.from,
      to: input.to,
      plan: normalisePlan(plan as PlanLine[]),
      spending: spending as DatedSpending[],
    });
    const created = await insertStatement(tx, {
      networkId,
      year: period.year,
      periodFrom: input.from,
      periodTo: input.to,
      snapshot: snapshot as unknown as Record<string, unknown>,
      explanation: input.explanation,
      frozenBy: actor.userId,
    });
    if (!created) throw new AppError('conflict', 'statement_exists');
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'budget.statement_freeze',
      recordType: 'budget_statement',
      recordId: created.id,
      details: { from: input.from, to: input.to, total: snapshot.total },
    });
    return created;
  });
}

async function changeFrozen({
  db,
  actor,
  networkId,
  statementId,
  version,
  values,
  action,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  statementId: string;
  version: number;
  values: { explanation?: string; status?: 'released'; releasedBy?: string | null };
  action: string;
}) {
  authorize(actor, 'budget.manage', networkId);
  return db.transaction(async (tx) => {
    const current = await findStatement(tx, networkId, statementId);
    if (!current) throw new AppError('not_found');
    if (current.status === 'released') throw new AppError('conflict', 'statement_released');
    const saved = await updateFrozenStatement(tx, networkId, statementId, version, values);
    if (!saved) throw new AppError('stale_version');
    await writeAudit(tx, { actor, networkId, action, recordType: 'budget_statement', recordId: statementId });
    return saved;
  });
}

export async function writeStatementExplanation(args: {
  db: Db;
  actor: Actor;
  networkId: string;
  statementId: string;
  explanation: string;
  version: number;
}) {
  return changeFrozen({ ...args, values: { explanation: args.explanation }, action: 'budget.statement_explain' });
}

export async function releaseStatement(args: {
  db: Db;
  actor: Actor;
  networkId: string;
  statementId: string;
  version: number;
}) {
  return changeFrozen({
    ...args,
    values: { status: 'released', releasedBy: args.actor.userId },
    action: 'budget.statement_release',
  });
}
