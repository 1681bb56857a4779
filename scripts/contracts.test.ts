// One contract per domain (decision 018): the shapes of requests and replies live in src/core/<domain>/*.contract.ts and
// both sides read them. Every domain is on its contract now; this test keeps it that way:
// - no web file has a hand-typed reply (`api.get<T>(…)`, `api.post<T>(…)`, `apiRequest<T>(…)`), and the API client offers
//   no unchecked request to write one with (every reply is checked by its schema; a bodiless reply uses
//   `requestWithoutReply`);
// - a migrated server module declares no reply shape of its own inside `response: { … }`: it names a contract schema.
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');

/** Web features whose replies are typed and checked by a contract. Add a feature here when it is migrated. */
const MIGRATED_WEB = [
  'admin',
  'advice',
  'agenda',
  'auth',
  'budget',
  'candidates',
  'design',
  'documents',
  'governance',
  'interactions',
  'mailings',
  'members',
  'network-life',
  'networks',
  'partners',
  'people',
  'setup',
  'steering',
];
/** Server modules whose routes take every reply schema from a contract. */
const MIGRATED_SERVER = [
  'advice',
  'agenda',
  'budget',
  'candidates',
  'documents',
  'design',
  'governance',
  'interactions',
  'mailings',
  'network-life',
  'partners',
  'placements',
  'members',
  'steering',
  'reports',
  'surveys',
  'session',
  'people',
  'admin',
  'networks',
  'setup',
];
/** Hand-typed replies left in the web: none since 2026-12-06 (48 that morning after twelve domains, 142 the day before). */
const STILL_UNMIGRATED_AT_MOST = 0;

const HAND_TYPED = /\bapi\.(get|post|patch)<|\bapiRequest</g;

export function handTypedReplies(source: string): number {
  return source.match(HAND_TYPED)?.length ?? 0;
}

/** `response: { 200: z.object(…) }` and the like: a reply shape written in the route instead of the contract. */
export function inlineReplyShapes(source: string): string[] {
  const found: string[] = [];
  const response = /response:\s*\{([^}]*(?:\{[^}]*\}[^}]*)*)\}/g;
  for (const match of source.matchAll(response)) {
    // `204: z.null()` is no reply at all, so it needs no contract.
    const body = (match[1] ?? '').replace(/\b204:\s*z\.null\(\)/g, '');
    if (/\b\d{3}:\s*z\./.test(body)) found.push(match[0].slice(0, 120));
  }
  return found;
}

async function filesUnder(dir: string, suffix: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(suffix) && !e.name.includes('.test.'))
    .map((e) => join(e.parentPath, e.name));
}

describe('the contract rules', () => {
  it('see a hand-typed reply and an inline reply shape (so the checks below can fail)', () => {
    expect(handTypedReplies("api.get<Page<Row>>(`/x`); apiRequest<{ v: 1 }>('PUT', p)")).toBe(2);
    expect(handTypedReplies('api.get(`/x`, candidatePage)')).toBe(0);
    expect(inlineReplyShapes('response: { 200: z.object({ id: z.string() }), ...errors },')).toHaveLength(1);
    expect(inlineReplyShapes('response: { 200: candidatePage, ...errors },')).toHaveLength(0);
    expect(inlineReplyShapes('response: { 204: z.null(), ...writeErrors },')).toHaveLength(0);
  });

  it('migrated web features type and check every reply by its contract', async () => {
    for (const feature of MIGRATED_WEB) {
      for (const file of await filesUnder(join(root, 'src/web/features', feature), '.ts')) {
        const source = await readFile(file, 'utf8');
        expect({ file, handTyped: handTypedReplies(source) }).toEqual({ file, handTyped: 0 });
      }
    }
  });

  it('migrated server modules take every reply schema from a contract', async () => {
    for (const module of MIGRATED_SERVER) {
      for (const file of await filesUnder(join(root, 'src/server/modules', module), '.routes.ts')) {
        const source = await readFile(file, 'utf8');
        expect({ file, inline: inlineReplyShapes(source) }).toEqual({ file, inline: [] });
      }
    }
  });

  it('the API client has no unchecked request (no generic reply type, no call without a schema)', async () => {
    const source = await readFile(join(root, 'src/web/shared/api-client.ts'), 'utf8');
    expect(source).not.toMatch(/export (async )?function apiRequest\b/);
    // Every request that returns a reply takes the schema it is checked against.
    for (const method of ['get', 'post', 'patch', 'put']) {
      const signatures = [...source.matchAll(new RegExp(`function ${method}(<[^>]*>)?\\(([^)]*)\\)`, 'g'))];
      expect(signatures.length).toBeGreaterThan(0);
      for (const signature of signatures) expect(signature[2]).toMatch(/schema: Schema/);
    }
  });

  it('no hand-typed reply is left in the web', async () => {
    let count = 0;
    for (const file of await filesUnder(join(root, 'src/web'), '.ts'))
      count += handTypedReplies(await readFile(file, 'utf8'));
    for (const file of await filesUnder(join(root, 'src/web'), '.tsx'))
      count += handTypedReplies(await readFile(file, 'utf8'));
    expect(count).toBeLessThanOrEqual(STILL_UNMIGRATED_AT_MOST);
  });
});
