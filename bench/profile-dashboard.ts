// Where one uncached steering dashboard spends its time: loading (SQL) and each pure measure (JS), timed one request at a time
// over the first demo network. Usage: DATABASE_URL=… node --import tsx bench/profile-dashboard.ts [--runs N]
// [--registrations days|totals] (how the loader gives the registrations: 'days' as the dashboard loads them, 'totals' with the
// organisation × activity pairs it loaded before, to compare the two).
import { parseArgs } from 'node:util';
import { computeDashboard } from '../src/core/steering/dashboard.js';
import { openDatabase } from '../src/server/platform/db/database.js';
import { loadSteeringInputs } from '../src/server/modules/steering/steering.repository.js';
import { percentile } from './lib.js';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '20' }, registrations: { type: 'string', default: 'days' } },
});
const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL');
const { db, pool, close } = openDatabase({ connectionString: url }, 'server');
const { rows } = await pool.query<{ id: string }>(
  "select id from network where settings->>'demoSeed' = '1' order by (settings->>'demoNetworkIndex')::int limit 1",
);
const networkId = rows[0]!.id;
// Each statement's own time (from sending to its rows parsed), by its first words.
const perQuery = new Map<string, number[]>();
const originalQuery = pool.query.bind(pool) as (...args: unknown[]) => Promise<unknown>;
(pool as unknown as { query: (...args: unknown[]) => Promise<unknown> }).query = async (...args: unknown[]) => {
  const first = args[0] as string | { text: string };
  const text = (typeof first === 'string' ? first : first.text).replace(/\s+/g, ' ').trim().slice(0, 40);
  const t = performance.now();
  const result = await originalQuery(...args);
  perQuery.set(text, [...(perQuery.get(text) ?? []), performance.now() - t]);
  return result;
};
const now = new Date('2026-11-01T09:00:00Z');
const load: number[] = [];
const compute: number[] = [];
const json: number[] = [];
// The process's own CPU time per dashboard (load + compute), less sensitive to other work on a shared machine than wall time.
const cpuStart = process.cpuUsage();
for (let i = 0; i < Number(values.runs); i++) {
  const period = { from: `2024-${String((i % 12) + 1).padStart(2, '0')}-01`, to: '2026-12-31' };
  let t = performance.now();
  const inputs = await loadSteeringInputs(db, networkId, '2023-01-01', {
    registrations: values.registrations === 'totals' ? 'totals' : 'days',
  });
  load.push(performance.now() - t);
  t = performance.now();
  const d = computeDashboard(inputs!.data, period, now);
  compute.push(performance.now() - t);
  t = performance.now();
  JSON.stringify(d);
  json.push(performance.now() - t);
}
const f = (xs: number[]) => `p50 ${percentile(xs, 50).toFixed(1)} p95 ${percentile(xs, 95).toFixed(1)} ms`;
const cpu = process.cpuUsage(cpuStart);
console.log(`load ${f(load)}; compute ${f(compute)}; json ${f(json)}`);
console.log(`node CPU per dashboard: ${((cpu.user + cpu.system) / 1000 / Number(values.runs)).toFixed(1)} ms`);
for (const [text, times] of perQuery) console.log(`  ${text}…: ${f(times)}`);
await close();
