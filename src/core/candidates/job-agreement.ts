// The banenafspraak arithmetic: one "baan" is 25.5 hours a week; a placement counts pro rata, to two decimals, and only when
// the candidate is in the doelgroepregister (status yes).

export const HOURS_PER_JOB = 25.5;
export const TARGET_GROUP_REGISTER = ['yes', 'no', 'unknown'] as const;
export type TargetGroupRegister = (typeof TARGET_GROUP_REGISTER)[number];

/** Banen counted for a placement of `hoursPerWeek` hours: 20 h → 0.78 when registered, 0 otherwise. */
export function jobsForPlacement(hoursPerWeek: number, register: string): number {
  if (register !== 'yes' || !Number.isFinite(hoursPerWeek) || hoursPerWeek <= 0) return 0;
  return Math.round((hoursPerWeek / HOURS_PER_JOB) * 100 + Number.EPSILON) / 100;
}

/** Sum of the counts, itself rounded to two decimals (summing rounded parts, as reports show them). */
export function totalJobs(counts: readonly number[]): number {
  return Math.round(counts.reduce((a, b) => a + b, 0) * 100) / 100;
}
