// HTTP for reports: list, freeze a period, narrative, release, and the released report as PDF or CSV.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { reportFiguresList } from '../../../core/steering/steering-lists.js';
import { sendExport } from '../../platform/export.js';
import { errorReply, networkParams } from '../../platform/http.js';
import type { ModuleContext } from '../context.js';
import { networkName } from '../networks/networks.service.js';
import { reportTexts } from '../../platform/document-texts.js';
import { reportPdf } from './report-pdf.js';
import {
  freezeInput,
  narrativeInput,
  releaseInput,
  reportDetail,
  reportFrozen,
  reportParams,
  reportsReply,
  reportVersion,
} from '../../../core/steering/reports.contract.js';
import { freezeReport, getReport, listReports, releaseReport, writeNarrative } from './reports.service.js';

const tags = ['reports'];

export function registerReportRoutes(app: FastifyInstance, ctx: ModuleContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/networks/:networkId/reports',
    {
      config: { permission: 'reports.read_released' },
      schema: {
        tags,
        summary: 'Rapportages: voor de kerngroep alle, voor financiers alleen de vrijgegeven',
        params: networkParams,
        response: { 200: reportsReply, 404: errorReply },
      },
    },
    async (request) => ({
      items: (await listReports({ db: ctx.db, actor: request.actor, networkId: request.params.networkId })).map(
        (row) => ({ ...row, status: row.status as 'frozen' | 'released' }),
      ),
    }),
  );

  r.post(
    '/networks/:networkId/reports',
    {
      config: { permission: 'reports.manage' },
      schema: {
        tags,
        summary:
          'Een periode vastzetten: de cijfers worden nu berekend en bewaard, latere wijzigingen veranderen ze niet',
        params: networkParams,
        body: freezeInput,
        response: { 201: reportFrozen, 404: errorReply, 409: errorReply, 422: errorReply },
      },
    },
    async (request, reply) => {
      const row = await freezeReport({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        input: request.body,
      });
      return reply.code(201).send(row);
    },
  );

  r.get(
    '/networks/:networkId/reports/:reportId',
    {
      config: { permission: 'reports.read_released' },
      schema: {
        tags,
        summary: 'Eén rapportage; financiers krijgen alleen het missiedeel van een vrijgegeven rapportage',
        params: reportParams,
        response: { 200: reportDetail, 404: errorReply },
      },
    },
    async (request) => {
      const row = await getReport({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        reportId: request.params.reportId,
      });
      return { ...row, status: row.status as 'frozen' | 'released' };
    },
  );

  r.put(
    '/networks/:networkId/reports/:reportId/narrative',
    {
      config: { permission: 'reports.manage' },
      schema: {
        tags,
        summary: 'De toelichting van de kerngroep schrijven (zolang de rapportage niet is vrijgegeven)',
        params: reportParams,
        body: narrativeInput,
        response: { 200: reportVersion, 404: errorReply, 409: errorReply, 422: errorReply },
      },
    },
    async (request) =>
      writeNarrative({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        reportId: request.params.reportId,
        ...request.body,
      }),
  );

  r.post(
    '/networks/:networkId/reports/:reportId/release',
    {
      config: { permission: 'reports.manage' },
      schema: {
        tags,
        summary: 'De rapportage vrijgeven aan de financier',
        params: reportParams,
        body: releaseInput,
        response: { 200: reportVersion, 404: errorReply, 409: errorReply },
      },
    },
    async (request) =>
      releaseReport({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        reportId: request.params.reportId,
        version: request.body.version,
      }),
  );

  r.get(
    '/networks/:networkId/reports/:reportId/pdf',
    {
      config: { permission: 'reports.read_released' },
      schema: {
        tags,
        summary: 'De rapportage als PDF (in de taal van de vrager, met grafieken)',
        params: reportParams,
      },
    },
    async (request, reply) => {
      const row = await getReport({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        reportId: request.params.reportId,
      });
      const pdf = await reportPdf({
        networkName: await networkName(ctx.db, request.params.networkId),
        label: row.label,
        periodFrom: row.periodFrom,
        periodTo: row.periodTo,
        releasedAt: row.releasedAt,
        narrative: row.narrative,
        funder: row.funder,
        locale: request.locale,
      });
      void reply.header(
        'content-disposition',
        `attachment; filename="rapportage-${row.label.replace(/\s+/g, '-')}.pdf"`,
      );
      return reply.type('application/pdf').send(pdf);
    },
  );

  r.get(
    '/networks/:networkId/reports/:reportId/csv',
    {
      config: { permission: 'reports.read_released' },
      schema: { tags, summary: 'De cijfers van de rapportage als CSV', params: reportParams },
    },
    async (request, reply) => {
      const row = await getReport({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        reportId: request.params.reportId,
      });
      const f = row.funder;
      const w = reportTexts(request.locale);
      const t = w.measures;
      const rows: [string, string][] = [
        [w.periodLabel, w.range(w.date(row.periodFrom), w.date(row.periodTo))],
        [w.members, w.count(f.members)],
        [w.activeMembers, w.count(f.activeMembers)],
        [w.activeShare, w.share(f.activeMemberShare)],
        [w.activities, w.count(f.activities)],
        [t.turnout_registered.label, w.share(f.turnoutOfRegistered)],
        [t.placements.label, w.count(f.placements)],
        [t.banen.label, w.banen(f.banen)],
        [t.still_employed_6.label, w.share(f.stillEmployed6)],
        [t.still_employed_12.label, w.share(f.stillEmployed12)],
        ...f.quarters.flatMap((q): [string, string][] => [
          [w.placementsIn(w.quarter(q.key)), w.count(q.placements)],
          [w.banenIn(w.quarter(q.key)), w.banen(q.banen)],
          [w.activeShareIn(w.quarter(q.key)), w.share(q.activeMemberShare)],
        ]),
      ];
      return sendExport(reply, {
        format: 'csv',
        language: request.locale,
        list: reportFiguresList,
        rows,
        fileNameSuffix: row.label,
      });
    },
  );
}
