// Cross-cutting HTTP pieces: the declared-permission rule for routes, the CSRF check, the session and actor on each request,
// and the one error handler. Registered once in app.ts.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { z } from 'zod';
import enLocale from 'zod/v4/locales/en.js';
import { BSN_REFUSAL_EN } from '../../core/candidates/bsn.js';
import { isNetworkAction, isPlatformAction, type RoutePermission } from '../../core/access/permissions.js';
import { authorize, authorizePlatform, loadActor, type Actor } from './access.js';
import type { CacheSync } from './cache-sync.js';
import { createActorCache, createReadCache, type CachedActor, type ReadCache, type ShortCache } from './short-cache.js';
import type { Auth } from './auth.js';
import type { Db } from './db/database.js';
import { AppError, HTTP_STATUS, type ErrorIssue } from './errors.js';
import { JobsStoppedError } from './jobs.js';
import { errorMessage, localeFromRequest, type Locale } from './messages.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Every /api route must declare who may call it; a route without one makes the app refuse to start. */
    permission?: RoutePermission;
  }
  interface FastifyInstance {
    /** Every /api route with its declared permission: the app's own route table, walked by the authorisation tests. */
    routeTable: RouteEntry[];
    /** Who asked, remembered for seconds and emptied by every write (decision 009). */
    actorCache: ShortCache<CachedActor>;
    /** Expensive reads (the steering dashboard), remembered for seconds and emptied by every write (decision 009). */
    readCache: ReadCache;
    /** With DATABASE_URL: the write counter shared by every app server on the database (decision 019); null otherwise. */
    cacheSync: CacheSync | null;
  }
  interface FastifyRequest {
    locale: Locale;
    actor: Actor;
    sessionId: string | null;
  }
}

export class UndeclaredPermissionError extends Error {}

export interface RouteEntry {
  method: string;
  url: string;
  permission: RoutePermission;
}

const ANONYMOUS: Actor = { userId: null, platformAdmin: false, roles: new Map(), persons: new Map() };
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
export const CSRF_HEADER = 'x-requested-with';
export const CSRF_HEADER_VALUE = 'netwerkregie';

const englishZod = enLocale().localeError;
/** How long a client is asked to wait before sending again a request refused while the server restarts. */
const RESTART_RETRY_SECONDS = 60;

export function registerHttpPlumbing(
  app: FastifyInstance,
  deps: { db: Db; auth: Auth; publicOrigin: string | null; cacheSync?: CacheSync | undefined },
) {
  app.decorateRequest('locale', 'nl');
  app.decorateRequest('actor', null as unknown as Actor);
  app.decorateRequest('sessionId', null);

  const routeTable: RouteEntry[] = [];
  app.decorate('routeTable', routeTable);
  const actorCache = createActorCache();
  const readCache = createReadCache();
  app.decorate('actorCache', actorCache);
  app.decorate('readCache', readCache);
  // Any write may have changed a session, an account, a role or the data behind a figure: the next request asks again.
  app.addHook('onResponse', async (request) => {
    if (!STATE_CHANGING.has(request.method)) return;
    actorCache.clear();
    readCache.clear();
  });
  // Several app servers on one database: the write counter moves before the answer leaves, so the client's next request
  // finds the other servers' caches outdated, whichever server it reaches (decision 019).
  const { cacheSync } = deps;
  app.decorate('cacheSync', cacheSync ?? null);
  if (cacheSync) {
    app.addHook('onSend', async (request) => {
      if (!STATE_CHANGING.has(request.method)) return;
      try {
        await cacheSync.announce();
      } catch (error) {
        // The write itself is done; the other servers see it when their caches expire (seconds).
        request.log.warn({ err: error }, 'cache-sync: could not count a write for the other app servers');
      }
    });
  }
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
    if (route.url === '/api/openapi.json') return;
    const permission = route.config?.permission;
    if (!permission) {
      throw new UndeclaredPermissionError(
        `Route ${String(route.method)} ${route.url} declares no permission (config.permission); routes are closed by default.`,
      );
    }
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') routeTable.push({ method, url: route.url, permission });
    }
  });

  app.addHook('onRequest', async (request) => {
    request.actor = ANONYMOUS;
    request.locale = localeFromRequest(request.headers);
    if (!STATE_CHANGING.has(request.method) || !request.url.startsWith('/api/')) return;
    // A custom header cannot be sent cross-site without a CORS preflight, which this server never grants; the Origin check
    // catches browsers that send one from elsewhere.
    if (request.headers[CSRF_HEADER] !== CSRF_HEADER_VALUE) throw new AppError('csrf_failed');
    const origin = request.headers.origin;
    if (origin && origin !== 'null') {
      const host = request.headers.host;
      const allowed = new Set([deps.publicOrigin, host ? `http://${host}` : null, host ? `https://${host}` : null]);
      if (!allowed.has(origin)) throw new AppError('csrf_failed');
    }
  });

  // Before validation, so that someone without access learns nothing from validation errors either.
  app.addHook('preValidation', async (request) => {
    const permission = request.routeOptions.config?.permission;
    if (!permission || permission === 'public') return;
    await resolveSession(request, deps);
    if (!request.actor.userId) throw new AppError('unauthenticated');
    if (permission === 'authenticated') return;
    if (isPlatformAction(permission)) return authorizePlatform(request.actor, permission);
    if (isNetworkAction(permission)) {
      const networkId = (request.params as { networkId?: string } | undefined)?.networkId;
      if (!networkId) throw new Error(`Route ${request.routeOptions.url} needs :networkId for ${permission}`);
      return authorize(request.actor, permission, networkId);
    }
  });

  app.setErrorHandler((error, request, reply) => sendError(error, request, reply));
}

/** Reads the session cookie (if any) and loads the actor's roles. Public routes call it when they want to know who asks. */
export async function resolveSession(request: FastifyRequest, deps: { db: Db; auth: Auth }) {
  if (request.actor.userId) return;
  const cookie = request.headers.cookie;
  if (!cookie) return;
  // Another app server may have written since this one last looked (a sign-out, a withdrawn role): ask before trusting.
  await request.server.cacheSync?.catchUp();
  const cache = request.server.actorCache;
  const known = cache.get(cookie);
  if (known) {
    request.sessionId = known.sessionId;
    request.actor = known.actor;
    return;
  }
  const generation = cache.generation;
  const session = await deps.auth.api.getSession({ headers: toHeaders(request), query: { disableRefresh: true } });
  if (!session) return;
  request.sessionId = session.session.id;
  request.actor = await loadActor(deps.db, session.user.id);
  cache.set(cookie, { sessionId: session.session.id, actor: request.actor }, generation, session.session.expiresAt);
}

export function toHeaders(request: FastifyRequest): Headers {
  const headers = new Headers();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/** Copies better-auth's Set-Cookie headers onto our reply. */
export function forwardCookies(reply: FastifyReply, headers: Headers) {
  const cookies = headers.getSetCookie();
  if (cookies.length > 0) void reply.header('set-cookie', cookies);
}

function sendError(error: unknown, request: FastifyRequest, reply: FastifyReply) {
  const locale = request.locale ?? 'nl';
  if (error instanceof AppError) {
    const status = HTTP_STATUS[error.code];
    if (error.code === 'rate_limited' && error.params.seconds)
      void reply.header('retry-after', String(error.params.seconds));
    return reply.code(status).send({
      code: error.code,
      message: errorMessage(locale, error.message === error.code ? error.code : error.message, error.params),
      ...(error.issues
        ? { issues: error.issues.map((i) => ({ ...i, message: errorMessage(locale, i.message, error.params) })) }
        : {}),
    });
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issues: ErrorIssue[] = error.validation.map((v) => {
      const path = v.instancePath.split('/').filter(Boolean);
      const message =
        locale !== 'en'
          ? v.message
          : isBsnRefusal(v.params)
            ? BSN_REFUSAL_EN
            : localizeEnglish({ ...v.params, code: v.keyword, path, message: v.message });
      return { path: [error.validationContext ?? 'body', ...path], message: message ?? 'invalid' };
    });
    return reply
      .code(422)
      .send({ code: 'validation_failed', message: errorMessage(locale, 'validation_failed'), issues });
  }
  if (error instanceof JobsStoppedError) {
    // A job refused because this process is stopping (a restart): nothing internal went wrong, and the request can be
    // sent again in a moment, when this server is back or another one answers.
    void reply.header('retry-after', String(RESTART_RETRY_SECONDS));
    return reply.code(503).send({ code: 'unavailable', message: errorMessage(locale, 'unavailable') });
  }
  const fastifyError = error as { statusCode?: number; code?: string; message?: string };
  if (fastifyError.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return reply.code(413).send({ code: 'payload_too_large', message: errorMessage(locale, 'payload_too_large') });
  }
  if (fastifyError.statusCode === 429) {
    return reply
      .code(429)
      .send({ code: 'rate_limited', message: errorMessage(locale, 'rate_limited', { seconds: 60 }) });
  }
  if (
    !isResponseSerializationError(error) &&
    fastifyError.statusCode &&
    fastifyError.statusCode >= 400 &&
    fastifyError.statusCode < 500
  ) {
    // Malformed JSON, wrong content type and similar: the client's mistake, said without internals.
    return reply.code(400).send({ code: 'bad_request', message: errorMessage(locale, 'bad_request') });
  }
  request.log.error({ err: error }, 'unhandled error');
  return reply
    .code(500)
    .send({ code: 'internal', message: errorMessage(locale, 'internal', { requestId: request.id }) });
}

/** The BSN refusal (decision 013), from the body scan or from a field's own `noBsn` refinement. */
function isBsnRefusal(params: Record<string, unknown>): boolean {
  const nested = params.params as { reason?: unknown } | undefined;
  return params.reason === 'bsn' || nested?.reason === 'bsn';
}

function localizeEnglish(issue: Record<string, unknown>): string | undefined {
  try {
    const result = englishZod(issue as unknown as Parameters<typeof englishZod>[0]);
    return typeof result === 'string' ? result : result?.message;
  } catch {
    return undefined;
  }
}

/** Shared zod pieces for routes. */
export const errorReply = z.object({
  code: z.string(),
  message: z.string(),
  issues: z.array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() })).optional(),
});
export const networkParams = z.object({ networkId: z.uuid() });
