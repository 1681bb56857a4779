import { describe, expect, it } from 'vitest';
import { rankCandidates, scoreMatch, type MatchCandidate, type MatchOpportunity } from './matching.js';
import { distanceKm } from './postcode-areas.js';

const opportunity: MatchOpportunity = {
  id: 'o1',
  title: 'Medewerker magazijn',
  requirements: 'Orderpicken en inpakken',
  hoursPerWeek: 20,
  postcodeArea: '8013',
  startsOn: '2026-03-01',
  supportOffered: ['jobcoach'],
};
const candidate: MatchCandidate = {
  id: 'c1',
  status: 'matching',
  hoursPerWeek: 20,
  postcodeArea: '8011',
  wishes: 'Magazijn, inpakken of orderpicken',
  availableFrom: null,
  supportNeeded: ['jobcoach'],
};

describe('distanceKm', () => {
  it('is 0 in the same area, a fixed 5 km within a PC2 region, haversine between regions', () => {
    expect(distanceKm('8011', '8011 AB')).toBe(0);
    expect(distanceKm('8011', '8043')).toBe(5);
    const zwolleDeventer = distanceKm('8011', '7411');
    expect(zwolleDeventer).toBeGreaterThan(25);
    expect(zwolleDeventer).toBeLessThan(40);
    expect(distanceKm('1011', '6211')).toBeGreaterThan(150);
    expect(distanceKm(null, '8011')).toBeNull();
  });
});

describe('scoreMatch', () => {
  it('gives full points for a perfect fit, with every part visible', () => {
    const score = scoreMatch(candidate, opportunity);
    expect(score.parts.map((p) => [p.key, p.points, p.max])).toEqual([
      ['hours', 25, 25],
      ['distance', 22, 25],
      ['wishes', 20, 20],
      ['availability', 15, 15],
      ['support', 15, 15],
    ]);
    expect(score.total).toBe(97);
  });
  it('loses points for fewer hours, distance, other wishes, later availability and missing support', () => {
    const score = scoreMatch(
      {
        ...candidate,
        hoursPerWeek: 10,
        postcodeArea: '6211',
        wishes: 'Tuinonderhoud',
        availableFrom: '2026-03-20',
        supportNeeded: ['jobcoach', 'transport'],
      },
      opportunity,
    );
    const byKey = Object.fromEntries(score.parts.map((p) => [p.key, p]));
    expect(byKey.hours?.points).toBe(13);
    expect(byKey.distance?.points).toBe(0);
    expect(byKey.wishes?.points).toBe(0);
    expect(byKey.availability?.points).toBe(8);
    expect(byKey.support).toMatchObject({ points: 8, missing: ['transport'] });
    expect(score.total).toBe(29);
  });
  it('explains the common wishes in whole words, not the six-letter stems they are compared by', () => {
    const wishes = (score: ReturnType<typeof scoreMatch>) => score.parts.find((p) => p.key === 'wishes');
    expect(wishes(scoreMatch(candidate, opportunity))).toMatchObject({
      points: 20,
      words: ['inpakken', 'magazijn', 'orderpicken'],
    });
    // Different forms of one word still match; both forms are shown, accents and capitals as written.
    const other = scoreMatch(
      { ...candidate, wishes: 'Magazijnwerk en Orderpicker, misschien café' },
      { ...opportunity, title: 'Magazijnmedewerker', requirements: 'Ervaring met orderpicken in een cafe' },
    );
    expect(wishes(other)).toMatchObject({
      points: 20,
      words: ['café', 'magazijnwerk/magazijnmedewerker', 'orderpicker/orderpicken'],
    });
    for (const word of wishes(other)!.words as string[]) expect(word).not.toMatch(/^(magazi|orderp)$/);
  });
  it('ranks only candidates still looking, best first', () => {
    const ranked = rankCandidates(opportunity, [
      { ...candidate, id: 'far', postcodeArea: '9711' },
      { ...candidate, id: 'placed', status: 'placed' },
      candidate,
    ]);
    expect(ranked.map((r) => r.candidate.id)).toEqual(['c1', 'far']);
  });
});
