// HTTP for a network's life: mission and goals (tag `mission`), the phase and its history (tag `phase`), and the funders'
// agreements (tag `funder-agreement`).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorReply, networkParams } from '../../platform/http.js';
import type { ModuleContext } from '../context.js';
import {
  agreementParams,
  agreementReply,
  agreementsReply,
  changePhaseInput,
  checklistItemParams,
  checklistReply,
  changePhaseReply,
  createAgreementInput,
  missionHistoryReply,
  missionReply,
  phaseReply,
  saveMissionInput,
  savedMissionVersion,
  savedRecord,
  updateAgreementInput,
  updateChecklistItemInput,
} from '../../../core/network-life/network-life.contract.js';
import { getChecklist, updateChecklistItem } from './checklist.service.js';
import {
  changePhase,
  createAgreement,
  getAgreement,
  getMission,
  getPhase,
  listAgreements,
  listOwnAgreements,
  listMissionHistory,
  saveMission,
  updateAgreement,
} from './network-life.service.js';

const base = '/networks/:networkId';

export function registerNetworkLifeRoutes(app: FastifyInstance, ctx: ModuleContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = ctx.db;

  r.get(
    `${base}/mission`,
    {
      config: { permission: 'network.read' },
      schema: {
        tags: ['mission'],
        summary: 'De huidige missie en doelen (een financier ziet alleen de doelen op missieniveau)',
        params: networkParams,
        response: { 200: missionReply, 404: errorReply },
      },
    },
    async (request) => getMission({ db, actor: request.actor, networkId: request.params.networkId }),
  );

  r.get(
    `${base}/mission/versions`,
    {
      config: { permission: 'governance.read' },
      schema: {
        tags: ['mission'],
        summary: 'Alle versies van de missie, nieuwste eerst, met auteur en datum',
        params: networkParams,
        response: { 200: missionHistoryReply, 403: errorReply, 404: errorReply },
      },
    },
    async (request) => listMissionHistory({ db, actor: request.actor, networkId: request.params.networkId }),
  );

  r.post(
    `${base}/mission/versions`,
    {
      config: { permission: 'network.update' },
      schema: {
        tags: ['mission'],
        summary: 'De missie opslaan als nieuwe versie (409 als intussen een nieuwere versie is opgeslagen)',
        params: networkParams,
        body: saveMissionInput,
        response: { 201: savedMissionVersion, 403: errorReply, 404: errorReply, 409: errorReply, 422: errorReply },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await saveMission({ db, actor: request.actor, networkId: request.params.networkId, input: request.body }),
        ),
  );

  r.get(
    `${base}/phase`,
    {
      config: { permission: 'network.read' },
      schema: {
        tags: ['phase'],
        summary: 'De fase van het netwerk, de mogelijke volgende fasen en de geschiedenis van overgangen',
        params: networkParams,
        response: { 200: phaseReply, 404: errorReply },
      },
    },
    async (request) => getPhase({ db, actor: request.actor, networkId: request.params.networkId }),
  );

  r.post(
    `${base}/phase/changes`,
    {
      config: { permission: 'network.update' },
      schema: {
        tags: ['phase'],
        summary:
          'Het netwerk naar een volgende fase brengen, met datum en reden (komt in het besluitenlog van de kerngroep)',
        params: networkParams,
        body: changePhaseInput,
        response: { 201: changePhaseReply, 403: errorReply, 404: errorReply, 409: errorReply, 422: errorReply },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await changePhase({ db, actor: request.actor, networkId: request.params.networkId, input: request.body }),
        ),
  );

  r.get(
    `${base}/funder-agreements`,
    {
      config: { permission: 'governance.read' },
      schema: {
        tags: ['funder-agreement'],
        summary: 'De afspraken met financiers, laatst eindigende eerst',
        params: networkParams,
        response: { 200: agreementsReply, 403: errorReply, 404: errorReply },
      },
    },
    async (request) => listAgreements({ db, actor: request.actor, networkId: request.params.networkId }),
  );

  r.get(
    `${base}/funder-agreements/own`,
    {
      config: { permission: 'agreements.read_own' },
      schema: {
        tags: ['funder-agreement'],
        summary: 'De eigen afspraak of afspraken van de financier (alleen die waarin de eigen organisatie financiert)',
        params: networkParams,
        response: { 200: agreementsReply, 403: errorReply, 404: errorReply },
      },
    },
    async (request) => listOwnAgreements({ db, actor: request.actor, networkId: request.params.networkId }),
  );

  r.get(
    `${base}/funder-agreements/:agreementId`,
    {
      // Reaching the route needs only network.read; the service lets governance readers read any agreement and a funder
      // only its own (404 for another funder's, so its existence is not revealed).
      config: { permission: 'network.read' },
      schema: {
        tags: ['funder-agreement'],
        summary: 'Eén afspraak met een financier lezen (een financier leest alleen de eigen afspraak)',
        params: agreementParams,
        response: { 200: agreementReply, 403: errorReply, 404: errorReply },
      },
    },
    async (request) =>
      getAgreement({
        db,
        actor: request.actor,
        networkId: request.params.networkId,
        agreementId: request.params.agreementId,
      }),
  );

  r.post(
    `${base}/funder-agreements`,
    {
      config: { permission: 'governance.manage' },
      schema: {
        tags: ['funder-agreement'],
        summary: 'Een afspraak met een financier vastleggen (een afspraak die eindigt vóór ze begint wordt geweigerd)',
        params: networkParams,
        body: createAgreementInput,
        response: { 201: savedRecord, 403: errorReply, 404: errorReply, 422: errorReply },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await createAgreement({ db, actor: request.actor, networkId: request.params.networkId, input: request.body }),
        ),
  );

  r.put(
    `${base}/funder-agreements/:agreementId`,
    {
      config: { permission: 'governance.manage' },
      schema: {
        tags: ['funder-agreement'],
        summary: 'Een afspraak met een financier wijzigen (409 als iemand anders haar intussen wijzigde)',
        params: agreementParams,
        body: updateAgreementInput,
        response: { 200: savedRecord, 403: errorReply, 404: errorReply, 409: errorReply, 422: errorReply },
      },
    },
    async (request) =>
      updateAgreement({
        db,
        actor: request.actor,
        networkId: request.params.networkId,
        agreementId: request.params.agreementId,
        input: request.body,
      }),
  );

  r.get(
    `${base}/phase/checklist`,
    {
      config: { permission: 'governance.read' },
      schema: {
        tags: ['phase'],
        summary:
          'De checklist van de huidige fase: eigenaar, streefdatum en stand; wat de gegevens bewijzen, sluit zichzelf met bewijs',
        params: networkParams,
        response: { 200: checklistReply, 403: errorReply, 404: errorReply },
      },
    },
    async (request) => getChecklist({ db, actor: request.actor, networkId: request.params.networkId }),
  );

  r.put(
    `${base}/phase/checklist/:itemId`,
    {
      // Reading is enough to reach the route; the service demands network.update or governance.manage.
      config: { permission: 'governance.read' },
      schema: {
        tags: ['phase'],
        summary: 'Eigenaar, streefdatum of stand van een checklistpunt wijzigen (409 als het intussen gewijzigd is)',
        params: checklistItemParams,
        body: updateChecklistItemInput,
        response: { 200: savedRecord, 403: errorReply, 404: errorReply, 409: errorReply, 422: errorReply },
      },
    },
    async (request) =>
      updateChecklistItem({
        db,
        actor: request.actor,
        networkId: request.params.networkId,
        itemId: request.params.itemId,
        input: request.body,
      }),
  );
}
