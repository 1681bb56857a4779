// HTTP for the first-run setup screen.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorReply, forwardCookies, toHeaders } from '../../platform/http.js';
import type { ModuleContext } from '../context.js';
import { setupDone, setupInput, setupStatus } from '../../../core/setup/setup.contract.js';
import { needsSetup, runSetup } from './setup.service.js';

const tags = ['setup'];

export function registerSetupRoutes(app: FastifyInstance, ctx: ModuleContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/setup/status',
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: 'Moet de installatie nog worden ingericht?',
        response: { 200: setupStatus },
      },
    },
    async () => ({ needsSetup: await needsSetup(ctx.db) }),
  );
  r.post(
    '/setup',
    {
      config: { permission: 'public', rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Beheerder en eerste netwerk aanmaken (alleen bij de eerste start)',
        body: setupInput,
        response: {
          // demoNetworkId: the demo network when it was loaded too; the app opens that one first, it has data to explore.
          201: setupDone,
          409: errorReply,
          422: errorReply,
        },
      },
    },
    async (request, reply) => {
      const result = await runSetup({ db: ctx.db, auth: ctx.auth, input: request.body, headers: toHeaders(request) });
      forwardCookies(reply, result.headers);
      return reply.code(201).send({ networkId: result.networkId, demoNetworkId: result.demoNetworkId });
    },
  );
}
