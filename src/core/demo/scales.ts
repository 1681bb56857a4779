// Benchmark data sets built from the demo generator: many networks of one size, each generated on its own from
// (seed, network index), so a loader can stream them one network at a time and `xl` never sits in memory at once.
// Pure: no clock (pass `now`), no I/O, no randomness outside the seeded generator.
import { generateDemoNetwork, type DemoNetworkData, type GenerateDemoOptions } from './generate-demo.js';

export type ScaleName = 'tiny' | 'small' | 'large' | 'xl';

export interface ScaleSpec {
  networks: number;
  sizes: Pick<
    GenerateDemoOptions,
    'members' | 'contactsPerMember' | 'activitiesPerMonth' | 'candidates' | 'years' | 'capacityFactor'
  >;
  /** What the issue asks for (approximate; the generator's realism decides the exact figures). */
  description: string;
}

// Per network at `large`: ~100 organisations, ~400 contacts, ~200 activities, ~6,000 registrations, 400 candidates.
const largeNetwork: ScaleSpec['sizes'] = {
  members: 94,
  contactsPerMember: 4.3,
  activitiesPerMonth: 8.6,
  candidates: 400,
  years: 2,
  capacityFactor: 1.4,
};

export const SCALES: Record<ScaleName, ScaleSpec> = {
  tiny: {
    networks: 2,
    sizes: { members: 8, contactsPerMember: 2, activitiesPerMonth: 2, candidates: 6, years: 1 },
    description: 'test scale: 2 small networks',
  },
  small: { networks: 1, sizes: {}, description: 'one network, 60 members, two years (the demo network)' },
  large: {
    networks: 50,
    sizes: largeNetwork,
    description:
      '50 networks, ~5,000 organisations, ~20,000 contacts, ~10,000 activities, ~300,000 registrations, 20,000 candidates',
  },
  xl: { networks: 500, sizes: largeNetwork, description: 'ten times large (PostgreSQL server only)' },
};

export function isScaleName(name: string): name is ScaleName {
  return Object.hasOwn(SCALES, name);
}

/** The networks of a scale, one at a time (each is independent of the others). */
export function* generateScale(options: { scale: ScaleName; seed: number; now: Date }): Generator<DemoNetworkData> {
  const spec = SCALES[options.scale];
  for (let networkIndex = 0; networkIndex < spec.networks; networkIndex++) {
    yield generateDemoNetwork({ ...spec.sizes, seed: options.seed, now: options.now, networkIndex });
  }
}

/** Row counts per table, added up over networks. */
export function addCounts(total: Record<string, number>, data: DemoNetworkData): Record<string, number> {
  for (const [table, rows] of Object.entries(data)) total[table] = (total[table] ?? 0) + (rows as unknown[]).length;
  return total;
}

/**
 * A running checksum (FNV-1a, 32 bit, hex) over the ids of every row in generation order, table by table: equal for equal
 * data sets, and the database can recompute it from what was loaded (see the loader test).
 */
export function checksumIds(hash: number, ids: Iterable<string>): number {
  let h = hash >>> 0;
  for (const id of ids) {
    for (let i = 0; i < id.length; i++) {
      h ^= id.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    h ^= 0x0a;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export const CHECKSUM_START = 0x811c9dc5;

/** Checksum of one generated network: every table's ids and the registrations' attendance. */
export function checksumNetwork(hash: number, data: DemoNetworkData): number {
  let h = hash;
  for (const rows of Object.values(data) as Record<string, unknown>[][])
    h = checksumIds(
      h,
      // A row without an id of its own counts by its key: partner_activity by the pair it links, a budget line by its year,
      // item and payer, an invoice counter by its year and last number.
      rows.map((r) =>
        typeof r.id === 'string'
          ? r.id
          : 'partnerId' in r
            ? `${String(r.partnerId)}:${String(r.activityId)}`
            : 'budgetYearId' in r
              ? `${String(r.budgetYearId)}:${String(r.item)}:${String(r.payer)}`
              : `${String(r.year)}:${String(r.lastNumber)}`,
      ),
    );
  return checksumIds(
    h,
    data.registrations.map((r) => `${r.status}:${r.attended === null ? '-' : r.attended ? 'y' : 'n'}`),
  );
}
