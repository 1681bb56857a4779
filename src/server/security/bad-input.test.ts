// Bad input, derived from each route's own schema: for every JSON route, generated invalid and edge-case input (wrong types,
// missing and unknown fields, huge strings, odd unicode, negative and huge numbers, impossible dates, SQL and HTML
// payloads) must never give a 5xx, must always give the error shape with a Dutch message, and a rejected request must leave
// the database unchanged.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableChecksums } from '../modules/backup/backup.service.js';
import type { RouteEntry } from '../platform/http.js';
import { setupInstallation } from '../test/helpers.js';
import { createTestApp, writeHeaders, type TestApp } from '../test/test-app.js';

let t: TestApp;
let networkId: string;
let cookie: string;
let totalRuns = 0;

/** Tables that a rejected request may legitimately write: failed sign-ins are recorded for the lockout. */
const WRITTEN_ON_REJECTION = new Set(['login_attempt', 'audit_entry']);
/** Routes that end the caller's session or whose success is the point of an unauthenticated request. */
const SKIP = new Set(['POST /api/session/logout']);
const RUNS_PER_ROUTE = Number(process.env.BAD_INPUT_RUNS ?? 25);

const nasty = fc.oneof(
  fc.constantFrom(
    "'; drop table person; --",
    '<img src=x onerror=alert(1)>',
    '<script>alert(1)</script>',
    '\u0000',
    '\uFEFF',
    '\u202Eevil',
    '𝕹𝖊𝖙𝖜𝖊𝖗𝖐',
    '2026-02-30',
    '31-13-2026',
    '9999-99-99T99:99:99Z',
    'NaN',
    '-0',
    '1e309',
    '../../etc/passwd',
    '%00',
    '{{7*7}}',
  ),
  fc.string({ minLength: 0, maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constant('x'.repeat(100_000)),
);
const weirdValue: fc.Arbitrary<unknown> = fc.oneof(
  nasty,
  fc.integer(),
  fc.constantFrom(-1, 0, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 1e300, -1e300, 0.5),
  fc.boolean(),
  fc.constant(null),
  fc.array(nasty, { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), nasty, { maxKeys: 3 }),
);

interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
}

function bodySchemaOf(route: RouteEntry, doc: { paths: Record<string, Record<string, unknown>> }): JsonSchema | null {
  const openApiPath = route.url.replace(/:(\w+)/g, '{$1}');
  const op = doc.paths[openApiPath]?.[route.method.toLowerCase()] as
    { requestBody?: { content?: Record<string, { schema?: JsonSchema }> } } | undefined;
  return op?.requestBody?.content?.['application/json']?.schema ?? null;
}

/** Bodies built from the schema's own field names, each field given a wrong or hostile value; plus wholly wrong bodies. */
function badBodies(schema: JsonSchema | null): fc.Arbitrary<unknown> {
  const keys = Object.keys(schema?.properties ?? {});
  const fromSchema =
    keys.length === 0
      ? fc.constant({})
      : fc.record(Object.fromEntries(keys.map((k) => [k, weirdValue])), { requiredKeys: [] });
  return fc.oneof(
    fromSchema,
    fromSchema.map((o) => ({ ...(o as object), unexpectedField: '<b>extra</b>' })),
    fc.anything({ maxDepth: 2 }),
    fc.constant(undefined),
  );
}

function urlFor(route: RouteEntry, idValue: string): string {
  return route.url
    .replace(':networkId', networkId)
    .replace(/:(\w+)/g, () => encodeURIComponent(idValue))
    .replace(/\*$/, 'x');
}

function isDutchErrorShape(body: unknown): boolean {
  if (!body || typeof body !== 'object') return false;
  const b = body as { code?: unknown; message?: unknown };
  return typeof b.code === 'string' && typeof b.message === 'string' && b.message.length > 0;
}

beforeAll(async () => {
  t = await createTestApp({ LOGIN_RATE_LIMIT: '1000' });
  const setup = await setupInstallation(t.app);
  networkId = setup.networkId;
  cookie = setup.cookie;
});
afterAll(async () => {
  await t?.close();
  console.log(`bad-input: ${totalRuns} generated requests`);
});

async function snapshot() {
  const sums = await tableChecksums(t.database.pool);
  for (const table of WRITTEN_ON_REJECTION) delete sums[table];
  return sums;
}

describe('bad input on every JSON route', () => {
  it('never a 5xx, always the error shape, nothing written when rejected', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const routes = t.app.routeTable.filter(
      (r) =>
        ['POST', 'PUT', 'PATCH'].includes(r.method) && !SKIP.has(`${r.method} ${r.url}`) && r.url.startsWith('/api/'),
    );
    expect(routes.length).toBeGreaterThan(5);
    for (const route of routes) {
      const schema = bodySchemaOf(route, doc);
      const before = await snapshot();
      let accepted = 0;
      await fc.assert(
        fc.asyncProperty(badBodies(schema), nasty, async (body, idValue) => {
          totalRuns++;
          const res = await t.app.inject({
            method: route.method as 'POST',
            url: urlFor(route, idValue),
            headers: { ...writeHeaders, cookie, 'content-type': 'application/json' },
            payload: body === undefined ? '' : JSON.stringify(body),
          });
          const where = `${route.method} ${route.url} ${JSON.stringify(body)?.slice(0, 200)}`;
          expect(res.statusCode, where).toBeLessThan(500);
          if (res.statusCode >= 400) expect(isDutchErrorShape(res.json()), where).toBe(true);
          else accepted++;
        }),
        { numRuns: RUNS_PER_ROUTE, seed: 20261127 },
      );
      if (accepted === 0)
        expect(await snapshot(), `${route.method} ${route.url} wrote while rejecting`).toEqual(before);
    }
  }, 900_000);
});
