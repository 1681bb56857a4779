// SQL for mailings. Every query is bounded by network_id; the mail-link lookups go by the delivery's secret token.
import { amsterdamToday } from '../../platform/db/today.js';
import { and, asc, count, desc, eq, ilike, inArray, sql } from 'drizzle-orm';
import type { DeliveryStatus } from '../../../core/mailings/mailing-rules.js';
import type { DbOrTx } from '../../platform/db/database.js';
import {
  activity,
  mailDelivery,
  mailing,
  mailMessage,
  mailUnsubscribe,
  network,
  registration,
} from '../../platform/db/schema.js';
import type { ListMailingsQuery, SegmentInput } from '../../../core/mailings/mailings.contract.js';

export interface Recipient {
  personId: string | null;
  name: string | null;
  email: string;
}

const activeRole = sql`ra.starts_on <= ${amsterdamToday} and (ra.ends_on is null or ra.ends_on >= ${amsterdamToday})`;

/** The people a segment reaches, one row per e-mail address (lower-cased), sorted by name. */
export async function resolveSegment(db: DbOrTx, networkId: string, segment: SegmentInput): Promise<Recipient[]> {
  let where;
  switch (segment.kind) {
    case 'all_member_contacts':
      where = sql`exists (select 1 from membership m where m.network_id = p.network_id
        and m.organisation_id = p.organisation_id and m.status in ('admitted', 'active'))`;
      break;
    case 'core_group':
      where = sql`exists (select 1 from role_assignment ra left join body b on b.network_id = ra.network_id and b.id = ra.body_id
        where ra.network_id = p.network_id and ra.person_id = p.id and ${activeRole}
        and (ra.role = 'core_group' or b.kind = 'core_group'))`;
      break;
    case 'theme_group':
      where = sql`exists (select 1 from role_assignment ra where ra.network_id = p.network_id and ra.person_id = p.id
        and ra.body_id = ${segment.bodyId} and ${activeRole})`;
      break;
    case 'activity_attendees':
      where = sql`exists (select 1 from registration r where r.network_id = p.network_id and r.person_id = p.id
        and r.activity_id = ${segment.activityId} and r.status <> 'cancelled')`;
      break;
    case 'role':
      where = sql`exists (select 1 from role_assignment ra where ra.network_id = p.network_id and ra.person_id = p.id
        and ra.role = ${segment.role} and ${activeRole})`;
      break;
  }
  const result = await db.execute<{ person_id: string; name: string; email: string }>(sql`
    select distinct on (lower(p.email)) p.id as person_id, p.name, lower(p.email) as email
    from person p
    where p.network_id = ${networkId} and p.email is not null and p.email <> '' and ${where}
    order by lower(p.email), p.name`);
  return result.rows
    .map((r) => ({ personId: r.person_id, name: r.name, email: r.email }))
    .sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '', 'nl'));
}

export async function unsubscribedEmails(db: DbOrTx, networkId: string, kind: string): Promise<Set<string>> {
  const rows = await db
    .select({ email: mailUnsubscribe.email })
    .from(mailUnsubscribe)
    .where(and(eq(mailUnsubscribe.networkId, networkId), eq(mailUnsubscribe.kind, kind)));
  return new Set(rows.map((r) => r.email));
}

export async function insertMailing(db: DbOrTx, values: typeof mailing.$inferInsert) {
  const [row] = await db.insert(mailing).values(values).onConflictDoNothing().returning();
  return row;
}

export async function insertDeliveries(db: DbOrTx, rows: (typeof mailDelivery.$inferInsert)[]) {
  for (let i = 0; i < rows.length; i += 500) await db.insert(mailDelivery).values(rows.slice(i, i + 500));
}

export async function findMailing(db: DbOrTx, networkId: string, id: string) {
  const [row] = await db
    .select()
    .from(mailing)
    .where(and(eq(mailing.networkId, networkId), eq(mailing.id, id)));
  return row;
}

export async function setMailingStatus(
  db: DbOrTx,
  networkId: string,
  id: string,
  values: Partial<Pick<typeof mailing.$inferInsert, 'status' | 'sentAt' | 'finishedAt' | 'total'>>,
) {
  await db
    .update(mailing)
    .set(values)
    .where(and(eq(mailing.networkId, networkId), eq(mailing.id, id)));
}

export async function deliveryCounts(db: DbOrTx, networkId: string, mailingIds: string[]) {
  const map = new Map<string, Partial<Record<DeliveryStatus, number>>>();
  if (mailingIds.length === 0) return map;
  const rows = await db
    .select({ mailingId: mailDelivery.mailingId, status: mailDelivery.status, n: count() })
    .from(mailDelivery)
    .where(and(eq(mailDelivery.networkId, networkId), inArray(mailDelivery.mailingId, mailingIds)))
    .groupBy(mailDelivery.mailingId, mailDelivery.status);
  for (const r of rows) {
    const entry = map.get(r.mailingId) ?? {};
    entry[r.status as DeliveryStatus] = r.n;
    map.set(r.mailingId, entry);
  }
  return map;
}

const sortColumns = {
  createdAt: mailing.createdAt,
  subject: mailing.subject,
  kind: mailing.kind,
  status: mailing.status,
} as const;

export async function queryMailings(db: DbOrTx, networkId: string, query: ListMailingsQuery, limit: number | null) {
  const where = and(
    eq(mailing.networkId, networkId),
    query.search ? ilike(mailing.subject, `%${query.search.replace(/[%_\\]/g, (c) => `\\${c}`)}%`) : undefined,
  );
  const order = query.order === 'asc' ? asc(sortColumns[query.sort]) : desc(sortColumns[query.sort]);
  const base = db.select().from(mailing).where(where).orderBy(order, desc(mailing.id));
  const items = limit === null ? await base : await base.limit(limit).offset((query.page - 1) * limit);
  const [total] = await db.select({ n: count() }).from(mailing).where(where);
  return { items, total: total?.n ?? 0 };
}

export async function listDeliveries(
  db: DbOrTx,
  networkId: string,
  mailingId: string,
  filter: { status?: string | undefined; search?: string | undefined },
) {
  return db
    .select({
      id: mailDelivery.id,
      email: mailDelivery.email,
      name: mailDelivery.name,
      status: mailDelivery.status,
      attempts: mailDelivery.attempts,
      lastError: mailDelivery.lastError,
      sentAt: mailDelivery.sentAt,
    })
    .from(mailDelivery)
    .where(
      and(
        eq(mailDelivery.networkId, networkId),
        eq(mailDelivery.mailingId, mailingId),
        filter.status ? eq(mailDelivery.status, filter.status) : undefined,
        filter.search ? ilike(mailDelivery.email, `%${filter.search.replace(/[%_\\]/g, (c) => `\\${c}`)}%`) : undefined,
      ),
    )
    .orderBy(asc(mailDelivery.email))
    .limit(5000);
}

export interface ClaimedDelivery {
  id: string;
  email: string;
  name: string | null;
  attempts: number;
  token: string | null;
}

/**
 * Claims the next queued delivery that is due, locking its row for the caller's transaction. SKIP LOCKED lets several
 * workers share a mailing; the lock ends with the transaction, so a killed worker's row is free again at once.
 */
export async function claimNextDelivery(
  tx: DbOrTx,
  networkId: string,
  mailingId: string,
): Promise<ClaimedDelivery | undefined> {
  const result = await tx.execute<{
    id: string;
    email: string;
    name: string | null;
    attempts: number;
    unsubscribe_token: string | null;
  }>(sql`
    select id, email, name, attempts, unsubscribe_token from mail_delivery
    where network_id = ${networkId} and mailing_id = ${mailingId} and status = 'queued' and next_attempt_at <= now()
    order by next_attempt_at, id
    limit 1
    for update skip locked`);
  const row = result.rows[0];
  return row
    ? { id: row.id, email: row.email, name: row.name, attempts: row.attempts, token: row.unsubscribe_token }
    : undefined;
}

export async function markDelivery(
  tx: DbOrTx,
  networkId: string,
  id: string,
  values: Partial<typeof mailDelivery.$inferInsert>,
) {
  await tx
    .update(mailDelivery)
    .set(values)
    .where(and(eq(mailDelivery.networkId, networkId), eq(mailDelivery.id, id)));
}

/** Seconds until the next queued delivery of a mailing is due (0 when one is due now), or null when none is queued. */
export async function nextDueInSeconds(db: DbOrTx, networkId: string, mailingId: string): Promise<number | null> {
  const result = await db.execute<{ due: string | null }>(sql`
    select extract(epoch from (min(next_attempt_at) - now())) as due from mail_delivery
    where network_id = ${networkId} and mailing_id = ${mailingId} and status = 'queued'`);
  const due = result.rows[0]?.due;
  return due === null || due === undefined ? null : Math.max(0, Math.ceil(Number(due)));
}

/** "Try again now": failed deliveries go back in the queue (with fresh attempts) and waiting retries become due at once. */
export async function requeueFailed(db: DbOrTx, networkId: string, mailingId: string) {
  const result = await db.execute(sql`
    update mail_delivery
    set status = 'queued', next_attempt_at = now(), attempts = case when status = 'failed' then 0 else attempts end
    where network_id = ${networkId} and mailing_id = ${mailingId} and status in ('failed', 'queued')`);
  return result.rowCount ?? 0;
}

/** Mailings still sending anywhere in the installation (to resume after a restart). */
export async function sendingMailings(db: DbOrTx) {
  return db.select({ networkId: mailing.networkId, id: mailing.id }).from(mailing).where(eq(mailing.status, 'sending'));
}

export async function findNetworkName(db: DbOrTx, networkId: string) {
  const [row] = await db.select({ name: network.name }).from(network).where(eq(network.id, networkId));
  return row?.name;
}

export async function findActivity(db: DbOrTx, networkId: string, activityId: string) {
  const [row] = await db
    .select({
      id: activity.id,
      title: activity.title,
      startsAt: activity.startsAt,
      location: activity.location,
      capacity: activity.capacity,
      status: activity.status,
    })
    .from(activity)
    .where(and(eq(activity.networkId, networkId), eq(activity.id, activityId)));
  return row;
}

/** Planned activities of all networks starting between two instants (for the day-before reminder). */
export async function activitiesStartingBetween(db: DbOrTx, from: Date, to: Date) {
  return db
    .select({ networkId: activity.networkId, id: activity.id, title: activity.title, startsAt: activity.startsAt })
    .from(activity)
    .where(
      and(
        eq(activity.status, 'planned'),
        sql`${activity.startsAt} >= ${from.toISOString()}`,
        sql`${activity.startsAt} < ${to.toISOString()}`,
      ),
    );
}

export async function findDeliveryByToken(db: DbOrTx, token: string) {
  const [row] = await db
    .select({
      networkId: mailDelivery.networkId,
      id: mailDelivery.id,
      personId: mailDelivery.personId,
      email: mailDelivery.email,
      kind: mailing.kind,
      activityId: mailing.activityId,
    })
    .from(mailDelivery)
    .innerJoin(mailing, and(eq(mailing.networkId, mailDelivery.networkId), eq(mailing.id, mailDelivery.mailingId)))
    .where(eq(mailDelivery.unsubscribeToken, token));
  return row;
}

export async function isUnsubscribed(db: DbOrTx, networkId: string, email: string, kind: string) {
  const [row] = await db
    .select({ id: mailUnsubscribe.id })
    .from(mailUnsubscribe)
    .where(
      and(eq(mailUnsubscribe.networkId, networkId), eq(mailUnsubscribe.email, email), eq(mailUnsubscribe.kind, kind)),
    );
  return Boolean(row);
}

export async function insertUnsubscribe(db: DbOrTx, networkId: string, email: string, kind: string) {
  await db.insert(mailUnsubscribe).values({ networkId, email, kind }).onConflictDoNothing();
}

export async function registrationCounts(db: DbOrTx, networkId: string, activityId: string) {
  const rows = await db
    .select({ status: registration.status, n: count() })
    .from(registration)
    .where(and(eq(registration.networkId, networkId), eq(registration.activityId, activityId)))
    .groupBy(registration.status);
  return Object.fromEntries(rows.map((r) => [r.status, r.n])) as Record<string, number>;
}

export async function findOpenRegistration(db: DbOrTx, networkId: string, activityId: string, personId: string) {
  const [row] = await db
    .select({ id: registration.id, status: registration.status })
    .from(registration)
    .where(
      and(
        eq(registration.networkId, networkId),
        eq(registration.activityId, activityId),
        eq(registration.personId, personId),
        sql`${registration.status} <> 'cancelled'`,
      ),
    );
  return row;
}

export async function insertRegistration(
  db: DbOrTx,
  values: { networkId: string; activityId: string; personId: string; status: string },
) {
  const [row] = await db.insert(registration).values(values).onConflictDoNothing().returning({ id: registration.id });
  return row;
}

/** The error the outbox recorded for one message (the reason a send failed), if any. */
export async function findMailMessageError(db: DbOrTx, id: string) {
  const [msg] = await db.select({ error: mailMessage.error }).from(mailMessage).where(eq(mailMessage.id, id));
  return msg?.error;
}
