// The budget feature's texts: keys under `budget.` in the app catalogs; words for codes from the budget lists.
import { useTranslation } from 'react-i18next';
import { wordsFor, type CodeLabels } from '../../../../core/export-list.js';

export function useBudgetText() {
  const { t, i18n } = useTranslation();
  const translate = t as unknown as (key: string, options?: Record<string, unknown>) => string;
  const language = i18n.language.startsWith('en') ? 'en' : 'nl';
  const tx = (key: string, options?: Record<string, unknown>) =>
    translate(`budget.${key}`, { defaultValue: key.split('.').pop(), ...options });
  const words = (labels: CodeLabels, code: string) => wordsFor(labels, code, language);
  return { tx, words, language };
}
