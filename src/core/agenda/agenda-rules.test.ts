import { describe, expect, it } from 'vitest';
import {
  canEvaluate,
  candidateRegistrationRefusal,
  canMoveNeed,
  needOutcomeFromAnswers,
  placeForNewRegistration,
  placesToFill,
} from './agenda-rules.js';

describe('places and the waiting list', () => {
  it('gives a place until capacity is reached, then the waiting list; no capacity means no limit', () => {
    expect(placeForNewRegistration(20, 19)).toBe('registered');
    expect(placeForNewRegistration(20, 20)).toBe('waitlisted');
    expect(placeForNewRegistration(null, 500)).toBe('registered');
  });
  it('moves up as many as there are free places and people waiting', () => {
    expect(placesToFill(20, 19, 5)).toBe(1);
    expect(placesToFill(20, 20, 5)).toBe(0);
    expect(placesToFill(25, 20, 3)).toBe(3);
    expect(placesToFill(null, 20, 3)).toBe(3);
    expect(placesToFill(20, 10, 0)).toBe(0);
  });
});

describe('needs', () => {
  it('follows new → prioritised → picked up → met / not met', () => {
    expect(canMoveNeed('new', 'prioritised')).toBe(true);
    expect(canMoveNeed('prioritised', 'picked_up')).toBe(true);
    expect(canMoveNeed('picked_up', 'met')).toBe(true);
    expect(canMoveNeed('new', 'met')).toBe(false);
    expect(canMoveNeed('new', 'picked_up')).toBe(false);
  });
  it('judges a need met when most attendees said it helped', () => {
    expect(needOutcomeFromAnswers([true, true, false])).toBe('met');
    expect(needOutcomeFromAnswers([true, false])).toBe('not_met');
    expect(needOutcomeFromAnswers([])).toBeNull();
  });
  it('lets only present attendees evaluate, after the start', () => {
    const startsAt = new Date('2026-03-01T09:00:00Z');
    expect(canEvaluate({ attended: true, startsAt, now: new Date('2026-03-01T10:00:00Z') })).toBe(true);
    expect(canEvaluate({ attended: true, startsAt, now: new Date('2026-02-28T10:00:00Z') })).toBe(false);
    expect(canEvaluate({ attended: false, startsAt, now: new Date('2026-03-01T10:00:00Z') })).toBe(false);
  });
});

describe('candidateRegistrationRefusal', () => {
  const now = new Date('2026-12-07T10:00:00Z');
  const base = {
    openToCandidates: true,
    status: 'planned',
    startsAt: new Date('2026-12-10T10:00:00Z'),
    capacity: 2,
    taken: 1,
    now,
  };
  it('lets a candidate take a free place at an open, upcoming activity', () => {
    expect(candidateRegistrationRefusal(base)).toBeNull();
    expect(candidateRegistrationRefusal({ ...base, capacity: null, taken: 500 })).toBeNull();
  });
  it('refuses an activity not open to candidates, one that began or was cancelled, and a full one', () => {
    expect(candidateRegistrationRefusal({ ...base, openToCandidates: false })).toBe('not_open_to_candidates');
    expect(candidateRegistrationRefusal({ ...base, startsAt: now })).toBe('activity_past');
    expect(candidateRegistrationRefusal({ ...base, status: 'cancelled' })).toBe('activity_past');
    expect(candidateRegistrationRefusal({ ...base, taken: 2 })).toBe('activity_full');
  });
});
