// HTTP for organisations, contacts, memberships, the member portal's own organisation and the spreadsheet import.
import { todayInAmsterdam, yearInAmsterdam } from '../../../core/calendar.js';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendExport } from '../../platform/export.js';
import { contactsList, membershipsList, organisationsList } from '../../../core/members/members-lists.js';
import { authorize } from '../../platform/access.js';
import { AppError } from '../../platform/errors.js';
import { errorReply, networkParams, resolveSession } from '../../platform/http.js';
import type { ModuleContext } from '../context.js';
import { createdReply } from '../../../core/common.contract.js';
import {
  contactParams,
  deleteOrganisationQuery,
  updateContactInput,
  contactInput,
  contactRemoved,
  contactsPage,
  contactsQuery,
  createOrganisationInput,
  duplicates,
  entryConditionsInput,
  IMPORT_MAX_FILE_BYTES,
  IMPORT_MEDIA_TYPES,
  importFileInput,
  importJob,
  importJobParams,
  importJobsPage,
  importJobsQuery,
  importJobStarted,
  importPreview,
  importReport,
  importRunInput,
  listMembershipsQuery,
  listOrganisationsQuery,
  memberships,
  ok,
  okWithVersion,
  membershipStatusInput,
  membershipYearInput,
  membershipYearParams,
  organisationDetail,
  organisationInput,
  organisationParams,
  organisationsPage,
  portalYearInput,
  updateOrganisationInput,
} from '../../../core/members/members.contract.js';
import { addContact, addOwnColleague, listContactPersons, removeContact, updateContact } from './contacts.service.js';
import { getOwnOrganisation, saveOwnAmbition } from './member-portal.service.js';
import {
  changeMembershipStatus,
  listMemberships,
  saveMembershipYear,
  updateEntryConditions,
} from './memberships.service.js';
import { importOrganisations, previewImport } from './organisation-import.service.js';
import { getImportJob, listImports, startImportJob } from './organisation-import.job.js';
import {
  checkDuplicates,
  createOrganisation,
  deleteOrganisation,
  getOrganisation,
  listOrganisations,
  updateOrganisation,
} from './organisations.service.js';

const tags = ['organisation'];
const memberTags = ['members'];
const today = () => todayInAmsterdam(new Date());

export function registerMembersRoutes(app: FastifyInstance, ctx: ModuleContext) {
  // The import routes take files of up to 32 MB: check the session and the permission before the body is read (the app's
  // own check runs after parsing), so that only someone who may import can make the server read that much.
  const importAccessFirst = async (request: FastifyRequest) => {
    await resolveSession(request, ctx);
    if (!request.actor.userId) throw new AppError('unauthenticated');
    const { networkId } = request.params as { networkId?: string };
    if (!networkId || !z.uuid().safeParse(networkId).success) throw new AppError('not_found');
    authorize(request.actor, 'organisations.manage', networkId);
  };

  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/networks/:networkId/organisations',
    {
      config: { permission: 'organisations.read' },
      schema: {
        tags,
        summary:
          'Organisaties: zoeken (ook met typefouten en zonder accenten), filteren, sorteren, bladeren; CSV of XLSX',
        params: networkParams,
        querystring: listOrganisationsQuery,
        response: { 200: organisationsPage, 404: errorReply },
      },
    },
    async (request, reply) => {
      const { format } = request.query;
      const result = await listOrganisations({
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
        list: organisationsList,
        rows: result.items,
      });
    },
  );

  r.post(
    '/networks/:networkId/organisations/duplicates',
    {
      config: { permission: 'organisations.read' },
      schema: {
        tags,
        summary: 'Waarschijnlijke dubbelen vinden vóór het opslaan (zelfde KvK-nummer, of zelfde naam en postcode)',
        params: networkParams,
        body: organisationInput.pick({ name: true, kvkNumber: true, postcode: true }).extend({
          exceptId: z.uuid().nullish(),
        }),
        response: { 200: duplicates, 404: errorReply, 422: errorReply },
      },
    },
    async (request) => ({
      items: await checkDuplicates({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        input: request.body,
        exceptId: request.body.exceptId ?? null,
      }),
    }),
  );

  r.post(
    '/networks/:networkId/organisations',
    {
      config: { permission: 'organisations.manage' },
      schema: {
        tags,
        summary: 'Een organisatie toevoegen (409 bij een waarschijnlijke dubbele, tenzij bevestigd)',
        params: networkParams,
        body: createOrganisationInput,
        response: {
          201: createdReply,
          403: errorReply,
          404: errorReply,
          409: errorReply,
          422: errorReply,
        },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await createOrganisation({
          db: ctx.db,
          actor: request.actor,
          networkId: request.params.networkId,
          input: request.body,
        }),
      ),
  );

  r.get(
    '/networks/:networkId/organisations/:organisationId',
    {
      config: { permission: 'organisations.read' },
      schema: {
        tags,
        summary: 'Eén organisatie met contactpersonen en lidmaatschap',
        params: organisationParams,
        response: { 200: organisationDetail, 404: errorReply },
      },
    },
    async (request) =>
      getOrganisation({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        organisationId: request.params.organisationId,
      }),
  );

  r.put(
    '/networks/:networkId/organisations/:organisationId',
    {
      config: { permission: 'organisations.manage' },
      schema: {
        tags,
        summary: 'Een organisatie wijzigen (met versie; 409 als iemand anders haar intussen wijzigde)',
        params: organisationParams,
        body: updateOrganisationInput,
        response: { 200: ok, 403: errorReply, 404: errorReply, 409: errorReply, 422: errorReply },
      },
    },
    async (request) => {
      await updateOrganisation({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        organisationId: request.params.organisationId,
        input: request.body,
      });
      return { ok: true as const };
    },
  );

  r.delete(
    '/networks/:networkId/organisations/:organisationId',
    {
      config: { permission: 'organisations.manage' },
      schema: {
        tags,
        summary:
          'Een organisatie verwijderen (met versie). Geweigerd (409) als er gegevens aan hangen: beëindig dan het lidmaatschap',
        params: organisationParams,
        querystring: deleteOrganisationQuery,
        response: { 200: ok, 403: errorReply, 404: errorReply, 409: errorReply },
      },
    },
    async (request) => {
      await deleteOrganisation({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        organisationId: request.params.organisationId,
        version: request.query.version,
        locale: request.locale,
      });
      return { ok: true as const };
    },
  );

  r.put(
    '/networks/:networkId/organisations/:organisationId/contacts/:personId',
    {
      config: { permission: 'organisations.manage' },
      schema: {
        tags,
        summary: 'Een contactpersoon wijzigen (met versie; 409 als iemand anders hem intussen wijzigde)',
        params: contactParams,
        body: updateContactInput,
        response: { 200: ok, 403: errorReply, 404: errorReply, 409: errorReply, 422: errorReply },
      },
    },
    async (request) => {
      await updateContact({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        organisationId: request.params.organisationId,
        personId: request.params.personId,
        input: request.body,
      });
      return { ok: true as const };
    },
  );

  r.delete(
    '/networks/:networkId/organisations/:organisationId/contacts/:personId',
    {
      config: { permission: 'organisations.manage' },
      schema: {
        tags,
        summary:
          'Een contactpersoon verwijderen; met geschiedenis (aanmeldingen, behoeften) wordt hij geanonimiseerd. Geweigerd bij een account of rol',
        params: contactParams,
        response: {
          200: contactRemoved,
          403: errorReply,
          404: errorReply,
          409: errorReply,
        },
      },
    },
    async (request) =>
      removeContact({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        organisationId: request.params.organisationId,
        personId: request.params.personId,
      }),
  );

  r.post(
    '/networks/:networkId/organisations/:organisationId/contacts',
    {
      config: { permission: 'organisations.manage' },
      schema: {
        tags,
        summary: 'Een contactpersoon toevoegen aan een organisatie',
        params: organisationParams,
        body: contactInput,
        response: { 201: createdReply, 403: errorReply, 404: errorReply, 422: errorReply },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await addContact({
          db: ctx.db,
          actor: request.actor,
          networkId: request.params.networkId,
          organisationId: request.params.organisationId,
          input: request.body,
        }),
      ),
  );

  r.get(
    '/networks/:networkId/contacts',
    {
      config: { permission: 'organisations.read' },
      schema: {
        tags,
        summary: 'Contactpersonen van organisaties: zoeken (ook met typefouten), bladeren; CSV of XLSX',
        params: networkParams,
        querystring: contactsQuery,
        response: {
          200: contactsPage,
          404: errorReply,
        },
      },
    },
    async (request, reply) => {
      const { format } = request.query;
      const result = await listContactPersons({
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
        list: contactsList,
        rows: result.items,
      });
    },
  );

  // The import routes take the file's own bytes as the body (decision 022), with the choices in the query string. Their
  // own scope: only here are these media types read, as a Buffer, up to the file limit; JSON is not accepted.
  void app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(
      [...IMPORT_MEDIA_TYPES],
      { parseAs: 'buffer', bodyLimit: IMPORT_MAX_FILE_BYTES },
      (_request, body, done) => done(null, body),
    );
    // The body's own refusals, said in the words of the import; everything else goes on to the app's error handler.
    scope.setErrorHandler((error) => {
      const code = (error as { code?: string }).code;
      if (code === 'FST_ERR_CTP_BODY_TOO_LARGE')
        throw new AppError('payload_too_large', 'import_too_large', undefined, {
          megabytes: IMPORT_MAX_FILE_BYTES / 2 ** 20,
        });
      if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || code === 'FST_ERR_CTP_EMPTY_TYPE')
        throw new AppError('bad_request', 'import_wrong_type');
      throw error;
    });
    const s = scope.withTypeProvider<ZodTypeProvider>();
    const fileOf = (body: unknown) => (Buffer.isBuffer(body) ? body : Buffer.alloc(0));
    // For the OpenAPI document: the body is the file's bytes in one of the accepted media types.
    const body = z
      .custom<Buffer | null | undefined>((value) => value === undefined || value === null || Buffer.isBuffer(value))
      .meta({
        type: 'string',
        format: 'binary',
        description: `Het bestand zelf (CSV of XLSX, hoogstens ${IMPORT_MAX_FILE_BYTES / 2 ** 20} MB)`,
      });
    const consumes = [...IMPORT_MEDIA_TYPES];
    const fail = { 400: errorReply, 403: errorReply, 404: errorReply, 413: errorReply, 422: errorReply };

    s.post(
      '/networks/:networkId/organisations/import/preview',
      {
        config: { permission: 'organisations.manage' },
        bodyLimit: IMPORT_MAX_FILE_BYTES,
        onRequest: importAccessFirst,
        schema: {
          tags,
          summary:
            'Importbestand (CSV of XLSX, de bytes als body) lezen: kolommen, voorgestelde koppeling en de eerste rijen',
          params: networkParams,
          querystring: importFileInput,
          body,
          consumes,
          response: { 200: importPreview, ...fail },
        },
      },
      async (request) =>
        previewImport({
          actor: request.actor,
          networkId: request.params.networkId,
          input: request.query,
          bytes: fileOf(request.body),
        }),
    );

    s.post(
      '/networks/:networkId/organisations/import',
      {
        config: { permission: 'organisations.manage' },
        bodyLimit: IMPORT_MAX_FILE_BYTES,
        onRequest: importAccessFirst,
        schema: {
          tags,
          summary:
            'Organisaties en contactpersonen importeren (het bestand als body, de keuzes in de query): proefimport, alles-of-niets, of alleen de goede rijen; met een verslag per rij',
          params: networkParams,
          querystring: importRunInput,
          body,
          consumes,
          response: { 200: importReport, ...fail },
        },
      },
      async (request) =>
        importOrganisations({
          db: ctx.db,
          actor: request.actor,
          networkId: request.params.networkId,
          input: request.query,
          bytes: fileOf(request.body),
          locale: request.locale,
          today: today(),
        }),
    );

    s.post(
      '/networks/:networkId/organisations/imports',
      {
        config: { permission: 'organisations.manage' },
        bodyLimit: IMPORT_MAX_FILE_BYTES,
        onRequest: importAccessFirst,
        schema: {
          tags,
          summary:
            'Een import als achtergrondtaak starten (het bestand als body, de keuzes in de query): het bestand wordt bewaard, gecontroleerd en weggeschreven; volg de voortgang met GET',
          params: networkParams,
          querystring: importRunInput,
          body,
          consumes,
          response: { 202: importJobStarted, ...fail },
        },
      },
      async (request, reply) => {
        const started = await startImportJob({
          db: ctx.db,
          jobs: ctx.jobs,
          actor: request.actor,
          networkId: request.params.networkId,
          input: request.query,
          bytes: fileOf(request.body),
          locale: request.locale,
          today: today(),
        });
        return reply.code(202).send(started);
      },
    );
  });

  r.get(
    '/networks/:networkId/organisations/imports',
    {
      config: { permission: 'organisations.manage' },
      schema: {
        tags,
        summary:
          'De imports van het netwerk, nieuwste eerst: wie, wanneer, bestand, status en rijen gecontroleerd, opgeslagen en geweigerd',
        params: networkParams,
        querystring: importJobsQuery,
        response: { 200: importJobsPage, 403: errorReply, 404: errorReply },
      },
    },
    async (request) =>
      listImports({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        page: request.query.page,
        pageSize: request.query.pageSize,
      }),
  );

  r.get(
    '/networks/:networkId/organisations/imports/:id',
    {
      config: { permission: 'organisations.manage' },
      schema: {
        tags,
        summary:
          'Status en voortgang van een import als achtergrondtaak (rijen gecontroleerd, opgeslagen) en het verslag',
        params: importJobParams,
        response: { 200: importJob, 403: errorReply, 404: errorReply },
      },
    },
    async (request) =>
      getImportJob({ db: ctx.db, actor: request.actor, networkId: request.params.networkId, id: request.params.id }),
  );

  r.get(
    '/networks/:networkId/memberships',
    {
      config: { permission: 'members.read' },
      schema: {
        tags: memberTags,
        summary: 'Lidmaatschappen met bijdrage, factuurstatus, ambitie en realisatie van één jaar; CSV of XLSX',
        params: networkParams,
        querystring: listMembershipsQuery,
        response: { 200: memberships, 404: errorReply },
      },
    },
    async (request, reply) => {
      const year = request.query.year ?? yearInAmsterdam(new Date());
      const items = await listMemberships({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        query: { year, status: request.query.status },
      });
      const { format } = request.query;
      if (!format) return { items };
      return sendExport(reply, {
        format,
        language: request.locale,
        list: membershipsList,
        rows: items,
        fileNameSuffix: String(year),
      });
    },
  );

  r.put(
    '/networks/:networkId/organisations/:organisationId/membership/status',
    {
      config: { permission: 'members.manage' },
      schema: {
        tags: memberTags,
        summary: 'Een stap in het lidmaatschap (aangemeld, toegelaten, actief, gepauzeerd, beëindigd met reden)',
        params: organisationParams,
        body: membershipStatusInput,
        response: { 200: ok, 403: errorReply, 404: errorReply, 409: errorReply, 422: errorReply },
      },
    },
    async (request) => {
      await changeMembershipStatus({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        organisationId: request.params.organisationId,
        input: request.body,
        today: today(),
      });
      return { ok: true as const };
    },
  );

  r.put(
    '/networks/:networkId/organisations/:organisationId/membership/entry-conditions',
    {
      config: { permission: 'members.manage' },
      schema: {
        tags: memberTags,
        summary: 'Toetredingsvoorwaarden: getekend op welke datum, met welk document',
        params: organisationParams,
        body: entryConditionsInput,
        response: { 200: okWithVersion, 403: errorReply, 404: errorReply, 409: errorReply, 422: errorReply },
      },
    },
    async (request) => {
      const saved = await updateEntryConditions({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        organisationId: request.params.organisationId,
        input: request.body,
      });
      return { ok: true as const, version: saved.version };
    },
  );

  r.put(
    '/networks/:networkId/organisations/:organisationId/membership/years/:year',
    {
      config: { permission: 'members.manage' },
      schema: {
        tags: memberTags,
        summary: 'Bijdrage (geld en/of in natura), factuurstatus, ambitie en realisatie van één jaar',
        params: membershipYearParams,
        body: membershipYearInput,
        response: { 200: okWithVersion, 403: errorReply, 404: errorReply, 409: errorReply, 422: errorReply },
      },
    },
    async (request) => {
      const saved = await saveMembershipYear({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        organisationId: request.params.organisationId,
        year: request.params.year,
        input: request.body,
      });
      return { ok: true as const, version: saved.version };
    },
  );

  r.get(
    '/networks/:networkId/portal/organisation',
    {
      config: { permission: 'portal.use' },
      schema: {
        tags: memberTags,
        summary: 'Deelnemersportaal: de eigen organisatie met lidmaatschap, ambitie en realisatie',
        params: networkParams,
        response: { 200: organisationDetail, 403: errorReply, 404: errorReply },
      },
    },
    async (request) => getOwnOrganisation({ db: ctx.db, actor: request.actor, networkId: request.params.networkId }),
  );

  r.post(
    '/networks/:networkId/portal/organisation/contacts',
    {
      config: { permission: 'portal.use' },
      schema: {
        tags: memberTags,
        summary: 'Deelnemersportaal: een collega toevoegen als contactpersoon van de eigen organisatie',
        params: networkParams,
        body: contactInput,
        response: { 201: createdReply, 403: errorReply, 404: errorReply, 422: errorReply },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await addOwnColleague({
          db: ctx.db,
          actor: request.actor,
          networkId: request.params.networkId,
          input: request.body,
        }),
      ),
  );

  r.put(
    '/networks/:networkId/portal/organisation/years/:year',
    {
      config: { permission: 'portal.use' },
      schema: {
        tags: memberTags,
        summary: 'Deelnemersportaal: ambitie en gerealiseerde banen van de eigen organisatie bijwerken',
        params: networkParams.extend({ year: z.coerce.number().int().min(2000).max(2100) }),
        body: portalYearInput,
        response: { 200: okWithVersion, 403: errorReply, 404: errorReply, 409: errorReply, 422: errorReply },
      },
    },
    async (request) => {
      const saved = await saveOwnAmbition({
        db: ctx.db,
        actor: request.actor,
        networkId: request.params.networkId,
        year: request.params.year,
        input: request.body,
      });
      return { ok: true as const, version: saved.version };
    },
  );
}
