// The pulse of felt ownership (issue 21, item 2): a short survey of 3–6 statements on a 1–5 scale and one open question,
// sent to every member contact twice a year. What members *feel* next to what they *do*: the guide's warning case is a
// network where a year agenda was followed while "het grootste deel van de werkgevers zich geen eigenaar voelt"
// (99vanGroot-Amsterdam). Answers are anonymous; results are shown only in aggregate, and withheld below 5 answers.
import type { Ratio } from '../steering/measures.js';
import { SUPPRESSED, SUPPRESSION_THRESHOLD, suppressCount } from '../steering/suppress.js';

export const SCALE_MIN = 1;
export const SCALE_MAX = 5;
export const MIN_STATEMENTS = 3;
export const MAX_STATEMENTS = 6;
/** Twice a year by default. */
export const DEFAULT_INTERVAL_MONTHS = 6;

export interface PulseTexts {
  statements: string[];
  openQuestion: string;
}

/** The default set, drawn from the guide's lessons on ownership (Dutch, the product's language). */
export const DEFAULT_PULSE_NL: PulseTexts = {
  statements: [
    'Ik voel me mede-eigenaar van dit netwerk.',
    'De activiteiten gaan over wat wij nodig hebben.',
    'Ik kan zelf onderwerpen en activiteiten inbrengen.',
    'Wat ik in dit netwerk investeer, levert mijn organisatie iets op.',
    'Ik zou dit netwerk aanraden aan een andere werkgever.',
  ],
  openQuestion: 'Wat zou dit netwerk meer van jullie maken?',
};

export const DEFAULT_PULSE_EN: PulseTexts = {
  statements: [
    'I feel a co-owner of this network.',
    'The activities are about what we need.',
    'I can bring in topics and activities myself.',
    'What I invest in this network pays off for my organisation.',
    'I would recommend this network to another employer.',
  ],
  openQuestion: 'What would make this network more yours?',
};

export type PulseTextsProblem = 'statement_count' | 'empty_statement' | 'empty_open_question';

/** Checks editable texts: 3–6 non-empty statements and a non-empty open question. */
export function validatePulseTexts(t: PulseTexts): PulseTextsProblem | null {
  if (t.statements.length < MIN_STATEMENTS || t.statements.length > MAX_STATEMENTS) return 'statement_count';
  if (t.statements.some((s) => s.trim() === '')) return 'empty_statement';
  if (t.openQuestion.trim() === '') return 'empty_open_question';
  return null;
}

export interface PulseAnswer {
  /** One score per statement, 1–5, or null when left open. */
  scores: (number | null)[];
}

export type AnswerProblem = 'wrong_length' | 'out_of_scale' | 'nothing_answered';

export function validateAnswer(answer: PulseAnswer, statementCount: number): AnswerProblem | null {
  if (answer.scores.length !== statementCount) return 'wrong_length';
  for (const s of answer.scores)
    if (s !== null && (!Number.isInteger(s) || s < SCALE_MIN || s > SCALE_MAX)) return 'out_of_scale';
  if (answer.scores.every((s) => s === null)) return 'nothing_answered';
  return null;
}

/** One statement's figures; all null when fewer than 5 people scored it (the same rule as the round's figure). */
export interface StatementResult {
  mean: number | null;
  /** Standard deviation (population) of the scores given. */
  spread: number | null;
  answers: number | null;
}

export interface PulseAggregate {
  answers: number;
  invited: number;
  /** Answers / invited; shown even when the figure is suppressed (it tells nothing about what anyone answered). */
  answerRate: Ratio;
  /** Mean over all given scores of a respondent, averaged over respondents, on 1–5; null when suppressed. */
  feltOwnership: number | null;
  /** Standard deviation of the respondents' own means; null when suppressed. */
  spread: number | null;
  perStatement: StatementResult[] | null;
  /** "< 5" when fewer than 5 answers: no figure is shown then. */
  suppressed: typeof SUPPRESSED | null;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

function meanOf(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

function sdOf(xs: readonly number[]): number {
  const m = meanOf(xs);
  return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / xs.length);
}

/** The results of one round (or of one organisation within it). Fewer than 5 answers: null figures and "< 5". */
export function aggregateRound(
  answers: readonly PulseAnswer[],
  invited: number,
  statementCount: number,
  threshold = SUPPRESSION_THRESHOLD,
): PulseAggregate {
  const answerRate: Ratio = {
    numerator: answers.length,
    denominator: invited,
    value: invited > 0 ? answers.length / invited : null,
  };
  // The one small-count rule of decision 013: fewer answers than the threshold show no figure at all.
  if (suppressCount(answers.length, threshold) === SUPPRESSED)
    return {
      answers: answers.length,
      invited,
      answerRate,
      feltOwnership: null,
      spread: null,
      perStatement: null,
      suppressed: SUPPRESSED,
    };
  const personal = answers
    .map((a) => a.scores.filter((s): s is number => s !== null))
    .filter((s) => s.length > 0)
    .map(meanOf);
  const perStatement = Array.from({ length: statementCount }, (_, i) => {
    const given = answers.map((a) => a.scores[i]).filter((s): s is number => s !== null && s !== undefined);
    // A statement that fewer than 5 people scored shows no figure: its mean beside the others could point at a person.
    return suppressCount(given.length, threshold) === SUPPRESSED || given.length === 0
      ? { mean: null, spread: null, answers: null }
      : { mean: round2(meanOf(given)), spread: round2(sdOf(given)), answers: given.length };
  });
  return {
    answers: answers.length,
    invited,
    answerRate,
    feltOwnership: personal.length ? round2(meanOf(personal)) : null,
    spread: personal.length ? round2(sdOf(personal)) : null,
    perStatement,
    suppressed: null,
  };
}

export interface RoundPoint {
  roundId: string;
  opensOn: string;
  feltOwnership: number | null;
  answerRate: number | null;
}

export type TrendDirection = 'up' | 'down' | 'flat' | null;

/** Difference from one shown figure to the next shown one below this counts as flat. */
export const FLAT_WITHIN = 0.2;

/** The trend over rounds, oldest first, with the direction of the latest change between two shown figures. */
export function pulseTrend(points: readonly RoundPoint[]): { points: RoundPoint[]; direction: TrendDirection } {
  const sorted = [...points].sort((a, b) => a.opensOn.localeCompare(b.opensOn));
  const shown = sorted.filter((p) => p.feltOwnership !== null);
  if (shown.length < 2) return { points: sorted, direction: null };
  const delta = shown.at(-1)!.feltOwnership! - shown.at(-2)!.feltOwnership!;
  return { points: sorted, direction: delta <= -FLAT_WITHIN ? 'down' : delta >= FLAT_WITHIN ? 'up' : 'flat' };
}

/** The behavioural ownership measures as the steering dashboard computes them. */
export interface BehaviourMeasures {
  activeMembers: Ratio;
  employerLed: Ratio;
}

export interface FeltOwnershipThresholds {
  /** A fall of at least this much (on 1–5) from the previous shown round counts as falling. */
  fallAtLeast: number;
  /** Behaviour counts as high when the active member share is at least this… */
  activeShareAtLeast: number;
  /** …or the employer-led share of activities is at least this. */
  employerLedAtLeast: number;
  minimumRecords: number;
}

export const DEFAULT_FELT_THRESHOLDS: FeltOwnershipThresholds = {
  fallAtLeast: 0.3,
  activeShareAtLeast: 0.6,
  employerLedAtLeast: 0.4,
  minimumRecords: 5,
};

export interface FeltOwnershipSignal {
  code: 'felt_ownership_falling_behaviour_high';
  values: { previous: number; now: number; activeShare: number; employerLed: number | null };
}

/**
 * "Gevoeld eigenaarschap daalt terwijl het gedrag hoog blijft": the 99vanGroot-Amsterdam pattern. Both rounds must be shown
 * (5 or more answers), and the behaviour measures rest on enough records.
 */
export function feltOwnershipSignal(
  previous: number | null,
  now: number | null,
  behaviour: BehaviourMeasures,
  t: FeltOwnershipThresholds = DEFAULT_FELT_THRESHOLDS,
): FeltOwnershipSignal | null {
  if (previous === null || now === null || previous - now < t.fallAtLeast - 1e-9) return null;
  const enough = (r: Ratio) => r.value !== null && r.denominator >= t.minimumRecords;
  const active = enough(behaviour.activeMembers) && behaviour.activeMembers.value! >= t.activeShareAtLeast;
  const led = enough(behaviour.employerLed) && behaviour.employerLed.value! >= t.employerLedAtLeast;
  if (!active && !led) return null;
  return {
    code: 'felt_ownership_falling_behaviour_high',
    values: {
      previous,
      now,
      activeShare: Math.round((behaviour.activeMembers.value ?? 0) * 100),
      employerLed: behaviour.employerLed.value === null ? null : Math.round(behaviour.employerLed.value * 100),
    },
  };
}
