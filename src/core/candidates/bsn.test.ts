import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findBsnLikeNumbers, isValidBsn } from './bsn.js';

describe('isValidBsn', () => {
  it('accepts numbers that pass the eleven-test', () => {
    // 9·1+8·1+7·1+6·2+5·2+4·2+3·3+2·3 − 4 = 9+8+7+12+10+8+9+6−4 = 55 = 5·11
    expect(isValidBsn('111222333')).toBe(true);
    expect(isValidBsn('123456782')).toBe(true);
    expect(isValidBsn('1234.56.782')).toBe(true);
  });
  it('refuses other 9-digit numbers, all zeros and wrong lengths', () => {
    expect(isValidBsn('123456789')).toBe(false);
    expect(isValidBsn('000000000')).toBe(false);
    expect(isValidBsn('12345678')).toBe(false);
    expect(isValidBsn('1234567820')).toBe(false);
  });
  it('changing one digit of a valid number makes it invalid', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 9 }), (pos, delta) => {
        const digits = '123456782'.split('').map(Number);
        digits[pos] = (digits[pos]! + delta) % 10;
        return !isValidBsn(digits.join(''));
      }),
    );
  });
});

describe('findBsnLikeNumbers', () => {
  it('finds BSN-like numbers in free text, written together or grouped', () => {
    expect(findBsnLikeNumbers('Mijn BSN is 123456782, bel me')).toEqual(['123456782']);
    expect(findBsnLikeNumbers('bsn 1234.56.782 en 111 222 333')).toEqual(['1234.56.782', '111 222 333']);
  });
  it('accepts order numbers and other 9-digit numbers that fail the test, and longer digit runs', () => {
    expect(findBsnLikeNumbers('Ordernummer 123456789')).toEqual([]);
    expect(findBsnLikeNumbers('IBAN-achtig 12345678201')).toEqual([]);
    expect(findBsnLikeNumbers('tel 0612345678')).toEqual([]);
    expect(findBsnLikeNumbers('')).toEqual([]);
  });
});
