import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAmountInput, formatEuro, MAX_AMOUNT_CENTS, parseDutchAmount } from './money.js';

describe('parseDutchAmount', () => {
  it.each([
    ['1.250,50', 125_050],
    ['€ 1.250,50', 125_050],
    ['€1.250,50', 125_050],
    ['1250,5', 125_050],
    ['1250', 125_000],
    ['1.250,-', 125_000],
    ['0,01', 1],
    ['\u00a0€\u00a012.345.678,90 ', null],
    ['100.000,00', 10_000_000],
    ['10.000.000,00', MAX_AMOUNT_CENTS],
  ])('reads %j', (text, cents) => {
    const result = parseDutchAmount(text);
    if (cents === null) expect(result).toEqual({ ok: false, error: 'too_large' });
    else expect(result).toEqual({ ok: true, cents });
  });

  it.each([
    ['', 'empty'],
    ['  € ', 'empty'],
    ['-5,00', 'negative'],
    ['€ -1.250,50', 'negative'],
    ['1,250.50', 'not_an_amount'],
    ['12.50', 'not_an_amount'],
    ['1.25,00', 'not_an_amount'],
    ['twaalf', 'not_an_amount'],
    ['1,234', 'too_many_decimals'],
    ['10.000.000,01', 'too_large'],
  ])('refuses %j as %s', (text, error) => {
    expect(parseDutchAmount(text)).toEqual({ ok: false, error });
  });
});

describe('formatEuro', () => {
  it('writes cents the Dutch way', () => {
    expect(formatEuro(125_050)).toBe('€ 1.250,50');
    expect(formatEuro(5)).toBe('€ 0,05');
    expect(formatEuro(0)).toBe('€ 0,00');
    expect(formatEuro(123_456_789)).toBe('€ 1.234.567,89');
    expect(formatEuro(-125_050)).toBe('€ -1.250,50');
    expect(() => formatEuro(1.5)).toThrow();
  });

  it('reads back what it writes, for any amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_AMOUNT_CENTS }), (cents) => {
        expect(parseDutchAmount(formatEuro(cents))).toEqual({ ok: true, cents });
        expect(parseDutchAmount(formatAmountInput(cents))).toEqual({ ok: true, cents });
      }),
    );
  });
});
