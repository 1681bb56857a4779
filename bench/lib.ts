// Shared pieces of the benchmark suite: statistics, the result record and its output (Markdown on stdout, JSON on disk).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Metric {
  name: string;
  value: number;
  unit: string;
  baseline: number | null;
  baselineName: string | null;
  ratio: number | null;
  target: string | null;
  met: boolean | null;
  /** More figures for the same measurement (p50/p99, requests per second, errors). */
  detail?: string;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export function median(values: number[]): number {
  return percentile(values, 50);
}

export function machine() {
  return {
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown'}`,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    /** 1-minute load average when the results were written: a shared machine shows here. */
    loadAverage: Math.round(os.loadavg()[0]! * 100) / 100,
  };
}

export function printTable(metrics: Metric[]) {
  const rows = metrics.map((m) => [
    m.name,
    `${round(m.value)} ${m.unit}`,
    m.baseline === null ? '–' : `${round(m.baseline)} ${m.unit} (${m.baselineName})`,
    m.ratio === null ? '–' : round(m.ratio).toString(),
    m.target ?? '–',
    m.met === null ? '–' : m.met ? 'met' : 'MISSED',
    m.detail ?? '',
  ]);
  const header = ['metric', 'value', 'baseline (same run)', 'ratio', 'target', 'result', 'detail'];
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map(() => '---').join('|')}|`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
}

export function writeResults(name: string, metrics: Metric[], extra: Record<string, unknown> = {}) {
  const dir = path.join(import.meta.dirname, 'results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.json`);
  fs.writeFileSync(
    file,
    `${JSON.stringify({ name, at: new Date().toISOString(), machine: machine(), ...extra, metrics }, null, 2)}\n`,
  );
  return file;
}

function round(n: number) {
  return Math.abs(n) >= 100 ? Math.round(n) : Math.round(n * 100) / 100;
}
