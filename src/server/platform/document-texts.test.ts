// The server's document catalog: the report and the inzage in Dutch and English, numbers and dates as each reader writes
// them, and no Dutch word left in the English texts.
import { describe, expect, it } from 'vitest';
import { formatDateTime, formatShortDate, inzageTexts, reportTexts } from './document-texts.js';

/** Every string a catalog holds, with the functions called on a sample. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    // The formatters (dates, numbers) refuse a sample word; the texts with a slot take it.
    try {
      return stringsOf((value as (...a: string[]) => unknown)('X', 'Y'));
    } catch {
      return [];
    }
  }
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

const DUTCH =
  /\b(de|het|een|van|en|op|niet|nog|geen|kwartaal|Plaatsingen|Deelnemers|Gegevens|Toestemming\w*|Werkgever\w*|gewist|bekeken)\b/i;

describe('document catalog', () => {
  it('the report: numbers, shares and banen as the reader writes them; suppression marks kept as they are', () => {
    const nl = reportTexts('nl');
    const en = reportTexts('en');
    expect([nl.count(1234), en.count(1234)]).toEqual(['1.234', '1,234']);
    expect([nl.count('< 5'), en.count('< 5')]).toEqual(['< 5', '< 5']);
    expect([nl.count(null), en.count(null)]).toEqual(['nog geen gegevens', 'no data yet']);
    expect([nl.share(0.425), en.share(0.425)]).toEqual(['43%', '43%']);
    expect(en.share(null)).toBe('not shown (numerator, rest or denominator below 5)');
    expect([nl.banen(12.5), en.banen(1234.5)]).toEqual(['12,50', '1,234.50']);
    expect([nl.quarter('2026-Q3'), en.quarter('2026-Q3')]).toEqual(['3e kwartaal 2026', 'Q3 2026']);
    expect([nl.date('2026-07-01'), en.date('2026-07-01')]).toEqual(['1 juli 2026', '1 July 2026']);
    expect(en.measures.placements.label).toBe('Placements');
  });

  it('the inzage: codes in words, times in Amsterdam time (summer and winter), unknown actions named as other', () => {
    const nl = inzageTexts('nl');
    const en = inzageTexts('en');
    expect([nl.status('placed'), en.status('placed')]).toEqual(['Geplaatst', 'Placed']);
    expect([nl.contract('permanent'), en.contract('permanent')]).toEqual(['Vast contract', 'Permanent contract']);
    expect([nl.action('candidate.view'), en.action('candidate.view')]).toEqual(['Bekeken', 'Viewed']);
    expect(en.action('something.new')).toBe('Other action');
    expect([nl.fieldName('firstName'), en.fieldName('firstName')]).toEqual(['Voornaam', 'First name']);
    expect(nl.status(null)).toBe('—');
    // 12:30 UTC is 14:30 in Amsterdam in July and 13:30 in January.
    expect(formatDateTime(new Date('2026-07-01T12:30:00Z'), 'nl')).toBe('1 jul 2026, 14:30');
    expect(formatDateTime(new Date('2026-01-10T12:30:00Z'), 'en')).toBe('10 Jan 2026, 13:30');
    expect(formatShortDate('2026-01-10', 'nl')).toBe('10 jan 2026');
  });

  it('the English texts hold no Dutch word, the Dutch ones differ from them', () => {
    for (const [name, nl, en] of [
      ['report', reportTexts('nl'), reportTexts('en')],
      ['inzage', inzageTexts('nl'), inzageTexts('en')],
    ] as const) {
      const { measures: _m, ...enOwn } = en as Record<string, unknown>;
      const { measures: _n, ...nlOwn } = nl as Record<string, unknown>;
      const english = stringsOf(enOwn).filter((s) => DUTCH.test(s) && !s.includes('banenafspraak'));
      expect(english, name).toEqual([]);
      expect(stringsOf(nlOwn).filter((s) => DUTCH.test(s)).length, name).toBeGreaterThan(3);
    }
  });
});
