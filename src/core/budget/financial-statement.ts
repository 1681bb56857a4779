// The funder's view of money: per period (from–to within one budget year) and per cost item the planned grant (the funder's
// payer share of the plan), the planned total, the money spent in the period and the part of it paid from the grant, with
// the totals. Frozen into a snapshot when the coordinator freezes the statement, so later spending never changes it. Only
// totals per item: no entry, description, invoice or member ever lands in it. Pure.
import { parseIsoDate, type IsoDate } from '../calendar.js';
import { BUDGET_ITEMS, type BudgetItem, type PlanLine, type SpendingAmount } from './budget-rules.js';

export interface StatementFigures {
  /** Planned from the funder's grant (payer `funder_grant`). */
  grantCents: number;
  /** Planned from all payers together. */
  plannedCents: number;
  /** Money spent in the period, from any payer. */
  spentCents: number;
  /** Of spentCents: paid from the funder's grant. */
  grantSpentCents: number;
}

export interface StatementItem extends StatementFigures {
  item: BudgetItem;
}

export interface StatementSnapshot {
  items: StatementItem[];
  total: StatementFigures;
}

export const STATEMENT_PERIOD_ERRORS = ['not_a_date', 'reversed', 'two_years'] as const;
export type StatementPeriodError = (typeof STATEMENT_PERIOD_ERRORS)[number];

/** A statement covers whole days within one budget year, from before (or on) to. */
export function checkStatementPeriod(
  from: IsoDate,
  to: IsoDate,
): { ok: true; year: number } | { ok: false; error: StatementPeriodError } {
  const f = parseIsoDate(from);
  const t = parseIsoDate(to);
  if (!f || !t) return { ok: false, error: 'not_a_date' };
  if (from > to) return { ok: false, error: 'reversed' };
  if (f.year !== t.year) return { ok: false, error: 'two_years' };
  return { ok: true, year: f.year };
}

export interface DatedSpending extends SpendingAmount {
  spentOn: IsoDate;
}

/**
 * The statement of a period: the year's plan per item (grant share and total) against the spending dated inside the
 * period (both ends included). Every cost item has a row, in the catalogue's order; the total is the sum of the rows.
 */
export function computeFinancialStatement(input: {
  from: IsoDate;
  to: IsoDate;
  plan: readonly PlanLine[];
  spending: readonly DatedSpending[];
}): StatementSnapshot {
  const rows = new Map<BudgetItem, StatementItem>(
    BUDGET_ITEMS.map((item) => [item, { item, grantCents: 0, plannedCents: 0, spentCents: 0, grantSpentCents: 0 }]),
  );
  for (const line of input.plan) {
    const row = rows.get(line.item);
    if (!row) continue;
    row.plannedCents += line.plannedCents;
    if (line.payer === 'funder_grant') row.grantCents += line.plannedCents;
  }
  for (const entry of input.spending) {
    if (entry.spentOn < input.from || entry.spentOn > input.to) continue;
    const row = rows.get(entry.item);
    if (!row) continue;
    row.spentCents += entry.amountCents;
    if (entry.payer === 'funder_grant') row.grantSpentCents += entry.amountCents;
  }
  const items = [...rows.values()];
  const total: StatementFigures = { grantCents: 0, plannedCents: 0, spentCents: 0, grantSpentCents: 0 };
  for (const row of items) {
    total.grantCents += row.grantCents;
    total.plannedCents += row.plannedCents;
    total.spentCents += row.spentCents;
    total.grantSpentCents += row.grantSpentCents;
  }
  return { items, total };
}
