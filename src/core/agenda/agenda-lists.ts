// Words for the codes of needs and activities, and the needs list and agenda as they are exported.
import { defineList, type CodeLabels } from '../export-list.js';

export const needStatusLabels = {
  new: { nl: 'Nieuw', en: 'New' },
  prioritised: { nl: 'Geprioriteerd', en: 'Prioritised' },
  picked_up: { nl: 'Opgepakt', en: 'Picked up' },
  met: { nl: 'Ingevuld', en: 'Met' },
  not_met: { nl: 'Niet ingevuld', en: 'Not met' },
} satisfies CodeLabels;

export const needThemeLabels = {
  job_carving: { nl: 'Jobcarving', en: 'Job carving' },
  onboarding: { nl: 'Inwerken en begeleiden', en: 'Onboarding and support' },
  funding_schemes: { nl: 'Regelingen en subsidies', en: 'Schemes and subsidies' },
  jobcoaching: { nl: 'Jobcoaching', en: 'Job coaching' },
  recruitment: { nl: 'Werving van kandidaten', en: 'Recruiting candidates' },
  retention: { nl: 'Behoud en duurzame inzetbaarheid', en: 'Retention and sustainable employability' },
  legislation: { nl: 'Wet- en regelgeving', en: 'Laws and regulations' },
  inclusive_culture: { nl: 'Inclusieve bedrijfscultuur', en: 'Inclusive company culture' },
} satisfies CodeLabels;

export const workFormLabels = {
  knowledge_session: { nl: 'Kennissessie', en: 'Knowledge session' },
  company_visit: { nl: 'Werkbezoek', en: 'Company visit' },
  peer_review: { nl: 'Intervisie', en: 'Peer review' },
  theme_group: { nl: 'Themagroep', en: 'Theme group' },
  network_meeting: { nl: 'Netwerkbijeenkomst', en: 'Network meeting' },
  matchmaking: { nl: 'Matchmaking', en: 'Matchmaking' },
  training: { nl: 'Training', en: 'Training' },
  practice_table: { nl: 'Praktijktafel', en: 'Practice table' },
} satisfies CodeLabels;

export const initiatorLabels = {
  member_employer: { nl: 'Deelnemende werkgever', en: 'Member employer' },
  core_group: { nl: 'Kerngroep', en: 'Core group' },
  coordinator: { nl: 'Coördinator', en: 'Coordinator' },
  partner: { nl: 'Partner', en: 'Partner' },
} satisfies CodeLabels;

export const activityStatusLabels = {
  planned: { nl: 'Gepland', en: 'Planned' },
  held: { nl: 'Gehouden', en: 'Held' },
  cancelled: { nl: 'Geannuleerd', en: 'Cancelled' },
} satisfies CodeLabels;

export const needsList = defineList<{
  title: string;
  theme: string | null;
  status: string;
  organisationName: string | null;
  supporters: number;
  activityTitle: string | null;
  createdAt: string | Date;
}>({
  fileName: { nl: 'behoeften', en: 'needs' },
  sheetName: { nl: 'Behoeften', en: 'Needs' },
  columns: [
    { label: { nl: 'Behoefte', en: 'Need' }, kind: 'text', value: (n) => n.title },
    { label: { nl: 'Thema', en: 'Theme' }, kind: 'code', labels: needThemeLabels, value: (n) => n.theme },
    { label: { nl: 'Status', en: 'Status' }, kind: 'code', labels: needStatusLabels, value: (n) => n.status },
    { label: { nl: 'Organisatie', en: 'Organisation' }, kind: 'text', value: (n) => n.organisationName },
    { label: { nl: 'Steun', en: 'Supporters' }, kind: 'integer', value: (n) => n.supporters },
    { label: { nl: 'Activiteit', en: 'Activity' }, kind: 'text', value: (n) => n.activityTitle },
    { label: { nl: 'Ingebracht', en: 'Raised' }, kind: 'datetime', value: (n) => n.createdAt },
  ],
});

export const activitiesList = defineList<{
  startsAt: string | Date;
  endsAt: string | Date | null;
  title: string;
  workForm: string;
  location: string | null;
  onlineUrl: string | null;
  hostName: string | null;
  initiatorKind: string | null;
  capacity: number | null;
  registered: number;
  waitlisted: number;
  attended: number;
  status: string;
}>({
  fileName: { nl: 'agenda', en: 'agenda' },
  sheetName: { nl: 'Agenda', en: 'Agenda' },
  columns: [
    { label: { nl: 'Begin', en: 'Starts' }, kind: 'datetime', value: (a) => a.startsAt },
    { label: { nl: 'Einde', en: 'Ends' }, kind: 'datetime', value: (a) => a.endsAt },
    { label: { nl: 'Titel', en: 'Title' }, kind: 'text', value: (a) => a.title },
    { label: { nl: 'Werkvorm', en: 'Work form' }, kind: 'code', labels: workFormLabels, value: (a) => a.workForm },
    { label: { nl: 'Plaats', en: 'Place' }, kind: 'text', value: (a) => a.location ?? a.onlineUrl },
    { label: { nl: 'Gastheer', en: 'Host' }, kind: 'text', value: (a) => a.hostName },
    {
      label: { nl: 'Initiatiefnemer', en: 'Initiator' },
      kind: 'code',
      labels: initiatorLabels,
      value: (a) => a.initiatorKind,
    },
    { label: { nl: 'Plaatsen', en: 'Capacity' }, kind: 'integer', value: (a) => a.capacity },
    { label: { nl: 'Aangemeld', en: 'Registered' }, kind: 'integer', value: (a) => a.registered },
    { label: { nl: 'Wachtlijst', en: 'Waiting list' }, kind: 'integer', value: (a) => a.waitlisted },
    { label: { nl: 'Aanwezig', en: 'Attended' }, kind: 'integer', value: (a) => a.attended },
    { label: { nl: 'Status', en: 'Status' }, kind: 'code', labels: activityStatusLabels, value: (a) => a.status },
  ],
});
