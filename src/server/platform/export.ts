// The one export mechanism for lists. A list definition (src/core/export-list.ts) says what the columns are; this writes
// them as Dutch Excel reads them, in the asker's language:
// - CSV: UTF-8 with a BOM, `;` between cells, comma decimals, dates `dd-mm-jjjj`, times in Amsterdam `dd-mm-jjjj HH:mm`;
// - XLSX: numbers as numeric cells with a number format, dates and times as real dates in Amsterdam local time.
// Codes are written as the words the screens show.
import type { FastifyReply } from 'fastify';
import { amsterdamTimeOf, formatDutchDate, formatDutchDateTime } from '../../core/calendar.js';
import {
  cellOf,
  EXPORT_FORMATS,
  type Cell,
  type ExportFormat,
  type Language,
  type ListDefinition,
} from '../../core/export-list.js';

export { EXPORT_FORMATS, type ExportFormat };

function csvText(text: string): string {
  // Formula injection: a cell starting with = + - @ is run by spreadsheet programs, so prefix it with a quote.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvNumber(value: number, decimals: number, fixed: boolean): string {
  // No thousands separator: Dutch Excel reads "1234,5" as a number, and a dot could be mistaken for a decimal point.
  const text = fixed ? value.toFixed(decimals) : String(Number(value.toFixed(Math.max(decimals, 0))));
  return text.replace('.', ',');
}

function csvCell(cell: Cell): string {
  switch (cell.type) {
    case 'empty':
      return '';
    case 'text':
      return csvText(cell.text);
    case 'number':
      return csvNumber(cell.value, cell.decimals, cell.money);
    case 'date':
      return formatDutchDate(cell.date);
    case 'datetime':
      return formatDutchDateTime(cell.instant);
  }
}

export function toCsv<Row>(list: ListDefinition<Row>, rows: readonly Row[], language: Language): string {
  const lines = [list.columns.map((c) => csvText(c.label[language])).join(';')];
  for (const row of rows) lines.push(list.columns.map((c) => csvCell(cellOf(c, row, language))).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

// Excel has no time zones: a cell holds a wall-clock time. exceljs writes a Date by its UTC fields, so the Amsterdam wall
// time is put into the UTC fields.
function excelWallTime(instant: Date): Date {
  const t = amsterdamTimeOf(instant);
  return new Date(Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second));
}

function excelDate(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

function numberFormat(cell: Extract<Cell, { type: 'number' }>): string {
  if (cell.money) return '#,##0.00';
  if (cell.decimals === 0) return '0';
  return `#,##0.${'0'.repeat(cell.decimals)}`;
}

export async function toXlsx<Row>(
  list: ListDefinition<Row>,
  rows: readonly Row[],
  language: Language,
): Promise<Buffer> {
  // Loaded on first export: exceljs is heavy and most requests never need it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Netwerkregie';
  const sheet = workbook.addWorksheet(list.sheetName[language].slice(0, 31));
  sheet.columns = list.columns.map((c) => ({
    header: c.label[language],
    width: Math.max(c.kind === 'datetime' ? 17 : 12, c.label[language].length + 2),
  }));
  for (const row of rows) {
    const cells = list.columns.map((c) => cellOf(c, row, language));
    const added = sheet.addRow(
      cells.map((cell) => {
        switch (cell.type) {
          case 'empty':
            return null;
          case 'text':
            return cell.text;
          case 'number':
            return cell.value;
          case 'date':
            return excelDate(cell.date);
          case 'datetime':
            return excelWallTime(cell.instant);
        }
      }),
    );
    cells.forEach((cell, i) => {
      const target = added.getCell(i + 1);
      if (cell.type === 'number') target.numFmt = numberFormat(cell);
      else if (cell.type === 'date') target.numFmt = 'dd-mm-yyyy';
      else if (cell.type === 'datetime') target.numFmt = 'dd-mm-yyyy hh:mm';
    });
  }
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function sendExport<Row>(
  reply: FastifyReply,
  options: {
    format: ExportFormat;
    language: Language;
    list: ListDefinition<Row>;
    rows: readonly Row[];
    /** Added to the file name, e.g. the year of a yearly list. */
    fileNameSuffix?: string;
  },
) {
  const { format, language, list, rows } = options;
  const base = list.fileName[language] + (options.fileNameSuffix ? `-${options.fileNameSuffix}` : '');
  const name = `${base.replace(/[^A-Za-z0-9._-]+/g, '-')}.${format}`;
  void reply.header('content-disposition', `attachment; filename="${name}"`);
  if (format === 'csv') {
    return reply.type('text/csv; charset=utf-8').send(toCsv(list, rows, language));
  }
  return reply
    .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .send(await toXlsx(list, rows, language));
}
