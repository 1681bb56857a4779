// HTTP for people and invitations.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { loadActor } from '../../platform/access.js';
import { sendExport } from '../../platform/export.js';
import { peopleList } from '../../../core/access/people-lists.js';
import { errorReply, forwardCookies, networkParams, toHeaders } from '../../platform/http.js';
import type { ModuleContext } from '../context.js';
import { sessionView } from '../../../core/access/session.contract.js';
import { getSessionView } from '../session/session.service.js';
import {
  acceptInvitationInput,
  invitationPreview,
  invitationSent,
  invitationsReply,
  invitationTokenParams,
  inviteInput,
  listPeopleQuery,
  peoplePage,
} from '../../../core/access/people.contract.js';
import { acceptInvitation, invitePerson, listInvitations, listPeople, previewInvitation } from './people.service.js';

const tags = ['people'];

export function registerPeopleRoutes(app: FastifyInstance, ctx: ModuleContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/networks/:networkId/people',
    {
      config: { permission: 'people.read' },
      schema: {
        tags,
        summary: 'Mensen in het netwerk: zoeken, sorteren, bladeren; met format=csv of xlsx als bestand',
        params: networkParams,
        querystring: listPeopleQuery,
        response: { 200: peoplePage, 404: errorReply },
      },
    },
    async (request, reply) => {
      const { format } = request.query;
      const result = await listPeople({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        query: request.query,
        all: Boolean(format),
      });
      if (!format) return result;
      return sendExport(reply, {
        format,
        language: request.locale,
        list: peopleList,
        rows: result.items,
      });
    },
  );

  r.post(
    '/networks/:networkId/invitations',
    {
      config: { permission: 'people.invite' },
      schema: {
        tags,
        summary: 'Iemand per e-mail uitnodigen in een rol',
        params: networkParams,
        body: inviteInput,
        response: { 201: invitationSent, 404: errorReply, 409: errorReply, 422: errorReply },
      },
    },
    async (request, reply) => {
      const result = await invitePerson({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        input: request.body,
        mailer: ctx.mailer,
        publicUrl: ctx.publicUrl,
        locale: request.locale,
      });
      return reply.code(201).send(result);
    },
  );

  r.get(
    '/networks/:networkId/invitations',
    {
      config: { permission: 'people.invite' },
      schema: {
        tags,
        summary: 'Verstuurde uitnodigingen',
        params: networkParams,
        response: { 200: invitationsReply, 404: errorReply },
      },
    },
    async (request) => ({
      items: await listInvitations({ db: ctx.db, actor: request.actor, networkId: request.params.networkId }),
    }),
  );

  r.get(
    '/invitations/:token',
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: 'Een uitnodiging bekijken (met de link uit de e-mail)',
        params: invitationTokenParams,
        response: { 200: invitationPreview, 404: errorReply },
      },
    },
    async (request) => previewInvitation({ db: ctx.db, token: request.params.token }),
  );

  r.post(
    '/invitations/:token/accept',
    {
      config: { permission: 'public', rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Een uitnodiging aannemen, met een nieuw wachtwoord of met inloggen per e-mail',
        params: invitationTokenParams,
        body: acceptInvitationInput,
        response: { 200: sessionView, 400: errorReply, 422: errorReply },
      },
    },
    async (request, reply) => {
      const session = await acceptInvitation({
        db: ctx.db,
        auth: ctx.auth,
        token: request.params.token,
        password: request.body.password,
        headers: toHeaders(request),
      });
      forwardCookies(reply, session.headers);
      return getSessionView({ db: ctx.db, actor: await loadActor(ctx.db, session.userId) });
    },
  );
}
