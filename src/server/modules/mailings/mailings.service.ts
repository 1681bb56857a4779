// Mailings: messages to a segment of the network's people, one delivery row per recipient. Sending is a job: the worker
// claims one due delivery at a time (FOR UPDATE SKIP LOCKED), hands it to SMTP and marks it sent — or records the SMTP reply
// and schedules a retry — in that same transaction, so a killed process never loses a mail nor sends one twice (except in
// the unavoidable instant between the SMTP server's "250 OK" and our commit; see docs/decisions/007).
// Also: the mail-link pages (unsubscribe per person per kind, register for the invited activity) and the day-before reminder.
import { randomBytes } from 'node:crypto';
import { placeForNewRegistration } from '../../../core/agenda/agenda-rules.js';
import {
  afterFailure,
  isDayBefore,
  isUnsubscribable,
  progressOf,
  renderMail,
  templateFor,
  type MailingKind,
} from '../../../core/mailings/mailing-rules.js';
import { SYSTEM_ACTOR, authorize, type Actor } from '../../platform/access.js';
import { writeAudit } from '../../platform/audit.js';
import type { Db, DbOrTx } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import type { Mailer } from '../../platform/mail.js';
import { registerErrorMessages } from '../../platform/messages.js';
import {
  activitiesStartingBetween,
  claimNextDelivery,
  deliveryCounts,
  findActivity,
  findDeliveryByToken,
  findMailMessageError,
  findMailing,
  findNetworkName,
  findOpenRegistration,
  insertDeliveries,
  insertMailing,
  insertRegistration,
  insertUnsubscribe,
  isUnsubscribed,
  listDeliveries,
  markDelivery,
  nextDueInSeconds,
  queryMailings,
  registrationCounts,
  requeueFailed,
  resolveSegment,
  setMailingStatus,
  unsubscribedEmails,
} from './mailings.repository.js';
import type {
  CreateMailingInput,
  ListMailingsQuery,
  MailingRow,
  SegmentInput,
} from '../../../core/mailings/mailings.contract.js';

registerErrorMessages({
  nl: {
    mailing_activity_required: 'Kies de activiteit waarvoor u uitnodigt of herinnert.',
    mailing_segment_empty: 'Deze doelgroep heeft niemand met een e-mailadres; er is niets verstuurd.',
    mail_link_not_for_activity: 'Deze link hoort niet bij een uitnodiging voor een activiteit.',
    activity_not_open: 'Aanmelden voor deze activiteit kan niet meer.',
  },
  en: {
    mailing_activity_required: 'Choose the activity you are inviting to or reminding of.',
    mailing_segment_empty: 'Nobody in this audience has an e-mail address; nothing was sent.',
    mail_link_not_for_activity: 'This link does not belong to an invitation for an activity.',
    activity_not_open: 'Registration for this activity is closed.',
  },
});

export const MAILING_QUEUE = 'mailings.send';
export const REMINDER_QUEUE = 'mailings.reminders';

/** How the service asks for a mailing to be sent; the app passes the job queue, tests may drain by hand. */
export type EnqueueMailing = (networkId: string, mailingId: string, delaySeconds?: number) => Promise<void>;

export async function previewSegment({
  db,
  actor,
  networkId,
  segment,
  kind,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  segment: SegmentInput;
  kind: MailingKind;
}) {
  authorize(actor, 'mailings.read', networkId);
  const recipients = await resolveSegment(db, networkId, segment);
  const blocked = isUnsubscribable(kind) ? await unsubscribedEmails(db, networkId, kind) : new Set<string>();
  const reachable = recipients.filter((r) => !blocked.has(r.email));
  return {
    count: reachable.length,
    unsubscribed: recipients.length - reachable.length,
    sample: reachable.slice(0, 20),
  };
}

export function composerTemplate(
  kind: MailingKind,
  language: 'nl' | 'en',
  networkName: string,
  activityTitle?: string,
) {
  return templateFor(kind, language, networkName, activityTitle);
}

export async function getComposerTemplate({
  db,
  actor,
  networkId,
  kind,
  language,
  activityId,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  kind: MailingKind;
  language: 'nl' | 'en';
  activityId?: string | undefined;
}) {
  authorize(actor, 'mailings.read', networkId);
  const name = (await findNetworkName(db, networkId)) ?? '';
  const act = activityId ? await findActivity(db, networkId, activityId) : undefined;
  return templateFor(kind, language, name, act?.title);
}

/** Creates a mailing with one delivery row per recipient and queues it for sending. */
export async function sendMailing({
  db,
  actor,
  networkId,
  input,
  enqueue,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  input: CreateMailingInput;
  enqueue: EnqueueMailing | undefined;
}) {
  authorize(actor, 'mailings.manage', networkId);
  const needsActivity = input.kind === 'invitation' || input.kind === 'reminder';
  if (needsActivity && !input.activityId)
    throw new AppError('validation_failed', 'mailing_activity_required', [
      { path: ['activityId'], message: 'mailing_activity_required' },
    ]);
  const created = await db.transaction(async (tx) => {
    if (input.activityId && !(await findActivity(tx, networkId, input.activityId))) throw new AppError('not_found');
    const recipients = await resolveSegment(tx, networkId, input.segment);
    if (recipients.length === 0) throw new AppError('conflict', 'mailing_segment_empty');
    const row = await insertMailing(tx, {
      networkId,
      kind: input.kind,
      subject: input.subject,
      body: input.body,
      segment: input.segment as Record<string, string>,
      activityId: input.activityId ?? null,
      language: input.language,
      status: 'sending',
      total: recipients.length,
      createdBy: actor.userId,
      sentAt: new Date(),
    });
    if (!row) throw new AppError('conflict');
    await queueDeliveries(tx, networkId, row.id, input.kind, recipients);
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'mailing.send',
      recordType: 'mailing',
      recordId: row.id,
      details: { kind: input.kind, segment: input.segment, recipients: recipients.length },
    });
    return row;
  });
  await enqueue?.(networkId, created.id);
  return { id: created.id, total: created.total };
}

async function queueDeliveries(
  tx: DbOrTx,
  networkId: string,
  mailingId: string,
  kind: string,
  recipients: { personId: string | null; name: string | null; email: string }[],
) {
  const blocked = isUnsubscribable(kind) ? await unsubscribedEmails(tx, networkId, kind) : new Set<string>();
  await insertDeliveries(
    tx,
    recipients.map((r) => ({
      networkId,
      mailingId,
      personId: r.personId,
      email: r.email,
      name: r.name,
      status: blocked.has(r.email) ? 'skipped' : 'queued',
      // The delivery's secret for its links (unsubscribe, register); unguessable, unique.
      unsubscribeToken: randomBytes(18).toString('base64url'),
    })),
  );
}

function toRow(
  m: Awaited<ReturnType<typeof findMailing>> & object,
  counts: Parameters<typeof progressOf>[0],
): MailingRow {
  return {
    id: m.id,
    kind: m.kind,
    subject: m.subject,
    body: m.body,
    segment: m.segment,
    activityId: m.activityId,
    language: m.language,
    status: m.status,
    createdAt: m.createdAt,
    sentAt: m.sentAt,
    finishedAt: m.finishedAt,
    progress: progressOf(counts),
  };
}

export async function listMailings({
  db,
  actor,
  networkId,
  query,
  all = false,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  query: ListMailingsQuery;
  all?: boolean;
}) {
  authorize(actor, 'mailings.read', networkId);
  const { items, total } = await queryMailings(db, networkId, query, all ? null : query.pageSize);
  const counts = await deliveryCounts(
    db,
    networkId,
    items.map((i) => i.id),
  );
  return {
    items: items.map((m) => toRow(m, counts.get(m.id) ?? {})),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function getMailing({
  db,
  actor,
  networkId,
  mailingId,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  mailingId: string;
}) {
  authorize(actor, 'mailings.read', networkId);
  const m = await findMailing(db, networkId, mailingId);
  if (!m) throw new AppError('not_found');
  const counts = await deliveryCounts(db, networkId, [m.id]);
  return toRow(m, counts.get(m.id) ?? {});
}

export async function listMailingDeliveries({
  db,
  actor,
  networkId,
  mailingId,
  filter,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  mailingId: string;
  filter: { status?: string | undefined; search?: string | undefined };
}) {
  authorize(actor, 'mailings.read', networkId);
  if (!(await findMailing(db, networkId, mailingId))) throw new AppError('not_found');
  return listDeliveries(db, networkId, mailingId, filter);
}

export async function retryFailedDeliveries({
  db,
  actor,
  networkId,
  mailingId,
  enqueue,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  mailingId: string;
  enqueue: EnqueueMailing | undefined;
}) {
  authorize(actor, 'mailings.manage', networkId);
  const requeued = await db.transaction(async (tx) => {
    if (!(await findMailing(tx, networkId, mailingId))) throw new AppError('not_found');
    const n = await requeueFailed(tx, networkId, mailingId);
    if (n > 0) await setMailingStatus(tx, networkId, mailingId, { status: 'sending', finishedAt: null });
    await writeAudit(tx, { actor, networkId, action: 'mailing.retry', recordType: 'mailing', recordId: mailingId });
    return n;
  });
  if (requeued > 0) await enqueue?.(networkId, mailingId);
  return { requeued };
}

/**
 * The worker: sends the due deliveries of one mailing, one transaction per recipient. Returns how many were handled and,
 * when retries are waiting, after how many seconds the next one is due (the caller schedules a new job for it).
 */
export async function processMailing({
  db,
  mailer,
  publicUrl,
  networkId,
  mailingId,
  shouldStop = () => false,
}: {
  db: Db;
  mailer: Mailer;
  publicUrl: string;
  networkId: string;
  mailingId: string;
  shouldStop?: () => boolean;
}): Promise<{ handled: number; retryInSeconds: number | null }> {
  const m = await findMailing(db, networkId, mailingId);
  if (!m) return { handled: 0, retryInSeconds: null };
  const networkName = (await findNetworkName(db, networkId)) ?? '';
  const act = m.activityId ? await findActivity(db, networkId, m.activityId) : undefined;
  const language = m.language === 'en' ? 'en' : 'nl';
  let handled = 0;
  while (!shouldStop()) {
    const done = await db.transaction(async (tx) => {
      const d = await claimNextDelivery(tx, networkId, mailingId);
      if (!d) return false;
      const linkBase = `${publicUrl.replace(/\/$/, '')}`;
      const unsubscribeUrl = d.token ? `${linkBase}/afmelden/${d.token}` : null;
      const mail = renderMail({
        kind: m.kind as MailingKind,
        language,
        networkName,
        recipientName: d.name,
        subject: m.subject,
        body: m.body,
        activity: act ? { title: act.title, startsAt: act.startsAt, location: act.location } : null,
        registrationUrl: d.token ? `${linkBase}/aanmelden/${d.token}` : null,
        unsubscribeUrl,
      });
      const headers: Record<string, string> = {};
      if (isUnsubscribable(m.kind) && unsubscribeUrl) {
        // RFC 8058 one-click: a POST to this address unsubscribes (see one-click.routes.ts); never on transactional mail.
        headers['List-Unsubscribe'] = `<${unsubscribeUrl}>`;
        headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
      }
      const result = await mailer.send(tx, {
        networkId,
        kind: `mailing_${m.kind}`,
        to: d.email,
        subject: mail.subject,
        text: mail.text,
        headers,
      });
      const attempts = d.attempts + 1;
      if (result.status === 'sent' || result.status === 'stored') {
        await markDelivery(tx, networkId, d.id, {
          status: result.status,
          attempts,
          sentAt: new Date(),
          mailMessageId: result.id,
          lastError: null,
        });
      } else {
        const error = await findMailMessageError(tx, result.id);
        const next = afterFailure(attempts);
        await markDelivery(tx, networkId, d.id, {
          status: next.status,
          attempts,
          lastError: error ?? 'SMTP-fout',
          mailMessageId: result.id,
          nextAttemptAt: new Date(Date.now() + next.delaySeconds * 1000),
        });
      }
      return true;
    });
    if (!done) break;
    handled += 1;
  }
  const dueIn = await nextDueInSeconds(db, networkId, mailingId);
  if (dueIn === null) await setMailingStatus(db, networkId, mailingId, { status: 'done', finishedAt: new Date() });
  return { handled, retryInSeconds: dueIn };
}

/** Creates the day-before reminder for every planned activity of tomorrow that has registrations (once per activity). */
export async function queueDayBeforeReminders({
  db,
  now,
  enqueue,
}: {
  db: Db;
  now: Date;
  enqueue: EnqueueMailing | undefined;
}) {
  const candidates = await activitiesStartingBetween(
    db,
    new Date(now.getTime() + 60 * 60 * 1000),
    new Date(now.getTime() + 50 * 60 * 60 * 1000),
  );
  const created: { networkId: string; mailingId: string }[] = [];
  for (const a of candidates.filter((c) => isDayBefore(c.startsAt, now))) {
    const row = await db.transaction(async (tx) => {
      const recipients = await resolveSegment(tx, a.networkId, { kind: 'activity_attendees', activityId: a.id });
      if (recipients.length === 0) return undefined;
      const name = (await findNetworkName(tx, a.networkId)) ?? '';
      const t = templateFor('reminder', 'nl', name, a.title);
      const m = await insertMailing(tx, {
        networkId: a.networkId,
        kind: 'reminder',
        subject: t.subject,
        body: t.body,
        segment: { kind: 'activity_attendees', activityId: a.id },
        activityId: a.id,
        status: 'sending',
        total: recipients.length,
        sentAt: now,
      });
      if (!m) return undefined; // already reminded (unique per activity)
      await queueDeliveries(tx, a.networkId, m.id, 'reminder', recipients);
      await writeAudit(tx, {
        actor: SYSTEM_ACTOR,
        networkId: a.networkId,
        action: 'mailing.reminder',
        recordType: 'mailing',
        recordId: m.id,
      });
      return m;
    });
    if (row) {
      created.push({ networkId: a.networkId, mailingId: row.id });
      await enqueue?.(a.networkId, row.id);
    }
  }
  return created;
}

// --- mail links (public, by the delivery's secret token) ------------------------------------------------------------------

async function deliveryForToken(db: DbOrTx, token: string) {
  const d = await findDeliveryByToken(db, token);
  if (!d) throw new AppError('not_found');
  return d;
}

export async function viewMailLink({ db, token }: { db: DbOrTx; token: string }) {
  const d = await deliveryForToken(db, token);
  const networkName = (await findNetworkName(db, d.networkId)) ?? '';
  const act = d.activityId ? await findActivity(db, d.networkId, d.activityId) : undefined;
  const registered =
    act && d.personId ? Boolean(await findOpenRegistration(db, d.networkId, act.id, d.personId)) : false;
  return {
    networkName,
    kind: d.kind,
    email: d.email,
    unsubscribable: isUnsubscribable(d.kind),
    unsubscribed: await isUnsubscribed(db, d.networkId, d.email, d.kind),
    activity: act ? { title: act.title, startsAt: act.startsAt, location: act.location, registered } : null,
  };
}

export async function unsubscribeByToken({ db, token }: { db: Db; token: string }) {
  return db.transaction(async (tx) => {
    const d = await deliveryForToken(tx, token);
    if (!isUnsubscribable(d.kind)) throw new AppError('bad_request');
    await insertUnsubscribe(tx, d.networkId, d.email, d.kind);
    await writeAudit(tx, {
      actor: SYSTEM_ACTOR,
      networkId: d.networkId,
      action: 'mail.unsubscribe',
      recordType: 'mail_delivery',
      recordId: d.id,
      details: { kind: d.kind },
    });
    return { unsubscribed: true };
  });
}

export async function registerByToken({ db, token }: { db: Db; token: string }) {
  return db.transaction(async (tx) => {
    const d = await deliveryForToken(tx, token);
    if (d.kind !== 'invitation' || !d.activityId || !d.personId)
      throw new AppError('bad_request', 'mail_link_not_for_activity');
    const act = await findActivity(tx, d.networkId, d.activityId);
    if (!act || act.status !== 'planned') throw new AppError('conflict', 'activity_not_open');
    const existing = await findOpenRegistration(tx, d.networkId, act.id, d.personId);
    if (existing) return { status: existing.status };
    const counts = await registrationCounts(tx, d.networkId, act.id);
    const status = placeForNewRegistration(act.capacity, counts.registered ?? 0);
    await insertRegistration(tx, { networkId: d.networkId, activityId: act.id, personId: d.personId, status });
    await writeAudit(tx, {
      actor: SYSTEM_ACTOR,
      networkId: d.networkId,
      action: 'registration.by_mail_link',
      recordType: 'activity',
      recordId: act.id,
    });
    return { status };
  });
}
