// Small-count suppression for anything a funder or an umbrella sees: a count below 5 is shown as "< 5", and a share or a
// number of banen resting on fewer than 5 records is not shown at all, so no single person can be singled out.

export const SUPPRESSION_THRESHOLD = 5;
export const SUPPRESSED = '< 5';

export type SuppressedCount = number | typeof SUPPRESSED;

export function suppressCount(n: number, threshold = SUPPRESSION_THRESHOLD): SuppressedCount {
  return n < threshold ? SUPPRESSED : n;
}

/** A share, or null when its denominator is below the threshold (or zero). */
export function suppressShare(
  r: { numerator: number; denominator: number; value: number | null },
  threshold = SUPPRESSION_THRESHOLD,
): number | null {
  return r.denominator < threshold ? null : r.value;
}

/** A derived figure (such as banen) shown only when it rests on at least `threshold` records. */
export function suppressDerived(
  value: number,
  records: number,
  threshold = SUPPRESSION_THRESHOLD,
): number | typeof SUPPRESSED {
  return records < threshold ? SUPPRESSED : value;
}
