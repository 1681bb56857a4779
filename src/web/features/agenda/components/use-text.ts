// The agenda feature's texts: keys under `agenda.` in the app catalogs, also for codes (werkvormen, statuses) from the server.
import { useTranslation } from 'react-i18next';

export function useAgendaText() {
  const { t } = useTranslation();
  const translate = t as unknown as (key: string, options?: Record<string, unknown>) => string;
  return (key: string, options?: Record<string, unknown>) =>
    translate(`agenda.${key}`, { defaultValue: key.split('.').pop(), ...options });
}
