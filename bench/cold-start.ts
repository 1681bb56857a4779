// Cold start: from spawning `node dist/server/main.js` on an existing data directory to the first 200 from /api/health.
// Baseline in the same run: spawning a bare Node HTTP server to its first 200 (what any Node service pays).
// Usage: npm run bench -- --only cold-start [--db embedded|server] [--runs 7]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { median, type Metric } from './lib.js';

const root = path.resolve(import.meta.dirname, '..');

async function timeToFirst200(args: string[], env: Record<string, string>, port: number): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'warn', HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  try {
    for (;;) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/api/health`);
        if (res.status === 200) return performance.now() - started;
      } catch {
        // not listening yet
      }
      if (child.exitCode !== null) throw new Error(`process exited with ${child.exitCode}`);
      if (performance.now() - started > 60_000) throw new Error('no 200 within 60 s');
      await new Promise((r) => setTimeout(r, 5));
    }
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

export async function benchColdStart(options: { db: 'embedded' | 'server'; runs: number }): Promise<Metric[]> {
  const main = path.join(root, 'dist/server/main.js');
  if (!fs.existsSync(main)) throw new Error('dist/server/main.js missing: run `npm run build` first');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nr-bench-cold-'));
  const env: Record<string, string> =
    options.db === 'embedded'
      ? { DATA_DIR: dataDir, DATABASE_URL: '' }
      : { DATA_DIR: dataDir, DATABASE_URL: process.env.DATABASE_URL ?? '' };
  if (options.db === 'server' && !env.DATABASE_URL) throw new Error('--db server needs DATABASE_URL');
  const baselineScript = `require('http').createServer((q,s)=>{s.end('{}')}).listen(${43290},'127.0.0.1')`;
  try {
    // First start creates the cluster and migrates: not a cold start on an existing data directory.
    const firstRun = await timeToFirst200([main], env, 43280);
    const app: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < options.runs; i++) {
      app.push(await timeToFirst200([main], env, 43280));
      bare.push(await timeToFirst200(['-e', baselineScript], {}, 43290));
    }
    const value = median(app);
    const baseline = median(bare);
    return [
      {
        name: `cold start to first 200 (${options.db}, existing data dir, median of ${options.runs})`,
        value,
        unit: 'ms',
        baseline,
        baselineName: 'bare node http server',
        ratio: value / baseline,
        target: '≤ 1500 ms',
        met: value <= 1500,
      },
      {
        name: `first start on an empty data dir (${options.db}: init + migrate)`,
        value: firstRun,
        unit: 'ms',
        baseline: null,
        baselineName: null,
        ratio: null,
        target: null,
        met: null,
      },
    ];
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
