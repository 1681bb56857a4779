import { describe, expect, it } from 'vitest';
import {
  candidateActionLabels,
  candidateActionWords,
  candidateFieldLabels,
  candidateFieldWords,
  INZAGE_FIELDS,
} from './candidates-lists.js';

describe('the inzage words', () => {
  it('name every field of an inzage in both languages, and differ between them where the words do', () => {
    for (const field of INZAGE_FIELDS) {
      expect(candidateFieldWords(field, 'nl'), field).toMatch(/\S/);
      expect(candidateFieldWords(field, 'en'), field).toMatch(/\S/);
    }
    expect(Object.keys(candidateFieldLabels).sort()).toEqual([...INZAGE_FIELDS].sort());
    expect([candidateFieldWords('email', 'nl'), candidateFieldWords('email', 'en')]).toEqual([
      'E-mailadres',
      'Email address',
    ]);
    expect(candidateFieldWords('somethingNew', 'nl')).toBe('somethingNew');
  });

  it('name an audit action in words, and an unknown one as another action rather than its code', () => {
    expect([candidateActionWords('candidate.view', 'nl'), candidateActionWords('candidate.view', 'en')]).toEqual([
      'Bekeken',
      'Viewed',
    ]);
    expect(candidateActionWords('candidate.something_new', 'nl')).toBe('Andere handeling');
    expect(candidateActionWords('candidate.something_new', 'en')).toBe('Other action');
    for (const [action, words] of Object.entries(candidateActionLabels)) expect(words.nl, action).not.toBe(words.en);
  });
});
