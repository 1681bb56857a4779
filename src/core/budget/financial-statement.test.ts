import { describe, expect, it } from 'vitest';
import { checkStatementPeriod, computeFinancialStatement } from './financial-statement.js';

describe('the financial statement of a period', () => {
  const plan = [
    { item: 'coordinator', payer: 'funder_grant', plannedCents: 4_000_000 },
    { item: 'coordinator', payer: 'member_contributions', plannedCents: 1_000_050 },
    { item: 'meetings_venues', payer: 'in_kind', plannedCents: 250_000 },
    { item: 'communication_tools', payer: 'funder_grant', plannedCents: 125_050 },
  ] as const;
  const spending = [
    { spentOn: '2026-01-15', item: 'coordinator', payer: 'funder_grant', amountCents: 800_000 },
    { spentOn: '2026-03-31', item: 'coordinator', payer: 'member_contributions', amountCents: 10_001 },
    { spentOn: '2026-02-01', item: 'communication_tools', payer: 'funder_grant', amountCents: 12_345 },
    { spentOn: '2026-04-01', item: 'coordinator', payer: 'funder_grant', amountCents: 999_999 },
    { spentOn: '2025-12-31', item: 'secretariat', payer: 'other', amountCents: 5_000 },
  ] as const;
  const q1 = computeFinancialStatement({ from: '2026-01-01', to: '2026-03-31', plan, spending });

  it('adds the items up to the grand total, column by column', () => {
    for (const key of ['grantCents', 'plannedCents', 'spentCents', 'grantSpentCents'] as const) {
      expect(q1.items.reduce((sum, row) => sum + row[key], 0)).toBe(q1.total[key]);
    }
    expect(q1.total).toEqual({
      grantCents: 4_125_050,
      plannedCents: 5_375_100,
      spentCents: 822_346,
      grantSpentCents: 812_345,
    });
  });

  it('counts only the spending inside the period, both ends included, and has a row for every item', () => {
    expect(q1.items.map((r) => r.item)).toEqual([
      'coordinator',
      'meetings_venues',
      'communication_tools',
      'secretariat',
      'own',
    ]);
    expect(q1.items[0]).toEqual({
      item: 'coordinator',
      grantCents: 4_000_000,
      plannedCents: 5_000_050,
      spentCents: 810_001,
      grantSpentCents: 800_000,
    });
    expect(q1.items.find((r) => r.item === 'secretariat')?.spentCents).toBe(0);
  });

  it('accepts a period within one year only', () => {
    expect(checkStatementPeriod('2026-01-01', '2026-12-31')).toEqual({ ok: true, year: 2026 });
    expect(checkStatementPeriod('2026-04-01', '2026-03-31')).toEqual({ ok: false, error: 'reversed' });
    expect(checkStatementPeriod('2025-12-01', '2026-01-31')).toEqual({ ok: false, error: 'two_years' });
    expect(checkStatementPeriod('2026-02-30', '2026-03-31')).toEqual({ ok: false, error: 'not_a_date' });
  });
});
