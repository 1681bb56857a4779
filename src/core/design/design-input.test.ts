import { describe, expect, it } from 'vitest';

import { designInput, FUNDER_TYPES, PHASES } from './design-input.js';

const valid = {
  financing: 'external',
  funderType: 'werkgeversservicepunt',
  ownership: 4,
  phase: 'opstart',
  expectedMembers: 40,
  existing: { coreGroupFormed: false, coordinatorAvailable: true, legalEntity: false, annualPlanRequired: true },
};

function issuePaths(value: unknown): string[] {
  const result = designInput.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('designInput', () => {
  it('accepts a complete input', () => {
    expect(designInput.parse(valid)).toEqual(valid);
  });

  it('keeps funder types and phases as data', () => {
    expect(FUNDER_TYPES).toEqual([
      'werkgeversservicepunt',
      'werkbedrijf',
      'werkgeversorganisatie',
      'sectorinstituut',
      'gemeente',
      'fonds',
      'other',
    ]);
    expect(PHASES).toEqual(['initiatie', 'opstart', 'volwassen', 'teruggang']);
  });

  it.each([0, 6, 2.5])('rejects ownership %s', (ownership) => {
    expect(issuePaths({ ...valid, ownership })).toEqual(['ownership']);
  });

  it.each([0, 1001, 12.5])('rejects %s expected members', (expectedMembers) => {
    expect(issuePaths({ ...valid, expectedMembers })).toEqual(['expectedMembers']);
  });

  it('rejects a funder type without an external funder', () => {
    expect(issuePaths({ ...valid, financing: 'contributions_money' })).toEqual(['funderType']);
    expect(issuePaths({ ...valid, financing: 'mixed' })).toEqual([]);
  });

  it('rejects coordinator hours without a coordinator', () => {
    expect(
      issuePaths({
        ...valid,
        existing: { ...valid.existing, coordinatorAvailable: false, coordinatorHoursPerWeek: 16 },
      }),
    ).toEqual(['existing.coordinatorHoursPerWeek']);
  });
});
