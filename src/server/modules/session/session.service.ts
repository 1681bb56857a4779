// Signing in and out, password reset and e-mail login links, on top of better-auth; plus the session view the web app reads
// (who am I, in which networks, with which permissions).
import { checkPassword } from '../../../core/access/password-policy.js';
import { networkActions, type Actor } from '../../platform/access.js';
import type { Auth } from '../../platform/auth.js';
import type { Db, DbOrTx } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import type { LoginInput, SessionView } from '../../../core/access/session.contract.js';
import {
  countUserRows,
  findLastSuccessfulLogin,
  findSessionUser,
  findUserByEmail,
  insertLoginAttempt,
  listFailedLoginsSince,
  listNetworksByIds,
  setUserEmailVerified,
  setUserLocale,
} from './session.repository.js';

const LOCKOUT_WINDOW_MINUTES = 15;

export async function getSessionView({ db, actor }: { db: DbOrTx; actor: Actor }): Promise<SessionView> {
  if (!actor.userId) return { user: null, platformAdmin: false, networks: [] };
  const me = await findSessionUser(db, actor.userId);
  if (!me) return { user: null, platformAdmin: false, networks: [] };
  const ids = [...actor.persons.keys()];
  const networks = ids.length === 0 ? [] : await listNetworksByIds(db, ids);
  return {
    user: me,
    platformAdmin: actor.platformAdmin,
    networks: networks.map((n) => ({
      ...n,
      roles: [...(actor.roles.get(n.id) ?? [])],
      permissions: networkActions(actor, n.id),
    })),
  };
}

/** Throws rate_limited while an email has had too many failed sign-ins in the last 15 minutes (since its last success). */
async function assertNotLockedOut(db: Db, email: string, limit: number, now: Date) {
  const since = new Date(now.getTime() - LOCKOUT_WINDOW_MINUTES * 60_000);
  const lastSuccess = await findLastSuccessfulLogin(db, email, since);
  const from = lastSuccess && lastSuccess.at > since ? lastSuccess.at : since;
  const failures = await listFailedLoginsSince(db, email, from);
  if (failures.length >= limit) {
    const oldest = failures[failures.length - limit]!.at;
    const seconds = Math.max(1, Math.ceil((oldest.getTime() + LOCKOUT_WINDOW_MINUTES * 60_000 - now.getTime()) / 1000));
    throw new AppError('rate_limited', 'rate_limited', undefined, { seconds });
  }
}

export async function login({
  db,
  auth,
  input,
  headers,
  ip,
  limit,
  now = new Date(),
}: {
  db: Db;
  auth: Auth;
  input: LoginInput;
  headers: Headers;
  ip: string;
  limit: number;
  now?: Date;
}): Promise<{ headers: Headers; userId: string }> {
  const email = input.email.toLowerCase();
  await assertNotLockedOut(db, email, limit, now);
  try {
    const result = await auth.api.signInEmail({
      body: { email, password: input.password, rememberMe: true },
      headers,
      returnHeaders: true,
    });
    await insertLoginAttempt(db, { email, ipAddress: ip, succeeded: true, at: now });
    return { headers: result.headers, userId: result.response.user.id };
  } catch (error) {
    if (error instanceof AppError) throw error;
    await insertLoginAttempt(db, { email, ipAddress: ip, succeeded: false, at: now });
    throw new AppError('invalid_credentials');
  }
}

export async function logout({ auth, headers }: { auth: Auth; headers: Headers }): Promise<Headers> {
  try {
    const result = await auth.api.signOut({ headers, returnHeaders: true });
    return result.headers;
  } catch {
    return new Headers(); // no session to end
  }
}

/**
 * The one lookup of a user account by e-mail address, for every module (session owns the account record); the address
 * matches in any case. Undefined when there is no such account.
 */
export async function findAccountByEmail({ db, email }: { db: DbOrTx; email: string }) {
  return findUserByEmail(db, email);
}

export function assertPasswordAllowed(password: string, context: { email?: string; name?: string } = {}) {
  const problem = checkPassword(password, context);
  if (problem) {
    throw new AppError('validation_failed', 'validation_failed', [
      { path: ['body', 'password'], message: `password_${problem}` },
    ]);
  }
}

export async function requestPasswordReset({ db, auth, email }: { db: Db; auth: Auth; email: string }) {
  const normalized = email.toLowerCase();
  const existing = await findUserByEmail(db, normalized);
  // Always the same answer, whether or not the account exists.
  if (!existing) return;
  await auth.api.requestPasswordReset({ body: { email: normalized, redirectTo: '/wachtwoord-herstellen' } });
}

export async function confirmPasswordReset({ auth, token, password }: { auth: Auth; token: string; password: string }) {
  assertPasswordAllowed(password);
  try {
    await auth.api.resetPassword({ body: { newPassword: password, token } });
  } catch {
    throw new AppError('invalid_token');
  }
}

export async function requestMagicLink({
  db,
  auth,
  email,
  headers,
}: {
  db: Db;
  auth: Auth;
  email: string;
  headers: Headers;
}) {
  const normalized = email.toLowerCase();
  const existing = await findUserByEmail(db, normalized);
  if (!existing) return; // no open sign-up through login links; same answer either way
  await auth.api.signInMagicLink({ body: { email: normalized }, headers });
}

export async function verifyMagicLink({ auth, token, headers }: { auth: Auth; token: string; headers: Headers }) {
  try {
    const result = await auth.api.magicLinkVerify({ query: { token }, headers, returnHeaders: true });
    const body = result.response as { user?: { id: string } } | undefined;
    if (!body?.user) throw new Error('no user');
    return { headers: result.headers, userId: body.user.id };
  } catch {
    throw new AppError('invalid_token');
  }
}

/**
 * Waiting captures of e-mail login tokens. An accepted invitation proves the e-mail address as well as a login link does,
 * so we sign the person in by issuing a login link to ourselves instead of mailing it.
 */
const capturedTokens = new Map<string, (token: string) => void>();

export function takeCapturedMagicLink(email: string, token: string): boolean {
  const capture = capturedTokens.get(email.toLowerCase());
  if (!capture) return false;
  capture(token);
  return true;
}

export async function signInByProvenEmail({
  auth,
  email,
  name,
  headers,
}: {
  auth: Auth;
  email: string;
  name: string;
  headers: Headers;
}) {
  const normalized = email.toLowerCase();
  const token = new Promise<string>((resolve) => capturedTokens.set(normalized, resolve));
  try {
    await auth.api.signInMagicLink({ body: { email: normalized, name }, headers });
    return await verifyMagicLink({ auth, token: await token, headers });
  } finally {
    capturedTokens.delete(normalized);
  }
}

/**
 * Accounts are only created through paths that prove or vouch for the address (setup, the CLI, an invitation link), so they
 * are verified. This matters: better-auth treats an unverified account signing in by e-mail link as a possible takeover and
 * deletes its password and sessions.
 */
export async function markEmailVerified(db: DbOrTx, userId: string) {
  await setUserEmailVerified(db, userId);
}

export async function setLocale({ db, actor, locale }: { db: Db; actor: Actor; locale: 'nl' | 'en' }) {
  if (!actor.userId) throw new AppError('unauthenticated');
  await setUserLocale(db, actor.userId, locale);
}

export async function countUsers(db: DbOrTx): Promise<number> {
  return countUserRows(db);
}
