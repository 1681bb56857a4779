// HTTP for the network's design: preview, versions, compare, apply (diff first, then confirm) and the inrichtingsdocument.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { designInput } from '../../../core/design/design-input.js';
import { formatDesignMarkdown } from '../../../core/design/design-summary.js';
import { networkDesign } from '../../../core/design/network-design.js';
import { sendExport } from '../../platform/export.js';
import { designVersionsList } from '../../../core/design/design-lists.js';
import { errorReply, networkParams } from '../../platform/http.js';
import type { ModuleContext } from '../context.js';
import { renderDesignPdf } from './design.document.js';
import {
  applyInput,
  applyReply,
  compareQuery,
  compareReply,
  currentDesignReply,
  documentQuery,
  editMatrixInput,
  editMatrixReply,
  listVersionsQuery,
  rightsOverviewReply,
  saveDesignInput,
  versionDetail,
  versionParams,
  versions,
  versionSaved,
} from '../../../core/design/design.contract.js';
import {
  applyDesignVersion,
  compareDesignVersions,
  editResponsibilityMatrix,
  getAppliedDesign,
  getDesignVersion,
  getRightsOverview,
  listDesignVersions,
  loadDesignDocument,
  previewDesign,
  saveDesignVersion,
} from './design.service.js';

const tags = ['design'];

export function registerDesignRoutes(app: FastifyInstance, ctx: ModuleContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/networks/:networkId/design/advise',
    {
      config: { permission: 'design.read' },
      schema: {
        tags,
        summary: 'Voorbeeld van de basisinrichting bij deze invoer (niets wordt opgeslagen)',
        params: networkParams,
        body: designInput,
        response: { 200: networkDesign, 404: errorReply, 422: errorReply },
      },
    },
    async (request) =>
      previewDesign({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        input: request.body,
        locale: request.locale,
      }),
  );

  r.get(
    '/networks/:networkId/design/versions',
    {
      config: { permission: 'design.read' },
      schema: {
        tags,
        summary: 'Opgeslagen versies van de inrichting; met format=csv of xlsx als bestand',
        params: networkParams,
        querystring: listVersionsQuery,
        response: { 200: versions, 404: errorReply },
      },
    },
    async (request, reply) => {
      const { format, sort, order } = request.query;
      const items = await listDesignVersions({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        sort,
        order,
      });
      if (!format) return { items };
      return sendExport(reply, {
        format,
        language: request.locale,
        list: designVersionsList,
        rows: items,
      });
    },
  );

  r.post(
    '/networks/:networkId/design/versions',
    {
      config: { permission: 'design.manage' },
      schema: {
        tags,
        summary: 'De inrichting opslaan als nieuwe versie, met de reden (wie, wanneer en waarom worden vastgelegd)',
        params: networkParams,
        body: saveDesignInput,
        response: { 201: versionSaved, 404: errorReply, 422: errorReply },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await saveDesignVersion({
          db: ctx.db,
          actor: request.actor,
          networkId: request.params.networkId,
          input: request.body,
        }),
      ),
  );

  r.get(
    '/networks/:networkId/design/current',
    {
      config: { permission: 'design.read' },
      schema: {
        tags,
        summary: 'De toegepaste inrichting (de laatst toegepaste versie), of null',
        params: networkParams,
        response: { 200: currentDesignReply, 404: errorReply },
      },
    },
    async (request) => ({
      version: await getAppliedDesign({ db: ctx.db, actor: request.actor, networkId: request.params.networkId }),
    }),
  );

  r.get(
    '/networks/:networkId/design/compare',
    {
      config: { permission: 'design.read' },
      schema: {
        tags,
        summary: 'Twee versies naast elkaar: wat veranderde aan invoer, rollen, taken, besturing en spanningen',
        params: networkParams,
        querystring: compareQuery,
        response: { 200: compareReply, 404: errorReply, 422: errorReply },
      },
    },
    async (request) =>
      compareDesignVersions({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        from: request.query.from,
        to: request.query.to,
      }),
  );

  r.get(
    '/networks/:networkId/design/versions/:versionId',
    {
      config: { permission: 'design.read' },
      schema: {
        tags,
        summary: 'Eén versie van de inrichting met invoer en advies',
        params: versionParams,
        response: { 200: versionDetail, 404: errorReply },
      },
    },
    async (request) =>
      getDesignVersion({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        versionId: request.params.versionId,
      }),
  );

  r.post(
    '/networks/:networkId/design/versions/:versionId/apply',
    {
      config: { permission: 'design.manage' },
      schema: {
        tags,
        summary:
          'Een versie toepassen: zonder confirm alleen de wijzigingen tonen; met confirm=true uitvoeren (er wordt nooit iets verwijderd)',
        params: versionParams,
        body: applyInput,
        response: { 200: applyReply, 404: errorReply, 422: errorReply },
      },
    },
    async (request) => {
      const result = await applyDesignVersion({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        versionId: request.params.versionId,
        confirm: request.body.confirm,
      });
      // Rights follow the applied design: nobody's cached rights may outlive this answer (decision 016).
      if (result.applied) request.server.actorCache.clear();
      return result;
    },
  );

  r.get(
    '/networks/:networkId/design/rights',
    {
      config: { permission: 'design.read' },
      schema: {
        tags,
        summary:
          'Wie mag wat, en waarom: per rol de acties in dit netwerk, met de taak en ontwerpversie die ze gaf (besluit 016)',
        params: networkParams,
        response: { 200: rightsOverviewReply, 404: errorReply },
      },
    },
    async (request) => getRightsOverview({ db: ctx.db, actor: request.actor, networkId: request.params.networkId }),
  );

  r.put(
    '/networks/:networkId/design/matrix',
    {
      config: { permission: 'design.manage' },
      schema: {
        tags,
        summary:
          'De verantwoordelijkheidsmatrix van de toegepaste inrichting aanpassen (één A per taak); wordt een nieuwe, toegepaste versie. 409 als versionId niet meer de toegepaste versie is',
        params: networkParams,
        body: editMatrixInput,
        response: { 200: editMatrixReply, 404: errorReply, 409: errorReply, 422: errorReply },
      },
    },
    async (request) => {
      const result = await editResponsibilityMatrix({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        input: request.body,
        locale: request.locale,
      });
      request.server.actorCache.clear();
      return result;
    },
  );

  r.get(
    '/networks/:networkId/design/versions/:versionId/document',
    {
      config: { permission: 'design.read' },
      schema: {
        tags,
        summary: 'Het inrichtingsdocument als PDF (format=pdf) of Markdown (format=md), in de taal van de lezer',
        params: versionParams,
        querystring: documentQuery,
      },
    },
    async (request, reply) => {
      const { version, design, networkName } = await loadDesignDocument({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        versionId: request.params.versionId,
        locale: request.locale,
      });
      const filename = `inrichting-versie-${version.versionNumber}`;
      if (request.query.format === 'md') {
        void reply.header('content-disposition', `attachment; filename="${filename}.md"`);
        return reply
          .type('text/markdown; charset=utf-8')
          .send(formatDesignMarkdown(design, version.input, request.locale));
      }
      const pdf = await renderDesignPdf({
        networkName,
        versionNumber: version.versionNumber,
        reason: version.reason,
        createdAt: version.createdAt,
        input: version.input,
        design,
        locale: request.locale,
      });
      void reply.header('content-disposition', `attachment; filename="${filename}.pdf"`);
      return reply.type('application/pdf').send(pdf);
    },
  );
}
