// Demo generator step: the network's money for the current year and the closed year before it — a budget per year (planned
// amounts per cost item and payer), spending entries up to today, members' contributions in kind (hosting meetings, seconded
// coordinator hours, catering), the contribution tiers, and the year's contribution invoices with a gapless number series,
// as the invoices module would have made them (decision 021): numbered per year of the invoice date in the order they were
// issued, a credit note taking the next number of the same series.
//
// Figures are those of a regional network of some sixty employers: a coordinator of € 40.000–60.000 a year paid mostly by
// the funder's grant and the municipality, meetings and communication paid from the members' contributions, venues often
// hosted by members themselves. Every date is an Amsterdam day on or before today; nothing is in the future.
//
// Pure like the rest of the generator: the clock is ctx.now, randomness comes from the step's own stream.
import { normalisePlan, type BudgetItem, type BudgetPayer } from '../../budget/budget-rules.js';
import {
  addDays,
  amsterdamDateOf,
  amsterdamWallTimeToInstant,
  formatDutchDate,
  todayInAmsterdam,
  type IsoDate,
} from '../../calendar.js';
import { contributionFor, formatInvoiceNumber, SUGGESTED_TIERS } from '../../invoices/invoice-rules.js';
import type {
  DemoActivityRow,
  DemoBudgetLineRow,
  DemoBudgetSpendingRow,
  DemoBudgetYearRow,
  DemoInKindContributionRow,
  DemoInvoiceCounterRow,
  DemoInvoiceRow,
  DemoInvoiceTierRow,
  DemoMembershipYearRow,
  DemoNetworkRow,
} from '../demo-rows.js';
import type { Prng } from '../prng.js';
import type { DemoContext, MemberOrg } from './demo-context.js';

export interface DemoMoney {
  budgetYears: DemoBudgetYearRow[];
  budgetLines: DemoBudgetLineRow[];
  budgetSpending: DemoBudgetSpendingRow[];
  inKindContributions: DemoInKindContributionRow[];
  invoiceTiers: DemoInvoiceTierRow[];
  invoices: DemoInvoiceRow[];
  invoiceCounters: DemoInvoiceCounterRow[];
  /** One per member and invoiced year, carrying only the invoice status (see addInvoices). */
  membershipYears: DemoMembershipYearRow[];
}

const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;

const WORK_FORM_WORDS: Record<string, string> = {
  knowledge_session: 'kennissessie',
  company_visit: 'bedrijfsbezoek',
  peer_review: 'intervisie',
  theme_group: 'themagroep',
  network_meeting: 'netwerkbijeenkomst',
  matchmaking: 'matchmakingsessie',
  training: 'training',
  practice_table: 'praktijktafel',
};

/** Made-up venues; none is a real place. */
const VENUES = [
  'Zaal De Schakel',
  'Zalencentrum Het Anker',
  'Buurthuis De Brug',
  'Het Podium',
  'De Werkplaats',
  'Vergadercentrum De Linde',
  'Wijkcentrum Het Kruispunt',
  'Bibliotheekzaal De Kroon',
];

const CATERERS = ['Lunchroom De Smaak', 'Catering Samen Aan Tafel', 'Broodjeszaak Het Hoekje', 'Koffiebar De Molen'];

/** Hourly value of a seconded coordinator hour, and what a hosted meeting is worth (room, coffee, a lunch). */
const SECONDED_HOUR_CENTS = 7_500;

interface Period {
  year: number;
  from: IsoDate;
  /** The last day with entries: 31 December of a past year, today in the current one. */
  to: IsoDate;
}

export function addMoney(
  ctx: DemoContext,
  deps: { network: DemoNetworkRow; members: readonly MemberOrg[]; activities: readonly DemoActivityRow[] },
): DemoMoney {
  const rng = ctx.root.fork('money');
  const { networkId } = ctx;
  const nowDate = new Date(ctx.now);
  const today = todayInAmsterdam(nowDate);
  const currentYear = Number(today.slice(0, 4));
  const foundedDay = amsterdamDateOf(new Date(ctx.foundedAt));
  const periods: Period[] = [currentYear - 1, currentYear]
    .filter((year) => `${year}-12-31` >= foundedDay)
    .map((year) => {
      const start = `${year}-01-01`;
      const end = year < currentYear ? `${year}-12-31` : today;
      return { year, from: start > foundedDay ? start : foundedDay, to: end };
    });
  /** A moment on an Amsterdam day, never after now (an entry is recorded the day it happens, or later that day). */
  const momentOn = (day: IsoDate, hour = 10): Date => {
    const t = amsterdamWallTimeToInstant(day, hour);
    return t.getTime() > ctx.now ? nowDate : t;
  };

  // --- tiers ----------------------------------------------------------------------------------------------------------------
  const tierCreated = momentOn(periods[0]?.from ?? today, 9);
  const invoiceTiers: DemoInvoiceTierRow[] = SUGGESTED_TIERS.map((tier) => ({
    networkId,
    id: rng.uuid(),
    name: tier.name,
    employeesFrom: tier.employeesFrom,
    employeesTo: tier.employeesTo,
    amountCents: tier.amountCents,
    createdAt: tierCreated,
  }));

  // --- invoices -------------------------------------------------------------------------------------------------------------
  const { invoices, invoiceCounters, incomeByYear, membershipYears } = addInvoices(ctx, rng, {
    network: deps.network,
    members: deps.members,
    periods,
    today,
    currentYear,
    momentOn,
  });

  // --- budgets, spending and gifts in kind ----------------------------------------------------------------------------------
  const memberIds = new Set(deps.members.map((m) => m.org.id));
  const activeMembers = deps.members.filter((m) => m.membership.status === 'active');
  const seconding =
    activeMembers.find((m) => m.profile === 'champion') ?? activeMembers.find((m) => m.profile === 'steady') ?? null;
  const budgetYears: DemoBudgetYearRow[] = [];
  const budgetLines: DemoBudgetLineRow[] = [];
  const budgetSpending: DemoBudgetSpendingRow[] = [];
  const inKindContributions: DemoInKindContributionRow[] = [];

  // The in-person meetings of the last twelve months, hosted by a member or elsewhere.
  const agenda = { hosted: 0, elsewhere: 0 };
  const yearAgo = ctx.now - 365 * 86_400_000;
  for (const activity of deps.activities) {
    const t = activity.startsAt.getTime();
    if (activity.status === 'cancelled' || activity.onlineUrl !== null || t < yearAgo || t > ctx.now) continue;
    if (activity.hostOrganisationId !== null && memberIds.has(activity.hostOrganisationId)) agenda.hosted += 1;
    else agenda.elsewhere += 1;
  }

  for (const period of periods) {
    const { year } = period;
    const closed = year < currentYear;
    const closedDay = `${currentYear}-01-${String(rng.int(20, 31)).padStart(2, '0')}`;
    const budgetYearId = rng.uuid();
    const createdDay = closed || `${year - 1}-12-15` >= foundedDay ? `${year - 1}-12-15` : foundedDay;
    budgetYears.push({
      networkId,
      id: budgetYearId,
      year,
      // The demo network has no saved design versions; its plan follows the design's cost items (coordinator, meetings,
      // communication, secretariat) all the same.
      designVersionNumber: null,
      closedAt: closed && closedDay <= today ? momentOn(closedDay, 16) : null,
      createdAt: momentOn(createdDay),
      updatedAt: momentOn(createdDay),
    });

    // The plan. Amounts in whole hundreds of euros, as a coordinator writes a budget.
    const hundreds = (cents: number) => Math.max(0, Math.round(cents / 10_000) * 10_000);
    const coordinatorCents = rng.int(40, 60) * 100_000;
    const secondedHoursPerMonth = seconding === null ? 0 : rng.int(4, 8);
    const coordinatorInKind = secondedHoursPerMonth * 12 * SECONDED_HOUR_CENTS;
    // Meetings are planned from the agenda of the last twelve months: rooms and catering where no member hosts.
    const venuesCash = hundreds(agenda.elsewhere * 30_000 * (0.9 + rng.next() * 0.3));
    const venuesInKind = hundreds(agenda.hosted * 45_000 * (0.9 + rng.next() * 0.3));
    const communication = rng.int(20, 40) * 10_000;
    const secretariat = rng.int(5, 9) * 100_000;
    const ownCents = rng.chance(0.6) ? rng.int(15, 30) * 10_000 : 0;
    const ownKind = rng.pick(['prize', 'congress'] as const);
    const memberIncome = incomeByYear.get(year) ?? 0;
    const coordinatorFromMembers = Math.min(
      hundreds(Math.max(0, memberIncome - venuesCash - communication)),
      hundreds(coordinatorCents * 0.3),
    );
    const coordinatorRest = coordinatorCents - coordinatorInKind - coordinatorFromMembers;
    const coordinatorFunder = hundreds(coordinatorRest * 0.65);
    const plan = normalisePlan([
      { item: 'coordinator', payer: 'funder_grant', plannedCents: coordinatorFunder },
      { item: 'coordinator', payer: 'municipality', plannedCents: Math.max(0, coordinatorRest - coordinatorFunder) },
      { item: 'coordinator', payer: 'member_contributions', plannedCents: coordinatorFromMembers },
      { item: 'coordinator', payer: 'in_kind', plannedCents: coordinatorInKind },
      { item: 'meetings_venues', payer: 'member_contributions', plannedCents: venuesCash },
      { item: 'meetings_venues', payer: 'in_kind', plannedCents: venuesInKind },
      { item: 'communication_tools', payer: 'member_contributions', plannedCents: communication },
      { item: 'secretariat', payer: 'municipality', plannedCents: secretariat },
      { item: 'own', payer: 'sector_fund', plannedCents: ownCents },
    ]);
    for (const line of plan) budgetLines.push({ networkId, budgetYearId, ...line });

    const spend = (
      day: IsoDate,
      amountCents: number,
      item: BudgetItem,
      payer: BudgetPayer,
      description: string,
      attachmentName: string | null = null,
    ) => {
      if (day < period.from || day > period.to || amountCents <= 0) return;
      const created = momentOn(addDays(day, rng.int(0, 3)) > today ? day : addDays(day, rng.int(0, 3)), 16);
      budgetSpending.push({
        networkId,
        id: rng.uuid(),
        spentOn: day,
        amountCents,
        item,
        payer,
        description,
        attachmentName,
        createdAt: created,
        updatedAt: created,
      });
    };
    const give = (
      organisationId: string,
      day: IsoDate,
      kind: 'hosting' | 'coordinator_hours' | 'catering' | 'other',
      item: BudgetItem,
      valueCents: number,
      description: string,
    ) => {
      if (day < period.from || day > period.to || valueCents <= 0) return;
      const created = momentOn(day, 17);
      inKindContributions.push({
        networkId,
        id: rng.uuid(),
        organisationId,
        givenOn: day,
        kind,
        item,
        valueCents,
        description,
        createdAt: created,
        updatedAt: created,
      });
    };

    // The coordinator's monthly invoice, paid from whichever payer has most of its plan left.
    const coordinatorCash = plan.filter((l) => l.item === 'coordinator' && l.payer !== 'in_kind');
    const left = new Map<BudgetPayer, number>(coordinatorCash.map((l) => [l.payer, l.plannedCents]));
    const dayRate = rng.int(60, 75) * 1_000;
    const cashPerMonth = (coordinatorCents - coordinatorInKind) / 12;
    for (let month = 1; month <= 12; month++) {
      const days = Math.max(1, Math.round(cashPerMonth / dayRate + rng.next() * 1.5 - 0.75));
      const amount = days * dayRate;
      const payer = [...left.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'funder_grant';
      left.set(payer, (left.get(payer) ?? 0) - amount);
      spend(
        `${year}-${pad(month)}-25`,
        amount,
        'coordinator',
        payer,
        `Coördinatie netwerk ${MONTHS[month - 1]} ${year} (${days} dagen)`,
        `factuur-coordinatie-${year}-${pad(month)}.pdf`,
      );
      spend(
        `${year}-${pad(month)}-28`,
        rng.int(8, 14) * 4_500,
        'secretariat',
        'municipality',
        `Ondersteuning secretariaat ${MONTHS[month - 1]}`,
      );
      spend(
        `${year}-${pad(month)}-03`,
        rng.int(29, 49) * 100,
        'communication_tools',
        'member_contributions',
        `Abonnement nieuwsbriefsoftware ${MONTHS[month - 1]}`,
      );
      if (month % 3 === 1) {
        const quarter = (month + 2) / 3;
        spend(
          `${year}-${pad(month)}-05`,
          rng.int(90, 180) * 100,
          'communication_tools',
          'member_contributions',
          `Hosting en onderhoud website, kwartaal ${quarter}`,
        );
      }
      if (month % 3 === 0) {
        const quarter = month / 3;
        spend(
          `${year}-${pad(month)}-${month === 6 || month === 9 ? '30' : '31'}`,
          rng.int(25, 40) * 100,
          'secretariat',
          'municipality',
          `Bankkosten kwartaal ${quarter}`,
        );
        if (seconding !== null && secondedHoursPerMonth > 0) {
          const hours = secondedHoursPerMonth * 3 + rng.int(-2, 2);
          give(
            seconding.org.id,
            `${year}-${pad(month)}-${month === 6 || month === 9 ? '30' : '31'}`,
            'coordinator_hours',
            'coordinator',
            hours * SECONDED_HOUR_CENTS,
            `Gedetacheerde uren coördinatie, kwartaal ${quarter} ${year} (${hours} uur)`,
          );
        }
      }
    }
    spend(
      `${year}-03-${pad(rng.int(4, 20))}`,
      rng.int(45, 90) * 1_000,
      'communication_tools',
      'member_contributions',
      'Drukwerk flyers en roll-up banner',
    );
    spend(
      `${year}-05-${pad(rng.int(6, 24))}`,
      rng.int(65, 120) * 1_000,
      'secretariat',
      'municipality',
      `Boekhouding en jaarrekening ${year - 1}`,
    );
    if (ownCents > 0) {
      spend(
        `${year}-10-${pad(rng.int(5, 25))}`,
        hundreds(ownCents * (0.85 + rng.next() * 0.2)),
        'own',
        'sector_fund',
        ownKind === 'prize'
          ? `Inclusieprijs ${ctx.region.name}: trofee, jury en uitreiking`
          : 'Jaarcongres inclusief werkgeven: locatie en sprekers',
      );
    }

    // Meetings: a member's own premises are a gift in kind; elsewhere the network rents a room and orders catering.
    for (const activity of deps.activities) {
      if (activity.status !== 'held' || activity.onlineUrl !== null) continue;
      const day = amsterdamDateOf(activity.startsAt);
      if (day < period.from || day > period.to) continue;
      const what = `${WORK_FORM_WORDS[activity.workForm] ?? 'bijeenkomst'} ${MONTHS[Number(day.slice(5, 7)) - 1]}`;
      const host = activity.hostOrganisationId;
      if (host !== null && memberIds.has(host)) {
        give(host, day, 'hosting', 'meetings_venues', rng.int(20, 50) * 1_000, `Gastheerschap: ${activity.title}`);
        if (rng.chance(0.4))
          give(host, day, 'catering', 'meetings_venues', rng.int(10, 30) * 1_000, `Lunch en koffie, ${what}`);
        continue;
      }
      if (rng.chance(0.75)) {
        const venue = rng.pick(VENUES);
        spend(day, rng.int(12, 35) * 1_000, 'meetings_venues', 'member_contributions', `Huur ${venue}, ${what}`);
      }
      if (rng.chance(0.6)) {
        const caterer = rng.pick(CATERERS);
        const meal = activity.startsAt.getUTCHours() < 10 ? 'Catering werkontbijt' : 'Catering';
        spend(day, rng.int(8, 30) * 1_000, 'meetings_venues', 'member_contributions', `${meal} ${what} (${caterer})`);
      }
    }
  }

  return {
    budgetYears,
    budgetLines,
    budgetSpending,
    inKindContributions,
    invoiceTiers,
    invoices,
    invoiceCounters,
    membershipYears,
  };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

interface InvoiceDraft {
  id: string;
  member: MemberOrg;
  contributionYear: number;
  amountCents: number;
  issuedOn: IsoDate;
  /** Issued in one run (the bulk) keep the order of that run: by member name. */
  order: number;
  creditOf: InvoiceDraft | null;
  creditReason: string | null;
  status: string;
  paidOn: IsoDate | null;
  reminderCount: number;
  remindedOn: IsoDate | null;
  writtenOffOn: IsoDate | null;
}

/**
 * The contribution invoices of each period's year, as "Facturen aanmaken" would have made them in January (members then in
 * the network, in name order) plus one for each member who joined later; what each member owes follows the invoices
 * module's own rule (the membership's yearly amount, else its tier). Also makes each membership's invoice status agree with
 * its invoice of the current year, so the members list and the invoices list tell the same story.
 */
function addInvoices(
  ctx: DemoContext,
  rng: Prng,
  deps: {
    network: DemoNetworkRow;
    members: readonly MemberOrg[];
    periods: readonly Period[];
    today: IsoDate;
    currentYear: number;
    momentOn: (day: IsoDate, hour?: number) => Date;
  },
): {
  invoices: DemoInvoiceRow[];
  invoiceCounters: DemoInvoiceCounterRow[];
  incomeByYear: Map<number, number>;
  membershipYears: DemoMembershipYearRow[];
} {
  const { today, currentYear, momentOn } = deps;
  const byName = [...deps.members].sort((a, b) =>
    a.org.name < b.org.name ? -1 : a.org.name > b.org.name ? 1 : a.org.id < b.org.id ? -1 : 1,
  );
  const drafts: InvoiceDraft[] = [];
  const owed = (m: MemberOrg) =>
    contributionFor({
      yearCents: null,
      perYearCents: m.membership.contributionCentsPerYear,
      sizeClass: m.org.sizeClass,
      tiers: SUGGESTED_TIERS,
    })?.cents ?? null;
  const memberOn = (m: MemberOrg, day: IsoDate) =>
    m.membership.joinedOn !== null &&
    m.membership.joinedOn <= day &&
    (m.membership.endedOn === null || m.membership.endedOn > day);

  for (const period of deps.periods) {
    const { year } = period;
    let bulkDay = `${year}-01-${pad(rng.int(12, 24))}`;
    if (bulkDay > today) bulkDay = today;
    if (bulkDay < period.from) bulkDay = period.from;
    const draft = (member: MemberOrg, issuedOn: IsoDate, order: number) => {
      const amountCents = owed(member);
      if (amountCents === null) return;
      drafts.push({
        id: rng.uuid(),
        member,
        contributionYear: year,
        amountCents,
        issuedOn,
        order,
        creditOf: null,
        creditReason: null,
        status: 'sent',
        paidOn: null,
        reminderCount: 0,
        remindedOn: null,
        writtenOffOn: null,
      });
    };
    byName.forEach((member, index) => {
      if (memberOn(member, bulkDay)) {
        draft(member, bulkDay, index);
        return;
      }
      const joined = member.membership.joinedOn;
      if (joined === null || joined <= bulkDay || joined > `${year}-12-31`) return;
      const issuedOn = addDays(joined, rng.int(3, 14));
      if (issuedOn <= period.to && memberOn(member, issuedOn)) draft(member, issuedOn, index);
    });
  }

  // What became of each invoice by today.
  for (const d of drafts) {
    const dueOn = addDays(d.issuedOn, 30);
    const pays = rng.weighted([
      ['soon', 70],
      ['late', 22],
      ['never', 8],
    ] as const);
    const payDay = pays === 'never' ? null : addDays(d.issuedOn, pays === 'soon' ? rng.int(5, 30) : rng.int(31, 80));
    if (d.contributionYear < currentYear) {
      // Last year's invoices are settled: paid, now and then written off.
      if (payDay === null && rng.chance(0.5)) {
        d.status = 'written_off';
        d.reminderCount = 2;
        d.remindedOn = addDays(dueOn, 35) <= today ? addDays(dueOn, 35) : null;
        const off = addDays(d.issuedOn, rng.int(150, 240));
        d.writtenOffOn = off <= today ? off : today;
      } else {
        d.status = 'paid';
        const paid = payDay ?? addDays(d.issuedOn, rng.int(81, 120));
        d.paidOn = paid <= today ? paid : today;
        if (d.paidOn > addDays(dueOn, 7)) {
          d.reminderCount = 1;
          d.remindedOn = addDays(dueOn, 7);
        }
      }
      continue;
    }
    if (payDay !== null && payDay <= today) {
      d.status = 'paid';
      d.paidOn = payDay;
      if (payDay > addDays(dueOn, 7)) {
        d.reminderCount = 1;
        d.remindedOn = addDays(dueOn, 7);
      }
    } else if (addDays(dueOn, 7) <= today) {
      d.status = 'reminded';
      d.reminderCount = addDays(dueOn, 35) <= today ? 2 : 1;
      d.remindedOn = addDays(dueOn, d.reminderCount === 2 ? 35 : 7);
    }
  }

  // One credit note: a member that left during the year gets this year's contribution back (or no longer owes it).
  const leaver = drafts.find(
    (d) =>
      d.contributionYear === currentYear &&
      d.member.membership.status === 'ended' &&
      d.member.membership.endedOn !== null &&
      d.member.membership.endedOn > d.issuedOn,
  );
  if (leaver !== undefined && leaver.member.membership.endedOn !== null) {
    const endedOn = leaver.member.membership.endedOn;
    let issuedOn = addDays(endedOn, rng.int(2, 10));
    if (issuedOn > today) issuedOn = today;
    if (issuedOn <= leaver.issuedOn) issuedOn = addDays(leaver.issuedOn, 1);
    if (issuedOn <= today) {
      leaver.status = 'credited';
      drafts.push({
        id: rng.uuid(),
        member: leaver.member,
        contributionYear: leaver.contributionYear,
        amountCents: -leaver.amountCents,
        issuedOn,
        order: 0,
        creditOf: leaver,
        creditReason: `lidmaatschap beëindigd per ${formatDutchDate(endedOn)}`,
        status: 'sent',
        paidOn: null,
        reminderCount: 0,
        remindedOn: null,
        writtenOffOn: null,
      });
    }
  }

  // Numbers: per year of the invoice date, in the order the invoices were made (decision 021).
  const indexed = drafts.map((d, i) => ({ d, i }));
  indexed.sort((a, b) =>
    a.d.issuedOn !== b.d.issuedOn ? (a.d.issuedOn < b.d.issuedOn ? -1 : 1) : a.d.order - b.d.order || a.i - b.i,
  );
  const lastNumber = new Map<number, number>();
  const numberOf = new Map<InvoiceDraft, { year: number; sequence: number; number: string }>();
  for (const { d } of indexed) {
    const year = Number(d.issuedOn.slice(0, 4));
    const sequence = (lastNumber.get(year) ?? 0) + 1;
    lastNumber.set(year, sequence);
    numberOf.set(d, { year, sequence, number: formatInvoiceNumber(year, sequence) });
  }

  const networkName = deps.network.name;
  const invoices: DemoInvoiceRow[] = indexed.map(({ d }) => {
    const { year, sequence, number } = numberOf.get(d)!;
    const org = d.member.org;
    const place = [org.postcode, org.city].filter(Boolean).join('  ');
    const address = [org.street, place].filter((l): l is string => !!l && l.trim() !== '');
    const credit = d.creditOf === null ? null : numberOf.get(d.creditOf)!;
    const created = momentOn(d.issuedOn, 9);
    const lastStep = [d.paidOn, d.remindedOn, d.writtenOffOn]
      .filter((x): x is string => x !== null)
      .sort()
      .pop();
    return {
      networkId: ctx.networkId,
      id: d.id,
      year,
      sequence,
      number,
      kind: d.creditOf === null ? 'invoice' : 'credit_note',
      status: d.status,
      organisationId: org.id,
      contributionYear: d.contributionYear,
      creditOfId: d.creditOf?.id ?? null,
      amountCents: d.amountCents,
      // The same words as the invoices module writes.
      description:
        credit === null
          ? `Contributie ${d.contributionYear} — ${networkName}`
          : `Creditnota voor factuur ${credit.number}: ${d.creditReason ?? ''}`,
      issuedOn: d.issuedOn,
      dueOn: d.creditOf === null ? addDays(d.issuedOn, 30) : d.issuedOn,
      paidOn: d.paidOn,
      remindedAt: d.remindedOn === null ? null : momentOn(d.remindedOn, 11),
      reminderCount: d.reminderCount,
      writtenOffAt: d.writtenOffOn === null ? null : momentOn(d.writtenOffOn, 14),
      sellerName: networkName,
      sellerKvk: deps.network.kvkNumber,
      sellerAddress: deps.network.invoiceAddress,
      sellerIban: deps.network.iban,
      buyerName: org.name,
      buyerAddress: address.length > 0 ? address.join('\n') : null,
      createdAt: created,
      updatedAt: lastStep === undefined ? created : momentOn(lastStep, 15),
    };
  });

  const invoiceCounters: DemoInvoiceCounterRow[] = [...lastNumber.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([year, last]) => ({ networkId: ctx.networkId, year, lastNumber: last }));

  // Income per contribution year: what was invoiced and not credited or written off.
  const incomeByYear = new Map<number, number>();
  for (const row of invoices) {
    if (row.status === 'written_off') continue;
    incomeByYear.set(row.contributionYear, (incomeByYear.get(row.contributionYear) ?? 0) + row.amountCents);
  }

  // The invoice status kept beside the invoices — the membership's own (to invoice / invoiced / paid) for the current year,
  // and the membership year's for each invoiced year — follows the invoice, so the members list and the invoices list tell
  // the same story. A membership year carries nothing else: amounts and ambitions fall back to the membership's.
  const statusOf = (row: DemoInvoiceRow): string | null =>
    row.status === 'paid' ? 'paid' : row.status === 'sent' || row.status === 'reminded' ? 'invoiced' : null;
  const current = new Map<string, DemoInvoiceRow>();
  const membershipYears: DemoMembershipYearRow[] = [];
  const membershipOf = new Map(deps.members.map((m) => [m.org.id, m]));
  for (const row of invoices) {
    if (row.kind !== 'invoice') continue;
    if (row.contributionYear === currentYear) current.set(row.organisationId, row);
    const member = membershipOf.get(row.organisationId)!;
    membershipYears.push({
      networkId: ctx.networkId,
      id: rng.uuid(),
      membershipId: member.membership.id,
      year: row.contributionYear,
      contributionCents: null,
      contributionInKind: null,
      invoiceStatus: statusOf(row),
      ambitionJobs: null,
      realisedJobs: null,
      updatedAt: row.updatedAt,
    });
  }
  for (const m of deps.members) {
    const row = current.get(m.org.id);
    const invoiced = m.membership.status === 'active' || m.membership.status === 'admitted';
    m.membership.invoiceStatus =
      row === undefined ? (invoiced && owed(m) !== null ? 'to_invoice' : null) : statusOf(row);
  }

  return { invoices, invoiceCounters, incomeByYear, membershipYears };
}
