// HTTP for the pulse of felt ownership: default texts, creating and sending a round, the results for steering (and per
// organisation for coordinator and kerngroep), and the public link (no sign-in) to answer once.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorReply, networkParams } from '../../platform/http.js';
import type { ModuleContext } from '../context.js';
import { registerNeedsRoundRoutes } from './needs-round.routes.js';
import {
  answerInput,
  byOrganisationReply,
  publicPulse,
  pulseAnswered,
  pulseRoundSent,
  pulseTexts,
  resultsReply,
  roundInput,
  roundParams,
  tokenParams,
} from '../../../core/surveys/pulse.contract.js';
import {
  answerPulse,
  createAndSendRound,
  pulseByOrganisation,
  pulseDefaults,
  pulseResults,
  readPulse,
} from './surveys.service.js';

const tags = ['surveys'];
const fail = { 403: errorReply, 404: errorReply, 409: errorReply, 422: errorReply };

export function registerSurveyRoutes(app: FastifyInstance, ctx: ModuleContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = ctx.db;

  r.get(
    '/networks/:networkId/pulse/defaults',
    {
      config: { permission: 'steering.read' },
      schema: {
        tags,
        summary: 'De standaardstellingen en open vraag van de peiling gevoeld eigenaarschap',
        params: networkParams,
        response: { 200: pulseTexts, 403: errorReply },
      },
    },
    async (request) => pulseDefaults(request.actor, request.params.networkId, request.locale),
  );

  r.post(
    '/networks/:networkId/pulse/rounds',
    {
      config: { permission: 'steering.manage_targets' },
      schema: {
        tags,
        summary:
          'Een peilingsronde aanmaken en versturen: één mail met een persoonlijke link per contactpersoon van een lid',
        params: networkParams,
        body: roundInput,
        response: { 201: pulseRoundSent, ...fail },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await createAndSendRound({
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
    '/networks/:networkId/pulse/results',
    {
      config: { permission: 'steering.read' },
      schema: {
        tags,
        summary: 'Gevoeld eigenaarschap per ronde: cijfer, trend, respons en spreiding; onder 5 antwoorden "< 5"',
        params: networkParams,
        response: { 200: resultsReply, 403: errorReply },
      },
    },
    async (request) => pulseResults({ db, actor: request.actor, networkId: request.params.networkId }),
  );

  r.get(
    '/networks/:networkId/pulse/rounds/:roundId/organisations',
    {
      config: { permission: 'steering.manage_targets' },
      schema: {
        tags,
        summary: 'Gevoeld eigenaarschap per organisatie (coördinator en kerngroep); onder 5 antwoorden "< 5"',
        params: roundParams,
        response: { 200: byOrganisationReply, 403: errorReply, 404: errorReply },
      },
    },
    async (request) => pulseByOrganisation({ db, actor: request.actor, ...request.params }),
  );

  r.get(
    '/pulse/:token',
    {
      config: { permission: 'public', rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'De peiling achter een persoonlijke link (zonder inloggen)',
        params: tokenParams,
        response: { 200: publicPulse, 404: errorReply, 409: errorReply },
      },
    },
    async (request) => readPulse({ db, secret: request.params.token }),
  );

  r.post(
    '/pulse/:token',
    {
      config: { permission: 'public', rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'De peiling eenmalig beantwoorden via de persoonlijke link; het antwoord is anoniem',
        params: tokenParams,
        body: answerInput,
        response: { 201: pulseAnswered, 404: errorReply, 409: errorReply, 422: errorReply },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await answerPulse({ db, secret: request.params.token, input: request.body })),
  );

  registerNeedsRoundRoutes(app, ctx);
}
