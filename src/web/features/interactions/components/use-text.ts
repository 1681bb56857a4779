// The contact moments feature's texts: keys under `interactions.` in the app catalogs.
import { useTranslation } from 'react-i18next';

export function useInteractionsText() {
  const { t } = useTranslation();
  const translate = t as unknown as (key: string, options?: Record<string, unknown>) => string;
  return (key: string, options?: Record<string, unknown>) =>
    translate(`interactions.${key}`, { defaultValue: key.split('.').pop(), ...options });
}
