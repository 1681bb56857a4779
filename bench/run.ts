// `npm run bench [-- --only NAME] [--db embedded|server] [--runs N]`: runs the benchmarks, prints a Markdown table and
// writes bench/results/<name>.json. Each figure is compared with a baseline measured in the same run.
import { parseArgs } from 'node:util';
import { benchColdStart } from './cold-start.js';
import { machine, printTable, writeResults, type Metric } from './lib.js';

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    db: { type: 'string', default: process.env.DATABASE_URL ? 'server' : 'embedded' },
    runs: { type: 'string', default: '7' },
    scale: { type: 'string', default: 'small' },
  },
});
const db = values.db === 'server' ? 'server' : 'embedded';
const runs = Number(values.runs);
const benches: Record<string, () => Promise<Metric[]>> = {
  'cold-start': () => benchColdStart({ db, runs }),
};

const selected = values.only ? values.only.split(',') : Object.keys(benches);
const all: Metric[] = [];
for (const name of selected) {
  const bench = benches[name];
  if (!bench) {
    console.error(`Onbekende benchmark "${name}". Kies uit: ${Object.keys(benches).join(', ')}.`);
    process.exit(2);
  }
  const metrics = await bench();
  writeResults(`${name}-${db}`, metrics, { db, scale: values.scale });
  all.push(...metrics);
}
const m = machine();
console.log(`\nNetwerkregie benchmarks — ${m.cpus}, ${m.memoryGiB} GiB, Node ${m.node}, database: ${db}\n`);
printTable(all);
