// i18next set-up: Dutch by default, English on request. The choice is kept in localStorage and mirrored on <html lang>.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.js';
import { nl } from './nl.js';

export const supportedLanguages = ['nl', 'en'] as const;
export type Language = (typeof supportedLanguages)[number];

const storageKey = 'netwerkregie.language';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof nl };
  }
}

function isLanguage(value: string | null | undefined): value is Language {
  return value === 'nl' || value === 'en';
}

function readStoredLanguage(): Language | null {
  try {
    const stored = window.localStorage.getItem(storageKey);
    return isLanguage(stored) ? stored : null;
  } catch {
    return null;
  }
}

function detectLanguage(): Language {
  const stored = readStoredLanguage();
  if (stored) return stored;
  for (const candidate of navigator.languages ?? [navigator.language]) {
    const base = candidate.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'nl';
}

export function currentLanguage(): Language {
  const lng = i18next.resolvedLanguage ?? i18next.language;
  return isLanguage(lng) ? lng : 'nl';
}

export async function changeLanguage(lng: Language): Promise<void> {
  try {
    window.localStorage.setItem(storageKey, lng);
  } catch {
    // Private mode or storage disabled: the choice then lasts for this page only.
  }
  await i18next.changeLanguage(lng);
}

i18next.on('languageChanged', (lng) => {
  document.documentElement.lang = isLanguage(lng) ? lng : 'nl';
});

export const i18nReady = i18next.use(initReactI18next).init({
  resources: { nl: { translation: nl }, en: { translation: en } },
  lng: detectLanguage(),
  fallbackLng: 'nl',
  supportedLngs: [...supportedLanguages],
  interpolation: { escapeValue: false },
  returnNull: false,
});

export { i18next };
