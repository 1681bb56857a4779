// Words for network phases and ownership signals, and the exported lists of steering: the umbrella overview of all
// networks and the drill-down behind a measure.
import { defineList, type CodeLabels } from '../export-list.js';

export const phaseLabels = {
  initiatie: { nl: 'Initiatiefase', en: 'Initiation' },
  opstart: { nl: 'Opstartfase', en: 'Start-up' },
  volwassen: { nl: 'Volwassen fase', en: 'Mature' },
  teruggang: { nl: 'Teruggang', en: 'Decline' },
} satisfies CodeLabels;

export const signalLabels = {
  coordinator_doing_member_tasks: { nl: 'Coördinator doet ledentaken', en: 'Coordinator does member tasks' },
  kerngroep_shrinking: { nl: 'Kerngroep krimpt', en: 'Core group shrinking' },
  kerngroep_not_renewing: { nl: 'Kerngroep vernieuwt niet', en: 'Core group not renewing' },
  low_employer_led: { nl: 'Weinig door werkgevers geleid', en: 'Little employer-led' },
  low_needs_driven: { nl: 'Weinig vanuit behoeften', en: 'Little needs-driven' },
  growth_outpacing_turnout: { nl: 'Groei gaat opkomst voorbij', en: 'Growth outpacing turnout' },
} satisfies CodeLabels;

export const umbrellaList = defineList<{
  name: string;
  phase: string | null;
  members: number;
  activeMembers: number;
  activitiesLast12Months: number;
  signalCount: number;
  signals: readonly string[];
}>({
  fileName: { nl: 'netwerken-overzicht', en: 'networks-overview' },
  sheetName: { nl: 'Netwerken', en: 'Networks' },
  columns: [
    { label: { nl: 'Netwerk', en: 'Network' }, kind: 'text', value: (n) => n.name },
    { label: { nl: 'Fase', en: 'Phase' }, kind: 'code', labels: phaseLabels, value: (n) => n.phase },
    { label: { nl: 'Leden', en: 'Members' }, kind: 'integer', value: (n) => n.members },
    { label: { nl: 'Actieve leden', en: 'Active members' }, kind: 'integer', value: (n) => n.activeMembers },
    {
      label: { nl: 'Activiteiten (12 maanden)', en: 'Activities (12 months)' },
      kind: 'integer',
      value: (n) => n.activitiesLast12Months,
    },
    { label: { nl: 'Signalen', en: 'Signals' }, kind: 'integer', value: (n) => n.signalCount },
    {
      label: { nl: 'Soorten signaal', en: 'Kinds of signal' },
      kind: 'codes',
      labels: signalLabels,
      value: (n) => n.signals,
    },
  ],
});

export const drillDownList = defineList<{
  label: string;
  date: string | null;
  detail: string | null;
  counted: boolean;
  values: unknown;
}>({
  fileName: { nl: 'onderbouwing', en: 'drill-down' },
  sheetName: { nl: 'Onderbouwing', en: 'Drill-down' },
  columns: [
    { label: { nl: 'Gegeven', en: 'Record' }, kind: 'text', value: (row) => row.label },
    { label: { nl: 'Datum', en: 'Date' }, kind: 'date', value: (row) => row.date },
    { label: { nl: 'Toelichting', en: 'Detail' }, kind: 'text', value: (row) => row.detail },
    { label: { nl: 'Telt mee', en: 'Counted' }, kind: 'yes-no', value: (row) => row.counted },
    { label: { nl: 'Waarden', en: 'Values' }, kind: 'text', value: (row) => JSON.stringify(row.values) },
  ],
});

/** The figures of a released report, one per line, as the report itself words and formats them. */
export const reportFiguresList = defineList<readonly [string, string]>({
  fileName: { nl: 'rapportage', en: 'report' },
  sheetName: { nl: 'Rapportage', en: 'Report' },
  columns: [
    { label: { nl: 'Cijfer', en: 'Figure' }, kind: 'text', value: (x) => x[0] },
    { label: { nl: 'Waarde', en: 'Value' }, kind: 'text', value: (x) => x[1] },
  ],
});
