import { describe, expect, it } from 'vitest';
import { pickFields, referralFields, type ConsentWithId } from './partner-rules.js';

const base: ConsentWithId = {
  id: 'c1',
  recipient: 'other_network',
  otherNetworkName: '99van Deventer',
  organisationId: null,
  fields: ['firstName', 'wishes'],
  givenOn: '2026-01-01',
  validUntil: null,
  withdrawnAt: null,
};
const deventer = { kind: 'network', networkName: '99van Deventer', networkSlug: '99van-deventer' } as const;

describe('referral fields', () => {
  it('refuses without a consent naming the receiving network', () => {
    expect(referralFields([{ ...base, otherNetworkName: '99van Zwolle' }], deventer, '2026-06-01')).toBeNull();
    expect(referralFields([{ ...base, recipient: 'own_network' }], deventer, '2026-06-01')).toBeNull();
    expect(referralFields([], deventer, '2026-06-01')).toBeNull();
  });

  it('refuses when the consent is withdrawn or expired', () => {
    expect(referralFields([{ ...base, withdrawnAt: new Date('2026-03-01') }], deventer, '2026-06-01')).toBeNull();
    expect(referralFields([{ ...base, validUntil: '2026-05-31' }], deventer, '2026-06-01')).toBeNull();
  });

  it('carries exactly the consented fields, matching the name loosely', () => {
    expect(referralFields([{ ...base, otherNetworkName: ' 99VAN deventer ' }], deventer, '2026-06-01')).toEqual({
      consentId: 'c1',
      fields: ['firstName', 'wishes'],
    });
    expect(referralFields([{ ...base, otherNetworkName: '99van-deventer' }], deventer, '2026-06-01')).not.toBeNull();
  });

  it('covers a partner only through a consent for its organisation', () => {
    const partner = { kind: 'partner', organisationId: 'org-uwv' } as const;
    expect(
      referralFields([{ ...base, recipient: 'employer', organisationId: 'org-x' }], partner, '2026-06-01'),
    ).toBeNull();
    expect(
      referralFields(
        [{ ...base, recipient: 'employer', organisationId: 'org-uwv', fields: ['phone'] }],
        partner,
        '2026-06-01',
      ),
    ).toEqual({ consentId: 'c1', fields: ['phone'] });
  });

  it('picks only the allowed fields', () => {
    expect(pickFields({ firstName: 'Sam', email: 's@x.nl', wishes: 'bakkerij' }, ['firstName', 'wishes'])).toEqual({
      firstName: 'Sam',
      wishes: 'bakkerij',
    });
  });
});
