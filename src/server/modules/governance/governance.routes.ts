// HTTP for the organisation in use: people in roles with terms, the task board, gap signals, bodies, meetings and decisions.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sendExport } from '../../platform/export.js';
import {
  admissionsList,
  assignmentsList,
  decisionsList,
  sharedDecisionsList,
  tasksList,
} from '../../../core/governance/governance-lists.js';
import { errorReply, networkParams } from '../../platform/http.js';
import type { ModuleContext } from '../context.js';
import {
  admissionParams,
  admissions,
  ok,
  okWithVersion,
  decisionRecorded,
  sharedDecisions,
  assignments,
  tasks,
  bodies,
  meetings,
  decisions,
  decideAdmissionInput,
  decideAdmissionReply,
  listAdmissionsQuery,
  assignmentParams,
  assignRoleInput,
  attendanceInput,
  createBodyInput,
  createDecisionInput,
  createMeetingInput,
  createTaskInput,
  endTermInput,
  gapsReply,
  listAssignmentsQuery,
  listDecisionsQuery,
  listMeetingsQuery,
  listTasksQuery,
  meetingDetail,
  meetingParams,
  taskParams,
  updateMeetingInput,
  updateTaskInput,
} from '../../../core/governance/governance.contract.js';
import { createdReply as created } from '../../../core/common.contract.js';
import {
  decideAdmission,
  listPendingAdmissions,
  assignRole,
  createBody,
  createMeeting,
  createTask,
  endTerm,
  getMeeting,
  listAssignments,
  listBodies,
  listDecisions,
  listGapSignals,
  listMeetings,
  listSharedDecisions,
  listTasks,
  recordAttendance,
  recordDecision,
  updateMeeting,
  updateTask,
} from './governance.service.js';
import { registerOwnBodyRoutes } from './own-body.routes.js';

const tags = ['governance'];
const base = '/networks/:networkId/governance';

export function registerGovernanceRoutes(app: FastifyInstance, ctx: ModuleContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = ctx.db;
  registerOwnBodyRoutes(app, ctx);

  r.get(
    `${base}/assignments`,
    {
      config: { permission: 'governance.read' },
      schema: {
        tags,
        summary: 'Mensen in rollen met hun termijn; met format=csv of xlsx als bestand',
        params: networkParams,
        querystring: listAssignmentsQuery,
        response: { 200: assignments, 404: errorReply },
      },
    },
    async (request, reply) => {
      const items = await listAssignments({
        db,
        actor: request.actor,
        networkId: request.params.networkId,
        query: request.query,
      });
      if (!request.query.format) return { items };
      return sendExport(reply, {
        format: request.query.format,
        language: request.locale,
        list: assignmentsList,
        rows: items,
      });
    },
  );

  r.post(
    `${base}/assignments`,
    {
      config: { permission: 'governance.manage' },
      schema: {
        tags,
        summary: 'Iemand een rol geven voor een termijn (begin, optioneel einde en orgaan)',
        params: networkParams,
        body: assignRoleInput,
        response: { 201: created, 404: errorReply, 409: errorReply, 422: errorReply },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await assignRole({ db, actor: request.actor, networkId: request.params.networkId, input: request.body })),
  );

  r.post(
    `${base}/assignments/:assignmentId/end`,
    {
      config: { permission: 'governance.manage' },
      schema: {
        tags,
        summary: 'Een termijn beëindigen op een datum (de rol blijft als geschiedenis bewaard)',
        params: assignmentParams,
        body: endTermInput,
        response: { 200: ok, 404: errorReply, 422: errorReply },
      },
    },
    async (request) => {
      await endTerm({
        db,
        actor: request.actor,
        networkId: request.params.networkId,
        assignmentId: request.params.assignmentId,
        endsOn: request.body.endsOn,
      });
      return { ok: true as const };
    },
  );

  r.get(
    `${base}/tasks`,
    {
      config: { permission: 'governance.read' },
      schema: {
        tags,
        summary: 'Het takenbord: filteren, zoeken, sorteren; met format=csv of xlsx als bestand',
        params: networkParams,
        querystring: listTasksQuery,
        response: { 200: tasks, 404: errorReply },
      },
    },
    async (request, reply) => {
      const items = await listTasks({
        db,
        actor: request.actor,
        networkId: request.params.networkId,
        query: request.query,
      });
      if (!request.query.format) return { items };
      return sendExport(reply, {
        format: request.query.format,
        language: request.locale,
        list: tasksList,
        rows: items,
      });
    },
  );

  r.post(
    `${base}/tasks`,
    {
      config: { permission: 'governance.manage' },
      schema: {
        tags,
        summary: 'Een taak met de hand toevoegen',
        params: networkParams,
        body: createTaskInput,
        response: { 201: created, 404: errorReply, 422: errorReply },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await createTask({ db, actor: request.actor, networkId: request.params.networkId, input: request.body })),
  );

  r.patch(
    `${base}/tasks/:taskId`,
    {
      config: { permission: 'governance.manage' },
      schema: {
        tags,
        summary: 'Status, eigenaar, deadline of rol van een taak wijzigen (met versie; 409 als iemand anders voor was)',
        params: taskParams,
        body: updateTaskInput,
        response: { 200: ok, 404: errorReply, 409: errorReply, 422: errorReply },
      },
    },
    async (request) => {
      await updateTask({
        db,
        actor: request.actor,
        networkId: request.params.networkId,
        taskId: request.params.taskId,
        input: request.body,
      });
      return { ok: true as const };
    },
  );

  r.get(
    `${base}/gaps`,
    {
      config: { permission: 'governance.read' },
      schema: {
        tags,
        summary: 'Signalen: waar de organisatie achterblijft bij de toegepaste inrichting',
        params: networkParams,
        response: { 200: gapsReply, 404: errorReply },
      },
    },
    async (request) => listGapSignals({ db, actor: request.actor, networkId: request.params.networkId }),
  );

  r.get(
    `${base}/bodies`,
    {
      config: { permission: 'governance.read' },
      schema: {
        tags,
        summary: 'Organen (kerngroep, bestuur, klankbordgroep, stuurgroep, themagroepen) met hun leden',
        params: networkParams,
        response: { 200: bodies, 404: errorReply },
      },
    },
    async (request) => ({ items: await listBodies({ db, actor: request.actor, networkId: request.params.networkId }) }),
  );

  r.post(
    `${base}/bodies`,
    {
      config: { permission: 'governance.manage' },
      schema: {
        tags,
        summary: 'Een orgaan toevoegen (een themagroep met thema)',
        params: networkParams,
        body: createBodyInput,
        response: { 201: created, 404: errorReply, 422: errorReply },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await createBody({ db, actor: request.actor, networkId: request.params.networkId, input: request.body })),
  );

  r.get(
    `${base}/meetings`,
    {
      config: { permission: 'governance.read' },
      schema: {
        tags,
        summary: 'Vergaderingen, nieuwste eerst; optioneel van één orgaan',
        params: networkParams,
        querystring: listMeetingsQuery,
        response: { 200: meetings, 404: errorReply },
      },
    },
    async (request) => ({
      items: await listMeetings({
        db,
        actor: request.actor,
        networkId: request.params.networkId,
        bodyId: request.query.bodyId,
      }),
    }),
  );

  r.post(
    `${base}/meetings`,
    {
      config: { permission: 'governance.manage' },
      schema: {
        tags,
        summary: 'Een vergadering plannen met agenda',
        params: networkParams,
        body: createMeetingInput,
        response: { 201: created, 404: errorReply, 422: errorReply },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await createMeeting({ db, actor: request.actor, networkId: request.params.networkId, input: request.body }),
        ),
  );

  r.get(
    `${base}/meetings/:meetingId`,
    {
      config: { permission: 'governance.read' },
      schema: {
        tags,
        summary: 'Eén vergadering met agenda, verslag en aanwezigheid',
        params: meetingParams,
        response: { 200: meetingDetail, 404: errorReply },
      },
    },
    async (request) =>
      getMeeting({
        db,
        actor: request.actor,
        networkId: request.params.networkId,
        meetingId: request.params.meetingId,
      }),
  );

  r.patch(
    `${base}/meetings/:meetingId`,
    {
      config: { permission: 'governance.manage' },
      schema: {
        tags,
        summary: 'Agenda of verslag van een vergadering bijwerken (met versie)',
        params: meetingParams,
        body: updateMeetingInput,
        response: { 200: ok, 404: errorReply, 409: errorReply, 422: errorReply },
      },
    },
    async (request) => {
      await updateMeeting({
        db,
        actor: request.actor,
        networkId: request.params.networkId,
        meetingId: request.params.meetingId,
        input: request.body,
      });
      return { ok: true as const };
    },
  );

  r.put(
    `${base}/meetings/:meetingId/attendance`,
    {
      config: { permission: 'governance.manage' },
      schema: {
        tags,
        summary: 'Aanwezigheid bij een vergadering vastleggen',
        params: meetingParams,
        body: attendanceInput,
        response: { 200: okWithVersion, 404: errorReply, 409: errorReply, 422: errorReply },
      },
    },
    async (request) => {
      const saved = await recordAttendance({
        db,
        actor: request.actor,
        networkId: request.params.networkId,
        meetingId: request.params.meetingId,
        attendance: request.body.attendance,
        version: request.body.version,
      });
      return { ok: true as const, version: saved.version };
    },
  );

  r.get(
    `${base}/decisions`,
    {
      config: { permission: 'governance.read' },
      schema: {
        tags,
        summary: 'Het besluitenlog; met format=csv of xlsx als bestand',
        params: networkParams,
        querystring: listDecisionsQuery,
        response: { 200: decisions, 404: errorReply },
      },
    },
    async (request, reply) => {
      const items = await listDecisions({
        db,
        actor: request.actor,
        networkId: request.params.networkId,
        query: request.query,
      });
      if (!request.query.format) return { items };
      return sendExport(reply, {
        format: request.query.format,
        language: request.locale,
        list: decisionsList,
        rows: items,
      });
    },
  );

  r.get(
    `${base}/decisions/shared`,
    {
      config: { permission: 'decisions.read_shared' },
      schema: {
        tags,
        summary: 'Besluiten die met de financier zijn gedeeld — het enige wat een financier van het besluitenlog ziet',
        params: networkParams,
        querystring: listDecisionsQuery,
        response: {
          200: sharedDecisions,
          404: errorReply,
        },
      },
    },
    async (request, reply) => {
      const shared = await listSharedDecisions({
        db,
        actor: request.actor,
        networkId: request.params.networkId,
        query: request.query,
      });
      if (!request.query.format) return shared;
      return sendExport(reply, {
        format: request.query.format,
        language: request.locale,
        list: sharedDecisionsList,
        rows: shared.items,
      });
    },
  );

  r.post(
    `${base}/decisions`,
    {
      config: { permission: 'governance.manage' },
      schema: {
        tags,
        summary: 'Een besluit vastleggen; actiepunten worden taken',
        params: networkParams,
        body: createDecisionInput,
        response: {
          201: decisionRecorded,
          404: errorReply,
          422: errorReply,
        },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await recordDecision({ db, actor: request.actor, networkId: request.params.networkId, input: request.body }),
        ),
  );

  r.get(
    `${base}/admissions`,
    {
      config: { permission: 'governance.read' },
      schema: {
        tags,
        summary:
          'Aanmeldingen die op het toelatingsbesluit van de kerngroep wachten; met format=csv of xlsx als bestand',
        params: networkParams,
        querystring: listAdmissionsQuery,
        response: { 200: admissions, 404: errorReply },
      },
    },
    async (request, reply) => {
      const items = await listPendingAdmissions({
        db,
        actor: request.actor,
        networkId: request.params.networkId,
        query: request.query,
      });
      if (!request.query.format) return { items };
      return sendExport(reply, {
        format: request.query.format,
        language: request.locale,
        list: admissionsList,
        rows: items,
      });
    },
  );

  r.post(
    `${base}/admissions/:organisationId/decide`,
    {
      config: { permission: 'governance.manage' },
      schema: {
        tags,
        summary:
          'Toelatingsbesluit: toelaten of afwijzen met reden en datum; legt het besluit vast en zet de status van het lidmaatschap (409 bij een verouderde versie)',
        params: admissionParams,
        body: decideAdmissionInput,
        response: { 201: decideAdmissionReply, 404: errorReply, 409: errorReply, 422: errorReply },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await decideAdmission({
          db,
          actor: request.actor,
          networkId: request.params.networkId,
          organisationId: request.params.organisationId,
          input: request.body,
        }),
      ),
  );
}
