// How long the demo network's steering dashboard takes to show its data in Chromium: from starting the navigation to
// /n/<demo>/sturing until the active-member card shows a percentage (the dashboard request answered and rendered).
// The first load includes downloading the lazy page chunk; later loads are reloads of the same page. Target: < 1 s.
// Usage: npx vite build && node --import tsx bench/dashboard-render.ts [--runs 7]
import { parseArgs } from 'node:util';
import { launchBrowser } from '../e2e/support/browser.js';
import { startTestServer } from '../e2e/support/server.js';
import { loginViaApi } from '../e2e/support/ui.js';
import { median, percentile, writeResults, type Metric } from './lib.js';
import { BENCH_ADMIN } from './server-process.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' } } });
const runs = Number(values.runs);
const headers = { 'x-requested-with': 'netwerkregie' };
const admin = BENCH_ADMIN;

const server = await startTestServer();
const browser = await launchBrowser();
try {
  const { page } = browser;
  const setup = await page.context().request.post(`${server.url}/api/setup`, {
    data: { admin, network: { name: 'Meetnetwerk' }, loadDemo: true },
    headers,
  });
  if (setup.status() !== 201) throw new Error(`setup: ${setup.status()} ${await setup.text()}`);
  await loginViaApi(page, server.url, admin);
  const session = (await (await page.context().request.get(`${server.url}/api/session`)).json()) as {
    networks: { id: string; slug: string }[];
  };
  const demoId = session.networks.find((n) => n.slug.startsWith('demo-'))?.id;
  if (!demoId) throw new Error('no demo network');
  const url = `${server.url}/n/${demoId}/sturing`;

  async function timeOnce(): Promise<number> {
    const started = performance.now();
    await page.goto(url);
    await page.getByTestId('measure-active_member_share').getByText(/\d+%/).waitFor({ timeout: 30_000 });
    return performance.now() - started;
  }

  const first = await timeOnce();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await timeOnce());
  const api: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const res = await page.context().request.get(`${server.url}/api/networks/${demoId}/steering/dashboard`);
    if (res.status() !== 200) throw new Error(`dashboard: ${res.status()}`);
    await res.body();
    api.push(performance.now() - started);
  }
  const metrics: Metric[] = [
    {
      name: 'dashboard shows its data (median of reloads)',
      value: median(times),
      unit: 'ms',
      baseline: median(api),
      baselineName: 'GET /steering/dashboard alone',
      ratio: median(times) / median(api),
      target: '< 1000 ms',
      met: median(times) < 1000,
    },
    {
      name: 'dashboard shows its data (p90 of reloads)',
      value: percentile(times, 90),
      unit: 'ms',
      baseline: null,
      baselineName: null,
      ratio: null,
      target: '< 1000 ms',
      met: percentile(times, 90) < 1000,
    },
    {
      name: 'dashboard shows its data (first load, cold page chunk)',
      value: first,
      unit: 'ms',
      baseline: null,
      baselineName: null,
      ratio: null,
      target: '< 1000 ms',
      met: first < 1000,
    },
  ];
  writeResults('dashboard-render', metrics, { runs });
  for (const m of metrics)
    console.log(`${m.name}: ${Math.round(m.value)} ms${m.baseline ? ` (API alone ${Math.round(m.baseline)} ms)` : ''}`);
} finally {
  await browser.close();
  await server.stop();
}
