import { describe, expect, it } from 'vitest';
import {
  canEvaluate,
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
