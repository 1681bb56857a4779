import { describe, expect, it } from 'vitest';
import { fieldsSharedWithEmployer, hasNetworkConsent, type ConsentRecord } from './consent.js';

const base: ConsentRecord = {
  recipient: 'proposed_employers',
  organisationId: null,
  fields: ['firstName', 'wishes'],
  givenOn: '2026-01-01',
  validUntil: '2026-12-31',
  withdrawnAt: null,
};

describe('fieldsSharedWithEmployer', () => {
  it('combines active consents for all proposed employers and for this employer only', () => {
    const named: ConsentRecord = { ...base, recipient: 'employer', organisationId: 'org-a', fields: ['phone'] };
    expect(fieldsSharedWithEmployer([base, named], 'org-a', '2026-06-01')).toEqual(['firstName', 'phone', 'wishes']);
    expect(fieldsSharedWithEmployer([base, named], 'org-b', '2026-06-01')).toEqual(['firstName', 'wishes']);
  });
  it('shares nothing once withdrawn, expired or not yet given', () => {
    expect(fieldsSharedWithEmployer([{ ...base, withdrawnAt: new Date() }], 'org-a', '2026-06-01')).toEqual([]);
    expect(fieldsSharedWithEmployer([base], 'org-a', '2027-01-01')).toEqual([]);
    expect(fieldsSharedWithEmployer([base], 'org-a', '2025-12-31')).toEqual([]);
  });
});

describe('hasNetworkConsent', () => {
  it('needs an active consent for the own network', () => {
    expect(hasNetworkConsent([base], '2026-06-01')).toBe(false);
    expect(hasNetworkConsent([{ ...base, recipient: 'own_network' }], '2026-06-01')).toBe(true);
  });
});
