// Formatting of dates and codes for display. Dates are stored in UTC and always shown in Europe/Amsterdam.
import { formatQuarterLabel, parseIsoDate, parseQuarterKey } from '../../core/calendar.js';
import { currentLanguage } from '../app/i18n/i18n.js';

const timeZone = 'Europe/Amsterdam';

/** The locale of what the screen shows: the chosen language, never the browser's. */
function displayLocale(): string {
  return currentLanguage() === 'en' ? 'en-GB' : 'nl-NL';
}

/** A moment in the screen's language, with the given parts of a date and time. */
function display(date: Date, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(displayLocale(), options).format(date);
}

/** An instant from the API in Amsterdam time: nothing for no value, an unreadable value as it came. */
function formatInstant(value: string | null | undefined, options: Intl.DateTimeFormatOptions): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return display(date, { timeZone, ...options });
}

/** An instant as its Amsterdam day and time: `29 mrt 2026, 03:30` / `29 Mar 2026, 03:30`. */
export function formatDateTime(value: string | null | undefined): string {
  return formatInstant(value, { dateStyle: 'medium', timeStyle: 'short' });
}

/** An instant as its Amsterdam day: `29 mrt 2026` / `29 Mar 2026`. */
export function formatDate(value: string | null | undefined): string {
  return formatInstant(value, { dateStyle: 'medium' });
}

/** A number as the screen's language writes it (`5,0` in Dutch); `fractionDigits` fixes the decimals shown. */
export function formatNumber(value: number, fractionDigits?: number): string {
  return new Intl.NumberFormat(
    displayLocale(),
    fractionDigits === undefined
      ? undefined
      : { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits },
  ).format(value);
}

/** A date without a time (`YYYY-MM-DD`, as the API sends terms, periods and due dates): `10 nov 2024` / `10 Nov 2024`. */
export function formatDateOnly(value: string | null | undefined): string {
  if (!value) return '';
  const p = parseIsoDate(value);
  if (!p) return value;
  // The calendar day itself, in UTC so no time zone can move it to another day.
  return display(new Date(Date.UTC(p.year, p.month - 1, p.day)), { timeZone: 'UTC', dateStyle: 'medium' });
}

/** A quarter key (`2026-Q3`) as words: `3e kwartaal 2026` / `Q3 2026`. */
export function formatQuarter(key: string): string {
  return formatQuarterLabel(key, currentLanguage() === 'en' ? 'en' : 'nl');
}

/** A trend bucket: a month (`2026-03` → `mrt 2026`) or a quarter (`2026-Q3` → `3e kwartaal 2026`). */
export function formatPeriodKey(key: string): string {
  if (parseQuarterKey(key)) return formatQuarter(key);
  const month = /^(\d{4})-(\d{2})$/.exec(key);
  if (!month) return key;
  return display(new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1)), {
    timeZone: 'UTC',
    month: 'short',
    year: 'numeric',
  });
}

/** A calendar month in words, `oktober` / `October`, or with its year (`oktober 2026`). */
export function formatMonth(year: number, monthIndex: number, options: { withYear?: boolean } = {}): string {
  return display(new Date(Date.UTC(year, monthIndex, 1)), {
    timeZone: 'UTC',
    month: 'long',
    ...(options.withYear ? { year: 'numeric' as const } : {}),
  });
}
