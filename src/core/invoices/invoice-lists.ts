// Words for the invoices' codes, and the bookkeeping export (CSV and XLSX with Dutch decimals, src/server/platform/export.ts).
import { defineList, type CodeLabels } from '../export-list.js';
import type { InvoiceKind, InvoiceStatus } from './invoice-rules.js';
import type { ListInvoicesQuery } from './invoices.contract.js';

/** What the invoice list can be sorted by: the route's `sort` values. */
export type InvoiceSort = ListInvoicesQuery['sort'];

export const invoiceStatusLabels = {
  draft: { nl: 'Concept', en: 'Draft' },
  sent: { nl: 'Verstuurd', en: 'Sent' },
  reminded: { nl: 'Herinnering verstuurd', en: 'Reminder sent' },
  paid: { nl: 'Betaald', en: 'Paid' },
  written_off: { nl: 'Afgeschreven', en: 'Written off' },
  credited: { nl: 'Gecrediteerd', en: 'Credited' },
} satisfies Record<InvoiceStatus, { nl: string; en: string }> & CodeLabels;

export const invoiceKindLabels = {
  invoice: { nl: 'Factuur', en: 'Invoice' },
  credit_note: { nl: 'Creditnota', en: 'Credit note' },
} satisfies Record<InvoiceKind, { nl: string; en: string }> & CodeLabels;

export const invoiceBookkeepingList = defineList<
  {
    number: string;
    issuedOn: string;
    organisationName: string;
    amountCents: number;
    status: string;
    paidOn: string | null;
    creditOfNumber: string | null;
  },
  InvoiceSort
>({
  fileName: { nl: 'facturen', en: 'invoices' },
  sheetName: { nl: 'Facturen', en: 'Invoices' },
  columns: [
    { label: { nl: 'Nummer', en: 'Number' }, kind: 'text', sortKey: 'number', value: (r) => r.number },
    { label: { nl: 'Datum', en: 'Date' }, kind: 'date', sortKey: 'issuedOn', value: (r) => r.issuedOn },
    { label: { nl: 'Lid', en: 'Member' }, kind: 'text', sortKey: 'organisation', value: (r) => r.organisationName },
    { label: { nl: 'Bedrag', en: 'Amount' }, kind: 'money', sortKey: 'amount', value: (r) => r.amountCents },
    {
      label: { nl: 'Status', en: 'Status' },
      kind: 'code',
      labels: invoiceStatusLabels,
      sortKey: 'status',
      value: (r) => r.status,
    },
    { label: { nl: 'Betaald op', en: 'Paid on' }, kind: 'date', value: (r) => r.paidOn },
    { label: { nl: 'Creditnota van', en: 'Credit of' }, kind: 'text', value: (r) => r.creditOfNumber },
  ],
});
