// The server's password policy (src/core), checked in the browser too so people hear about a weak password before sending.
import type { TFunction } from 'i18next';
import { checkPassword } from '../../core/access/password-policy.js';

export function passwordError(
  t: TFunction,
  password: string,
  context: { email?: string; name?: string } = {},
): string | undefined {
  switch (checkPassword(password, context)) {
    case 'too_short':
      return t('form.passwordTooShort');
    case 'too_long':
      return t('form.passwordTooLong');
    case 'too_common':
      return t('form.passwordTooCommon');
    case null:
      return undefined;
  }
}
