// HTTP for steering: the dashboard, drill-downs, mission targets, the funder's mission view and the umbrella comparison.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sendExport } from '../../platform/export.js';
import { drillDownList } from '../../../core/steering/steering-lists.js';
import { errorReply, networkParams } from '../../platform/http.js';
import type { ModuleContext } from '../context.js';
import {
  comparisonReply,
  dashboardReply,
  drillParams,
  drillQuery,
  drillReply,
  missionReply,
  yearOverviewReply,
  optInInput,
  optInReply,
  periodQuery,
  settingsInput,
  settingsReply,
  settingsSaved,
  targetInput,
  targetSaved,
  targetsReply,
} from '../../../core/steering/steering.contract.js';
import {
  compareNetworks,
  defaultPeriod,
  getComparisonOptIn,
  getDashboard,
  getDrillDown,
  getMissionView,
  getSteeringSettings,
  getTargets,
  getYearOverview,
  setComparisonOptIn,
  setTarget,
  updateSteeringSettings,
} from './steering.service.js';

const tags = ['steering'];

function periodOf(query: { from?: string | undefined; to?: string | undefined }) {
  const fallback = defaultPeriod(new Date());
  return { from: query.from ?? fallback.from, to: query.to ?? fallback.to };
}

export function registerSteeringRoutes(app: FastifyInstance, ctx: ModuleContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/networks/:networkId/steering/dashboard',
    {
      config: { permission: 'steering.read' },
      schema: {
        tags,
        summary:
          'Sturingsdashboard: betrokkenheid, eigenaarschap en missieresultaten over een periode (standaard dit jaar)',
        params: networkParams,
        querystring: periodQuery,
        response: { 200: dashboardReply, 404: errorReply, 422: errorReply },
      },
    },
    async (request) =>
      getDashboard({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        period: periodOf(request.query),
        cache: request.server.readCache,
      }),
  );

  r.get(
    '/networks/:networkId/steering/drill/:measure',
    {
      config: { permission: 'steering.read' },
      schema: {
        tags,
        summary: 'De gegevens achter een getal van het dashboard; met format=csv of xlsx als bestand',
        params: drillParams,
        querystring: drillQuery,
        response: { 200: drillReply, 404: errorReply, 422: errorReply },
      },
    },
    async (request, reply) => {
      const items = await getDrillDown({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        measure: request.params.measure,
        period: periodOf(request.query),
      });
      const { format } = request.query;
      if (!format) return { items };
      return sendExport(reply, {
        format,
        language: request.locale,
        list: drillDownList,
        rows: items,
        fileNameSuffix: request.params.measure,
      });
    },
  );

  r.get(
    '/networks/:networkId/steering/mission',
    {
      config: { permission: 'steering.read_mission' },
      schema: {
        tags,
        summary: 'Missieresultaten op netwerkniveau (voor financiers): geen namen, aantallen onder 5 als "< 5"',
        params: networkParams,
        querystring: periodQuery,
        response: { 200: missionReply, 404: errorReply, 422: errorReply },
      },
    },
    async (request) =>
      getMissionView({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        period: periodOf(request.query),
      }),
  );

  r.get(
    '/networks/:networkId/steering/year-overview',
    {
      config: { permission: 'network.year_overview' },
      schema: {
        tags,
        summary:
          '"Ons netwerk dit jaar" voor de leden: missieresultaten (kleine aantallen als "< 5") en de besluiten die met de leden zijn gedeeld',
        params: networkParams,
        response: { 200: yearOverviewReply, 404: errorReply },
      },
    },
    async (request) => getYearOverview({ db: ctx.db, actor: request.actor, networkId: request.params.networkId }),
  );

  r.get(
    '/networks/:networkId/steering/targets',
    {
      config: { permission: 'steering.read_mission' },
      schema: {
        tags,
        summary: 'Jaardoelen op missieniveau (plaatsingen, banen, actieve deelnemers)',
        params: networkParams,
        response: { 200: targetsReply, 404: errorReply },
      },
    },
    async (request) => ({
      items: await getTargets({ db: ctx.db, actor: request.actor, networkId: request.params.networkId }),
    }),
  );

  r.put(
    '/networks/:networkId/steering/targets',
    {
      config: { permission: 'steering.manage_targets' },
      schema: {
        tags,
        summary: 'Jaardoel vastleggen of wijzigen',
        params: networkParams,
        body: targetInput,
        response: {
          200: targetSaved,
          404: errorReply,
          409: errorReply,
          422: errorReply,
        },
      },
    },
    async (request) =>
      setTarget({ db: ctx.db, actor: request.actor, networkId: request.params.networkId, input: request.body }),
  );

  r.get(
    '/networks/:networkId/steering/comparison-opt-in',
    {
      config: { permission: 'steering.read_mission' },
      schema: {
        tags,
        summary: 'Doet het netwerk mee aan de geanonimiseerde vergelijking tussen netwerken?',
        params: networkParams,
        response: { 200: optInReply, 404: errorReply },
      },
    },
    async (request) => getComparisonOptIn({ db: ctx.db, actor: request.actor, networkId: request.params.networkId }),
  );

  r.put(
    '/networks/:networkId/steering/comparison-opt-in',
    {
      config: { permission: 'reports.manage' },
      schema: {
        tags,
        summary: 'Meedoen aan de vergelijking tussen netwerken aan- of uitzetten',
        params: networkParams,
        body: optInInput,
        response: { 200: optInReply, 404: errorReply },
      },
    },
    async (request) =>
      setComparisonOptIn({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        optIn: request.body.optIn,
      }),
  );

  r.get(
    '/networks/:networkId/steering/settings',
    {
      config: { permission: 'steering.read' },
      schema: {
        tags,
        summary:
          'Instellingen van de sturing: drempels van de signalen (met de standaardwaarden) en meedoen aan de vergelijking',
        params: networkParams,
        response: { 200: settingsReply, 404: errorReply },
      },
    },
    async (request) => getSteeringSettings({ db: ctx.db, actor: request.actor, networkId: request.params.networkId }),
  );

  r.put(
    '/networks/:networkId/steering/settings',
    {
      config: { permission: 'steering.manage_targets' },
      schema: {
        tags,
        summary: 'Drempels van de signalen wijzigen (kerngroep, coördinator); version is de gelezen versie',
        params: networkParams,
        body: settingsInput,
        response: { 200: settingsSaved, 404: errorReply, 409: errorReply, 422: errorReply },
      },
    },
    async (request) =>
      updateSteeringSettings({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        input: request.body,
      }),
  );

  r.get(
    '/steering/comparison',
    {
      config: { permission: 'platform.networks.read_all' },
      schema: {
        tags,
        summary: 'Vergelijking van de netwerken die meedoen, geanonimiseerd (koepel, platformniveau)',
        querystring: periodQuery,
        response: { 200: comparisonReply },
      },
    },
    async (request) => compareNetworks({ db: ctx.db, actor: request.actor, period: periodOf(request.query) }),
  );
}
