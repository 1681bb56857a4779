// HTTP for one's own body (a themagroep, the klankbordgroep): its members, meetings with agenda, minutes and attendance, and
// a themagroep's needs and activities. The route permission only opens the door (governance.own_body); the service checks
// per request that the actor holds a role in this very body today, and that only its kartrekker runs it.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorReply, networkParams } from '../../platform/http.js';
import type { ModuleContext } from '../context.js';
import { createdReply as created } from '../../../core/common.contract.js';
import {
  attendanceInput,
  ok,
  okWithVersion,
  updateMeetingInput,
} from '../../../core/governance/governance.contract.js';
import {
  addOwnBodyMemberInput,
  createOwnBodyMeetingInput,
  ownBodyAgenda,
  ownBodyCandidates,
  ownBodies,
  ownBodyDetail,
  ownBodyMeetingDetail,
  ownBodyMeetingParams,
  ownBodyMemberParams,
  ownBodyParams,
} from '../../../core/governance/own-body.contract.js';
import {
  addOwnBodyMember,
  createOwnBodyMeeting,
  getOwnBody,
  getOwnBodyAgenda,
  getOwnBodyMeeting,
  listOwnBodies,
  listOwnBodyCandidates,
  recordOwnBodyAttendance,
  removeOwnBodyMember,
  updateOwnBodyMeeting,
} from './own-body.service.js';

const tags = ['governance'];
const base = '/networks/:networkId/own-bodies';
const permission = 'governance.own_body' as const;

export function registerOwnBodyRoutes(app: FastifyInstance, ctx: ModuleContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = ctx.db;

  r.get(
    base,
    {
      config: { permission },
      schema: {
        tags,
        summary: 'De organen waarin ik vandaag een rol heb (mijn themagroep, de klankbordgroep)',
        params: networkParams,
        response: { 200: ownBodies, 404: errorReply },
      },
    },
    async (request) => ({
      items: await listOwnBodies({ db, actor: request.actor, networkId: request.params.networkId }),
    }),
  );

  r.get(
    `${base}/:bodyId`,
    {
      config: { permission },
      schema: {
        tags,
        summary: 'Mijn orgaan: leden en vergaderingen (404 als ik er vandaag geen rol in heb)',
        params: ownBodyParams,
        response: { 200: ownBodyDetail, 404: errorReply },
      },
    },
    async (request) => getOwnBody({ db, actor: request.actor, ...request.params }),
  );

  r.get(
    `${base}/:bodyId/agenda`,
    {
      config: { permission },
      schema: {
        tags,
        summary: 'De behoeften van het thema van de themagroep en de activiteiten die erop antwoorden',
        params: ownBodyParams,
        response: { 200: ownBodyAgenda, 404: errorReply },
      },
    },
    async (request) => getOwnBodyAgenda({ db, actor: request.actor, ...request.params }),
  );

  r.get(
    `${base}/:bodyId/candidates`,
    {
      config: { permission },
      schema: {
        tags,
        summary: 'Mensen in het netwerk die de kartrekker aan de themagroep kan toevoegen',
        params: ownBodyParams,
        response: { 200: ownBodyCandidates, 403: errorReply, 404: errorReply },
      },
    },
    async (request) => ({ items: await listOwnBodyCandidates({ db, actor: request.actor, ...request.params }) }),
  );

  r.post(
    `${base}/:bodyId/members`,
    {
      config: { permission },
      schema: {
        tags,
        summary: 'Kartrekker: iemand uit het netwerk als lid aan de themagroep toevoegen (vanaf vandaag)',
        params: ownBodyParams,
        body: addOwnBodyMemberInput,
        response: { 201: created, 403: errorReply, 404: errorReply, 409: errorReply, 422: errorReply },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await addOwnBodyMember({ db, actor: request.actor, ...request.params, input: request.body })),
  );

  r.delete(
    `${base}/:bodyId/members/:assignmentId`,
    {
      config: { permission },
      schema: {
        tags,
        summary: 'Kartrekker: een lid uit de themagroep halen (de termijn eindigt gisteren en blijft als geschiedenis)',
        params: ownBodyMemberParams,
        response: { 200: ok, 403: errorReply, 404: errorReply, 409: errorReply },
      },
    },
    async (request) => {
      await removeOwnBodyMember({ db, actor: request.actor, ...request.params });
      return { ok: true as const };
    },
  );

  r.post(
    `${base}/:bodyId/meetings`,
    {
      config: { permission },
      schema: {
        tags,
        summary: 'Kartrekker: een vergadering van de themagroep plannen met agenda',
        params: ownBodyParams,
        body: createOwnBodyMeetingInput,
        response: { 201: created, 403: errorReply, 404: errorReply, 422: errorReply },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await createOwnBodyMeeting({ db, actor: request.actor, ...request.params, input: request.body })),
  );

  r.get(
    `${base}/:bodyId/meetings/:meetingId`,
    {
      config: { permission },
      schema: {
        tags,
        summary: 'Eén vergadering van mijn orgaan met agenda, verslag en aanwezigheid',
        params: ownBodyMeetingParams,
        response: { 200: ownBodyMeetingDetail, 404: errorReply },
      },
    },
    async (request) => getOwnBodyMeeting({ db, actor: request.actor, ...request.params }),
  );

  r.patch(
    `${base}/:bodyId/meetings/:meetingId`,
    {
      config: { permission },
      schema: {
        tags,
        summary: 'Kartrekker: agenda of verslag bijwerken (met versie; 409 als iemand anders voor was)',
        params: ownBodyMeetingParams,
        body: updateMeetingInput,
        response: { 200: ok, 403: errorReply, 404: errorReply, 409: errorReply, 422: errorReply },
      },
    },
    async (request) => {
      await updateOwnBodyMeeting({ db, actor: request.actor, ...request.params, input: request.body });
      return { ok: true as const };
    },
  );

  r.put(
    `${base}/:bodyId/meetings/:meetingId/attendance`,
    {
      config: { permission },
      schema: {
        tags,
        summary: 'Kartrekker: aanwezigheid bij een vergadering van de themagroep vastleggen',
        params: ownBodyMeetingParams,
        body: attendanceInput,
        response: {
          200: okWithVersion,
          403: errorReply,
          404: errorReply,
          409: errorReply,
          422: errorReply,
        },
      },
    },
    async (request) => {
      const saved = await recordOwnBodyAttendance({
        db,
        actor: request.actor,
        ...request.params,
        attendance: request.body.attendance,
        version: request.body.version,
      });
      return { ok: true as const, version: saved.version };
    },
  );
}
