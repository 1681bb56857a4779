// HTTP for the financial statements to the funder: list, freeze a period, explanation, release, and one statement (also as
// CSV). The funder reads released statements only, with totals per cost item.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { budgetItemLabels, statementList as statementExport } from '../../../core/budget/budget-lists.js';
import {
  freezeStatementInput,
  statementDetail,
  statementExplanationInput,
  statementList,
  statementParams,
  statementQuery,
  statementReleaseInput,
} from '../../../core/budget/budget.contract.js';
import { createdReply, versionReply } from '../../../core/common.contract.js';
import { wordsFor } from '../../../core/export-list.js';
import { sendExport } from '../../platform/export.js';
import { errorReply, networkParams } from '../../platform/http.js';
import type { ModuleContext } from '../context.js';
import {
  freezeStatement,
  getStatement,
  listStatements,
  releaseStatement,
  writeStatementExplanation,
} from './statements.service.js';

const tags = ['budget'];
const fail = { 404: errorReply, 409: errorReply, 422: errorReply };
const TOTAL = { nl: 'Totaal', en: 'Total' };

export function registerStatementRoutes(app: FastifyInstance, ctx: ModuleContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = ctx.db;

  r.get(
    '/networks/:networkId/budget-statements',
    {
      config: { permission: 'budget.read_statements' },
      schema: {
        tags,
        summary: 'Financiële verantwoordingen: wie de begroting leest ziet alle, een financier alleen de vrijgegeven',
        params: networkParams,
        response: { 200: statementList, 404: errorReply },
      },
    },
    async (request) => listStatements({ db, actor: request.actor, networkId: request.params.networkId }),
  );

  r.post(
    '/networks/:networkId/budget-statements',
    {
      config: { permission: 'budget.manage' },
      schema: {
        tags,
        summary:
          'Een verantwoording vastzetten voor een periode binnen één begrotingsjaar: de totalen per post worden nu bewaard',
        params: networkParams,
        body: freezeStatementInput,
        response: { 201: createdReply.extend({ version: versionReply.shape.version }), ...fail },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await freezeStatement({ db, actor: request.actor, networkId: request.params.networkId, input: request.body }),
        ),
  );

  r.get(
    '/networks/:networkId/budget-statements/:statementId',
    {
      config: { permission: 'budget.read_statements' },
      schema: {
        tags,
        summary: 'Eén verantwoording: subsidie en totaal begroot tegenover besteed, per post; ook als csv',
        params: statementParams,
        querystring: statementQuery,
        response: { 200: statementDetail, 404: errorReply },
      },
    },
    async (request, reply) => {
      const statement = await getStatement({ db, actor: request.actor, ...request.params });
      if (!request.query.format) return statement;
      const language = request.locale;
      return sendExport(reply, {
        format: 'csv',
        language,
        list: statementExport,
        rows: [
          ...statement.items.map((i) => ({ ...i, label: wordsFor(budgetItemLabels, i.item, language) })),
          { ...statement.total, label: TOTAL[language] },
        ],
        fileNameSuffix: `${statement.periodFrom}-${statement.periodTo}`,
      });
    },
  );

  r.put(
    '/networks/:networkId/budget-statements/:statementId/explanation',
    {
      config: { permission: 'budget.manage' },
      schema: {
        tags,
        summary: 'De toelichting bij een verantwoording schrijven (zolang ze niet is vrijgegeven)',
        params: statementParams,
        body: statementExplanationInput,
        response: { 200: versionReply, ...fail },
      },
    },
    async (request) => writeStatementExplanation({ db, actor: request.actor, ...request.params, ...request.body }),
  );

  r.post(
    '/networks/:networkId/budget-statements/:statementId/release',
    {
      config: { permission: 'budget.manage' },
      schema: {
        tags,
        summary: 'De verantwoording vrijgeven aan de financier; daarna verandert ze niet meer',
        params: statementParams,
        body: statementReleaseInput,
        response: { 200: versionReply, ...fail },
      },
    },
    async (request) => releaseStatement({ db, actor: request.actor, ...request.params, version: request.body.version }),
  );
}
