// GET /api/health: is the app up, which database does it use, which migration is applied.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleContext } from '../context.js';

export function registerHealthRoutes(app: FastifyInstance, ctx: ModuleContext) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/health',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['health'],
        summary: 'Status van de app en de database',
        response: {
          200: z.object({ status: z.literal('ok'), database: z.enum(['embedded', 'server']), migration: z.string() }),
          503: z.object({
            status: z.literal('unavailable'),
            database: z.enum(['embedded', 'server']),
            migration: z.string(),
          }),
        },
      },
    },
    async (_request, reply) => {
      try {
        await ctx.database.pool.query('select 1');
        return { status: 'ok' as const, database: ctx.database.kind, migration: ctx.migration };
      } catch {
        return reply
          .code(503)
          .send({ status: 'unavailable' as const, database: ctx.database.kind, migration: ctx.migration });
      }
    },
  );
}
