// Words for the codes of governance (task sources and statuses, decision kinds), and its lists as exported: role
// assignments, tasks, decisions (all and shared with the funder) and pending applications.
import { roleLabels } from '../access/role-labels.js';
import { defineList, type CodeLabels } from '../export-list.js';
import { organisationKindLabels } from '../members/members-lists.js';
import type { ListDecisionsQuery } from './governance.contract.js';

/** What the decision log can be sorted by: the route's `sort` values. */
export type DecisionSort = ListDecisionsQuery['sort'];

export const taskSourceLabels = {
  design: { nl: 'inrichting', en: 'design' },
  decision: { nl: 'besluit', en: 'decision' },
  manual: { nl: 'handmatig', en: 'manual' },
} satisfies CodeLabels;

export const taskStatusLabels = {
  open: { nl: 'open', en: 'open' },
  in_progress: { nl: 'bezig', en: 'in progress' },
  done: { nl: 'klaar', en: 'done' },
} satisfies CodeLabels;

export const decisionKindLabels = {
  admission: { nl: 'toelating', en: 'admission' },
  direction: { nl: 'koers', en: 'direction' },
  agenda: { nl: 'agenda', en: 'agenda' },
  financial: { nl: 'financieel', en: 'financial' },
  governance: { nl: 'besturing', en: 'governance' },
  other: { nl: 'overig', en: 'other' },
} satisfies CodeLabels;

export const assignmentsList = defineList<{
  personName: string | null;
  role: string;
  bodyName: string | null;
  startsOn: string;
  endsOn: string | null;
}>({
  fileName: { nl: 'rollen', en: 'roles' },
  sheetName: { nl: 'Rollen', en: 'Roles' },
  columns: [
    { label: { nl: 'Persoon', en: 'Person' }, kind: 'text', value: (a) => a.personName },
    { label: { nl: 'Rol', en: 'Role' }, kind: 'code', labels: roleLabels, value: (a) => a.role },
    { label: { nl: 'Orgaan', en: 'Body' }, kind: 'text', value: (a) => a.bodyName },
    { label: { nl: 'Begin termijn', en: 'Term start' }, kind: 'date', value: (a) => a.startsOn },
    { label: { nl: 'Einde termijn', en: 'Term end' }, kind: 'date', value: (a) => a.endsOn },
  ],
});

export const tasksList = defineList<{
  title: string | null;
  code: string | null;
  source: string;
  responsibleRole: string | null;
  assigneeName: string | null;
  dueOn: string | null;
  status: string;
}>({
  fileName: { nl: 'taken', en: 'tasks' },
  sheetName: { nl: 'Taken', en: 'Tasks' },
  columns: [
    { label: { nl: 'Taak', en: 'Task' }, kind: 'text', value: (x) => x.title ?? x.code },
    { label: { nl: 'Herkomst', en: 'Source' }, kind: 'code', labels: taskSourceLabels, value: (x) => x.source },
    {
      label: { nl: 'Verantwoordelijke rol', en: 'Responsible role' },
      kind: 'code',
      labels: roleLabels,
      value: (x) => x.responsibleRole,
    },
    { label: { nl: 'Eigenaar', en: 'Owner' }, kind: 'text', value: (x) => x.assigneeName },
    { label: { nl: 'Deadline', en: 'Due' }, kind: 'date', value: (x) => x.dueOn },
    { label: { nl: 'Status', en: 'Status' }, kind: 'code', labels: taskStatusLabels, value: (x) => x.status },
  ],
});

interface DecisionRow {
  decidedOn: string;
  bodyName: string | null;
  kind: string;
  text: string;
  reason: string | null;
}

const decisionColumns = defineList<DecisionRow, DecisionSort>({
  fileName: { nl: 'besluiten', en: 'decisions' },
  sheetName: { nl: 'Besluiten', en: 'Decisions' },
  columns: [
    { label: { nl: 'Datum', en: 'Date' }, kind: 'date', sortKey: 'decidedOn', value: (d) => d.decidedOn },
    { label: { nl: 'Orgaan', en: 'Body' }, kind: 'text', sortKey: 'bodyName', value: (d) => d.bodyName },
    {
      label: { nl: 'Soort', en: 'Kind' },
      kind: 'code',
      labels: decisionKindLabels,
      sortKey: 'kind',
      value: (d) => d.kind,
    },
    { label: { nl: 'Besluit', en: 'Decision' }, kind: 'text', value: (d) => d.text },
    { label: { nl: 'Reden', en: 'Reason' }, kind: 'text', value: (d) => d.reason },
  ],
}).columns;

export const decisionsList = defineList<
  DecisionRow & { organisationName: string | null; sharedWithFunder: boolean },
  DecisionSort
>({
  fileName: { nl: 'besluiten', en: 'decisions' },
  sheetName: { nl: 'Besluiten', en: 'Decisions' },
  columns: [
    ...decisionColumns,
    { label: { nl: 'Organisatie', en: 'Organisation' }, kind: 'text', value: (d) => d.organisationName },
    {
      label: { nl: 'Gedeeld met financier', en: 'Shared with funder' },
      kind: 'yes-no',
      value: (d) => d.sharedWithFunder,
    },
  ],
});

export const sharedDecisionsList = defineList<DecisionRow, DecisionSort>({
  fileName: { nl: 'gedeelde-besluiten', en: 'shared-decisions' },
  sheetName: { nl: 'Gedeelde besluiten', en: 'Shared decisions' },
  columns: decisionColumns,
});

export const admissionsList = defineList<{
  organisationName: string;
  kind: string;
  city: string | null;
  appliedSince: string | Date | null;
}>({
  fileName: { nl: 'aanmeldingen', en: 'applications' },
  sheetName: { nl: 'Aanmeldingen', en: 'Applications' },
  columns: [
    { label: { nl: 'Organisatie', en: 'Organisation' }, kind: 'text', value: (a) => a.organisationName },
    { label: { nl: 'Soort', en: 'Kind' }, kind: 'code', labels: organisationKindLabels, value: (a) => a.kind },
    { label: { nl: 'Plaats', en: 'Town' }, kind: 'text', value: (a) => a.city },
    { label: { nl: 'Aangemeld sinds', en: 'Applied since' }, kind: 'date', value: (a) => a.appliedSince },
  ],
});
