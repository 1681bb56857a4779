// HTTP for contact moments: an organisation's contact moments (searchable, sortable, csv/xlsx) and timeline, recording and
// editing one, marking a follow-up done, the asking person's own actions, and who may own a follow-up.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { interactionsList, myActionsList } from '../../../core/interactions/interaction-lists.js';
import { sendExport } from '../../platform/export.js';
import { errorReply, networkParams } from '../../platform/http.js';
import type { ModuleContext } from '../context.js';
import { createdReply } from '../../../core/common.contract.js';
import {
  followUpDoneInput,
  interactionInput,
  interactionParams,
  interactionRow,
  interactionUpdate,
  listInteractionsQuery,
  myActionsQuery,
  orgParams,
  ownerOptions,
  interactions,
  interactionsPage,
  timelinePage,
  timelineQuery,
} from '../../../core/interactions/interactions.contract.js';
import {
  getTimeline,
  listFollowUpOwners,
  listMyActions,
  listOrganisationInteractions,
  recordInteraction,
  setFollowUpDone,
  updateInteractionRecord,
} from './interactions.service.js';

const tags = ['interactions'];
const fail = { 403: errorReply, 404: errorReply, 409: errorReply, 422: errorReply };

export function registerInteractionRoutes(app: FastifyInstance, ctx: ModuleContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = ctx.db;

  r.get(
    '/networks/:networkId/organisations/:organisationId/interactions',
    {
      config: { permission: 'interactions.read' },
      schema: {
        tags,
        summary:
          'Contactmomenten met een organisatie; zoeken, filteren op soort, sorteren, per pagina; csv/xlsx (alles)',
        params: orgParams,
        querystring: listInteractionsQuery,
        response: { 200: interactionsPage, 404: errorReply },
      },
    },
    async (request, reply) => {
      const { format } = request.query;
      const result = await listOrganisationInteractions({
        db,
        actor: request.actor,
        ...request.params,
        query: request.query,
        all: Boolean(format),
      });
      if (!format) return result;
      return sendExport(reply, { format, language: request.locale, list: interactionsList, rows: result.items });
    },
  );

  r.post(
    '/networks/:networkId/organisations/:organisationId/interactions',
    {
      config: { permission: 'interactions.record' },
      schema: {
        tags,
        summary: 'Een contactmoment vastleggen (gesprek, bezoek, mail, overleg), met een eventuele vervolgactie',
        params: orgParams,
        body: interactionInput,
        response: { 201: createdReply, ...fail },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await recordInteraction({ db, actor: request.actor, ...request.params, input: request.body })),
  );

  r.get(
    '/networks/:networkId/organisations/:organisationId/timeline',
    {
      config: { permission: 'interactions.read' },
      schema: {
        tags,
        summary:
          'Tijdlijn van een organisatie: contactmomenten, bijgewoonde activiteiten, bijdragen, behoeften en plaatsingen, nieuwste eerst (per pagina)',
        params: orgParams,
        querystring: timelineQuery,
        response: { 200: timelinePage, 404: errorReply },
      },
    },
    async (request) => getTimeline({ db, actor: request.actor, ...request.params, ...request.query }),
  );

  r.put(
    '/networks/:networkId/interactions/:interactionId',
    {
      config: { permission: 'interactions.record' },
      schema: {
        tags,
        summary: 'Een contactmoment wijzigen (met versie: wie een oudere versie stuurt krijgt 409)',
        params: interactionParams,
        body: interactionUpdate,
        response: { 200: interactionRow, ...fail },
      },
    },
    async (request) => updateInteractionRecord({ db, actor: request.actor, ...request.params, input: request.body }),
  );

  r.post(
    '/networks/:networkId/interactions/:interactionId/follow-up',
    {
      config: { permission: 'interactions.read' },
      schema: {
        tags,
        summary: 'Een vervolgactie afvinken of heropenen (de actiehouder zelf, of wie contactmomenten vastlegt)',
        params: interactionParams,
        body: followUpDoneInput,
        response: { 200: interactionRow, ...fail },
      },
    },
    async (request) => setFollowUpDone({ db, actor: request.actor, ...request.params, ...request.body }),
  );

  r.get(
    '/networks/:networkId/my-actions',
    {
      config: { permission: 'interactions.read' },
      schema: {
        tags,
        summary: 'Mijn acties: de vervolgacties die bij mij liggen; open, afgerond of alle; zoeken, sorteren; csv/xlsx',
        params: networkParams,
        querystring: myActionsQuery,
        response: { 200: interactions, 404: errorReply },
      },
    },
    async (request, reply) => {
      const items = await listMyActions({ db, actor: request.actor, ...request.params, query: request.query });
      const { format } = request.query;
      if (!format) return { items };
      return sendExport(reply, {
        format,
        language: request.locale,
        list: myActionsList,
        rows: items.map((i) => ({ ...i, followUp: i.followUp ?? '' })),
      });
    },
  );

  r.get(
    '/networks/:networkId/interactions/owners',
    {
      config: { permission: 'interactions.record' },
      schema: {
        tags,
        summary: 'Wie een vervolgactie kan krijgen: coördinator, backoffice en kerngroep',
        params: networkParams,
        response: { 200: ownerOptions, 404: errorReply },
      },
    },
    async (request) => ({ items: await listFollowUpOwners({ db, actor: request.actor, ...request.params }) }),
  );
}
