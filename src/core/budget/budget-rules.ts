// The network's budget per year: planned amounts per cost item and payer, spending entries and in-kind contributions, and
// the totals that must agree in every view (per item, per payer, grand total), with a forecast for the year at the current
// pace. A budget starts from the applied design's cost items. Pure: the clock comes in as `today`.
import { daysBetween, parseIsoDate, type IsoDate } from '../calendar.js';

/** The cost items of a network's budget; the first four are the design advisor's cost items, `own` is the network's own. */
export const BUDGET_ITEMS = ['coordinator', 'meetings_venues', 'communication_tools', 'secretariat', 'own'] as const;
export type BudgetItem = (typeof BUDGET_ITEMS)[number];

/** Who pays: the members' contributions, in kind, the funder's grant, a sector fund, the municipality, someone else. */
export const BUDGET_PAYERS = [
  'member_contributions',
  'in_kind',
  'funder_grant',
  'sector_fund',
  'municipality',
  'other',
] as const;
export type BudgetPayer = (typeof BUDGET_PAYERS)[number];

/** Kinds of in-kind contribution a member organisation makes. */
export const IN_KIND_KINDS = ['hosting', 'coordinator_hours', 'catering', 'other'] as const;
export type InKindKind = (typeof IN_KIND_KINDS)[number];

/** The item an in-kind contribution of this kind lands on, unless the user chooses another. */
export const IN_KIND_DEFAULT_ITEM: Record<InKindKind, BudgetItem> = {
  hosting: 'meetings_venues',
  coordinator_hours: 'coordinator',
  catering: 'meetings_venues',
  other: 'own',
};

export interface PlanLine {
  item: BudgetItem;
  payer: BudgetPayer;
  plannedCents: number;
}

/** Money spent on an item, paid from one payer's money. */
export interface SpendingAmount {
  item: BudgetItem;
  payer: BudgetPayer;
  amountCents: number;
}

/** A member organisation's contribution in kind, valued: income in kind and, at the same time, a cost met in kind. */
export interface InKindAmount {
  item: BudgetItem;
  valueCents: number;
}

export interface Figures {
  plannedCents: number;
  actualCents: number;
}

export interface ItemFigures extends Figures {
  item: BudgetItem;
  /** Where the year ends if the pace so far continues. */
  forecastCents: number;
  /** Of actualCents: what came in kind. */
  inKindCents: number;
}

export interface PayerFigures extends Figures {
  payer: BudgetPayer;
  forecastCents: number;
}

export interface BudgetSummary {
  items: ItemFigures[];
  payers: PayerFigures[];
  total: Figures & { forecastCents: number; inKindCents: number };
  /** Days of the year passed, and the year's length, that the forecast used. */
  pace: { daysElapsed: number; daysInYear: number };
}

function daysInYear(year: number): number {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 366 : 365;
}

/**
 * How far the year has come on `today`: a past year is complete, a future one has not begun. Today counts as passed, so on
 * 1 January one day of the year has gone.
 */
export function yearProgress(year: number, today: IsoDate): { daysElapsed: number; daysInYear: number } {
  const total = daysInYear(year);
  const t = parseIsoDate(today);
  if (!t || t.year > year) return { daysElapsed: total, daysInYear: total };
  if (t.year < year) return { daysElapsed: 0, daysInYear: total };
  return { daysElapsed: daysBetween(`${year}-01-01` as IsoDate, today) + 1, daysInYear: total };
}

/**
 * The year's end at the current pace, in whole cents: actual × days in the year ÷ days passed, rounded half up by integer
 * arithmetic. Before the year has begun nothing is known, so the forecast is what has been recorded (usually zero).
 */
export function forecastAtPace(actualCents: number, progress: { daysElapsed: number; daysInYear: number }): number {
  if (progress.daysElapsed <= 0 || progress.daysElapsed >= progress.daysInYear) return actualCents;
  const numerator = actualCents * progress.daysInYear;
  if (!Number.isSafeInteger(numerator)) return Math.round(numerator / progress.daysElapsed);
  const whole = Math.floor(numerator / progress.daysElapsed);
  const rest = numerator - whole * progress.daysElapsed;
  return rest * 2 >= progress.daysElapsed ? whole + 1 : whole;
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/**
 * Planned against actual per item, per payer and in total. Actual is money spent plus the value of what came in kind (as
 * payer `in_kind`). Forecasts are taken per item and per payer at the same pace; the total's forecast is the sum of the
 * items' forecasts, so the table adds up on screen.
 */
export function summariseBudget(input: {
  year: number;
  today: IsoDate;
  plan: readonly PlanLine[];
  spending: readonly SpendingAmount[];
  inKind: readonly InKindAmount[];
}): BudgetSummary {
  const pace = yearProgress(input.year, input.today);
  const planned = new Map<string, number>();
  const actual = new Map<string, number>();
  const inKindByItem = new Map<BudgetItem, number>();
  const add = (map: Map<string, number>, key: string, cents: number) => map.set(key, (map.get(key) ?? 0) + cents);
  for (const line of input.plan) {
    add(planned, `i:${line.item}`, line.plannedCents);
    add(planned, `p:${line.payer}`, line.plannedCents);
  }
  for (const entry of input.spending) {
    add(actual, `i:${entry.item}`, entry.amountCents);
    add(actual, `p:${entry.payer}`, entry.amountCents);
  }
  for (const gift of input.inKind) {
    add(actual, `i:${gift.item}`, gift.valueCents);
    add(actual, 'p:in_kind', gift.valueCents);
    inKindByItem.set(gift.item, (inKindByItem.get(gift.item) ?? 0) + gift.valueCents);
  }
  const items = BUDGET_ITEMS.map((item): ItemFigures => {
    const actualCents = actual.get(`i:${item}`) ?? 0;
    return {
      item,
      plannedCents: planned.get(`i:${item}`) ?? 0,
      actualCents,
      forecastCents: forecastAtPace(actualCents, pace),
      inKindCents: inKindByItem.get(item) ?? 0,
    };
  });
  const payers = BUDGET_PAYERS.map((payer): PayerFigures => {
    const actualCents = actual.get(`p:${payer}`) ?? 0;
    return {
      payer,
      plannedCents: planned.get(`p:${payer}`) ?? 0,
      actualCents,
      forecastCents: forecastAtPace(actualCents, pace),
    };
  });
  return {
    items,
    payers,
    total: {
      plannedCents: sum(items.map((i) => i.plannedCents)),
      actualCents: sum(items.map((i) => i.actualCents)),
      forecastCents: sum(items.map((i) => i.forecastCents)),
      inKindCents: sum(items.map((i) => i.inKindCents)),
    },
    pace,
  };
}

/** One cost item of the applied design: a range per year, as the design advisor estimates it. */
export interface DesignCost {
  code: string;
  amountCentsPerYear: { min: number; max: number };
}

function isBudgetItem(code: string): code is BudgetItem {
  return (BUDGET_ITEMS as readonly string[]).includes(code);
}

/**
 * The first plan of a year from the applied design: each cost item at the middle of its range (rounded to whole euros),
 * paid by the funder's grant where the design has a funder who pays, otherwise by the members' contributions; the
 * meetings' venues come in kind where the design says members host. Items the budget does not know are left out.
 */
export function planFromDesign(
  costs: readonly DesignCost[],
  financing: { funderPays: boolean; inKind: boolean },
): PlanLine[] {
  const lines: PlanLine[] = [];
  for (const cost of costs) {
    if (!isBudgetItem(cost.code)) continue;
    const middle = Math.round((cost.amountCentsPerYear.min + cost.amountCentsPerYear.max) / 200) * 100;
    const payer: BudgetPayer =
      cost.code === 'meetings_venues' && financing.inKind
        ? 'in_kind'
        : financing.funderPays
          ? 'funder_grant'
          : 'member_contributions';
    lines.push({ item: cost.code, payer, plannedCents: middle });
  }
  return lines;
}

/** Plan lines made unique per (item, payer), zero lines dropped, in the catalogue's order. */
export function normalisePlan(lines: readonly PlanLine[]): PlanLine[] {
  const byKey = new Map<string, number>();
  for (const line of lines) {
    const key = `${line.item} ${line.payer}`;
    byKey.set(key, (byKey.get(key) ?? 0) + line.plannedCents);
  }
  const out: PlanLine[] = [];
  for (const item of BUDGET_ITEMS)
    for (const payer of BUDGET_PAYERS) {
      const cents = byKey.get(`${item} ${payer}`) ?? 0;
      if (cents !== 0) out.push({ item, payer, plannedCents: cents });
    }
  return out;
}

/** A spending entry or in-kind contribution belongs to the year of its date. */
export function yearOfDate(date: IsoDate): number | null {
  return parseIsoDate(date)?.year ?? null;
}
