// Generates one complete, made-up inclusive employer network (members, contacts, roles, two years of agenda with attendance,
// needs, candidates and placements; partners, work opportunities, news and mailings in generate-collaboration.ts) from a seed. Used by `netwerkregie demo` and by the benchmarks (many networks at larger
// sizes), so it is pure (no clock, no I/O, no Math.random) and linear in the number of rows it returns.
//
// Rows use the Drizzle property names of the tables in src/server/platform/db/schema, so the loader can insert them as they are.
// Engagement is deliberately uneven — champions, steady members, occasional visitors, members drifting away and dormant ones —
// because the steering dashboard computes turnout, ownership and drift from exactly this data.
import {
  FIRST_NAMES,
  IN_KIND,
  JOB_TITLES,
  LAST_NAMES,
  NEED_TITLES,
  REGIONS,
  SECTORS,
  STREETS,
  THEMES,
  WISHES,
  WORK_FORMS,
  type DemoSector,
  type DemoTown,
} from './demo-word-lists.js';
import { slugify } from '../text/slug.js';
import { generateCollaboration, type DemoCollaboration } from './generate-collaboration.js';
import { combineSeeds, createPrng, type Prng } from './prng.js';

export interface GenerateDemoOptions {
  seed: number;
  /** The moment the data should look current at: two years of history end here, a few activities are planned after it. */
  now: Date;
  /** Picks the region and makes the slug unique when several networks are generated with one seed (benchmarks). */
  networkIndex?: number;
  /** Member employers (all membership statuses together). */
  members?: number;
  /** Average contact persons per member organisation. */
  contactsPerMember?: number;
  /** Average activities per month (fewer in the summer holidays). */
  activitiesPerMonth?: number;
  /** Candidates registered over the period; about 40% are placed. */
  candidates?: number;
  /** Years of history before `now`. */
  years?: number;
  /** Multiplies every activity's capacity (and so its registrations); benchmarks use it to reach their registration counts. */
  capacityFactor?: number;
}

export interface DemoNetworkRow {
  id: string;
  slug: string;
  name: string;
  region: string;
  phase: string;
  settings: Record<string, unknown>;
  createdAt: Date;
  updatedAt: Date;
}

export interface DemoOrganisationRow {
  networkId: string;
  id: string;
  kind: string;
  name: string;
  kvkNumber: string | null;
  sector: string | null;
  sizeClass: string | null;
  street: string | null;
  postcode: string | null;
  city: string | null;
  labourMarketRegion: string | null;
  website: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface DemoEntryCondition {
  code: string;
  signedOn: string | null;
  document: string | null;
}

export interface DemoMembershipRow {
  networkId: string;
  id: string;
  organisationId: string;
  status: string;
  statusReason: string | null;
  joinedOn: string | null;
  endedOn: string | null;
  entryConditions: DemoEntryCondition[];
  contributionCentsPerYear: number | null;
  contributionInKind: string | null;
  invoiceStatus: string | null;
  ambitionJobsPerYear: number | null;
  /** The member that brought this one in (ambassadorship, the top step of the engagement ladder). */
  referredByOrganisationId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface DemoPersonRow {
  networkId: string;
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  organisationId: string | null;
  jobTitle: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface DemoRoleAssignmentRow {
  networkId: string;
  id: string;
  personId: string;
  role: string;
  bodyId: string | null;
  startsOn: string;
  endsOn: string | null;
  createdAt: Date;
}

export interface DemoNeedRow {
  networkId: string;
  id: string;
  organisationId: string | null;
  raisedByPersonId: string | null;
  title: string;
  description: string | null;
  theme: string;
  status: string;
  activityId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface DemoNeedSupporterRow {
  networkId: string;
  id: string;
  needId: string;
  organisationId: string;
  personId: string | null;
  createdAt: Date;
}

export interface DemoActivityRow {
  networkId: string;
  id: string;
  workForm: string;
  title: string;
  description: string | null;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  onlineUrl: string | null;
  hostOrganisationId: string | null;
  initiatorKind: string;
  initiatorOrganisationId: string | null;
  capacity: number | null;
  isPublic: boolean;
  status: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface DemoRegistrationRow {
  networkId: string;
  id: string;
  activityId: string;
  personId: string;
  status: string;
  role: string;
  attended: boolean | null;
  rating: number | null;
  needMet: boolean | null;
  registeredAt: Date;
}

export interface DemoCandidateRow {
  networkId: string;
  id: string;
  code: string;
  firstName: string | null;
  email: string | null;
  phone: string | null;
  place: string | null;
  postcodeArea: string | null;
  wishes: string | null;
  hoursPerWeek: string | null;
  referredBy: string | null;
  targetGroupRegister: string;
  targetGroupRegisterOn: string | null;
  status: string;
  statusReason: string | null;
  leftOn: string | null;
  erasedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface DemoPlacementRow {
  networkId: string;
  id: string;
  candidateId: string;
  organisationId: string;
  startsOn: string;
  endsOn: string | null;
  endReason: string | null;
  hoursPerWeek: string;
  contractKind: string;
  jobcoach: boolean;
  wageSubsidy: boolean;
  noRiskPolicy: boolean;
  attributionKind: string | null;
  attributionId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface DemoNetworkData extends DemoCollaboration {
  network: DemoNetworkRow[];
  organisations: DemoOrganisationRow[];
  memberships: DemoMembershipRow[];
  persons: DemoPersonRow[];
  roleAssignments: DemoRoleAssignmentRow[];
  needs: DemoNeedRow[];
  needSupporters: DemoNeedSupporterRow[];
  activities: DemoActivityRow[];
  registrations: DemoRegistrationRow[];
  candidates: DemoCandidateRow[];
  placements: DemoPlacementRow[];
}

const DAY = 86_400_000;
const SECTOR_WEIGHTS = SECTORS.map((s) => [s, s.weight] as const);
/** How far ahead of `now` planned activities are generated. */
const PLANNED_AHEAD_DAYS = 60;

type Profile = 'champion' | 'steady' | 'occasional' | 'drifting' | 'dormant' | 'newcomer';

/** Internal view of a member employer while generating; not part of the output. */
interface MemberOrg {
  org: DemoOrganisationRow;
  membership: DemoMembershipRow;
  profile: Profile;
  /** Engagement is zero outside [activeFrom, activeUntil). */
  activeFrom: number;
  activeUntil: number;
  /** For drifting members: when the slide starts. */
  driftFrom: number;
  contacts: DemoPersonRow[];
}

interface ActivityDraft {
  row: DemoActivityRow;
  theme: string;
  past: boolean;
}

export function generateDemoNetwork(options: GenerateDemoOptions): DemoNetworkData {
  const networkIndex = options.networkIndex ?? 0;
  const memberCount = Math.max(1, Math.round(options.members ?? 60));
  const contactsPerMember = Math.max(1, options.contactsPerMember ?? 2);
  const activitiesPerMonth = Math.max(1, options.activitiesPerMonth ?? 3);
  const candidateCount = Math.max(0, Math.round(options.candidates ?? memberCount * 1.25));
  const years = Math.max(1, Math.round(options.years ?? 2));
  const capacityFactor = Math.max(0.1, options.capacityFactor ?? 1);
  const now = options.now.getTime();
  if (Number.isNaN(now)) throw new Error('generateDemoNetwork: `now` is not a valid date');

  const root = createPrng(combineSeeds(options.seed, networkIndex));
  const region = at(REGIONS, networkIndex % REGIONS.length);
  const cycle = Math.floor(networkIndex / REGIONS.length);
  const windowStart = now - years * 365 * DAY;
  const foundedAt = startOfDay(windowStart - root.int(60, 300) * DAY);

  // --- network -------------------------------------------------------------------------------------------------------------
  const networkId = root.uuid();
  const slug = `demo-${region.slug}${cycle > 0 ? `-${cycle + 1}` : ''}`;
  const network: DemoNetworkRow = {
    id: networkId,
    slug,
    name: `Inclusief Werkgeversnetwerk ${region.name}${cycle > 0 ? ` ${cycle + 1}` : ''} (demo)`,
    region: region.name,
    phase: now - foundedAt > 2 * 365 * DAY ? 'volwassen' : 'opstart',
    settings: { demo: true, demoSeed: options.seed, demoNetworkIndex: networkIndex },
    createdAt: new Date(foundedAt),
    updatedAt: new Date(foundedAt),
  };

  const names = new NameFactory(root.fork('names'));

  // --- organisations and memberships ---------------------------------------------------------------------------------------
  const orgRng = root.fork('organisations');
  const organisations: DemoOrganisationRow[] = [];
  const memberships: DemoMembershipRow[] = [];
  const members: MemberOrg[] = [];
  const entryConditionCodes = ['declaration_of_intent', 'report_ambition'] as const;
  // Most members sit in the region's main town.
  const townWeights = region.towns.map((tw, idx) => [tw, idx === 0 ? 4 : 1] as const);

  for (let i = 0; i < memberCount; i++) {
    const sector = orgRng.weighted(SECTOR_WEIGHTS);
    const town = orgRng.weighted(townWeights);
    const name = names.companyName(sector, town);
    const sizeClass = orgRng.weighted([
      ['micro', 15],
      ['small', 40],
      ['medium', 30],
      ['large', 15],
    ] as const);
    const status = orgRng.weighted([
      ['active', 72],
      ['paused', 5],
      ['ended', 8],
      ['prospect', 5],
      ['applied', 5],
      ['admitted', 5],
    ] as const);

    let joinedAt: number | null = null;
    let endedAt: number | null = null;
    let activeUntil = Number.POSITIVE_INFINITY;
    let statusReason: string | null = null;
    let createdAt: number;
    let profile: Profile;
    switch (status) {
      case 'active':
      case 'paused':
      case 'ended': {
        // About half the members joined around the founding; the rest trickled in, none in the last month.
        joinedAt = orgRng.chance(0.45)
          ? foundedAt + orgRng.int(0, 60) * DAY
          : foundedAt + orgRng.next() * Math.max(DAY, now - 30 * DAY - foundedAt);
        if (status === 'ended') {
          const earliest = Math.max(joinedAt + 120 * DAY, windowStart + 60 * DAY);
          endedAt = earliest + orgRng.next() * Math.max(DAY, now - 14 * DAY - earliest);
          if (endedAt > now - DAY) endedAt = now - DAY;
          activeUntil = endedAt;
          statusReason = orgRng.pick([
            'Bedrijf verhuisd buiten de regio',
            'Geen capaciteit meer voor begeleiding',
            'Overgenomen door een ander bedrijf',
            'Bedrijf gestopt',
          ]);
          profile = 'occasional';
        } else if (status === 'paused') {
          activeUntil = now - orgRng.int(30, 180) * DAY;
          statusReason = orgRng.pick([
            'Reorganisatie; deelname tijdelijk gepauzeerd',
            'Tijdelijk geen ruimte door drukte',
          ]);
          profile = 'steady';
        } else {
          profile = orgRng.weighted([
            ['champion', 12],
            ['steady', 30],
            ['occasional', 30],
            ['drifting', 16],
            ['dormant', 12],
          ] as const);
          if (joinedAt > now - 180 * DAY && profile === 'dormant') profile = 'newcomer';
        }
        createdAt = joinedAt - orgRng.int(14, 60) * DAY;
        break;
      }
      case 'admitted':
        joinedAt = now - orgRng.int(3, 45) * DAY;
        profile = 'newcomer';
        createdAt = joinedAt - orgRng.int(20, 60) * DAY;
        break;
      case 'prospect':
      case 'applied':
        profile = 'dormant';
        createdAt = now - orgRng.int(5, status === 'prospect' ? 150 : 60) * DAY;
        break;
    }
    createdAt = Math.max(createdAt, foundedAt - 90 * DAY);

    const org: DemoOrganisationRow = {
      networkId,
      id: orgRng.uuid(),
      kind: 'employer',
      name,
      kvkNumber: names.kvkNumber(),
      sector: sector.sbi,
      sizeClass,
      street: names.street(),
      postcode: names.postcode(town),
      city: town.name,
      labourMarketRegion: region.name,
      website: `https://www.${slugify(name)}.example`,
      createdAt: new Date(createdAt),
      updatedAt: new Date(createdAt),
    };

    const isMember = joinedAt !== null;
    const signedOn = joinedAt === null ? null : toDateString(joinedAt - orgRng.int(0, 21) * DAY);
    const entryConditions: DemoEntryCondition[] = entryConditionCodes.map((code) => ({
      code,
      signedOn: code === 'declaration_of_intent' && status === 'applied' ? toDateString(createdAt + 2 * DAY) : signedOn,
      document:
        signedOn !== null && code === 'declaration_of_intent' ? `intentieverklaring-${slugify(name)}.pdf` : null,
    }));
    const paysMoney = isMember && orgRng.chance(0.88);
    const contribution = paysMoney ? orgRng.pick([5000, 7500, 10000, 12500, 15000, 20000, 25000]) : null;
    const inKind = isMember && (contribution === null || orgRng.chance(0.35)) ? orgRng.pick(IN_KIND) : null;
    const ambition =
      status === 'prospect'
        ? null
        : sizeClass === 'micro'
          ? 1
          : sizeClass === 'small'
            ? orgRng.int(1, 2)
            : sizeClass === 'medium'
              ? orgRng.int(2, 4)
              : orgRng.int(3, 8);

    const membership: DemoMembershipRow = {
      networkId,
      id: orgRng.uuid(),
      organisationId: org.id,
      status,
      statusReason,
      joinedOn: joinedAt === null ? null : toDateString(joinedAt),
      endedOn: endedAt === null ? null : toDateString(endedAt),
      entryConditions,
      contributionCentsPerYear: contribution,
      contributionInKind: inKind,
      invoiceStatus:
        contribution === null
          ? null
          : status === 'admitted'
            ? 'to_invoice'
            : orgRng.weighted([
                ['paid', 75],
                ['invoiced', 20],
                ['to_invoice', 5],
              ] as const),
      ambitionJobsPerYear: ambition,
      referredByOrganisationId: null,
      createdAt: new Date(createdAt),
      updatedAt: new Date(Math.min(now, endedAt ?? joinedAt ?? createdAt)),
    };
    organisations.push(org);
    memberships.push(membership);

    const activeFrom = joinedAt ?? Number.POSITIVE_INFINITY;
    const driftSpan = Math.max(DAY, now - 150 * DAY - Math.max(activeFrom, windowStart));
    members.push({
      org,
      membership,
      profile,
      activeFrom,
      activeUntil,
      driftFrom: Math.max(activeFrom, windowStart) + orgRng.next() * driftSpan,
      contacts: [],
    });
  }

  // Ambassadors: about a quarter of the members who joined after the founding months were brought in by a champion or steady
  // member who was already there. Its own random stream, so the rest of the data does not change with it.
  const referralRng = root.fork('referrals');
  for (const m of members) {
    const joined = m.membership.joinedOn;
    if (joined === null || m.activeFrom < foundedAt + 90 * DAY || !referralRng.chance(0.25)) continue;
    const earlier = members.filter(
      (r) => r !== m && (r.profile === 'champion' || r.profile === 'steady') && r.activeFrom < m.activeFrom - 30 * DAY,
    );
    if (earlier.length > 0) m.membership.referredByOrganisationId = referralRng.pick(earlier).org.id;
  }

  // Public parties, funder and partners: their kinds are data, the names are generic for the region.
  const mainTown = at(region.towns, 0);
  const partnerSpecs: readonly (readonly [key: string, kind: string, name: string, town: DemoTown])[] = [
    ['wsp', 'funder', `Werkgeversservicepunt ${region.name}`, mainTown],
    ['gemeente', 'public_party', `Gemeente ${mainTown.name}`, mainTown],
    ['uwv', 'public_party', `UWV ${region.name}`, mainTown],
    ['roc', 'education', region.college, orgRng.pick(region.towns)],
    [
      'jobcoach',
      'care_provider',
      `Jobcoachbureau ${orgRng.pick(['Op Weg', 'Samen Verder', 'De Brug', 'Werkpad'])}`,
      orgRng.pick(region.towns),
    ],
    ['association', 'partner', `Ondernemersvereniging ${mainTown.name}`, mainTown],
  ];
  const partners = new Map<string, DemoOrganisationRow>();
  for (const [key, kind, name, town] of partnerSpecs) {
    const createdAt = new Date(foundedAt - orgRng.int(10, 90) * DAY);
    const org: DemoOrganisationRow = {
      networkId,
      id: orgRng.uuid(),
      kind,
      name,
      kvkNumber: kind === 'public_party' ? null : names.kvkNumber(),
      sector: kind === 'education' ? 'P' : kind === 'care_provider' ? 'Q' : kind === 'partner' ? 'S' : 'O',
      sizeClass: kind === 'care_provider' || kind === 'partner' ? 'small' : 'large',
      street: names.street(),
      postcode: names.postcode(town),
      city: town.name,
      labourMarketRegion: region.name,
      website: `https://www.${slugify(name)}.example`,
      createdAt,
      updatedAt: createdAt,
    };
    organisations.push(org);
    partners.set(key, org);
  }
  const partner = (key: string): DemoOrganisationRow => {
    const org = partners.get(key);
    if (org === undefined) throw new Error(`unknown partner ${key}`);
    return org;
  };

  // --- persons and roles ----------------------------------------------------------------------------------------------------
  const personRng = root.fork('persons');
  const persons: DemoPersonRow[] = [];
  const roleAssignments: DemoRoleAssignmentRow[] = [];
  const domainOf = new Map<string, string>();
  const addPerson = (
    org: DemoOrganisationRow | null,
    jobTitle: string,
    createdAt: number,
    domain?: string,
  ): DemoPersonRow => {
    let orgDomain = org === null ? undefined : domainOf.get(org.id);
    if (org !== null && orgDomain === undefined) {
      orgDomain = `${slugify(org.name)}.example`;
      domainOf.set(org.id, orgDomain);
    }
    const person = names.person(orgDomain ?? domain ?? `${slug}.example`);
    const row: DemoPersonRow = {
      networkId,
      id: personRng.uuid(),
      name: person.name,
      email: person.email,
      phone: personRng.chance(0.8) ? names.mobile() : null,
      organisationId: org?.id ?? null,
      jobTitle,
      createdAt: new Date(createdAt),
      updatedAt: new Date(createdAt),
    };
    persons.push(row);
    return row;
  };
  const addRole = (person: DemoPersonRow, role: string, startsAt: number, endsAt: number | null = null): void => {
    roleAssignments.push({
      networkId,
      id: personRng.uuid(),
      personId: person.id,
      role,
      bodyId: null,
      startsOn: toDateString(startsAt),
      endsOn: endsAt === null ? null : toDateString(endsAt),
      createdAt: new Date(Math.min(startsAt, now)),
    });
  };

  const coordinator = addPerson(null, 'Netwerkcoördinator', foundedAt);
  addRole(coordinator, 'coordinator', foundedAt);
  const backOffice = addPerson(null, 'Medewerker backoffice', foundedAt);
  addRole(backOffice, 'back_office', foundedAt);
  const funderContact = addPerson(partner('wsp'), 'Accountmanager werkgevers', foundedAt);
  addRole(funderContact, 'funder', foundedAt);
  const gemeenteContact = addPerson(partner('gemeente'), 'Beleidsadviseur participatie', foundedAt);
  addRole(gemeenteContact, 'partner', foundedAt);
  const uwvContact = addPerson(partner('uwv'), 'Adviseur werkgeversdienstverlening', foundedAt);
  addRole(uwvContact, 'partner', foundedAt);
  const rocContact = addPerson(partner('roc'), 'Coördinator praktijkleren', foundedAt);
  addRole(rocContact, 'sounding_board', foundedAt);
  const jobcoachContact = addPerson(partner('jobcoach'), 'Jobcoach', foundedAt);
  addRole(jobcoachContact, 'sounding_board', foundedAt);
  // An ervaringsdeskundige gives candidates a voice in the klankbordgroep; no organisation, a private address.
  const expertByExperience = addPerson(null, 'Ervaringsdeskundige', foundedAt + 90 * DAY, 'mail.example');
  addRole(expertByExperience, 'sounding_board', foundedAt + 90 * DAY);

  const maxContacts = Math.max(1, Math.round(contactsPerMember * 2 - 1));
  for (const member of members) {
    const joined = Number.isFinite(member.activeFrom);
    const n = joined ? personRng.int(1, maxContacts) : 1;
    const createdAt = member.org.createdAt.getTime();
    for (let c = 0; c < n; c++) {
      const person = addPerson(member.org, personRng.pick(JOB_TITLES), createdAt);
      member.contacts.push(person);
      if (joined) {
        const endsAt = member.membership.status === 'ended' ? member.activeUntil : null;
        addRole(person, 'employer', member.activeFrom, endsAt);
      }
    }
  }

  // Kerngroep: founding employers that are still committed, plus one member who rotated out a year ago (renewal).
  const founders = members.filter(
    (m) =>
      m.activeFrom <= foundedAt + 60 * DAY &&
      m.membership.status === 'active' &&
      (m.profile === 'champion' || m.profile === 'steady'),
  );
  const coreSize = personRng.int(4, 6);
  const coreMembers = pickDistinct(
    personRng,
    founders.length > 0 ? founders : members.filter((m) => Number.isFinite(m.activeFrom)),
    coreSize,
  );
  for (const member of coreMembers) {
    const person = member.contacts[0];
    if (person !== undefined) addRole(person, 'core_group', Math.max(member.activeFrom, foundedAt));
  }
  const rotatedOut = members.find((m) => m.profile === 'drifting' && m.activeFrom <= foundedAt + 60 * DAY);
  if (rotatedOut?.contacts[0] !== undefined) {
    addRole(rotatedOut.contacts[0], 'core_group', foundedAt, Math.min(now - 30 * DAY, rotatedOut.driftFrom + 60 * DAY));
  }

  // Themagroepen with a kartrekker each; the kartrekker comes from an engaged member, not necessarily from the kerngroep.
  const themeGroups = pickDistinct(personRng, THEMES, personRng.int(3, 4)).map(([code]) => code);
  const engaged = members.filter(
    (m) =>
      m.membership.status === 'active' && (m.profile === 'champion' || m.profile === 'steady') && m.contacts.length > 0,
  );
  for (const member of pickDistinct(personRng, engaged, themeGroups.length)) {
    const person = member.contacts[member.contacts.length - 1];
    if (person !== undefined) addRole(person, 'theme_lead', Math.max(member.activeFrom, foundedAt + 120 * DAY));
  }

  // --- engagement per month -------------------------------------------------------------------------------------------------
  // Sampling who registers, hosts or places uses monthly cumulative weights, so each draw is a binary search (O(log n)) and
  // the whole generator stays linear in its output.
  const monthStarts: number[] = [];
  {
    const first = new Date(windowStart);
    let y = first.getUTCFullYear();
    let m = first.getUTCMonth();
    for (;;) {
      const start = Date.UTC(y, m, 1);
      if (start > now + PLANNED_AHEAD_DAYS * DAY) break;
      monthStarts.push(start);
      m++;
      if (m === 12) {
        m = 0;
        y++;
      }
    }
  }
  const activeMembers = members.filter((m) => Number.isFinite(m.activeFrom));
  const memberContacts: { person: DemoPersonRow; member: MemberOrg; weight: number }[] = [];
  for (const member of activeMembers) {
    member.contacts.forEach((person, idx) => memberContacts.push({ person, member, weight: idx === 0 ? 1 : 0.45 }));
  }
  const orgWeightsByMonth: Float64Array[] = [];
  const personWeightsByMonth: Float64Array[] = [];
  for (const monthStart of monthStarts) {
    const t = monthStart + 15 * DAY;
    const orgCum = new Float64Array(activeMembers.length);
    let sum = 0;
    activeMembers.forEach((m, i) => {
      sum += engagementAt(m, t);
      orgCum[i] = sum;
    });
    orgWeightsByMonth.push(orgCum);
    const personCum = new Float64Array(memberContacts.length);
    sum = 0;
    memberContacts.forEach((c, i) => {
      sum += engagementAt(c.member, t) * c.weight;
      personCum[i] = sum;
    });
    personWeightsByMonth.push(personCum);
  }
  const monthIndexOf = (time: number): number => {
    const d = new Date(time);
    const first = new Date(monthStarts[0] ?? windowStart);
    const idx = (d.getUTCFullYear() - first.getUTCFullYear()) * 12 + d.getUTCMonth() - first.getUTCMonth();
    return Math.min(Math.max(idx, 0), monthStarts.length - 1);
  };
  const sampleMember = (rng: Prng, time: number): MemberOrg | null => {
    const cum = orgWeightsByMonth[monthIndexOf(time)];
    const idx = cum === undefined ? -1 : sampleCumulative(rng, cum);
    return idx < 0 ? null : (activeMembers[idx] ?? null);
  };

  // --- activities -----------------------------------------------------------------------------------------------------------
  const actRng = root.fork('activities');
  const drafts: ActivityDraft[] = [];
  const span = now - windowStart;
  for (const monthStart of monthStarts) {
    const d = new Date(monthStart);
    const month = d.getUTCMonth();
    const isSummer = month === 6 || month === 7;
    const isDecember = month === 11;
    let count = actRng.int(Math.max(1, Math.floor(activitiesPerMonth - 1)), Math.ceil(activitiesPerMonth + 1));
    if (isSummer) count = Math.max(0, Math.floor(count / 2));
    if (isDecember) count = Math.max(1, count - 1);
    const daysInMonth = new Date(Date.UTC(d.getUTCFullYear(), month + 1, 0)).getUTCDate();
    for (let k = 0; k < count; k++) {
      let day = actRng.int(1, daysInMonth);
      const weekday = new Date(Date.UTC(d.getUTCFullYear(), month, day)).getUTCDay();
      if (weekday === 0) day = day < daysInMonth ? day + 1 : day - 2;
      if (weekday === 6) day = day > 1 ? day - 1 : day + 2;
      const workForm = actRng.weighted(WORK_FORMS);
      const hour = workForm === 'network_meeting' ? actRng.pick([15, 16]) : actRng.pick([9, 10, 13, 15, 16]);
      const minute = actRng.pick([0, 0, 30]);
      const startsAt = amsterdamToUtc(d.getUTCFullYear(), month, day, hour, minute);
      if (startsAt < windowStart || startsAt > now + PLANNED_AHEAD_DAYS * DAY) continue;
      drafts.push(draftActivity(actRng, workForm, startsAt, (startsAt - windowStart) / span));
    }
  }
  drafts.sort((a, b) => a.row.startsAt.getTime() - b.row.startsAt.getTime());

  function draftActivity(rng: Prng, workForm: string, startsAt: number, progress: number): ActivityDraft {
    const theme = workForm === 'theme_group' ? rng.pick(themeGroups) : rng.pick(THEMES)[0];
    const themeLabel = themeLabelOf(theme);
    const durationMin =
      workForm === 'training'
        ? 180
        : workForm === 'network_meeting'
          ? 150
          : workForm === 'company_visit'
            ? 120
            : rng.pick([90, 120]);
    const endsAt = startsAt + durationMin * 60_000;

    // Who hosts: mostly members, sometimes a partner's venue, sometimes online.
    const hostDraw = rng.next();
    let host: DemoOrganisationRow | null = null;
    let online = false;
    const memberHostShare =
      workForm === 'company_visit'
        ? 1
        : workForm === 'knowledge_session'
          ? 0.45
          : workForm === 'training' || workForm === 'matchmaking'
            ? 0.5
            : 0.7;
    const onlineShare =
      workForm === 'knowledge_session'
        ? 0.35
        : workForm === 'company_visit' || workForm === 'network_meeting'
          ? 0
          : 0.12;
    if (hostDraw < memberHostShare) host = sampleMember(rng, startsAt)?.org ?? null;
    else if (hostDraw < memberHostShare + onlineShare) online = true;
    else
      host =
        workForm === 'training'
          ? rng.pick([partner('roc'), partner('jobcoach')])
          : workForm === 'matchmaking'
            ? rng.pick([partner('wsp'), partner('uwv')])
            : rng.pick([partner('gemeente'), partner('roc'), partner('association')]);
    if (host === null && !online) online = true;

    // Who initiates: the coordinator carries more at the start, members take over as the network matures.
    let initiatorKind = rng.weighted([
      ['coordinator', 0.45 - 0.25 * progress],
      ['core_group', 0.2],
      ['member_employer', 0.25 + 0.3 * progress],
      ['partner', 0.1],
    ] as const);
    if (workForm === 'network_meeting' && initiatorKind === 'member_employer') initiatorKind = 'core_group';
    if (workForm === 'matchmaking' && rng.chance(0.5)) initiatorKind = 'partner';
    if (workForm === 'company_visit' && host?.kind === 'employer' && rng.chance(0.6)) initiatorKind = 'member_employer';
    let initiatorOrganisationId: string | null = null;
    if (initiatorKind === 'member_employer') {
      initiatorOrganisationId = host?.kind === 'employer' ? host.id : (sampleMember(rng, startsAt)?.org.id ?? null);
      if (initiatorOrganisationId === null) initiatorKind = 'coordinator';
    } else if (initiatorKind === 'partner') {
      initiatorOrganisationId =
        host !== null && host.kind !== 'employer'
          ? host.id
          : rng.pick([partner('wsp'), partner('uwv'), partner('gemeente')]).id;
    }

    const year = new Date(startsAt).getUTCFullYear();
    const season = seasonOf(new Date(startsAt).getUTCMonth());
    let title: string;
    let description: string;
    let capacity: number | null;
    switch (workForm) {
      case 'knowledge_session':
        title = `Kennissessie: ${themeLabel}`;
        description = `Een deskundige en een werkgever uit het netwerk delen kennis en ervaring over ${themeLabel}.`;
        capacity = online ? null : rng.int(30, 60);
        break;
      case 'company_visit':
        title = `Bedrijfsbezoek bij ${host?.name ?? 'een deelnemer'}`;
        description = `Rondleiding en gesprek met collega’s die al inclusief werken; aandacht voor ${themeLabel}.`;
        capacity = rng.int(12, 25);
        break;
      case 'peer_review':
        title = `Intervisie: ${themeLabel}`;
        description = 'Werkgevers bespreken in een kleine groep een casus uit de eigen praktijk.';
        capacity = rng.int(8, 12);
        break;
      case 'theme_group':
        title = `Themagroep ${capitalise(themeLabel)}`;
        description = `Vaste themagroep rond ${themeLabel}, getrokken door een kartrekker uit het netwerk.`;
        capacity = rng.int(10, 16);
        break;
      case 'network_meeting':
        title = `Netwerkbijeenkomst ${season} ${year}`;
        description = 'Plenaire bijeenkomst voor alle deelnemers: resultaten, agenda en ontmoeting.';
        capacity = rng.int(60, 100);
        break;
      case 'matchmaking':
        title = rng.pick([
          'Matchmaking: kandidaten ontmoeten werkgevers',
          'Speeddates werkgevers en werkzoekenden',
          'Banenmarkt inclusief werken',
        ]);
        description = 'Werkgevers en kandidaten maken kennis; het werkgeversservicepunt zorgt voor de voorselectie.';
        capacity = rng.int(20, 40);
        break;
      case 'training':
        title = rng.pick([
          `Training: ${themeLabel}`,
          'Training werkbegeleider',
          'Training omgaan met psychische kwetsbaarheid',
        ]);
        description = 'Praktische training voor leidinggevenden en werkbegeleiders.';
        capacity = rng.int(12, 20);
        break;
      default:
        title = `Praktijktafel: ${themeLabel}`;
        description = 'Korte, praktische sessie aan tafel: één vraag, concrete antwoorden van andere werkgevers.';
        capacity = rng.int(8, 14);
        break;
    }
    if (capacity !== null && capacityFactor !== 1) capacity = Math.round(capacity * capacityFactor);

    const past = endsAt <= now;
    const cancelled = past && rng.chance(0.03);
    const createdAt = Math.min(now, startsAt - rng.int(14, 60) * DAY);
    const row: DemoActivityRow = {
      networkId,
      id: rng.uuid(),
      workForm,
      title,
      description,
      startsAt: new Date(startsAt),
      endsAt: new Date(endsAt),
      location: host === null ? null : `${host.street ?? ''}, ${host.city ?? ''}`,
      onlineUrl: online ? `https://meet.example/${slug}/${rng.int(100000, 999999)}` : null,
      hostOrganisationId: host?.id ?? null,
      initiatorKind,
      initiatorOrganisationId,
      capacity,
      isPublic: (workForm === 'network_meeting' || workForm === 'knowledge_session') && rng.chance(0.25),
      status: cancelled ? 'cancelled' : past ? 'held' : 'planned',
      createdAt: new Date(createdAt),
      updatedAt: new Date(past ? Math.min(now, endsAt + DAY) : createdAt),
    };
    return { row, theme, past };
  }

  // --- needs ----------------------------------------------------------------------------------------------------------------
  // Needs come first in reality; here the agenda exists already, so a need that was picked up is linked to an activity that
  // starts two weeks to four months after it was raised, and takes that activity's theme.
  const needRng = root.fork('needs');
  const needs: DemoNeedRow[] = [];
  const needsByActivity = new Map<string, DemoNeedRow[]>();
  const activityStarts = drafts.map((a) => a.row.startsAt.getTime());
  const needCount = Math.round(memberCount * 0.6 * years);
  for (let i = 0; i < needCount; i++) {
    const createdAt = windowStart + needRng.next() * (now - DAY - windowStart);
    const member = sampleMember(needRng, createdAt);
    const raisedBy = member?.contacts[0] ?? null;
    let theme = needRng.pick(THEMES)[0];
    let activity: ActivityDraft | null = null;
    if (createdAt < now - 21 * DAY && needRng.chance(0.55)) {
      const from = lowerBound(activityStarts, createdAt + 14 * DAY);
      const to = lowerBound(activityStarts, createdAt + 120 * DAY);
      if (to > from) {
        const candidate = drafts[needRng.int(from, to - 1)];
        if (candidate !== undefined && candidate.row.status !== 'cancelled') activity = candidate;
      }
    }
    let status: string;
    if (activity !== null) {
      theme = activity.theme;
      status = activity.past
        ? needRng.weighted([
            ['met', 65],
            ['not_met', 15],
            ['picked_up', 20],
          ] as const)
        : 'picked_up';
    } else {
      status =
        createdAt > now - 45 * DAY
          ? needRng.weighted([
              ['new', 70],
              ['prioritised', 30],
            ] as const)
          : needRng.weighted([
              ['prioritised', 60],
              ['new', 40],
            ] as const);
    }
    const title = needRng.pick(NEED_TITLES[theme] ?? ['Vraag uit de praktijk']);
    const need: DemoNeedRow = {
      networkId,
      id: needRng.uuid(),
      organisationId: member?.org.id ?? null,
      raisedByPersonId: raisedBy?.id ?? null,
      title,
      description:
        member === null
          ? null
          : `${member.org.name} wil graag verder met ${themeLabelOf(theme)}; ingebracht bij de coördinator.`,
      theme,
      status,
      activityId: activity?.row.id ?? null,
      createdAt: new Date(createdAt),
      // Updated when it was picked up (the activity was planned) or, for a held activity, judged met or not.
      updatedAt: new Date(
        activity === null
          ? createdAt
          : Math.max(
              createdAt,
              Math.min(now, activity.past ? activity.row.endsAt.getTime() + DAY : activity.row.createdAt.getTime()),
            ),
      ),
    };
    needs.push(need);
    if (activity !== null) {
      const list = needsByActivity.get(activity.row.id);
      if (list === undefined) needsByActivity.set(activity.row.id, [need]);
      else list.push(need);
    }
  }

  // Other members say "wij ook" to a need: most get a little support, a few a lot, some none yet. Its own random stream.
  const supportRng = root.fork('need-supporters');
  const needSupporters: DemoNeedSupporterRow[] = [];
  for (const need of needs) {
    const want = supportRng.weighted([
      [0, 35],
      [1, 25],
      [2, 18],
      [3, 10],
      [4, 7],
      [6, 5],
    ] as const);
    const supporters = new Set<string>(need.organisationId === null ? [] : [need.organisationId]);
    const raisedAt = need.createdAt.getTime();
    for (let k = 0; k < want * 3 && supporters.size - (need.organisationId === null ? 0 : 1) < want; k++) {
      const at = Math.min(now - DAY, raisedAt + supportRng.int(1, 45) * DAY);
      const member = sampleMember(supportRng, at);
      if (member === null || supporters.has(member.org.id)) continue;
      supporters.add(member.org.id);
      needSupporters.push({
        networkId,
        id: supportRng.uuid(),
        needId: need.id,
        organisationId: member.org.id,
        personId: member.contacts[0]?.id ?? null,
        createdAt: new Date(Math.max(raisedAt, at)),
      });
    }
  }

  // --- registrations --------------------------------------------------------------------------------------------------------
  const regRng = root.fork('registrations');
  const registrations: DemoRegistrationRow[] = [];
  const attendanceRate: Record<Profile, number> = {
    champion: 0.95,
    steady: 0.88,
    occasional: 0.75,
    drifting: 0.62,
    dormant: 0.5,
    newcomer: 0.85,
  };
  const contactMember = new Map<string, MemberOrg>();
  for (const c of memberContacts) contactMember.set(c.person.id, c.member);
  const memberByOrgId = new Map<string, MemberOrg>(activeMembers.map((m) => [m.org.id, m]));
  const personById = new Map<string, DemoPersonRow>(persons.map((p) => [p.id, p]));

  for (const draft of drafts) {
    const a = draft.row;
    const start = a.startsAt.getTime();
    const cum = personWeightsByMonth[monthIndexOf(start)];
    const cancelledActivity = a.status === 'cancelled';
    const taken = new Set<string>();
    const linkedNeeds = needsByActivity.get(a.id);
    const register = (person: DemoPersonRow, role: string, profile: Profile | null, queueIndex: number): void => {
      taken.add(person.id);
      const capacity = a.capacity ?? Number.POSITIVE_INFINITY;
      let status = queueIndex >= capacity ? 'waitlisted' : regRng.chance(0.07) ? 'cancelled' : 'registered';
      if (cancelledActivity) status = 'cancelled';
      let attended: boolean | null = null;
      let rating: number | null = null;
      let needMet: boolean | null = null;
      if (draft.past && status === 'registered') {
        attended = role !== 'attendee' || regRng.chance(profile === null ? 0.85 : attendanceRate[profile]);
        if (attended && role === 'attendee' && regRng.chance(0.6)) {
          rating = regRng.weighted([
            [1, 3],
            [2, 7],
            [3, 20],
            [4, 45],
            [5, 25],
          ] as const);
          if (linkedNeeds !== undefined || regRng.chance(0.3)) needMet = regRng.chance(rating >= 4 ? 0.85 : 0.35);
        }
      }
      const leadDays = regRng.int(1, 40);
      const registeredAt = Math.min(
        now,
        Math.max(a.createdAt.getTime(), start - leadDays * DAY - regRng.int(0, 12) * 3_600_000),
      );
      registrations.push({
        networkId,
        id: regRng.uuid(),
        activityId: a.id,
        personId: person.id,
        status,
        role,
        attended,
        rating,
        needMet,
        registeredAt: new Date(registeredAt),
      });
    };

    let queue = 0;
    // The host's contact and, for activities the coordinator set up, the coordinator take part in their own role.
    const hostMember = a.hostOrganisationId === null ? undefined : memberByOrgId.get(a.hostOrganisationId);
    if (hostMember?.contacts[0] !== undefined) register(hostMember.contacts[0], 'host', null, queue++);
    if (a.initiatorKind === 'coordinator') register(coordinator, 'organiser', null, queue++);
    if (a.workForm === 'matchmaking') {
      register(funderContact, 'attendee', null, queue++);
      register(uwvContact, 'attendee', null, queue++);
    }
    // Whoever raised a need that this activity answers is very likely to come.
    for (const need of linkedNeeds ?? []) {
      const person = need.raisedByPersonId === null ? undefined : personById.get(need.raisedByPersonId);
      if (person !== undefined && !taken.has(person.id) && regRng.chance(0.8)) {
        register(person, 'attendee', contactMember.get(person.id)?.profile ?? null, queue++);
      }
    }

    if (cum === undefined || cum.length === 0) continue;
    const capacity = a.capacity ?? regRng.int(25, 45);
    const fill = a.workForm === 'network_meeting' ? 0.45 + regRng.next() * 0.45 : 0.5 + regRng.next() * 0.7;
    const want = Math.min(Math.round(capacity * fill), Math.floor(memberContacts.length * 0.8));
    let attempts = 0;
    while (queue < want && attempts < want * 6) {
      attempts++;
      const idx = sampleCumulative(regRng, cum);
      const contact = idx < 0 ? undefined : memberContacts[idx];
      if (contact === undefined) break;
      if (taken.has(contact.person.id)) continue;
      register(contact.person, 'attendee', contact.member.profile, queue++);
    }
  }

  // --- candidates and placements --------------------------------------------------------------------------------------------
  const candRng = root.fork('candidates');
  // A separate stream for the fields added later (support flags, reasons), so the original stream's values stay as they were.
  const extraRng = root.fork('candidate-extras');
  const candidateTimes: number[] = [];
  for (let i = 0; i < candidateCount; i++)
    candidateTimes.push(windowStart + candRng.next() * (now - DAY - windowStart));
  candidateTimes.sort((x, y) => x - y);
  const matchmakingStarts: { start: number; id: string }[] = drafts
    .filter(
      (d) =>
        d.past && d.row.status === 'held' && (d.row.workForm === 'matchmaking' || d.row.workForm === 'company_visit'),
    )
    .map((d) => ({ start: d.row.startsAt.getTime(), id: d.row.id }));
  const matchmakingTimes = matchmakingStarts.map((m) => m.start);

  const candidates: DemoCandidateRow[] = [];
  const placements: DemoPlacementRow[] = [];
  const seqPerYear = new Map<number, number>();
  for (const createdAt of candidateTimes) {
    const year = new Date(createdAt).getUTCFullYear();
    const seq = (seqPerYear.get(year) ?? 0) + 1;
    seqPerYear.set(year, seq);
    const code = `K-${year}-${String(seq).padStart(4, '0')}`;
    const firstName = candRng.pick(FIRST_NAMES);
    const town = candRng.weighted(region.towns.map((tw, idx) => [tw, idx === 0 ? 3 : 1] as const));
    const hours = candRng.pick([8, 12, 16, 20, 24, 28, 32]);
    const register = candRng.weighted([
      ['yes', 55],
      ['no', 15],
      ['unknown', 30],
    ] as const);
    const candidateId = candRng.uuid();

    let status: string;
    let leftAt: number | null = null;
    let placement: DemoPlacementRow | null = null;
    const startsAt = createdAt + candRng.int(30, 180) * DAY;
    if (candRng.chance(0.42) && startsAt < now - 7 * DAY) {
      const employer = sampleMember(candRng, startsAt);
      if (employer !== null) {
        let endsAt: number | null = null;
        const contractKind = candRng.weighted([
          ['fixed_term', 45],
          ['permanent', 15],
          ['trial_placement', 12],
          ['work_experience', 8],
          ['apprenticeship', 12],
          ['secondment', 8],
        ] as const);
        const mayEnd = startsAt < now - 60 * DAY;
        if (mayEnd && candRng.chance(contractKind === 'trial_placement' ? 0.6 : 0.22)) {
          endsAt = startsAt + (contractKind === 'trial_placement' ? candRng.int(30, 90) : candRng.int(60, 420)) * DAY;
          if (endsAt > now - DAY) endsAt = null;
        }
        let attributionKind: string;
        let attributionId: string | null = null;
        const mmIdx = lowerBound(matchmakingTimes, startsAt) - 1;
        const mm = matchmakingStarts[mmIdx];
        if (mm !== undefined && startsAt - mm.start < 120 * DAY && candRng.chance(0.45)) {
          attributionKind = 'activity';
          attributionId = mm.id;
        } else if (candRng.chance(0.55)) {
          attributionKind = 'partner';
          attributionId = candRng.pick([partner('wsp'), partner('uwv'), partner('gemeente')]).id;
        } else {
          attributionKind = 'coordinator';
        }
        const placementHours = Math.min(32, Math.max(8, hours + candRng.pick([-4, 0, 0, 0, 4])));
        placement = {
          networkId,
          id: candRng.uuid(),
          candidateId,
          organisationId: employer.org.id,
          startsOn: toDateString(startsAt),
          endsOn: endsAt === null ? null : toDateString(endsAt),
          endReason:
            endsAt === null
              ? null
              : candRng.weighted([
                  ['contract_not_renewed', 30],
                  ['mismatch', 20],
                  ['health', 15],
                  ['other_job', 25],
                  ['moved', 10],
                ] as const),
          hoursPerWeek: formatHours(placementHours),
          contractKind,
          jobcoach: extraRng.chance(0.45),
          wageSubsidy: register === 'yes' && extraRng.chance(0.5),
          noRiskPolicy: register === 'yes' && extraRng.chance(0.6),
          attributionKind,
          attributionId,
          createdAt: new Date(startsAt - candRng.int(1, 14) * DAY),
          updatedAt: new Date(endsAt ?? startsAt),
        };
        placements.push(placement);
        if (endsAt === null) status = 'placed';
        else if (candRng.chance(0.5)) status = 'matching';
        else {
          status = 'left';
          leftAt = Math.min(now - DAY, endsAt + candRng.int(7, 60) * DAY);
        }
      } else {
        status = 'matching';
      }
    } else if (createdAt > now - 60 * DAY) {
      status = candRng.weighted([
        ['registered', 60],
        ['introduction', 40],
      ] as const);
    } else {
      status = candRng.weighted([
        ['matching', 60],
        ['left', 25],
        ['introduction', 15],
      ] as const);
      if (status === 'left') leftAt = Math.min(now - DAY, createdAt + candRng.int(90, 400) * DAY);
    }
    // Candidates who left more than a year ago have mostly been erased: the anonymous record stays for the statistics.
    const erasedAt =
      leftAt !== null && leftAt < now - 365 * DAY && candRng.chance(0.7) ? Math.min(now, leftAt + 30 * DAY) : null;
    const erased = erasedAt !== null;
    // Some who left without a placement stopped (gestopt) rather than moved on (uitgestroomd); both carry a reason.
    if (status === 'left' && placement === null && extraRng.chance(0.4)) status = 'stopped';
    const statusReason =
      erased || leftAt === null
        ? null
        : status === 'stopped'
          ? extraRng.pick(['Gezondheid gaat voor', 'Verhuisd buiten de regio', 'Kiest voor een opleiding'])
          : extraRng.pick([
              'Werk gevonden buiten het netwerk',
              'Begeleiding afgerond',
              'Doorverwezen naar dagbesteding',
            ]);
    candidates.push({
      networkId,
      id: candidateId,
      code,
      firstName: erased ? null : firstName,
      email: erased || candRng.chance(0.4) ? null : `${slugify(firstName)}${candRng.int(10, 99)}@mail.example`,
      phone: erased || candRng.chance(0.3) ? null : names.mobile(),
      place: town.name,
      postcodeArea: String(candRng.int(town.postcodes[0], town.postcodes[1])),
      wishes: erased ? null : candRng.pick(WISHES),
      hoursPerWeek: formatHours(hours),
      referredBy: candRng.weighted([
        ['wsp', 35],
        ['gemeente', 25],
        ['uwv', 15],
        ['school', 10],
        ['care_provider', 10],
        ['partner_network', 5],
      ] as const),
      targetGroupRegister: register,
      targetGroupRegisterOn:
        register === 'unknown' ? null : toDateString(Math.min(now - DAY, createdAt + candRng.int(0, 30) * DAY)),
      status,
      statusReason,
      leftOn: leftAt === null ? null : toDateString(leftAt),
      erasedAt: erasedAt === null ? null : new Date(erasedAt),
      createdAt: new Date(createdAt),
      updatedAt: new Date(Math.max(createdAt, erasedAt ?? leftAt ?? placement?.updatedAt.getTime() ?? createdAt)),
    });
  }

  // --- partners, work opportunities, news and mailings ----------------------------------------------------------------------
  // Their own random stream: everything above stays exactly as it was before this part existed.
  const collaboration = generateCollaboration({
    rng: root.fork('collaboration'),
    networkId,
    networkName: network.name,
    now,
    foundedAt,
    partnerOrgs: partners,
    partnerContacts: new Map([
      ['wsp', funderContact],
      ['gemeente', gemeenteContact],
      ['uwv', uwvContact],
      ['roc', rocContact],
      ['jobcoach', jobcoachContact],
    ]),
    members: members.map((m) => ({
      org: m.org,
      status: m.membership.status,
      activeFrom: m.activeFrom,
      activeUntil: m.activeUntil,
      contacts: m.contacts,
    })),
    coreGroup: coreMembers.flatMap((m) => (m.contacts[0] === undefined ? [] : [m.contacts[0]])),
    activities: drafts.map((d) => d.row),
    placementCount: placements.length,
  });

  return {
    ...collaboration,
    network: [network],
    organisations,
    memberships,
    persons,
    roleAssignments,
    needs,
    needSupporters,
    activities: drafts.map((d) => d.row),
    registrations,
    candidates,
    placements,
  };
}

/** Engagement weight of a member at a moment: zero outside its membership, shaped by its profile inside it. */
function engagementAt(member: MemberOrg, time: number): number {
  if (time < member.activeFrom || time >= member.activeUntil) return 0;
  // New members come to a few things in their first months, whatever they do later.
  const honeymoon = time - member.activeFrom < 90 * DAY ? 1.3 : 1;
  switch (member.profile) {
    case 'champion':
      return 3 * honeymoon;
    case 'steady':
      return 1.6 * honeymoon;
    case 'occasional':
      return 0.6 * honeymoon;
    case 'dormant':
      return 0.12 * honeymoon;
    case 'newcomer':
      return 1.2 * honeymoon;
    case 'drifting': {
      if (time < member.driftFrom) return 1.8 * honeymoon;
      const slide = Math.min(1, (time - member.driftFrom) / (180 * DAY));
      return 1.8 - 1.75 * slide;
    }
  }
}

/** Builds names, addresses, numbers and e-mail addresses, keeping the ones that must be unique in a network unique. */
class NameFactory {
  private readonly companyNames = new Set<string>();
  private readonly kvkNumbers = new Set<string>();
  private readonly emails = new Set<string>();

  constructor(private readonly rng: Prng) {}

  companyName(sector: DemoSector, town: DemoTown): string {
    for (let attempt = 0; attempt < 8; attempt++) {
      const name = this.rng
        .pick(sector.patterns)
        .replace('{N2}', this.familyName(false))
        .replace('{N}', this.familyName(true))
        .replace('{W}', this.rng.pick(sector.words))
        .replace('{T}', town.name);
      if (!this.companyNames.has(name)) {
        this.companyNames.add(name);
        return name;
      }
    }
    // Large networks exhaust the combinations: fall back to a branch name, then a number.
    const base = `${this.rng.pick(sector.patterns).replace('{N2}', this.familyName(false)).replace('{N}', this.familyName(true)).replace('{W}', this.rng.pick(sector.words)).replace('{T}', town.name)}`;
    let name = base.includes(town.name) ? base : `${base} ${town.name}`;
    for (let n = 2; this.companyNames.has(name); n++) name = `${base} ${town.name} ${n}`;
    this.companyNames.add(name);
    return name;
  }

  /** "Van der Meulen" at the start of a company name; "Meulen" alone when `withPrefix` is false. */
  private familyName(withPrefix: boolean): string {
    const [prefix, base] = this.rng.pick(LAST_NAMES);
    return withPrefix && prefix !== '' ? `${capitalise(prefix)} ${base}` : base;
  }

  person(domain: string): { name: string; email: string } {
    const first = this.rng.pick(FIRST_NAMES);
    const [prefix, base] = this.rng.pick(LAST_NAMES);
    const name = prefix === '' ? `${first} ${base}` : `${first} ${prefix} ${base}`;
    const local = `${slugify(first)}.${slugify(`${prefix}${base}`).replace(/-/g, '')}`;
    let email = `${local}@${domain}`;
    for (let n = 2; this.emails.has(email); n++) email = `${local}${n}@${domain}`;
    this.emails.add(email);
    return { name, email };
  }

  kvkNumber(): string {
    let kvk: string;
    do kvk = String(this.rng.int(10_000_000, 99_999_999));
    while (this.kvkNumbers.has(kvk));
    this.kvkNumbers.add(kvk);
    return kvk;
  }

  postcode(town: DemoTown): string {
    const digits = this.rng.int(town.postcodes[0], town.postcodes[1]);
    let letters: string;
    // SA, SD and SS are not issued as postcode letters.
    do letters = String.fromCharCode(65 + this.rng.int(0, 25), 65 + this.rng.int(0, 25));
    while (letters === 'SA' || letters === 'SD' || letters === 'SS');
    return `${digits} ${letters}`;
  }

  street(): string {
    const suffix = this.rng.chance(0.1) ? this.rng.pick(['a', 'b', 'c']) : '';
    return `${this.rng.pick(STREETS)} ${this.rng.int(1, 240)}${suffix}`;
  }

  mobile(): string {
    return `06-${this.rng.int(10_000_000, 99_999_999)}`;
  }
}

function sampleCumulative(rng: Prng, cum: Float64Array): number {
  const total = cum[cum.length - 1] ?? 0;
  if (total <= 0) return -1;
  const r = rng.next() * total;
  let lo = 0;
  let hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cum[mid] ?? 0) > r) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** First index whose value is >= x in an ascending list. */
function lowerBound(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function pickDistinct<T>(rng: Prng, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length > 0) {
    const idx = rng.int(0, pool.length - 1);
    out.push(pool[idx] as T);
    pool[idx] = pool[pool.length - 1] as T;
    pool.pop();
  }
  return out;
}

function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`index ${index} out of range`);
  return item;
}

function themeLabelOf(code: string): string {
  return THEMES.find(([c]) => c === code)?.[1] ?? code;
}

function seasonOf(month: number): string {
  return month < 2 || month === 11 ? 'winter' : month < 5 ? 'voorjaar' : month < 8 ? 'zomer' : 'najaar';
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function formatHours(hours: number): string {
  return hours.toFixed(1);
}

function startOfDay(time: number): number {
  return Math.floor(time / DAY) * DAY;
}

/** 'YYYY-MM-DD' of a moment, read in UTC: a date that is off by one around midnight does not matter for demo data. */
function toDateString(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** A wall-clock time in Europe/Amsterdam as a UTC instant (EU summer time: last Sunday of March to last Sunday of October). */
function amsterdamToUtc(year: number, month: number, day: number, hour: number, minute: number): number {
  const lastSunday = (m: number): number => {
    const last = new Date(Date.UTC(year, m + 1, 0));
    return last.getUTCDate() - last.getUTCDay();
  };
  const summer =
    (month > 2 && month < 9) || (month === 2 && day >= lastSunday(2)) || (month === 9 && day < lastSunday(9));
  return Date.UTC(year, month, day, hour - (summer ? 2 : 1), minute);
}
