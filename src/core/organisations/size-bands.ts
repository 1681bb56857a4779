// Company size as member administrations and the KvK write it: our size class names ("klein", "middelgroot") or an
// employee band ("10-49", "250+", "100 of meer", "1 tot 10", "meer dan 250", "10 - 49 werknemers"). Pure.
//
// Our classes are the EU/CBS ones: micro 0–9, small 10–49, medium 50–249, large 250 or more. A band that lies within one
// class maps to that class. A band that straddles two classes (the KvK's "200-499", "100 of meer", "20 tot 100") maps to
// the class of its LOWER bound: the lower bound is what the band says for certain ("at least 100 people"); the upper bound
// is only a ceiling. So "100 of meer" → medium, "200-499" → medium, "5-19" → micro. The result says when that happened, so
// the import's preview can show it ("100 of meer → Middelgroot (50–249), ondergrens").
import { SIZE_CLASSES, foldForMatch, type SizeClass } from './reference-data.js';

/** The least number of employees of each class. */
const CLASS_FLOOR: readonly (readonly [SizeClass, number])[] = [
  ['large', 250],
  ['medium', 50],
  ['small', 10],
  ['micro', 0],
];

/** The class a number of employees falls in. */
export function sizeClassForEmployees(count: number): SizeClass {
  for (const [sizeClass, floor] of CLASS_FLOOR) if (count >= floor) return sizeClass;
  return 'micro';
}

/** Names of our classes in Dutch and English, folded. */
const CLASS_NAMES: Record<string, SizeClass> = {
  micro: 'micro',
  microbedrijf: 'micro',
  'micro onderneming': 'micro',
  klein: 'small',
  kleinbedrijf: 'small',
  'klein bedrijf': 'small',
  small: 'small',
  middel: 'medium',
  middelgroot: 'medium',
  'middelgroot bedrijf': 'medium',
  medium: 'medium',
  groot: 'large',
  grootbedrijf: 'large',
  'groot bedrijf': 'large',
  large: 'large',
};

export interface SizeReading {
  sizeClass: SizeClass;
  /** "name": a class name; "band": a number or band within one class; "lower_bound": a band across two classes. */
  how: 'name' | 'band' | 'lower_bound';
}

// Words around the numbers: "werknemers", "medewerkers", "werkzame personen", "fte", "employees" ...
const NOISE =
  /\b(werknemers?|medewerkers?|werkzame personen|personen|persoon|mensen|fte|wp|employees?|staff|people|personeel|in dienst)\b/g;
const NUMBER = String.raw`(\d{1,3}(?:[.,]\d{3})+|\d+)`;
const toNumber = (s: string) => Number(s.replace(/[.,]/g, ''));

// Each pattern gives the band's lower bound and upper bound (Infinity when open).
const PATTERNS: readonly (readonly [RegExp, (a: number, b: number) => readonly [number, number]])[] = [
  [new RegExp(`^${NUMBER}$`), (a) => [a, a]],
  // 10-49, 10 – 49, 1 t/m 9, 10 to 49, 50 tot en met 249: both ends included
  [
    new RegExp(`^${NUMBER} ?(?:-|–|—|tot en met|t/m|tm|to|through) ?${NUMBER}$`),
    (a, b) => [Math.min(a, b), Math.max(a, b)],
  ],
  // 1 tot 10: in Dutch "tot" leaves the upper end out (1 to 9)
  [new RegExp(`^${NUMBER} ?(?:tot|until) ?${NUMBER}$`), (a, b) => [Math.min(a, b), Math.max(a, b - 1)]],
  // 250+, 250 of meer, 250 en meer, 250 en hoger, 250 or more, >= 250, vanaf 250, minimaal 250, ten minste 250
  [new RegExp(`^${NUMBER} ?(?:\\+|of meer|en meer|en hoger|or more|and more|and over|or over)$`), (a) => [a, Infinity]],
  [
    new RegExp(`^(?:>=|≥|=>|vanaf|minimaal|minstens|ten minste|tenminste|at least|from) ?${NUMBER}$`),
    (a) => [a, Infinity],
  ],
  // meer dan 250, > 250, more than 250, over 250
  [new RegExp(`^(?:>|meer dan|groter dan|more than|over|above) ?${NUMBER}$`), (a) => [a + 1, Infinity]],
  // minder dan 10, < 10, tot 10, fewer than 10, less than 10, under 10
  [
    new RegExp(`^(?:<|minder dan|kleiner dan|tot|fewer than|less than|under|below) ?${NUMBER}$`),
    (a) => [0, Math.max(0, a - 1)],
  ],
  // <= 9, maximaal 9, hoogstens 9, tot en met 9, at most 9
  [new RegExp(`^(?:<=|≤|=<|maximaal|hoogstens|ten hoogste|tot en met|t/m|at most|up to) ?${NUMBER}$`), (a) => [0, a]],
];

/**
 * Reads a size as a class: a class name (also "Middelgroot (50–249)" as our own exports write it) or an employee band.
 * Null when it is neither, or a band that cannot be (a negative count).
 */
export function readSizeClass(input: string): SizeReading | null {
  const folded = foldForMatch(input);
  if (!folded) return null;
  const named = CLASS_NAMES[folded] ?? (SIZE_CLASSES as readonly string[]).find((c) => c === folded);
  if (named) return { sizeClass: named as SizeClass, how: 'name' };
  // "Middelgroot (50–249)": the name before the brackets.
  const bracketed = /^([a-z ]+?) ?\(.*\)$/.exec(folded);
  if (bracketed && CLASS_NAMES[bracketed[1]!]) return { sizeClass: CLASS_NAMES[bracketed[1]!]!, how: 'name' };

  const text = folded.replace(NOISE, ' ').replace(/\s+/g, ' ').trim();
  for (const [pattern, bounds] of PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const [low, high] = bounds(toNumber(match[1]!), match[2] === undefined ? NaN : toNumber(match[2]));
    const lower = sizeClassForEmployees(low);
    const upper = sizeClassForEmployees(high);
    return { sizeClass: lower, how: lower === upper ? 'band' : 'lower_bound' };
  }
  return null;
}
