import { describe, expect, it } from 'vitest';
import { candidateCheckInSignals, isWorrying, openCandidateCheckIns } from './candidate-check-ins.js';

describe('openCandidateCheckIns', () => {
  const p = { id: 'p1', startsOn: '2026-01-15', endsOn: null, answeredMonths: [] as number[] };
  it('opens a check-in 7 days before its date and keeps it open until the next one opens', () => {
    expect(openCandidateCheckIns([p], '2026-04-07')).toEqual([]);
    expect(openCandidateCheckIns([p], '2026-04-08')).toEqual([{ placementId: 'p1', months: 3, dueOn: '2026-04-15' }]);
    expect(openCandidateCheckIns([p], '2026-07-07').map((c) => c.months)).toEqual([3]);
    expect(openCandidateCheckIns([p], '2026-07-08').map((c) => c.months)).toEqual([6]);
    expect(openCandidateCheckIns([p], '2027-01-08').map((c) => c.months)).toEqual([12]);
  });
  it('closes the last check-in 60 days after its date', () => {
    expect(openCandidateCheckIns([p], '2027-03-15').map((c) => c.months)).toEqual([12]);
    expect(openCandidateCheckIns([p], '2027-03-16')).toEqual([]);
  });
  it('drops answered check-ins and placements that have ended', () => {
    expect(openCandidateCheckIns([{ ...p, answeredMonths: [6] }], '2026-07-15')).toEqual([]);
    expect(openCandidateCheckIns([{ ...p, answeredMonths: [3] }], '2026-07-15').map((c) => c.months)).toEqual([6]);
    expect(openCandidateCheckIns([{ ...p, endsOn: '2026-07-14' }], '2026-07-15')).toEqual([]);
    expect(openCandidateCheckIns([{ ...p, endsOn: '2026-07-15' }], '2026-07-15').map((c) => c.months)).toEqual([6]);
  });
});

describe('isWorrying', () => {
  const fine = { score: 4, help: 'yes' as const, wantsContact: false };
  it('is worrying at score 2 or lower, no help, or a wish for contact', () => {
    expect(isWorrying(fine)).toBe(false);
    expect(isWorrying({ ...fine, score: 3, help: 'somewhat' })).toBe(false);
    expect(isWorrying({ ...fine, score: 2 })).toBe(true);
    expect(isWorrying({ ...fine, score: 1 })).toBe(true);
    expect(isWorrying({ ...fine, help: 'no' })).toBe(true);
    expect(isWorrying({ ...fine, wantsContact: true })).toBe(true);
  });
});

describe('candidateCheckInSignals', () => {
  it('counts worrying answers not yet handled, with the oldest date', () => {
    const at = (d: string) => new Date(`${d}T10:00:00Z`);
    expect(candidateCheckInSignals([{ worrying: false, handledAt: null, answeredAt: at('2026-05-01') }])).toEqual([]);
    expect(
      candidateCheckInSignals([
        { worrying: true, handledAt: null, answeredAt: at('2026-06-02') },
        { worrying: true, handledAt: null, answeredAt: at('2026-05-01') },
        { worrying: true, handledAt: at('2026-05-03'), answeredAt: at('2026-04-01') },
      ]),
    ).toEqual([{ code: 'candidate_check_in_worry', values: { count: 2, oldestOn: '2026-05-01' } }]);
  });
  it('dates an answer by the day in the Netherlands, not in UTC (00:30 here is 23:30 the day before in UTC)', () => {
    const lateEvening = new Date('2026-12-06T23:30:00Z'); // 00:30 on 7 December in Amsterdam
    expect(candidateCheckInSignals([{ worrying: true, handledAt: null, answeredAt: lateEvening }])).toEqual([
      { code: 'candidate_check_in_worry', values: { count: 1, oldestOn: '2026-12-07' } },
    ]);
  });
});
