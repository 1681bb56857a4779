// The inzageverzoek as a PDF (pdfmake with the Roboto fonts it ships), in the reader's language: everything held about one
// candidate. The words are in the server's document catalog (platform/document-texts.ts); codes are written as the screens
// say them, times in Amsterdam time.
import { createRequire } from 'node:module';
import path from 'node:path';
import type { exportCandidate } from './rights.service.js';
import { inzageTexts } from '../../platform/document-texts.js';
import type { Locale } from '../../platform/messages.js';

type CandidateExport = Awaited<ReturnType<typeof exportCandidate>>;

const require = createRequire(import.meta.url);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export async function candidateExportPdf(data: CandidateExport, locale: Locale): Promise<Buffer> {
  const { default: pdfmake } = await import('pdfmake');
  const fontDir = path.dirname(require.resolve('pdfmake/fonts/Roboto.js'));
  pdfmake.setFonts(require('pdfmake/fonts/Roboto.js') as Parameters<typeof pdfmake.setFonts>[0]);
  pdfmake.setLocalAccessPolicy((p: string) => path.resolve(p).startsWith(fontDir));
  const w = inzageTexts(locale);
  const text = (value: unknown): string => {
    if (value === null || value === undefined || value === '') return '—';
    if (value instanceof Date) return w.dateTime(value);
    if (typeof value === 'number') return w.number(value);
    if (typeof value === 'string' && ISO_DATE.test(value)) return w.date(value);
    if (Array.isArray(value)) return value.length === 0 ? '—' : value.map(text).join(', ');
    return String(value);
  };
  const c = data.candidate;
  // Fields holding a code or a number are written as the screens show them; the others as they are.
  const special: Partial<Record<(typeof w.fieldOrder)[number], (v: unknown) => string>> = {
    status: (v) => w.status(v as string | null),
    referredBy: (v) => w.referrer(v as string | null),
    targetGroupRegister: (v) => w.register(v as string | null),
    supportNeeded: (v) =>
      Array.isArray(v) && v.length > 0
        ? v.map((k) => w.support[k as keyof typeof w.support] ?? String(k)).join(', ')
        : '—',
    hoursPerWeek: (v) => (v === null || v === undefined || v === '' ? '—' : w.number(Number(v))),
  };
  const fieldValue = (key: (typeof w.fieldOrder)[number]): string => {
    const v = (c as Record<string, unknown>)[key];
    return (special[key] ?? text)(v);
  };
  const fields = (names: readonly string[] | null | undefined) =>
    names && names.length > 0 ? names.map((n) => w.fieldName(n)).join(', ') : '—';
  const rows = w.fieldOrder.map((key) => [w.fields[key], fieldValue(key)]);
  const table = (body: string[][], widths: (string | number)[]) => ({
    table: { headerRows: 1, widths, body },
    layout: 'lightHorizontalLines',
    margin: [0, 4, 0, 12] as [number, number, number, number],
  });
  const doc = {
    info: { title: w.title(c.code) },
    defaultStyle: { font: 'Roboto', fontSize: 10 },
    content: [
      { text: w.heading(c.code), fontSize: 16, bold: true },
      { text: w.intro(text(data.exportedAt)) },
      { text: w.data, fontSize: 13, bold: true, margin: [0, 12, 0, 0] },
      table([[w.field, w.value], ...rows], [150, '*']),
      { text: w.consents, fontSize: 13, bold: true },
      table(
        [
          [...w.consentColumns],
          ...c.consents.map((k) => [
            k.organisationName ?? k.otherNetworkName ?? w.recipient(k.recipient),
            fields(k.fields),
            text(k.givenOn),
            text(k.validUntil),
            text(k.withdrawnAt),
          ]),
        ],
        ['*', '*', 60, 60, 80],
      ),
      { text: w.history, fontSize: 13, bold: true },
      table(
        [
          [...w.historyColumns],
          ...c.statusHistory.map((s) => [
            text(s.changedAt),
            s.fromStatus ? w.status(s.fromStatus) : '—',
            w.status(s.toStatus),
            text(s.reason),
          ]),
        ],
        [90, 70, 70, '*'],
      ),
      { text: w.placements, fontSize: 13, bold: true },
      table(
        [
          [...w.placementColumns],
          ...data.placements.map((p) => [
            p.organisationName,
            text(p.startsOn),
            text(p.endsOn),
            w.number(Number(p.hoursPerWeek)),
            w.contract(p.contractKind),
          ]),
        ],
        ['*', 60, 60, 40, 80],
      ),
      { text: w.views, fontSize: 13, bold: true },
      table(
        [
          [...w.viewColumns],
          ...data.viewLog.map((v) => [text(v.at), v.actorName ?? w.someone, w.action(v.action), fields(v.fields)]),
        ],
        [90, 90, 90, '*'],
      ),
    ],
  };
  return pdfmake.createPdf(doc as Parameters<typeof pdfmake.createPdf>[0]).getBuffer();
}
