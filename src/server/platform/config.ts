// Configuration from environment variables, validated once at start. Every bad value yields one line naming the variable and
// what is allowed; the process then exits with code 2.
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
});

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
  };
}
