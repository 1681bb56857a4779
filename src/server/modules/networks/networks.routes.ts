// HTTP for a network's own page.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorReply, networkParams } from '../../platform/http.js';
import type { ModuleContext } from '../context.js';
import { networkDetail } from '../../../core/networks/networks.contract.js';
import { getNetwork } from './networks.service.js';

export function registerNetworkRoutes(app: FastifyInstance, ctx: ModuleContext) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/networks/:networkId',
    {
      config: { permission: 'network.read' },
      schema: {
        tags: ['networks'],
        summary: 'Een netwerk met kerncijfers',
        params: networkParams,
        response: { 200: networkDetail, 404: errorReply },
      },
    },
    async (request) => getNetwork({ db: ctx.db, actor: request.actor, networkId: request.params.networkId }),
  );
}
