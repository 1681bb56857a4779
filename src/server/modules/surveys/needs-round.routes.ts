// HTTP for the needs round (behoeftepeiling): starting and sending a round, the rounds' results for the coordinator, and the
// public link (no sign-in) to answer once.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorReply, networkParams } from '../../platform/http.js';
import type { ModuleContext } from '../context.js';
import {
  needsAnswerInput,
  needsRoundAnswered,
  needsRoundInput,
  needsRoundsReply,
  needsRoundStarted,
  publicNeedsRound,
} from '../../../core/surveys/needs-round.contract.js';
import { answerNeedsRound, createAndSendNeedsRound, needsRoundResults, readNeedsRound } from './needs-round.service.js';
import { tokenParams } from '../../../core/surveys/pulse.contract.js';

const tags = ['surveys'];
const fail = { 403: errorReply, 404: errorReply, 409: errorReply, 422: errorReply };

export function registerNeedsRoundRoutes(app: FastifyInstance, ctx: ModuleContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = ctx.db;

  r.get(
    '/networks/:networkId/needs-rounds',
    {
      config: { permission: 'needs.manage' },
      schema: {
        tags,
        summary: 'De behoeftepeilingen: respons en per thema de kiezers, de behoefte en haar steun',
        params: networkParams,
        response: { 200: needsRoundsReply, 403: errorReply },
      },
    },
    async (request) => needsRoundResults({ db, actor: request.actor, networkId: request.params.networkId }),
  );

  r.post(
    '/networks/:networkId/needs-rounds',
    {
      config: { permission: 'needs.manage' },
      schema: {
        tags,
        summary:
          'Een behoeftepeiling aanmaken en versturen: één mail met een persoonlijke link per contactpersoon van een lid',
        params: networkParams,
        body: needsRoundInput,
        response: { 201: needsRoundStarted, ...fail },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await createAndSendNeedsRound({
          db,
          mailer: ctx.mailer,
          publicUrl: ctx.publicUrl,
          actor: request.actor,
          networkId: request.params.networkId,
          input: request.body,
        }),
      ),
  );

  r.get(
    '/needs-survey/:token',
    {
      config: { permission: 'public', rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'De behoeftepeiling achter een persoonlijke link (zonder inloggen)',
        params: tokenParams,
        response: { 200: publicNeedsRound, 404: errorReply, 409: errorReply },
      },
    },
    async (request) => readNeedsRound({ db, secret: request.params.token }),
  );

  r.post(
    '/needs-survey/:token',
    {
      config: { permission: 'public', rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary:
          'De behoeftepeiling eenmalig beantwoorden; elk gekozen thema wordt een behoefte met de organisatie als ondersteuner',
        params: tokenParams,
        body: needsAnswerInput,
        response: { 201: needsRoundAnswered, 404: errorReply, 409: errorReply, 422: errorReply },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await answerNeedsRound({ db, secret: request.params.token, input: request.body })),
  );
}
