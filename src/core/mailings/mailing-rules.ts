// Mailings as plain rules: kinds (and which may be unsubscribed from), segments, the text of each kind of mail in Dutch and
// English carrying the network's name, retry timing and when the day-before reminder is due. No I/O, no clock.
import { addDays, amsterdamDateOf, todayInAmsterdam } from '../calendar.js';

export const MAILING_KINDS = ['newsletter', 'invitation', 'announcement', 'reminder'] as const;
export type MailingKind = (typeof MAILING_KINDS)[number];

/** Kinds a person can unsubscribe from. A reminder for an activity one registered for is transactional: never. */
export const UNSUBSCRIBABLE_KINDS: readonly MailingKind[] = ['newsletter', 'invitation', 'announcement'];
export function isUnsubscribable(kind: string): boolean {
  return (UNSUBSCRIBABLE_KINDS as readonly string[]).includes(kind);
}

export const SEGMENT_KINDS = [
  'all_member_contacts',
  'core_group',
  'theme_group',
  'activity_attendees',
  'role',
] as const;
export type SegmentKind = (typeof SEGMENT_KINDS)[number];

export type Segment =
  | { kind: 'all_member_contacts' }
  | { kind: 'core_group' }
  | { kind: 'theme_group'; bodyId: string }
  | { kind: 'activity_attendees'; activityId: string }
  | { kind: 'role'; role: string };

export const MAILING_STATUSES = ['draft', 'sending', 'done'] as const;
export const DELIVERY_STATUSES = ['queued', 'sent', 'stored', 'failed', 'skipped'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** A delivery is tried this many times before it is marked failed for good (a coordinator can still retry it by hand). */
export const MAX_ATTEMPTS = 3;

/** Seconds to wait before attempt `attempts + 1` after a failure: 30 s, 2 min, 8 min. */
export function retryDelaySeconds(attempts: number): number {
  return 30 * 4 ** Math.max(0, attempts - 1);
}

export function afterFailure(attempts: number): { status: 'queued' | 'failed'; delaySeconds: number } {
  return attempts >= MAX_ATTEMPTS
    ? { status: 'failed', delaySeconds: 0 }
    : { status: 'queued', delaySeconds: retryDelaySeconds(attempts) };
}

export interface MailingProgress {
  total: number;
  queued: number;
  sent: number;
  failed: number;
  skipped: number;
}

export function progressOf(counts: Partial<Record<DeliveryStatus, number>>): MailingProgress {
  const queued = counts.queued ?? 0;
  const sent = (counts.sent ?? 0) + (counts.stored ?? 0);
  const failed = counts.failed ?? 0;
  const skipped = counts.skipped ?? 0;
  return { total: queued + sent + failed + skipped, queued, sent, failed, skipped };
}

/** The calendar date (YYYY-MM-DD) in Europe/Amsterdam. */
export function amsterdamDate(at: Date): string {
  return amsterdamDateOf(at);
}

/** A reminder is due on the day before the activity's day, as the network's members count days (Europe/Amsterdam). */
export function isDayBefore(startsAt: Date, now: Date): boolean {
  return amsterdamDate(startsAt) === addDays(todayInAmsterdam(now), 1);
}

export interface MailActivity {
  title: string;
  startsAt: Date;
  location: string | null;
}

export interface RenderInput {
  kind: MailingKind;
  language: 'nl' | 'en';
  networkName: string;
  recipientName: string | null;
  subject: string;
  body: string;
  activity?: MailActivity | null;
  registrationUrl?: string | null;
  unsubscribeUrl?: string | null;
}

function when(at: Date, language: 'nl' | 'en'): string {
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    timeZone: 'Europe/Amsterdam',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(at);
}

/** The subject line and plain text of one mail to one person. */
export function renderMail(input: RenderInput): { subject: string; text: string } {
  const nl = input.language === 'nl';
  const greeting = input.recipientName
    ? nl
      ? `Beste ${input.recipientName},`
      : `Dear ${input.recipientName},`
    : nl
      ? 'Beste deelnemer,'
      : 'Dear participant,';
  const lines: string[] = [greeting, '', input.body.trim(), ''];
  const a = input.activity;
  if (a) {
    lines.push(nl ? `Wat: ${a.title}` : `What: ${a.title}`);
    lines.push(nl ? `Wanneer: ${when(a.startsAt, 'nl')}` : `When: ${when(a.startsAt, 'en')}`);
    if (a.location) lines.push(nl ? `Waar: ${a.location}` : `Where: ${a.location}`);
    lines.push('');
  }
  if (input.kind === 'invitation' && input.registrationUrl) {
    lines.push(nl ? 'Aanmelden kan via deze link:' : 'Register through this link:', input.registrationUrl, '');
  }
  if (input.kind === 'reminder') {
    lines.push(
      nl
        ? 'U ontvangt deze herinnering omdat u zich hebt aangemeld.'
        : 'You receive this reminder because you registered.',
      '',
    );
  }
  lines.push(nl ? 'Met vriendelijke groet,' : 'Kind regards,', input.networkName);
  if (isUnsubscribable(input.kind) && input.unsubscribeUrl) {
    lines.push(
      '',
      '--',
      nl
        ? `Wilt u dit soort berichten van ${input.networkName} niet meer ontvangen? Afmelden: ${input.unsubscribeUrl}`
        : `No longer want this kind of message from ${input.networkName}? Unsubscribe: ${input.unsubscribeUrl}`,
    );
  }
  const prefix = `[${input.networkName}] `;
  const subject = input.subject.startsWith(prefix) ? input.subject : prefix + input.subject;
  return { subject, text: lines.join('\n') };
}

/** The default subject and body a composer starts from, per kind. */
export function templateFor(
  kind: MailingKind,
  language: 'nl' | 'en',
  networkName: string,
  activityTitle?: string,
): { subject: string; body: string } {
  const nl = language === 'nl';
  switch (kind) {
    case 'newsletter':
      return nl
        ? { subject: `Nieuwsbrief ${networkName}`, body: `Het laatste nieuws uit ${networkName}.` }
        : { subject: `${networkName} newsletter`, body: `The latest news from ${networkName}.` };
    case 'invitation':
      return nl
        ? {
            subject: `Uitnodiging: ${activityTitle ?? 'bijeenkomst'}`,
            body: `${networkName} nodigt u graag uit voor ${activityTitle ?? 'onze bijeenkomst'}.`,
          }
        : {
            subject: `Invitation: ${activityTitle ?? 'meeting'}`,
            body: `${networkName} would like to invite you to ${activityTitle ?? 'our meeting'}.`,
          };
    case 'announcement':
      return nl
        ? { subject: `Bericht van ${networkName}`, body: '' }
        : { subject: `Message from ${networkName}`, body: '' };
    case 'reminder':
      return nl
        ? {
            subject: `Herinnering: morgen ${activityTitle ?? 'bijeenkomst'}`,
            body: `Morgen is ${activityTitle ?? 'de bijeenkomst'} waarvoor u zich hebt aangemeld. We zien u graag!`,
          }
        : {
            subject: `Reminder: ${activityTitle ?? 'meeting'} tomorrow`,
            body: `Tomorrow is ${activityTitle ?? 'the meeting'} you registered for. We look forward to seeing you!`,
          };
  }
}
