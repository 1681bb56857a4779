// The pure rules of a network's life: which phase moves the guide knows and which dates are refused, and the signals a
// funder's agreement raises (ending within three months, the funder's person in the kerngroep or board, a year plan demanded).
import { describe, expect, it } from 'vitest';
import { addMonthsTo, checkPhaseChange, funderAgreementSignals, type AgreementFacts } from './network-life.js';

const today = '2026-12-05';

describe('phase changes', () => {
  it('follows the life cycle forward and into and out of teruggang', () => {
    const ok = (from: string, to: string) =>
      checkPhaseChange({ from: from as never, to: to as never, effectiveOn: today, previousOn: null, today });
    expect(ok('initiatie', 'opstart')).toBeNull();
    expect(ok('opstart', 'volwassen')).toBeNull();
    expect(ok('volwassen', 'teruggang')).toBeNull();
    expect(ok('teruggang', 'opstart')).toBeNull();
    expect(ok('initiatie', 'volwassen')).toBe('phase_move_not_allowed');
    expect(ok('volwassen', 'initiatie')).toBe('phase_move_not_allowed');
    expect(ok('opstart', 'opstart')).toBe('phase_unchanged');
  });

  it('refuses a date before the previous change or in the future', () => {
    const base = { from: 'initiatie', to: 'opstart' } as const;
    expect(checkPhaseChange({ ...base, effectiveOn: '2026-03-01', previousOn: '2026-04-01', today })).toBe(
      'phase_date_before_previous',
    );
    expect(checkPhaseChange({ ...base, effectiveOn: '2026-04-01', previousOn: '2026-04-01', today })).toBeNull();
    expect(checkPhaseChange({ ...base, effectiveOn: '2026-12-06', previousOn: null, today })).toBe(
      'phase_date_in_future',
    );
  });
});

describe('addMonthsTo', () => {
  it('keeps the day, clamped to the end of a shorter month, across years', () => {
    expect(addMonthsTo('2026-12-05', 3)).toBe('2027-03-05');
    expect(addMonthsTo('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonthsTo('2028-11-30', 3)).toBe('2029-02-28');
    expect(addMonthsTo('2027-11-30', 3)).toBe('2028-02-29');
  });
});

const agreement = (over: Partial<AgreementFacts> = {}): AgreementFacts => ({
  funderName: 'Werkgeversservicepunt Twente',
  startsOn: '2026-01-01',
  endsOn: '2027-12-31',
  yearPlanRequired: false,
  contactPersonId: null,
  ...over,
});
const codes = (s: { code: string }[]) => s.map((x) => x.code);

describe('funder agreement signals', () => {
  it('signals an agreement ending within three months, and not one ending later or already ended', () => {
    const ending = funderAgreementSignals({ today, agreements: [agreement({ endsOn: '2027-03-05' })], seats: [] });
    expect(ending).toEqual([
      { code: 'funder_agreement_ending', values: { funder: 'Werkgeversservicepunt Twente', endsOn: '2027-03-05' } },
    ]);
    expect(
      codes(funderAgreementSignals({ today, agreements: [agreement({ endsOn: '2027-03-06' })], seats: [] })),
    ).toEqual([]);
    expect(
      codes(
        funderAgreementSignals({
          today,
          agreements: [agreement({ endsOn: '2026-12-04', yearPlanRequired: true })],
          seats: [],
        }),
      ),
    ).toEqual([]);
  });

  it("signals when the funder's person holds a seat in the kerngroep or the board", () => {
    const seats = [
      { personId: 'p-emp', personName: 'Bakker', role: 'core_group' },
      { personId: 'p-fund', personName: 'Anouk de Vries', role: 'board' },
    ];
    // By the agreement's contact person…
    expect(
      funderAgreementSignals({ today, agreements: [agreement({ contactPersonId: 'p-fund' })], seats }),
    ).toContainEqual({ code: 'funder_in_governance', values: { person: 'Anouk de Vries', role: 'board' } });
    // …or by someone who holds the funder role.
    expect(
      codes(
        funderAgreementSignals({
          today,
          agreements: [],
          seats: [...seats, { personId: 'p-emp', personName: 'Bakker', role: 'funder' }],
        }),
      ),
    ).toEqual(['funder_in_governance']);
    // An employer in the kerngroep is what the guide wants: no signal.
    expect(codes(funderAgreementSignals({ today, agreements: [agreement()], seats }))).toEqual([]);
  });

  it('signals a demanded year plan once, also for an agreement that starts later', () => {
    const signals = funderAgreementSignals({
      today,
      agreements: [
        agreement({ yearPlanRequired: true, startsOn: '2027-01-01', funderName: 'Gemeente Enschede' }),
        agreement({ yearPlanRequired: true }),
      ],
      seats: [],
    });
    expect(signals).toEqual([{ code: 'funder_demands_year_plan', values: { funder: 'Gemeente Enschede' } }]);
  });
});

describe('where the design wizard starts', () => {
  it("takes the network's phase, over the applied design's inputs or the defaults", async () => {
    const { startingDesignInput } = await import('../design/design-input.js');
    const defaults = {
      financing: 'contributions_money',
      ownership: 3,
      phase: 'initiatie',
      expectedMembers: 25,
      existing: { coreGroupFormed: false, coordinatorAvailable: true, legalEntity: false, annualPlanRequired: false },
    } as const;
    expect(startingDesignInput(defaults, 'opstart', null)).toEqual({ ...defaults, phase: 'opstart' });
    const applied = { ...defaults, financing: 'external', funderType: 'gemeente', expectedMembers: 60 } as const;
    expect(startingDesignInput(defaults, 'volwassen', applied)).toEqual({ ...applied, phase: 'volwassen' });
  });
});
