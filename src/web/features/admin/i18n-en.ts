// English catalog of admin: its own module, so a Dutch first screen does not load it (see app/i18n/i18n.ts).
import type { nl } from './i18n.js';

export const en: typeof nl = {
  title: 'Umbrella overview',
  intro:
    "All networks side by side: phase, members, activity and ownership signals. The figures and signals are those of each network's steering dashboard, with the thresholds that network set itself. This overview shows only operational figures about organisations and activities, nothing about candidates: results such as placements are in the comparison between networks, only of networks that opt in and with small counts hidden.",
  caption: 'Umbrella overview of all networks',
  search: 'Search by network or phase',
  sort: 'Sort by',
  order: 'Order',
  asc: 'Ascending',
  desc: 'Descending',
  exportCsv: 'Export as CSV',
  exportXlsx: 'Export as Excel',
  empty: 'No network found.',
  col: {
    name: 'Network',
    phase: 'Phase',
    members: 'Members',
    activeMembers: 'Active members',
    activitiesLast12Months: 'Activities (12 months)',
    signalCount: 'Signals',
  },
  noSignals: 'None',
  signals: {
    coordinator_doing_member_tasks: 'Coordinator does member tasks',
    kerngroep_shrinking: 'Core group shrinking',
    kerngroep_not_renewing: 'Core group not renewing',
    low_employer_led: 'Little employer-led',
    low_needs_driven: 'Little needs-driven',
    growth_outpacing_turnout: 'Growth outpacing turnout',
  },
};
