// HTTP for needs, activities, registrations, attendance, evaluations, calendar feeds and the public agenda.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sendExport } from '../../platform/export.js';
import { activitiesList, needsList } from '../../../core/agenda/agenda-lists.js';
import { errorReply, networkParams } from '../../platform/http.js';
import type { ModuleContext } from '../context.js';
import {
  activitiesPage,
  activityDetail,
  activityInput,
  activityParams,
  attendanceInput,
  candidateRegistrationParams,
  evaluateNeedInput,
  evaluationInput,
  feedCreated,
  feedFileParams,
  feedInput,
  feedParams,
  feeds,
  listActivitiesQuery,
  listNeedsQuery,
  needParams,
  needsPage,
  ok,
  publicAgenda,
  publicAgendaParams,
  publicAgendaSetting,
  raiseNeedInput,
  registered,
  registerCandidateInput,
  registerInput,
  registrationCancelled,
  registrationParams,
  supportNeedInput,
  updateActivityInput,
} from '../../../core/agenda/agenda.contract.js';
import { createdReply as created } from '../../../core/common.contract.js';
import { createActivity, getActivity, listActivities, updateActivity } from './activities.service.js';
import { evaluateNeed, listNeeds, prioritiseNeed, raiseNeed, supportNeed } from './needs.service.js';
import {
  activityIcs,
  calendarFeedIcs,
  createCalendarFeed,
  getPublicAgenda,
  listCalendarFeeds,
  revokeCalendarFeed,
  setPublicAgenda,
} from './publishing.service.js';
import { cancelRegistration, evaluateActivity, registerForActivity, setAttendance } from './registrations.service.js';
import {
  cancelCandidateForActivity,
  registerCandidateForActivity,
  setCandidateAttendance,
} from './candidate-registrations.service.js';
import { mailCandidateRegistered } from '../candidate-portal/candidate-portal.service.js';

const needTags = ['needs'];
const tags = ['activities'];
const fail = { 403: errorReply, 404: errorReply, 409: errorReply, 422: errorReply };

export function registerAgendaRoutes(app: FastifyInstance, ctx: ModuleContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/networks/:networkId/needs',
    {
      config: { permission: 'needs.read' },
      schema: {
        tags: needTags,
        summary: 'Behoeften van deelnemers met steun, status en gekoppelde activiteit; CSV of XLSX',
        params: networkParams,
        querystring: listNeedsQuery,
        response: { 200: needsPage, 404: errorReply },
      },
    },
    async (request, reply) => {
      const { format } = request.query;
      const page = await listNeeds({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        query: request.query,
        all: Boolean(format),
      });
      if (!format) return page;
      return sendExport(reply, {
        format,
        language: request.locale,
        list: needsList,
        rows: page.items,
      });
    },
  );

  r.post(
    '/networks/:networkId/needs',
    {
      config: { permission: 'needs.raise' },
      schema: {
        tags: needTags,
        summary: 'Een behoefte inbrengen (door een deelnemer, of namens een deelnemer)',
        params: networkParams,
        body: raiseNeedInput,
        response: { 201: created, ...fail },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await raiseNeed({
          db: ctx.db,
          actor: request.actor,
          networkId: request.params.networkId,
          input: request.body,
        }),
      ),
  );

  r.post(
    '/networks/:networkId/needs/:needId/support',
    {
      config: { permission: 'needs.raise' },
      schema: {
        tags: needTags,
        summary: 'Een behoefte van een andere deelnemer steunen',
        params: needParams,
        body: supportNeedInput,
        response: { 200: ok, ...fail },
      },
    },
    async (request) => {
      await supportNeed({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        needId: request.params.needId,
        organisationId: request.body.organisationId,
      });
      return { ok: true as const };
    },
  );

  r.post(
    '/networks/:networkId/needs/:needId/prioritise',
    {
      config: { permission: 'needs.prioritise' },
      schema: {
        tags: needTags,
        summary: 'De kerngroep prioriteert een behoefte',
        params: needParams,
        response: { 200: ok, ...fail },
      },
    },
    async (request) => {
      await prioritiseNeed({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        needId: request.params.needId,
      });
      return { ok: true as const };
    },
  );

  r.post(
    '/networks/:networkId/needs/:needId/evaluate',
    {
      config: { permission: 'needs.manage' },
      schema: {
        tags: needTags,
        summary: 'Na evaluatie: behoefte ingevuld of niet ingevuld',
        params: needParams,
        body: evaluateNeedInput,
        response: { 200: ok, ...fail },
      },
    },
    async (request) => {
      await evaluateNeed({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        needId: request.params.needId,
        input: request.body,
      });
      return { ok: true as const };
    },
  );

  r.get(
    '/networks/:networkId/activities',
    {
      config: { permission: 'activities.read' },
      schema: {
        tags,
        summary: 'De doorlopende agenda: activiteiten in een periode, met aanmeldingen en wachtlijst; CSV of XLSX',
        params: networkParams,
        querystring: listActivitiesQuery,
        response: { 200: activitiesPage, 404: errorReply },
      },
    },
    async (request, reply) => {
      const { format } = request.query;
      const page = await listActivities({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        query: request.query,
        all: Boolean(format),
      });
      if (!format) return page;
      return sendExport(reply, {
        format,
        language: request.locale,
        list: activitiesList,
        rows: page.items,
      });
    },
  );

  r.post(
    '/networks/:networkId/activities',
    {
      config: { permission: 'activities.organise' },
      schema: {
        tags,
        summary: 'Een activiteit plannen, eventueel voor geprioriteerde behoeften',
        params: networkParams,
        body: activityInput,
        response: { 201: created, ...fail },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await createActivity({
          db: ctx.db,
          actor: request.actor,
          networkId: request.params.networkId,
          input: request.body,
        }),
      ),
  );

  r.get(
    '/networks/:networkId/activities/:activityId',
    {
      config: { permission: 'activities.read' },
      schema: {
        tags,
        summary: 'Eén activiteit met behoeften, aanmeldingen (voor de organisatie) en evaluatie',
        params: activityParams,
        response: { 200: activityDetail, 404: errorReply },
      },
    },
    async (request) =>
      getActivity({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        activityId: request.params.activityId,
      }),
  );

  r.patch(
    '/networks/:networkId/activities/:activityId',
    {
      config: { permission: 'activities.organise' },
      schema: {
        tags,
        summary: 'Plaatsen of status van een activiteit wijzigen (meer plaatsen laat de wachtlijst doorschuiven)',
        params: activityParams,
        body: updateActivityInput,
        response: { 200: ok, ...fail },
      },
    },
    async (request) => {
      await updateActivity({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        activityId: request.params.activityId,
        input: request.body,
        mailer: ctx.mailer,
        publicUrl: ctx.publicUrl,
      });
      return { ok: true as const };
    },
  );

  r.get(
    '/networks/:networkId/activities/:activityId/ics',
    {
      config: { permission: 'activities.read' },
      schema: { tags, summary: 'De activiteit als .ics-bestand voor de eigen agenda', params: activityParams },
    },
    async (request, reply) => {
      const ics = await activityIcs({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        activityId: request.params.activityId,
        publicUrl: ctx.publicUrl,
      });
      void reply.header('content-disposition', 'attachment; filename="activiteit.ics"');
      return reply.type('text/calendar; charset=utf-8').send(ics);
    },
  );

  r.post(
    '/networks/:networkId/activities/:activityId/registrations',
    {
      config: { permission: 'activities.register' },
      schema: {
        tags,
        summary:
          'Aanmelden: uzelf of een collega; als gastheer of spreker volgens de toegepaste inrichting; vol betekent de wachtlijst',
        params: activityParams,
        body: registerInput,
        response: { 201: registered, ...fail },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await registerForActivity({
          db: ctx.db,
          actor: request.actor,
          networkId: request.params.networkId,
          activityId: request.params.activityId,
          personId: request.body.personId,
          role: request.body.role,
        }),
      ),
  );

  r.post(
    '/networks/:networkId/activities/:activityId/registrations/:registrationId/cancel',
    {
      config: { permission: 'activities.register' },
      schema: {
        tags,
        summary: 'Afmelden; de eerste op de wachtlijst schuift door',
        params: registrationParams,
        response: { 200: registrationCancelled, ...fail },
      },
    },
    async (request) =>
      cancelRegistration({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        activityId: request.params.activityId,
        registrationId: request.params.registrationId,
        mailer: ctx.mailer,
        publicUrl: ctx.publicUrl,
      }),
  );

  r.put(
    '/networks/:networkId/activities/:activityId/registrations/:registrationId/attendance',
    {
      config: { permission: 'activities.read' },
      schema: {
        tags,
        summary:
          'Aanwezigheid afvinken aan de deur (de agenda-beheerder, of het lid dat de activiteit organiseert of host volgens de inrichting)',
        params: registrationParams,
        body: attendanceInput,
        response: { 200: ok, ...fail },
      },
    },
    async (request) => {
      await setAttendance({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        activityId: request.params.activityId,
        registrationId: request.params.registrationId,
        attended: request.body.attended,
      });
      return { ok: true as const };
    },
  );

  r.post(
    '/networks/:networkId/activities/:activityId/candidate-registrations',
    {
      config: { permission: 'candidates.manage' },
      schema: {
        tags,
        summary:
          'Een kandidaat aanmelden voor een activiteit die open is voor kandidaten (zoals een matchmaking); vol, voorbij of niet open wordt geweigerd',
        params: activityParams,
        body: registerCandidateInput,
        response: { 201: registered, ...fail },
      },
    },
    async (request, reply) => {
      const { networkId, activityId } = request.params;
      const row = await registerCandidateForActivity({
        db: ctx.db,
        actor: request.actor,
        networkId,
        activityId,
        candidateId: request.body.candidateId,
      });
      await mailCandidateRegistered({
        db: ctx.db,
        mailer: ctx.mailer,
        publicUrl: ctx.publicUrl,
        actor: request.actor,
        networkId,
        activityId,
        candidateId: request.body.candidateId,
      });
      return reply.code(201).send(row);
    },
  );

  r.post(
    '/networks/:networkId/activities/:activityId/candidate-registrations/:candidateRegistrationId/cancel',
    {
      config: { permission: 'candidates.manage' },
      schema: {
        tags,
        summary: 'Een kandidaat afmelden; de eerste op de wachtlijst schuift door',
        params: candidateRegistrationParams,
        response: { 200: registrationCancelled, ...fail },
      },
    },
    async (request) =>
      cancelCandidateForActivity({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        activityId: request.params.activityId,
        candidateRegistrationId: request.params.candidateRegistrationId,
        mailer: ctx.mailer,
        publicUrl: ctx.publicUrl,
      }),
  );

  r.put(
    '/networks/:networkId/activities/:activityId/candidate-registrations/:candidateRegistrationId/attendance',
    {
      config: { permission: 'activities.read' },
      schema: {
        tags,
        summary: 'Aanwezigheid van een kandidaat afvinken aan de deur (apart geteld van de werkgevers)',
        params: candidateRegistrationParams,
        body: attendanceInput,
        response: { 200: ok, ...fail },
      },
    },
    async (request) => {
      await setCandidateAttendance({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        activityId: request.params.activityId,
        candidateRegistrationId: request.params.candidateRegistrationId,
        attended: request.body.attended,
      });
      return { ok: true as const };
    },
  );

  r.put(
    '/networks/:networkId/activities/:activityId/registrations/:registrationId/evaluation',
    {
      config: { permission: 'activities.register' },
      schema: {
        tags,
        summary: 'Korte evaluatie door de deelnemer: 1–5 en "hielp dit bij de behoefte?"',
        params: registrationParams,
        body: evaluationInput,
        response: { 200: ok, ...fail },
      },
    },
    async (request) => {
      await evaluateActivity({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        activityId: request.params.activityId,
        registrationId: request.params.registrationId,
        input: request.body,
      });
      return { ok: true as const };
    },
  );

  r.get(
    '/networks/:networkId/calendar-feeds',
    {
      config: { permission: 'activities.read' },
      schema: {
        tags,
        summary: 'Uw geheime agenda-adressen',
        params: networkParams,
        response: { 200: feeds, 404: errorReply },
      },
    },
    async (request) => ({
      items: await listCalendarFeeds({ db: ctx.db, actor: request.actor, networkId: request.params.networkId }),
    }),
  );

  r.post(
    '/networks/:networkId/calendar-feeds',
    {
      config: { permission: 'activities.read' },
      schema: {
        tags,
        summary: 'Een geheim agenda-adres maken (hele netwerkagenda of uw eigen aanmeldingen)',
        params: networkParams,
        body: feedInput,
        response: { 201: feedCreated, ...fail },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await createCalendarFeed({
          db: ctx.db,
          actor: request.actor,
          networkId: request.params.networkId,
          scope: request.body.scope,
          publicUrl: ctx.publicUrl,
        }),
      ),
  );

  r.delete(
    '/networks/:networkId/calendar-feeds/:feedId',
    {
      config: { permission: 'activities.read' },
      schema: { tags, summary: 'Een agenda-adres intrekken', params: feedParams, response: { 200: ok, ...fail } },
    },
    async (request) => {
      await revokeCalendarFeed({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        feedId: request.params.feedId,
      });
      return { ok: true as const };
    },
  );

  r.get(
    '/calendar/:file',
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: 'Agenda-abonnement (iCalendar) achter een geheim adres',
        params: feedFileParams,
      },
    },
    async (request, reply) => {
      const ics = await calendarFeedIcs({
        db: ctx.db,
        token: request.params.file.replace(/\.ics$/, ''),
        publicUrl: ctx.publicUrl,
      });
      void reply.header('cache-control', 'private, max-age=300');
      return reply.type('text/calendar; charset=utf-8').send(ics);
    },
  );

  r.put(
    '/networks/:networkId/public-agenda',
    {
      config: { permission: 'network.update' },
      schema: {
        tags,
        summary: 'De openbare agenda aan- of uitzetten (zonder persoonsgegevens)',
        params: networkParams,
        body: publicAgendaSetting,
        response: { 200: ok, ...fail },
      },
    },
    async (request) => {
      await setPublicAgenda({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        publicAgenda: request.body.publicAgenda,
      });
      return { ok: true as const };
    },
  );

  r.get(
    '/public/agenda/:slug',
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary:
          'Openbare agenda van een netwerk dat daarvoor koos: alleen openbare activiteiten, geen persoonsgegevens',
        params: publicAgendaParams,
        response: { 200: publicAgenda, 404: errorReply },
      },
    },
    async (request) => getPublicAgenda({ db: ctx.db, slug: request.params.slug }),
  );
}
