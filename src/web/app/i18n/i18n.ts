// i18next set-up: Dutch by default, English only when chosen with the language switch (the browser's language is not used).
// The choice is kept in localStorage and mirrored on <html lang>.
// The Dutch catalog is part of the first screen; the English one is its own chunk, loaded before English is shown (at start
// when English is chosen, or on switching), so a Dutch visitor never downloads it.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
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

/**
 * Dutch unless English was chosen with the language switch (kept in localStorage). The browser's own language does not count:
 * the product is Dutch, and a coordinator whose browser happens to be English should not get an English setup screen.
 */
function detectLanguage(): Language {
  return readStoredLanguage() ?? 'nl';
}

export function currentLanguage(): Language {
  const lng = i18next.resolvedLanguage ?? i18next.language;
  return isLanguage(lng) ? lng : 'nl';
}

let englishLoaded: Promise<void> | undefined;

/** Adds the English catalog once (a separate chunk). */
function loadEnglish(): Promise<void> {
  englishLoaded ??= import('./en.js').then(({ en }) => {
    i18next.addResourceBundle('en', 'translation', en, true, true);
  });
  return englishLoaded;
}

export async function changeLanguage(lng: Language): Promise<void> {
  if (lng === 'en') await loadEnglish();
  try {
    window.localStorage.setItem(storageKey, lng);
  } catch {
    // Private mode or storage disabled: the choice then lasts for this page only.
  }
  await i18next.changeLanguage(lng);
}

i18next.on('languageChanged', (lng) => {
  const language = isLanguage(lng) ? lng : 'nl';
  document.documentElement.lang = language;
  // Downloads (PDF, CSV, Excel) are plain links that carry the browser's Accept-Language; this cookie tells the server the
  // language on screen instead (src/server/platform/messages.ts, localeFromRequest).
  document.cookie = `netwerkregie_lang=${language}; path=/; max-age=31536000; SameSite=Lax`;
});

const initialLanguage = detectLanguage();

export const i18nReady = i18next
  .use(initReactI18next)
  .init({
    resources: { nl: { translation: nl } },
    lng: initialLanguage,
    fallbackLng: 'nl',
    supportedLngs: [...supportedLanguages],
    partialBundledLanguages: true,
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  .then(async () => {
    if (initialLanguage === 'en') {
      await loadEnglish();
      await i18next.changeLanguage('en');
    }
  });

export { i18next };
