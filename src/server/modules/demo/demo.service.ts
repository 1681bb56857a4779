// Loads one generated demo network into the database in a single transaction: used by `netwerkregie demo`, by first-run setup
// ("also load the demo network") and by the benchmarks. The data itself comes from the pure generator in src/core/demo.
import {
  generateDemoNetwork,
  type DemoNetworkData,
  type GenerateDemoOptions,
} from '../../../core/demo/generate-demo.js';
import type { DbOrTx } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { insertDemoData, networkSlugExists } from './demo.repository.js';

export interface LoadDemoNetworkInput {
  db: DbOrTx;
  seed?: number;
  now?: Date;
  networkIndex?: number;
  /** Size knobs for benchmarks; the defaults give a network of about 60 members. */
  sizes?: Pick<GenerateDemoOptions, 'members' | 'contactsPerMember' | 'activitiesPerMonth' | 'candidates' | 'years'>;
}

export interface LoadDemoNetworkResult {
  networkId: string;
  slug: string;
  name: string;
  /** Rows inserted per table, keyed like the generator's output (`organisations`, `registrations`, ...). */
  counts: Record<string, number>;
}

export async function loadDemoNetwork({
  db,
  seed = 1,
  now = new Date(),
  networkIndex = 0,
  sizes = {},
}: LoadDemoNetworkInput): Promise<LoadDemoNetworkResult> {
  const data = generateDemoNetwork({ ...sizes, seed, now, networkIndex });
  const [net] = data.network;
  if (net === undefined) throw new Error('generateDemoNetwork returned no network');

  await db.transaction(async (tx) => {
    if (await networkSlugExists({ db: tx, slug: net.slug })) throw slugTaken(net.slug);
    try {
      await insertDemoData({ db: tx, data });
    } catch (error) {
      // Two loads racing past the check above: the unique index decides, and the caller gets the same answer.
      if (isSlugViolation(error)) throw slugTaken(net.slug);
      throw error;
    }
  });

  return { networkId: net.id, slug: net.slug, name: net.name, counts: countRows(data) };
}

function countRows(data: DemoNetworkData): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [key, rows] of Object.entries(data)) counts[key] = (rows as unknown[]).length;
  return counts;
}

function slugTaken(slug: string): AppError {
  return new AppError('conflict', `Het demonetwerk bestaat al (slug ${slug}).`, undefined, { slug });
}

/** A unique violation on network.slug, whether node-postgres' error arrives bare or wrapped by drizzle. */
function isSlugViolation(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 3; e = e.cause, depth++) {
    const pgError = e as Error & { code?: unknown; constraint?: unknown };
    if (pgError.code === '23505' && pgError.constraint === 'network_slug_unique') return true;
  }
  return false;
}
