// What an exported list looks like, independent of the file format: its columns, each with a label per language and the
// kind of value it holds. The server writes CSV and XLSX from these definitions (src/server/platform/export.ts); the
// definitions live beside each domain (src/core/<domain>/*-lists.ts); the web's list toolbar (src/web/shared/list-toolbar.tsx)
// reads the same words for its sort options. Pure.
import { amsterdamDateOf, isIsoDate } from './calendar.js';

export type Language = 'nl' | 'en';

/** The file formats every list can be exported to. */
export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface Words {
  nl: string;
  en: string;
}

/** Words for stable codes (statuses, kinds, roles), as the screens show them. */
export type CodeLabels = Record<string, Words>;

type Value<Row, T> = (row: Row) => T | null | undefined;

/**
 * One column. `sortKey` is the value of the list's `sort` query parameter that orders by this column, for the columns the
 * server can sort by; `Sort` is the union the route's schema accepts, so a key the server would refuse does not compile.
 */
export type ListColumn<Row, Sort extends string = string> = { label: Words; sortKey?: Sort } & (
  | { kind: 'text'; value: Value<Row, string> }
  | { kind: 'integer'; value: Value<Row, number> }
  /** A number with decimals; `decimals` is how many the file shows (default 1). */
  | { kind: 'decimal'; value: Value<Row, number>; decimals?: number }
  /** An amount in euro cents, written in euros with two decimals. */
  | { kind: 'money'; value: Value<Row, number> }
  /** A calendar day: `YYYY-MM-DD`, or an instant whose Amsterdam day is meant. */
  | { kind: 'date'; value: Value<Row, string | Date> }
  /** An instant, written in Amsterdam local time. */
  | { kind: 'datetime'; value: Value<Row, string | Date> }
  | { kind: 'code'; labels: CodeLabels; value: Value<Row, string> }
  | { kind: 'codes'; labels: CodeLabels; value: Value<Row, readonly string[]> }
  | { kind: 'yes-no'; value: Value<Row, boolean> }
);

export interface ListDefinition<Row, Sort extends string = string> {
  /** The file name without extension. */
  fileName: Words;
  sheetName: Words;
  columns: ListColumn<Row, Sort>[];
}

export function defineList<Row, Sort extends string = string>(
  definition: ListDefinition<Row, Sort>,
): ListDefinition<Row, Sort> {
  return definition;
}

/** One choice of a list's sort control: the `sort` value and the words for it in one language. */
export interface SortOption<Sort extends string> {
  value: Sort;
  label: string;
}

/**
 * The sort choices of a list, in the order of `keys` (the route schema's enum): a key that orders by a column is named by
 * that column's label; a key that orders by something no column shows (relevance, date added) is named by `extra`, words
 * the screen brings. A key with neither is left out rather than shown as a bare code.
 */
export function sortOptionsOf<Sort extends string>(
  list: ListDefinition<never, Sort>,
  language: Language,
  keys: readonly Sort[],
  extra: Partial<Record<Sort, string>> = {},
): SortOption<Sort>[] {
  const options: SortOption<Sort>[] = [];
  for (const key of keys) {
    const column = list.columns.find((c) => c.sortKey === key);
    const label = column?.label[language] ?? extra[key];
    if (label !== undefined) options.push({ value: key, label });
  }
  return options;
}

/** One cell, ready for a file format to write. */
export type Cell =
  | { type: 'empty' }
  | { type: 'text'; text: string }
  | { type: 'number'; value: number; decimals: number; money: boolean }
  | { type: 'date'; date: string }
  | { type: 'datetime'; instant: Date };

const YES_NO: Record<Language, [string, string]> = { nl: ['ja', 'nee'], en: ['yes', 'no'] };

/** The words of a set of codes in one language, by code (for a message catalog that shows them). */
export function wordsIn<Code extends string>(labels: Record<Code, Words>, language: Language): Record<Code, string> {
  const entries = (Object.entries(labels) as [Code, Words][]).map(([code, words]) => [code, words[language]] as const);
  return Object.fromEntries(entries) as Record<Code, string>;
}

export function wordsFor(labels: CodeLabels, code: string, language: Language): string {
  // A code without words (a newer value) is written as it is rather than left out.
  return labels[code]?.[language] ?? code;
}

function toInstant(value: string | Date): Date | null {
  const instant = value instanceof Date ? value : new Date(value);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

export function cellOf<Row>(column: ListColumn<Row>, row: Row, language: Language): Cell {
  const empty: Cell = { type: 'empty' };
  switch (column.kind) {
    case 'text': {
      const v = column.value(row);
      return v === null || v === undefined || v === '' ? empty : { type: 'text', text: v };
    }
    case 'integer': {
      const v = column.value(row);
      return v === null || v === undefined ? empty : { type: 'number', value: v, decimals: 0, money: false };
    }
    case 'decimal': {
      const v = column.value(row);
      return v === null || v === undefined
        ? empty
        : { type: 'number', value: v, decimals: column.decimals ?? 1, money: false };
    }
    case 'money': {
      const v = column.value(row);
      return v === null || v === undefined ? empty : { type: 'number', value: v / 100, decimals: 2, money: true };
    }
    case 'date': {
      const v = column.value(row);
      if (v === null || v === undefined || v === '') return empty;
      if (typeof v === 'string' && isIsoDate(v)) return { type: 'date', date: v };
      const instant = toInstant(v);
      return instant ? { type: 'date', date: amsterdamDateOf(instant) } : { type: 'text', text: String(v) };
    }
    case 'datetime': {
      const v = column.value(row);
      if (v === null || v === undefined || v === '') return empty;
      const instant = toInstant(v);
      return instant ? { type: 'datetime', instant } : { type: 'text', text: String(v) };
    }
    case 'code': {
      const v = column.value(row);
      return v === null || v === undefined || v === ''
        ? empty
        : { type: 'text', text: wordsFor(column.labels, v, language) };
    }
    case 'codes': {
      const v = column.value(row);
      return !v || v.length === 0
        ? empty
        : { type: 'text', text: v.map((code) => wordsFor(column.labels, code, language)).join(', ') };
    }
    case 'yes-no': {
      const v = column.value(row);
      return v === null || v === undefined ? empty : { type: 'text', text: YES_NO[language][v ? 0 : 1] };
    }
  }
}
