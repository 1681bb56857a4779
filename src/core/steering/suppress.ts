// Small-count suppression for everything a funder, a partner or the umbrella sees (decision 013): a count below 5 is shown as
// "< 5"; a share is withheld when its numerator, its complement or its denominator is below 5 (so a shown share times a shown
// denominator never gives back a hidden count, and "everyone but one" is not told either); and where a total is shown with
// its parts, enough further cells are withheld ("×", complementary suppression) that no hidden cell follows from the others
// by sums and differences, nor from the bounds that "< 5" and "×" give away.

export const SUPPRESSION_THRESHOLD = 5;
export const SUPPRESSED = '< 5' as const;
/** A cell of 5 or more, withheld only so that a small cell beside it cannot be worked out from the total. */
export const WITHHELD = '×' as const;

export type SuppressedCount = number | typeof SUPPRESSED;
export type TableCell = number | typeof SUPPRESSED | typeof WITHHELD;

/** 0–4 become "< 5" (also 0: otherwise a hidden cell would be known to be at least 1). */
export function suppressCount(n: number, threshold = SUPPRESSION_THRESHOLD): SuppressedCount {
  return n < threshold ? SUPPRESSED : n;
}

/** A share, or null when its numerator, its complement (denominator − numerator) or its denominator is below the threshold. */
export function suppressShare(
  r: { numerator: number; denominator: number; value: number | null },
  threshold = SUPPRESSION_THRESHOLD,
): number | null {
  if (r.denominator < threshold || r.numerator < threshold || r.denominator - r.numerator < threshold) return null;
  return r.value;
}

/** A derived figure (such as banen) shown only when it rests on at least `threshold` records. */
export function suppressDerived(
  value: number,
  records: number,
  threshold = SUPPRESSION_THRESHOLD,
): number | typeof SUPPRESSED {
  return records < threshold ? SUPPRESSED : value;
}

export interface SuppressedTable {
  total: TableCell;
  parts: TableCell[];
}

/**
 * A total shown with its parts (quarters against the year, categories against their total). Primary: every cell below the
 * threshold is "< 5". Complementary, when the total is shown: if one hidden part would follow from the total and the shown
 * parts — a single hidden part, hidden parts that are all 0, or all at the threshold's edge (4 + 4 = 8 tells both) — further
 * parts are withheld, smallest first, until their excess over the threshold gives the small cells a margin of a full
 * threshold's width; if the shown parts cannot give that margin, the total is withheld instead.
 */
export function suppressTable(
  total: number,
  parts: readonly number[],
  threshold = SUPPRESSION_THRESHOLD,
): SuppressedTable {
  const cells: TableCell[] = parts.map((p) => suppressCount(p, threshold));
  const totalCell: TableCell = suppressCount(total, threshold);
  if (totalCell === SUPPRESSED) return { total: totalCell, parts: cells };
  const primary = parts.filter((_, i) => cells[i] === SUPPRESSED);
  if (primary.length === 0) return { total: totalCell, parts: cells };
  const hiddenSum = primary.reduce((a, b) => a + b, 0);
  const edge = threshold - 1;
  const derivable = primary.length === 1 || hiddenSum === 0 || hiddenSum === edge * primary.length;
  if (!derivable) return { total: totalCell, parts: cells };
  const candidates = parts
    .map((value, index) => ({ value, index }))
    .filter(({ index }) => cells[index] !== SUPPRESSED)
    .sort((a, b) => a.value - b.value || a.index - b.index);
  // Prefer one part with enough margin on its own (the smallest such), else the smallest parts together.
  const single = candidates.find((c) => c.value - threshold >= edge);
  const chosen: typeof candidates = [];
  if (single) chosen.push(single);
  else {
    let slack = 0;
    for (const c of candidates) {
      chosen.push(c);
      slack += c.value - threshold;
      if (slack >= edge) break;
    }
    // Not enough margin in all the shown parts together: withhold the total instead, so the equation has no anchor.
    if (slack < edge) return { total: WITHHELD, parts: cells };
  }
  for (const c of chosen) cells[c.index] = WITHHELD;
  return { total: totalCell, parts: cells };
}

/** The same pattern on figures derived from a table's cells (banen per quarter follow placements per quarter). */
export function followPattern<T>(table: SuppressedTable, total: T, parts: readonly T[]) {
  const hidden = (cell: TableCell) => (cell === SUPPRESSED || cell === WITHHELD ? cell : null);
  return {
    total: hidden(table.total) ?? total,
    parts: parts.map((p, i) => hidden(table.parts[i]!) ?? p),
  };
}
