// The one calendar of the product: what day it is in the Netherlands, and how date-only values are written, read and
// grouped. Members count days in Europe/Amsterdam, so "today" is always the Amsterdam day — never the UTC day, which
// differs between midnight and 01:00 (winter) or 02:00 (summer). Pure: no clock inside; callers pass `now`.

export const TIME_ZONE = 'Europe/Amsterdam';

const DAY_MS = 86_400_000;

/** A date without a time, as `YYYY-MM-DD`. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

// Intl formatters are expensive to create; these are made once.
const amsterdamParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** The wall-clock fields of an instant in Amsterdam. */
export interface AmsterdamTime {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export function amsterdamTimeOf(instant: Date): AmsterdamTime {
  const get = (parts: Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value ?? 0);
  const parts = amsterdamParts.formatToParts(instant);
  return {
    year: get(parts, 'year'),
    month: get(parts, 'month'),
    day: get(parts, 'day'),
    hour: get(parts, 'hour'),
    minute: get(parts, 'minute'),
    second: get(parts, 'second'),
  };
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** The Amsterdam calendar day of an instant, as `YYYY-MM-DD`. */
// The measures ask the day of the same `now` many times per computation (Intl formatting costs microseconds a call): the last
// answer is kept. The mapping never changes, so this stays pure.
let lastDateOf: { ms: number; day: IsoDate } | null = null;

export function amsterdamDateOf(instant: Date): IsoDate {
  const ms = instant.getTime();
  if (lastDateOf !== null && lastDateOf.ms === ms) return lastDateOf.day;
  const t = amsterdamTimeOf(instant);
  const day = `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}`;
  lastDateOf = { ms, day };
  return day;
}

/** Today in the Netherlands, as `YYYY-MM-DD`. */
export function todayInAmsterdam(now: Date): IsoDate {
  return amsterdamDateOf(now);
}

/** The current year in the Netherlands (on 31 December 23:30 UTC it is already next year in Amsterdam). */
export function yearInAmsterdam(now: Date): number {
  return amsterdamTimeOf(now).year;
}

/** Reads `YYYY-MM-DD` (a real calendar day) into its parts, or null. */
export function parseIsoDate(value: string): { year: number; month: number; day: number } | null {
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return { year, month, day };
}

export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== null;
}

/** Reads a Dutch date `dd-mm-jjjj` (also `d-m-jjjj` and with `/` or `.`) into `YYYY-MM-DD`, or null. */
export function parseDutchDate(value: string): IsoDate | null {
  const m = /^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s*$/.exec(value);
  if (!m) return null;
  const iso = `${m[3]}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`;
  return isIsoDate(iso) ? iso : null;
}

/** `YYYY-MM-DD` → `dd-mm-jjjj`, the way Dutch Excel and Dutch readers write a date. */
export function formatDutchDate(iso: IsoDate): string {
  const p = parseIsoDate(iso);
  if (!p) return iso;
  return `${pad(p.day)}-${pad(p.month)}-${pad(p.year, 4)}`;
}

/** An instant as Amsterdam local time, `dd-mm-jjjj HH:mm`. */
export function formatDutchDateTime(instant: Date): string {
  const t = amsterdamTimeOf(instant);
  return `${pad(t.day)}-${pad(t.month)}-${pad(t.year, 4)} ${pad(t.hour)}:${pad(t.minute)}`;
}

/** Offset of Amsterdam from UTC at an instant, in minutes (60 in winter, 120 in summer). */
export function amsterdamOffsetMinutes(instant: Date): number {
  const t = amsterdamTimeOf(instant);
  const asUtc = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The UTC instant of an Amsterdam wall-clock time. A time that exists twice (the October night) is the first of the two; a
 * time that does not exist (the skipped hour in the March night) moves forward by the hour that was skipped.
 */
export function amsterdamWallTimeToInstant(date: IsoDate, hour = 0, minute = 0): Date {
  const p = parseIsoDate(date);
  if (!p) throw new RangeError(`not a date: ${date}`);
  const wall = Date.UTC(p.year, p.month - 1, p.day, hour, minute);
  for (const offsetHours of [2, 1]) {
    const candidate = new Date(wall - offsetHours * 3_600_000);
    const back = amsterdamTimeOf(candidate);
    if (back.day === p.day && back.hour === hour && back.minute === minute) return candidate;
  }
  return new Date(wall - 3_600_000);
}

/** The first instant of an Amsterdam day (00:00 local), as a UTC instant. */
export function startOfAmsterdamDay(date: IsoDate): Date {
  return amsterdamWallTimeToInstant(date, 0, 0);
}

/** The first instant after an Amsterdam day (the next day's 00:00 local); use as an exclusive end. */
export function endOfAmsterdamDay(date: IsoDate): Date {
  return startOfAmsterdamDay(addDays(date, 1));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Adds calendar months; the day is clamped to the end of a shorter month (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, last))}`;
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

// ---- quarters ----

/** A quarter key as the API writes it: `2026-Q3`. */
export type QuarterKey = string;

export function quarterOf(date: IsoDate): { year: number; quarter: 1 | 2 | 3 | 4 } {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return { year, quarter: Math.ceil(month / 3) as 1 | 2 | 3 | 4 };
}

export function quarterKeyOf(date: IsoDate): QuarterKey {
  const q = quarterOf(date);
  return `${q.year}-Q${q.quarter}`;
}

export function parseQuarterKey(key: string): { year: number; quarter: 1 | 2 | 3 | 4 } | null {
  const m = /^(\d{4})-Q([1-4])$/.exec(key);
  if (!m) return null;
  return { year: Number(m[1]), quarter: Number(m[2]) as 1 | 2 | 3 | 4 };
}

/** `2026-Q3` → `3e kwartaal 2026` (Dutch) or `Q3 2026` (English). Anything else is returned as it is. */
export function formatQuarterLabel(key: string, language: 'nl' | 'en'): string {
  const q = parseQuarterKey(key);
  if (!q) return key;
  return language === 'en' ? `Q${q.quarter} ${q.year}` : `${q.quarter}e kwartaal ${q.year}`;
}

/** The first and last day of a quarter. */
export function quarterRange(year: number, quarter: 1 | 2 | 3 | 4): { from: IsoDate; to: IsoDate } {
  const from = `${pad(year, 4)}-${pad((quarter - 1) * 3 + 1)}-01`;
  return { from, to: addDays(addMonths(from, 3), -1) };
}
