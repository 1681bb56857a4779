// HTTP for the network's budget per year: the overview (plan, planned vs spent per item and per payer, forecast), starting
// it from the design, editing the plan, closing the year, spending entries and in-kind contributions; every list as CSV or
// XLSX with Dutch decimals.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  budgetItemLabels,
  budgetItemsList,
  budgetPayerLabels,
  budgetPayersList,
  inKindList as inKindExport,
  spendingList as spendingExport,
} from '../../../core/budget/budget-lists.js';
import {
  budgetCreated,
  budgetOverview,
  budgetYearParams,
  closeYearInput,
  deleteEntryQuery,
  exportQuery,
  inKindInput,
  inKindList,
  inKindParams,
  organisationInKindParams,
  planInput,
  reopenYearInput,
  spendingInput,
  spendingList,
  spendingParams,
  updateInKindInput,
  updateSpendingInput,
} from '../../../core/budget/budget.contract.js';
import { createdReply as created, versionReply } from '../../../core/common.contract.js';
import { wordsFor, type Language } from '../../../core/export-list.js';
import { sendExport } from '../../platform/export.js';
import { errorReply, networkParams } from '../../platform/http.js';
import type { ModuleContext } from '../context.js';
import {
  closeBudgetYear,
  createBudgetYear,
  deleteInKind,
  deleteSpending,
  getBudgetOverview,
  listInKindOfMember,
  listInKindOfYear,
  listSpendingOfYear,
  recordInKind,
  recordSpending,
  reopenBudgetYear,
  updateInKind,
  updatePlan,
  updateSpending,
} from './budget.service.js';
import { registerStatementRoutes } from './statements.routes.js';

const tags = ['budget'];
const fail = { 404: errorReply, 409: errorReply, 422: errorReply };
const TOTAL = { nl: 'Totaal', en: 'Total' };

const createBudgetInput = z.object({ fromDesign: z.boolean().default(true) });

export function registerBudgetRoutes(app: FastifyInstance, ctx: ModuleContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = ctx.db;
  registerStatementRoutes(app, ctx);

  r.get(
    '/networks/:networkId/budget/:year',
    {
      config: { permission: 'budget.read' },
      schema: {
        tags,
        summary:
          'De begroting van een jaar: begroot tegenover besteed per post en per betaler, met prognose; csv/xlsx per post',
        params: budgetYearParams,
        querystring: exportQuery,
        response: { 200: budgetOverview, 404: errorReply },
      },
    },
    async (request, reply) => {
      const overview = await getBudgetOverview({ db, actor: request.actor, ...request.params, now: new Date() });
      const { format } = request.query;
      if (!format) return overview;
      const language: Language = request.locale;
      const rows = [
        ...overview.summary.items.map((i) => ({ ...i, label: wordsFor(budgetItemLabels, i.item, language) })),
        { ...overview.summary.total, label: TOTAL[language] },
      ];
      return sendExport(reply, {
        format,
        language,
        list: budgetItemsList,
        rows,
        fileNameSuffix: String(request.params.year),
      });
    },
  );

  r.get(
    '/networks/:networkId/budget/:year/payers',
    {
      config: { permission: 'budget.read' },
      schema: {
        tags,
        summary: 'Begroot tegenover besteed per betaler, als csv of xlsx',
        params: budgetYearParams,
        querystring: z.object({ format: exportQuery.shape.format.unwrap() }),
        response: { 404: errorReply },
      },
    },
    async (request, reply) => {
      const overview = await getBudgetOverview({ db, actor: request.actor, ...request.params, now: new Date() });
      const language: Language = request.locale;
      const rows = [
        ...overview.summary.payers.map((p) => ({ ...p, label: wordsFor(budgetPayerLabels, p.payer, language) })),
        { ...overview.summary.total, label: TOTAL[language] },
      ];
      return sendExport(reply, {
        format: request.query.format,
        language,
        list: budgetPayersList,
        rows,
        fileNameSuffix: String(request.params.year),
      });
    },
  );

  r.post(
    '/networks/:networkId/budget/:year',
    {
      config: { permission: 'budget.manage' },
      schema: {
        tags,
        summary: 'De begroting van een jaar opstellen, beginnend bij de kostenposten van de toegepaste inrichting',
        params: budgetYearParams,
        body: createBudgetInput,
        response: { 201: budgetCreated, ...fail },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await createBudgetYear({ db, actor: request.actor, ...request.params, fromDesign: request.body.fromDesign }),
        ),
  );

  r.put(
    '/networks/:networkId/budget/:year/plan',
    {
      config: { permission: 'budget.manage' },
      schema: {
        tags,
        summary: 'De begrote bedragen per post en betaler wijzigen (bedragen als tekst: 1.250,50)',
        params: budgetYearParams,
        body: planInput,
        response: { 200: versionReply, ...fail },
      },
    },
    async (request) => updatePlan({ db, actor: request.actor, ...request.params, input: request.body }),
  );

  r.post(
    '/networks/:networkId/budget/:year/close',
    {
      config: { permission: 'budget.manage' },
      schema: {
        tags,
        summary: 'Het begrotingsjaar afsluiten: daarna komen er geen uitgaven of bijdragen meer bij',
        params: budgetYearParams,
        body: closeYearInput,
        response: { 200: versionReply, ...fail },
      },
    },
    async (request) =>
      closeBudgetYear({ db, actor: request.actor, ...request.params, version: request.body.version, now: new Date() }),
  );

  r.post(
    '/networks/:networkId/budget/:year/reopen',
    {
      config: { permission: 'budget.manage' },
      schema: {
        tags,
        summary: 'Een afgesloten begrotingsjaar heropenen voor een correctie (met reden, in het auditlog)',
        params: budgetYearParams,
        body: reopenYearInput,
        response: { 200: versionReply, ...fail },
      },
    },
    async (request) =>
      reopenBudgetYear({
        db,
        actor: request.actor,
        ...request.params,
        version: request.body.version,
        reason: request.body.reason,
      }),
  );

  r.get(
    '/networks/:networkId/budget/:year/spending',
    {
      config: { permission: 'budget.read' },
      schema: {
        tags,
        summary: 'De uitgaven van een jaar; csv/xlsx',
        params: budgetYearParams,
        querystring: exportQuery,
        response: { 200: spendingList, 404: errorReply },
      },
    },
    async (request, reply) => {
      const items = await listSpendingOfYear({ db, actor: request.actor, ...request.params });
      const { format } = request.query;
      if (!format) return { items };
      return sendExport(reply, {
        format,
        language: request.locale,
        list: spendingExport,
        rows: items,
        fileNameSuffix: String(request.params.year),
      });
    },
  );

  r.post(
    '/networks/:networkId/budget-spending',
    {
      config: { permission: 'budget.manage' },
      schema: {
        tags,
        summary: 'Een uitgave boeken (niet in een afgesloten jaar; geen negatieve bedragen)',
        params: networkParams,
        body: spendingInput,
        response: { 201: created, ...fail },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await recordSpending({ db, actor: request.actor, networkId: request.params.networkId, input: request.body }),
        ),
  );

  r.put(
    '/networks/:networkId/budget-spending/:entryId',
    {
      config: { permission: 'budget.manage' },
      schema: {
        tags,
        summary: 'Een uitgave wijzigen (met de versie waarop ze werd geopend)',
        params: spendingParams,
        body: updateSpendingInput,
        response: { 200: versionReply, ...fail },
      },
    },
    async (request) => updateSpending({ db, actor: request.actor, ...request.params, input: request.body }),
  );

  r.delete(
    '/networks/:networkId/budget-spending/:entryId',
    {
      config: { permission: 'budget.manage' },
      schema: {
        tags,
        summary: 'Een verkeerd geboekte uitgave verwijderen (alleen in een open jaar, met de getoonde versie)',
        params: spendingParams,
        querystring: deleteEntryQuery,
        response: { 204: z.null(), ...fail },
      },
    },
    async (request, reply) => {
      await deleteSpending({ db, actor: request.actor, ...request.params, version: request.query.version });
      return reply.code(204).send(null);
    },
  );

  r.get(
    '/networks/:networkId/budget/:year/in-kind',
    {
      config: { permission: 'budget.read' },
      schema: {
        tags,
        summary: 'Bijdragen in natura van een jaar, gewaardeerd; csv/xlsx',
        params: budgetYearParams,
        querystring: exportQuery,
        response: { 200: inKindList, 404: errorReply },
      },
    },
    async (request, reply) => {
      const items = await listInKindOfYear({ db, actor: request.actor, ...request.params });
      const { format } = request.query;
      if (!format) return { items };
      return sendExport(reply, {
        format,
        language: request.locale,
        list: inKindExport,
        rows: items,
        fileNameSuffix: String(request.params.year),
      });
    },
  );

  r.post(
    '/networks/:networkId/in-kind',
    {
      config: { permission: 'budget.manage' },
      schema: {
        tags,
        summary: 'Een bijdrage in natura van een lid vastleggen, met haar waarde',
        params: networkParams,
        body: inKindInput,
        response: { 201: created, ...fail },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await recordInKind({ db, actor: request.actor, networkId: request.params.networkId, input: request.body }),
        ),
  );

  r.put(
    '/networks/:networkId/in-kind/:contributionId',
    {
      config: { permission: 'budget.manage' },
      schema: {
        tags,
        summary: 'Een bijdrage in natura wijzigen (met de versie waarop ze werd geopend)',
        params: inKindParams,
        body: updateInKindInput,
        response: { 200: versionReply, ...fail },
      },
    },
    async (request) => updateInKind({ db, actor: request.actor, ...request.params, input: request.body }),
  );

  r.delete(
    '/networks/:networkId/in-kind/:contributionId',
    {
      config: { permission: 'budget.manage' },
      schema: {
        tags,
        summary:
          'Een verkeerd vastgelegde bijdrage in natura verwijderen (alleen in een open jaar, met de getoonde versie)',
        params: inKindParams,
        querystring: deleteEntryQuery,
        response: { 204: z.null(), ...fail },
      },
    },
    async (request, reply) => {
      await deleteInKind({ db, actor: request.actor, ...request.params, version: request.query.version });
      return reply.code(204).send(null);
    },
  );

  r.get(
    '/networks/:networkId/organisations/:organisationId/in-kind',
    {
      config: { permission: 'organisations.read' },
      schema: {
        tags,
        summary: 'Wat een organisatie in natura bijdroeg, gewaardeerd (op de pagina van de organisatie)',
        params: organisationInKindParams,
        response: { 200: inKindList, 404: errorReply },
      },
    },
    async (request) => ({ items: await listInKindOfMember({ db, actor: request.actor, ...request.params }) }),
  );
}
