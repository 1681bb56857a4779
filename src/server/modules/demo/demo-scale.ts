// Loads a benchmark scale (src/core/demo/scales.ts) network by network: each network is generated, bulk-inserted with
// unnest() in its own transaction and dropped from memory before the next, so `xl` (500 networks) streams in bounded memory.
import {
  addCounts,
  CHECKSUM_START,
  checksumNetwork,
  generateScale,
  SCALES,
  type ScaleName,
} from '../../../core/demo/scales.js';
import type { Db } from '../../platform/db/database.js';
import { insertDemoData } from './demo.repository.js';

export interface LoadScaleResult {
  scale: ScaleName;
  networkIds: string[];
  counts: Record<string, number>;
  /** Checksum of the generated data (see checksumNetwork): same seed and `now`, same checksum. */
  checksum: string;
  rows: number;
  ms: number;
}

export async function loadDemoScale({
  db,
  scale,
  seed,
  now,
  onNetwork,
}: {
  db: Db;
  scale: ScaleName;
  seed: number;
  now: Date;
  onNetwork?: (done: number, total: number) => void;
}): Promise<LoadScaleResult> {
  const started = performance.now();
  const counts: Record<string, number> = {};
  const networkIds: string[] = [];
  let hash = CHECKSUM_START;
  const total = SCALES[scale].networks;
  for (const data of generateScale({ scale, seed, now })) {
    await db.transaction(async (tx) => insertDemoData({ db: tx, data }));
    addCounts(counts, data);
    hash = checksumNetwork(hash, data);
    networkIds.push(data.network[0]!.id);
    onNetwork?.(networkIds.length, total);
  }
  const rows = Object.values(counts).reduce((a, b) => a + b, 0);
  return {
    scale,
    networkIds,
    counts,
    checksum: hash.toString(16).padStart(8, '0'),
    rows,
    ms: performance.now() - started,
  };
}
