// Generates one complete, made-up inclusive employer network (members, contacts, roles, two years of agenda with attendance,
// needs, candidates and placements; partners, work opportunities, news and mailings in generate-collaboration.ts; a year of
// budget, spending and contribution invoices in steps/money.ts) from a seed. Used by `netwerkregie demo` and by the
// benchmarks (many networks at larger sizes), so it is pure (no clock, no I/O, no Math.random) and linear in the number of
// rows it returns.
//
// Rows use the Drizzle property names of the tables in src/server/platform/db/schema (see demo-rows.ts), so the loader can
// insert them as they are. Engagement is deliberately uneven — champions, steady members, occasional visitors, members
// drifting away and dormant ones — because the steering dashboard computes turnout, ownership and drift from exactly this data.
//
// The work is done in steps (steps/*.ts), called here in order. Each step forks its own named random stream from the root, and
// the steps share one name factory, so calling them in this order keeps the output the same for a seed.
import { composeIBAN } from 'ibantools';
import { REGIONS, type DemoRegion } from './demo-word-lists.js';
import type {
  DemoActivityRow,
  DemoCandidateRow,
  DemoMembershipRow,
  DemoNeedRow,
  DemoNeedSupporterRow,
  DemoNetworkRow,
  DemoOrganisationRow,
  DemoPersonRow,
  DemoPlacementRow,
  DemoRegistrationRow,
  DemoRoleAssignmentRow,
} from './demo-rows.js';
import { generateCollaboration, type DemoCollaboration } from './generate-collaboration.js';
import { combineSeeds, createPrng } from './prng.js';
import { addActivities } from './steps/activities.js';
import { addCandidateVoice, type DemoCandidateVoice } from './steps/candidate-voice.js';
import { addCandidatesAndPlacements } from './steps/candidates.js';
import type { DemoContext } from './steps/demo-context.js';
import { at, DAY, startOfDay } from './steps/demo-helpers.js';
import { measureEngagement } from './steps/engagement.js';
import { NameFactory } from './steps/name-factory.js';
import { addMoney, type DemoMoney } from './steps/money.js';
import { addNeeds, addNeedSupporters } from './steps/needs.js';
import { addOrganisations } from './steps/organisations.js';
import { addPeople } from './steps/people.js';
import { addRegistrations } from './steps/registrations.js';

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

export interface DemoNetworkData extends DemoCollaboration, DemoMoney, DemoCandidateVoice {
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

export function generateDemoNetwork(options: GenerateDemoOptions): DemoNetworkData {
  const { ctx, network } = startNetwork(options);
  const { organisations, memberships, members, partners, partner } = addOrganisations(ctx);
  const people = addPeople(ctx, members, partner);
  const engagement = measureEngagement(ctx, members);
  const drafts = addActivities(ctx, { engagement, partner, themeGroups: people.themeGroups });
  const { needs, needsByActivity } = addNeeds(ctx, drafts, engagement);
  const needSupporters = addNeedSupporters(ctx, needs, engagement);
  const registrations = addRegistrations(ctx, {
    drafts,
    engagement,
    needsByActivity,
    persons: people.persons,
    keyPeople: people,
  });
  const { candidates, placements } = addCandidatesAndPlacements(ctx, { drafts, engagement, partner });

  // --- partners, work opportunities, news and mailings ----------------------------------------------------------------------
  // Their own random stream: everything above stays exactly as it was before this part existed.
  const collaboration = generateCollaboration({
    rng: ctx.root.fork('collaboration'),
    networkId: ctx.networkId,
    networkName: network.name,
    now: ctx.now,
    foundedAt: ctx.foundedAt,
    partnerOrgs: partners,
    partnerContacts: new Map([
      ['wsp', people.funderContact],
      ['gemeente', people.gemeenteContact],
      ['uwv', people.uwvContact],
      ['roc', people.rocContact],
      ['jobcoach', people.jobcoachContact],
    ]),
    members: members.map((m) => ({
      org: m.org,
      status: m.membership.status,
      activeFrom: m.activeFrom,
      activeUntil: m.activeUntil,
      contacts: m.contacts,
    })),
    coreGroup: people.coreMembers.flatMap((m) => (m.contacts[0] === undefined ? [] : [m.contacts[0]])),
    activities: drafts.map((d) => d.row),
    placementCount: placements.length,
  });

  // --- budget, spending, in-kind contributions, tiers and invoices -------------------------------------------------------------
  // Its own random stream too, and last: it only reads what the steps above made (and brings each membership's invoice
  // status in line with the invoices).
  const money = addMoney(ctx, { network, members, activities: drafts.map((d) => d.row) });

  // --- the candidates' voice: check-in answers, candidates at matchmaking meetings, the ervaringsdeskundige's advice ------
  // Its own random stream, after everything else: it only reads what the steps above made.
  const voice = addCandidateVoice(ctx, {
    candidates,
    placements,
    activities: drafts.map((d) => d.row),
    persons: people.persons,
  });

  return {
    ...collaboration,
    ...money,
    ...voice,
    network: [network],
    organisations,
    memberships,
    persons: people.persons,
    roleAssignments: people.roleAssignments,
    needs,
    needSupporters,
    activities: drafts.map((d) => d.row),
    registrations,
    candidates,
    placements,
  };
}

/** Settles the options, draws the founding moment and the network's id on the root stream, and makes the network row. */
function startNetwork(options: GenerateDemoOptions): { ctx: DemoContext; network: DemoNetworkRow } {
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
    ...invoiceDetailsOf(networkId, region),
    phase: now - foundedAt > 2 * 365 * DAY ? 'volwassen' : 'opstart',
    settings: { demo: true, demoSeed: options.seed, demoNetworkIndex: networkIndex },
    createdAt: new Date(foundedAt),
    updatedAt: new Date(foundedAt),
  };

  const names = new NameFactory(root.fork('names'));
  const ctx: DemoContext = {
    root,
    names,
    networkId,
    slug,
    region,
    now,
    windowStart,
    foundedAt,
    memberCount,
    contactsPerMember,
    activitiesPerMonth,
    candidateCount,
    years,
    capacityFactor,
  };
  return { ctx, network };
}

/**
 * The network's own details for its invoices, derived from its id so that no draw of the random streams moves (everything
 * generated after the network stays as it was). The bank code "DEMO" exists nowhere: the IBAN passes the check digits but
 * can never be a real account.
 */
function invoiceDetailsOf(
  networkId: string,
  region: DemoRegion,
): Pick<DemoNetworkRow, 'kvkNumber' | 'invoiceAddress' | 'iban'> {
  const digits = BigInt(`0x${networkId.replace(/-/g, '')}`)
    .toString()
    .padStart(20, '0');
  const town = at(region.towns, Number(digits.slice(0, 2)) % region.towns.length);
  const [low, high] = town.postcodes;
  const postcode = low + (Number(digits.slice(2, 6)) % (high - low + 1));
  const letters = String.fromCharCode(65 + (Number(digits.slice(6, 8)) % 26), 65 + (Number(digits.slice(8, 10)) % 26));
  return {
    kvkNumber: String(10_000_000 + (Number(digits.slice(10, 18)) % 90_000_000)),
    invoiceAddress: `Postbus ${100 + ((Number(digits.slice(18, 20)) * 37) % 9_900)}, ${postcode} ${letters} ${town.name}`,
    iban: composeIBAN({ countryCode: 'NL', bban: `DEMO${digits.slice(-10)}` }) ?? '',
  };
}
