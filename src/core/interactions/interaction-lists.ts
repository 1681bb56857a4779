// Contact moments: their kinds, the roles whose people may own a follow-up, and the lists as exported (an organisation's
// contact moments, a person's actions). Pure.
import { defineList, type CodeLabels } from '../export-list.js';

export const INTERACTION_KINDS = ['call', 'visit', 'mail', 'meeting'] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

/**
 * The orders of an organisation's contact moments (the contract's `sort` enum), as the web's sort control offers them.
 * They live here rather than in the contract because the contract reads this file's kinds.
 */
export const INTERACTION_SORTS = ['occurredOn', 'kind', 'followUpDueOn'] as const;
export type InteractionSort = (typeof INTERACTION_SORTS)[number];

/** Those who read contact moments may own a follow-up (and see it in "Mijn acties"). */
export const FOLLOW_UP_OWNER_ROLES = ['coordinator', 'back_office', 'core_group'] as const;

export const interactionKindLabels = {
  call: { nl: 'Telefoongesprek', en: 'Call' },
  visit: { nl: 'Bezoek', en: 'Visit' },
  mail: { nl: 'E-mail', en: 'Mail' },
  meeting: { nl: 'Overleg', en: 'Meeting' },
} satisfies CodeLabels;

export const interactionsList = defineList<
  {
    occurredOn: string;
    kind: string;
    contactName: string | null;
    recordedByName: string | null;
    note: string;
    outcome: string | null;
    followUp: string | null;
    followUpOwnerName: string | null;
    followUpDueOn: string | null;
    followUpDone: boolean;
  },
  InteractionSort
>({
  fileName: { nl: 'contactmomenten', en: 'contact-moments' },
  sheetName: { nl: 'Contactmomenten', en: 'Contact moments' },
  columns: [
    { label: { nl: 'Datum', en: 'Date' }, kind: 'date', sortKey: 'occurredOn', value: (r) => r.occurredOn },
    {
      label: { nl: 'Soort', en: 'Kind' },
      kind: 'code',
      labels: interactionKindLabels,
      sortKey: 'kind',
      value: (r) => r.kind,
    },
    { label: { nl: 'Contactpersoon', en: 'Contact' }, kind: 'text', value: (r) => r.contactName },
    { label: { nl: 'Vastgelegd door', en: 'Recorded by' }, kind: 'text', value: (r) => r.recordedByName },
    { label: { nl: 'Notitie', en: 'Note' }, kind: 'text', value: (r) => r.note },
    { label: { nl: 'Uitkomst', en: 'Outcome' }, kind: 'text', value: (r) => r.outcome },
    { label: { nl: 'Vervolgactie', en: 'Follow-up' }, kind: 'text', value: (r) => r.followUp },
    { label: { nl: 'Actiehouder', en: 'Owner' }, kind: 'text', value: (r) => r.followUpOwnerName },
    { label: { nl: 'Uiterlijk', en: 'Due' }, kind: 'date', sortKey: 'followUpDueOn', value: (r) => r.followUpDueOn },
    { label: { nl: 'Afgerond', en: 'Done' }, kind: 'yes-no', value: (r) => (r.followUp ? r.followUpDone : null) },
  ],
});

export const myActionsList = defineList<{
  followUp: string;
  organisationName: string;
  followUpDueOn: string | null;
  occurredOn: string;
  followUpDone: boolean;
}>({
  fileName: { nl: 'mijn-acties', en: 'my-actions' },
  sheetName: { nl: 'Mijn acties', en: 'My actions' },
  columns: [
    { label: { nl: 'Actie', en: 'Action' }, kind: 'text', value: (r) => r.followUp },
    { label: { nl: 'Organisatie', en: 'Organisation' }, kind: 'text', value: (r) => r.organisationName },
    { label: { nl: 'Uiterlijk', en: 'Due' }, kind: 'date', value: (r) => r.followUpDueOn },
    { label: { nl: 'Contactmoment', en: 'Contact moment' }, kind: 'date', value: (r) => r.occurredOn },
    { label: { nl: 'Afgerond', en: 'Done' }, kind: 'yes-no', value: (r) => r.followUpDone },
  ],
});
