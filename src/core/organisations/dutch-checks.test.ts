import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatIban,
  isValidIban,
  isValidKvk,
  normaliseIban,
  normaliseKvk,
  normalisePostcode,
  normaliseWebsite,
} from './dutch-checks.js';
import { LABOUR_MARKET_REGIONS, findLabourMarketRegion, findSbiSection, foldForMatch } from './reference-data.js';
import { REGIONS } from '../demo/demo-word-lists.js';

describe('KvK numbers', () => {
  it('accepts exactly 8 digits, also with spaces or dots people type', () => {
    expect(isValidKvk('12345678')).toBe(true);
    expect(isValidKvk('1234 5678')).toBe(true);
    expect(isValidKvk('12.34.56.78')).toBe(true);
    expect(normaliseKvk('12.34.56.78')).toBe('12345678');
  });
  it('refuses 7 or 9 digits and letters', () => {
    expect(isValidKvk('1234567')).toBe(false);
    expect(isValidKvk('123456789')).toBe(false);
    expect(isValidKvk('1234567a')).toBe(false);
    expect(isValidKvk('')).toBe(false);
  });
  it('every 8-digit string is valid and nothing longer is', () => {
    fc.assert(fc.property(fc.stringMatching(/^\d{8}$/), (s) => isValidKvk(s)));
    fc.assert(fc.property(fc.stringMatching(/^\d{9,12}$/), (s) => !isValidKvk(s)));
  });
});

describe('Dutch postcodes', () => {
  it('normalises to "1234 AB"', () => {
    expect(normalisePostcode('8011ab')).toBe('8011 AB');
    expect(normalisePostcode(' 8011  Ab ')).toBe('8011 AB');
    expect(normalisePostcode('8011 AB')).toBe('8011 AB');
  });
  it('refuses a leading zero, wrong lengths and the letter pairs PostNL never issues', () => {
    expect(normalisePostcode('0123 AB')).toBeNull();
    expect(normalisePostcode('123 AB')).toBeNull();
    expect(normalisePostcode('1234 A')).toBeNull();
    expect(normalisePostcode('1234 SS')).toBeNull();
    expect(normalisePostcode('B-1000')).toBeNull();
  });
  it('normalising twice changes nothing', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9]\d{3} ?[a-zA-Z]{2}$/), (s) => {
        const once = normalisePostcode(s);
        return once === null || normalisePostcode(once) === once;
      }),
    );
  });
});

describe('websites', () => {
  it('adds https:// and refuses what is no host name', () => {
    expect(normaliseWebsite('www.bakkerij-jansen.nl')).toBe('https://www.bakkerij-jansen.nl');
    expect(normaliseWebsite('http://voorbeeld.nl/')).toBe('http://voorbeeld.nl');
    expect(normaliseWebsite('geen website')).toBeNull();
  });
});

describe('reference data', () => {
  it('has the 35 arbeidsmarktregio’s, each once, and the demo uses only those', () => {
    expect(LABOUR_MARKET_REGIONS).toHaveLength(35);
    expect(new Set(LABOUR_MARKET_REGIONS).size).toBe(35);
    for (const region of REGIONS) expect(LABOUR_MARKET_REGIONS).toContain(region.name);
  });
  it('finds regions and SBI sections the way spreadsheets write them', () => {
    expect(findLabourMarketRegion('groot amsterdam')).toBe('Groot-Amsterdam');
    expect(findLabourMarketRegion('ZUID-LIMBURG')).toBe('Zuid-Limburg');
    expect(findLabourMarketRegion('Atlantis')).toBeNull();
    expect(findSbiSection('g')).toBe('G');
    expect(findSbiSection('Financiele instellingen')).toBe('K');
    expect(findSbiSection('Z')).toBeNull();
  });
  it('folds accents and case', () => {
    expect(foldForMatch('  Café  Düsseldorf ')).toBe('cafe dusseldorf');
  });
});

describe('IBAN', () => {
  it('takes an IBAN the way people paste it, and shows it in groups of four', () => {
    expect(normaliseIban(' nl91 abna 0417 1643 00 ')).toBe('NL91ABNA0417164300');
    expect(normaliseIban('NL91-ABNA-0417-1643-00')).toBe('NL91ABNA0417164300');
    expect(normaliseIban('   ')).toBeNull();
    expect(formatIban('NL91ABNA0417164300')).toBe('NL91 ABNA 0417 1643 00');
  });
  it('catches one mistyped digit and a wrong length by the check digits', () => {
    expect(isValidIban('NL91ABNA0417164300')).toBe(true);
    expect(isValidIban('NL91ABNA0417164301')).toBe(false);
    expect(isValidIban('NL91ABNA041716430')).toBe(false);
    expect(isValidIban('BE68539007547034')).toBe(true);
    // Any single digit changed in the account part breaks the mod-97 check.
    fc.assert(
      fc.property(fc.integer({ min: 8, max: 17 }), fc.integer({ min: 1, max: 9 }), (at, delta) => {
        const iban = 'NL91ABNA0417164300';
        const digit = (Number(iban[at]) + delta) % 10;
        return !isValidIban(iban.slice(0, at) + String(digit) + iban.slice(at + 1));
      }),
    );
  });
});
