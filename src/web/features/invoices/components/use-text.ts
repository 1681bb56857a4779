// The invoices feature's texts: keys under `invoices.` in the app catalogs; words for codes from the invoice lists.
import { useTranslation } from 'react-i18next';
import { wordsFor, type CodeLabels } from '../../../../core/export-list.js';

export function useInvoiceText() {
  const { t, i18n } = useTranslation();
  const translate = t as unknown as (key: string, options?: Record<string, unknown>) => string;
  const language = i18n.language.startsWith('en') ? 'en' : 'nl';
  const tx = (key: string, options?: Record<string, unknown>) =>
    translate(`invoices.${key}`, { defaultValue: key.split('.').pop(), ...options });
  const words = (labels: CodeLabels, code: string) => wordsFor(labels, code, language);
  return { tx, words, language };
}
