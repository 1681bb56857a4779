// HTTP for candidates: list (pseudonymous), registration with consent, detail (logged view), status, consents, view log,
// inzageverzoek export, erasure, retention and the network's candidate settings, and aggregate statistics.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendExport } from '../../platform/export.js';
import { candidatesList } from '../../../core/candidates/candidates-lists.js';
import { errorReply, networkParams } from '../../platform/http.js';
import type { ModuleContext } from '../context.js';
import { candidateExportPdf } from './candidate-pdf.js';
import {
  candidateDetail,
  candidatePage,
  candidateParams,
  candidateSettings,
  changeStatusInput,
  consentInput,
  consentParams,
  createCandidateInput,
  eraseInput,
  exportQuery,
  listCandidatesQuery,
  retentionInput,
  retentionResult,
  statistics,
  updateCandidateInput,
  viewLog,
  candidateCreated,
  statusChanged,
  livedExperienceInput,
  livedExperienceView,
} from '../../../core/candidates/candidates.contract.js';
import { createdReply, versionReply } from '../../../core/common.contract.js';
import {
  changeCandidateStatus,
  createCandidate,
  getCandidate,
  listCandidates,
  updateCandidate,
} from './candidates.service.js';
import { addConsent, withdrawConsent } from './consents.service.js';
import { runRetention } from './retention.service.js';
import { eraseCandidate, exportCandidate, listCandidateViewLog } from './rights.service.js';
import { getCandidateSettings, updateCandidateSettings } from './settings.service.js';
import { getCandidateStatistics } from './statistics.service.js';
import { testClock } from '../../platform/clock.js';
import { getLivedExperience, linkLivedExperience, unlinkLivedExperience } from './lived-experience.service.js';

const tags = ['candidates'];
const errors = { 401: errorReply, 403: errorReply, 404: errorReply };
const writeErrors = { ...errors, 409: errorReply, 422: errorReply };

export function registerCandidateRoutes(app: FastifyInstance, ctx: ModuleContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const base = '/networks/:networkId/candidates';

  r.get(
    base,
    {
      config: { permission: 'candidates.read' },
      schema: {
        tags,
        summary:
          'Kandidaten met pseudonieme code: zoeken, filteren, sorteren, bladeren; format=csv of xlsx als bestand',
        params: networkParams,
        querystring: listCandidatesQuery,
        response: { 200: candidatePage, ...errors },
      },
    },
    async (request, reply) => {
      const { format } = request.query;
      const result = await listCandidates({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        query: request.query,
        all: Boolean(format),
      });
      if (!format) return result;
      return sendExport(reply, {
        format,
        language: request.locale,
        list: candidatesList,
        rows: result.items,
      });
    },
  );

  r.post(
    base,
    {
      config: { permission: 'candidates.manage' },
      schema: {
        tags,
        summary: 'Een kandidaat aanmelden, met de toestemming van de kandidaat (nooit een BSN)',
        params: networkParams,
        body: createCandidateInput,
        response: { 201: candidateCreated, ...writeErrors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await createCandidate({
          db: ctx.db,
          actor: request.actor,
          networkId: request.params.networkId,
          input: request.body,
        }),
      ),
  );

  r.get(
    '/networks/:networkId/candidate-statistics',
    {
      config: { permission: 'candidates.statistics' },
      schema: {
        tags,
        summary: 'Alleen geaggregeerde cijfers: kandidaten per status, plaatsingen en banen',
        params: networkParams,
        response: { 200: statistics, ...errors },
      },
    },
    async (request) =>
      getCandidateStatistics({ db: ctx.db, actor: request.actor, networkId: request.params.networkId }),
  );

  r.get(
    '/networks/:networkId/candidate-settings',
    {
      config: { permission: 'candidates.rights' },
      schema: {
        tags,
        summary: 'Bewaartermijn en toegang van de backoffice tot persoonsgegevens',
        params: networkParams,
        response: { 200: candidateSettings, ...errors },
      },
    },
    async (request) => getCandidateSettings({ db: ctx.db, actor: request.actor, networkId: request.params.networkId }),
  );

  r.put(
    '/networks/:networkId/candidate-settings',
    {
      config: { permission: 'candidates.rights' },
      schema: {
        tags,
        summary: 'Bewaartermijn en toegang van de backoffice wijzigen',
        params: networkParams,
        body: candidateSettings,
        response: { 200: candidateSettings, ...writeErrors },
      },
    },
    async (request) =>
      updateCandidateSettings({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        input: request.body,
      }),
  );

  r.post(
    '/networks/:networkId/candidate-retention',
    {
      config: { permission: 'candidates.rights' },
      schema: {
        tags,
        summary: 'De bewaartermijn toepassen (dryRun: alleen tonen wie gewist zou worden)',
        params: networkParams,
        querystring: z.object({ now: z.iso.date().optional() }),
        body: retentionInput,
        response: { 200: retentionResult, ...writeErrors },
      },
    },
    async (request) =>
      runRetention({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        now: testClock(request.query.now),
        dryRun: request.body.dryRun,
      }),
  );

  r.get(
    `${base}/:candidateId`,
    {
      config: { permission: 'candidates.read' },
      schema: {
        tags,
        summary: 'Eén kandidaat met persoonsgegevens; het bekijken wordt vastgelegd',
        params: candidateParams,
        response: { 200: candidateDetail, ...errors },
      },
    },
    async (request) =>
      getCandidate({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        candidateId: request.params.candidateId,
      }),
  );

  r.put(
    `${base}/:candidateId`,
    {
      config: { permission: 'candidates.manage' },
      schema: {
        tags,
        summary: 'Gegevens van een kandidaat wijzigen (met versie)',
        params: candidateParams,
        body: updateCandidateInput,
        response: { 200: versionReply, ...writeErrors },
      },
    },
    async (request) =>
      updateCandidate({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        candidateId: request.params.candidateId,
        input: request.body,
      }),
  );

  r.post(
    `${base}/:candidateId/status`,
    {
      config: { permission: 'candidates.manage' },
      schema: {
        tags,
        summary: 'De status van een kandidaat wijzigen, met reden bij uitstroom of stoppen',
        params: candidateParams,
        body: changeStatusInput,
        response: { 200: statusChanged, ...writeErrors },
      },
    },
    async (request) =>
      changeCandidateStatus({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        candidateId: request.params.candidateId,
        input: request.body,
      }),
  );

  r.post(
    `${base}/:candidateId/consents`,
    {
      config: { permission: 'candidates.manage' },
      schema: {
        tags,
        summary: 'Een toestemming vastleggen: wat met wie gedeeld mag worden, vanaf wanneer, tot wanneer',
        params: candidateParams,
        body: consentInput,
        response: { 201: createdReply, ...writeErrors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await addConsent({
          db: ctx.db,
          actor: request.actor,
          networkId: request.params.networkId,
          candidateId: request.params.candidateId,
          input: request.body,
        }),
      ),
  );

  r.post(
    `${base}/:candidateId/consents/:consentId/withdraw`,
    {
      config: { permission: 'candidates.manage' },
      schema: {
        tags,
        summary: 'Een toestemming intrekken; dat werkt direct',
        params: consentParams,
        response: { 204: z.null(), ...writeErrors },
      },
    },
    async (request, reply) => {
      await withdrawConsent({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        candidateId: request.params.candidateId,
        consentId: request.params.consentId,
      });
      return reply.code(204).send(null);
    },
  );

  r.get(
    `${base}/:candidateId/lived-experience`,
    {
      config: { permission: 'candidates.read' },
      schema: {
        tags,
        summary:
          'De ervaringsdeskundige in de klankbordgroep die bij deze kandidaat hoort, en wie gekoppeld kan worden',
        params: candidateParams,
        response: { 200: livedExperienceView, ...errors },
      },
    },
    async (request) =>
      getLivedExperience({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        candidateId: request.params.candidateId,
      }),
  );

  r.put(
    `${base}/:candidateId/lived-experience`,
    {
      config: { permission: 'candidates.manage' },
      schema: {
        tags,
        summary:
          'Een lid van de klankbordgroep (ervaringsdeskundige) aan deze kandidaat koppelen; alleen met de toestemming van de kandidaat',
        params: candidateParams,
        body: livedExperienceInput,
        response: { 200: livedExperienceView, ...writeErrors },
      },
    },
    async (request) =>
      linkLivedExperience({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        candidateId: request.params.candidateId,
        personId: request.body.personId,
      }),
  );

  r.delete(
    `${base}/:candidateId/lived-experience`,
    {
      config: { permission: 'candidates.manage' },
      schema: {
        tags,
        summary: 'De koppeling met de ervaringsdeskundige opheffen',
        params: candidateParams,
        response: { 204: z.null(), ...writeErrors },
      },
    },
    async (request, reply) => {
      await unlinkLivedExperience({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        candidateId: request.params.candidateId,
      });
      return reply.code(204).send(null);
    },
  );

  r.get(
    `${base}/:candidateId/views`,
    {
      config: { permission: 'candidates.view_log' },
      schema: {
        tags,
        summary: 'Wie de persoonsgegevens van deze kandidaat bekeek of gebruikte: wie, wanneer, welke velden',
        params: candidateParams,
        response: { 200: viewLog, ...errors },
      },
    },
    async (request) => ({
      items: await listCandidateViewLog({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        candidateId: request.params.candidateId,
      }),
    }),
  );

  r.get(
    `${base}/:candidateId/export`,
    {
      config: { permission: 'candidates.rights' },
      schema: {
        tags,
        summary: 'Inzageverzoek: alles wat over deze kandidaat bewaard wordt, als JSON of PDF',
        params: candidateParams,
        querystring: exportQuery,
        response: { ...errors },
      },
    },
    async (request, reply) => {
      const data = await exportCandidate({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        candidateId: request.params.candidateId,
      });
      const name = `inzage-${data.candidate.code}`;
      if (request.query.format === 'pdf') {
        void reply.header('content-disposition', `attachment; filename="${name}.pdf"`);
        return reply.type('application/pdf').send((await candidateExportPdf(data, request.locale)) as never);
      }
      void reply.header('content-disposition', `attachment; filename="${name}.json"`);
      return reply.type('application/json; charset=utf-8').send(JSON.stringify(data, null, 2) as never);
    },
  );

  r.post(
    `${base}/:candidateId/erase`,
    {
      config: { permission: 'candidates.rights' },
      schema: {
        tags,
        summary: 'Persoonsgegevens wissen op verzoek; anonieme plaatsingscijfers blijven',
        params: candidateParams,
        body: eraseInput,
        response: { 204: z.null(), ...writeErrors },
      },
    },
    async (request, reply) => {
      await eraseCandidate({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        candidateId: request.params.candidateId,
        reason: request.body.reason,
      });
      return reply.code(204).send(null);
    },
  );
}
