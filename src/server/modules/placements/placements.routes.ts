// HTTP for work opportunities, matching, match proposals (the coordinator's and the employer's side), placements, check-ins
// and the coordinator's check-in reminders.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendExport } from '../../platform/export.js';
import { opportunitiesList, placementsList } from '../../../core/candidates/candidates-lists.js';
import { errorReply, networkParams } from '../../platform/http.js';
import type { ModuleContext } from '../context.js';
import { candidateParams } from '../../../core/candidates/candidates.contract.js';
import { testClock } from '../../platform/clock.js';
import { createdReply, versionReply } from '../../../core/common.contract.js';
import {
  candidateMatches,
  candidateCheckInParams,
  checkInInput,
  createOpportunityInput,
  createPlacementInput,
  createProposalInput,
  dueCheckIns,
  dueQuery,
  employerProposals,
  placementCreated,
  placementEnded,
  proposalCreated,
  proposalResponded,
  endPlacementInput,
  listOpportunitiesQuery,
  listPlacementsQuery,
  opportunityMatches,
  opportunityPage,
  opportunityParams,
  opportunityView,
  placementDetail,
  placementPage,
  placementParams,
  proposalParams,
  proposals,
  respondInput,
  updateOpportunityInput,
  updateOpportunityStatusInput,
} from '../../../core/candidates/placements.contract.js';
import { listDueCheckIns, recordCheckIn, handleCandidateCheckIn } from './check-ins.service.js';
import { matchCandidatesForOpportunity, matchOpportunitiesForCandidate } from './matching.service.js';
import {
  createOpportunity,
  getOpportunity,
  listOpportunities,
  updateOpportunity,
  updateOpportunityStatus,
} from './opportunities.service.js';
import { createPlacement, endPlacement, getPlacement, listPlacements } from './placements.service.js';
import { listEmployerProposals, listMatchProposals, proposeMatch, respondToProposal } from './proposals.service.js';

const errors = { 401: errorReply, 403: errorReply, 404: errorReply };
const writeErrors = { ...errors, 409: errorReply, 422: errorReply };

export function registerPlacementRoutes(app: FastifyInstance, ctx: ModuleContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const n = '/networks/:networkId';

  r.get(
    `${n}/opportunities`,
    {
      config: { permission: 'opportunities.read' },
      schema: {
        tags: ['opportunities'],
        summary: 'Werkplekken en vacatures van deelnemende werkgevers; format=csv of xlsx als bestand',
        params: networkParams,
        querystring: listOpportunitiesQuery,
        response: { 200: opportunityPage, ...errors },
      },
    },
    async (request, reply) => {
      const { format } = request.query;
      const result = await listOpportunities({
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
        list: opportunitiesList,
        rows: result.items,
      });
    },
  );

  r.post(
    `${n}/opportunities`,
    {
      config: { permission: 'opportunities.manage' },
      schema: {
        tags: ['opportunities'],
        summary: 'Een werkplek of vacature vastleggen',
        params: networkParams,
        body: createOpportunityInput,
        response: { 201: createdReply, ...writeErrors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await createOpportunity({
          db: ctx.db,
          actor: request.actor,
          networkId: request.params.networkId,
          input: request.body,
        }),
      ),
  );

  r.get(
    `${n}/opportunities/:opportunityId`,
    {
      config: { permission: 'opportunities.read' },
      schema: {
        tags: ['opportunities'],
        summary: 'Eén werkplek',
        params: opportunityParams,
        response: { 200: opportunityView, ...errors },
      },
    },
    async (request) =>
      getOpportunity({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        opportunityId: request.params.opportunityId,
      }),
  );

  r.put(
    `${n}/opportunities/:opportunityId`,
    {
      config: { permission: 'opportunities.manage' },
      schema: {
        tags: ['opportunities'],
        summary: 'Een werkplek wijzigen: alle velden behalve de werkgever, met status en versie',
        params: opportunityParams,
        body: updateOpportunityInput,
        response: { 200: versionReply, ...writeErrors },
      },
    },
    async (request) =>
      updateOpportunity({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        opportunityId: request.params.opportunityId,
        input: request.body,
      }),
  );

  r.post(
    `${n}/opportunities/:opportunityId/status`,
    {
      config: { permission: 'opportunities.manage' },
      schema: {
        tags: ['opportunities'],
        summary: 'De status van een werkplek wijzigen (open, vervuld, gesloten)',
        params: opportunityParams,
        body: updateOpportunityStatusInput,
        response: { 200: versionReply, ...writeErrors },
      },
    },
    async (request) =>
      updateOpportunityStatus({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        opportunityId: request.params.opportunityId,
        ...request.body,
      }),
  );

  r.get(
    `${n}/opportunities/:opportunityId/matches`,
    {
      config: { permission: 'candidates.read' },
      schema: {
        tags: ['opportunities'],
        summary: 'Kandidaten voor deze werkplek, best passend eerst, met de opbouw van de score',
        params: opportunityParams,
        response: { 200: candidateMatches, ...errors },
      },
    },
    async (request) => ({
      items: await matchCandidatesForOpportunity({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        opportunityId: request.params.opportunityId,
      }),
    }),
  );

  r.get(
    `${n}/candidates/:candidateId/matches`,
    {
      config: { permission: 'candidates.read' },
      schema: {
        tags: ['opportunities'],
        summary: 'Open werkplekken voor deze kandidaat, best passend eerst, met de opbouw van de score',
        params: candidateParams,
        response: { 200: opportunityMatches, ...errors },
      },
    },
    async (request) => ({
      items: await matchOpportunitiesForCandidate({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        candidateId: request.params.candidateId,
      }),
    }),
  );

  r.get(
    `${n}/proposals`,
    {
      config: { permission: 'candidates.read' },
      schema: {
        tags: ['opportunities'],
        summary: 'Voorgestelde matches',
        params: networkParams,
        response: { 200: proposals, ...errors },
      },
    },
    async (request) => ({
      items: await listMatchProposals({ db: ctx.db, actor: request.actor, networkId: request.params.networkId }),
    }),
  );

  r.post(
    `${n}/proposals`,
    {
      config: { permission: 'candidates.manage' },
      schema: {
        tags: ['opportunities'],
        summary: 'Een kandidaat voorstellen bij een werkgever voor een werkplek',
        params: networkParams,
        body: createProposalInput,
        response: { 201: proposalCreated, ...writeErrors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await proposeMatch({
          db: ctx.db,
          actor: request.actor,
          networkId: request.params.networkId,
          input: request.body,
        }),
      ),
  );

  r.get(
    `${n}/my-proposals`,
    {
      config: { permission: 'proposals.respond' },
      schema: {
        tags: ['opportunities'],
        summary:
          'Voor de contactpersoon van een werkgever: kandidaten voorgesteld aan de eigen organisatie (alleen gedeelde velden)',
        params: networkParams,
        response: { 200: employerProposals, ...errors },
      },
    },
    async (request) => ({
      items: await listEmployerProposals({ db: ctx.db, actor: request.actor, networkId: request.params.networkId }),
    }),
  );

  r.post(
    `${n}/my-proposals/:proposalId/respond`,
    {
      config: { permission: 'proposals.respond' },
      schema: {
        tags: ['opportunities'],
        summary: 'Een voorstel aannemen of afwijzen',
        params: proposalParams,
        body: respondInput,
        response: { 200: proposalResponded, ...writeErrors },
      },
    },
    async (request) =>
      respondToProposal({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        proposalId: request.params.proposalId,
        response: request.body.response,
      }),
  );

  r.get(
    `${n}/placements`,
    {
      config: { permission: 'placements.read' },
      schema: {
        tags: ['placements'],
        summary: 'Plaatsingen met banenafspraak-telling; format=csv of xlsx als bestand',
        params: networkParams,
        querystring: listPlacementsQuery,
        response: { 200: placementPage, ...errors },
      },
    },
    async (request, reply) => {
      const { format } = request.query;
      const result = await listPlacements({
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
        list: placementsList,
        rows: result.items,
      });
    },
  );

  r.post(
    `${n}/placements`,
    {
      config: { permission: 'placements.manage' },
      schema: {
        tags: ['placements'],
        summary: 'Een plaatsing vastleggen',
        params: networkParams,
        body: createPlacementInput,
        response: { 201: placementCreated, ...writeErrors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await createPlacement({
          db: ctx.db,
          actor: request.actor,
          networkId: request.params.networkId,
          input: request.body,
        }),
      ),
  );

  r.get(
    `${n}/placements/:placementId`,
    {
      config: { permission: 'placements.read' },
      schema: {
        tags: ['placements'],
        summary: 'Eén plaatsing met check-ins en hun vervaldata',
        params: placementParams,
        response: { 200: placementDetail, ...errors },
      },
    },
    async (request) =>
      getPlacement({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        placementId: request.params.placementId,
      }),
  );

  r.post(
    `${n}/placements/:placementId/end`,
    {
      config: { permission: 'placements.manage' },
      schema: {
        tags: ['placements'],
        summary:
          'Een plaatsing beëindigen, met einddatum en reden; desgewenst stroomt de kandidaat tegelijk uit of stopt (met reden)',
        params: placementParams,
        body: endPlacementInput,
        response: { 200: placementEnded, ...writeErrors },
      },
    },
    async (request) =>
      endPlacement({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        placementId: request.params.placementId,
        input: request.body,
      }),
  );

  r.post(
    `${n}/placements/:placementId/check-ins`,
    {
      config: { permission: 'placements.manage' },
      schema: {
        tags: ['placements'],
        summary: 'Een check-in na 3, 6 of 12 maanden vastleggen',
        params: placementParams,
        body: checkInInput,
        response: { 201: createdReply, ...writeErrors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await recordCheckIn({
          db: ctx.db,
          actor: request.actor,
          networkId: request.params.networkId,
          placementId: request.params.placementId,
          input: request.body,
        }),
      ),
  );

  r.post(
    `${n}/placements/:placementId/candidate-check-ins/:months/handle`,
    {
      config: { permission: 'placements.manage' },
      schema: {
        tags: ['placements'],
        summary: 'Een zorgelijk antwoord van de kandidaat bij een check-in afhandelen; het signaal verdwijnt',
        params: candidateCheckInParams,
        response: { 204: z.null(), ...writeErrors },
      },
    },
    async (request, reply) => {
      await handleCandidateCheckIn({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        placementId: request.params.placementId,
        months: request.params.months,
      });
      return reply.code(204).send(null);
    },
  );

  r.get(
    `${n}/check-ins/due`,
    {
      config: { permission: 'placements.read' },
      schema: {
        tags: ['placements'],
        summary:
          'Herinneringen: check-ins die binnen een week vervallen of over tijd zijn (now= alleen in testomgeving)',
        params: networkParams,
        querystring: dueQuery,
        response: { 200: dueCheckIns, ...errors },
      },
    },
    async (request) => ({
      items: await listDueCheckIns({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        now: testClock(request.query.now),
      }),
    }),
  );
}
