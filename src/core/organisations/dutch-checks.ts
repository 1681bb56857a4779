// Checks for Dutch identifiers that people type or paste from spreadsheets: KvK numbers, postcodes and IBANs. Pure; the web
// uses them for instant feedback and the server repeats them on save.
import { electronicFormatIBAN, friendlyFormatIBAN, isValidIBAN } from 'ibantools';

/** Strips what people put between digits (spaces, dots, dashes) — "12.34.56.78" and "1234 5678" are the same KvK number. */
export function normaliseKvk(input: string): string {
  return input.replace(/[\s.-]/g, '');
}

/** A KvK number is exactly 8 digits (the KvK dropped its check digit in 2016, so there is no checksum to test). */
export function isValidKvk(input: string): boolean {
  return /^\d{8}$/.test(normaliseKvk(input));
}

const POSTCODE = /^([1-9]\d{3})\s*([A-Za-z]{2})$/;
// PostNL never issues these letter pairs (historic reasons); a postcode with them is a typo.
const NEVER_ISSUED = new Set(['SA', 'SD', 'SS']);

/** "1234ab", "1234 ab", " 1234  AB " → "1234 AB"; null when it is not a Dutch postcode. */
export function normalisePostcode(input: string): string | null {
  const match = POSTCODE.exec(input.trim());
  if (!match) return null;
  const letters = match[2]!.toUpperCase();
  if (NEVER_ISSUED.has(letters)) return null;
  return `${match[1]} ${letters}`;
}

export function isValidPostcode(input: string): boolean {
  return normalisePostcode(input) !== null;
}

/** A website as people write it ("www.bakker.nl") → a URL with a scheme; null when it cannot be one. */
export function normaliseWebsite(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed) return null;
  const withScheme = /^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    const url = new URL(withScheme);
    if (!url.hostname.includes('.')) return null;
    return url.toString().replace(/\/$/, '');
  } catch {
    return null;
  }
}

/** "nl91 abna 0417 1643 00" → "NL91ABNA0417164300": how an IBAN is stored (null when nothing is left). */
export function normaliseIban(input: string): string | null {
  return electronicFormatIBAN(input.replace(/[\s.-]/g, '')) || null;
}

/** A valid IBAN by its country's length and the mod-97 check digits (ibantools), so one mistyped digit is caught. */
export function isValidIban(input: string): boolean {
  return isValidIBAN(input);
}

/** "NL91ABNA0417164300" → "NL91 ABNA 0417 1643 00": how an IBAN is shown and printed. */
export function formatIban(iban: string): string {
  return friendlyFormatIBAN(iban) ?? iban;
}
