// The server's message catalog: error messages in Dutch (default) and English, and the request's language. The web app has
// its own catalogs for the screens; the e-mails the server writes are in mail-texts.ts.
import type { ErrorCode } from './errors.js';

export type Locale = 'nl' | 'en';

type Params = Record<string, string | number>;

interface Catalog {
  errors: Record<ErrorCode, string> & Record<string, string>;
}

export const nl: Catalog = {
  errors: {
    validation_failed: 'Niet alle gegevens zijn goed ingevuld. Controleer de gemarkeerde velden.',
    bad_request: 'Het verzoek klopt niet. Controleer wat u hebt ingevuld en probeer het opnieuw.',
    invalid_token: 'Deze link is ongeldig of verlopen. Vraag een nieuwe link aan.',
    unauthenticated: 'U bent niet ingelogd. Log in om verder te gaan.',
    invalid_credentials: 'Het e-mailadres of het wachtwoord klopt niet.',
    forbidden: 'U hebt geen toestemming voor deze handeling.',
    csrf_failed: 'Dit verzoek is geweigerd omdat het niet vanuit Netwerkregie zelf kwam. Laad de pagina opnieuw.',
    not_found: 'Dit bestaat niet (meer), of u hebt er geen toegang toe.',
    conflict: 'Dit bestaat al.',
    stale_version:
      'Iemand anders heeft dit intussen gewijzigd. Laad de pagina opnieuw en voer uw wijziging nogmaals in.',
    setup_done: 'Netwerkregie is al ingericht. Log in met het beheerdersaccount.',
    rate_limited: 'Te veel pogingen. Wacht {seconds} seconden en probeer het dan opnieuw.',
    payload_too_large: 'Wat u verstuurt is te groot.',
    unavailable: 'De server wordt herstart. Probeer het over een minuut opnieuw.',
    internal: 'Er ging iets mis aan onze kant. Probeer het later opnieuw; de fout is vastgelegd (kenmerk {requestId}).',
    route_not_found: 'Deze API-route bestaat niet.',
    email_taken: 'Er bestaat al een account met dit e-mailadres.',
    password_too_short: 'Het wachtwoord moet minstens 12 tekens lang zijn.',
    password_too_long: 'Het wachtwoord mag hoogstens 128 tekens lang zijn.',
    password_too_common:
      'Dit wachtwoord is te makkelijk te raden. Kies een langere zin of een wachtwoord dat u nergens anders gebruikt.',
    invitation_exists: 'Deze persoon heeft al een openstaande uitnodiging voor deze rol.',
    slug_taken: 'Er bestaat al een netwerk met deze naam. Kies een andere naam.',
  },
};

export const en: Catalog = {
  errors: {
    validation_failed: 'Some fields are not filled in correctly. Check the marked fields.',
    bad_request: 'The request is not valid. Check your input and try again.',
    invalid_token: 'This link is invalid or has expired. Request a new link.',
    unauthenticated: 'You are not signed in. Sign in to continue.',
    invalid_credentials: 'The email address or password is incorrect.',
    forbidden: 'You are not allowed to do this.',
    csrf_failed: 'This request was refused because it did not come from Netwerkregie itself. Reload the page.',
    not_found: 'This does not exist (any more), or you have no access to it.',
    conflict: 'This already exists.',
    stale_version: 'Someone else changed this in the meantime. Reload the page and make your change again.',
    setup_done: 'Netwerkregie has already been set up. Sign in with the administrator account.',
    rate_limited: 'Too many attempts. Wait {seconds} seconds and try again.',
    payload_too_large: 'What you sent is too large.',
    unavailable: 'The server is restarting. Please try again in a minute.',
    internal: 'Something went wrong on our side. Please try again later; the error was logged (reference {requestId}).',
    route_not_found: 'This API route does not exist.',
    email_taken: 'An account with this email address already exists.',
    password_too_short: 'The password must be at least 12 characters long.',
    password_too_long: 'The password may be at most 128 characters long.',
    password_too_common:
      'This password is too easy to guess. Choose a longer phrase or a password you use nowhere else.',
    invitation_exists: 'This person already has an open invitation for this role.',
    slug_taken: 'A network with this name already exists. Choose another name.',
  },
};

export const catalogs: Record<Locale, Catalog> = { nl, en };

/**
 * Modules add their own error messages here (at import time) instead of editing this file, e.g.
 * `registerErrorMessages({ nl: { capacity_full: '...' }, en: { capacity_full: '...' } })`.
 */
export function registerErrorMessages(messages: Record<Locale, Record<string, string>>) {
  Object.assign(nl.errors, messages.nl);
  Object.assign(en.errors, messages.en);
}

export function errorMessage(locale: Locale, key: string, params: Params = {}): string {
  const template = catalogs[locale].errors[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** The cookie in which the web app mirrors the language chosen with its language switch. */
export const LANGUAGE_COOKIE = 'netwerkregie_lang';

/**
 * The language of a request's messages and files: the web app's chosen language when its cookie is there (so a download link
 * follows the screen, not the browser's language), otherwise the Accept-Language header as documented for API clients.
 */
export function localeFromRequest(headers: {
  'accept-language'?: string | undefined;
  cookie?: string | undefined;
}): Locale {
  const chosen = headers.cookie?.match(new RegExp(`(?:^|;\\s*)${LANGUAGE_COOKIE}=(nl|en)(?:;|$)`))?.[1];
  if (chosen === 'nl' || chosen === 'en') return chosen;
  return localeFromHeader(headers['accept-language']);
}

/** Picks nl or en from an Accept-Language header; Dutch unless English is preferred over Dutch. */
export function localeFromHeader(header: string | undefined): Locale {
  if (!header) return 'nl';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const q = rest.find((r) => r.trim().startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('nl')) return 'nl';
    if (tag.startsWith('en')) return 'en';
  }
  return 'nl';
}
