// The advice feature's texts: keys under `advice.` in the app catalogs.
import { useTranslation } from 'react-i18next';

export function useAdviceText() {
  const { t } = useTranslation();
  const translate = t as unknown as (key: string, options?: Record<string, unknown>) => string;
  return (key: string, options?: Record<string, unknown>) =>
    translate(`advice.${key}`, { defaultValue: key.split('.').pop(), ...options });
}
