// Suppression that holds (decision 013), as properties over generated data sets: no count below 5 is shown; no hidden cell
// follows from the shown figures by sums and differences, nor from the bounds that "< 5" (0–4) and "×" (5 or more) give away;
// and no shown share times a shown denominator gives back a hidden count.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressCandidateStatistics } from '../privacy/funder-figures.js';
import { missionAggregates, type Dashboard } from './dashboard.js';
import { ratio } from './measures.js';
import { SUPPRESSED, WITHHELD, suppressShare, suppressTable, type TableCell } from './suppress.js';

const RUNS = 2000;

/** What someone reading a cell knows about its value. */
function boundsOf(cell: TableCell): [number, number] {
  if (cell === SUPPRESSED) return [0, 4];
  if (cell === WITHHELD) return [5, Number.POSITIVE_INFINITY];
  return [cell, cell];
}

/**
 * Every hidden cell whose value follows from `total = Σ parts` and the shown cells: its interval, narrowed by the equation
 * and the other cells' bounds, holds a single value. Exact for one equation with interval bounds.
 */
function derivableCells(total: TableCell, parts: readonly TableCell[]): string[] {
  const cells = [total, ...parts];
  const bounds = cells.map(boundsOf);
  const found: string[] = [];
  cells.forEach((cell, i) => {
    if (typeof cell === 'number') return;
    // For the total: T = Σ parts. For a part: p_i = T − Σ other parts.
    let lo: number, hi: number;
    if (i === 0) {
      lo = bounds.slice(1).reduce((s, b) => s + b[0], 0);
      hi = bounds.slice(1).reduce((s, b) => s + b[1], 0);
    } else {
      const others = bounds.slice(1).filter((_, j) => j + 1 !== i);
      lo = bounds[0]![0] - others.reduce((s, b) => s + b[1], 0);
      hi = bounds[0]![1] - others.reduce((s, b) => s + b[0], 0);
    }
    lo = Math.max(lo, bounds[i]![0]);
    hi = Math.min(hi, bounds[i]![1]);
    if (lo === hi) found.push(i === 0 ? `total = ${lo}` : `part ${i - 1} = ${lo}`);
  });
  return found;
}

/** Small counts are what suppression is about: mostly 0–12, sometimes larger. */
const smallCount = fc.oneof(
  fc.integer({ min: 0, max: 6 }),
  fc.integer({ min: 0, max: 12 }),
  fc.integer({ min: 0, max: 60 }),
);

function expectHolds(total: number, parts: number[], shown: { total: TableCell; parts: TableCell[] }) {
  const where = JSON.stringify({ total, parts, shown });
  [shown.total, ...shown.parts].forEach((cell, i) => {
    const value = i === 0 ? total : parts[i - 1]!;
    if (typeof cell === 'number') {
      expect(cell, where).toBe(value);
      expect(cell, where).toBeGreaterThanOrEqual(5);
    } else if (cell === SUPPRESSED) expect(value, where).toBeLessThan(5);
    else expect(value, where).toBeGreaterThanOrEqual(5);
  });
  expect(derivableCells(shown.total, shown.parts), where).toEqual([]);
}

describe('suppressTable: a total with its parts', () => {
  it('shows no count below 5 and lets no hidden cell be worked out', () => {
    fc.assert(
      fc.property(fc.array(smallCount, { minLength: 1, maxLength: 8 }), (parts) => {
        const total = parts.reduce((a, b) => a + b, 0);
        expectHolds(total, parts, suppressTable(total, parts));
      }),
      { numRuns: RUNS },
    );
  });

  it('examples: one small quarter takes a second one with it; 4 + 4 beside the year is not told', () => {
    expect(suppressTable(29, [2, 7, 14, 6])).toEqual({ total: 29, parts: ['< 5', 7, '×', 6] });
    expect(suppressTable(23, [2, 7, 14, 0])).toEqual({ total: 23, parts: ['< 5', 7, 14, '< 5'] });
    expect(suppressTable(20, [3, 17])).toEqual({ total: 20, parts: ['< 5', '×'] });
    expect(suppressTable(18, [4, 4, 10])).toEqual({ total: 18, parts: ['< 5', '< 5', '×'] });
    expect(suppressTable(6, [1, 5])).toEqual({ total: '×', parts: ['< 5', 5] });
    expect(suppressTable(30, [10, 20])).toEqual({ total: 30, parts: [10, 20] });
  });
});

describe('shares', () => {
  it('are withheld when the numerator, the complement or the denominator is below 5', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 300 }), (a, b) => {
        const [numerator, denominator] = a <= b ? [a, b] : [b, a];
        const shown = suppressShare(ratio(numerator, denominator));
        if (numerator < 5 || denominator - numerator < 5 || denominator < 5) expect(shown).toBeNull();
        else expect(shown).toBe(numerator / denominator);
      }),
      { numRuns: RUNS },
    );
  });
});

/** A dashboard with what the funder view reads, from generated counts (quarters add up to the year). */
const dashboardArb = fc
  .record({
    members: fc.integer({ min: 0, max: 300 }),
    activeOfMembers: fc.double({ min: 0, max: 1, noNaN: true }),
    quarterPlacements: fc.array(smallCount, { minLength: 4, maxLength: 4 }),
    hours: fc.constantFrom(0.5, 0.78, 1, 1.2),
    still6: fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 })),
    activities: smallCount,
    turnout: fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 200 })),
    voiceCheckIns: fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 })),
    voiceAdvice: smallCount,
    voiceTookPart: smallCount,
  })
  .map((g) => {
    const active = Math.round(g.members * g.activeOfMembers);
    const placements = g.quarterPlacements.reduce((a, b) => a + b, 0);
    const quarterBanen = g.quarterPlacements.map((p) => Math.round(p * g.hours * 100) / 100);
    const [s1, s2] = g.still6;
    const [t1, t2] = g.turnout;
    const [v1, v2] = g.voiceCheckIns;
    const d = {
      period: { from: '2026-01-01', to: '2026-12-31' },
      members: g.members,
      activeMembers: ratio(active, g.members),
      mission: {
        placements,
        banen: quarterBanen.reduce((a, b) => a + b, 0),
        stillEmployed6: ratio(Math.min(s1, s2), Math.max(s1, s2)),
        stillEmployed12: ratio(0, 0),
      },
      ambition: { rows: [], total: { ambitionJobs: null } },
      turnout: { activities: g.activities, ofRegistered: ratio(Math.min(t1, t2), Math.max(t1, t2)) },
      candidateVoice: {
        checkInsAnswered: ratio(Math.min(v1, v2), Math.max(v1, v2)),
        livedExperienceAdvice: g.voiceAdvice,
        candidatesTookPart: g.voiceTookPart,
      },
      trends: {
        quarter: g.quarterPlacements.map((p, i) => ({
          key: `2026-Q${i + 1}`,
          placements: p,
          banen: quarterBanen[i]!,
          activeShare: ratio(active, g.members),
        })),
      },
    };
    return d as unknown as Dashboard;
  });

describe('the funder view of the mission (missionAggregates)', () => {
  it('shows no count below 5, no share that gives back a hidden count, no quarter that follows from the year', () => {
    fc.assert(
      fc.property(dashboardArb, (d) => {
        const m = missionAggregates(d);
        const where = JSON.stringify(m);
        for (const c of [
          m.members,
          m.activeMembers,
          m.placements,
          m.activities,
          m.candidateVoice!.livedExperienceAdvice,
          m.candidateVoice!.candidatesTookPart,
          ...m.quarters.map((q) => q.placements),
        ])
          if (typeof c === 'number') expect(c, where).toBeGreaterThanOrEqual(5);
        // share × shown denominator must not give back a hidden count (nor the hidden complement).
        if (m.activeMemberShare !== null && typeof m.members === 'number') {
          expect(m.activeMembers, where).not.toBe(SUPPRESSED);
          expect(Math.round(m.members * (1 - m.activeMemberShare)), where).toBeGreaterThanOrEqual(5);
        }
        for (const share of [m.stillEmployed6, m.turnoutOfRegistered])
          if (share !== null) expect(share).toBeGreaterThan(0);
        // The candidates' voice: the share of check-ins answered only with 5 answered, 5 not answered and 5 in all.
        if (m.candidateVoice!.checkInsAnswered !== null) {
          const r = d.candidateVoice.checkInsAnswered;
          expect(Math.min(r.numerator, r.denominator - r.numerator), where).toBeGreaterThanOrEqual(5);
        }
        if (m.stillEmployed6 !== null) {
          const r = d.mission.stillEmployed6;
          expect(Math.min(r.numerator, r.denominator - r.numerator), where).toBeGreaterThanOrEqual(5);
        }
        // The quarters against the year, placements and banen alike.
        expectHolds(
          d.mission.placements,
          d.trends.quarter.map((q) => q.placements),
          { total: m.placements, parts: m.quarters.map((q) => q.placements) },
        );
        m.quarters.forEach((q, i) => {
          if (typeof q.placements !== 'number') expect(q.banen, where).toBe(q.placements);
          else expect(q.banen, where).toBe(d.trends.quarter[i]!.banen);
        });
        if (typeof m.placements !== 'number') expect(m.banen, where).toBe(m.placements);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('candidate statistics for funders and partners', () => {
  it('show no count below 5, and no hidden status or contract follows from the totals', () => {
    const statuses = ['registered', 'intake', 'searching', 'placed', 'stopped'];
    fc.assert(
      fc.property(
        fc.array(smallCount, { minLength: 5, maxLength: 5 }),
        fc.array(smallCount, { minLength: 3, maxLength: 3 }),
        fc.nat({ max: 100 }),
        (byStatus, byContract, activePercent) => {
          const total = byContract.reduce((a, b) => a + b, 0);
          const active = Math.floor((total * activePercent) / 100);
          const raw = {
            candidatesByStatus: statuses.map((status, i) => ({ status, count: byStatus[i]! })),
            placements: { total, active, activeJobs: active * 0.78 },
            placementsByContract: ['permanent', 'temporary', 'secondment'].map((contractKind, i) => ({
              contractKind,
              count: byContract[i]!,
            })),
          };
          const s = suppressCandidateStatistics(raw);
          expectHolds(
            byStatus.reduce((a, b) => a + b, 0),
            byStatus,
            { total: s.candidatesTotal, parts: s.candidatesByStatus.map((c) => c.count) },
          );
          expectHolds(total, byContract, {
            total: s.placements.total,
            parts: s.placementsByContract.map((c) => c.count),
          });
          if (typeof s.placements.active === 'number') expect(s.placements.active).toBeGreaterThanOrEqual(5);
          if (active < 5) expect(s.placements.activeJobs).toBe(SUPPRESSED);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
