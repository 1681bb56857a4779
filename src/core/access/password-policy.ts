// Password rules (OWASP ASVS 2.1): at least 12 characters, at most 128, and not one of the most common passwords.
// Pure so that the browser can show the same verdict as the server.
import { COMMON_PASSWORDS } from './common-passwords.js';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordProblem = 'too_short' | 'too_long' | 'too_common';

export function checkPassword(
  password: string,
  context: { email?: string; name?: string } = {},
): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return 'too_short';
  if (length > PASSWORD_MAX_LENGTH) return 'too_long';
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return 'too_common';
  const local = context.email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.replace(/[^a-z]/g, '') === local.replace(/[^a-z]/g, '')) return 'too_common';
  // A single repeated character or a plain sequence is as weak as a common password.
  if (/^(.)\1+$/.test(password) || '01234567890123456789abcdefghijklmnopqrstuvwxyz'.includes(lower))
    return 'too_common';
  return null;
}
