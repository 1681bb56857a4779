// Builds the Fastify app: plugins, plumbing, API modules and the web app. No listening and no database start here, so tests
// can `inject` into a real app over a real database.
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import nlLocale from 'zod/v4/locales/nl.js';
import { registerAdminRoutes } from './modules/admin/admin.routes.js';
import { registerAdviceRoutes } from './modules/advice/advice.routes.js';
import { registerAgendaRoutes } from './modules/agenda/agenda.routes.js';
import { registerCandidateRoutes } from './modules/candidates/candidates.routes.js';
import { registerCandidatePortalRoutes } from './modules/candidate-portal/candidate-portal.routes.js';
import { registerDesignRoutes } from './modules/design/design.routes.js';
import { registerAdvisorSettingsRoutes } from './modules/design/advisor-settings.routes.js';
import { registerExchangeRoutes } from './modules/exchange/exchange.routes.js';
import { registerGovernanceRoutes } from './modules/governance/governance.routes.js';
import { createReadiness, registerHealthRoutes } from './modules/health/health.routes.js';
import { registerNetworkLifeRoutes } from './modules/network-life/network-life.routes.js';
import { registerInteractionJobs } from './modules/interactions/follow-up-reminders.js';
import { registerInteractionRoutes } from './modules/interactions/interactions.routes.js';
import { registerDocumentRoutes } from './modules/documents/documents.routes.js';
import { registerSurveyRoutes } from './modules/surveys/surveys.routes.js';
import { registerBackupJobs } from './modules/backup/backup.jobs.js';
import { registerImportJobs } from './modules/members/organisation-import.job.js';
import { registerCandidateJobs } from './modules/candidates/candidates.jobs.js';
import { registerPlacementJobs } from './modules/placements/placements.jobs.js';
import { registerMailingJobs } from './modules/mailings/mailings.jobs.js';
import { registerMailingRoutes } from './modules/mailings/mailings.routes.js';
import { registerOneClickUnsubscribe } from './modules/mailings/one-click.routes.js';
import { registerMembersRoutes } from './modules/members/members.routes.js';
import { registerPartnerRoutes } from './modules/partners/partners.routes.js';
import { registerBudgetRoutes } from './modules/budget/budget.routes.js';
import { registerInvoiceRoutes } from './modules/invoices/invoices.routes.js';
import { registerNetworkRoutes } from './modules/networks/networks.routes.js';
import { registerPeopleRoutes } from './modules/people/people.routes.js';
import { registerReportRoutes } from './modules/reports/reports.routes.js';
import { registerSteeringRoutes } from './modules/steering/steering.routes.js';
import { registerPlacementRoutes } from './modules/placements/placements.routes.js';
import { registerSessionRoutes } from './modules/session/session.routes.js';
import { registerSetupRoutes } from './modules/setup/setup.routes.js';
import type { Auth } from './platform/auth.js';
import type { CacheSync } from './platform/cache-sync.js';
import type { Config } from './platform/config.js';
import type { Database } from './platform/db/database.js';
import { registerHttpPlumbing } from './platform/http.js';
import { loggerOptions } from './platform/logging.js';
import { validatorCompiler } from './platform/validation.js';
import { errorMessage } from './platform/messages.js';
import type { Jobs } from './platform/jobs.js';
import type { Mailer } from './platform/mail.js';
import { PACKAGE_ROOT } from './platform/package-root.js';

// Validation messages are Dutch by default; English requests get them re-worded in the error handler.
z.config(nlLocale());

export interface AppDeps {
  config: Config;
  database: Database;
  auth: Auth;
  mailer: Mailer;
  migration: string;
  /** The public base URL used in e-mailed links. */
  publicUrl: string;
  /** The job queue (pg-boss); the app registers its workers on it. Absent in most route tests. */
  jobs?: Jobs | undefined;
  /** With DATABASE_URL: tells the other app servers on the database about this one's writes (cache-sync.ts). */
  cacheSync?: CacheSync | undefined;
}

export type App = FastifyInstance;

const DEFAULT_WEB_DIST = path.join(PACKAGE_ROOT, 'dist/web');

export const API_TAGS = [
  { name: 'health', description: 'Status van de installatie' },
  { name: 'setup', description: 'Eerste start: beheerder en eerste netwerk' },
  { name: 'session', description: 'Inloggen, uitloggen, wachtwoord en inloglinks' },
  { name: 'networks', description: 'Netwerken en hun instellingen' },
  { name: 'people', description: 'Mensen, rollen en uitnodigingen binnen een netwerk' },
  { name: 'steering', description: 'Sturing op betrokkenheid en eigenaarschap: dashboard, onderbouwing, jaardoelen' },
  {
    name: 'reports',
    description: 'Rapportages aan financiers: periode vastzetten, toelichting, vrijgeven; PDF en CSV zonder namen',
  },
  { name: 'admin', description: 'Beheer van de installatie (platformbeheerder)' },
  {
    name: 'design',
    description: 'Inrichting: verkenning, advies, versies, vergelijken, toepassen en inrichtingsdocument',
  },
  {
    name: 'advisor-settings',
    description:
      'De getallen van de inrichtingsadviseur (tarieven, bijeenkomsten per jaar, drempels) als instellingen van de installatie',
  },
  { name: 'governance', description: 'Rollen met termijnen, takenbord, signalen, organen, vergaderingen en besluiten' },
  {
    name: 'mission',
    description: 'Missie en doelen van het netwerk, in versies; iedereen leest, de kerngroep schrijft',
  },
  {
    name: 'phase',
    description: 'De fase van het netwerk als levensloop: overgangen met datum en reden in het besluitenlog',
  },
  {
    name: 'funder-agreement',
    description: 'Afspraken met financiers: bedrag, periode, voorwaarden, mandaat, afgesproken doelen en jaarplan-eis',
  },
  { name: 'organisation', description: 'Organisaties en hun contactpersonen; import uit CSV en XLSX' },
  { name: 'members', description: 'Lidmaatschap: status, toetredingsvoorwaarden, bijdrage, ambitie en realisatie' },
  { name: 'needs', description: 'Behoeften van deelnemers: inbrengen, steunen, prioriteren, evalueren' },
  {
    name: 'activities',
    description: 'Activiteiten, aanmeldingen, wachtlijst, aanwezigheid, evaluatie en agenda-abonnementen',
  },
  {
    name: 'candidates',
    description: 'Kandidaten met privacy by design: toestemming, status, inzage, wissen, bewaartermijn (nooit een BSN)',
  },
  {
    name: 'candidate-portal',
    description:
      'De eigen pagina van een kandidaat via een persoonlijke link (zonder wachtwoord): eigen gegevens, toestemmingen, inzage, verzoeken',
  },
  { name: 'opportunities', description: 'Werkplekken, matching met uitlegbare score en voorstellen aan werkgevers' },
  { name: 'placements', description: 'Plaatsingen, banenafspraak-telling, check-ins na 3, 6 en 12 maanden' },
  {
    name: 'partners',
    description:
      'Partners en afspraken, samen organiseren met andere netwerken, gedeelde werkplekken, doorverwijzen met toestemming, nieuws',
  },
  {
    name: 'mailings',
    description:
      'Berichten aan doelgroepen, uitnodigingen, herinneringen, nieuwsbrieven met afmelden; aflevering per ontvanger',
  },
  {
    name: 'interactions',
    description: 'Contactmomenten met organisaties, vervolgacties ("Mijn acties") en de tijdlijn van een organisatie',
  },
  {
    name: 'advice',
    description:
      'Advies van de klankbordgroep: adviesvragen met uiterste datum, gevraagd en ongevraagd advies, gekoppeld aan het besluit dat volgde',
  },
  {
    name: 'documents',
    description:
      'Documenten bij lidmaatschappen, vergaderingen en besluiten en de kennisbank: opgeslagen in de database met controlegetal, soort herkend aan de inhoud',
  },
  {
    name: 'budget',
    description:
      'Begroting per jaar: posten en betalers vanuit de inrichting, uitgaven, bijdragen in natura, begroot tegenover besteed en prognose',
  },
  {
    name: 'invoices',
    description:
      'Contributiefacturen: staffels, facturen per lid en jaar met doorlopende nummering, betaald, herinnering, creditnota, afschrijven, pdf en boekhoudexport',
  },
  {
    name: 'surveys',
    description:
      'Peiling gevoeld eigenaarschap: rondes versturen per persoonlijke link, anoniem antwoorden, uitkomsten',
  },
];

export async function buildApp(deps: AppDeps): Promise<App> {
  const app = Fastify({
    logger: loggerOptions(deps.config),
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
    },
    requestIdHeader: false,
    bodyLimit: 1024 * 1024,
    // A hop count becomes the function proxy-addr builds for a number (Fastify's types list no number).
    trustProxy:
      typeof deps.config.trustProxy === 'number'
        ? (
            (hops: number) => (_address: string, hop: number) =>
              hop < hops
          )(deps.config.trustProxy)
        : deps.config.trustProxy,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(rateLimit, { global: false });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Netwerkregie API',
        version: '0.1.0',
        description:
          'REST-API van Netwerkregie. Fouten hebben altijd de vorm { code, message, issues? }; berichten zijn Nederlands, of Engels met Accept-Language: en (de web-app zet de gekozen taal ook in de cookie netwerkregie_lang, die dan voorgaat). Verzoeken die iets wijzigen hebben de header x-requested-with: netwerkregie nodig.',
      },
      tags: API_TAGS,
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'netwerkregie.session_token' } },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true }, config: { permission: 'public' } }, async () => app.swagger());

  const publicOrigin = new URL(deps.publicUrl).origin;
  registerHttpPlumbing(app, { db: deps.database.db, auth: deps.auth, publicOrigin, cacheSync: deps.cacheSync });

  app.decorate('readiness', createReadiness());
  const ctx = { ...deps, db: deps.database.db };
  await app.register(
    async (api) => {
      registerHealthRoutes(api, ctx);
      registerSetupRoutes(api, ctx);
      registerSessionRoutes(api, ctx);
      registerNetworkRoutes(api, ctx);
      registerPeopleRoutes(api, ctx);
      registerAdminRoutes(api, ctx);
      registerDesignRoutes(api, ctx);
      registerAdvisorSettingsRoutes(api, ctx);
      registerGovernanceRoutes(api, ctx);
      registerNetworkLifeRoutes(api, ctx);
      registerMembersRoutes(api, ctx);
      registerAgendaRoutes(api, ctx);
      registerCandidateRoutes(api, ctx);
      registerCandidatePortalRoutes(api, ctx);
      registerPlacementRoutes(api, ctx);
      registerMailingRoutes(api, ctx);
      registerPartnerRoutes(api, ctx);
      registerExchangeRoutes(api, ctx);
      registerSteeringRoutes(api, ctx);
      registerReportRoutes(api, ctx);
      registerInteractionRoutes(api, ctx);
      registerDocumentRoutes(api, ctx);
      registerSurveyRoutes(api, ctx);
      registerAdviceRoutes(api, ctx);
      registerBudgetRoutes(api, ctx);
      registerInvoiceRoutes(api, ctx);
    },
    { prefix: '/api' },
  );

  // RFC 8058 one-click unsubscribe: outside /api, a mail program cannot send our CSRF header.
  await registerOneClickUnsubscribe(app, ctx);

  if (deps.jobs) {
    await registerMailingJobs(deps.jobs, ctx);
    await registerCandidateJobs(deps.jobs, ctx);
    await registerPlacementJobs(deps.jobs, ctx);
    await registerInteractionJobs(deps.jobs, ctx);
    await registerImportJobs(deps.jobs, ctx);
    await registerBackupJobs(deps.jobs, {
      pool: deps.database.pool,
      config: deps.config,
      log: (message) => app.log.info(message),
    });
  }

  await registerWebApp(app, deps.config.webDist ?? DEFAULT_WEB_DIST);
  return app;
}

/** Serves the built web app with an SPA fallback; API 404s stay JSON, missing hashed assets stay 404. */
async function registerWebApp(app: FastifyInstance, webDist: string) {
  const built = fs.existsSync(path.join(webDist, 'index.html'));
  if (built) await app.register(fastifyStatic, { root: webDist, index: false, wildcard: true });
  // `/` is a directory to @fastify/static (index: false → 403 → mapped to 400): serve the app shell there explicitly.
  if (built)
    app.get('/', { schema: { hide: true } }, (_request, reply) =>
      reply.type('text/html').header('cache-control', 'no-cache').sendFile('index.html'),
    );
  else app.log.warn({ webDist }, 'web app not built; run `npm run build:web`');
  app.setNotFoundHandler((request, reply) => {
    const isPage = request.method === 'GET' && !request.url.startsWith('/api/') && !request.url.startsWith('/assets/');
    if (built && isPage) return reply.type('text/html').header('cache-control', 'no-cache').sendFile('index.html');
    return reply.code(404).send({ code: 'not_found', message: errorMessage(request.locale, 'route_not_found') });
  });
}
