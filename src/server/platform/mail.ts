// Outgoing mail. Every message is first written to the mail_message table (the outbox), then sent by SMTP when SMTP_URL is
// configured; without SMTP it stays in the outbox, where a platform admin reads it in the app. The outcome (sent, or failed
// with the SMTP reply) is recorded on the row.
import { eq, inArray, sql } from 'drizzle-orm';
import type { Transporter } from 'nodemailer';
import type { DbOrTx } from './db/database.js';
import { mailMessage, user } from './db/schema.js';
import type { Locale } from './messages.js';

export interface OutgoingMail {
  networkId?: string | null;
  kind: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  headers?: Record<string, string>;
}

export interface Mailer {
  transport: 'smtp' | 'outbox';
  send(db: DbOrTx, mail: OutgoingMail): Promise<{ id: string; status: string }>;
  close(): void;
}

export async function createMailer(options: { smtpUrl: string | undefined; from: string }): Promise<Mailer> {
  // nodemailer is loaded only when SMTP is configured.
  const transporter: Transporter | undefined = options.smtpUrl
    ? (await import('nodemailer')).default.createTransport(options.smtpUrl, { from: options.from })
    : undefined;
  return {
    transport: transporter ? 'smtp' : 'outbox',
    async send(db, mail) {
      const [row] = await db
        .insert(mailMessage)
        .values({
          networkId: mail.networkId ?? null,
          kind: mail.kind,
          toAddress: mail.to,
          subject: mail.subject,
          textBody: mail.text,
          htmlBody: mail.html ?? null,
          headers: mail.headers ?? {},
          status: transporter ? 'queued' : 'stored',
          transport: transporter ? 'smtp' : 'outbox',
        })
        .returning({ id: mailMessage.id });
      const id = row!.id;
      if (!transporter) return { id, status: 'stored' };
      try {
        await transporter.sendMail({
          from: options.from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          ...(mail.html ? { html: mail.html } : {}),
          headers: mail.headers ?? {},
        });
        await db.update(mailMessage).set({ status: 'sent', sentAt: new Date() }).where(eq(mailMessage.id, id));
        return { id, status: 'sent' };
      } catch (error) {
        const reply = error instanceof Error ? error.message : String(error);
        await db
          .update(mailMessage)
          .set({ status: 'failed', error: reply.slice(0, 2000) })
          .where(eq(mailMessage.id, id));
        return { id, status: 'failed' };
      }
    },
    close() {
      transporter?.close();
    },
  };
}

/**
 * The language each address reads its mail in: the language of the account with that address (chosen with the app's language
 * switch), Dutch for an address without an account. Addresses are compared without case.
 */
export async function recipientLocales(
  db: DbOrTx,
  emails: readonly (string | null)[],
): Promise<(email: string) => Locale> {
  const lowered = [...new Set(emails.filter((e): e is string => Boolean(e)).map((e) => e.toLowerCase()))];
  const rows =
    lowered.length === 0
      ? []
      : await db
          .select({ email: sql<string>`lower(${user.email})`, locale: user.locale })
          .from(user)
          .where(inArray(sql`lower(${user.email})`, lowered));
  const english = new Set(rows.filter((r) => r.locale === 'en').map((r) => r.email));
  return (email) => (english.has(email.toLowerCase()) ? 'en' : 'nl');
}

/**
 * The language of one account, found by its address (without case) or its id; undefined when there is no such account. For
 * mails whose language falls back to someone else's when the recipient has no account (an invitation, see mail-texts.ts).
 */
export async function accountLocale(
  db: DbOrTx,
  by: { email: string } | { userId: string },
): Promise<Locale | undefined> {
  const [row] = await db
    .select({ locale: user.locale })
    .from(user)
    .where('email' in by ? eq(sql`lower(${user.email})`, by.email.toLowerCase()) : eq(user.id, by.userId));
  if (!row) return undefined;
  return row.locale === 'en' ? 'en' : 'nl';
}
