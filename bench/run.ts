// `npm run bench [-- --scale small|large|xl] [--db embedded|server] [--only NAME[,NAME]] [--runs N] [--duration S]`: runs the
// benchmarks, prints a Markdown table and writes bench/results/<name>-<scale>-<db>.json. Each figure is compared with a
// baseline measured in the same run. NAME is a benchmark (api, cold-start, web, import, cache-sync) or a part of the API benchmark (an endpoint
// such as "steering dashboard", "read mix", "writes").
import { parseArgs } from 'node:util';
import { isScaleName } from '../src/core/demo/scales.js';
import { benchApi } from './api.js';
import { benchCacheSync } from './cache-sync.js';
import { benchColdStart } from './cold-start.js';
import { benchImport } from './import.js';
import { machine, printTable, writeResults, type Metric } from './lib.js';
import { benchWebSize } from './web-size.js';

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    db: { type: 'string', default: process.env.DATABASE_URL ? 'server' : 'embedded' },
    runs: { type: 'string', default: '7' },
    scale: { type: 'string', default: 'small' },
    seed: { type: 'string', default: '1' },
    duration: { type: 'string', default: '5' },
  },
});
const db = values.db === 'server' ? 'server' : 'embedded';
if (!isScaleName(values.scale) || values.scale === 'tiny') {
  console.error(`Onbekende schaal "${values.scale}". Kies uit: small, large, xl.`);
  process.exit(2);
}
const scale = values.scale;
const runs = Number(values.runs);
const log = (line: string) => console.error(`  ${line}`);
const only = values.only ? values.only.split(',').map((s) => s.trim()) : null;

const benches: Record<string, () => Promise<Metric[]>> = {
  'cold-start': () => benchColdStart({ db, runs }),
  web: () => benchWebSize(log),
  'cache-sync': () => benchCacheSync({ db, duration: Number(values.duration), log }),
  import: () => benchImport({ db, scale, seed: Number(values.seed), rows: 100_000, runs: Math.min(runs, 3), log }),
  api: async () => {
    const parts = only?.filter((n) => !(n in benches));
    const { metrics, details } = await benchApi({
      db,
      scale,
      seed: Number(values.seed),
      duration: Number(values.duration),
      log,
      ...(parts && parts.length > 0 ? { only: (name: string) => parts.includes(name) } : {}),
    });
    writeResults(`api-details-${scale}-${db}`, [], { db, scale, details });
    return metrics;
  },
};

const names = Object.keys(benches);
const selected = only
  ? names.filter((n) => only.includes(n) || (n === 'api' && only.some((o) => !names.includes(o))))
  : names;
const all: Metric[] = [];
for (const name of selected) {
  console.error(`${name}…`);
  const metrics = await benches[name]!();
  writeResults(`${name}-${scale}-${db}`, metrics, { db, scale });
  all.push(...metrics);
}
const m = machine();
console.log(
  `\nNetwerkregie benchmarks — scale ${scale}, database ${db}; ${m.cpus}, ${m.memoryGiB} GiB, Node ${m.node}, load average ${m.loadAverage}\n`,
);
printTable(all);
