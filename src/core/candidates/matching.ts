// The matching score between a candidate and a work opportunity: five visible parts that add up to at most 100 points.
// hours (25) · travel distance (25) · work wishes (20) · availability (15) · support needed vs offered (15).
import { MATCHABLE_STATUSES } from './codes.js';
import { addDays } from './dates.js';
import { distanceKm } from './postcode-areas.js';

export interface MatchCandidate {
  id: string;
  status: string;
  hoursPerWeek: number | null;
  postcodeArea: string | null;
  wishes: string | null;
  availableFrom: string | null;
  supportNeeded: readonly string[];
}

export interface MatchOpportunity {
  id: string;
  title: string;
  requirements: string | null;
  hoursPerWeek: number | null;
  postcodeArea: string | null;
  startsOn: string | null;
  supportOffered: readonly string[];
}

export type ScorePart =
  | { key: 'hours'; points: number; max: 25; wanted: number | null; offered: number | null }
  | { key: 'distance'; points: number; max: 25; km: number | null }
  | { key: 'wishes'; points: number; max: 20; words: string[] }
  | { key: 'availability'; points: number; max: 15; availableFrom: string | null; startsOn: string | null }
  | { key: 'support'; points: number; max: 15; needed: string[]; missing: string[] };

export interface MatchScore {
  total: number;
  parts: ScorePart[];
}

/** Beyond this distance the travel part gives no points. */
export const MAX_TRAVEL_KM = 40;

// Short and very common Dutch words say nothing about the work; everything else of 4+ letters is compared.
const STOP_WORDS = new Set([
  'werk',
  'werken',
  'graag',
  'met',
  'een',
  'voor',
  'in',
  'op',
  'van',
  'de',
  'het',
  'en',
  'bij',
  'als',
  'wil',
  'willen',
  'houdt',
  'heeft',
  'zijn',
  'naar',
  'ook',
  'uren',
  'week',
  'omgeving',
  'buiten',
  'binnen',
  'mensen',
  'iets',
]);

/** Folds a word for comparing: lower case, no accents, letters a–z only. */
function fold(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z]+/g, '');
}

/**
 * The telling words of a text, keyed by their first six letters so that "magazijn" and "magazijnwerk" match, with the
 * whole word as first written (lower case) to show in the explanation: a stem like "magazi" is not a word anyone wrote.
 */
function words(text: string | null): Map<string, string> {
  const out = new Map<string, string>();
  for (const written of (text ?? '').split(/[^\p{L}]+/u)) {
    const w = fold(written);
    if (w.length < 4 || STOP_WORDS.has(w)) continue;
    const stem = w.length > 6 ? w.slice(0, 6) : w;
    if (!out.has(stem)) out.set(stem, written.toLowerCase());
  }
  return out;
}

/** The common word as the candidate wrote it, and the opportunity's form too when that differs ("orderpicken/orderpicker"). */
function shownWord(wished: string, offered: string): string {
  return fold(wished) === fold(offered) ? wished : `${wished}/${offered}`;
}

export function scoreMatch(candidate: MatchCandidate, opportunity: MatchOpportunity): MatchScore {
  // hours: full points when equal, less as the difference grows relative to the larger of the two
  let hoursPoints = 12;
  if (candidate.hoursPerWeek !== null && opportunity.hoursPerWeek !== null) {
    const larger = Math.max(candidate.hoursPerWeek, opportunity.hoursPerWeek, 1);
    hoursPoints = Math.round(
      25 * Math.max(0, 1 - Math.abs(candidate.hoursPerWeek - opportunity.hoursPerWeek) / larger),
    );
  }
  const km = distanceKm(candidate.postcodeArea, opportunity.postcodeArea);
  const distancePoints = km === null ? 12 : Math.round(25 * Math.max(0, 1 - km / MAX_TRAVEL_KM));
  const wished = words(candidate.wishes);
  const offered = words(`${opportunity.title} ${opportunity.requirements ?? ''}`);
  const common = [...wished]
    .filter(([stem]) => offered.has(stem))
    .map(([stem, word]) => shownWord(word, offered.get(stem)!))
    .sort((a, b) => a.localeCompare(b, 'nl'));
  const wishesPoints = Math.round(20 * Math.min(1, common.length / 2));
  let availabilityPoints = 15;
  if (
    candidate.availableFrom !== null &&
    opportunity.startsOn !== null &&
    candidate.availableFrom > opportunity.startsOn
  )
    availabilityPoints = candidate.availableFrom <= addDays(opportunity.startsOn, 30) ? 8 : 0;
  const needed = [...candidate.supportNeeded].sort();
  const missing = needed.filter((s) => !opportunity.supportOffered.includes(s));
  const supportPoints = needed.length === 0 ? 15 : Math.round((15 * (needed.length - missing.length)) / needed.length);
  const parts: ScorePart[] = [
    { key: 'hours', points: hoursPoints, max: 25, wanted: candidate.hoursPerWeek, offered: opportunity.hoursPerWeek },
    { key: 'distance', points: distancePoints, max: 25, km },
    { key: 'wishes', points: wishesPoints, max: 20, words: common },
    {
      key: 'availability',
      points: availabilityPoints,
      max: 15,
      availableFrom: candidate.availableFrom,
      startsOn: opportunity.startsOn,
    },
    { key: 'support', points: supportPoints, max: 15, needed, missing },
  ];
  return { total: parts.reduce((sum, p) => sum + p.points, 0), parts };
}

/** Candidates for one opportunity, best first (ties by id for a stable order); only candidates still looking. */
export function rankCandidates<C extends MatchCandidate>(opportunity: MatchOpportunity, candidates: readonly C[]) {
  return candidates
    .filter((c) => (MATCHABLE_STATUSES as readonly string[]).includes(c.status))
    .map((candidate) => ({ candidate, score: scoreMatch(candidate, opportunity) }))
    .sort((a, b) => b.score.total - a.score.total || a.candidate.id.localeCompare(b.candidate.id));
}

/** Opportunities for one candidate, best first. */
export function rankOpportunities<O extends MatchOpportunity>(candidate: MatchCandidate, opportunities: readonly O[]) {
  return opportunities
    .map((opportunity) => ({ opportunity, score: scoreMatch(candidate, opportunity) }))
    .sort((a, b) => b.score.total - a.score.total || a.opportunity.id.localeCompare(b.opportunity.id));
}
