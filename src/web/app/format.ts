// Formatting of dates and codes for display. Dates are stored in UTC and always shown in Europe/Amsterdam.
import { currentLanguage } from './i18n/i18n.js';

const timeZone = 'Europe/Amsterdam';

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(currentLanguage() === 'en' ? 'en-GB' : 'nl-NL', {
    timeZone,
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}

export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(currentLanguage() === 'en' ? 'en-GB' : 'nl-NL', {
    timeZone,
    dateStyle: 'medium',
  }).format(date);
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(currentLanguage() === 'en' ? 'en-GB' : 'nl-NL').format(value);
}
