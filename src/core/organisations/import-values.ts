// How the organisation import reads the values of list columns (kind, SBI section, size class, region), shared by the
// server's row checks and the import screen's preview of each column's values. Pure, without the CSV parser, so the web
// app can use it.
import { readSizeClass } from './size-bands.js';
import {
  ORGANISATION_KINDS,
  findLabourMarketRegion,
  findSbiSection,
  foldForMatch,
  type OrganisationKind,
} from './reference-data.js';

/** The fields a file's columns can be mapped to, in the order the import screen shows them. */
export const IMPORT_FIELDS = [
  'name',
  'kind',
  'kvkNumber',
  'sector',
  'sizeClass',
  'street',
  'postcode',
  'city',
  'labourMarketRegion',
  'website',
  'contactName',
  'contactEmail',
  'contactPhone',
  'contactJobTitle',
  'memberSince',
  'contributionEuros',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Fields whose values come from a list (kinds, SBI sections, size classes, regions): the preview shows how the import reads
 *  each value in the column, and the user may say what an unknown value stands for. */
export const MAPPABLE_FIELDS = ['kind', 'sector', 'sizeClass', 'labourMarketRegion'] as const;
export type MappableField = (typeof MAPPABLE_FIELDS)[number];
/**
 * What the user said unknown values stand for: field → (the cell as the file has it, trimmed → a value of that field's list
 * as the import reads it, e.g. "medium", or null to leave the field empty for those rows).
 */
export type ValueMapping = Partial<Record<MappableField, Record<string, string | null>>>;

/** How the import reads one value: the code it stores, and how it got there (for the preview). */
export interface ValueReading {
  value: string;
  /** "lower_bound": an employee band across two size classes, read as the class of its lower bound. */
  how: 'name' | 'band' | 'lower_bound';
}

const KIND_ALIASES: Record<string, OrganisationKind> = {
  werkgever: 'employer',
  financier: 'funder',
  partner: 'partner',
  samenwerkingspartner: 'partner',
  'publieke partij': 'public_party',
  overheid: 'public_party',
  onderwijs: 'education',
  zorgaanbieder: 'care_provider',
  jobcoachorganisatie: 'jobcoach_provider',
  jobcoach: 'jobcoach_provider',
};

export function readKind(raw: string): OrganisationKind | null {
  const folded = foldForMatch(raw);
  const found =
    KIND_ALIASES[folded] ?? (ORGANISATION_KINDS as readonly string[]).find((k) => k === folded.replace(/ /g, '_'));
  return (found as OrganisationKind | undefined) ?? null;
}

/** How the import reads a value of a list field; null when it does not know it (the row would fail). */
export function readImportValue(field: MappableField, raw: string): ValueReading | null {
  const text = raw.trim();
  if (!text) return null;
  if (field === 'sizeClass') {
    const size = readSizeClass(text);
    return size && { value: size.sizeClass, how: size.how };
  }
  const value =
    field === 'kind' ? readKind(text) : field === 'sector' ? findSbiSection(text) : findLabourMarketRegion(text);
  return value === null ? null : { value, how: 'name' };
}
