// Labels for stable codes (roles, phases, outbox statuses) from the catalogs, falling back to the code itself.
import type { TFunction } from 'i18next';

type CodeGroup = 'roles' | 'phases' | 'outboxStatus' | 'mailKinds';

export const roleCodes = [
  'coordinator',
  'back_office',
  'core_group',
  'board',
  'employer',
  'sounding_board',
  'funder',
  'partner',
  'theme_lead',
  'theme_member',
] as const;

export function labelForCode(t: TFunction, group: CodeGroup, code: string): string {
  // Codes come from the server; unknown ones (a newer server) are shown as they are rather than as a missing key.
  const key = `${group}.${code}`;
  const translate = t as unknown as (key: string, options: { defaultValue: string }) => string;
  return translate(key, { defaultValue: code });
}
