import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PULSE_EN,
  DEFAULT_PULSE_NL,
  aggregateRound,
  feltOwnershipSignal,
  pulseTrend,
  validateAnswer,
  validatePulseTexts,
  type BehaviourMeasures,
  type PulseAnswer,
} from './pulse.js';

const a = (...scores: (number | null)[]): PulseAnswer => ({ scores });
const ratio = (numerator: number, denominator: number) => ({
  numerator,
  denominator,
  value: denominator ? numerator / denominator : null,
});

describe('pulse texts', () => {
  it('has a default set of 3–6 statements in Dutch and English, of equal length, starting with co-ownership', () => {
    expect(validatePulseTexts(DEFAULT_PULSE_NL)).toBeNull();
    expect(validatePulseTexts(DEFAULT_PULSE_EN)).toBeNull();
    expect(DEFAULT_PULSE_NL.statements).toHaveLength(DEFAULT_PULSE_EN.statements.length);
    expect(DEFAULT_PULSE_NL.statements[0]).toBe('Ik voel me mede-eigenaar van dit netwerk.');
    expect(DEFAULT_PULSE_NL.statements).toContain('De activiteiten gaan over wat wij nodig hebben.');
  });
  it('refuses too few or too many statements, empty ones and an empty open question', () => {
    const q = 'Open?';
    expect(validatePulseTexts({ statements: ['a', 'b'], openQuestion: q })).toBe('statement_count');
    expect(validatePulseTexts({ statements: ['a', 'b', 'c'], openQuestion: q })).toBeNull();
    expect(validatePulseTexts({ statements: ['1', '2', '3', '4', '5', '6'], openQuestion: q })).toBeNull();
    expect(validatePulseTexts({ statements: ['1', '2', '3', '4', '5', '6', '7'], openQuestion: q })).toBe(
      'statement_count',
    );
    expect(validatePulseTexts({ statements: ['a', ' ', 'c'], openQuestion: q })).toBe('empty_statement');
    expect(validatePulseTexts({ statements: ['a', 'b', 'c'], openQuestion: '  ' })).toBe('empty_open_question');
  });
  it('checks answers against the scale and the number of statements', () => {
    expect(validateAnswer(a(1, 5, null), 3)).toBeNull();
    expect(validateAnswer(a(1, 5), 3)).toBe('wrong_length');
    expect(validateAnswer(a(0, 5, 3), 3)).toBe('out_of_scale');
    expect(validateAnswer(a(6, 5, 3), 3)).toBe('out_of_scale');
    expect(validateAnswer(a(2.5, 5, 3), 3)).toBe('out_of_scale');
    expect(validateAnswer(a(null, null, null), 3)).toBe('nothing_answered');
  });
});

describe('aggregation per round', () => {
  const five = [a(5, 4, 3), a(4, 4, 4), a(3, 2, 1), a(5, 5, 5), a(2, null, 2)];
  it('gives the mean per statement, the overall figure, the answer rate and the spread', () => {
    const r = aggregateRound(five, 10, 3);
    expect(r.suppressed).toBeNull();
    expect(r.answers).toBe(5);
    expect(r.answerRate).toEqual({ numerator: 5, denominator: 10, value: 0.5 });
    expect(r.perStatement).toEqual([
      { mean: 3.8, spread: 1.17, answers: 5 },
      // Only 4 people scored the second statement: withheld, like a round below 5.
      { mean: null, spread: null, answers: null },
      { mean: 3, spread: 1.41, answers: 5 },
    ]);
    // Personal means: 4, 4, 2, 5, 2 → 3.4; sd = sqrt((0.36+0.36+1.96+2.56+1.96)/5) = sqrt(1.44) = 1.2
    expect(r.feltOwnership).toBe(3.4);
    expect(r.spread).toBe(1.2);
  });
  it('suppresses below 5 answers: no figure, "< 5", but the answer rate stays', () => {
    const r = aggregateRound(five.slice(0, 4), 10, 3);
    expect(r.suppressed).toBe('< 5');
    expect(r.feltOwnership).toBeNull();
    expect(r.spread).toBeNull();
    expect(r.perStatement).toBeNull();
    expect(r.answerRate.value).toBe(0.4);
    expect(aggregateRound([], 0, 3).answerRate.value).toBeNull();
  });
});

describe('trend over rounds', () => {
  it('sorts rounds and gives the direction between the last two shown figures', () => {
    const p = (roundId: string, opensOn: string, feltOwnership: number | null) => ({
      roundId,
      opensOn,
      feltOwnership,
      answerRate: 0.5,
    });
    const t = pulseTrend([p('b', '2026-06-01', 3.2), p('a', '2026-01-01', 4), p('c', '2026-12-01', null)]);
    expect(t.points.map((x) => x.roundId)).toEqual(['a', 'b', 'c']);
    expect(t.direction).toBe('down');
    expect(pulseTrend([p('a', '2026-01-01', 3), p('b', '2026-06-01', 3.5)]).direction).toBe('up');
    expect(pulseTrend([p('a', '2026-01-01', 3), p('b', '2026-06-01', 3.1)]).direction).toBe('flat');
    expect(pulseTrend([p('a', '2026-01-01', 3)]).direction).toBeNull();
  });
});

describe('signal: felt ownership falls while behaviour stays high', () => {
  const high: BehaviourMeasures = { activeMembers: ratio(16, 20), employerLed: ratio(6, 10) };
  const low: BehaviourMeasures = { activeMembers: ratio(5, 20), employerLed: ratio(1, 10) };
  it('signals the 99vanGroot-Amsterdam pattern', () => {
    expect(feltOwnershipSignal(4, 3.5, high)).toEqual({
      code: 'felt_ownership_falling_behaviour_high',
      values: { previous: 4, now: 3.5, activeShare: 80, employerLed: 60 },
    });
    expect(feltOwnershipSignal(4, 3.7, high)?.code).toBe('felt_ownership_falling_behaviour_high');
  });
  it('stays silent when felt ownership does not fall enough, behaviour is low, or a round is suppressed', () => {
    expect(feltOwnershipSignal(4, 3.8, high)).toBeNull();
    expect(feltOwnershipSignal(3, 4, high)).toBeNull();
    expect(feltOwnershipSignal(4, 3, low)).toBeNull();
    expect(feltOwnershipSignal(null, 3, high)).toBeNull();
    expect(feltOwnershipSignal(4, null, high)).toBeNull();
    // Too few records to call behaviour high.
    expect(feltOwnershipSignal(4, 3, { activeMembers: ratio(4, 4), employerLed: ratio(3, 3) })).toBeNull();
  });
});
