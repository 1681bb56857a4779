// Calendar helpers for the steering measures: Amsterdam calendar days, month and quarter buckets, day windows. Pure.
import type { Period } from './steering-data.js';

export const DAY_MS = 86_400_000;

const amsterdamDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

// Intl formatting is slow (microseconds per call) and the measures ask for the day of the same timestamps over and over (every
// trend bucket, every drill-down), so the answers are remembered. The mapping never changes, so this keeps dayOf pure; the
// memory is bounded by starting over when it grows large.
const dayCache = new Map<string, string>();
const DAY_CACHE_LIMIT = 100_000;

/** The Amsterdam calendar day ('YYYY-MM-DD') of an ISO timestamp or date. A bare date is returned as it is. */
export function dayOf(iso: string): string {
  if (iso.length === 10 && /^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const known = dayCache.get(iso);
  if (known !== undefined) return known;
  const day = amsterdamDay.format(new Date(iso));
  if (dayCache.size >= DAY_CACHE_LIMIT) dayCache.clear();
  dayCache.set(iso, day);
  return day;
}

export function addDaysTo(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function addMonthsTo(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export function daysBetween(fromDay: string, toDay: string): number {
  return Math.round((Date.parse(`${toDay}T00:00:00Z`) - Date.parse(`${fromDay}T00:00:00Z`)) / DAY_MS);
}

export function inPeriod(day: string, period: Period): boolean {
  return day >= period.from && day <= period.to;
}

export type Granularity = 'month' | 'quarter';

export function bucketOf(day: string, granularity: Granularity): string {
  const year = day.slice(0, 4);
  const month = Number(day.slice(5, 7));
  return granularity === 'month' ? day.slice(0, 7) : `${year}-Q${Math.ceil(month / 3)}`;
}

/** The buckets that overlap a period, in order, each with its own first and last day. */
export function bucketsOf(period: Period, granularity: Granularity): { key: string; from: string; to: string }[] {
  const step = granularity === 'month' ? 1 : 3;
  const startMonth = Number(period.from.slice(5, 7));
  const alignedMonth = granularity === 'month' ? startMonth : Math.floor((startMonth - 1) / 3) * 3 + 1;
  let from = `${period.from.slice(0, 4)}-${String(alignedMonth).padStart(2, '0')}-01`;
  const out: { key: string; from: string; to: string }[] = [];
  while (from <= period.to) {
    const next = addMonthsTo(from, step);
    out.push({ key: bucketOf(from, granularity), from, to: addDaysTo(next, -1) });
    from = next;
  }
  return out;
}

export type PeriodKind = 'quarter' | 'half_year' | 'year';

/** The dates of a calendar quarter (index 1–4), half year (1–2) or year. */
export function calendarPeriod(kind: PeriodKind, year: number, index = 1): Period {
  const months = kind === 'quarter' ? 3 : kind === 'half_year' ? 6 : 12;
  const firstMonth = kind === 'year' ? 1 : (index - 1) * months + 1;
  const from = `${year}-${String(firstMonth).padStart(2, '0')}-01`;
  return { from, to: addDaysTo(addMonthsTo(from, months), -1) };
}
