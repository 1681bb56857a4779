// HTTP for documents: upload (the file's bytes as the request body, application/octet-stream, with its name and owner in the
// query; over 10 MB refused with 413 before it is read whole), the list per owner (searchable, sortable, csv/xlsx), the
// download (always as an attachment, never sniffed) and removal with the row's version.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DOCUMENT_MAX_BYTES, documentsList } from '../../../core/documents/document-rules.js';
import { sendExport } from '../../platform/export.js';
import { errorReply, networkParams } from '../../platform/http.js';
import type { ModuleContext } from '../context.js';
import {
  deleteQuery,
  documentParams,
  documentRow,
  documentsPage,
  listDocumentsQuery,
  uploadQuery,
} from '../../../core/documents/documents.contract.js';
import { deleteDocument, getDocumentFile, listDocuments, uploadDocument } from './documents.service.js';

const tags = ['documents'];
const fail = { 403: errorReply, 404: errorReply, 409: errorReply, 413: errorReply, 422: errorReply };

/** `attachment` with an ASCII fallback name and the real name per RFC 5987/6266 (`filename*=UTF-8''…`). */
export function attachmentHeader(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

export function registerDocumentRoutes(app: FastifyInstance, ctx: ModuleContext) {
  const db = ctx.db;

  // The upload's own scope: only here is a raw body accepted, and only up to the limit (Fastify checks Content-Length
  // first and stops reading a stream that passes the limit).
  void app.register(async (scope) => {
    scope.addContentTypeParser(
      'application/octet-stream',
      { parseAs: 'buffer', bodyLimit: DOCUMENT_MAX_BYTES },
      (_request, body, done) => done(null, body),
    );
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/networks/:networkId/documents',
      {
        config: { permission: 'documents.manage' },
        bodyLimit: DOCUMENT_MAX_BYTES,
        schema: {
          tags,
          summary:
            'Een document opslaan (de bytes als body, application/octet-stream; max. 10 MB). Alleen PDF, Office en afbeeldingen, herkend aan de inhoud',
          params: networkParams,
          querystring: uploadQuery,
          response: { 201: documentRow, ...fail },
        },
      },
      async (request, reply) => {
        const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        return reply
          .code(201)
          .send(await uploadDocument({ db, actor: request.actor, ...request.params, query: request.query, bytes }));
      },
    );
  });

  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/networks/:networkId/documents',
    {
      config: { permission: 'documents.read' },
      schema: {
        tags,
        summary:
          'Documenten van een organisatie, vergadering, besluit of de kennisbank; zoeken, categorie, sorteren, per pagina; csv/xlsx (alles)',
        params: networkParams,
        querystring: listDocumentsQuery,
        response: { 200: documentsPage, 404: errorReply },
      },
    },
    async (request, reply) => {
      const { format } = request.query;
      const result = await listDocuments({
        db,
        actor: request.actor,
        ...request.params,
        query: request.query,
        all: Boolean(format),
      });
      if (!format) return result;
      return sendExport(reply, { format, language: request.locale, list: documentsList, rows: result.items });
    },
  );

  r.get(
    '/networks/:networkId/documents/:documentId/file',
    {
      config: { permission: 'documents.read' },
      schema: {
        tags,
        summary: 'Een document downloaden (altijd als bijlage, met het opgeslagen mediatype en zonder sniffen)',
        params: documentParams,
      },
    },
    async (request, reply) => {
      const file = await getDocumentFile({ db, actor: request.actor, ...request.params });
      return reply
        .header('content-type', file.mediaType)
        .header('content-disposition', attachmentHeader(file.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .header('x-checksum-sha256', file.sha256)
        .send(file.content);
    },
  );

  r.delete(
    '/networks/:networkId/documents/:documentId',
    {
      config: { permission: 'documents.manage' },
      schema: {
        tags,
        summary: 'Een document verwijderen (met versie: wie een oudere versie stuurt krijgt 409)',
        params: documentParams,
        querystring: deleteQuery,
        response: { 204: z.null(), ...fail },
      },
    },
    async (request, reply) => {
      await deleteDocument({ db, actor: request.actor, ...request.params, version: request.query.version });
      return reply.code(204).send(null);
    },
  );
}
