import { describe, expect, it } from 'vitest';
import { needToJoin, validateNeedsAnswer, validateNeedsRound } from './needs-round.js';

describe('needs round', () => {
  it('checks the round: a title, known themes, each once', () => {
    expect(validateNeedsRound({ title: ' ', themes: ['job_carving'] })).toBe('empty_title');
    expect(validateNeedsRound({ title: 'Voorjaar', themes: [] })).toBe('no_themes');
    expect(validateNeedsRound({ title: 'Voorjaar', themes: ['gardening'] })).toBe('unknown_theme');
    expect(validateNeedsRound({ title: 'Voorjaar', themes: ['onboarding', 'onboarding'] })).toBe('duplicate_theme');
    expect(validateNeedsRound({ title: 'Voorjaar', themes: ['onboarding', 'legislation'] })).toBeNull();
  });

  it('checks an answer against the offered themes', () => {
    const offered = ['onboarding', 'legislation'];
    expect(validateNeedsAnswer([], offered)).toBe('nothing_chosen');
    expect(validateNeedsAnswer([{ theme: 'job_carving' }], offered)).toBe('theme_not_offered');
    expect(validateNeedsAnswer([{ theme: 'onboarding' }, { theme: 'onboarding' }], offered)).toBe('duplicate_theme');
    expect(validateNeedsAnswer([{ theme: 'legislation', description: 'Wet banenafspraak' }], offered)).toBeNull();
  });

  it('joins the open need of the theme with the most supporters, the oldest on a tie', () => {
    const needs = [
      { id: 'a', theme: 'onboarding', status: 'new' as const, supporters: 1, createdAt: '2026-01-02' },
      { id: 'b', theme: 'onboarding', status: 'prioritised' as const, supporters: 3, createdAt: '2026-02-01' },
      { id: 'c', theme: 'onboarding', status: 'picked_up' as const, supporters: 9, createdAt: '2026-01-01' },
      { id: 'd', theme: 'legislation', status: 'new' as const, supporters: 0, createdAt: '2026-03-01' },
      { id: 'e', theme: 'legislation', status: 'new' as const, supporters: 0, createdAt: '2026-02-01' },
    ];
    expect(needToJoin('onboarding', needs)).toBe('b');
    expect(needToJoin('legislation', needs)).toBe('e');
    expect(needToJoin('job_carving', needs)).toBeNull();
  });
});
