// Importing organisations from Dutch spreadsheets (CSV with ; or , and XLSX): a preview with a suggested column mapping,
// then a checked import in one of three modes.
import {
  decodeSpreadsheetText,
  describeImportIssue,
  distinctColumnValues,
  parseDelimited,
  suggestMapping,
} from '../../../core/organisations/import-rows.js';
import { authorize, type Actor } from '../../platform/access.js';
import { writeAudit } from '../../platform/audit.js';
import type { Db } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { registerErrorMessages, type Locale } from '../../platform/messages.js';
import { checkAndWriteImport, type BulkImportResult, type ImportMode } from './import-bulk.js';
import type { z } from 'zod';
import type { importRunInput } from '../../../core/members/members.contract.js';
import { importChoicesOf, type ImportChoices, type ImportChoicesInput } from '../../../core/members/import-choices.js';

registerErrorMessages({
  nl: {
    import_unreadable: 'Het bestand kon niet worden gelezen. Gebruik CSV (met ; of ,) of XLSX.',
    import_name_unmapped: 'Kies welke kolom de naam van de organisatie bevat.',
    import_file_empty: 'Het bestand is leeg. Kies een CSV- of XLSX-bestand met een kopregel en rijen.',
    import_wrong_type:
      'Stuur het bestand zelf mee (CSV of XLSX, als application/octet-stream, text/csv of het XLSX-type), niet als formulier of JSON.',
    import_too_large: 'Het bestand is te groot: een import mag hoogstens {megabytes} MB zijn. Splits het bestand.',
  },
  en: {
    import_unreadable: 'The file could not be read. Use CSV (with ; or ,) or XLSX.',
    import_name_unmapped: 'Choose which column holds the name of the organisation.',
    import_file_empty: 'The file is empty. Choose a CSV or XLSX file with a header row and rows.',
    import_wrong_type:
      'Send the file itself (CSV or XLSX, as application/octet-stream, text/csv or the XLSX type), not as a form or JSON.',
    import_too_large: 'The file is too large: an import may be at most {megabytes} MB. Split the file.',
  },
});

/** The file's rows; `bytes` is the file as uploaded (the request body, decision 022). */
export async function readTable(fileName: string, bytes: Buffer): Promise<{ headers: string[]; rows: string[][] }> {
  if (bytes.length === 0) throw new AppError('bad_request', 'import_file_empty');
  try {
    if (/\.xlsx$/i.test(fileName)) {
      const { default: ExcelJS } = await import('exceljs');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0];
      if (!sheet) throw new Error('no sheet');
      const table: string[][] = [];
      sheet.eachRow({ includeEmpty: false }, (row) => {
        const cells: string[] = [];
        for (let c = 1; c <= sheet.columnCount; c++) cells.push(cellText(row.getCell(c).value));
        table.push(cells);
      });
      const [headers = [], ...rows] = table;
      return { headers: headers.map((h) => h.trim()), rows };
    }
    return parseDelimited(decodeSpreadsheetText(new Uint8Array(bytes)));
  } catch {
    throw new AppError('bad_request', 'import_unreadable');
  }
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { text?: unknown; result?: unknown; richText?: { text: string }[] };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if (v.text !== undefined) return String(v.text);
    if (v.result !== undefined) return cellText(v.result);
  }
  return String(value as string | number | boolean);
}

export async function previewImport({
  actor,
  networkId,
  input,
  bytes,
}: {
  actor: Actor;
  networkId: string;
  input: { fileName: string };
  bytes: Buffer;
}) {
  authorize(actor, 'organisations.manage', networkId);
  const { headers, rows } = await readTable(input.fileName, bytes);
  return {
    headers,
    mapping: suggestMapping(headers),
    sample: rows.slice(0, 10),
    rowCount: rows.length,
    columnValues: distinctColumnValues(headers, rows),
  };
}

export type { ImportMode } from './import-bulk.js';

/** The report names the problems of at most this many rows; the summary and `invalid` count them all. */
const IMPORT_REPORT_ROWS = 1000;

export async function importOrganisations({
  db,
  actor,
  networkId,
  input,
  bytes,
  locale,
  today,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  input: z.infer<typeof importRunInput>;
  /** The file as uploaded (the request body). */
  bytes: Buffer;
  locale: Locale;
  today: string;
}) {
  authorize(actor, 'organisations.manage', networkId);
  const choices = checkedImportChoices(input, today);
  const { rows } = await readTable(input.fileName, bytes);
  const result = await checkAndWriteImport({
    db,
    networkId,
    rows,
    ...choices,
    today,
    onWritten: (tx, counts) =>
      writeAudit(tx, {
        actor,
        networkId,
        action: 'organisation.import',
        recordType: 'organisation',
        details: { file: input.fileName, mode: choices.mode, membershipStatus: choices.membershipStatus, ...counts },
      }),
  });
  return importReportOf(locale, choices.mode, choices.contributionYear, result);
}

/** The import's choices with their defaults; refuses (422) an import whose name column is not mapped. */
export function checkedImportChoices(input: ImportChoicesInput, today: string): ImportChoices {
  const checked = importChoicesOf(input, today);
  if (!checked.ok)
    throw new AppError('validation_failed', checked.problem, [
      { path: ['querystring', 'mapping', 'name'], message: checked.problem },
    ]);
  return checked.choices;
}

/** The report of a finished import, as the synchronous route answers and the background job stores it. */
export function importReportOf(
  locale: Locale,
  mode: ImportMode,
  contributionYear: number,
  result: BulkImportResult,
  /** Given by the background job, which stores where the import's time went (the reading of the file included). */
  timings?: { parseMs: number },
) {
  const { invalid, written, contactsWritten, contributionsWritten } = result;
  return {
    mode,
    total: result.total,
    valid: result.valid,
    invalid: invalid.length,
    written,
    contactsWritten,
    contributionsWritten,
    summary: importSummary(
      locale,
      mode,
      result.total,
      invalid.map((r) => r.rowNumber),
      written,
      { count: contributionsWritten, year: contributionYear },
    ),
    // Bounded: a file of 100,000 bad rows would otherwise answer with megabytes of sentences nobody reads.
    rows: invalid.slice(0, IMPORT_REPORT_ROWS).map((r) => ({
      rowNumber: r.rowNumber,
      messages: r.issues.map((i) => describeImportIssue(locale, i)),
    })),
    rowsOmitted: Math.max(0, invalid.length - IMPORT_REPORT_ROWS),
    ...(timings
      ? {
          timings: {
            parseMs: Math.round(timings.parseMs),
            checkMs: Math.round(result.timings.checkMs),
            writeMs: Math.round(result.timings.stageMs + result.timings.insertMs),
            stageMs: Math.round(result.timings.stageMs),
            insertMs: Math.round(result.timings.insertMs),
          },
        }
      : {}),
  };
}

function importSummary(
  locale: Locale,
  mode: ImportMode,
  total: number,
  badRows: number[],
  written: number,
  contributions: { count: number; year: number },
): string {
  const list = badRows.slice(0, 20).join(', ') + (badRows.length > 20 ? ' …' : '');
  if (locale === 'en') {
    const bad =
      badRows.length === 0
        ? `All ${total} rows are valid.`
        : `${badRows.length} of ${total} rows have errors (rows ${list}).`;
    if (mode === 'dry_run') return `${bad} Trial run: nothing was saved.`;
    if (written === 0) return `${bad} Nothing was saved.`;
    const paid = contributions.count > 0 ? `, with ${contributions.count} contributions for ${contributions.year}` : '';
    return `${bad} ${written} organisations saved${paid}.`;
  }
  const bad =
    badRows.length === 0
      ? `Alle ${total} rijen zijn in orde.`
      : `${badRows.length} van de ${total} rijen ${badRows.length === 1 ? 'heeft' : 'hebben'} fouten (${badRows.length === 1 ? 'rij' : 'rijen'} ${list}).`;
  if (mode === 'dry_run') return `${bad} Proefimport: er is niets opgeslagen.`;
  if (written === 0) return `${bad} Er is niets opgeslagen.`;
  const paid = contributions.count > 0 ? `, met ${contributions.count} bijdragen voor ${contributions.year}` : '';
  return `${bad} ${written} organisaties opgeslagen${paid}${badRows.length > 0 ? '; de rijen met fouten zijn overgeslagen' : ''}.`;
}
