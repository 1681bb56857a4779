// A stored design told in another language. A design version keeps the advisor's reasons in the language of whoever made
// it (design.locale); a reader in another language gets them in theirs when the advisor, run again on the same input in
// that language, advises exactly the same thing — every code, count, amount and RACI letter. When it does not (the matrix
// was edited by hand, or the advisor's numbers changed since), the version stays as it was said: headings and labels in the
// reader's language, the reasons in the version's own.
import { adviseDesign, type AdvisorSettings } from './design-advisor.js';
import type { DesignInput } from './design-input.js';
import type { Locale, NetworkDesign } from './network-design.js';

/** Keys that hold words, not advice: left out when two designs are compared. */
function isWording(key: string): boolean {
  return key === 'locale' || key === 'reason' || key === 'advice' || key === 'label' || key.endsWith('Reason');
}

/** The design's advice without its words, with keys in a fixed order (a design read back from jsonb has them reordered). */
function adviceOnly(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(adviceOnly);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .filter((key) => !isWording(key))
      .sort()
      .map((key) => [key, adviceOnly((value as Record<string, unknown>)[key])]),
  );
}

/** Whether two designs advise the same, whatever language their reasons are in. */
export function sameAdvice(a: NetworkDesign, b: NetworkDesign): boolean {
  return JSON.stringify(adviceOnly(a)) === JSON.stringify(adviceOnly(b));
}

/** The stored design with its reasons in `locale` when the advisor can say the same advice in it; else as stored. */
export function designInLocale(
  stored: NetworkDesign,
  input: DesignInput,
  locale: Locale,
  settings?: AdvisorSettings,
): NetworkDesign {
  if (stored.locale === locale) return stored;
  const again = adviseDesign(input, { locale, ...(settings ? { settings } : {}) });
  return sameAdvice(stored, again) ? again : stored;
}
