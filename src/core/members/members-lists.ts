// Words for the codes of organisations and memberships, and the organisation, contact and membership lists as exported.
import { defineList, type CodeLabels } from '../export-list.js';
import type { ListOrganisationsQuery } from './members.contract.js';

export const organisationKindLabels = {
  employer: { nl: 'Werkgever', en: 'Employer' },
  funder: { nl: 'Financier', en: 'Funder' },
  partner: { nl: 'Samenwerkingspartner', en: 'Partner' },
  public_party: { nl: 'Publieke partij', en: 'Public party' },
  education: { nl: 'Onderwijs', en: 'Education' },
  care_provider: { nl: 'Zorgaanbieder', en: 'Care provider' },
  jobcoach_provider: { nl: 'Jobcoachorganisatie', en: 'Job coach provider' },
} satisfies CodeLabels;

export const sizeLabels = {
  micro: { nl: 'Micro (minder dan 10)', en: 'Micro (fewer than 10)' },
  small: { nl: 'Klein (10–49)', en: 'Small (10–49)' },
  medium: { nl: 'Middelgroot (50–249)', en: 'Medium (50–249)' },
  large: { nl: 'Groot (250 of meer)', en: 'Large (250 or more)' },
} satisfies CodeLabels;

export const membershipStatusLabels = {
  prospect: { nl: 'Prospect', en: 'Prospect' },
  applied: { nl: 'Aangemeld', en: 'Applied' },
  admitted: { nl: 'Toegelaten', en: 'Admitted' },
  active: { nl: 'Actief', en: 'Active' },
  paused: { nl: 'Gepauzeerd', en: 'Paused' },
  ended: { nl: 'Beëindigd', en: 'Ended' },
} satisfies CodeLabels;

export const invoiceStatusLabels = {
  to_invoice: { nl: 'Te factureren', en: 'To invoice' },
  invoiced: { nl: 'Gefactureerd', en: 'Invoiced' },
  paid: { nl: 'Betaald', en: 'Paid' },
} satisfies CodeLabels;

/** What the organisations list can be sorted by: the route's `sort` values. */
export type OrganisationSort = NonNullable<ListOrganisationsQuery['sort']>;

export const organisationsList = defineList<
  {
    name: string;
    kind: string;
    kvkNumber: string | null;
    sector: string | null;
    sizeClass: string | null;
    postcode: string | null;
    city: string | null;
    labourMarketRegion: string | null;
    membershipStatus: string | null;
    contactCount: number;
  },
  OrganisationSort
>({
  fileName: { nl: 'organisaties', en: 'organisations' },
  sheetName: { nl: 'Organisaties', en: 'Organisations' },
  columns: [
    { label: { nl: 'Naam', en: 'Name' }, kind: 'text', sortKey: 'name', value: (o) => o.name },
    { label: { nl: 'Soort', en: 'Kind' }, kind: 'code', labels: organisationKindLabels, value: (o) => o.kind },
    { label: { nl: 'KvK-nummer', en: 'KvK number' }, kind: 'text', value: (o) => o.kvkNumber },
    { label: { nl: 'Sector (SBI)', en: 'Sector (SBI)' }, kind: 'text', value: (o) => o.sector },
    { label: { nl: 'Grootte', en: 'Size' }, kind: 'code', labels: sizeLabels, value: (o) => o.sizeClass },
    { label: { nl: 'Postcode', en: 'Postcode' }, kind: 'text', value: (o) => o.postcode },
    { label: { nl: 'Plaats', en: 'Town' }, kind: 'text', sortKey: 'city', value: (o) => o.city },
    {
      label: { nl: 'Arbeidsmarktregio', en: 'Labour market region' },
      kind: 'text',
      value: (o) => o.labourMarketRegion,
    },
    {
      label: { nl: 'Lidmaatschap', en: 'Membership' },
      kind: 'code',
      labels: membershipStatusLabels,
      value: (o) => o.membershipStatus,
    },
    { label: { nl: 'Contactpersonen', en: 'Contacts' }, kind: 'integer', value: (o) => o.contactCount },
  ],
});

export const contactsList = defineList<{
  name: string;
  email: string | null;
  jobTitle: string | null;
  organisationName: string | null;
}>({
  fileName: { nl: 'contactpersonen', en: 'contacts' },
  sheetName: { nl: 'Contactpersonen', en: 'Contacts' },
  columns: [
    { label: { nl: 'Naam', en: 'Name' }, kind: 'text', value: (c) => c.name },
    { label: { nl: 'E-mail', en: 'Email' }, kind: 'text', value: (c) => c.email },
    { label: { nl: 'Functie', en: 'Job title' }, kind: 'text', value: (c) => c.jobTitle },
    { label: { nl: 'Organisatie', en: 'Organisation' }, kind: 'text', value: (c) => c.organisationName },
  ],
});

export const membershipsList = defineList<{
  name: string;
  status: string;
  statusReason: string | null;
  joinedOn: string | null;
  year: number;
  contributionCents: number | null;
  contributionInKind: string | null;
  invoiceStatus: string | null;
  ambitionJobs: number | null;
  realisedJobs: number | null;
}>({
  fileName: { nl: 'lidmaatschappen', en: 'memberships' },
  sheetName: { nl: 'Lidmaatschappen', en: 'Memberships' },
  columns: [
    { label: { nl: 'Organisatie', en: 'Organisation' }, kind: 'text', value: (m) => m.name },
    { label: { nl: 'Status', en: 'Status' }, kind: 'code', labels: membershipStatusLabels, value: (m) => m.status },
    { label: { nl: 'Reden', en: 'Reason' }, kind: 'text', value: (m) => m.statusReason },
    { label: { nl: 'Lid sinds', en: 'Joined' }, kind: 'date', value: (m) => m.joinedOn },
    { label: { nl: 'Jaar', en: 'Year' }, kind: 'integer', value: (m) => m.year },
    { label: { nl: 'Bijdrage (EUR)', en: 'Contribution (EUR)' }, kind: 'money', value: (m) => m.contributionCents },
    { label: { nl: 'In natura', en: 'In kind' }, kind: 'text', value: (m) => m.contributionInKind },
    {
      label: { nl: 'Factuurstatus', en: 'Invoice status' },
      kind: 'code',
      labels: invoiceStatusLabels,
      value: (m) => m.invoiceStatus,
    },
    { label: { nl: 'Ambitie (banen)', en: 'Ambition (jobs)' }, kind: 'decimal', value: (m) => m.ambitionJobs },
    { label: { nl: 'Gerealiseerd (banen)', en: 'Realised (jobs)' }, kind: 'decimal', value: (m) => m.realisedJobs },
  ],
});
