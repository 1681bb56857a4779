// Words for the kinds of partner, and the partner list and shared opportunities as exported.
import { opportunityKindLabels } from '../candidates/candidates-lists.js';
import { defineList, type CodeLabels } from '../export-list.js';
import type { ListPartnersQuery, SharedOpportunitiesQuery } from './partners.contract.js';

export const partnerKindLabels = {
  employer_network: { nl: 'Ander werkgeversnetwerk', en: 'Other employer network' },
  wsp: { nl: 'Werkgeversservicepunt', en: 'Employer service point' },
  municipality: { nl: 'Gemeente', en: 'Municipality' },
  uwv: { nl: 'UWV', en: 'UWV' },
  education: { nl: 'Onderwijs', en: 'Education' },
  care_provider: { nl: 'Zorgaanbieder', en: 'Care provider' },
  jobcoach_provider: { nl: 'Jobcoachorganisatie', en: 'Job coach provider' },
  employers_organisation: { nl: 'Werkgeversorganisatie', en: "Employers' organisation" },
  other: { nl: 'Anders', en: 'Other' },
} satisfies CodeLabels;

export const partnersList = defineList<
  {
    name: string;
    kind: string;
    agreement: string | null;
    since: string | null;
    contactName: string | null;
    documents: readonly string[];
  },
  ListPartnersQuery['sort']
>({
  fileName: { nl: 'partners', en: 'partners' },
  sheetName: { nl: 'Partners', en: 'Partners' },
  columns: [
    { label: { nl: 'Naam', en: 'Name' }, sortKey: 'name', kind: 'text', value: (p) => p.name },
    {
      label: { nl: 'Soort', en: 'Kind' },
      sortKey: 'kind',
      kind: 'code',
      labels: partnerKindLabels,
      value: (p) => p.kind,
    },
    { label: { nl: 'Afspraak', en: 'Agreement' }, kind: 'text', value: (p) => p.agreement },
    { label: { nl: 'Sinds', en: 'Since' }, sortKey: 'since', kind: 'date', value: (p) => p.since },
    { label: { nl: 'Contactpersoon', en: 'Contact' }, kind: 'text', value: (p) => p.contactName },
    { label: { nl: 'Documenten', en: 'Documents' }, kind: 'text', value: (p) => p.documents.join(', ') },
  ],
});

export const sharedOpportunitiesList = defineList<
  {
    title: string;
    ownerNetworkName: string | null;
    organisationName: string | null;
    kind: string;
    hoursPerWeek: number | null;
    place: string | null;
  },
  SharedOpportunitiesQuery['sort']
>({
  fileName: { nl: 'gedeelde-werkplekken', en: 'shared-opportunities' },
  sheetName: { nl: 'Gedeelde werkplekken', en: 'Shared opportunities' },
  columns: [
    { label: { nl: 'Titel', en: 'Title' }, sortKey: 'title', kind: 'text', value: (o) => o.title },
    {
      label: { nl: 'Netwerk', en: 'Network' },
      sortKey: 'ownerNetworkName',
      kind: 'text',
      value: (o) => o.ownerNetworkName,
    },
    {
      label: { nl: 'Werkgever', en: 'Employer' },
      sortKey: 'organisationName',
      kind: 'text',
      value: (o) => o.organisationName,
    },
    { label: { nl: 'Soort', en: 'Kind' }, kind: 'code', labels: opportunityKindLabels, value: (o) => o.kind },
    { label: { nl: 'Uren per week', en: 'Hours per week' }, kind: 'decimal', value: (o) => o.hoursPerWeek },
    { label: { nl: 'Plaats', en: 'Place' }, kind: 'text', value: (o) => o.place },
  ],
});
