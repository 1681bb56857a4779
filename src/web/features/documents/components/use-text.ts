// The documents feature's texts: keys under `documents.` in the app catalogs.
import { useTranslation } from 'react-i18next';

export function useDocumentsText() {
  const { t } = useTranslation();
  const translate = t as unknown as (key: string, options?: Record<string, unknown>) => string;
  return (key: string, options?: Record<string, unknown>) =>
    translate(`documents.${key}`, { defaultValue: key.split('.').pop(), ...options });
}
