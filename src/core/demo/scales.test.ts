import { describe, expect, it } from 'vitest';
import { addCounts, CHECKSUM_START, checksumNetwork, generateScale, SCALES } from './scales.js';

const now = new Date('2026-03-15T10:00:00Z');

function summarise(seed: number) {
  const counts: Record<string, number> = {};
  let hash = CHECKSUM_START;
  const slugs: string[] = [];
  for (const data of generateScale({ scale: 'tiny', seed, now })) {
    addCounts(counts, data);
    hash = checksumNetwork(hash, data);
    slugs.push(data.network[0]!.slug);
  }
  return { counts, hash, slugs };
}

describe('benchmark scales', () => {
  it('the same seed gives the same data (checksum and counts); another seed other data', () => {
    const a = summarise(7);
    const b = summarise(7);
    expect(b).toEqual(a);
    expect(summarise(8).hash).not.toBe(a.hash);
    expect(a.counts.network).toBe(SCALES.tiny.networks);
  });

  it('gives every network of a scale its own slug', () => {
    const { slugs } = summarise(1);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it('large is sized as the issue asks, per network times 50', () => {
    const [first] = generateScale({ scale: 'large', seed: 1, now });
    const perNetwork = addCounts({}, first!);
    const times = SCALES.large.networks;
    // The generator's realism (statuses, capacities, placements) decides exact figures; stay within 25% of the asked sizes.
    const asked = {
      organisations: 5_000,
      persons: 20_000,
      activities: 10_000,
      registrations: 300_000,
      candidates: 20_000,
    };
    for (const [table, n] of Object.entries(asked)) {
      expect(perNetwork[table]! * times, table).toBeGreaterThan(n * 0.75);
      expect(perNetwork[table]! * times, table).toBeLessThan(n * 1.25);
    }
  });
});
