import { describe, expect, it } from 'vitest';
import { hasLivedExperienceConsent, livedExperienceRefusal } from './lived-experience.js';
import type { ConsentRecord } from './consent.js';

const consent = (over: Partial<ConsentRecord> = {}): ConsentRecord => ({
  recipient: 'sounding_board',
  organisationId: null,
  fields: [],
  givenOn: '2026-01-01',
  validUntil: null,
  withdrawnAt: null,
  ...over,
});

describe('the ervaringsdeskundige link', () => {
  it('needs an active consent for the klankbordgroep; other consents do not count', () => {
    expect(hasLivedExperienceConsent([consent()], '2026-06-01')).toBe(true);
    expect(hasLivedExperienceConsent([consent({ recipient: 'own_network' })], '2026-06-01')).toBe(false);
    expect(hasLivedExperienceConsent([consent({ withdrawnAt: new Date('2026-05-01T10:00:00Z') })], '2026-06-01')).toBe(
      false,
    );
    expect(hasLivedExperienceConsent([consent({ validUntil: '2026-05-31' })], '2026-06-01')).toBe(false);
    expect(hasLivedExperienceConsent([consent({ givenOn: '2026-06-02' })], '2026-06-01')).toBe(false);
  });
  it('says first what is missing: the consent, then the seat in the klankbordgroep', () => {
    expect(livedExperienceRefusal([], true, '2026-06-01')).toBe('lived_experience_consent_required');
    expect(livedExperienceRefusal([consent()], false, '2026-06-01')).toBe('lived_experience_not_sounding_board');
    expect(livedExperienceRefusal([consent()], true, '2026-06-01')).toBeNull();
  });
});
