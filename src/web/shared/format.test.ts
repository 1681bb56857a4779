// The formatting the screens use for instants, dates without a time and quarters, read in the language the app is set to.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type * as Format from './format.js';
import type * as I18n from '../app/i18n/i18n.js';

// The app's i18n module reads the browser's language at start; give it the little of a browser it needs.
vi.stubGlobal('navigator', { languages: ['nl-NL'], language: 'nl-NL' });
vi.stubGlobal('window', { localStorage: { getItem: () => null, setItem: () => undefined } });
vi.stubGlobal('document', { documentElement: {} });

let format: typeof Format;
let i18n: typeof I18n;

beforeAll(async () => {
  i18n = await import('../app/i18n/i18n.js');
  await i18n.i18nReady;
  format = await import('./format.js');
});

describe('date-only and quarter formatting on screen', () => {
  it('shows Dutch dates and quarters by default', async () => {
    const { formatDateOnly, formatPeriodKey, formatQuarter } = format;
    expect(formatDateOnly('2024-11-10')).toBe('10 nov 2024');
    // A day stays the same day whatever the time zone of the browser.
    expect(formatDateOnly('2026-03-29')).toBe('29 mrt 2026');
    expect(formatQuarter('2026-Q3')).toBe('3e kwartaal 2026');
    expect(formatPeriodKey('2026-03')).toBe('mrt 2026');
    expect(formatPeriodKey('2026-Q1')).toBe('1e kwartaal 2026');
    expect(formatDateOnly(null)).toBe('');
    // Month names in the agenda's month and quarter views: the chosen language, not the browser's or dayjs' English.
    expect(format.formatMonth(2026, 9)).toBe('oktober');
    expect(format.formatMonth(2026, 9, { withYear: true })).toBe('oktober 2026');
  });

  it('shows English dates and quarters in English', async () => {
    await i18n.changeLanguage('en');
    const { formatDateOnly, formatPeriodKey, formatQuarter } = format;
    expect(formatDateOnly('2024-11-10')).toBe('10 Nov 2024');
    expect(formatQuarter('2026-Q3')).toBe('Q3 2026');
    expect(formatPeriodKey('2026-03')).toBe('Mar 2026');
    expect(format.formatMonth(2026, 9)).toBe('October');
  });
});

describe('instants on screen, in Amsterdam time', () => {
  it('shows the Amsterdam day and time on both sides of the summer-time changes', async () => {
    await i18n.changeLanguage('nl');
    const { formatDate, formatDateTime } = format;
    // Summer time starts on 29 March 2026 at 01:00 UTC: half an hour before is 01:30 CET, an hour later 03:30 CEST.
    expect(formatDateTime('2026-03-29T00:30:00Z')).toBe('29 mrt 2026, 01:30');
    expect(formatDateTime('2026-03-29T01:30:00Z')).toBe('29 mrt 2026, 03:30');
    // Late on the UTC day before is already the next day in Amsterdam (an hour ahead in winter, two in summer).
    expect(formatDate('2026-03-28T23:30:00Z')).toBe('29 mrt 2026');
    expect(formatDate('2026-10-24T22:30:00Z')).toBe('25 okt 2026');
    // Summer time ends on 25 October 2026 at 01:00 UTC: 02:30 happens twice, once in CEST and once in CET.
    expect(formatDateTime('2026-10-25T00:30:00Z')).toBe('25 okt 2026, 02:30');
    expect(formatDateTime('2026-10-25T01:30:00Z')).toBe('25 okt 2026, 02:30');
    expect(formatDate('2026-10-25T22:30:00Z')).toBe('25 okt 2026');
    await i18n.changeLanguage('en');
    expect(formatDateTime('2026-07-01T12:30:00Z')).toBe('1 Jul 2026, 14:30');
    expect(formatDate('2026-01-10T23:30:00Z')).toBe('11 Jan 2026');
  });

  it('shows nothing for no value and an unreadable value as it is', () => {
    const { formatDate, formatDateTime } = format;
    for (const f of [formatDate, formatDateTime]) {
      expect(f(null)).toBe('');
      expect(f(undefined)).toBe('');
      expect(f('')).toBe('');
      expect(f('not a date')).toBe('not a date');
    }
  });
});
