// HTTP for a candidate's own page (decision 020): the public link routes (no sign-in; tagged `candidate-portal`) and the
// coordinator's side on the candidate (offer the link, see and handle the candidate's requests; tagged `candidates`).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { candidateParams } from '../../../core/candidates/candidates.contract.js';
import {
  candidateCheckInInput,
  checkInAnswered,
  handleRequestInput,
  neutralReply,
  newLinkInput,
  offeredReply,
  portalActivityParams,
  portalConsentParams,
  portalExportQuery,
  portalPage,
  portalRegistered,
  portalRegistrationParams,
  portalRequestInput,
  portalStatus,
  portalTokenParams,
  requestParams,
  sentRequestReply,
} from '../../../core/candidates/portal.contract.js';
import { errorReply } from '../../platform/http.js';
import type { ModuleContext } from '../context.js';
import { candidateExportPdf } from '../candidates/candidate-pdf.js';
import {
  NEUTRAL_NEW_LINK,
  answerCheckIn,
  cancelOwnActivity,
  registerOwnActivity,
  exportOwnData,
  getPortalStatus,
  handleCandidateRequest,
  offerPortalLink,
  readPortal,
  requestNewPortalLink,
  sendOwnRequest,
  withdrawOwnConsent,
} from './candidate-portal.service.js';

const tags = ['candidate-portal'];
const linkErrors = { 400: errorReply, 404: errorReply };
const coordinatorErrors = { 401: errorReply, 403: errorReply, 404: errorReply, 409: errorReply, 422: errorReply };

export function registerCandidatePortalRoutes(app: FastifyInstance, ctx: ModuleContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = ctx.db;

  r.post(
    '/candidate-portal/new-link',
    {
      config: { permission: 'public', rateLimit: { max: 5, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary:
          'Een nieuwe link naar de eigen pagina vragen met het e-mailadres; het antwoord is altijd hetzelfde, bekend adres of niet',
        body: newLinkInput,
        response: { 200: neutralReply, 422: errorReply },
      },
    },
    async (request, reply) => {
      await requestNewPortalLink({ db, mailer: ctx.mailer, publicUrl: ctx.publicUrl, email: request.body.email });
      return reply.code(200).send({ message: request.locale === 'en' ? NEUTRAL_NEW_LINK.en : NEUTRAL_NEW_LINK.nl });
    },
  );

  r.get(
    '/candidate-portal/:token',
    {
      config: { permission: 'public', rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'De eigen pagina van een kandidaat: eigen gegevens, toestemmingen, wie ze bekeek, verzoeken',
        params: portalTokenParams,
        response: { 200: portalPage, ...linkErrors },
      },
    },
    async (request) => readPortal({ db, secret: request.params.token }),
  );

  r.post(
    '/candidate-portal/:token/consents/:consentId/withdraw',
    {
      config: { permission: 'public', rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Een eigen toestemming intrekken; dat werkt direct en wordt vastgelegd',
        params: portalConsentParams,
        response: { 204: z.null(), ...linkErrors },
      },
    },
    async (request, reply) => {
      await withdrawOwnConsent({ db, secret: request.params.token, consentId: request.params.consentId });
      return reply.code(204).send(null);
    },
  );

  r.post(
    '/candidate-portal/:token/requests',
    {
      config: { permission: 'public', rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Vragen om verbetering of wissen van eigen gegevens (nooit een BSN); de coördinator handelt het af',
        params: portalTokenParams,
        body: portalRequestInput,
        response: { 201: sentRequestReply, ...linkErrors, 422: errorReply },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await sendOwnRequest({ db, secret: request.params.token, input: request.body })),
  );

  r.post(
    '/candidate-portal/:token/check-ins',
    {
      config: { permission: 'public', rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary:
          'De kandidaat beantwoordt "hoe gaat het?" bij de check-in na 3, 6 of 12 maanden (één keer; nooit een BSN)',
        params: portalTokenParams,
        body: candidateCheckInInput,
        response: { 201: checkInAnswered, ...linkErrors, 409: errorReply, 422: errorReply },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await answerCheckIn({ db, secret: request.params.token, input: request.body })),
  );

  r.post(
    '/candidate-portal/:token/activities/:activityId/register',
    {
      config: { permission: 'public', rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary:
          'De kandidaat meldt zich aan voor een bijeenkomst die open is voor kandidaten (zoals een matchmaking); vol of voorbij wordt geweigerd',
        params: portalActivityParams,
        response: { 201: portalRegistered, ...linkErrors, 409: errorReply, 422: errorReply },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await registerOwnActivity({ db, secret: request.params.token, activityId: request.params.activityId })),
  );

  r.post(
    '/candidate-portal/:token/registrations/:registrationId/cancel',
    {
      config: { permission: 'public', rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'De kandidaat meldt zich af voor een bijeenkomst (alleen de eigen aanmelding, vóór het begin)',
        params: portalRegistrationParams,
        response: { 204: z.null(), ...linkErrors, 409: errorReply },
      },
    },
    async (request, reply) => {
      await cancelOwnActivity({
        db,
        secret: request.params.token,
        registrationId: request.params.registrationId,
        mailer: ctx.mailer,
        publicUrl: ctx.publicUrl,
      });
      return reply.code(204).send(null);
    },
  );

  r.get(
    '/candidate-portal/:token/export',
    {
      config: { permission: 'public', rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Eigen gegevens downloaden: dezelfde inzage als de coördinator kan maken, als PDF of JSON',
        params: portalTokenParams,
        querystring: portalExportQuery,
        response: { ...linkErrors },
      },
    },
    async (request, reply) => {
      const data = await exportOwnData({ db, secret: request.params.token });
      const name = `mijn-gegevens-${data.candidate.code}`;
      if (request.query.format === 'pdf') {
        void reply.header('content-disposition', `attachment; filename="${name}.pdf"`);
        return reply.type('application/pdf').send((await candidateExportPdf(data, request.locale)) as never);
      }
      void reply.header('content-disposition', `attachment; filename="${name}.json"`);
      return reply.type('application/json; charset=utf-8').send(JSON.stringify(data, null, 2) as never);
    },
  );

  const base = '/networks/:networkId/candidates/:candidateId';

  r.get(
    `${base}/portal`,
    {
      config: { permission: 'candidates.read' },
      schema: {
        tags: ['candidates'],
        summary: 'Eigen pagina van de kandidaat: kan de link worden aangeboden, en de verzoeken van de kandidaat',
        params: candidateParams,
        response: { 200: portalStatus, 401: errorReply, 403: errorReply, 404: errorReply },
      },
    },
    async (request) => getPortalStatus({ db, actor: request.actor, ...request.params }),
  );

  r.post(
    `${base}/portal/offer`,
    {
      config: { permission: 'candidates.manage', rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: ['candidates'],
        summary: `De eigen pagina aanbieden: een link per e-mail die 7 dagen werkt (eerdere links stoppen)`,
        params: candidateParams,
        response: { 201: offeredReply, ...coordinatorErrors, 429: errorReply },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await offerPortalLink({
          db,
          mailer: ctx.mailer,
          publicUrl: ctx.publicUrl,
          actor: request.actor,
          ...request.params,
        }),
      ),
  );

  r.post(
    `${base}/requests/:requestId/handle`,
    {
      config: { permission: 'candidates.rights' },
      schema: {
        tags: ['candidates'],
        summary: 'Een verzoek van de kandidaat (verbeteren of wissen) afhandelen, met wat er is gedaan',
        params: requestParams,
        body: handleRequestInput,
        response: { 204: z.null(), ...coordinatorErrors },
      },
    },
    async (request, reply) => {
      await handleCandidateRequest({ db, actor: request.actor, ...request.params, note: request.body.note });
      return reply.code(204).send(null);
    },
  );
}
