// Labels for stable codes (roles, phases, outbox statuses) from the catalogs, falling back to the code itself.
import type { TFunction } from 'i18next';
import { NETWORK_ROLES } from '../../core/access/permissions.js';

type CodeGroup = 'roles' | 'phases' | 'outboxStatus' | 'mailKinds';

/** Every network role, in the order the menus offer them (the list is the server's). */
export const roleCodes = NETWORK_ROLES;

export function labelForCode(t: TFunction, group: CodeGroup, code: string): string {
  // Codes come from the server; unknown ones (a newer server) are shown as they are rather than as a missing key.
  const key = `${group}.${code}`;
  const translate = t as unknown as (key: string, options: { defaultValue: string }) => string;
  return translate(key, { defaultValue: code });
}
