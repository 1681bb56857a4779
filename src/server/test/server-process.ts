// Test support for tests that run the real server as a child process (crash safety, clean shutdown): which command starts
// it, a free port to give it, and how to call its API over real HTTP.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '../platform/http.js';

const root = path.resolve(import.meta.dirname, '../../..');

/** The built server when it is newer than every server source file; otherwise the sources through tsx. */
export function serverCommand(): string[] {
  const built = path.join(root, 'dist/server/main.js');
  if (fs.existsSync(built)) {
    const builtAt = fs.statSync(built).mtimeMs;
    const newest = (dir: string): number =>
      fs.readdirSync(dir, { withFileTypes: true }).reduce((max, entry) => {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) return Math.max(max, newest(full));
        if (!entry.name.endsWith('.ts') || entry.name.endsWith('.test.ts')) return max;
        return Math.max(max, fs.statSync(full).mtimeMs);
      }, 0);
    const sources = Math.max(newest(path.join(root, 'src/server')), newest(path.join(root, 'src/core')));
    if (builtAt >= sources) return [built];
  }
  return ['--import', 'tsx', path.join(root, 'src/server/main.ts')];
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** One API call to the server on `port`, as the web app makes it (the CSRF header, the session cookie, a JSON body). */
export async function callApi(port: number, cookie: string, method: string, url: string, body?: unknown) {
  const res = await fetch(`http://127.0.0.1:${port}${url}`, {
    method,
    headers: {
      [CSRF_HEADER]: CSRF_HEADER_VALUE,
      ...(cookie ? { cookie } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, text, res };
}

/** The session cookie a login answer set, to send with the next calls. */
export function cookieFrom(res: Response): string {
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}
