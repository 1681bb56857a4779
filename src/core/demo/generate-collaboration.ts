// The demo network's work with others: its partners with their agreements (and the activities organised with them), the work
// opportunities member employers offer, a few news items for the member portal, and mailings — sent ones with one delivery
// per recipient, and drafts. Part of the pure demo generator (see generate-demo.ts): no clock, no I/O, no Math.random, and
// linear in its output; all names and texts are made up.
//
// Rows use the Drizzle property names of the tables in src/server/platform/db/schema, so the loader inserts them as they are.
import { SUPPORT_KINDS } from '../candidates/codes.js';
import { slugify } from '../text/slug.js';
import type { Prng } from './prng.js';

const DAY = 86_400_000;

export interface DemoPartnerRow {
  networkId: string;
  id: string;
  name: string;
  kind: string;
  organisationId: string;
  agreement: string;
  since: string;
  contactName: string | null;
  contactEmail: string | null;
  documents: string[];
  createdAt: Date;
  updatedAt: Date;
}

export interface DemoPartnerActivityRow {
  networkId: string;
  partnerId: string;
  activityId: string;
  createdAt: Date;
}

export interface DemoWorkOpportunityRow {
  networkId: string;
  id: string;
  organisationId: string;
  title: string;
  kind: string;
  hoursPerWeek: string;
  place: string | null;
  postcodeArea: string | null;
  requirements: string;
  supportOffered: string[];
  startsOn: string;
  status: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface DemoNewsItemRow {
  networkId: string;
  id: string;
  kind: string;
  title: string;
  body: string;
  publishedAt: Date;
}

export interface DemoMailingRow {
  networkId: string;
  id: string;
  kind: string;
  subject: string;
  body: string;
  segment: Record<string, string>;
  activityId: string | null;
  language: string;
  status: string;
  total: number;
  createdAt: Date;
  sentAt: Date | null;
  finishedAt: Date | null;
}

export interface DemoMailDeliveryRow {
  networkId: string;
  id: string;
  mailingId: string;
  personId: string;
  email: string;
  name: string;
  status: string;
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  unsubscribeToken: string;
  sentAt: Date | null;
}

export interface DemoCollaboration {
  partners: DemoPartnerRow[];
  partnerActivities: DemoPartnerActivityRow[];
  workOpportunities: DemoWorkOpportunityRow[];
  newsItems: DemoNewsItemRow[];
  mailings: DemoMailingRow[];
  mailDeliveries: DemoMailDeliveryRow[];
}

/** What the collaboration part needs from the rest of the generated network. */
export interface CollaborationInput {
  rng: Prng;
  networkId: string;
  networkName: string;
  now: number;
  foundedAt: number;
  /** The partner organisations by their generator key (wsp, gemeente, uwv, roc, jobcoach, association). */
  partnerOrgs: ReadonlyMap<string, { id: string; name: string; kind: string; createdAt: Date }>;
  /** The contact person of a partner organisation, by the same key. */
  partnerContacts: ReadonlyMap<string, { name: string; email: string | null }>;
  /** Member employers; active within [activeFrom, activeUntil). */
  members: readonly {
    org: { id: string; name: string; city: string | null; postcode: string | null; sizeClass: string | null };
    status: string;
    activeFrom: number;
    activeUntil: number;
    contacts: readonly { id: string; name: string; email: string | null }[];
  }[];
  coreGroup: readonly { id: string; name: string; email: string | null }[];
  /** The agenda, sorted by start. */
  activities: readonly {
    id: string;
    title: string;
    workForm: string;
    startsAt: Date;
    createdAt: Date;
    status: string;
    hostOrganisationId: string | null;
    initiatorKind: string;
    initiatorOrganisationId: string | null;
  }[];
  placementCount: number;
}

const PARTNER_KIND_OF: Readonly<Record<string, string>> = {
  wsp: 'wsp',
  gemeente: 'municipality',
  uwv: 'uwv',
  roc: 'education',
  jobcoach: 'jobcoach_provider',
  association: 'employers_organisation',
};

const AGREEMENTS: Readonly<Record<string, string>> = {
  wsp: 'Financiert het netwerk en stuurt alleen op de missie: plaatsingen en banen op missieniveau, zonder namen. Levert kandidaten aan en doet de voorselectie voor de matchmaking. De invulling van de activiteiten ligt bij de werkgevers.',
  gemeente:
    'Convenant inclusief werkgeverschap: de gemeente verwijst kandidaten door, regelt loonkostensubsidie en denkt mee over beleid. Het beleid van het netwerk blijft bij de werkgevers.',
  uwv: 'Afspraken over de doelgroepregistratie, de no-riskpolis en jobcoaching. Een vaste adviseur werkgeversdienstverlening sluit aan bij de matchmaking.',
  roc: 'Samenwerking rond BBL-trajecten en leerwerkplekken: studenten met een ondersteuningsbehoefte lopen stage bij deelnemers; het ROC begeleidt op school.',
  jobcoach:
    'Levert jobcoaches voor geplaatste kandidaten en verzorgt twee keer per jaar de training werkbegeleider voor deelnemers.',
  association:
    'Wederzijdse bekendheid: de vereniging nodigt haar leden uit voor de netwerkbijeenkomsten en het netwerk deelt zijn agenda met de vereniging. Geen financiële afspraken.',
};

const DOCUMENTS: Readonly<Record<string, readonly string[]>> = {
  wsp: ['samenwerkingsovereenkomst', 'subsidiebeschikking'],
  gemeente: ['convenant-inclusief-werkgeverschap'],
  uwv: ['werkafspraken'],
  roc: ['samenwerkingsovereenkomst'],
  jobcoach: ['raamovereenkomst-jobcoaching'],
  association: [],
};

const OPPORTUNITY_TITLES: readonly (readonly [title: string, kind: string])[] = [
  ['Medewerker magazijn', 'regular'],
  ['Productiemedewerker', 'regular'],
  ['Medewerker schoonmaak', 'regular'],
  ['Assistent kok', 'learning_workplace'],
  ['Medewerker groenvoorziening', 'work_experience'],
  ['Administratief ondersteuner', 'job_carving'],
  ['Medewerker klantenservice', 'regular'],
  ['Medewerker facilitaire dienst', 'job_carving'],
  ['Vakkenvuller', 'regular'],
  ['Monteur in opleiding', 'bbl'],
  ['Medewerker bediening', 'learning_workplace'],
  ['Zorgassistent', 'bbl'],
  ['Medewerker postkamer', 'job_carving'],
  ['Stagiair logistiek', 'internship'],
  ['Stagiair kantoor', 'internship'],
  ['Medewerker fietsenwerkplaats', 'work_experience'],
];

const REQUIREMENTS: readonly string[] = [
  'Geen diploma nodig; wel betrouwbaar en op tijd.',
  'Affiniteit met techniek; we leiden zelf op.',
  'Kunnen tillen tot 15 kilo; staand werk.',
  'Basiskennis Nederlands; instructies worden ook voorgedaan.',
  'Rustige werkplek beschikbaar en een vaste begeleider op de werkvloer.',
  'Zin om met mensen te werken; klantvriendelijk.',
  'Nauwkeurig en graag met vaste routines werken.',
];

const FAILURES: readonly string[] = ['550 Mailbox niet gevonden', '552 Mailbox vol'];

/** Generates the collaboration part of one demo network. */
export function generateCollaboration(input: CollaborationInput): DemoCollaboration {
  const { rng, networkId, now, foundedAt } = input;

  // --- partners -------------------------------------------------------------------------------------------------------------
  const partners: DemoPartnerRow[] = [];
  const partnerIdByOrg = new Map<string, string>();
  for (const [key, org] of input.partnerOrgs) {
    const kind = PARTNER_KIND_OF[key];
    if (kind === undefined) continue;
    const contact = input.partnerContacts.get(key);
    const since = foundedAt + rng.int(-60, 120) * DAY;
    const id = rng.uuid();
    partnerIdByOrg.set(org.id, id);
    partners.push({
      networkId,
      id,
      name: org.name,
      kind,
      organisationId: org.id,
      agreement: AGREEMENTS[key] ?? '',
      since: toDateString(since),
      contactName: contact?.name ?? null,
      contactEmail: contact?.email ?? null,
      documents: (DOCUMENTS[key] ?? []).map((d) => `${d}-${slugify(org.name)}.pdf`),
      createdAt: org.createdAt,
      updatedAt: new Date(Math.min(now, Math.max(org.createdAt.getTime(), since))),
    });
  }

  // Activities a partner initiated or hosted are organised together with it: its people see them.
  const partnerActivities: DemoPartnerActivityRow[] = [];
  for (const a of input.activities) {
    const ids = new Set<string>();
    for (const orgId of [a.initiatorKind === 'partner' ? a.initiatorOrganisationId : null, a.hostOrganisationId]) {
      const partnerId = orgId === null ? undefined : partnerIdByOrg.get(orgId);
      if (partnerId !== undefined) ids.add(partnerId);
    }
    for (const partnerId of ids)
      partnerActivities.push({ networkId, partnerId, activityId: a.id, createdAt: a.createdAt });
  }

  // --- work opportunities ---------------------------------------------------------------------------------------------------
  // Offered over the last year by members that were active then; older ones are mostly filled or closed.
  const workOpportunities: DemoWorkOpportunityRow[] = [];
  const offering = input.members.filter((m) => m.status === 'active' || m.status === 'paused');
  const opportunityCount = Math.round(offering.length * 0.45);
  for (let i = 0; i < opportunityCount; i++) {
    const member = rng.pick(offering);
    const createdAt = Math.max(member.activeFrom, now - rng.int(3, 330) * DAY);
    if (createdAt >= now) continue;
    const age = now - createdAt;
    const status =
      age > 120 * DAY
        ? rng.weighted([
            ['filled', 50],
            ['closed', 25],
            ['open', 25],
          ] as const)
        : age > 30 * DAY
          ? rng.weighted([
              ['open', 70],
              ['filled', 30],
            ] as const)
          : 'open';
    const [title, kind] = rng.pick(OPPORTUNITY_TITLES);
    const support = SUPPORT_KINDS.filter(() => rng.chance(0.3));
    const postcode = member.org.postcode?.slice(0, 4) ?? null;
    workOpportunities.push({
      networkId,
      id: rng.uuid(),
      organisationId: member.org.id,
      title,
      kind,
      hoursPerWeek: `${rng.pick([12, 16, 20, 24, 28, 32])}.0`,
      place: member.org.city,
      postcodeArea: postcode,
      requirements: rng.pick(REQUIREMENTS),
      supportOffered: support.length > 0 ? support : ['extra_supervision'],
      startsOn: toDateString(createdAt + rng.int(21, 90) * DAY),
      status,
      createdAt: new Date(createdAt),
      updatedAt: new Date(status === 'open' ? createdAt : Math.min(now, createdAt + rng.int(20, 100) * DAY)),
    });
  }

  // --- news for the member portal -------------------------------------------------------------------------------------------
  const newsItems: DemoNewsItemRow[] = [];
  const recentMembers = input.members
    .filter((m) => m.status === 'active' && m.activeFrom > now - 200 * DAY && m.activeFrom < now)
    .slice(0, 2);
  for (const m of recentMembers) {
    newsItems.push({
      networkId,
      id: rng.uuid(),
      kind: 'new_member',
      title: `Welkom, ${m.org.name}`,
      body: `${m.org.name} uit ${m.org.city ?? 'de regio'} is deelnemer geworden. Maak kennis op de volgende netwerkbijeenkomst.`,
      publishedAt: new Date(Math.min(now, m.activeFrom + rng.int(1, 10) * DAY)),
    });
  }
  if (input.placementCount > 0) {
    newsItems.push({
      networkId,
      id: rng.uuid(),
      kind: 'success',
      title: `Al ${input.placementCount} plaatsingen via het netwerk`,
      body: 'Dank aan alle werkgevers die een werkplek boden, en aan de jobcoaches en partners die meehielpen.',
      publishedAt: new Date(now - rng.int(5, 40) * DAY),
    });
  }
  newsItems.push({
    networkId,
    id: rng.uuid(),
    kind: 'need_met',
    title: 'Vraag beantwoord: hoe deel je werk op in behapbare taken?',
    body: 'Na de praktijktafel over jobcarving hebben drie deelnemers samen een takenlijst gemaakt die iedereen mag gebruiken.',
    publishedAt: new Date(now - rng.int(20, 90) * DAY),
  });

  // --- mailings -------------------------------------------------------------------------------------------------------------
  const mailings: DemoMailingRow[] = [];
  const mailDeliveries: DemoMailDeliveryRow[] = [];
  const recipientsAt = (time: number) =>
    input.members
      .filter((m) => m.activeFrom <= time && time < m.activeUntil)
      .flatMap((m) => m.contacts)
      .filter((c): c is { id: string; name: string; email: string } => c.email !== null);
  const addSent = (
    mailing: Omit<DemoMailingRow, 'networkId' | 'id' | 'status' | 'total' | 'createdAt' | 'finishedAt'>,
  ) => {
    const sentAt = mailing.sentAt?.getTime() ?? now;
    if (sentAt < foundedAt) return;
    const id = rng.uuid();
    const seen = new Set<string>();
    const recipients = recipientsAt(sentAt).filter((r) => !seen.has(r.email) && seen.add(r.email));
    if (recipients.length === 0) return;
    let last = sentAt;
    for (const r of recipients) {
      const failed = rng.chance(0.01);
      const at = sentAt + rng.int(5, 900) * 1000;
      last = Math.max(last, at);
      mailDeliveries.push({
        networkId,
        id: rng.uuid(),
        mailingId: id,
        personId: r.id,
        email: r.email,
        name: r.name,
        status: failed ? 'failed' : 'sent',
        attempts: failed ? 5 : 1,
        nextAttemptAt: new Date(at),
        lastError: failed ? rng.pick(FAILURES) : null,
        unsubscribeToken: token(rng),
        sentAt: failed ? null : new Date(at),
      });
    }
    mailings.push({
      ...mailing,
      networkId,
      id,
      status: 'done',
      total: recipients.length,
      createdAt: new Date(sentAt - rng.int(1, 48) * 3_600_000),
      finishedAt: new Date(last),
    });
  };

  // A newsletter each quarter of the last year, on a weekday morning near the quarter's end.
  const held = input.activities.filter((a) => a.status === 'held');
  for (let q = 3; q >= 0; q--) {
    const sentAt = startOfDay(now - (q * 91 + rng.int(8, 20)) * DAY) + 9 * 3_600_000;
    const lastHeld = [...held].reverse().find((a) => a.startsAt.getTime() < sentAt);
    const month = new Date(sentAt).getUTCMonth();
    addSent({
      kind: 'newsletter',
      subject: `Nieuwsbrief ${input.networkName} – ${seasonOf(month)} ${new Date(sentAt).getUTCFullYear()}`,
      body: [
        'Een korte terugblik en wat er komt.',
        lastHeld ? `Terugblik: ${lastHeld.title}. Dank aan iedereen die er was en meedacht.` : '',
        'Heeft u een vraag of behoefte voor de agenda? Breng die in via het portaal of bel de coördinator.',
      ]
        .filter(Boolean)
        .join('\n\n'),
      segment: { kind: 'all_member_contacts' },
      activityId: null,
      language: 'nl',
      sentAt: new Date(sentAt),
    });
  }
  // An announcement six weeks ago and an invitation for the next network meeting (or the next planned activity).
  addSent({
    kind: 'announcement',
    subject: 'De agenda voor het komende halfjaar staat',
    body: 'De kerngroep heeft de behoeften uit de laatste ronde geprioriteerd. Op de agenda staan kennissessies, bedrijfsbezoeken en een matchmaking. Aanmelden kan via het portaal.',
    segment: { kind: 'all_member_contacts' },
    activityId: null,
    language: 'nl',
    sentAt: new Date(startOfDay(now - rng.int(38, 46) * DAY) + 10 * 3_600_000),
  });
  const planned = input.activities.filter((a) => a.status === 'planned' && a.startsAt.getTime() > now);
  const next = planned.find((a) => a.workForm === 'network_meeting') ?? planned[0];
  if (next !== undefined) {
    const sentAt = Math.max(next.createdAt.getTime() + DAY, now - rng.int(3, 10) * DAY);
    if (sentAt < now) {
      addSent({
        kind: 'invitation',
        subject: `Uitnodiging: ${next.title}`,
        body: 'Graag nodigen we u uit. Meld u aan met de knop in deze mail; wie verhinderd is, kan een collega sturen.',
        segment: { kind: 'all_member_contacts' },
        activityId: next.id,
        language: 'nl',
        sentAt: new Date(sentAt),
      });
    }
  }
  // Drafts: the next newsletter, and a message to the kerngroep that is not sent yet.
  const nextMonth = new Date(now + 30 * DAY).getUTCMonth();
  mailings.push({
    networkId,
    id: rng.uuid(),
    kind: 'newsletter',
    subject: `Nieuwsbrief ${input.networkName} – ${seasonOf(nextMonth)} ${new Date(now + 30 * DAY).getUTCFullYear()} (concept)`,
    body: 'Terugblik op de afgelopen maanden en de agenda van het komende kwartaal. Nog aanvullen: de successen van deze maand.',
    segment: { kind: 'all_member_contacts' },
    activityId: null,
    language: 'nl',
    status: 'draft',
    total: 0,
    createdAt: new Date(now - rng.int(1, 4) * DAY),
    sentAt: null,
    finishedAt: null,
  });
  if (input.coreGroup.length > 0) {
    mailings.push({
      networkId,
      id: rng.uuid(),
      kind: 'announcement',
      subject: 'Voorstel: prioriteiten voor de behoeftenronde',
      body: 'Ter voorbereiding op het kerngroepoverleg: de behoeften van de laatste maanden op een rij, met een voorstel voor wat we eerst oppakken.',
      segment: { kind: 'core_group' },
      activityId: null,
      language: 'nl',
      status: 'draft',
      total: 0,
      createdAt: new Date(now - rng.int(1, 6) * DAY),
      sentAt: null,
      finishedAt: null,
    });
  }

  return { partners, partnerActivities, workOpportunities, newsItems, mailings, mailDeliveries };
}

/** The delivery's secret for its links: 24 letters (no digits, so no run of digits can look like a BSN). */
function token(rng: Prng): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';
  let out = '';
  for (let i = 0; i < 24; i++) out += alphabet.charAt(rng.int(0, alphabet.length - 1));
  return out;
}

function startOfDay(time: number): number {
  return Math.floor(time / DAY) * DAY;
}

function toDateString(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

function seasonOf(month: number): string {
  return month < 2 || month === 11 ? 'winter' : month < 5 ? 'voorjaar' : month < 8 ? 'zomer' : 'najaar';
}
