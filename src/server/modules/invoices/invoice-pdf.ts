// An invoice or credit note as a PDF (pdfmake with the Roboto fonts it ships), in Dutch (words: INVOICE_TEXTS): the number and date, the network
// (with its address, KvK number and IBAN when it has them, as they were when the invoice was made), the member's name and
// address, the amount, the due date and how to pay.
import { createRequire } from 'node:module';
import path from 'node:path';
import { formatDutchDate } from '../../../core/calendar.js';
import { formatEuro } from '../../../core/budget/money.js';
import { formatIban } from '../../../core/organisations/dutch-checks.js';
import { INVOICE_TEXTS } from '../../platform/document-texts.js';

const w = INVOICE_TEXTS.nl;

const require = createRequire(import.meta.url);

export interface InvoicePdfData {
  kind: string;
  number: string;
  issuedOn: string;
  dueOn: string;
  amountCents: number;
  description: string;
  sellerName: string;
  sellerKvk: string | null;
  sellerAddress: string | null;
  sellerIban: string | null;
  buyerName: string;
  buyerAddress: string | null;
  creditOfNumber: string | null;
}

export async function renderInvoicePdf(data: InvoicePdfData): Promise<Buffer> {
  const { default: pdfmake } = await import('pdfmake');
  const fontDir = path.dirname(require.resolve('pdfmake/fonts/Roboto.js'));
  pdfmake.setFonts(require('pdfmake/fonts/Roboto.js') as Parameters<typeof pdfmake.setFonts>[0]);
  pdfmake.setLocalAccessPolicy((p: string) => path.resolve(p).startsWith(fontDir));
  pdfmake.setUrlAccessPolicy(() => false);
  const isCredit = data.kind === 'credit_note';
  const title = isCredit ? w.creditNote : w.invoice;
  const facts: [string, string][] = [
    [isCredit ? w.creditNoteNumber : w.invoiceNumber, data.number],
    [w.invoiceDate, formatDutchDate(data.issuedOn)],
    ...(isCredit
      ? ([[w.creditOf, data.creditOfNumber ?? '—']] as [string, string][])
      : ([[w.dueDate, formatDutchDate(data.dueOn)]] as [string, string][])),
  ];
  const doc = {
    info: { title: `${title} ${data.number}` },
    defaultStyle: { font: 'Roboto', fontSize: 10 },
    content: [
      {
        columns: [
          [
            { text: data.sellerName, fontSize: 14, bold: true },
            ...(data.sellerAddress ? [{ text: data.sellerAddress }] : []),
            ...(data.sellerKvk ? [{ text: `KvK ${data.sellerKvk}` }] : []),
            ...(data.sellerIban ? [{ text: `IBAN ${formatIban(data.sellerIban)}` }] : []),
          ],
          { text: title, fontSize: 20, bold: true, alignment: 'right' },
        ],
      },
      { text: w.to, bold: true, margin: [0, 24, 0, 2] },
      { text: data.buyerName },
      ...(data.buyerAddress ? [{ text: data.buyerAddress }] : []),
      {
        table: { widths: [150, '*'], body: facts },
        layout: 'noBorders',
        margin: [0, 18, 0, 18],
      },
      {
        table: {
          headerRows: 1,
          widths: ['*', 110],
          body: [
            [
              { text: w.description, bold: true },
              { text: w.amount, bold: true, alignment: 'right' },
            ],
            [data.description, { text: formatEuro(data.amountCents), alignment: 'right' }],
            [
              { text: w.total, bold: true },
              { text: formatEuro(data.amountCents), bold: true, alignment: 'right' },
            ],
          ],
        },
        layout: 'lightHorizontalLines',
      },
      {
        text: isCredit ? w.settled : paymentRequest(data),
        margin: [0, 18, 0, 0],
      },
      { text: w.vatExempt, fontSize: 8, color: '#555555', margin: [0, 6, 0, 0] },
    ],
  };
  return pdfmake.createPdf(doc as Parameters<typeof pdfmake.createPdf>[0]).getBuffer();
}

/** The sentence under the amount: before when, into which account (when the network gave one), with which reference. */
export function paymentRequest(data: Pick<InvoicePdfData, 'dueOn' | 'number' | 'sellerName' | 'sellerIban'>): string {
  const account = data.sellerIban ? w.account(formatIban(data.sellerIban), data.sellerName) : '';
  return w.payBefore(formatDutchDate(data.dueOn), account, data.number);
}
