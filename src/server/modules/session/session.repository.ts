// SQL for signing in and the session view: the account, its networks, and the sign-in attempts kept for the lockout.
import { and, asc, count, desc, eq, gt, inArray } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { DbOrTx } from '../../platform/db/database.js';
import { loginAttempt, network, user } from '../../platform/db/schema.js';

export async function findSessionUser(db: DbOrTx, userId: string) {
  const [me] = await db
    .select({ id: user.id, name: user.name, email: user.email, locale: user.locale })
    .from(user)
    .where(eq(user.id, userId));
  return me;
}

/** The networks with these ids, by name. */
export async function listNetworksByIds(db: DbOrTx, ids: string[]) {
  return db
    .select({ id: network.id, slug: network.slug, name: network.name })
    .from(network)
    .where(inArray(network.id, ids))
    .orderBy(asc(network.name));
}

/** The newest successful sign-in of this email after `since`, if any. */
export async function findLastSuccessfulLogin(db: DbOrTx, email: string, since: Date) {
  const [lastSuccess] = await db
    .select({ at: loginAttempt.at })
    .from(loginAttempt)
    .where(and(eq(loginAttempt.email, email), eq(loginAttempt.succeeded, true), gt(loginAttempt.at, since)))
    .orderBy(desc(loginAttempt.at))
    .limit(1);
  return lastSuccess;
}

/** The failed sign-ins of this email after `from`, oldest first. */
export async function listFailedLoginsSince(db: DbOrTx, email: string, from: Date) {
  return db
    .select({ at: loginAttempt.at })
    .from(loginAttempt)
    .where(and(eq(loginAttempt.email, email), eq(loginAttempt.succeeded, false), gt(loginAttempt.at, from)))
    .orderBy(asc(loginAttempt.at));
}

export async function insertLoginAttempt(
  db: DbOrTx,
  values: { email: string; ipAddress: string; succeeded: boolean; at: Date },
) {
  await db.insert(loginAttempt).values({ id: randomUUID(), ...values });
}

/** The account with this e-mail address, in any case: better-auth stores addresses in lower case. */
export async function findUserByEmail(db: DbOrTx, email: string) {
  const [row] = await db.select({ id: user.id, name: user.name }).from(user).where(eq(user.email, email.toLowerCase()));
  return row;
}

export async function setUserEmailVerified(db: DbOrTx, userId: string) {
  await db.update(user).set({ emailVerified: true, updatedAt: new Date() }).where(eq(user.id, userId));
}

export async function setUserLocale(db: DbOrTx, userId: string, locale: 'nl' | 'en') {
  await db.update(user).set({ locale, updatedAt: new Date() }).where(eq(user.id, userId));
}

export async function countUserRows(db: DbOrTx) {
  const [row] = await db.select({ n: count() }).from(user);
  return row?.n ?? 0;
}
