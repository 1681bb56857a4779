// The write counter's cost (decision 019): every state-changing request takes one extra `nextval`, every request that
// could be answered from a cache one read of the sequence. Measured on the real database and the real counter
// (src/server/platform/cache-sync.ts), 10 concurrent clients:
// - writes/s of a small write transaction (two inserts, as a save with its audit row) with and without announce() after
//   it, in alternating slices of the same run so that drift on a shared machine hits both alike;
// - looks/s of catchUp() (each client its own process view, so no look is shared) against `select 1` round trips.
// Usage: npm run bench -- --only cache-sync [--db embedded|server] [--duration S]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import { createCacheSync } from '../src/server/platform/cache-sync.js';
import { loadConfig } from '../src/server/platform/config.js';
import { openServices } from '../src/server/start.js';
import type { Metric } from './lib.js';

const CLIENTS = 10;
const TABLE = 'bench_cache_sync_write';

async function countFor(ms: number, work: () => Promise<unknown>): Promise<number> {
  const until = performance.now() + ms;
  let count = 0;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (performance.now() < until) {
        await work();
        count++;
      }
    }),
  );
  return count;
}

export async function benchCacheSync(options: {
  db: 'embedded' | 'server';
  duration: number;
  log: (line: string) => void;
}): Promise<Metric[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nr-bench-cache-sync-'));
  const databaseUrl = options.db === 'server' ? process.env.DATABASE_URL : '';
  if (options.db === 'server' && !databaseUrl) throw new Error('--db server needs DATABASE_URL');
  const { lock, database } = await openServices(
    loadConfig({ DATA_DIR: dataDir, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' }),
  );
  const pool: pg.Pool = database.pool;
  try {
    await pool.query(`drop table if exists ${TABLE}`);
    await pool.query(`create table ${TABLE} (id bigserial primary key, kind text not null, body text not null)`);
    const sync = createCacheSync({ pool, onRemoteWrite: () => undefined });
    const write = async () => {
      const client = await pool.connect();
      try {
        await client.query('begin');
        await client.query(`insert into ${TABLE} (kind, body) values ('record', $1)`, ['een regel met wat tekst']);
        await client.query(`insert into ${TABLE} (kind, body) values ('audit', $1)`, ['{"action":"record.update"}']);
        await client.query('commit');
      } finally {
        client.release();
      }
    };
    const writeAndAnnounce = async () => {
      await write();
      await sync.announce();
    };

    // Writes: alternating slices (warm-up first), the same number of slices each way.
    await countFor(500, writeAndAnnounce);
    const slices = 6;
    const sliceMs = (options.duration * 1000) / slices;
    let plain = 0;
    let announced = 0;
    for (let i = 0; i < slices; i++) {
      if (i % 2 === 0) plain += await countFor(sliceMs, write);
      else announced += await countFor(sliceMs, writeAndAnnounce);
    }
    const half = options.duration / 2; // seconds spent on each side
    const writesPlain = plain / half;
    const writesAnnounced = announced / half;
    options.log(`writes: ${Math.round(writesPlain)}/s without announce(), ${Math.round(writesAnnounced)}/s with`);

    // Reads: one look per cached request, against the cheapest round trip.
    const lookers = Array.from({ length: CLIENTS }, () => createCacheSync({ pool, onRemoteWrite: () => undefined }));
    let next = 0;
    const look = () => lookers[next++ % CLIENTS]!.catchUp();
    const ping = () => pool.query('select 1');
    await countFor(300, look);
    let looks = 0;
    let pings = 0;
    for (let i = 0; i < slices; i++) {
      if (i % 2 === 0) pings += await countFor(sliceMs, ping);
      else looks += await countFor(sliceMs, look);
    }
    const looksPerSecond = looks / half;
    const pingsPerSecond = pings / half;
    options.log(`reads: ${Math.round(looksPerSecond)} looks/s, ${Math.round(pingsPerSecond)} × select 1/s`);

    const ratio = writesAnnounced / writesPlain;
    return [
      {
        name: 'write counter: writes/s with announce()',
        value: writesAnnounced,
        unit: 'writes/s',
        baseline: writesPlain,
        baselineName: 'the same writes without announce()',
        ratio,
        target: '≥ 0.8 × without',
        met: ratio >= 0.8,
        detail: `${CLIENTS} clients, 2 inserts per transaction + 1 nextval; ${Math.round(writesPlain)}/s without, ${Math.round(writesAnnounced)}/s with (${Math.round((1 - ratio) * 100)} % fewer)`,
      },
      {
        name: 'write counter: looks/s (one per cached request)',
        value: looksPerSecond,
        unit: 'statements/s',
        baseline: pingsPerSecond,
        baselineName: 'select 1',
        ratio: looksPerSecond / pingsPerSecond,
        target: null,
        met: null,
        detail: `${CLIENTS} clients; ~${Math.round((CLIENTS / looksPerSecond) * 100_000) / 100} ms per look at that concurrency`,
      },
    ];
  } finally {
    await pool.query(`drop table if exists ${TABLE}`).catch(() => undefined);
    await database.close();
    lock?.release();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
