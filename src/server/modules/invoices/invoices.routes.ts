// HTTP for contribution invoices: the network's details on them, tiers, creating the year's invoices (or one), the list
// with search, sort and status filter (and the bookkeeping export as CSV or XLSX), the PDF, and the steps an invoice
// takes: send, paid, reminder, credit note, write off. Every step carries the version the screen showed.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createdReply, versionReply } from '../../../core/common.contract.js';
import { invoiceBookkeepingList } from '../../../core/invoices/invoice-lists.js';
import {
  createdInvoice,
  createInvoiceInput,
  createYearInput,
  createYearReply,
  creditInput,
  invoiceDetails,
  invoiceDetailsInput,
  invoiceList,
  invoiceParams,
  invoiceYearParams,
  listInvoicesQuery,
  markPaidInput,
  remindInput,
  remindReply,
  tierInput,
  tierList,
  tierParams,
  updateDraftInput,
  versionInput,
  writeOffInput,
} from '../../../core/invoices/invoices.contract.js';
import { sendExport } from '../../platform/export.js';
import { errorReply, networkParams } from '../../platform/http.js';
import type { ModuleContext } from '../context.js';
import { renderInvoicePdf } from './invoice-pdf.js';
import {
  addInvoiceTier,
  createInvoice,
  createInvoicesForYear,
  creditInvoice,
  getInvoiceDetails,
  getInvoiceForPdf,
  listInvoices,
  listInvoiceTiers,
  markInvoicePaid,
  remindInvoice,
  removeInvoiceTier,
  sendInvoice,
  updateDraft,
  updateInvoiceDetails,
  writeOffInvoice,
} from './invoices.service.js';

const tags = ['invoices'];
const fail = { 404: errorReply, 409: errorReply, 422: errorReply };

export function registerInvoiceRoutes(app: FastifyInstance, ctx: ModuleContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = ctx.db;

  r.get(
    '/networks/:networkId/invoices',
    {
      config: { permission: 'invoices.read' },
      schema: {
        tags,
        summary: 'De facturen en creditnota’s: zoeken, sorteren, filteren op status; als csv/xlsx de boekhoudexport',
        params: networkParams,
        querystring: listInvoicesQuery,
        response: { 200: invoiceList, 404: errorReply },
      },
    },
    async (request, reply) => {
      const list = await listInvoices({ db, actor: request.actor, ...request.params, query: request.query });
      const { format, year } = request.query;
      if (!format) return list;
      return sendExport(reply, {
        format,
        language: request.locale,
        list: invoiceBookkeepingList,
        rows: list.items,
        ...(year ? { fileNameSuffix: String(year) } : {}),
      });
    },
  );

  r.post(
    '/networks/:networkId/invoices',
    {
      config: { permission: 'invoices.manage' },
      schema: {
        tags,
        summary: 'Eén factuur voor een lid en contributiejaar (bedrag als tekst, of wat het lid verschuldigd is)',
        params: networkParams,
        body: createInvoiceInput,
        response: { 201: createdInvoice, ...fail },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await createInvoice({ db, actor: request.actor, ...request.params, input: request.body, now: new Date() }),
        ),
  );

  r.post(
    '/networks/:networkId/invoices/year/:year',
    {
      config: { permission: 'invoices.manage' },
      schema: {
        tags,
        summary: 'Facturen aanmaken voor alle leden voor een jaar (wie er al een heeft, wordt overgeslagen)',
        params: invoiceYearParams,
        body: createYearInput,
        response: { 200: createYearReply, ...fail },
      },
    },
    async (request) =>
      createInvoicesForYear({ db, actor: request.actor, ...request.params, input: request.body, now: new Date() }),
  );

  r.patch(
    '/networks/:networkId/invoices/:invoiceId',
    {
      config: { permission: 'invoices.manage' },
      schema: {
        tags,
        summary: 'Een conceptfactuur wijzigen; een verstuurde factuur wijzigt niet meer (alleen crediteren)',
        params: invoiceParams,
        body: updateDraftInput,
        response: { 200: versionReply, ...fail },
      },
    },
    async (request) => updateDraft({ db, actor: request.actor, ...request.params, input: request.body }),
  );

  r.post(
    '/networks/:networkId/invoices/:invoiceId/send',
    {
      config: { permission: 'invoices.manage' },
      schema: {
        tags,
        summary: 'Een conceptfactuur versturen: daarna ligt ze vast',
        params: invoiceParams,
        body: versionInput,
        response: { 200: versionReply, ...fail },
      },
    },
    async (request) => sendInvoice({ db, actor: request.actor, ...request.params, version: request.body.version }),
  );

  r.post(
    '/networks/:networkId/invoices/:invoiceId/paid',
    {
      config: { permission: 'invoices.manage' },
      schema: {
        tags,
        summary: 'De betaling registreren (met datum); een tweede registratie wordt geweigerd (409)',
        params: invoiceParams,
        body: markPaidInput,
        response: { 200: versionReply, ...fail },
      },
    },
    async (request) => markInvoicePaid({ db, actor: request.actor, ...request.params, ...request.body }),
  );

  r.post(
    '/networks/:networkId/invoices/:invoiceId/reminder',
    {
      config: { permission: 'invoices.manage' },
      schema: {
        tags,
        summary: 'Een herinnering mailen aan de contactpersoon van het lid (via de outbox)',
        params: invoiceParams,
        body: remindInput,
        response: { 200: remindReply, ...fail },
      },
    },
    async (request) =>
      remindInvoice({
        db,
        actor: request.actor,
        ...request.params,
        version: request.body.version,
        to: request.body.to,
        mailer: ctx.mailer,
        now: new Date(),
      }),
  );

  r.post(
    '/networks/:networkId/invoices/:invoiceId/credit',
    {
      config: { permission: 'invoices.manage' },
      schema: {
        tags,
        summary: 'De factuur crediteren: een creditnota met het negatieve bedrag en een eigen nummer',
        params: invoiceParams,
        body: creditInput,
        response: { 200: createdInvoice, ...fail },
      },
    },
    async (request) => creditInvoice({ db, actor: request.actor, ...request.params, ...request.body, now: new Date() }),
  );

  r.post(
    '/networks/:networkId/invoices/:invoiceId/write-off',
    {
      config: { permission: 'invoices.manage' },
      schema: {
        tags,
        summary: 'De factuur afschrijven: ze wordt niet meer verwacht',
        params: invoiceParams,
        body: writeOffInput,
        response: { 200: versionReply, ...fail },
      },
    },
    async (request) =>
      writeOffInvoice({
        db,
        actor: request.actor,
        ...request.params,
        version: request.body.version,
        reason: request.body.reason,
        now: new Date(),
      }),
  );

  r.get(
    '/networks/:networkId/invoices/:invoiceId/pdf',
    {
      config: { permission: 'invoices.read' },
      schema: {
        tags,
        summary: 'De factuur of creditnota als pdf, in het Nederlands',
        params: invoiceParams,
        response: { 404: errorReply },
      },
    },
    async (request, reply) => {
      const data = await getInvoiceForPdf({ db, actor: request.actor, ...request.params });
      void reply.header('content-disposition', `attachment; filename="factuur-${data.number}.pdf"`);
      return reply.type('application/pdf').send((await renderInvoicePdf(data)) as never);
    },
  );

  r.get(
    '/networks/:networkId/invoice-details',
    {
      config: { permission: 'invoices.read' },
      schema: {
        tags,
        summary: 'De gegevens van het netwerk op zijn facturen (naam, KvK-nummer)',
        params: networkParams,
        response: { 200: invoiceDetails, 404: errorReply },
      },
    },
    async (request) => getInvoiceDetails({ db, actor: request.actor, ...request.params }),
  );

  r.put(
    '/networks/:networkId/invoice-details',
    {
      config: { permission: 'invoices.manage' },
      schema: {
        tags,
        summary: 'Het KvK-nummer van het netwerk vastleggen (met de versie van het netwerk)',
        params: networkParams,
        body: invoiceDetailsInput,
        response: { 200: versionReply, ...fail },
      },
    },
    async (request) => updateInvoiceDetails({ db, actor: request.actor, ...request.params, input: request.body }),
  );

  r.get(
    '/networks/:networkId/invoice-tiers',
    {
      config: { permission: 'invoices.read' },
      schema: {
        tags,
        summary: 'De contributiestaffels van het netwerk (naar bedrijfsgrootte)',
        params: networkParams,
        response: { 200: tierList, 404: errorReply },
      },
    },
    async (request) => ({ items: await listInvoiceTiers({ db, actor: request.actor, ...request.params }) }),
  );

  r.post(
    '/networks/:networkId/invoice-tiers',
    {
      config: { permission: 'invoices.manage' },
      schema: {
        tags,
        summary: 'Een contributiestaffel toevoegen (medewerkers van–tot, bedrag als tekst)',
        params: networkParams,
        body: tierInput,
        response: { 201: createdReply, ...fail },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addInvoiceTier({ db, actor: request.actor, ...request.params, input: request.body })),
  );

  r.delete(
    '/networks/:networkId/invoice-tiers/:tierId',
    {
      config: { permission: 'invoices.manage' },
      schema: {
        tags,
        summary: 'Een contributiestaffel verwijderen (bestaande facturen blijven zoals ze zijn)',
        params: tierParams,
        response: { 204: z.null(), ...fail },
      },
    },
    async (request, reply) => {
      await removeInvoiceTier({ db, actor: request.actor, ...request.params });
      return reply.code(204).send(null);
    },
  );
}
