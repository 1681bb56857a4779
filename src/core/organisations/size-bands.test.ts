import { describe, expect, it } from 'vitest';
import { readSizeClass, sizeClassForEmployees } from './size-bands.js';

const read = (s: string) => {
  const r = readSizeClass(s);
  return r && `${r.sizeClass}/${r.how}`;
};

describe('company size as member administrations and the KvK write it', () => {
  it('puts a number of employees in the EU/CBS class: 0–9, 10–49, 50–249, 250 or more', () => {
    expect([0, 9, 10, 49, 50, 249, 250, 10_000].map(sizeClassForEmployees)).toEqual([
      'micro',
      'micro',
      'small',
      'small',
      'medium',
      'medium',
      'large',
      'large',
    ]);
  });

  it('reads our class names in Dutch and English, also as our own screens write them', () => {
    expect(read('Klein')).toBe('small/name');
    expect(read('middel')).toBe('medium/name');
    expect(read('Middelgroot')).toBe('medium/name');
    expect(read('GROOT')).toBe('large/name');
    expect(read('micro')).toBe('micro/name');
    expect(read('large')).toBe('large/name');
    expect(read('Middelgroot (50–249)')).toBe('medium/name');
  });

  it('reads the usual employee bands that lie within one class', () => {
    expect(read('1-9')).toBe('micro/band');
    expect(read('10-49')).toBe('small/band');
    expect(read('50-249')).toBe('medium/band');
    expect(read('250+')).toBe('large/band');
    expect(read('0')).toBe('micro/band');
    expect(read('2-4')).toBe('micro/band');
    expect(read('5-9')).toBe('micro/band');
    expect(read('10 - 49 werknemers')).toBe('small/band');
    expect(read('10–49 medewerkers')).toBe('small/band');
    expect(read('meer dan 250')).toBe('large/band');
    expect(read('> 250')).toBe('large/band');
    expect(read('250 of meer')).toBe('large/band');
    expect(read('minder dan 10')).toBe('micro/band');
    expect(read('1 t/m 9')).toBe('micro/band');
    expect(read('1.000+')).toBe('large/band');
    expect(read('35 fte')).toBe('small/band');
  });

  it('reads "1 tot 10" as 1 to 9: in Dutch "tot" leaves the upper end out', () => {
    expect(read('1 tot 10')).toBe('micro/band');
    expect(read('10 tot 50 werkzame personen')).toBe('small/band');
  });

  it('reads a band across two classes as the class of its lower bound, and says so', () => {
    expect(read('100 of meer')).toBe('medium/lower_bound');
    expect(read('200-499')).toBe('medium/lower_bound');
    expect(read('5-19')).toBe('micro/lower_bound');
    expect(read('1 t/m 10')).toBe('micro/lower_bound');
    expect(read('meer dan 10')).toBe('small/lower_bound');
  });

  it('refuses what is no size', () => {
    expect(read('')).toBeNull();
    expect(read('veel')).toBeNull();
    expect(read('-5')).toBeNull();
    expect(read('10-')).toBeNull();
    expect(read('mkb')).toBeNull();
  });
});
