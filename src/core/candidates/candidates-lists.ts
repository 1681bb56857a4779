// Words for the codes of candidates, opportunities and placements, and those lists as exported. The words of the inzage
// (a candidate's fields, their support needs and the actions in the view log) are here too: the inzage PDF, the view log on
// the candidate's page and the consent screens read them from this one place, so a candidate meets one word for a thing.
import { defineList, type CodeLabels, type Language, type Words } from '../export-list.js';
import type { ListCandidatesQuery } from './candidates.contract.js';
import type { ShareableField, SupportKind } from './codes.js';
import type { ListOpportunitiesQuery, ListPlacementsQuery } from './placements.contract.js';

export const candidateStatusLabels = {
  registered: { nl: 'Aangemeld', en: 'Registered' },
  introduction: { nl: 'Kennismaking', en: 'Introduction' },
  matching: { nl: 'Matching', en: 'Matching' },
  trial_placement: { nl: 'Proefplaatsing', en: 'Trial placement' },
  internship: { nl: 'Stage', en: 'Internship' },
  work_experience: { nl: 'Werkervaringsplek', en: 'Work experience placement' },
  placed: { nl: 'Geplaatst', en: 'Placed' },
  left: { nl: 'Uitgestroomd', en: 'Moved on' },
  stopped: { nl: 'Gestopt', en: 'Stopped' },
} satisfies CodeLabels;

export const referrerLabels = {
  wsp: { nl: 'Werkgeversservicepunt', en: 'Employer service point' },
  gemeente: { nl: 'Gemeente', en: 'Municipality' },
  uwv: { nl: 'UWV', en: 'UWV' },
  school: { nl: 'School', en: 'School' },
  care_provider: { nl: 'Zorgorganisatie', en: 'Care organisation' },
  partner_network: { nl: 'Partnernetwerk', en: 'Partner network' },
} satisfies CodeLabels;

export const registerLabels = {
  yes: { nl: 'Ja', en: 'Yes' },
  no: { nl: 'Nee', en: 'No' },
  unknown: { nl: 'Onbekend', en: 'Unknown' },
} satisfies CodeLabels;

export const opportunityKindLabels = {
  regular: { nl: 'Regulier', en: 'Regular' },
  job_carving: { nl: 'Job carving', en: 'Job carving' },
  internship: { nl: 'Stage', en: 'Internship' },
  learning_workplace: { nl: 'Leerwerkplek', en: 'Learning workplace' },
  work_experience: { nl: 'Werkervaringsplek', en: 'Work experience placement' },
  bbl: { nl: 'BBL', en: 'BBL (work-based learning)' },
} satisfies CodeLabels;

export const opportunityStatusLabels = {
  open: { nl: 'Open', en: 'Open' },
  filled: { nl: 'Vervuld', en: 'Filled' },
  closed: { nl: 'Gesloten', en: 'Closed' },
} satisfies CodeLabels;

export const contractLabels = {
  fixed_term: { nl: 'Tijdelijk contract', en: 'Fixed-term contract' },
  permanent: { nl: 'Vast contract', en: 'Permanent contract' },
  trial_placement: { nl: 'Proefplaatsing', en: 'Trial placement' },
  work_experience: { nl: 'Werkervaringsplek', en: 'Work experience placement' },
  apprenticeship: { nl: 'Leerwerkbaan / BBL', en: 'Apprenticeship / BBL' },
  secondment: { nl: 'Detachering', en: 'Secondment' },
} satisfies CodeLabels;

export const supportLabels = {
  jobcoach: { nl: 'Jobcoach', en: 'Job coach' },
  adapted_workplace: { nl: 'Aangepaste werkplek', en: 'Adapted workplace' },
  extra_supervision: { nl: 'Extra begeleiding', en: 'Extra supervision' },
  flexible_hours: { nl: 'Flexibele werktijden', en: 'Flexible hours' },
  transport: { nl: 'Vervoer', en: 'Transport' },
  training: { nl: 'Opleiding', en: 'Training' },
} satisfies Record<SupportKind, Words>;

/** The fields a consent can share, as the consent screens, the view log and the inzage name them. */
export const shareableFieldLabels = {
  firstName: { nl: 'Voornaam', en: 'First name' },
  email: { nl: 'E-mailadres', en: 'Email address' },
  phone: { nl: 'Telefoonnummer', en: 'Phone number' },
  place: { nl: 'Woonplaats', en: 'Place of residence' },
  wishes: { nl: 'Werkwensen', en: 'Work wishes' },
  hoursPerWeek: { nl: 'Uren per week', en: 'Hours per week' },
  supportNeeded: { nl: 'Ondersteuning nodig', en: 'Support needed' },
  availableFrom: { nl: 'Beschikbaar vanaf', en: 'Available from' },
  targetGroupRegister: { nl: 'Doelgroepregister', en: 'Target group register' },
} satisfies Record<ShareableField, Words>;

/** The fields the view log names that no consent shares. */
export const loggedFieldLabels = {
  statusReason: { nl: 'Reden van de status', en: 'Reason for the status' },
  targetGroupRegisterOn: { nl: 'Datum doelgroepregister', en: 'Target group register date' },
};

/** The fields of a candidate in an inzage, in the order it lists them. */
export const INZAGE_FIELDS = [
  'code',
  'firstName',
  'email',
  'phone',
  'place',
  'postcodeArea',
  'wishes',
  'hoursPerWeek',
  'supportNeeded',
  'availableFrom',
  'referredBy',
  'targetGroupRegister',
  'targetGroupRegisterOn',
  'status',
  'statusReason',
  'leftOn',
  'erasedAt',
  'createdAt',
] as const;
export type InzageField = (typeof INZAGE_FIELDS)[number];

export const candidateFieldLabels = {
  ...shareableFieldLabels,
  ...loggedFieldLabels,
  code: { nl: 'Code', en: 'Code' },
  postcodeArea: { nl: 'Postcodegebied', en: 'Postcode area' },
  referredBy: { nl: 'Aangemeld door', en: 'Referred by' },
  status: { nl: 'Status', en: 'Status' },
  leftOn: { nl: 'Uitgestroomd op', en: 'Moved on' },
  erasedAt: { nl: 'Gewist op', en: 'Erased on' },
  createdAt: { nl: 'Aangemeld op', en: 'Registered on' },
} satisfies Record<InzageField, Words>;

/** What was done with a candidate's data, by the audit action the server records. */
export const candidateActionLabels: CodeLabels = {
  'candidate.view': { nl: 'Bekeken', en: 'Viewed' },
  'candidate.create': { nl: 'Aangemeld', en: 'Registered' },
  'candidate.update': { nl: 'Gegevens gewijzigd', en: 'Details changed' },
  'candidate.consent.add': { nl: 'Toestemming vastgelegd', en: 'Consent recorded' },
  'candidate.consent.withdraw': { nl: 'Toestemming ingetrokken', en: 'Consent withdrawn' },
  'candidate.lived_experience.link': {
    nl: 'Gekoppeld aan de ervaringsdeskundige in de klankbordgroep',
    en: 'Linked to the expert by experience in the sounding-board group',
  },
  'candidate.lived_experience.unlink': {
    nl: 'Koppeling met de ervaringsdeskundige opgeheven',
    en: 'Link with the expert by experience removed',
  },
  'candidate.export': { nl: 'Gegevens gedownload', en: 'Data downloaded' },
  'candidate.erase': { nl: 'Gegevens gewist', en: 'Data erased' },
  'candidate.propose': { nl: 'Voorgesteld voor een werkplek', en: 'Proposed for a workplace' },
  'candidate.portal.offer': { nl: 'Link naar de eigen pagina gestuurd', en: 'Link to the own page sent' },
  'candidate.request.correction': { nl: 'Vraag om verbetering gestuurd', en: 'Asked for a correction' },
  'candidate.request.erasure': { nl: 'Vraag om wissen gestuurd', en: 'Asked for erasure' },
  'candidate.request.handled': { nl: 'Vraag afgehandeld', en: 'Request handled' },
  'candidate.check_in.answer': { nl: 'Vragen bij de check-in beantwoord', en: 'Check-in questions answered' },
  'referral.create': { nl: 'Doorverwezen', en: 'Referred' },
};

const otherAction: Words = { nl: 'Andere handeling', en: 'Other action' };

/** An audit action in words; one without words (a newer action) is named as another action, never as its code. */
export function candidateActionWords(action: string, language: Language): string {
  return (candidateActionLabels[action] ?? otherAction)[language];
}

/** A field of a candidate in words; an unknown one (a newer field) as its name. */
export function candidateFieldWords(field: string, language: Language): string {
  return (candidateFieldLabels as CodeLabels)[field]?.[language] ?? field;
}

/** What the candidates list can be sorted by: the route's `sort` values. */
export type CandidateSort = NonNullable<ListCandidatesQuery['sort']>;

export const candidatesList = defineList<
  {
    code: string;
    status: string;
    place: string | null;
    hoursPerWeek: number | null;
    referredBy: string | null;
    targetGroupRegister: string;
    createdAt: string | Date;
  },
  CandidateSort
>({
  fileName: { nl: 'kandidaten', en: 'candidates' },
  sheetName: { nl: 'Kandidaten', en: 'Candidates' },
  columns: [
    { label: { nl: 'Code', en: 'Code' }, sortKey: 'code', kind: 'text', value: (c) => c.code },
    {
      label: { nl: 'Status', en: 'Status' },
      sortKey: 'status',
      kind: 'code',
      labels: candidateStatusLabels,
      value: (c) => c.status,
    },
    { label: { nl: 'Woonplaats', en: 'Place' }, kind: 'text', value: (c) => c.place },
    {
      label: { nl: 'Uren per week', en: 'Hours per week' },
      sortKey: 'hoursPerWeek',
      kind: 'decimal',
      value: (c) => c.hoursPerWeek,
    },
    {
      label: { nl: 'Aangemeld door', en: 'Referred by' },
      kind: 'code',
      labels: referrerLabels,
      value: (c) => c.referredBy,
    },
    {
      label: { nl: 'Doelgroepregister', en: 'Target group register' },
      kind: 'code',
      labels: registerLabels,
      value: (c) => c.targetGroupRegister,
    },
    { label: { nl: 'Aangemeld', en: 'Registered' }, sortKey: 'createdAt', kind: 'datetime', value: (c) => c.createdAt },
  ],
});

/** What the opportunities list can be sorted by: the route's `sort` values. */
export type OpportunitySort = ListOpportunitiesQuery['sort'];

export const opportunitiesList = defineList<
  {
    title: string;
    organisationName: string | null;
    kind: string;
    hoursPerWeek: number | null;
    place: string | null;
    status: string;
  },
  OpportunitySort
>({
  fileName: { nl: 'werkplekken', en: 'opportunities' },
  sheetName: { nl: 'Werkplekken', en: 'Opportunities' },
  columns: [
    { label: { nl: 'Titel', en: 'Title' }, kind: 'text', sortKey: 'title', value: (o) => o.title },
    {
      label: { nl: 'Werkgever', en: 'Employer' },
      kind: 'text',
      sortKey: 'organisationName',
      value: (o) => o.organisationName,
    },
    { label: { nl: 'Soort', en: 'Kind' }, kind: 'code', labels: opportunityKindLabels, value: (o) => o.kind },
    {
      label: { nl: 'Uren per week', en: 'Hours per week' },
      kind: 'decimal',
      sortKey: 'hoursPerWeek',
      value: (o) => o.hoursPerWeek,
    },
    { label: { nl: 'Plaats', en: 'Place' }, kind: 'text', value: (o) => o.place },
    { label: { nl: 'Status', en: 'Status' }, kind: 'code', labels: opportunityStatusLabels, value: (o) => o.status },
  ],
});

/** What the placements list can be sorted by: the route's `sort` values. */
export type PlacementSort = ListPlacementsQuery['sort'];

export const placementsList = defineList<
  {
    candidateCode: string;
    organisationName: string | null;
    startsOn: string;
    endsOn: string | null;
    hoursPerWeek: number;
    contractKind: string;
    jobs: number;
  },
  PlacementSort
>({
  fileName: { nl: 'plaatsingen', en: 'placements' },
  sheetName: { nl: 'Plaatsingen', en: 'Placements' },
  columns: [
    {
      label: { nl: 'Kandidaat', en: 'Candidate' },
      kind: 'text',
      sortKey: 'candidateCode',
      value: (p) => p.candidateCode,
    },
    {
      label: { nl: 'Werkgever', en: 'Employer' },
      kind: 'text',
      sortKey: 'organisationName',
      value: (p) => p.organisationName,
    },
    { label: { nl: 'Start', en: 'Start' }, kind: 'date', sortKey: 'startsOn', value: (p) => p.startsOn },
    { label: { nl: 'Einde', en: 'End' }, kind: 'date', value: (p) => p.endsOn },
    {
      label: { nl: 'Uren per week', en: 'Hours per week' },
      kind: 'decimal',
      sortKey: 'hoursPerWeek',
      value: (p) => p.hoursPerWeek,
    },
    { label: { nl: 'Contract', en: 'Contract' }, kind: 'code', labels: contractLabels, value: (p) => p.contractKind },
    {
      label: { nl: 'Banen (banenafspraak)', en: 'Jobs (banenafspraak)' },
      kind: 'decimal',
      decimals: 2,
      value: (p) => p.jobs,
    },
  ],
});
