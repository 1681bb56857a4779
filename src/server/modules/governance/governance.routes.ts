// HTTP for the organisation in use: people in roles with terms, the task board, gap signals, bodies, meetings and decisions.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendExport } from '../../platform/export.js';
import { errorReply, networkParams } from '../../platform/http.js';
import type { ModuleContext } from '../context.js';
import {
  admissionParams,
  admissionRow,
  decideAdmissionInput,
  decideAdmissionReply,
  listAdmissionsQuery,
  assignmentParams,
  assignmentRow,
  assignRoleInput,
  attendanceInput,
  bodyRow,
  createBodyInput,
  createDecisionInput,
  createMeetingInput,
  createTaskInput,
  decisionRow,
  endTermInput,
  gapsReply,
  listAssignmentsQuery,
  listDecisionsQuery,
  listMeetingsQuery,
  listTasksQuery,
  meetingDetail,
  meetingParams,
  meetingRow,
  sharedDecisionRow,
  taskParams,
  taskRow,
  updateMeetingInput,
  updateTaskInput,
} from './governance.schemas.js';
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

const tags = ['governance'];
const created = z.object({ id: z.string() });
const ok = z.object({ ok: z.literal(true) });
const okWithVersion = ok.extend({ version: z.number() });
const base = '/networks/:networkId/governance';

export function registerGovernanceRoutes(app: FastifyInstance, ctx: ModuleContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = ctx.db;

  r.get(
    `${base}/assignments`,
    {
      config: { permission: 'governance.read' },
      schema: {
        tags,
        summary: 'Mensen in rollen met hun termijn; met format=csv of xlsx als bestand',
        params: networkParams,
        querystring: listAssignmentsQuery,
        response: { 200: z.object({ items: z.array(assignmentRow) }), 404: errorReply },
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
      const en = request.locale === 'en';
      return sendExport(reply, {
        format: request.query.format,
        filename: en ? 'roles' : 'rollen',
        sheetName: en ? 'Roles' : 'Rollen',
        rows: items,
        columns: [
          { header: en ? 'Person' : 'Persoon', value: (a) => a.personName },
          { header: en ? 'Role' : 'Rol', value: (a) => a.role },
          { header: en ? 'Body' : 'Orgaan', value: (a) => a.bodyName },
          { header: en ? 'Term start' : 'Begin termijn', value: (a) => a.startsOn },
          { header: en ? 'Term end' : 'Einde termijn', value: (a) => a.endsOn },
        ],
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
        response: { 200: z.object({ items: z.array(taskRow) }), 404: errorReply },
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
      const en = request.locale === 'en';
      return sendExport(reply, {
        format: request.query.format,
        filename: en ? 'tasks' : 'taken',
        sheetName: en ? 'Tasks' : 'Taken',
        rows: items,
        columns: [
          { header: en ? 'Task' : 'Taak', value: (x) => x.title ?? x.code },
          { header: en ? 'Source' : 'Herkomst', value: (x) => x.source },
          { header: en ? 'Responsible role' : 'Verantwoordelijke rol', value: (x) => x.responsibleRole },
          { header: en ? 'Owner' : 'Eigenaar', value: (x) => x.assigneeName },
          { header: en ? 'Due' : 'Deadline', value: (x) => x.dueOn },
          { header: en ? 'Status' : 'Status', value: (x) => x.status },
        ],
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
        response: { 200: z.object({ items: z.array(bodyRow) }), 404: errorReply },
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
        response: { 200: z.object({ items: z.array(meetingRow) }), 404: errorReply },
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
        response: { 200: z.object({ items: z.array(decisionRow) }), 404: errorReply },
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
      const en = request.locale === 'en';
      return sendExport(reply, {
        format: request.query.format,
        filename: en ? 'decisions' : 'besluiten',
        sheetName: en ? 'Decisions' : 'Besluiten',
        rows: items,
        columns: [
          { header: en ? 'Date' : 'Datum', value: (d) => d.decidedOn },
          { header: en ? 'Body' : 'Orgaan', value: (d) => d.bodyName },
          { header: en ? 'Kind' : 'Soort', value: (d) => d.kind },
          { header: en ? 'Decision' : 'Besluit', value: (d) => d.text },
          { header: en ? 'Reason' : 'Reden', value: (d) => d.reason },
          { header: en ? 'Organisation' : 'Organisatie', value: (d) => d.organisationName },
          { header: en ? 'Shared with funder' : 'Gedeeld met financier', value: (d) => d.sharedWithFunder },
        ],
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
          200: z.object({
            items: z.array(sharedDecisionRow),
            /** With funder access "aggregates only": decisions about one organisation, counted instead of listed. */
            organisationDecisions: z.object({ count: z.number() }).nullable(),
          }),
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
      const en = request.locale === 'en';
      return sendExport(reply, {
        format: request.query.format,
        filename: en ? 'shared-decisions' : 'gedeelde-besluiten',
        sheetName: en ? 'Shared decisions' : 'Gedeelde besluiten',
        rows: shared.items,
        columns: [
          { header: en ? 'Date' : 'Datum', value: (d) => d.decidedOn },
          { header: en ? 'Body' : 'Orgaan', value: (d) => d.bodyName },
          { header: en ? 'Kind' : 'Soort', value: (d) => d.kind },
          { header: en ? 'Decision' : 'Besluit', value: (d) => d.text },
          { header: en ? 'Reason' : 'Reden', value: (d) => d.reason },
        ],
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
          201: z.object({ id: z.string(), taskIds: z.array(z.string()) }),
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
        response: { 200: z.object({ items: z.array(admissionRow) }), 404: errorReply },
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
      const en = request.locale === 'en';
      return sendExport(reply, {
        format: request.query.format,
        filename: en ? 'applications' : 'aanmeldingen',
        sheetName: en ? 'Applications' : 'Aanmeldingen',
        rows: items,
        columns: [
          { header: en ? 'Organisation' : 'Organisatie', value: (a) => a.organisationName },
          { header: en ? 'Kind' : 'Soort', value: (a) => a.kind },
          { header: en ? 'Town' : 'Plaats', value: (a) => a.city },
          { header: en ? 'Applied since' : 'Aangemeld sinds', value: (a) => a.appliedSince },
        ],
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
