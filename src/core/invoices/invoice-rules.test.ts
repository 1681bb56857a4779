import { describe, expect, it } from 'vitest';
import {
  allowedInvoiceActions,
  contributionFor,
  creditAmountOf,
  formatInvoiceNumber,
  SUGGESTED_TIERS,
  tierFor,
  tierProblem,
} from './invoice-rules.js';

describe('invoice rules', () => {
  it('writes numbers per year with four digits at least', () => {
    expect(formatInvoiceNumber(2026, 1)).toBe('2026-0001');
    expect(formatInvoiceNumber(2026, 12345)).toBe('2026-12345');
    expect(() => formatInvoiceNumber(2026, 0)).toThrow();
  });

  it('lets a sent invoice be paid, reminded, credited or written off, but never edited', () => {
    expect(allowedInvoiceActions({ kind: 'invoice', status: 'draft' })).toEqual(['edit', 'send']);
    expect(allowedInvoiceActions({ kind: 'invoice', status: 'sent' })).not.toContain('edit');
    expect(allowedInvoiceActions({ kind: 'invoice', status: 'paid' })).toEqual(['credit']);
    expect(allowedInvoiceActions({ kind: 'invoice', status: 'written_off' })).toEqual([]);
    expect(allowedInvoiceActions({ kind: 'credit_note', status: 'sent' })).toEqual([]);
  });

  it('credits the full amount, negatively, and only a positive invoice', () => {
    expect(creditAmountOf(125_050)).toBe(-125_050);
    expect(() => creditAmountOf(-5)).toThrow();
  });

  it('finds the tier by head count and refuses overlapping or reversed tiers', () => {
    expect(tierFor(SUGGESTED_TIERS, 0)?.amountCents).toBe(5_000);
    expect(tierFor(SUGGESTED_TIERS, 49)?.amountCents).toBe(10_000);
    expect(tierFor(SUGGESTED_TIERS, 5000)?.amountCents).toBe(25_000);
    const big = { name: 'x', employeesFrom: 200, employeesTo: 300, amountCents: 1 };
    expect(tierProblem(big, SUGGESTED_TIERS)).toBe('overlap');
    expect(tierProblem({ ...big, employeesTo: 100 }, [])).toBe('range_reversed');
    expect(tierProblem(big, [])).toBeNull();
  });

  it('takes the year’s amount, then the membership’s, then the tier', () => {
    const tiers = SUGGESTED_TIERS;
    expect(contributionFor({ yearCents: 30_000, perYearCents: 20_000, sizeClass: 'micro', tiers })).toEqual({
      cents: 30_000,
      source: 'year',
    });
    expect(contributionFor({ yearCents: null, perYearCents: 20_000, sizeClass: 'micro', tiers })?.source).toBe(
      'membership',
    );
    expect(contributionFor({ yearCents: null, perYearCents: null, sizeClass: 'medium', tiers })).toEqual({
      cents: 17_500,
      source: 'tier',
    });
    expect(contributionFor({ yearCents: null, perYearCents: null, sizeClass: null, tiers })).toBeNull();
  });
});
