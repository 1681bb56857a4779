// Health for people and for load balancers. GET /api/health: is the app up, which database does it use, which migration
// is applied (as before). GET /api/health/live: the process answers (restart it when this fails). GET /api/health/ready:
// send it traffic — the database answers, every migration this version knows is applied, and it is not shutting down
// (after SIGTERM readiness turns false first, so a load balancer stops sending before the server drains; see start.ts).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { latestMigrationCount } from '../../platform/db/migrate.js';
import type { ModuleContext } from '../context.js';

/** Whether this process still takes new work; `draining` is set by the stop sequence before anything closes. */
export interface Readiness {
  draining: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    readiness: Readiness;
  }
}

export function createReadiness(): Readiness {
  return { draining: false };
}

const database = z.enum(['embedded', 'server']);

export function registerHealthRoutes(app: FastifyInstance, ctx: ModuleContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/health',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['health'],
        summary: 'Status van de app en de database',
        response: {
          200: z.object({ status: z.literal('ok'), database, migration: z.string() }),
          503: z.object({ status: z.literal('unavailable'), database, migration: z.string() }),
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

  r.get(
    '/health/live',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['health'],
        summary: 'Leeft het proces? (zonder de database te vragen)',
        response: { 200: z.object({ status: z.literal('ok') }) },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  const checks = z.object({ database: z.boolean(), migrations: z.boolean(), accepting: z.boolean() });
  r.get(
    '/health/ready',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['health'],
        summary: 'Klaar voor verkeer? Database bereikbaar, migraties toegepast en niet aan het stoppen',
        response: {
          200: z.object({ status: z.literal('ready'), checks }),
          503: z.object({ status: z.literal('not_ready'), checks }),
        },
      },
    },
    async (request, reply) => {
      const accepting = !request.server.readiness.draining;
      let databaseUp = false;
      let migrations = false;
      try {
        // drizzle's own bookkeeping: one row per applied migration.
        const { rows } = await ctx.database.pool.query<{ n: number }>(
          'select count(*)::int as n from drizzle.__drizzle_migrations',
        );
        databaseUp = true;
        migrations = (rows[0]?.n ?? 0) >= latestMigrationCount();
      } catch {
        try {
          await ctx.database.pool.query('select 1');
          databaseUp = true;
        } catch {
          // unreachable: both stay false
        }
      }
      const result = { database: databaseUp, migrations, accepting };
      if (databaseUp && migrations && accepting) return { status: 'ready' as const, checks: result };
      return reply.code(503).send({ status: 'not_ready' as const, checks: result });
    },
  );
}
