// The members feature's texts: keys under `members.` in the app catalogs, also for codes from the server.
import { useTranslation } from 'react-i18next';

export function useMembersText() {
  const { t } = useTranslation();
  const translate = t as unknown as (key: string, options?: Record<string, unknown>) => string;
  return (key: string, options?: Record<string, unknown>) =>
    translate(`members.${key}`, { defaultValue: key.split('.').pop(), ...options });
}
