// The words of the documents the server writes (PDFs and the figures of a report as a file), in both languages, beside the
// mail catalog (mail-texts.ts) and the error catalog (messages.ts). A document is written in the language of whoever asks
// for it (`request.locale`): a report is read by the funder who downloads it.
//
// The names of the steering figures come from their definitions (src/core/steering/definitions.ts, `MEASURE_TEXTS`), so a
// figure has the same name on the dashboard, in the PDF and in the CSV.
import { formatQuarterLabel, TIME_ZONE } from '../../core/calendar.js';
import {
  candidateActionWords,
  candidateFieldLabels,
  candidateFieldWords,
  candidateStatusLabels,
  contractLabels,
  INZAGE_FIELDS,
  referrerLabels,
  registerLabels,
  supportLabels,
} from '../../core/candidates/candidates-lists.js';
import type { ConsentRecipient } from '../../core/candidates/codes.js';
import { wordsFor, wordsIn, type CodeLabels } from '../../core/export-list.js';
import { MEASURE_TEXTS } from '../../core/steering/definitions.js';
import { SUPPRESSED, WITHHELD } from '../../core/steering/suppress.js';
import type { Locale } from './messages.js';
import { longDate } from './mail-texts.js';

const numberLocale: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

/** A number as the reader writes it: 1.234,5 in Dutch, 1,234.5 in English. */
export function formatNumber(n: number, locale: Locale, digits = 0): string {
  return n.toLocaleString(numberLocale[locale], { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

interface ReportTexts {
  title: (label: string) => string;
  periodLabel: string;
  range: (from: string, to: string) => string;
  released: (on: string) => string;
  suppression: string;
  narrative: string;
  results: string;
  figure: string;
  value: string;
  members: string;
  activeMembers: string;
  activeShare: string;
  activities: string;
  ambition: string;
  noData: string;
  shareHidden: string;
  placementsPerQuarter: string;
  activeSharePerQuarter: string;
  definitions: string;
  placementsIn: (quarter: string) => string;
  banenIn: (quarter: string) => string;
  activeShareIn: (quarter: string) => string;
}

const REPORT: Record<Locale, ReportTexts> = {
  nl: {
    title: (label) => `Rapportage ${label}`,
    periodLabel: 'Periode',
    range: (from, to) => `${from} t/m ${to}`,
    released: (on) => `vrijgegeven op ${on}`,
    suppression: `Aantallen onder de 5 staan als "${SUPPRESSED}"; "${WITHHELD}" is 5 of meer maar niet getoond, zodat een klein aantal niet uit het totaal volgt; percentages worden niet getoond als de teller, het complement of de noemer onder de 5 ligt.`,
    narrative: 'Toelichting van de kerngroep',
    results: 'Missieresultaten',
    figure: 'Cijfer',
    value: 'Waarde',
    members: 'Deelnemers',
    activeMembers: 'Actieve deelnemers',
    activeShare: 'Aandeel actieve deelnemers',
    activities: 'Activiteiten',
    ambition: 'Ambitie (banen, opgeteld)',
    noData: 'nog geen gegevens',
    shareHidden: 'niet getoond (teller, rest of noemer onder de 5)',
    placementsPerQuarter: 'Plaatsingen per kwartaal',
    activeSharePerQuarter: 'Actieve deelnemers per kwartaal (aandeel)',
    definitions: 'Definities',
    placementsIn: (q) => `Plaatsingen ${q}`,
    banenIn: (q) => `Banen ${q}`,
    activeShareIn: (q) => `Aandeel actieve deelnemers ${q}`,
  },
  en: {
    title: (label) => `Report ${label}`,
    periodLabel: 'Period',
    range: (from, to) => `${from} to ${to}`,
    released: (on) => `released on ${on}`,
    suppression: `Counts below 5 are shown as "${SUPPRESSED}"; "${WITHHELD}" is 5 or more but not shown, so that a small count cannot be worked out from the total; percentages are not shown when the numerator, its complement or the denominator is below 5.`,
    narrative: "The core group's explanation",
    results: 'Mission results',
    figure: 'Figure',
    value: 'Value',
    members: 'Members',
    activeMembers: 'Active members',
    activeShare: 'Share of active members',
    activities: 'Activities',
    ambition: 'Ambition (jobs, added up)',
    noData: 'no data yet',
    shareHidden: 'not shown (numerator, rest or denominator below 5)',
    placementsPerQuarter: 'Placements per quarter',
    activeSharePerQuarter: 'Active members per quarter (share)',
    definitions: 'Definitions',
    placementsIn: (q) => `Placements ${q}`,
    banenIn: (q) => `Jobs ${q}`,
    activeShareIn: (q) => `Share of active members ${q}`,
  },
};

/** The report's words and number formats in one language. */
export function reportTexts(locale: Locale) {
  const words = REPORT[locale];
  const count = (v: number | string | null) =>
    v === null ? words.noData : typeof v === 'string' ? v : formatNumber(v, locale);
  return {
    ...words,
    measures: MEASURE_TEXTS[locale],
    /** A count, or the suppression mark it was replaced by. */
    count,
    /** A share as a whole percentage, or why it is not shown. */
    share: (v: number | null) => (v === null ? words.shareHidden : `${formatNumber(v * 100, locale)}%`),
    /** Banen (the banenafspraak's unit of 25.5 hours) with two decimals. */
    banen: (v: number | string) => (typeof v === 'string' ? v : formatNumber(v, locale, 2)),
    quarter: (key: string) => formatQuarterLabel(key, locale),
    date: (iso: string) => longDate(iso, locale),
  };
}

export type ReportTextsOf = ReturnType<typeof reportTexts>;

/** An instant as Amsterdam wall time, short enough for a table: "7 dec 2026, 14:05" / "7 Dec 2026, 14:05". */
export function formatDateTime(instant: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(numberLocale[locale], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  }).format(instant);
}

/** A calendar day, short enough for a table: "10 jan 2026" / "10 Jan 2026". */
export function formatShortDate(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(numberLocale[locale], { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y!, m! - 1, d!)),
  );
}

// The inzage (everything held about one candidate), read by the coordinator who makes it or by the candidate on their own
// page: plain words (B1), codes as the screens say them. The words for the fields, the support needs and the actions are the
// candidate screens' own (src/core/candidates/candidates-lists.ts).
interface InzageTexts {
  title: (code: string) => string;
  heading: (code: string) => string;
  intro: (at: string) => string;
  data: string;
  field: string;
  value: string;
  consents: string;
  consentColumns: [string, string, string, string, string];
  recipients: Record<ConsentRecipient, string>;
  history: string;
  historyColumns: [string, string, string, string];
  placements: string;
  placementColumns: [string, string, string, string, string];
  views: string;
  viewColumns: [string, string, string, string];
  someone: string;
}

const INZAGE: Record<Locale, InzageTexts> = {
  nl: {
    title: (code) => `Inzage ${code}`,
    heading: (code) => `Inzageverzoek kandidaat ${code}`,
    intro: (at) => `Alle gegevens die het netwerk over deze kandidaat bewaart, opgemaakt op ${at}.`,
    data: 'Gegevens',
    field: 'Veld',
    value: 'Waarde',
    consents: 'Toestemmingen',
    consentColumns: ['Met wie', 'Velden', 'Gegeven', 'Geldig tot', 'Ingetrokken'],
    recipients: {
      own_network: 'Het eigen netwerk',
      proposed_employers: 'Werkgevers aan wie de kandidaat wordt voorgesteld',
      employer: 'Eén werkgever',
      other_network: 'Een ander netwerk',
      sounding_board: 'De klankbordgroep',
    },
    history: 'Statusgeschiedenis',
    historyColumns: ['Wanneer', 'Van', 'Naar', 'Reden'],
    placements: 'Plaatsingen',
    placementColumns: ['Werkgever', 'Start', 'Einde', 'Uren', 'Contract'],
    views: 'Wie heeft de gegevens bekeken',
    viewColumns: ['Wanneer', 'Wie', 'Handeling', 'Velden'],
    someone: 'De kandidaat of het systeem',
  },
  en: {
    title: (code) => `Access request ${code}`,
    heading: (code) => `Access request, candidate ${code}`,
    intro: (at) => `All the data the network keeps about this candidate, made on ${at}.`,
    data: 'Data',
    field: 'Field',
    value: 'Value',
    consents: 'Consents',
    consentColumns: ['With whom', 'Fields', 'Given', 'Valid until', 'Withdrawn'],
    recipients: {
      own_network: 'The own network',
      proposed_employers: 'Employers the candidate is proposed to',
      employer: 'One employer',
      other_network: 'Another network',
      sounding_board: 'The sounding-board group',
    },
    history: 'Status history',
    historyColumns: ['When', 'From', 'To', 'Reason'],
    placements: 'Placements',
    placementColumns: ['Employer', 'Start', 'End', 'Hours', 'Contract'],
    views: 'Who looked at the data',
    viewColumns: ['When', 'Who', 'Action', 'Fields'],
    someone: 'The candidate or the system',
  },
};

/** The inzage's words in one language, with the code words the screens use. */
export function inzageTexts(locale: Locale) {
  const words = INZAGE[locale];
  const code = (labels: CodeLabels, value: string | null | undefined) =>
    value === null || value === undefined || value === '' ? '—' : wordsFor(labels, value, locale);
  return {
    ...words,
    fieldOrder: INZAGE_FIELDS,
    fields: wordsIn(candidateFieldLabels, locale),
    support: wordsIn(supportLabels, locale),
    status: (v: string | null | undefined) => code(candidateStatusLabels, v),
    referrer: (v: string | null | undefined) => code(referrerLabels, v),
    register: (v: string | null | undefined) => code(registerLabels, v),
    contract: (v: string | null | undefined) => code(contractLabels, v),
    recipient: (v: string) => words.recipients[v as ConsentRecipient] ?? v,
    action: (v: string) => candidateActionWords(v, locale),
    /** A field name as the candidate reads it (the view log and the consents name fields by their code). */
    fieldName: (v: string) => candidateFieldWords(v, locale),
    date: (iso: string) => formatShortDate(iso, locale),
    dateTime: (instant: Date) => formatDateTime(instant, locale),
    number: (n: number) => formatNumber(n, locale, Number.isInteger(n) ? 0 : 1),
  };
}

/**
 * The words of an invoice or credit note. An invoice is written in Dutch whoever makes it: it goes to a member employer
 * and into both parties' Dutch bookkeeping (and the VAT exemption is a Dutch statement). The words live here with the
 * other documents' words so that an English version, when members ask for one, is one more entry.
 */
export const INVOICE_TEXTS = {
  nl: {
    invoice: 'Factuur',
    creditNote: 'Creditnota',
    invoiceNumber: 'Factuurnummer',
    creditNoteNumber: 'Creditnotanummer',
    invoiceDate: 'Factuurdatum',
    creditOf: 'Creditnota van factuur',
    dueDate: 'Vervaldatum',
    to: 'Aan',
    description: 'Omschrijving',
    amount: 'Bedrag',
    total: 'Totaal',
    settled: 'Dit bedrag wordt verrekend met de genoemde factuur.',
    vatExempt: 'De contributie is vrijgesteld van btw.',
    account: (iban: string, name: string) => ` op rekening ${iban} ten name van ${name}`,
    payBefore: (date: string, account: string, number: string) =>
      `Wij verzoeken u het bedrag vóór ${date}${account} over te maken, onder vermelding van factuurnummer ${number}.`,
  },
} as const;
