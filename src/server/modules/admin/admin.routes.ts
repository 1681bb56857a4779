// HTTP for installation management.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorReply } from '../../platform/http.js';
import type { ModuleContext } from '../context.js';
import { grantRoleToUser } from '../networks/network-membership.js';
import { createNetworkInput, networkCreated, networkSummaries } from '../../../core/networks/networks.contract.js';
import { createNetwork, listNetworks } from '../networks/networks.service.js';
import {
  idParams,
  outboxMessage,
  outboxPage,
  outboxQuery,
  umbrellaQuery,
  umbrellaReply,
} from '../../../core/admin/admin.contract.js';
import { getOutboxMessage, listOutbox } from './admin.service.js';
import { getUmbrellaOverview } from './umbrella.service.js';
import { sendExport } from '../../platform/export.js';
import { umbrellaList } from '../../../core/steering/steering-lists.js';

const tags = ['admin'];

export function registerAdminRoutes(app: FastifyInstance, ctx: ModuleContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/admin/outbox',
    {
      config: { permission: 'platform.outbox.read' },
      schema: { tags, summary: 'Uitgaande e-mail (outbox)', querystring: outboxQuery, response: { 200: outboxPage } },
    },
    async (request) => listOutbox({ db: ctx.db, actor: request.actor, query: request.query }),
  );

  r.get(
    '/admin/outbox/:id',
    {
      config: { permission: 'platform.outbox.read' },
      schema: {
        tags,
        summary: 'Eén e-mail uit de outbox',
        params: idParams,
        response: { 200: outboxMessage, 404: errorReply },
      },
    },
    async (request) => getOutboxMessage({ db: ctx.db, actor: request.actor, id: request.params.id }),
  );

  r.get(
    '/admin/networks',
    {
      config: { permission: 'platform.networks.read_all' },
      schema: {
        tags,
        summary: 'Alle netwerken in deze installatie',
        response: { 200: networkSummaries },
      },
    },
    async (request) => ({ items: await listNetworks({ db: ctx.db, actor: request.actor }) }),
  );

  r.get(
    '/admin/networks/overview',
    {
      config: { permission: 'platform.networks.read_all' },
      schema: {
        tags,
        summary:
          'Koepeloverzicht: per netwerk fase, leden, actieve leden, activiteiten (12 maanden), plaatsingen (dit jaar) en signalen; CSV of XLSX',
        querystring: umbrellaQuery,
        response: { 200: umbrellaReply, 422: errorReply },
      },
    },
    async (request, reply) => {
      const items = await getUmbrellaOverview({ db: ctx.db, actor: request.actor, query: request.query });
      const { format } = request.query;
      if (!format) return { items };
      return sendExport(reply, {
        format,
        language: request.locale,
        list: umbrellaList,
        rows: items,
      });
    },
  );

  r.post(
    '/admin/networks',
    {
      config: { permission: 'platform.networks.manage' },
      schema: {
        tags,
        summary: 'Een netwerk toevoegen; de beheerder wordt er netwerkcoördinator van tot die rol is overgedragen',
        body: createNetworkInput,
        response: { 201: networkCreated, 409: errorReply, 422: errorReply },
      },
    },
    async (request, reply) => {
      const created = await ctx.db.transaction(async (tx) => {
        const network = await createNetwork({ db: tx, actor: request.actor, input: request.body });
        await grantRoleToUser(tx, { networkId: network.id, userId: request.actor.userId!, role: 'coordinator' });
        return network;
      });
      return reply.code(201).send({ id: created.id });
    },
  );
}
