// The advisor's numbers are settings: a changed number changes the advice (the advisor stays pure and takes them as input),
// and a bad value is refused with a Dutch message that names the setting and what to fix.
import { describe, expect, it } from 'vitest';
import { ADVISOR_DEFAULTS, ADVISOR_DEFAULT_SOURCES, adviseDesign } from './design-advisor.js';
import {
  ADVISOR_SETTING_KEYS,
  ADVISOR_SETTING_LABELS,
  checkAdvisorSettings,
  withDefaults,
} from './advisor-settings.js';
import type { DesignInput } from './design-input.js';

const input: DesignInput = {
  financing: 'external',
  funderType: 'gemeente',
  ownership: 4,
  phase: 'opstart',
  expectedMembers: 30,
  existing: { coreGroupFormed: true, coordinatorAvailable: true, legalEntity: false, annualPlanRequired: false },
};

const coordinatorCost = (design: ReturnType<typeof adviseDesign>) =>
  design.financing.costItems.find((c) => c.code === 'coordinator')!.amountCentsPerYear;

describe('advisor settings', () => {
  it('default to the guide’s figures, each with a named source and a label in both languages', () => {
    expect(withDefaults({})).toEqual(ADVISOR_DEFAULTS);
    expect(checkAdvisorSettings(withDefaults({}))).toEqual([]);
    for (const key of ADVISOR_SETTING_KEYS) {
      expect(ADVISOR_DEFAULT_SOURCES[key].nl.length).toBeGreaterThan(5);
      expect(ADVISOR_SETTING_LABELS.nl[key]).toBeTruthy();
      expect(ADVISOR_SETTING_LABELS.en[key]).toBeTruthy();
    }
  });

  it('change the advice when changed: a higher day rate, more coordinator days, a lower theme-group threshold', () => {
    const plain = adviseDesign(input);
    const dearer = adviseDesign(input, {
      locale: 'nl',
      settings: withDefaults({ coordinatorDayRateCents: { min: 100_000, max: 120_000 } }),
    });
    expect(coordinatorCost(dearer).min).toBeGreaterThan(coordinatorCost(plain).min);
    const moreDays = adviseDesign(input, { locale: 'nl', settings: withDefaults({ coordinatorDaysInStartUp: 3 }) });
    expect(moreDays.financing.coordinatorDaysPerWeek).toBe(plain.financing.coordinatorDaysPerWeek + 1);
    const themeLead = (d: ReturnType<typeof adviseDesign>) => d.roles.find((r) => r.code === 'theme_lead')!.needed;
    expect(themeLead(plain)).toBe(true);
    expect(
      themeLead(adviseDesign(input, { locale: 'nl', settings: withDefaults({ themeGroupsFromMembers: 50 }) })),
    ).toBe(false);
  });

  it('refuse a bad value with a Dutch message naming the setting and what to fix', () => {
    expect(checkAdvisorSettings(withDefaults({ networkMeetingsPerYear: { min: 6, max: 4 } }))).toEqual([
      {
        key: 'networkMeetingsPerYear',
        message:
          '‘Netwerkbijeenkomsten per jaar’: het minimum (6) is hoger dan het maximum (4). Maak het minimum kleiner of het maximum groter.',
      },
    ]);
    expect(checkAdvisorSettings(withDefaults({ workingWeeksPerYear: 60 }))[0]?.message).toBe(
      '‘Werkweken per jaar’ moet liggen tussen 1 en 52 (een heel getal).',
    );
    expect(
      checkAdvisorSettings(withDefaults({ coordinatorDayRateCents: { min: -100, max: 80_000 } }))[0]?.message,
    ).toMatch(/^‘Dagtarief van de coördinator’ moet liggen tussen €\s0,00 en €\s5\.000,00\.$/);
  });
});
