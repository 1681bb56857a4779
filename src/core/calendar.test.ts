import { describe, expect, it } from 'vitest';
import {
  addMonths,
  amsterdamWallTimeToInstant,
  endOfAmsterdamDay,
  formatDutchDate,
  formatDutchDateTime,
  formatQuarterLabel,
  parseDutchDate,
  parseIsoDate,
  quarterKeyOf,
  quarterRange,
  startOfAmsterdamDay,
  todayInAmsterdam,
  yearInAmsterdam,
} from './calendar.js';

describe('todayInAmsterdam around midnight', () => {
  it('winter (UTC+1): 23:30 UTC is already the next day in Amsterdam', () => {
    expect(todayInAmsterdam(new Date('2026-01-14T22:59:59Z'))).toBe('2026-01-14');
    expect(todayInAmsterdam(new Date('2026-01-14T23:00:00Z'))).toBe('2026-01-15');
    expect(todayInAmsterdam(new Date('2026-01-14T23:30:00Z'))).toBe('2026-01-15');
  });

  it('summer (UTC+2): 22:30 UTC is already the next day in Amsterdam', () => {
    expect(todayInAmsterdam(new Date('2026-07-14T21:59:59Z'))).toBe('2026-07-14');
    expect(todayInAmsterdam(new Date('2026-07-14T22:00:00Z'))).toBe('2026-07-15');
    expect(todayInAmsterdam(new Date('2026-07-14T23:30:00Z'))).toBe('2026-07-15');
  });

  it('New Year starts in Amsterdam an hour before it does in UTC', () => {
    expect(yearInAmsterdam(new Date('2026-12-31T22:59:00Z'))).toBe(2026);
    expect(yearInAmsterdam(new Date('2026-12-31T23:30:00Z'))).toBe(2027);
    expect(todayInAmsterdam(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });
});

describe('start and end of an Amsterdam day', () => {
  it('winter day starts at 23:00 UTC the day before', () => {
    expect(startOfAmsterdamDay('2026-01-15').toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect(endOfAmsterdamDay('2026-01-15').toISOString()).toBe('2026-01-15T23:00:00.000Z');
  });

  it('summer day starts at 22:00 UTC the day before', () => {
    expect(startOfAmsterdamDay('2026-07-15').toISOString()).toBe('2026-07-14T22:00:00.000Z');
  });

  it('the day the clocks go forward has 23 hours, the day they go back 25', () => {
    const march = endOfAmsterdamDay('2026-03-29').getTime() - startOfAmsterdamDay('2026-03-29').getTime();
    const october = endOfAmsterdamDay('2026-10-25').getTime() - startOfAmsterdamDay('2026-10-25').getTime();
    expect(march / 3_600_000).toBe(23);
    expect(october / 3_600_000).toBe(25);
  });

  it('wall times across the DST switch', () => {
    // 01:30 on 29 March is still winter time; 03:30 is already summer time.
    expect(amsterdamWallTimeToInstant('2026-03-29', 1, 30).toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(amsterdamWallTimeToInstant('2026-03-29', 3, 30).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    // 02:30 on 25 October happens twice; the first one (summer time) is meant.
    expect(amsterdamWallTimeToInstant('2026-10-25', 2, 30).toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });
});

describe('Dutch date-only writing and reading', () => {
  it('writes and reads dd-mm-jjjj', () => {
    expect(formatDutchDate('2024-11-10')).toBe('10-11-2024');
    expect(parseDutchDate('10-11-2024')).toBe('2024-11-10');
    expect(parseDutchDate('1/2/2026')).toBe('2026-02-01');
    expect(parseDutchDate('31-02-2026')).toBeNull();
    expect(parseIsoDate('2026-02-29')).toBeNull();
    expect(parseIsoDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
  });

  it('writes an instant as Amsterdam local time', () => {
    expect(formatDutchDateTime(new Date('2026-03-05T13:00:00Z'))).toBe('05-03-2026 14:00');
    expect(formatDutchDateTime(new Date('2026-07-05T13:00:00Z'))).toBe('05-07-2026 15:00');
    expect(formatDutchDateTime(new Date('2026-03-28T23:30:00Z'))).toBe('29-03-2026 00:30');
  });

  it('adds months with the day clamped', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
  });
});

describe('quarters', () => {
  it('keys, ranges and labels', () => {
    expect(quarterKeyOf('2026-08-01')).toBe('2026-Q3');
    expect(quarterRange(2026, 4)).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(formatQuarterLabel('2026-Q3', 'nl')).toBe('3e kwartaal 2026');
    expect(formatQuarterLabel('2026-Q3', 'en')).toBe('Q3 2026');
    expect(formatQuarterLabel('anders', 'nl')).toBe('anders');
  });
});
