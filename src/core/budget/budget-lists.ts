// Words for the budget's codes, and its lists as exported (CSV and XLSX with Dutch decimals, src/server/platform/export.ts).
import { defineList, type CodeLabels } from '../export-list.js';
import type { BudgetItem, BudgetPayer, InKindKind } from './budget-rules.js';

export const budgetItemLabels = {
  coordinator: { nl: 'Coördinator', en: 'Coordinator' },
  meetings_venues: { nl: 'Bijeenkomsten, locaties en catering', en: 'Meetings, venues and catering' },
  communication_tools: { nl: 'Communicatie', en: 'Communication' },
  secretariat: { nl: 'Secretariaat en backoffice', en: 'Secretariat and back office' },
  own: { nl: 'Eigen posten van het netwerk', en: "The network's own items" },
} satisfies Record<BudgetItem, { nl: string; en: string }> & CodeLabels;

export const budgetPayerLabels = {
  member_contributions: { nl: 'Bijdragen van leden', en: 'Member contributions' },
  in_kind: { nl: 'In natura', en: 'In kind' },
  funder_grant: { nl: 'Subsidie van de financier', en: "The funder's grant" },
  sector_fund: { nl: 'Sectorfonds', en: 'Sector fund' },
  municipality: { nl: 'Gemeente', en: 'Municipality' },
  other: { nl: 'Anders', en: 'Other' },
} satisfies Record<BudgetPayer, { nl: string; en: string }> & CodeLabels;

export const inKindKindLabels = {
  hosting: { nl: 'Gastheerschap van een bijeenkomst', en: 'Hosting a meeting' },
  coordinator_hours: { nl: 'Gedetacheerde coördinatie-uren', en: 'Seconded coordinator hours' },
  catering: { nl: 'Catering', en: 'Catering' },
  other: { nl: 'Anders', en: 'Other' },
} satisfies Record<InKindKind, { nl: string; en: string }> & CodeLabels;

interface FiguresRow {
  label: string;
  plannedCents: number;
  actualCents: number;
  forecastCents: number;
}

function figuresList(kind: { nl: string; en: string }, fileName: { nl: string; en: string }) {
  return defineList<FiguresRow>({
    fileName,
    sheetName: fileName,
    columns: [
      { label: kind, kind: 'text', value: (r) => r.label },
      { label: { nl: 'Begroot', en: 'Planned' }, kind: 'money', value: (r) => r.plannedCents },
      { label: { nl: 'Besteed', en: 'Spent' }, kind: 'money', value: (r) => r.actualCents },
      { label: { nl: 'Verschil', en: 'Difference' }, kind: 'money', value: (r) => r.plannedCents - r.actualCents },
      { label: { nl: 'Prognose jaar', en: 'Forecast for the year' }, kind: 'money', value: (r) => r.forecastCents },
    ],
  });
}

export const budgetItemsList = figuresList({ nl: 'Post', en: 'Item' }, { nl: 'begroting-posten', en: 'budget-items' });
export const budgetPayersList = figuresList(
  { nl: 'Betaler', en: 'Payer' },
  { nl: 'begroting-betalers', en: 'budget-payers' },
);

export const spendingList = defineList<{
  spentOn: string;
  amountCents: number;
  item: string;
  payer: string;
  description: string;
  attachmentName: string | null;
}>({
  fileName: { nl: 'uitgaven', en: 'spending' },
  sheetName: { nl: 'Uitgaven', en: 'Spending' },
  columns: [
    { label: { nl: 'Datum', en: 'Date' }, kind: 'date', value: (r) => r.spentOn },
    { label: { nl: 'Bedrag', en: 'Amount' }, kind: 'money', value: (r) => r.amountCents },
    { label: { nl: 'Post', en: 'Item' }, kind: 'code', labels: budgetItemLabels, value: (r) => r.item },
    { label: { nl: 'Betaald uit', en: 'Paid from' }, kind: 'code', labels: budgetPayerLabels, value: (r) => r.payer },
    { label: { nl: 'Omschrijving', en: 'Description' }, kind: 'text', value: (r) => r.description },
    { label: { nl: 'Bijlage', en: 'Attachment' }, kind: 'text', value: (r) => r.attachmentName },
  ],
});

export const inKindList = defineList<{
  givenOn: string;
  organisationName: string;
  kind: string;
  item: string;
  valueCents: number;
  description: string;
}>({
  fileName: { nl: 'bijdragen-in-natura', en: 'in-kind-contributions' },
  sheetName: { nl: 'In natura', en: 'In kind' },
  columns: [
    { label: { nl: 'Datum', en: 'Date' }, kind: 'date', value: (r) => r.givenOn },
    { label: { nl: 'Organisatie', en: 'Organisation' }, kind: 'text', value: (r) => r.organisationName },
    { label: { nl: 'Soort', en: 'Kind' }, kind: 'code', labels: inKindKindLabels, value: (r) => r.kind },
    { label: { nl: 'Post', en: 'Item' }, kind: 'code', labels: budgetItemLabels, value: (r) => r.item },
    { label: { nl: 'Waarde', en: 'Value' }, kind: 'money', value: (r) => r.valueCents },
    { label: { nl: 'Omschrijving', en: 'Description' }, kind: 'text', value: (r) => r.description },
  ],
});

/** A financial statement to the funder as a file: the totals per cost item and in all (never an entry). */
export const statementList = defineList<{
  label: string;
  grantCents: number;
  plannedCents: number;
  spentCents: number;
  grantSpentCents: number;
}>({
  fileName: { nl: 'verantwoording', en: 'financial-statement' },
  sheetName: { nl: 'Verantwoording', en: 'Statement' },
  columns: [
    { label: { nl: 'Post', en: 'Item' }, kind: 'text', value: (r) => r.label },
    { label: { nl: 'Subsidie begroot', en: 'Grant planned' }, kind: 'money', value: (r) => r.grantCents },
    { label: { nl: 'Totaal begroot', en: 'Total planned' }, kind: 'money', value: (r) => r.plannedCents },
    { label: { nl: 'Besteed in periode', en: 'Spent in period' }, kind: 'money', value: (r) => r.spentCents },
    {
      label: { nl: 'Waarvan uit subsidie', en: 'Of which from grant' },
      kind: 'money',
      value: (r) => r.grantSpentCents,
    },
  ],
});
