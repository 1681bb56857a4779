import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BUDGET_ITEMS,
  BUDGET_PAYERS,
  forecastAtPace,
  normalisePlan,
  planFromDesign,
  summariseBudget,
  yearProgress,
} from './budget-rules.js';

const item = fc.constantFrom(...BUDGET_ITEMS);
const payer = fc.constantFrom(...BUDGET_PAYERS);
const cents = fc.integer({ min: 0, max: 1_000_000_000 });

describe('summariseBudget', () => {
  it('adds up: item totals, payer totals and the grand total agree for any set of entries', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ item, payer, plannedCents: cents }), { maxLength: 40 }),
        fc.array(fc.record({ item, payer, amountCents: cents }), { maxLength: 60 }),
        fc.array(fc.record({ item, valueCents: cents }), { maxLength: 30 }),
        fc.integer({ min: 2024, max: 2030 }),
        fc.date({ min: new Date('2023-01-01T12:00:00Z'), max: new Date('2031-12-31T12:00:00Z'), noInvalidDate: true }),
        (plan, spending, inKind, year, day) => {
          const s = summariseBudget({ year, today: day.toISOString().slice(0, 10), plan, spending, inKind });
          const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
          const planned = total(plan.map((l) => l.plannedCents));
          const actual = total(spending.map((e) => e.amountCents)) + total(inKind.map((g) => g.valueCents));
          expect(s.total.plannedCents).toBe(planned);
          expect(total(s.items.map((i) => i.plannedCents))).toBe(planned);
          expect(total(s.payers.map((p) => p.plannedCents))).toBe(planned);
          expect(s.total.actualCents).toBe(actual);
          expect(total(s.items.map((i) => i.actualCents))).toBe(actual);
          expect(total(s.payers.map((p) => p.actualCents))).toBe(actual);
          expect(s.total.inKindCents).toBe(total(inKind.map((g) => g.valueCents)));
          expect(s.payers.find((p) => p.payer === 'in_kind')?.actualCents).toBeGreaterThanOrEqual(s.total.inKindCents);
          for (const figure of [...s.items, ...s.payers, s.total]) {
            expect(Number.isSafeInteger(figure.plannedCents)).toBe(true);
            expect(Number.isSafeInteger(figure.actualCents)).toBe(true);
            expect(Number.isSafeInteger(figure.forecastCents)).toBe(true);
            expect(figure.forecastCents).toBeGreaterThanOrEqual(figure.actualCents);
          }
        },
      ),
    );
  });

  it('shows planned against actual per item and payer, in kind counted as income in kind', () => {
    const s = summariseBudget({
      year: 2026,
      today: '2026-12-31',
      plan: [
        { item: 'coordinator', payer: 'funder_grant', plannedCents: 4_000_000 },
        { item: 'meetings_venues', payer: 'in_kind', plannedCents: 300_000 },
      ],
      spending: [{ item: 'coordinator', payer: 'funder_grant', amountCents: 125_050 }],
      inKind: [{ item: 'meetings_venues', valueCents: 45_000 }],
    });
    expect(s.items.find((i) => i.item === 'coordinator')).toMatchObject({
      plannedCents: 4_000_000,
      actualCents: 125_050,
    });
    expect(s.items.find((i) => i.item === 'meetings_venues')).toMatchObject({
      actualCents: 45_000,
      inKindCents: 45_000,
    });
    expect(s.payers.find((p) => p.payer === 'in_kind')).toMatchObject({ plannedCents: 300_000, actualCents: 45_000 });
    expect(s.total).toMatchObject({ plannedCents: 4_300_000, actualCents: 170_050, forecastCents: 170_050 });
  });
});

describe('forecast at the current pace', () => {
  it('counts the days of the year that have passed, today included', () => {
    expect(yearProgress(2026, '2026-01-01')).toEqual({ daysElapsed: 1, daysInYear: 365 });
    expect(yearProgress(2026, '2026-07-02')).toEqual({ daysElapsed: 183, daysInYear: 365 });
    expect(yearProgress(2028, '2028-12-31')).toEqual({ daysElapsed: 366, daysInYear: 366 });
    expect(yearProgress(2025, '2026-03-01')).toEqual({ daysElapsed: 365, daysInYear: 365 });
    expect(yearProgress(2027, '2026-03-01')).toEqual({ daysElapsed: 0, daysInYear: 365 });
  });

  it('extends the pace so far to the whole year, in whole cents rounded half up', () => {
    // € 1.000,00 in the first 73 days of 365 → five times as much.
    expect(forecastAtPace(100_000, { daysElapsed: 73, daysInYear: 365 })).toBe(500_000);
    // 1 cent in 2 of 365 days → 182,5 → 183.
    expect(forecastAtPace(1, { daysElapsed: 2, daysInYear: 365 })).toBe(183);
    expect(forecastAtPace(100_000, { daysElapsed: 365, daysInYear: 365 })).toBe(100_000);
    expect(forecastAtPace(100_000, { daysElapsed: 0, daysInYear: 365 })).toBe(100_000);
  });
});

describe('planFromDesign', () => {
  const costs = [
    { code: 'coordinator', amountCentsPerYear: { min: 3_000_000, max: 4_000_050 } },
    { code: 'meetings_venues', amountCentsPerYear: { min: 200_000, max: 400_000 } },
    { code: 'communication_tools', amountCentsPerYear: { min: 50_000, max: 100_000 } },
    { code: 'something_new', amountCentsPerYear: { min: 1, max: 2 } },
  ];

  it('takes the middle of each range in whole euros and the design’s payer', () => {
    expect(planFromDesign(costs, { funderPays: true, inKind: true })).toEqual([
      { item: 'coordinator', payer: 'funder_grant', plannedCents: 3_500_000 },
      { item: 'meetings_venues', payer: 'in_kind', plannedCents: 300_000 },
      { item: 'communication_tools', payer: 'funder_grant', plannedCents: 75_000 },
    ]);
    expect(planFromDesign(costs, { funderPays: false, inKind: false }).map((l) => l.payer)).toEqual([
      'member_contributions',
      'member_contributions',
      'member_contributions',
    ]);
  });

  it('normalises a plan: one line per item and payer, no zero lines, catalogue order', () => {
    expect(
      normalisePlan([
        { item: 'own', payer: 'other', plannedCents: 5 },
        { item: 'coordinator', payer: 'funder_grant', plannedCents: 100 },
        { item: 'coordinator', payer: 'funder_grant', plannedCents: 50 },
        { item: 'secretariat', payer: 'municipality', plannedCents: 0 },
      ]),
    ).toEqual([
      { item: 'coordinator', payer: 'funder_grant', plannedCents: 150 },
      { item: 'own', payer: 'other', plannedCents: 5 },
    ]);
  });
});
