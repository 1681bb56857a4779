// No BSN anywhere (decision 013): walks the app's own OpenAPI document, and for every string field of every state-changing
// request body (at any depth: nested objects, array items, unions) sends a valid BSN — written together, with dots or with
// spaces — and expects 422 with the BSN refusal on that very field. Only the fields named in BSN_SCAN_EXEMPT_FIELDS are
// skipped. Fields added later are covered without editing this test. A state-changing request's query string is walked the
// same way (the document upload sends its title and file name there, beside the raw bytes).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NETWORK_ROLES, isNetworkAction, roleAllows } from '../../core/access/permissions.js';
import { BSN_REFUSAL_EN, BSN_REFUSAL_NL } from '../../core/candidates/bsn.js';
import { BSN_SCAN_EXEMPT_FIELDS } from '../../core/privacy/no-bsn.js';
import type { RouteEntry } from '../platform/http.js';
import { cookieOf, lastMailTo, setupInstallation, tokenFrom } from '../test/helpers.js';
import { createTestApp, writeHeaders, type TestApp } from '../test/test-app.js';

let t: TestApp;
let networkId: string;
let adminCookie: string;
const roleCookies = new Map<string, string>();

/** Valid BSNs (they pass the eleven-test) in the ways people write them. */
const BSNS = ['123456782', '1234.56.782', '1234 56 782', '111222333'];
/** Routes that end the caller's own session. */
const SKIP = new Set(['POST /api/session/logout']);
/**
 * Free-text fields of modules added after the walk was written, which the walk must reach by itself (a check on the walk, not
 * a list it depends on): contact moments, pulse surveys and needs rounds, network life, the phase checklist and documents.
 */
const MUST_REACH = [
  'POST /networks/:networkId/organisations/:organisationId/interactions body.note',
  'POST /networks/:networkId/organisations/:organisationId/interactions body.outcome',
  'POST /networks/:networkId/organisations/:organisationId/interactions body.followUp.what',
  'PUT /networks/:networkId/interactions/:interactionId body.note',
  'POST /networks/:networkId/pulse/rounds body.statements.0',
  'POST /networks/:networkId/pulse/rounds body.openQuestion',
  'POST /pulse/:token body.openAnswer',
  'POST /networks/:networkId/needs-rounds body.title',
  'POST /needs-survey/:token body.choices.0.description',
  'POST /networks/:networkId/mission/versions body.mission',
  'POST /networks/:networkId/mission/versions body.goals.0.text',
  'POST /networks/:networkId/phase/changes body.reason',
  'POST /networks/:networkId/funder-agreements body.conditions',
  'POST /networks/:networkId/funder-agreements body.mandate',
  'POST /networks/:networkId/funder-agreements body.missionTargets.0',
  'PUT /networks/:networkId/funder-agreements/:agreementId body.conditions',
  'PUT /networks/:networkId/phase/checklist/:itemId body.dueOn',
  'POST /networks/:networkId/documents querystring.title',
  'POST /networks/:networkId/documents querystring.fileName',
];

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  additionalProperties?: JsonSchema | boolean;
}

type Path = (string | number)[];

/** Every path in a body schema that may hold a string. */
function stringPaths(schema: JsonSchema | undefined, path: Path = [], out: Path[] = [], depth = 0): Path[] {
  if (!schema || depth > 8) return out;
  const types = [schema.type].flat();
  if (types.includes('string')) out.push(path);
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const)
    for (const s of schema[key] ?? []) stringPaths(s, path, out, depth + 1);
  for (const [key, s] of Object.entries(schema.properties ?? {})) stringPaths(s, [...path, key], out, depth + 1);
  if (schema.items) stringPaths(schema.items, [...path, 0], out, depth + 1);
  if (typeof schema.additionalProperties === 'object' && !schema.properties)
    stringPaths(schema.additionalProperties, [...path, 'vrijeSleutel'], out, depth + 1);
  return out;
}

/** A body holding only `value` at `path` (arrays and objects made on the way). */
function bodyWith(path: Path, value: string): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  return typeof head === 'number' ? [bodyWith(rest, value)] : { [head!]: bodyWith(rest, value) };
}

function dedupe(paths: Path[]): Path[] {
  const seen = new Set<string>();
  return paths.filter((p) => {
    const key = JSON.stringify(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function concreteUrl(route: RouteEntry): string {
  return route.url
    .replace(':networkId', networkId)
    .replace(':year', '2026')
    .replace(/:token\b/g, 'x'.repeat(43))
    .replace(/:(\w+)/g, () => crypto.randomUUID())
    .replace(/\*$/, 'x');
}

function cookieFor(route: RouteEntry): string | undefined {
  const p = route.permission;
  if (p === 'public') return undefined;
  if (!isNetworkAction(p)) return adminCookie;
  if (roleAllows(['coordinator'], p)) return adminCookie;
  const role = NETWORK_ROLES.find((r) => roleAllows([r], p));
  return role ? roleCookies.get(role) : adminCookie;
}

beforeAll(async () => {
  t = await createTestApp({ LOGIN_RATE_LIMIT: '1000' });
  const setup = await setupInstallation(t.app);
  networkId = setup.networkId;
  adminCookie = setup.cookie;
  for (const role of NETWORK_ROLES) {
    const email = `${role.replace('_', '-')}@bsn.example`;
    const invite = await t.app.inject({
      method: 'POST',
      url: `/api/networks/${networkId}/invitations`,
      headers: { ...writeHeaders, cookie: adminCookie },
      payload: { name: `Rol ${role}`, email, role },
    });
    expect(invite.statusCode, invite.body).toBe(201);
    const token = tokenFrom((await lastMailTo(t.app, adminCookie, email)).textBody, '/uitnodiging/');
    const accept = await t.app.inject({
      method: 'POST',
      url: `/api/invitations/${token}/accept`,
      headers: writeHeaders,
      payload: {},
    });
    expect(accept.statusCode, accept.body).toBe(200);
    roleCookies.set(role, cookieOf(accept));
  }
}, 120_000);
afterAll(async () => t?.close());

describe('no BSN in any field of any state-changing request', { timeout: 600_000 }, () => {
  it('refuses a valid BSN in every string field, on that field, except the named exceptions', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<
        string,
        Record<
          string,
          {
            requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
            parameters?: { in: string; name: string; schema?: JsonSchema }[];
          }
        >
      >;
    }>();
    const routes = t.app.routeTable.filter(
      (r) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method) && !SKIP.has(`${r.method} ${r.url}`),
    );
    let fields = 0;
    let exempt = 0;
    const failures: string[] = [];
    const reached = new Set<string>();
    for (const route of routes) {
      const op = doc.paths[route.url.replace(/:(\w+)/g, '{$1}')]?.[route.method.toLowerCase()];
      const schema = op?.requestBody?.content?.['application/json']?.schema;
      const paths = schema ? dedupe(stringPaths(schema)) : [];
      // A body that is any JSON (the exchange file): the BSN may sit anywhere in it.
      if (schema && Object.keys(schema).length === 0) paths.push(['items', 0, 'desiredOccupation']);
      for (const path of paths) {
        const leaf = [...path].reverse().find((p) => typeof p === 'string');
        const bsn = BSNS[fields % BSNS.length]!;
        const res = await t.app.inject({
          method: route.method as 'POST',
          url: concreteUrl(route),
          headers: { ...writeHeaders, 'content-type': 'application/json', ...cookieHeader(cookieFor(route)) },
          payload: JSON.stringify(bodyWith(path, `Kandidaat met BSN ${bsn} zoekt werk`)),
        });
        const field = `${route.method} ${route.url.replace(/^\/api/, '')} body.${path.join('.')}`;
        const where = `${field} (${res.statusCode} ${res.body.slice(0, 300)})`;
        if (typeof leaf === 'string' && BSN_SCAN_EXEMPT_FIELDS.has(leaf)) {
          exempt++;
          continue;
        }
        fields++;
        reached.add(field);
        if (!refusedOn(res, ['body', ...path])) failures.push(where);
      }
      // The query string of a state-changing request is stored too (the document's title and file name).
      for (const param of op?.parameters ?? []) {
        if (param.in !== 'query' || !stringPaths(param.schema).some((p) => p.length === 0)) continue;
        const field = `${route.method} ${route.url.replace(/^\/api/, '')} querystring.${param.name}`;
        if (BSN_SCAN_EXEMPT_FIELDS.has(param.name)) {
          exempt++;
          continue;
        }
        const bsn = BSNS[fields % BSNS.length]!;
        const res = await t.app.inject({
          method: route.method as 'POST',
          url: `${concreteUrl(route)}?${new URLSearchParams({ [param.name]: `Kandidaat met BSN ${bsn} zoekt werk` })}`,
          // Fastify checks the body before the query string: an empty object passes the bodies with only optional fields.
          headers: {
            ...writeHeaders,
            ...cookieHeader(cookieFor(route)),
            ...(schema ? { 'content-type': 'application/json' } : {}),
          },
          ...(schema ? { payload: '{}' } : {}),
        });
        fields++;
        reached.add(field);
        if (!refusedOn(res, ['querystring', param.name]))
          failures.push(`${field} (${res.statusCode} ${res.body.slice(0, 300)})`);
      }
    }
    console.log(
      `no-bsn: ${fields} string fields refused a BSN; ${exempt} exempt (${[...BSN_SCAN_EXEMPT_FIELDS].join(', ')})`,
    );
    expect(failures, failures.join('\n')).toEqual([]);
    expect(fields).toBeGreaterThan(100);
    expect(MUST_REACH.filter((f) => !reached.has(f))).toEqual([]);
  });

  it('says it in English too, and lets an ordinary nine-digit number through', async () => {
    const en = await t.app.inject({
      method: 'POST',
      url: `/api/networks/${networkId}/organisations`,
      headers: { ...writeHeaders, cookie: adminCookie, 'accept-language': 'en' },
      payload: { kind: 'employer', name: 'Bakkerij 1234 56 782' },
    });
    expect(en.statusCode).toBe(422);
    expect(en.json().issues).toContainEqual({ path: ['body', 'name'], message: BSN_REFUSAL_EN });
    // 123456789 fails the eleven-test: an order number, not a BSN.
    const ok = await t.app.inject({
      method: 'POST',
      url: `/api/networks/${networkId}/organisations`,
      headers: { ...writeHeaders, cookie: adminCookie },
      payload: { kind: 'employer', name: 'Bakkerij order 123456789' },
    });
    expect(ok.statusCode, ok.body).toBe(201);
  });
});

/** 422 with the BSN refusal on exactly this field. */
function refusedOn(res: { statusCode: number; json: <T>() => T }, at: Path): boolean {
  const issues =
    res.statusCode === 422 ? (res.json<{ issues?: { path: Path; message: string }[] }>().issues ?? []) : [];
  return issues.some(
    (i) => JSON.stringify(i.path.map(String)) === JSON.stringify(at.map(String)) && i.message === BSN_REFUSAL_NL,
  );
}

function cookieHeader(cookie: string | undefined): Record<string, string> {
  return cookie ? { cookie } : {};
}
