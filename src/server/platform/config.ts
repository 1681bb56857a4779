// Configuration from environment variables, validated once at start. Every bad value yields one line naming the variable and
// what is allowed; the process then exits with code 2.
import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65535);
const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const envSchema = z.object({
  PORT: port.default(3000).describe('een poortnummer van 0 tot en met 65535'),
  HOST: z.string().min(1).default('127.0.0.1').describe('een hostnaam of IP-adres om op te luisteren'),
  DATA_DIR: z.string().min(1).default('./data').describe('een map voor de ingebouwde database en sleutels'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/.+/, 'moet beginnen met postgres:// of postgresql://')
    .optional()
    .describe('een PostgreSQL-URL (postgres://gebruiker:wachtwoord@host:5432/database), PostgreSQL 15 of nieuwer'),
  PUBLIC_URL: z
    .url({ protocol: /^https?$/ })
    .optional()
    .describe('het adres waarop gebruikers de app openen, bijvoorbeeld https://netwerkregie.example.nl'),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/.+/, 'moet beginnen met smtp:// of smtps://')
    .optional()
    .describe('een SMTP-URL (smtp://gebruiker:wachtwoord@mail.example.nl:587)'),
  MAIL_FROM: z.string().min(3).default('Netwerkregie <no-reply@localhost>').describe('het afzenderadres van e-mail'),
  AUTH_SECRET: z
    .string()
    .min(32, 'moet minstens 32 tekens lang zijn')
    .optional()
    .describe('een geheime sleutel van minstens 32 tekens (anders wordt er een in DATA_DIR bewaard)'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FILE: z.string().optional().describe('een bestand voor het log (anders standaarduitvoer)'),
  COOKIE_SECURE: bool.optional().describe('true of false: cookies alleen over https'),
  LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).max(1000).default(5).describe('een geheel getal van 1 tot 1000'),
  WEB_DIST: z.string().optional().describe('de map met de gebouwde webapp'),
  TRUST_PROXY: z
    .string()
    .refine(isTrustProxy)
    .optional()
    .describe(
      'false, een aantal proxy-stappen (1, 2, …) of een lijst van adressen of netwerken van uw proxy ' +
        '(127.0.0.1,10.0.0.0/8; ook loopback, linklocal, uniquelocal)',
    ),
  BACKUP_TIME: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
    .optional()
    .describe('een tijd als 02:30 (elke nacht een backup op dat tijdstip, Nederlandse tijd), of leeg voor geen'),
  BACKUP_KEEP: z.coerce.number().int().min(1).max(365).default(7).describe('een geheel getal van 1 tot 365'),
  BACKUP_DIR: z.string().min(1).optional().describe('een map voor de nachtelijke backups (standaard DATA_DIR/backups)'),
  SHUTDOWN_DELAY_MS: z.coerce
    .number()
    .int()
    .min(0)
    .max(60_000)
    .optional()
    .describe('milliseconden tussen "niet meer gereed" en stoppen (0 tot 60000)'),
});

const proxyKeywords = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** One address, a network in CIDR notation, or a keyword that proxy-addr (used by Fastify) knows. */
function isProxyAddress(entry: string): boolean {
  if (proxyKeywords.has(entry)) return true;
  const [address = '', bits, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  const n = Number(bits);
  return /^\d{1,3}$/.test(bits) && n <= (version === 4 ? 32 : 128);
}

function isTrustProxy(value: string): boolean {
  if (/^(false|0|\d{1,2})$/.test(value)) return true;
  const entries = value.split(',').map((entry) => entry.trim());
  return entries.length > 0 && entries.every(isProxyAddress);
}

/**
 * What Fastify gets as `trustProxy`: false (the default: X-Forwarded-For is ignored and the client's own address counts, so
 * nobody can step around the per-address limits by sending that header), a number of proxy hops, or the addresses whose
 * X-Forwarded-* headers are believed. `true` (trust everyone) is deliberately not offered.
 */
export type TrustProxy = false | number | string[];

function parseTrustProxy(value: string | undefined): TrustProxy {
  if (value === undefined || value === 'false' || value === '0') return false;
  if (/^\d{1,2}$/.test(value)) return Number(value);
  return value.split(',').map((entry) => entry.trim());
}

export type Env = z.input<typeof envSchema>;

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  publicUrl: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  authSecret: string | undefined;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  logFile: string | undefined;
  cookieSecure: boolean | undefined;
  loginRateLimit: number;
  webDist: string | undefined;
  trustProxy: TrustProxy;
  /** After SIGTERM: how long /api/health/ready answers 503 (so a load balancer stops sending) before the server drains. */
  shutdownDelayMs: number;
  /** The nightly backup: at `time` (HH:MM, Amsterdam) into `dir`, keeping the newest `keep`; no `time`, no backup. */
  backup: { time: string | undefined; keep: number; dir: string };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

/** Reads config from an environment object. Empty strings count as unset, so `FOO=` in a .env file means "default". */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const cleaned = Object.fromEntries(
    Object.keys(envSchema.shape).map((key) => [key, env[key] === '' ? undefined : env[key]]),
  );
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      const field = envSchema.shape[name as keyof typeof envSchema.shape];
      const allowed = field?.description ?? issue.message;
      return `Ongeldige waarde voor ${name}=${JSON.stringify(cleaned[name])}: verwacht ${allowed}.`;
    });
    throw new ConfigError(problems);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    publicUrl: e.PUBLIC_URL?.replace(/\/$/, ''),
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    authSecret: e.AUTH_SECRET,
    logLevel: e.LOG_LEVEL,
    logFile: e.LOG_FILE === undefined ? undefined : path.resolve(e.LOG_FILE),
    cookieSecure: e.COOKIE_SECURE,
    loginRateLimit: e.LOGIN_RATE_LIMIT,
    webDist: e.WEB_DIST,
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    // Behind a load balancer (a database server, so possibly several app servers) 5 s; alone on the embedded database
    // nobody routes around it, so it stops at once.
    shutdownDelayMs: e.SHUTDOWN_DELAY_MS ?? (e.DATABASE_URL ? 5_000 : 0),
    backup: {
      time: e.BACKUP_TIME,
      keep: e.BACKUP_KEEP,
      dir: path.resolve(e.BACKUP_DIR ?? path.join(e.DATA_DIR, 'backups')),
    },
  };
}
