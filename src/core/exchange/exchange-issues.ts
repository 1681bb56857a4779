// Plain Dutch for the problems the exchange schema finds, so a person can fix the file: what is wrong with which field, in
// words rather than validator jargon. Pure: it takes the zod issue and the file as read.
import type { z } from 'zod';
import type { ExchangeIssue } from './exchange-schema.js';

const KIND_NL: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  int: 'een geheel getal',
  array: 'een lijst',
  object: 'een object ({ … })',
  boolean: 'true of false',
};

function valueAt(file: unknown, path: readonly PropertyKey[]): unknown {
  let here: unknown = file;
  for (const key of path) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<PropertyKey, unknown>)[key];
  }
  return here;
}

function unit(origin: string | undefined): string {
  if (origin === 'string') return ' tekens';
  if (origin === 'array') return ' items';
  return '';
}

/** One schema problem as `{ path, message }`, the message in Dutch. */
export function describeIssue(issue: z.core.$ZodIssue, file: unknown): ExchangeIssue {
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const message = (() => {
    switch (issue.code) {
      case 'invalid_type':
        return valueAt(file, issue.path) === undefined
          ? 'Dit veld is verplicht en ontbreekt.'
          : `Verkeerd soort waarde: verwacht ${KIND_NL[issue.expected] ?? issue.expected}.`;
      case 'too_big':
        return `Te groot: hoogstens ${String(issue.maximum)}${unit(issue.origin)}.`;
      case 'too_small':
        return issue.origin === 'string' && Number(issue.minimum) === 1
          ? 'Dit veld mag niet leeg zijn.'
          : `Te klein: minstens ${String(issue.minimum)}${unit(issue.origin)}.`;
      case 'unrecognized_keys':
        return `Onbekend veld ${issue.keys.map((k) => `"${k}"`).join(', ')}: dit formaat kent het niet (persoonsgegevens als naam, e-mail, telefoon of BSN horen er nooit in).`;
      case 'invalid_format':
        if (issue.format === 'date') return 'Geen geldige datum: schrijf JJJJ-MM-DD, bijvoorbeeld 2026-03-01.';
        return `Ongeldige waarde: ${issue.message}.`;
      case 'invalid_value':
        return `Ongeldige waarde: kies uit ${issue.values.map((v) => `"${String(v)}"`).join(', ')}.`;
      case 'not_multiple_of':
        return `Ongeldig getal: gebruik stappen van ${String(issue.divisor)}.`;
      case 'invalid_union':
        return path.length === 0 || path[path.length - 1] === 'kind'
          ? 'Onbekende soort bestand: "kind" moet "job_seekers" of "vacancies" zijn.'
          : issue.message;
      case 'custom':
      case 'invalid_element':
      case 'invalid_key':
        return issue.message;
    }
  })();
  return { path, message };
}
