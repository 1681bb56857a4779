// HTTP for the advisor's numbers: read by whoever may read a network's design advice (the wizard computes with them), read
// and changed by the installation administrator.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  advisorSettingsAdminReply,
  advisorSettingsReply,
  saveAdvisorSettingsInput,
} from '../../../core/design/advisor-settings.contract.js';
import { errorReply, networkParams } from '../../platform/http.js';
import type { ModuleContext } from '../context.js';
import { getAdvisorSettings, getAdvisorSettingsForAdmin, saveAdvisorSettings } from './advisor-settings.service.js';

const tags = ['advisor-settings'];

export function registerAdvisorSettingsRoutes(app: FastifyInstance, ctx: ModuleContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/networks/:networkId/design/advisor-settings',
    {
      config: { permission: 'design.read' },
      schema: {
        tags,
        summary: 'De getallen waarmee de adviseur in deze installatie rekent (tarieven, bijeenkomsten, drempels)',
        params: networkParams,
        response: { 200: advisorSettingsReply, 404: errorReply },
      },
    },
    async (request) => getAdvisorSettings({ db: ctx.db, actor: request.actor, networkId: request.params.networkId }),
  );

  r.get(
    '/admin/advisor-settings',
    {
      config: { permission: 'platform.settings.manage' },
      schema: {
        tags,
        summary: 'De getallen van de adviseur met hun standaardwaarde uit de handreiking en de versie',
        response: { 200: advisorSettingsAdminReply, 403: errorReply },
      },
    },
    async (request) => getAdvisorSettingsForAdmin({ db: ctx.db, actor: request.actor }),
  );

  r.put(
    '/admin/advisor-settings',
    {
      config: { permission: 'platform.settings.manage' },
      schema: {
        tags,
        summary:
          'De getallen van de adviseur wijzigen (alle getallen, met de gelezen versie; 409 als iemand anders intussen wijzigde)',
        body: saveAdvisorSettingsInput,
        response: { 200: advisorSettingsAdminReply, 403: errorReply, 409: errorReply, 422: errorReply },
      },
    },
    async (request) =>
      saveAdvisorSettings({ db: ctx.db, actor: request.actor, input: request.body, locale: request.locale }),
  );
}
