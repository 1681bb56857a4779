// Accounts and sessions through better-auth (email + password with argon2, password reset, email login links). Its own HTTP
// handler is NOT mounted: our session routes call `auth.api.*` and reply in our error shape and language, so the only ways in
// are the ones we declare (no open sign-up). See docs/decisions/003-auth.md.
import { hash as argonHash, verify as argonVerify } from '@node-rs/argon2';
// The minimal entry and the single plugin keep start-up light (the full entries load every plugin and the Kysely adapter).
import { betterAuth } from 'better-auth/minimal';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { magicLink } from 'better-auth/plugins/magic-link';
import type { Db } from './db/database.js';
import * as schema from './db/schema.js';

export const SESSION_COOKIE_PREFIX = 'netwerkregie';
export const MAGIC_LINK_MINUTES = 15;
export const PASSWORD_RESET_MINUTES = 60;

export interface AuthMailer {
  passwordReset(input: { email: string; name: string; token: string }): Promise<void>;
  magicLink(input: { email: string; token: string }): Promise<void>;
}

export function createAuth(options: {
  db: Db;
  secret: string;
  baseUrl: string;
  secureCookies: boolean;
  mailer: AuthMailer;
}) {
  return betterAuth({
    appName: 'Netwerkregie',
    // Failed sign-ins are expected traffic; we record them ourselves (login_attempt) without personal data in logs.
    logger: { level: 'error' },
    secret: options.secret,
    baseURL: options.baseUrl,
    basePath: '/api/auth',
    database: drizzleAdapter(options.db, {
      provider: 'pg',
      schema: {
        user: schema.user,
        session: schema.session,
        account: schema.account,
        verification: schema.verification,
      },
    }),
    emailAndPassword: {
      enabled: true,
      // Our own password policy is checked before better-auth sees a password (src/core/access/password-policy.ts).
      minPasswordLength: 12,
      maxPasswordLength: 128,
      autoSignIn: true,
      resetPasswordTokenExpiresIn: PASSWORD_RESET_MINUTES * 60,
      revokeSessionsOnPasswordReset: true,
      password: {
        hash: (password) => argonHash(password),
        verify: ({ hash, password }) => argonVerify(hash, password),
      },
      sendResetPassword: async ({ user, token }) => {
        await options.mailer.passwordReset({ email: user.email, name: user.name, token });
      },
    },
    session: {
      expiresIn: 60 * 60 * 24 * 14,
      updateAge: 60 * 60 * 24,
    },
    user: {
      additionalFields: {
        locale: { type: 'string', required: false, defaultValue: 'nl', input: false },
      },
    },
    // We rate-limit sign-in ourselves (login_attempt table), and better-auth's limiter only sees its own HTTP handler.
    rateLimit: { enabled: false },
    advanced: {
      cookiePrefix: SESSION_COOKIE_PREFIX,
      useSecureCookies: options.secureCookies,
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', path: '/' },
      database: { generateId: () => crypto.randomUUID() },
    },
    plugins: [
      magicLink({
        expiresIn: MAGIC_LINK_MINUTES * 60,
        disableSignUp: false,
        storeToken: 'hashed',
        sendMagicLink: async ({ email, token }) => {
          await options.mailer.magicLink({ email, token });
        },
      }),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;
