// HTTP for the klankbordgroep's advice: advice requests, advice given (asked for or not), and its link to a decision.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { adviceList, adviceRequestsList } from '../../../core/advice/advice-rules.js';
import { sendExport } from '../../platform/export.js';
import { errorReply, networkParams } from '../../platform/http.js';
import type { ModuleContext } from '../context.js';
import {
  adviceParams,
  adviceGiven,
  adviceRequests,
  createRequestInput,
  editAdviceInput,
  giveAdviceInput,
  linkDecisionInput,
  listAdviceQuery,
  listRequestsQuery,
  okWithVersion as withVersion,
  requestCreated,
} from '../../../core/advice/advice.contract.js';
import { createdReply } from '../../../core/common.contract.js';
import { createRequest, editAdvice, giveAdvice, linkDecision, listAdvice, listRequests } from './advice.service.js';

const tags = ['advice'];
const base = '/networks/:networkId/advice';

export function registerAdviceRoutes(app: FastifyInstance, ctx: ModuleContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = ctx.db;

  r.get(
    `${base}/requests`,
    {
      config: { permission: 'advice.read' },
      schema: {
        tags,
        summary:
          'Adviesvragen aan de klankbordgroep: zoeken, open/gesloten, sorteren; met format=csv of xlsx als bestand',
        params: networkParams,
        querystring: listRequestsQuery,
        response: { 200: adviceRequests, 404: errorReply },
      },
    },
    async (request, reply) => {
      const items = await listRequests({
        db,
        actor: request.actor,
        networkId: request.params.networkId,
        query: request.query,
      });
      if (!request.query.format) return { items };
      return sendExport(reply, {
        format: request.query.format,
        language: request.locale,
        list: adviceRequestsList,
        rows: items,
      });
    },
  );

  r.post(
    `${base}/requests`,
    {
      config: { permission: 'advice.request' },
      schema: {
        tags,
        summary: 'De klankbordgroep om advies vragen (vraag, achtergrond, uiterste datum); de leden krijgen een mail',
        params: networkParams,
        body: createRequestInput,
        response: { 201: requestCreated, 404: errorReply, 422: errorReply },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await createRequest({
          db,
          actor: request.actor,
          networkId: request.params.networkId,
          input: request.body,
          mailer: ctx.mailer,
          publicUrl: ctx.publicUrl,
        }),
      ),
  );

  r.get(
    base,
    {
      config: { permission: 'advice.read' },
      schema: {
        tags,
        summary:
          'Het advies van de klankbordgroep (gevraagd en ongevraagd) met het besluit dat volgde; ook als bestand',
        params: networkParams,
        querystring: listAdviceQuery,
        response: { 200: adviceGiven, 404: errorReply },
      },
    },
    async (request, reply) => {
      const items = await listAdvice({
        db,
        actor: request.actor,
        networkId: request.params.networkId,
        query: request.query,
      });
      if (!request.query.format) return { items };
      return sendExport(reply, {
        format: request.query.format,
        language: request.locale,
        list: adviceList,
        rows: items,
      });
    },
  );

  r.post(
    base,
    {
      config: { permission: 'advice.give' },
      schema: {
        tags,
        summary:
          'Advies geven als lid van de klankbordgroep: op een adviesvraag (tot en met de uiterste datum) of ongevraagd',
        params: networkParams,
        body: giveAdviceInput,
        response: {
          201: createdReply,
          403: errorReply,
          404: errorReply,
          409: errorReply,
          422: errorReply,
        },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await giveAdvice({ db, actor: request.actor, networkId: request.params.networkId, input: request.body })),
  );

  r.patch(
    `${base}/:adviceId`,
    {
      config: { permission: 'advice.give' },
      schema: {
        tags,
        summary: 'Het eigen advies aanpassen zolang de adviesvraag open is (met versie)',
        params: adviceParams,
        body: editAdviceInput,
        response: { 200: withVersion, 403: errorReply, 404: errorReply, 409: errorReply, 422: errorReply },
      },
    },
    async (request) => {
      const { version } = await editAdvice({
        db,
        actor: request.actor,
        networkId: request.params.networkId,
        adviceId: request.params.adviceId,
        input: request.body,
      });
      return { ok: true as const, version };
    },
  );

  r.put(
    `${base}/:adviceId/decision`,
    {
      config: { permission: 'governance.manage' },
      schema: {
        tags,
        summary: 'Advies koppelen aan het besluit dat volgde: overgenomen, deels of niet, met reden (met versie)',
        params: adviceParams,
        body: linkDecisionInput,
        response: { 200: withVersion, 404: errorReply, 409: errorReply, 422: errorReply },
      },
    },
    async (request) => {
      const { version } = await linkDecision({
        db,
        actor: request.actor,
        networkId: request.params.networkId,
        adviceId: request.params.adviceId,
        input: request.body,
      });
      return { ok: true as const, version };
    },
  );
}
