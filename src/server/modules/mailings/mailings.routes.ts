// HTTP for mailings: composer template, segment preview, sending, list with progress, deliveries, retry; and the public
// mail-link endpoints behind the unsubscribe and registration pages.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sendExport } from '../../platform/export.js';
import { deliveriesList, mailingsList } from '../../../core/mailings/mailings-lists.js';
import { errorReply, networkParams } from '../../platform/http.js';
import type { ModuleContext } from '../context.js';
import {
  createMailingInput,
  deliveries,
  listDeliveriesQuery,
  listMailingsQuery,
  mailingIdParams,
  mailingRow,
  mailingSent,
  mailingsPage,
  mailingTemplate,
  mailLinkParams,
  mailLinkView,
  previewInput,
  registerReply,
  requeued,
  segmentPreview,
  templateQuery,
  unsubscribeReply,
} from '../../../core/mailings/mailings.contract.js';
import {
  getComposerTemplate,
  getMailing,
  listMailingDeliveries,
  listMailings,
  previewSegment,
  registerByToken,
  retryFailedDeliveries,
  sendMailing,
  unsubscribeByToken,
  viewMailLink,
} from './mailings.service.js';
import { enqueueFor } from './mailings.jobs.js';

const tags = ['mailings'];

export function registerMailingRoutes(app: FastifyInstance, ctx: ModuleContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const enqueue = enqueueFor(ctx);

  r.get(
    '/networks/:networkId/mailings/template',
    {
      config: { permission: 'mailings.read' },
      schema: {
        tags,
        summary: 'Beginonderwerp en -tekst voor een soort bericht, met de naam van het netwerk',
        params: networkParams,
        querystring: templateQuery,
        response: { 200: mailingTemplate, 404: errorReply },
      },
    },
    async (request) =>
      getComposerTemplate({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        ...request.query,
      }),
  );

  r.post(
    '/networks/:networkId/mailings/preview',
    {
      config: { permission: 'mailings.read' },
      schema: {
        tags,
        summary: 'Wie een doelgroep bereikt (aantal, afgemeld, eerste twintig)',
        params: networkParams,
        body: previewInput,
        response: { 200: segmentPreview, 404: errorReply, 422: errorReply },
      },
    },
    async (request) =>
      previewSegment({ db: ctx.db, actor: request.actor, networkId: request.params.networkId, ...request.body }),
  );

  r.post(
    '/networks/:networkId/mailings',
    {
      config: { permission: 'mailings.manage' },
      schema: {
        tags,
        summary: 'Een bericht aan een doelgroep versturen (als achtergrondtaak, per ontvanger gevolgd)',
        params: networkParams,
        body: createMailingInput,
        response: {
          201: mailingSent,
          404: errorReply,
          409: errorReply,
          422: errorReply,
        },
      },
    },
    async (request, reply) => {
      const result = await sendMailing({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        input: request.body,
        enqueue,
      });
      return reply.code(201).send(result);
    },
  );

  r.get(
    '/networks/:networkId/mailings',
    {
      config: { permission: 'mailings.read' },
      schema: {
        tags,
        summary: 'Verstuurde berichten met voortgang; zoeken, sorteren, bladeren; met format=csv of xlsx als bestand',
        params: networkParams,
        querystring: listMailingsQuery,
        response: { 200: mailingsPage, 404: errorReply },
      },
    },
    async (request, reply) => {
      const { format } = request.query;
      const result = await listMailings({
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
        list: mailingsList,
        rows: result.items,
      });
    },
  );

  r.get(
    '/networks/:networkId/mailings/:mailingId',
    {
      config: { permission: 'mailings.read' },
      schema: {
        tags,
        summary: 'Een bericht met voortgang (verzonden/totaal)',
        params: mailingIdParams,
        response: { 200: mailingRow, 404: errorReply },
      },
    },
    async (request) =>
      getMailing({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        mailingId: request.params.mailingId,
      }),
  );

  r.get(
    '/networks/:networkId/mailings/:mailingId/deliveries',
    {
      config: { permission: 'mailings.read' },
      schema: {
        tags,
        summary: 'Aflevering per ontvanger (in de wachtrij, verzonden, mislukt met het antwoord van de mailserver)',
        params: mailingIdParams,
        querystring: listDeliveriesQuery,
        response: { 200: deliveries, 404: errorReply },
      },
    },
    async (request, reply) => {
      const items = await listMailingDeliveries({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        mailingId: request.params.mailingId,
        filter: request.query,
      });
      const { format } = request.query;
      if (!format) return { items };
      return sendExport(reply, {
        format,
        language: request.locale,
        list: deliveriesList,
        rows: items,
      });
    },
  );

  r.post(
    '/networks/:networkId/mailings/:mailingId/retry',
    {
      config: { permission: 'mailings.manage' },
      schema: {
        tags,
        summary: 'Mislukte afleveringen opnieuw proberen',
        params: mailingIdParams,
        response: { 200: requeued, 404: errorReply },
      },
    },
    async (request) =>
      retryFailedDeliveries({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        mailingId: request.params.mailingId,
        enqueue,
      }),
  );

  r.get(
    '/mail-links/:token',
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: 'Wat een link uit een bericht betreft (afmelden, aanmelden voor de activiteit)',
        params: mailLinkParams,
        response: { 200: mailLinkView, 404: errorReply },
      },
    },
    async (request) => viewMailLink({ db: ctx.db, token: request.params.token }),
  );

  r.post(
    '/mail-links/:token/unsubscribe',
    {
      config: { permission: 'public', rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Afmelden voor dit soort berichten van dit netwerk (nooit voor transactionele berichten)',
        params: mailLinkParams,
        response: { 200: unsubscribeReply, 400: errorReply, 404: errorReply },
      },
    },
    async (request) => unsubscribeByToken({ db: ctx.db, token: request.params.token }),
  );

  r.post(
    '/mail-links/:token/register',
    {
      config: { permission: 'public', rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Aanmelden voor de activiteit uit de uitnodiging',
        params: mailLinkParams,
        response: { 200: registerReply, 400: errorReply, 404: errorReply, 409: errorReply },
      },
    },
    async (request) => registerByToken({ db: ctx.db, token: request.params.token }),
  );
}
