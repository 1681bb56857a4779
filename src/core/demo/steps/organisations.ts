// Demo generator step: the member employers with their memberships (uneven engagement profiles, ambassadors who brought
// others in), and the region's funder, public parties and partners as organisations of their own kinds.
import { IN_KIND, SECTORS, type DemoTown } from '../demo-word-lists.js';
import type { DemoEntryCondition, DemoMembershipRow, DemoOrganisationRow } from '../demo-rows.js';
import type { Prng } from '../prng.js';
import { slugify } from '../../text/slug.js';
import type { DemoContext, MemberOrg, PartnerLookup, Profile } from './demo-context.js';
import { at, DAY, toDateString } from './demo-helpers.js';

const SECTOR_WEIGHTS = SECTORS.map((s) => [s, s.weight] as const);

export interface DemoOrganisations {
  organisations: DemoOrganisationRow[];
  memberships: DemoMembershipRow[];
  members: MemberOrg[];
  partners: Map<string, DemoOrganisationRow>;
  partner: PartnerLookup;
}

export function addOrganisations(ctx: DemoContext): DemoOrganisations {
  // Members and partners draw from one stream, members first.
  const orgRng = ctx.root.fork('organisations');
  const organisations: DemoOrganisationRow[] = [];
  const memberships: DemoMembershipRow[] = [];
  const members = addMembers(ctx, orgRng, organisations, memberships);
  linkReferrals(ctx, members);
  const partners = addPartners(ctx, orgRng, organisations);
  const partner = (key: string): DemoOrganisationRow => {
    const org = partners.get(key);
    if (org === undefined) throw new Error(`unknown partner ${key}`);
    return org;
  };
  return { organisations, memberships, members, partners, partner };
}

function addMembers(
  ctx: DemoContext,
  orgRng: Prng,
  organisations: DemoOrganisationRow[],
  memberships: DemoMembershipRow[],
): MemberOrg[] {
  const { names, networkId, region, now, windowStart, foundedAt, memberCount } = ctx;
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
  return members;
}

function linkReferrals(ctx: DemoContext, members: readonly MemberOrg[]): void {
  const { root, foundedAt } = ctx;
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
}

function addPartners(
  ctx: DemoContext,
  orgRng: Prng,
  organisations: DemoOrganisationRow[],
): Map<string, DemoOrganisationRow> {
  const { names, networkId, region, foundedAt } = ctx;
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
  return partners;
}
