import { describe, expect, it } from 'vitest';
import { ADVISOR_DEFAULTS, adviseDesign } from './design-advisor.js';
import type { DesignInput } from './design-input.js';
import { designInLocale, sameAdvice } from './design-locale.js';
import type { NetworkDesign } from './network-design.js';

const input: DesignInput = {
  financing: 'external',
  funderType: 'werkbedrijf',
  ownership: 2,
  phase: 'opstart',
  expectedMembers: 25,
  existing: { coreGroupFormed: false, coordinatorAvailable: true, legalEntity: false, annualPlanRequired: true },
};

/** What a design looks like read back from jsonb: the same values, the keys in another order. */
function reordered<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reordered) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reordered(v)]),
  ) as T;
}

describe('designInLocale', () => {
  const dutch = adviseDesign(input, { locale: 'nl' });
  const english = adviseDesign(input, { locale: 'en' });

  it('tells a Dutch design in English when the advisor advises the same, also with the keys reordered', () => {
    expect(dutch.roles[0]!.reason).not.toBe(english.roles[0]!.reason);
    expect(designInLocale(reordered(dutch), input, 'en')).toEqual(english);
  });

  it('returns the design as stored when the reader reads its language', () => {
    const stored = reordered(dutch);
    expect(designInLocale(stored, input, 'nl')).toBe(stored);
  });

  it('keeps the stored reasons when the advice differs: a hand-edited matrix', () => {
    const edited: NetworkDesign = structuredClone(dutch);
    const task = edited.tasks.find((t) => t.responsible !== 'coordinator')!;
    task.responsible = 'coordinator';
    expect(sameAdvice(edited, dutch)).toBe(false);
    expect(designInLocale(edited, input, 'en')).toBe(edited);
  });

  it('keeps the stored reasons when the advisor now advises other amounts (its numbers were changed since)', () => {
    const changed: NetworkDesign = structuredClone(dutch);
    changed.financing.costItems[0]!.amountCentsPerYear.max += 100;
    expect(designInLocale(changed, input, 'en')).toBe(changed);
  });

  it("uses the installation's numbers when it runs the advisor again", () => {
    const settings = { ...ADVISOR_DEFAULTS, coordinatorDayRateCents: { min: 90_000, max: 120_000 } };
    const dearer = adviseDesign(input, { locale: 'nl', settings });
    expect(sameAdvice(dearer, dutch)).toBe(false);
    expect(designInLocale(dearer, input, 'en', settings)).toEqual(adviseDesign(input, { locale: 'en', settings }));
  });
});
