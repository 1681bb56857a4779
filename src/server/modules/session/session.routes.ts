// HTTP for signing in and out, password reset and e-mail login links. Thin: validate, call the service, shape the reply.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { loadActor } from '../../platform/access.js';
import { errorReply, forwardCookies, resolveSession, toHeaders } from '../../platform/http.js';
import type { ModuleContext } from '../context.js';
import {
  emailInput,
  localeInput,
  loginInput,
  passwordResetConfirmInput,
  sessionView,
  tokenInput,
} from '../../../core/access/session.contract.js';
import {
  confirmPasswordReset,
  getSessionView,
  login,
  logout,
  requestMagicLink,
  requestPasswordReset,
  setLocale,
  verifyMagicLink,
} from './session.service.js';

const tags = ['session'];
// Per-IP limits on top of the per-account lockout in the service.
const perIp = { max: 30, timeWindow: '1 minute' };

export function registerSessionRoutes(app: FastifyInstance, ctx: ModuleContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/session',
    {
      config: { permission: 'public' },
      schema: { tags, summary: 'Wie ben ik, in welke netwerken, met welke rechten', response: { 200: sessionView } },
    },
    async (request) => {
      await resolveSession(request, ctx);
      return getSessionView({ db: ctx.db, actor: request.actor });
    },
  );

  r.post(
    '/session/login',
    {
      config: { permission: 'public', rateLimit: perIp },
      schema: {
        tags,
        summary: 'Inloggen met e-mail en wachtwoord',
        body: loginInput,
        response: { 200: sessionView, 401: errorReply, 429: errorReply },
      },
    },
    async (request, reply) => {
      const result = await login({
        db: ctx.db,
        auth: ctx.auth,
        input: request.body,
        headers: toHeaders(request),
        ip: request.ip,
        limit: ctx.config.loginRateLimit,
      });
      forwardCookies(reply, result.headers);
      return getSessionView({ db: ctx.db, actor: await loadActor(ctx.db, result.userId) });
    },
  );

  r.post(
    '/session/logout',
    { config: { permission: 'public' }, schema: { tags, summary: 'Uitloggen' } },
    async (request, reply) => {
      forwardCookies(reply, await logout({ auth: ctx.auth, headers: toHeaders(request) }));
      return reply.code(204).send();
    },
  );

  r.post(
    '/session/password-reset/request',
    {
      config: { permission: 'public', rateLimit: { max: 5, timeWindow: '1 minute' } },
      schema: { tags, summary: 'Link voor een nieuw wachtwoord aanvragen', body: emailInput },
    },
    async (request, reply) => {
      await requestPasswordReset({ db: ctx.db, auth: ctx.auth, email: request.body.email });
      return reply.code(202).send();
    },
  );

  r.post(
    '/session/password-reset/confirm',
    {
      config: { permission: 'public', rateLimit: perIp },
      schema: { tags, summary: 'Nieuw wachtwoord instellen met de link', body: passwordResetConfirmInput },
    },
    async (request, reply) => {
      await confirmPasswordReset({ auth: ctx.auth, token: request.body.token, password: request.body.password });
      return reply.code(204).send();
    },
  );

  r.post(
    '/session/magic-link/request',
    {
      config: { permission: 'public', rateLimit: { max: 5, timeWindow: '1 minute' } },
      schema: { tags, summary: 'Inloglink per e-mail aanvragen', body: emailInput },
    },
    async (request, reply) => {
      await requestMagicLink({ db: ctx.db, auth: ctx.auth, email: request.body.email, headers: toHeaders(request) });
      return reply.code(202).send();
    },
  );

  r.post(
    '/session/magic-link/verify',
    {
      config: { permission: 'public', rateLimit: perIp },
      schema: { tags, summary: 'Inloggen met een inloglink', body: tokenInput, response: { 200: sessionView } },
    },
    async (request, reply) => {
      const result = await verifyMagicLink({ auth: ctx.auth, token: request.body.token, headers: toHeaders(request) });
      forwardCookies(reply, result.headers);
      return getSessionView({ db: ctx.db, actor: await loadActor(ctx.db, result.userId) });
    },
  );

  r.patch(
    '/session/locale',
    {
      config: { permission: 'authenticated' },
      schema: { tags, summary: 'Taal van de gebruiker instellen', body: localeInput, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await setLocale({ db: ctx.db, actor: request.actor, locale: request.body.locale });
      return reply.code(204).send(null);
    },
  );
}
