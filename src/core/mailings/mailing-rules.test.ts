import { describe, expect, it } from 'vitest';
import { afterFailure, isDayBefore, isUnsubscribable, progressOf, renderMail, templateFor } from './mailing-rules.js';

describe('mailing rules', () => {
  it('offers unsubscribe for newsletters and invitations, never for reminders', () => {
    expect(isUnsubscribable('newsletter')).toBe(true);
    expect(isUnsubscribable('invitation')).toBe(true);
    expect(isUnsubscribable('reminder')).toBe(false);
  });

  it('retries twice with growing delays, then fails', () => {
    expect(afterFailure(1)).toEqual({ status: 'queued', delaySeconds: 30 });
    expect(afterFailure(2)).toEqual({ status: 'queued', delaySeconds: 120 });
    expect(afterFailure(3)).toEqual({ status: 'failed', delaySeconds: 0 });
  });

  it('counts stored (outbox) mails as sent in the progress', () => {
    expect(progressOf({ queued: 2, sent: 3, stored: 1, failed: 1 })).toEqual({
      total: 7,
      queued: 2,
      sent: 4,
      failed: 1,
      skipped: 0,
    });
  });

  it('knows the day before in Amsterdam, also around midnight and DST', () => {
    // 23:30 UTC on 30 March is already 31 March 01:30 in Amsterdam (summer time).
    expect(isDayBefore(new Date('2026-04-01T08:00:00Z'), new Date('2026-03-30T23:30:00Z'))).toBe(true);
    expect(isDayBefore(new Date('2026-03-31T08:00:00Z'), new Date('2026-03-30T23:30:00Z'))).toBe(false);
    expect(isDayBefore(new Date('2026-11-28T09:00:00Z'), new Date('2026-11-27T10:00:00Z'))).toBe(true);
    expect(isDayBefore(new Date('2026-11-29T09:00:00Z'), new Date('2026-11-27T10:00:00Z'))).toBe(false);
  });

  it('writes a Dutch invitation with the network name, the activity and the registration link', () => {
    const t = templateFor('invitation', 'nl', '99van Zwolle', 'Werkgeversontbijt');
    const mail = renderMail({
      kind: 'invitation',
      language: 'nl',
      networkName: '99van Zwolle',
      recipientName: 'Piet',
      ...t,
      activity: { title: 'Werkgeversontbijt', startsAt: new Date('2026-12-03T07:30:00Z'), location: 'Stadhuis' },
      registrationUrl: 'http://x/aanmelden/abc',
      unsubscribeUrl: 'http://x/afmelden/abc',
    });
    expect(mail.subject).toBe('[99van Zwolle] Uitnodiging: Werkgeversontbijt');
    expect(mail.text).toContain('Beste Piet,');
    expect(mail.text).toContain('Wanneer: donderdag 3 december 2026 om 08:30');
    expect(mail.text).toContain('Aanmelden kan via deze link:\nhttp://x/aanmelden/abc');
    expect(mail.text).toContain('Afmelden: http://x/afmelden/abc');
  });

  it('puts no unsubscribe line in a reminder', () => {
    const mail = renderMail({
      kind: 'reminder',
      language: 'en',
      networkName: 'N',
      recipientName: null,
      subject: 'S',
      body: 'B',
      unsubscribeUrl: 'http://x/afmelden/abc',
    });
    expect(mail.text).not.toContain('afmelden');
    expect(mail.text).toContain('Dear participant,');
  });
});
