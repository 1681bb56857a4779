// The e-mails better-auth asks us to send (password reset, login link), written from the server's mail catalog in the
// account's language and sent through the outbox.
import type { AuthMailer } from '../../platform/auth.js';
import { MAGIC_LINK_MINUTES, PASSWORD_RESET_MINUTES } from '../../platform/auth.js';
import type { Db } from '../../platform/db/database.js';
import { recipientLocales, type Mailer } from '../../platform/mail.js';
import { mailTexts } from '../../platform/mail-texts.js';
import { takeCapturedMagicLink } from './session.service.js';

export function createAuthMailer(deps: { db: () => Db; mailer: Mailer; publicUrl: string }): AuthMailer {
  // Only an account can ask for these mails, so its language is the recipient's.
  const textsFor = async (email: string) => mailTexts[(await recipientLocales(deps.db(), [email]))(email)];
  return {
    async passwordReset({ email, name, token }) {
      const mail = (await textsFor(email)).passwordReset({
        recipientName: name,
        link: `${deps.publicUrl}/wachtwoord-herstellen?token=${encodeURIComponent(token)}`,
        minutes: PASSWORD_RESET_MINUTES,
      });
      await deps.mailer.send(deps.db(), { kind: 'password_reset', to: email, ...mail });
    },
    async magicLink({ email, token }) {
      if (takeCapturedMagicLink(email, token)) return;
      const mail = (await textsFor(email)).magicLink({
        link: `${deps.publicUrl}/inloggen/link?token=${encodeURIComponent(token)}`,
        minutes: MAGIC_LINK_MINUTES,
      });
      await deps.mailer.send(deps.db(), { kind: 'magic_link', to: email, ...mail });
    },
  };
}
