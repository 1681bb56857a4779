// First-screen JavaScript: what Chromium actually fetches to show the first screen (a signed-out visitor opening the app:
// the sign-in or setup page), compressed with gzip and brotli from the built files. Baseline: all JavaScript of the build.
// Needs a web build (`npx vite build`, or E2E_WEB_DIST for a private one).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { launchBrowser } from '../e2e/support/browser.js';
import { startTestServer } from '../e2e/support/server.js';
import type { Metric } from './lib.js';

const webDist = process.env.E2E_WEB_DIST
  ? path.resolve(process.env.E2E_WEB_DIST)
  : fileURLToPath(new URL('../dist/web', import.meta.url));

function sizes(file: string) {
  const body = fs.readFileSync(file);
  return {
    raw: body.length,
    gzip: zlib.gzipSync(body, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

function sum(files: string[]) {
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const f of files) {
    const s = sizes(f);
    total.raw += s.raw;
    total.gzip += s.gzip;
    total.brotli += s.brotli;
  }
  return total;
}

export async function benchWebSize(log: (line: string) => void): Promise<Metric[]> {
  const server = await startTestServer();
  const browser = await launchBrowser();
  const scripts = new Set<string>();
  try {
    browser.page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.endsWith('.js')) scripts.add(url.pathname);
    });
    await browser.page.goto(server.url, { waitUntil: 'networkidle' });
    await browser.page.getByRole('heading').first().waitFor();
  } finally {
    await browser.close();
    await server.stop();
  }
  const files = [...scripts].map((p) => path.join(webDist, p));
  const first = sum(files);
  const all = sum(
    fs
      .readdirSync(path.join(webDist, 'assets'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => path.join(webDist, 'assets', f)),
  );
  log(`first screen loads ${files.length} scripts: ${[...scripts].join(', ')}`);
  const kB = (n: number) => n / 1000;
  return [
    {
      name: `first-screen JavaScript, gzip (${files.length} files)`,
      value: kB(first.gzip),
      unit: 'kB',
      baseline: kB(all.gzip),
      baselineName: 'all JS of the build, gzip',
      ratio: first.gzip / all.gzip,
      target: '≤ 250 kB',
      met: kB(first.gzip) <= 250,
      detail: `brotli ${Math.round(kB(first.brotli))} kB; uncompressed ${Math.round(kB(first.raw))} kB`,
    },
  ];
}
