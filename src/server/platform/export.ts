// The one export mechanism for lists: CSV (semicolon-separated with a BOM, as Dutch Excel expects) and XLSX (exceljs).
import type { FastifyReply } from 'fastify';

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportColumn<Row> {
  header: string;
  value: (row: Row) => string | number | boolean | Date | null | undefined;
}

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = value instanceof Date ? value.toISOString() : String(value);
  // Formula injection: a cell starting with = + - @ is run by spreadsheet programs, so prefix it with a quote.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv<Row>(columns: ExportColumn<Row>[], rows: Row[]): string {
  const lines = [columns.map((c) => csvCell(c.header)).join(';')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(c.value(row))).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export async function toXlsx<Row>(sheetName: string, columns: ExportColumn<Row>[], rows: Row[]): Promise<Buffer> {
  // Loaded on first export: exceljs is heavy and most requests never need it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Netwerkregie';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  sheet.columns = columns.map((c) => ({ header: c.header, width: Math.max(12, c.header.length + 2) }));
  for (const row of rows) sheet.addRow(columns.map((c) => c.value(row) ?? null));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function sendExport<Row>(
  reply: FastifyReply,
  options: { format: ExportFormat; filename: string; sheetName: string; columns: ExportColumn<Row>[]; rows: Row[] },
) {
  const name = `${options.filename}.${options.format}`;
  void reply.header('content-disposition', `attachment; filename="${name}"`);
  if (options.format === 'csv') {
    return reply.type('text/csv; charset=utf-8').send(toCsv(options.columns, options.rows));
  }
  return reply
    .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .send(await toXlsx(options.sheetName, options.columns, options.rows));
}
