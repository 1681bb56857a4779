// HTTP for partners, co-organised agenda, shared opportunities, referrals, the partner's own view and news.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendExport } from '../../platform/export.js';
import { partnersList, sharedOpportunitiesList } from '../../../core/partners/partners-lists.js';
import { errorReply, networkParams } from '../../platform/http.js';
import type { ModuleContext } from '../context.js';
import {
  activityParams,
  coOrganisedAgenda,
  coRegistration,
  installationNetworks,
  linkActivityInput,
  listPartnersQuery,
  news,
  newsInput,
  opportunityParams,
  partnerInput,
  partnerParams,
  partners,
  partnerView,
  referralCreated,
  referralInput,
  referrals,
  referralsQuery,
  registerParams,
  shareInput,
  sharedOpportunities,
  sharedOpportunitiesQuery,
} from '../../../core/partners/partners.contract.js';
import { createdReply as created } from '../../../core/common.contract.js';
import {
  createPartner,
  getCoOrganisedAgenda,
  getPartnerView,
  linkPartnerActivity,
  listInstallationNetworks,
  listNews,
  listPartners,
  listReferrals,
  listSharedOpportunities,
  publishNews,
  referCandidate,
  registerForCoOrganised,
  shareActivity,
  shareOpportunity,
} from './partners.service.js';

const tags = ['partners'];
const fail = { 404: errorReply, 409: errorReply, 422: errorReply };

export function registerPartnerRoutes(app: FastifyInstance, ctx: ModuleContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = ctx.db;

  r.get(
    '/networks/:networkId/partners',
    {
      config: { permission: 'partners.read' },
      schema: {
        tags,
        summary: 'Partners met afspraak, contactpersoon en documenten; zoeken, filteren, sorteren; csv/xlsx',
        params: networkParams,
        querystring: listPartnersQuery,
        response: { 200: partners, 404: errorReply },
      },
    },
    async (request, reply) => {
      const items = await listPartners({
        db,
        actor: request.actor,
        networkId: request.params.networkId,
        query: request.query,
      });
      const { format } = request.query;
      if (!format) return { items };
      return sendExport(reply, {
        format,
        language: request.locale,
        list: partnersList,
        rows: items,
      });
    },
  );

  r.post(
    '/networks/:networkId/partners',
    {
      config: { permission: 'partners.manage' },
      schema: {
        tags,
        summary: 'Een partner en de afspraak vastleggen',
        params: networkParams,
        body: partnerInput,
        response: { 201: created, ...fail },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await createPartner({ db, actor: request.actor, networkId: request.params.networkId, input: request.body }),
        ),
  );

  r.post(
    '/networks/:networkId/partners/:partnerId/activities',
    {
      config: { permission: 'partners.manage' },
      schema: {
        tags,
        summary: 'Een gezamenlijke activiteit aan een partner koppelen (de partner ziet haar)',
        params: partnerParams,
        body: linkActivityInput,
        response: { 204: z.null(), ...fail },
      },
    },
    async (request, reply) => {
      await linkPartnerActivity({ db, actor: request.actor, ...request.params, activityId: request.body.activityId });
      return reply.code(204).send(null);
    },
  );

  r.get(
    '/networks/:networkId/installation-networks',
    {
      config: { permission: 'partners.manage' },
      schema: {
        tags,
        summary: 'De andere netwerken in deze installatie (om er een als partner vast te leggen)',
        params: networkParams,
        response: {
          200: installationNetworks,
          404: errorReply,
        },
      },
    },
    async (request) => ({
      items: await listInstallationNetworks({ db, actor: request.actor, networkId: request.params.networkId }),
    }),
  );

  r.post(
    '/networks/:networkId/activities/:activityId/shares',
    {
      config: { permission: 'sharing.manage' },
      schema: {
        tags,
        summary: 'Een activiteit samen organiseren met een partnernetwerk: zij verschijnt in beide agenda’s',
        params: activityParams,
        body: shareInput,
        response: { 201: created, ...fail },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await shareActivity({
          db,
          actor: request.actor,
          ...request.params,
          partnerNetworkId: request.body.partnerNetworkId,
        }),
      ),
  );

  r.get(
    '/networks/:networkId/co-organised-agenda',
    {
      config: { permission: 'activities.read' },
      schema: {
        tags,
        summary: 'Samen georganiseerde activiteiten: eigen gedeelde en die van partnernetwerken',
        params: networkParams,
        response: { 200: coOrganisedAgenda, 404: errorReply },
      },
    },
    async (request) => ({
      items: await getCoOrganisedAgenda({ db, actor: request.actor, networkId: request.params.networkId }),
    }),
  );

  r.post(
    '/networks/:networkId/co-organised-agenda/:ownerNetworkId/:activityId/registrations',
    {
      config: { permission: 'activities.register' },
      schema: {
        tags,
        summary: 'Aanmelden voor een samen georganiseerde activiteit, vanuit het eigen netwerk',
        params: registerParams,
        response: { 201: coRegistration, ...fail },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await registerForCoOrganised({ db, actor: request.actor, ...request.params })),
  );

  r.post(
    '/networks/:networkId/opportunities/:opportunityId/shares',
    {
      config: { permission: 'sharing.manage' },
      schema: {
        tags,
        summary: 'Een werkplek delen met een partnernetwerk',
        params: opportunityParams,
        body: shareInput,
        response: { 201: created, ...fail },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await shareOpportunity({
          db,
          actor: request.actor,
          ...request.params,
          partnerNetworkId: request.body.partnerNetworkId,
        }),
      ),
  );

  r.get(
    '/networks/:networkId/shared-opportunities',
    {
      config: { permission: 'sharing.read' },
      schema: {
        tags,
        summary: 'Werkplekken die andere netwerken met dit netwerk delen; zoeken, sorteren; csv/xlsx',
        params: networkParams,
        querystring: sharedOpportunitiesQuery,
        response: { 200: sharedOpportunities, 404: errorReply },
      },
    },
    async (request, reply) => {
      const items = await listSharedOpportunities({
        db,
        actor: request.actor,
        networkId: request.params.networkId,
        query: request.query,
      });
      const { format } = request.query;
      if (!format) return { items };
      return sendExport(reply, {
        format,
        language: request.locale,
        list: sharedOpportunitiesList,
        rows: items,
      });
    },
  );

  r.post(
    '/networks/:networkId/referrals',
    {
      config: { permission: 'referrals.manage' },
      schema: {
        tags,
        summary:
          'Een kandidaat doorverwijzen naar een ander netwerk of een partner — alleen met toestemming, alleen de toegestane velden',
        params: networkParams,
        body: referralInput,
        response: { 201: referralCreated, ...fail },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await referCandidate({ db, actor: request.actor, networkId: request.params.networkId, input: request.body }),
        ),
  );

  r.get(
    '/networks/:networkId/referrals',
    {
      config: { permission: 'referrals.manage' },
      schema: {
        tags,
        summary: 'Doorverwijzingen: ontvangen (alleen de gedeelde velden) of verstuurd',
        params: networkParams,
        querystring: referralsQuery,
        response: { 200: referrals, 404: errorReply },
      },
    },
    async (request) => ({
      items: await listReferrals({
        db,
        actor: request.actor,
        networkId: request.params.networkId,
        direction: request.query.direction,
      }),
    }),
  );

  r.get(
    '/networks/:networkId/partner-view',
    {
      config: { permission: 'partners.shared' },
      schema: {
        tags,
        summary: 'Voor een partner: alleen de gedeelde activiteiten en de doorverwijzingen aan deze partner',
        params: networkParams,
        response: {
          200: partnerView,
          404: errorReply,
        },
      },
    },
    async (request) => getPartnerView({ db, actor: request.actor, networkId: request.params.networkId }),
  );

  r.get(
    '/networks/:networkId/news',
    {
      config: { permission: 'news.read' },
      schema: {
        tags,
        summary: 'Nieuws in het portaal',
        params: networkParams,
        response: { 200: news, 404: errorReply },
      },
    },
    async (request) => ({ items: await listNews({ db, actor: request.actor, networkId: request.params.networkId }) }),
  );

  r.post(
    '/networks/:networkId/news',
    {
      config: { permission: 'news.manage' },
      schema: {
        tags,
        summary: 'Een nieuwsbericht plaatsen (succes, behoefte beantwoord, nieuw lid)',
        params: networkParams,
        body: newsInput,
        response: { 201: created, ...fail },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await publishNews({ db, actor: request.actor, networkId: request.params.networkId, input: request.body }),
        ),
  );
}
