// The e-mails better-auth asks us to send (password reset, login link), written from the server catalog in the user's
// language and sent through the outbox.
import { eq } from 'drizzle-orm';
import type { AuthMailer } from '../../platform/auth.js';
import { MAGIC_LINK_MINUTES, PASSWORD_RESET_MINUTES } from '../../platform/auth.js';
import type { Db } from '../../platform/db/database.js';
import { user } from '../../platform/db/schema.js';
import type { Mailer } from '../../platform/mail.js';
import { catalogs, type Locale } from '../../platform/messages.js';
import { takeCapturedMagicLink } from './session.service.js';

export function createAuthMailer(deps: { db: () => Db; mailer: Mailer; publicUrl: string }): AuthMailer {
  const localeOf = async (email: string): Promise<Locale> => {
    const [row] = await deps.db().select({ locale: user.locale }).from(user).where(eq(user.email, email));
    return row?.locale === 'en' ? 'en' : 'nl';
  };
  return {
    async passwordReset({ email, name, token }) {
      const texts = catalogs[await localeOf(email)];
      const url = `${deps.publicUrl}/wachtwoord-herstellen?token=${encodeURIComponent(token)}`;
      await deps.mailer.send(deps.db(), {
        kind: 'password_reset',
        to: email,
        subject: texts.mail.passwordReset.subject({}),
        text: `${texts.mail.passwordReset.text({ name, url, minutes: PASSWORD_RESET_MINUTES })}\n\n-- \n${texts.mail.footer}`,
      });
    },
    async magicLink({ email, token }) {
      if (takeCapturedMagicLink(email, token)) return;
      const texts = catalogs[await localeOf(email)];
      const url = `${deps.publicUrl}/inloggen/link?token=${encodeURIComponent(token)}`;
      await deps.mailer.send(deps.db(), {
        kind: 'magic_link',
        to: email,
        subject: texts.mail.magicLink.subject({}),
        text: `${texts.mail.magicLink.text({ url, minutes: MAGIC_LINK_MINUTES })}\n\n-- \n${texts.mail.footer}`,
      });
    },
  };
}
