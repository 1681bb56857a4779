// The rules of contribution invoices, pure: which invoice may do what in which state, how an invoice number is written,
// which contribution tier fits a member, and what a member owes for a year. No database and no clock.
import type { SizeClass } from '../organisations/reference-data.js';

/**
 * draft → sent → (reminded →)* paid, or → written_off; a sent, reminded or paid invoice can be credited in full, which
 * makes it `credited`. A credit note is issued as `sent` and takes no further steps.
 */
export const INVOICE_STATUSES = ['draft', 'sent', 'reminded', 'paid', 'written_off', 'credited'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

export const INVOICE_KINDS = ['invoice', 'credit_note'] as const;
export type InvoiceKind = (typeof INVOICE_KINDS)[number];

export const INVOICE_ACTIONS = ['edit', 'send', 'mark_paid', 'remind', 'credit', 'write_off'] as const;
export type InvoiceAction = (typeof INVOICE_ACTIONS)[number];

const ALLOWED: Record<InvoiceStatus, readonly InvoiceAction[]> = {
  draft: ['edit', 'send'],
  sent: ['mark_paid', 'remind', 'credit', 'write_off'],
  reminded: ['mark_paid', 'remind', 'credit', 'write_off'],
  paid: ['credit'],
  written_off: [],
  credited: [],
};

/** What can still be done with an invoice; a credit note is final once issued. */
export function allowedInvoiceActions(invoice: { kind: InvoiceKind; status: InvoiceStatus }): readonly InvoiceAction[] {
  if (invoice.kind === 'credit_note') return [];
  return ALLOWED[invoice.status];
}

export function mayDo(invoice: { kind: InvoiceKind; status: InvoiceStatus }, action: InvoiceAction): boolean {
  return allowedInvoiceActions(invoice).includes(action);
}

/** The status an action leads to. */
export function statusAfter(action: Exclude<InvoiceAction, 'edit'>): InvoiceStatus {
  switch (action) {
    case 'send':
      return 'sent';
    case 'mark_paid':
      return 'paid';
    case 'remind':
      return 'reminded';
    case 'credit':
      return 'credited';
    case 'write_off':
      return 'written_off';
  }
}

/** `2026-0001`: the year and the number within the network's sequence for that year, four digits at least. */
export function formatInvoiceNumber(year: number, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1) throw new Error(`an invoice sequence starts at 1, not ${sequence}`);
  return `${year}-${String(sequence).padStart(4, '0')}`;
}

/** A credit note's amount is the original's, negated; only a credit note is negative. */
export function creditAmountOf(originalCents: number): number {
  if (originalCents <= 0) throw new Error('only a positive invoice can be credited');
  return -originalCents;
}

export interface Tier {
  name: string;
  employeesFrom: number;
  /** Inclusive; null means "and more". */
  employeesTo: number | null;
  amountCents: number;
}

/**
 * A sensible start for a network without tiers, within the guide's € 50 – € 250 per member per year, by company size as
 * the size classes count it (fewer than 10, 10–49, 50–249, 250 and more employees). A suggestion only.
 */
export const SUGGESTED_TIERS: readonly Tier[] = [
  { name: 'Micro (tot 10)', employeesFrom: 0, employeesTo: 9, amountCents: 5_000 },
  { name: 'Klein (10–49)', employeesFrom: 10, employeesTo: 49, amountCents: 10_000 },
  { name: 'Middelgroot (50–249)', employeesFrom: 50, employeesTo: 249, amountCents: 17_500 },
  { name: 'Groot (250+)', employeesFrom: 250, employeesTo: null, amountCents: 25_000 },
];

/** The guide's usual range, shown next to the tiers editor. */
export const GUIDE_RANGE_CENTS = { min: 5_000, max: 25_000 } as const;

/** An organisation records its size as a class; the class's smallest head count places it in a tier. */
const SIZE_CLASS_EMPLOYEES: Record<SizeClass, number> = { micro: 0, small: 10, medium: 50, large: 250 };

export function employeesOfSizeClass(sizeClass: string | null): number | null {
  return sizeClass !== null && sizeClass in SIZE_CLASS_EMPLOYEES ? SIZE_CLASS_EMPLOYEES[sizeClass as SizeClass] : null;
}

export function tierFor<T extends Tier>(tiers: readonly T[], employees: number): T | null {
  return (
    tiers.find((t) => employees >= t.employeesFrom && (t.employeesTo === null || employees <= t.employeesTo)) ?? null
  );
}

export type TierProblem = 'range_reversed' | 'overlap' | 'negative';

/** Tiers may not overlap, run backwards or cost less than nothing. */
export function tierProblem(tier: Tier, others: readonly Tier[]): TierProblem | null {
  if (tier.amountCents < 0 || tier.employeesFrom < 0) return 'negative';
  if (tier.employeesTo !== null && tier.employeesTo < tier.employeesFrom) return 'range_reversed';
  const end = (t: Tier) => t.employeesTo ?? Number.POSITIVE_INFINITY;
  if (others.some((o) => tier.employeesFrom <= end(o) && o.employeesFrom <= end(tier))) return 'overlap';
  return null;
}

export type ContributionSource = 'year' | 'membership' | 'tier';

/**
 * What a member owes for a year: the amount agreed for that year, else the membership's yearly contribution, else the
 * tier its size falls in. Null when none applies (the member is then skipped, and told so).
 */
export function contributionFor(input: {
  yearCents: number | null;
  perYearCents: number | null;
  sizeClass: string | null;
  tiers: readonly Tier[];
}): { cents: number; source: ContributionSource } | null {
  if (input.yearCents !== null && input.yearCents > 0) return { cents: input.yearCents, source: 'year' };
  if (input.perYearCents !== null && input.perYearCents > 0) return { cents: input.perYearCents, source: 'membership' };
  const employees = employeesOfSizeClass(input.sizeClass);
  const tier = employees === null ? null : tierFor(input.tiers, employees);
  return tier && tier.amountCents > 0 ? { cents: tier.amountCents, source: 'tier' } : null;
}

/** Membership statuses that are invoiced. */
export const INVOICED_MEMBERSHIP_STATUSES = ['admitted', 'active'] as const;
