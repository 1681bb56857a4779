import { describe, expect, it } from 'vitest';
import { checkInDueDates, dueCheckIns } from './check-ins.js';
import { addMonths } from './dates.js';

describe('checkInDueDates', () => {
  it('is 3, 6 and 12 months after the start, clamped at month ends', () => {
    expect(checkInDueDates('2026-01-15')).toEqual([
      { months: 3, dueOn: '2026-04-15' },
      { months: 6, dueOn: '2026-07-15' },
      { months: 12, dueOn: '2027-01-15' },
    ]);
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(addMonths('2023-11-30', 3)).toBe('2024-02-29');
  });
});

describe('dueCheckIns', () => {
  const placement = { id: 'p1', startsOn: '2026-01-15', endsOn: null, doneMonths: [] as number[] };
  it('shows nothing before the lead time, then the 3-month check-in, overdue after its date', () => {
    expect(dueCheckIns([placement], '2026-04-07')).toEqual([]);
    expect(dueCheckIns([placement], '2026-04-08')).toEqual([
      { placementId: 'p1', months: 3, dueOn: '2026-04-15', overdue: false },
    ]);
    expect(dueCheckIns([placement], '2026-04-16')[0]?.overdue).toBe(true);
  });
  it('drops recorded check-ins and those after the placement ended', () => {
    expect(dueCheckIns([{ ...placement, doneMonths: [3] }], '2026-05-01')).toEqual([]);
    expect(dueCheckIns([{ ...placement, doneMonths: [3] }], '2026-07-15').map((d) => d.months)).toEqual([6]);
    expect(dueCheckIns([{ ...placement, endsOn: '2026-03-01' }], '2027-02-01')).toEqual([]);
    expect(dueCheckIns([{ ...placement, endsOn: '2026-05-01' }], '2027-02-01').map((d) => d.months)).toEqual([3]);
  });
});
