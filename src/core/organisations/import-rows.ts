// Reading organisations and contacts from what Dutch Excel writes, and checking every row before anything is saved.
// Pure: bytes in, a row-by-row report out. The server adds the checks that need the database (existing KvK numbers) and
// writes all rows or only the valid ones.
import Papa from 'papaparse';
import { BSN_REFUSAL_EN, BSN_REFUSAL_NL, findBsnLikeNumbers } from '../candidates/bsn.js';
import { isValidKvk, normaliseKvk, normalisePostcode, normaliseWebsite } from './dutch-checks.js';
import {
  findLabourMarketRegion,
  findSbiSection,
  foldForMatch,
  type OrganisationKind,
  type SizeClass,
} from './reference-data.js';
import {
  IMPORT_FIELDS,
  MAPPABLE_FIELDS,
  readKind,
  type ImportField,
  type MappableField,
  type ValueMapping,
} from './import-values.js';
import { readSizeClass } from './size-bands.js';

export {
  IMPORT_FIELDS,
  MAPPABLE_FIELDS,
  type ImportField,
  readImportValue,
  type MappableField,
  type ValueMapping,
  type ValueReading,
} from './import-values.js';

/** Decodes a spreadsheet export: UTF-8 (with or without BOM) when it is valid UTF-8, otherwise Windows-1252. */
export function decodeSpreadsheetText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

// 0x80–0x9F in Windows-1252 (€, curly quotes, dashes...); Node's TextDecoder decodes 'windows-1252' as Latin-1 there.
const CP1252_HIGH =
  '\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd' +
  '\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return out;
}

/** Splits CSV text into a header and rows; the separator is whatever the header line uses most (`;`, `,` or tab). */
export function parseDelimited(text: string): { headers: string[]; rows: string[][] } {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [';', ',', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const);
  const delimiter = counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: 'greedy' });
  const [headers = [], ...rows] = parsed.data;
  return { headers: headers.map((h) => h.trim()), rows };
}

/** "5-3-2024", "05-03-2024", "05/03/2024" and ISO "2024-03-05" → "2024-03-05"; null when not a real date. */
export function parseDutchDate(input: string): string | null {
  const text = input.trim();
  let y: number, m: number, d: number;
  const nl = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(text);
  if (nl) [d, m, y] = [Number(nl[1]), Number(nl[2]), Number(nl[3])];
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The largest yearly contribution the app stores (as the membership year's form allows): € 1.000.000,00. */
export const MAX_CONTRIBUTION_CENTS = 100_000_000;

/**
 * An amount in euro as Dutch spreadsheets write it, to whole cents, exactly (integer arithmetic, no floating point):
 * "€ 1.250,50" → 125050, "250" → 25000, "12,5" → 1250, "1.250" → 125000 (a dot before three digits groups thousands),
 * "250.00" → 25000 (a lone dot before one or two digits is a decimal point), "1,250.50" → 125050 (both: the last one is the
 * decimal sign). Excel's accounting format writes zero as "€ -": that is 0. Null when it is not an amount, has more than
 * two decimals, is negative or is above MAX_CONTRIBUTION_CENTS.
 */
export function parseEuroCents(input: string): number | null {
  const text = input.replace(/€|\beur(o)?\b|[\s\u00a0\u202f]/gi, '');
  if (!text) return null;
  if (/^-+$/.test(text)) return 0;
  let whole: string;
  let fraction = '';
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    // Both: the last one separates the cents, the other groups thousands.
    const decimal = lastComma > lastDot ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    const [w = '', f = '', ...rest] = text.split(decimal);
    if (rest.length > 0 || !new RegExp(`^\\d{1,3}(\\${group}\\d{3})+$`).test(w)) return null;
    whole = w.split(group).join('');
    fraction = f;
  } else if (lastComma >= 0 || lastDot >= 0) {
    const sign = lastComma >= 0 ? ',' : '.';
    const parts = text.split(sign);
    if (parts.length === 2 && /^\d{1,2}$/.test(parts[1]!)) [whole, fraction] = [parts[0]!, parts[1]!];
    // "1.250" and "1.250.000" group thousands in Dutch. "1,250" does not: the comma is the decimal sign there, and three
    // decimals are no whole cents. Several commas ("1,250,000") can only be grouping.
    else if (sign === ',' && parts.length === 2) return null;
    else if (/^\d{1,3}$/.test(parts[0]!) && parts.slice(1).every((p) => /^\d{3}$/.test(p))) whole = parts.join('');
    else return null;
  } else whole = text;
  if (!/^\d+$/.test(whole) || !/^\d{0,2}$/.test(fraction)) return null;
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return Number.isSafeInteger(cents) && cents <= MAX_CONTRIBUTION_CENTS ? cents : null;
}

/** field → the column index in the file, or null when the file has no such column. */
export type ColumnMapping = Partial<Record<ImportField, number | null>>;

/** Header words people use in Dutch and English spreadsheets, folded (no accents, lower case, no punctuation). */
const HEADER_ALIASES: Record<ImportField, readonly string[]> = {
  name: ['naam', 'organisatie', 'organisatienaam', 'bedrijf', 'bedrijfsnaam', 'werkgever', 'name', 'organisation'],
  kind: ['soort', 'type', 'kind', 'soort organisatie'],
  kvkNumber: ['kvk', 'kvknummer', 'kvk nummer', 'kamer van koophandel', 'chamber of commerce'],
  sector: ['sector', 'sbi', 'branche'],
  sizeClass: ['grootte', 'omvang', 'grootteklasse', 'size'],
  street: ['adres', 'straat', 'straat en huisnummer', 'street', 'address'],
  postcode: ['postcode', 'postal code', 'zip'],
  city: ['plaats', 'woonplaats', 'vestigingsplaats', 'city', 'town'],
  labourMarketRegion: ['arbeidsmarktregio', 'regio', 'region'],
  website: ['website', 'site', 'www', 'url'],
  contactName: ['contactpersoon', 'contact', 'naam contactpersoon', 'contact name'],
  contactEmail: ['email', 'e-mail', 'emailadres', 'e-mailadres', 'e-mail contactpersoon'],
  contactPhone: ['telefoon', 'telefoonnummer', 'tel', 'phone'],
  contactJobTitle: ['functie', 'functie contactpersoon', 'job title', 'function'],
  memberSince: ['lid sinds', 'deelnemer sinds', 'datum toetreding', 'member since'],
  contributionEuros: ['bijdrage', 'contributie', 'bijdrage per jaar', 'contribution'],
};

const foldHeader = (h: string) => foldForMatch(h).replace(/[^a-z0-9]/g, '');

/** Guesses which column holds which field from the header names; the wizard shows it for the user to correct. */
export function suggestMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const folded = headers.map(foldHeader);
  for (const field of IMPORT_FIELDS) {
    const aliases = HEADER_ALIASES[field].map(foldHeader);
    const index = folded.findIndex((h) => aliases.includes(h));
    mapping[field] = index >= 0 ? index : null;
  }
  return mapping;
}

export interface ImportIssue {
  field: ImportField | null;
  code:
    | 'required'
    | 'kvk_invalid'
    | 'postcode_invalid'
    | 'email_invalid'
    | 'website_invalid'
    | 'date_invalid'
    | 'number_invalid'
    | 'kind_unknown'
    | 'sector_unknown'
    | 'size_unknown'
    | 'region_unknown'
    | 'duplicate_in_file'
    | 'kvk_exists'
    | 'contact_required'
    | 'bsn';
  value?: string;
}

export interface ImportOrganisation {
  name: string;
  kind: OrganisationKind;
  kvkNumber: string | null;
  sector: string | null;
  sizeClass: SizeClass | null;
  street: string | null;
  postcode: string | null;
  city: string | null;
  labourMarketRegion: string | null;
  website: string | null;
  memberSince: string | null;
  contributionCents: number | null;
  contact: { name: string; email: string | null; phone: string | null; jobTitle: string | null } | null;
}

export interface CheckedRow {
  /** The row number as the spreadsheet shows it (the header is row 1). */
  rowNumber: number;
  value: ImportOrganisation | null;
  issues: ImportIssue[];
}

/** The values of each column with how many rows have them, most frequent first; null for a column with more than `limit`
 *  different values (names, addresses): the preview shows the values of list columns only. Empty cells are left out. */
export function distinctColumnValues(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  limit = 50,
): ({ value: string; rows: number }[] | null)[] {
  const counts = headers.map(() => new Map<string, number>() as Map<string, number> | null);
  for (const cells of rows)
    for (let col = 0; col < counts.length; col++) {
      const seen = counts[col];
      if (!seen) continue;
      const value = (cells[col] ?? '').trim();
      if (!value) continue;
      seen.set(value, (seen.get(value) ?? 0) + 1);
      if (seen.size > limit) counts[col] = null;
    }
  return counts.map(
    (seen) => seen && [...seen].map(([value, n]) => ({ value, rows: n })).sort((a, b) => b.rows - a.rows),
  );
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Checks every row; rows keep their spreadsheet number so the report can name them. */
export function checkImportRows(
  rows: readonly (readonly string[])[],
  mapping: ColumnMapping,
  values: ValueMapping = {},
): CheckedRow[] {
  const check = importRowChecker(mapping, values);
  const out: CheckedRow[] = new Array<CheckedRow>(rows.length);
  for (let index = 0; index < rows.length; index++) out[index] = check(rows[index]!, index + 2);
  return out;
}

/**
 * The same check one row at a time, for a caller that works through a large file in chunks: the checker remembers the KvK
 * numbers it has seen, so a number that comes back later in the file is reported as a duplicate as in `checkImportRows`.
 */
export function importRowChecker(
  mapping: ColumnMapping,
  values: ValueMapping = {},
): (cells: readonly string[], rowNumber: number) => CheckedRow {
  const seenKvk = new Map<string, number>();
  // No closures per row: an import of 100,000 rows runs the check 100,000 times.
  const columns = IMPORT_FIELDS.map((field) => {
    const col = mapping[field];
    return col === null || col === undefined ? -1 : col;
  });
  const replace: Replacements = IMPORT_FIELDS.map((field) => {
    const given = (MAPPABLE_FIELDS as readonly string[]).includes(field) ? values[field as MappableField] : undefined;
    return given && Object.keys(given).length > 0 ? new Map(Object.entries(given)) : undefined;
  });
  return (cells, rowNumber) => checkRow(cells, rowNumber, columns, replace, seenKvk);
}

/** Per field (in IMPORT_FIELDS order): the user's replacements of unknown values, if any. */
type Replacements = readonly (ReadonlyMap<string, string | null> | undefined)[];

const FIELD_INDEX = Object.fromEntries(IMPORT_FIELDS.map((f, i) => [f, i])) as Record<ImportField, number>;

function cellOf(cells: readonly string[], columns: readonly number[], field: ImportField): string {
  const col = columns[FIELD_INDEX[field]]!;
  return col < 0 ? '' : (cells[col] ?? '').trim();
}

/** The cell, or what the user said it stands for ('' when they chose to leave it empty). */
function mappedCellOf(cells: readonly string[], columns: readonly number[], replace: Replacements, field: ImportField) {
  const raw = cellOf(cells, columns, field);
  const map = replace[FIELD_INDEX[field]];
  if (!raw || !map) return raw;
  const instead = map.get(raw);
  return instead === undefined ? raw : (instead ?? '');
}

function optionalCell<T>(
  cells: readonly string[],
  columns: readonly number[],
  issues: ImportIssue[],
  field: ImportField,
  parse: (s: string) => T | null,
  code: ImportIssue['code'],
  replace?: Replacements,
): T | null {
  const raw = replace ? mappedCellOf(cells, columns, replace, field) : cellOf(cells, columns, field);
  if (!raw) return null;
  const parsed = parse(raw);
  if (parsed === null) issues.push({ field, code, value: raw });
  return parsed;
}

const kvkOrNull = (s: string) => (isValidKvk(s) ? normaliseKvk(s) : null);
const sizeOrNull = (s: string): SizeClass | null => readSizeClass(s)?.sizeClass ?? null;
const emailOrNull = (s: string) => (EMAIL.test(s) ? s.toLowerCase() : null);

function checkRow(
  cells: readonly string[],
  rowNumber: number,
  columns: readonly number[],
  replace: Replacements,
  seenKvk: Map<string, number>,
): CheckedRow {
  const issues: ImportIssue[] = [];
  // No BSN anywhere (decision 013): every cell of the row, also one in a column that is not imported. The number itself is
  // never repeated in the report.
  for (let col = 0; col < cells.length; col++) {
    if (findBsnLikeNumbers(cells[col]!).length === 0) continue;
    const mapped = columns.indexOf(col);
    issues.push({ field: mapped >= 0 ? IMPORT_FIELDS[mapped]! : null, code: 'bsn', value: String(col + 1) });
  }
  const name = cellOf(cells, columns, 'name');
  if (!name) issues.push({ field: 'name', code: 'required' });
  const kind = optionalCell(cells, columns, issues, 'kind', readKind, 'kind_unknown', replace) ?? 'employer';
  const kvkNumber = optionalCell(cells, columns, issues, 'kvkNumber', kvkOrNull, 'kvk_invalid');
  if (kvkNumber) {
    const earlier = seenKvk.get(kvkNumber);
    if (earlier !== undefined) issues.push({ field: 'kvkNumber', code: 'duplicate_in_file', value: String(earlier) });
    else seenKvk.set(kvkNumber, rowNumber);
  }
  const sector = optionalCell(cells, columns, issues, 'sector', findSbiSection, 'sector_unknown', replace);
  const sizeClass = optionalCell(cells, columns, issues, 'sizeClass', sizeOrNull, 'size_unknown', replace);
  const postcode = optionalCell(cells, columns, issues, 'postcode', normalisePostcode, 'postcode_invalid');
  const region = optionalCell(
    cells,
    columns,
    issues,
    'labourMarketRegion',
    findLabourMarketRegion,
    'region_unknown',
    replace,
  );
  const website = optionalCell(cells, columns, issues, 'website', normaliseWebsite, 'website_invalid');
  const memberSince = optionalCell(cells, columns, issues, 'memberSince', parseDutchDate, 'date_invalid');
  const contributionCents = optionalCell(cells, columns, issues, 'contributionEuros', parseEuroCents, 'number_invalid');
  const contactName = cellOf(cells, columns, 'contactName');
  const contactEmail = optionalCell(cells, columns, issues, 'contactEmail', emailOrNull, 'email_invalid');
  if (
    !contactName &&
    (cellOf(cells, columns, 'contactEmail') ||
      cellOf(cells, columns, 'contactPhone') ||
      cellOf(cells, columns, 'contactJobTitle'))
  )
    issues.push({ field: 'contactName', code: 'contact_required' });

  if (issues.length > 0) return { rowNumber, value: null, issues };
  return {
    rowNumber,
    issues,
    value: {
      name,
      kind,
      kvkNumber,
      sector,
      sizeClass,
      street: cellOf(cells, columns, 'street') || null,
      postcode,
      city: cellOf(cells, columns, 'city') || null,
      labourMarketRegion: region,
      website,
      memberSince,
      contributionCents,
      contact: contactName
        ? {
            name: contactName,
            email: contactEmail,
            phone: cellOf(cells, columns, 'contactPhone') || null,
            jobTitle: cellOf(cells, columns, 'contactJobTitle') || null,
          }
        : null,
    },
  };
}

const FIELD_LABELS: Record<'nl' | 'en', Record<ImportField, string>> = {
  nl: {
    name: 'Naam',
    kind: 'Soort',
    kvkNumber: 'KvK-nummer',
    sector: 'Sector',
    sizeClass: 'Grootte',
    street: 'Adres',
    postcode: 'Postcode',
    city: 'Plaats',
    labourMarketRegion: 'Arbeidsmarktregio',
    website: 'Website',
    contactName: 'Contactpersoon',
    contactEmail: 'E-mail',
    contactPhone: 'Telefoon',
    contactJobTitle: 'Functie',
    memberSince: 'Lid sinds',
    contributionEuros: 'Bijdrage',
  },
  en: {
    name: 'Name',
    kind: 'Kind',
    kvkNumber: 'KvK number',
    sector: 'Sector',
    sizeClass: 'Size',
    street: 'Address',
    postcode: 'Postcode',
    city: 'Town',
    labourMarketRegion: 'Labour market region',
    website: 'Website',
    contactName: 'Contact person',
    contactEmail: 'Email',
    contactPhone: 'Phone',
    contactJobTitle: 'Job title',
    memberSince: 'Member since',
    contributionEuros: 'Contribution',
  },
};

export function importFieldLabel(locale: 'nl' | 'en', field: ImportField): string {
  return FIELD_LABELS[locale][field];
}

/** One issue as a sentence for the report, e.g. "KvK-nummer: ‘1234’ heeft geen 8 cijfers". */
export function describeImportIssue(locale: 'nl' | 'en', issue: ImportIssue): string {
  const label = issue.field ? FIELD_LABELS[locale][issue.field] : '';
  const v = issue.value ?? '';
  const nl: Record<ImportIssue['code'], string> = {
    required: `${label} is verplicht en ontbreekt`,
    kvk_invalid: `${label} ‘${v}’ heeft geen 8 cijfers`,
    postcode_invalid: `${label} ‘${v}’ is geen Nederlandse postcode (zoals 1234 AB)`,
    email_invalid: `${label} ‘${v}’ is geen geldig e-mailadres`,
    website_invalid: `${label} ‘${v}’ is geen geldig webadres`,
    date_invalid: `${label} ‘${v}’ is geen datum (dd-mm-jjjj)`,
    number_invalid: `${label} ‘${v}’ is geen bedrag in hele centen (bijvoorbeeld 250,00 of € 1.250,50)`,
    kind_unknown: `${label} ‘${v}’ is onbekend`,
    sector_unknown: `${label} ‘${v}’ is geen SBI-sectie (A t/m U)`,
    size_unknown: `${label} ‘${v}’ is onbekend (micro, klein, middelgroot, groot, of een aantal werknemers zoals 10-49)`,
    region_unknown: `${label} ‘${v}’ is geen van de 35 arbeidsmarktregio’s`,
    duplicate_in_file: `${label} staat ook al in rij ${v}`,
    kvk_exists: `${label} ‘${v}’ staat al in het netwerk`,
    contact_required: `${label} ontbreekt: die is verplicht als de rij een e-mailadres, telefoonnummer of functie van een contactpersoon heeft`,
    bsn: `${label || `Kolom ${v}`}: ${BSN_REFUSAL_NL}`,
  };
  const en: Record<ImportIssue['code'], string> = {
    required: `${label} is required and missing`,
    kvk_invalid: `${label} ‘${v}’ does not have 8 digits`,
    postcode_invalid: `${label} ‘${v}’ is not a Dutch postcode (like 1234 AB)`,
    email_invalid: `${label} ‘${v}’ is not a valid email address`,
    website_invalid: `${label} ‘${v}’ is not a valid web address`,
    date_invalid: `${label} ‘${v}’ is not a date (dd-mm-yyyy)`,
    number_invalid: `${label} ‘${v}’ is not an amount in whole cents (for example 250,00 or € 1.250,50)`,
    kind_unknown: `${label} ‘${v}’ is unknown`,
    sector_unknown: `${label} ‘${v}’ is not an SBI section (A to U)`,
    size_unknown: `${label} ‘${v}’ is unknown (micro, small, medium, large, or a number of employees such as 10-49)`,
    region_unknown: `${label} ‘${v}’ is not one of the 35 labour market regions`,
    duplicate_in_file: `${label} is also in row ${v}`,
    kvk_exists: `${label} ‘${v}’ is already in the network`,
    contact_required: `${label} is missing: it is required when the row has a contact person's email address, phone number or job title`,
    bsn: `${label || `Column ${v}`}: ${BSN_REFUSAL_EN}`,
  };
  return (locale === 'en' ? en : nl)[issue.code];
}
