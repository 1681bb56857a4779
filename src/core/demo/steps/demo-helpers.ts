// Small pure helpers the demo generator's steps share: time arithmetic, sampling and formatting.
import { THEMES } from '../demo-word-lists.js';
import type { Prng } from '../prng.js';

export const DAY = 86_400_000;

export function sampleCumulative(rng: Prng, cum: Float64Array): number {
  const total = cum[cum.length - 1] ?? 0;
  if (total <= 0) return -1;
  const r = rng.next() * total;
  let lo = 0;
  let hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cum[mid] ?? 0) > r) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** First index whose value is >= x in an ascending list. */
export function lowerBound(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function pickDistinct<T>(rng: Prng, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length > 0) {
    const idx = rng.int(0, pool.length - 1);
    out.push(pool[idx] as T);
    pool[idx] = pool[pool.length - 1] as T;
    pool.pop();
  }
  return out;
}

export function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`index ${index} out of range`);
  return item;
}

export function themeLabelOf(code: string): string {
  return THEMES.find(([c]) => c === code)?.[1] ?? code;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function formatHours(hours: number): string {
  return hours.toFixed(1);
}

export function startOfDay(time: number): number {
  return Math.floor(time / DAY) * DAY;
}

/** 'YYYY-MM-DD' of a moment, read in UTC: a date that is off by one around midnight does not matter for demo data. */
export function toDateString(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}
