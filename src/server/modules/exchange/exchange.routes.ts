// HTTP for the exchange files: export job-seeker profiles and vacancies, import a file with a full validation report.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorReply, networkParams } from '../../platform/http.js';
import type { ModuleContext } from '../context.js';
import { exportJobSeekers, exportVacancies, importExchangeFile } from './exchange.service.js';

const tags = ['partners'];

export function registerExchangeRoutes(app: FastifyInstance, ctx: ModuleContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  for (const [path, fn, name] of [
    ['job-seekers', exportJobSeekers, 'werkzoekenden'],
    ['vacancies', exportVacancies, 'vacatures'],
  ] as const) {
    r.get(
      `/networks/:networkId/exchange/${path}`,
      {
        config: { permission: 'exchange.manage' },
        schema: {
          tags,
          summary: `Uitwisselbestand (JSON, docs/exchange) met ${name}`,
          params: networkParams,
          response: { 200: z.record(z.string(), z.unknown()), 404: errorReply },
        },
      },
      async (request, reply) => {
        const file = await fn({ db: ctx.db, actor: request.actor, networkId: request.params.networkId });
        void reply.header('content-disposition', `attachment; filename="${name}.json"`);
        return file;
      },
    );
  }

  r.post(
    '/networks/:networkId/exchange/import',
    {
      config: { permission: 'exchange.manage' },
      // Larger files (thousands of profiles) are fine; the whole file is still checked before anything is written.
      bodyLimit: 20 * 1024 * 1024,
      schema: {
        tags,
        summary: 'Een uitwisselbestand inlezen: alles of niets, met een rapport van elk probleem',
        params: networkParams,
        body: z.unknown(),
        response: {
          200: z.object({ kind: z.string(), imported: z.number() }),
          404: errorReply,
          422: errorReply,
        },
      },
    },
    async (request) =>
      importExchangeFile({ db: ctx.db, actor: request.actor, networkId: request.params.networkId, file: request.body }),
  );
}
