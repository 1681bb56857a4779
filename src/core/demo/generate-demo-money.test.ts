import { describe, expect, it } from 'vitest';
import { summariseBudget, type BudgetItem, type BudgetPayer } from '../budget/budget-rules.js';
import { todayInAmsterdam } from '../calendar.js';
import { formatInvoiceNumber, GUIDE_RANGE_CENTS } from '../invoices/invoice-rules.js';
import { isValidIban, isValidKvk, isValidPostcode } from '../organisations/dutch-checks.js';
import { generateDemoNetwork, type DemoNetworkData } from './generate-demo.js';
import { SCALES } from './scales.js';

const moments = [
  new Date('2026-03-15T10:00:00Z'),
  new Date('2026-12-07T00:30:00Z'),
  // Just after midnight on 1 January in Amsterdam (still 31 December in UTC): the new year has only begun.
  new Date('2026-12-31T23:30:00Z'),
];

function eachDemo(): { now: Date; today: string; data: DemoNetworkData }[] {
  return moments.map((now) => ({ now, today: todayInAmsterdam(now), data: generateDemoNetwork({ seed: 1, now }) }));
}

const demos = eachDemo();

describe('the demo network’s money', () => {
  it('has a budget for the current year and the closed year before, whose totals add up', () => {
    for (const { today, data } of demos) {
      const currentYear = Number(today.slice(0, 4));
      expect(data.budgetYears.map((y) => y.year)).toEqual([currentYear - 1, currentYear]);
      for (const budgetYear of data.budgetYears) {
        const plan = data.budgetLines
          .filter((l) => l.budgetYearId === budgetYear.id)
          .map((l) => ({ ...l, item: l.item as BudgetItem, payer: l.payer as BudgetPayer }));
        const inYear = (day: string) => day.startsWith(`${budgetYear.year}-`);
        const spending = data.budgetSpending
          .filter((s) => inYear(s.spentOn))
          .map((s) => ({ ...s, item: s.item as BudgetItem, payer: s.payer as BudgetPayer }));
        const inKind = data.inKindContributions
          .filter((g) => inYear(g.givenOn))
          .map((g) => ({ ...g, item: g.item as BudgetItem }));
        const summary = summariseBudget({ year: budgetYear.year, today, plan, spending, inKind });

        const planned = plan.reduce((sum, l) => sum + l.plannedCents, 0);
        const spent =
          spending.reduce((sum, s) => sum + s.amountCents, 0) + inKind.reduce((s, g) => s + g.valueCents, 0);
        expect(summary.total.plannedCents).toBe(planned);
        expect(summary.total.actualCents).toBe(spent);
        expect(summary.payers.reduce((s, p) => s + p.plannedCents, 0)).toBe(planned);
        expect(summary.payers.reduce((s, p) => s + p.actualCents, 0)).toBe(spent);

        // Realistic figures: a coordinator of € 40.000–60.000, venues and communication of a few thousand.
        const coordinator = summary.items.find((i) => i.item === 'coordinator')!;
        expect(coordinator.plannedCents).toBeGreaterThanOrEqual(4_000_000);
        expect(coordinator.plannedCents).toBeLessThanOrEqual(6_000_000);
        for (const item of ['meetings_venues', 'communication_tools', 'secretariat'] as const) {
          const figures = summary.items.find((i) => i.item === item)!;
          expect(figures.plannedCents, item).toBeGreaterThan(100_000);
          expect(figures.plannedCents, item).toBeLessThan(2_500_000);
        }
        // Paid by several parties: members, in kind, the funder and the municipality.
        const payers = new Set(plan.map((l) => l.payer));
        for (const payer of ['member_contributions', 'in_kind', 'funder_grant', 'municipality'] as const)
          expect(payers.has(payer), payer).toBe(true);

        if (budgetYear.year < currentYear) {
          // A whole year has passed: spending lands near the plan (neither empty nor far over).
          expect(spent / planned).toBeGreaterThan(0.6);
          expect(spent / planned).toBeLessThan(1.3);
          expect(
            budgetYear.closedAt === null || budgetYear.closedAt.getTime() <= Date.parse(`${today}T23:59:59Z`),
          ).toBe(true);
        } else {
          expect(budgetYear.closedAt).toBeNull();
        }
      }
    }
  });

  it('books spending and gifts in kind on past Amsterdam days only, with Dutch descriptions', () => {
    for (const { now, today, data } of demos) {
      expect(data.budgetSpending.length).toBeGreaterThan(0);
      for (const s of data.budgetSpending) {
        expect(s.spentOn <= today, `${s.spentOn} after ${today}`).toBe(true);
        expect(s.amountCents).toBeGreaterThan(0);
        expect(Number.isInteger(s.amountCents)).toBe(true);
        expect(s.createdAt.getTime()).toBeLessThanOrEqual(now.getTime());
      }
      for (const g of data.inKindContributions) {
        expect(g.givenOn <= today).toBe(true);
        expect(g.valueCents).toBeGreaterThan(0);
      }
      const descriptions = data.budgetSpending.map((s) => s.description).join('\n');
      expect(descriptions).toMatch(/Coördinatie netwerk/);
    }
    const december = demos[1]!.data;
    expect(december.budgetSpending.map((s) => s.description).join('\n')).toMatch(/^Huur .*, .* \w+$/m);
    expect(new Set(december.inKindContributions.map((g) => g.kind))).toEqual(
      new Set(['hosting', 'coordinator_hours', 'catering']),
    );
    const members = new Set(december.memberships.map((m) => m.organisationId));
    for (const g of december.inKindContributions) expect(members.has(g.organisationId)).toBe(true);
  });

  it('prints the network’s KvK number, a Postbus address and an IBAN at the invented bank DEMO on its invoices', () => {
    for (let networkIndex = 0; networkIndex < 12; networkIndex++) {
      const data = generateDemoNetwork({ seed: 1, now: moments[0]!, networkIndex });
      const [net] = data.network;
      expect(isValidKvk(net!.kvkNumber)).toBe(true);
      expect(isValidIban(net!.iban)).toBe(true);
      expect(net!.iban).toMatch(/^NL\d\dDEMO\d{10}$/);
      const [, postcode] = /^Postbus \d+, (\d{4} [A-Z]{2}) \S/.exec(net!.invoiceAddress) ?? [];
      expect(isValidPostcode(postcode ?? '')).toBe(true);
      for (const invoice of data.invoices) {
        expect(invoice).toMatchObject({
          sellerKvk: net!.kvkNumber,
          sellerAddress: net!.invoiceAddress,
          sellerIban: net!.iban,
        });
      }
    }
  });

  it('numbers every invoice of a year consecutively, without gaps, in the order of issue, as the counter says', () => {
    for (const { data } of demos) {
      const years = new Set(data.invoices.map((i) => i.year));
      expect(data.invoiceCounters.map((c) => c.year).sort()).toEqual([...years].sort());
      for (const year of years) {
        const ofYear = data.invoices.filter((i) => i.year === year).sort((a, b) => a.sequence - b.sequence);
        expect(ofYear.map((i) => i.sequence)).toEqual(ofYear.map((_, n) => n + 1));
        for (const i of ofYear) {
          expect(i.number).toBe(formatInvoiceNumber(year, i.sequence));
          expect(i.issuedOn.startsWith(`${year}-`)).toBe(true);
        }
        const issued = ofYear.map((i) => i.issuedOn);
        expect(issued).toEqual([...issued].sort());
        expect(data.invoiceCounters.find((c) => c.year === year)?.lastNumber).toBe(ofYear.length);
      }
    }
  });

  it('has a realistic mix of invoices: most paid on past days, some sent, reminders, one credit note', () => {
    for (const { now, today, data } of demos) {
      const currentYear = Number(today.slice(0, 4));
      for (const i of data.invoices) {
        expect(i.issuedOn <= today).toBe(true);
        expect(i.dueOn >= i.issuedOn).toBe(true);
        expect(i.createdAt.getTime()).toBeLessThanOrEqual(now.getTime());
        if (i.status === 'paid') {
          expect(i.paidOn).not.toBeNull();
          expect(i.paidOn! <= today, `paid ${i.paidOn} after ${today}`).toBe(true);
          expect(i.paidOn! >= i.issuedOn).toBe(true);
        }
        if (i.remindedAt !== null) expect(i.remindedAt.getTime()).toBeLessThanOrEqual(now.getTime());
        if (i.status === 'reminded') expect(i.reminderCount).toBeGreaterThan(0);
        if (i.kind === 'invoice') {
          expect(i.amountCents).toBeGreaterThanOrEqual(GUIDE_RANGE_CENTS.min);
          expect(i.amountCents).toBeLessThanOrEqual(GUIDE_RANGE_CENTS.max);
        }
      }
      // One contribution invoice per member and year.
      const keys = data.invoices
        .filter((i) => i.kind === 'invoice')
        .map((i) => `${i.organisationId}:${i.contributionYear}`);
      expect(new Set(keys).size).toBe(keys.length);
      const current = data.invoices.filter((i) => i.contributionYear === currentYear && i.kind === 'invoice');
      expect(current.length).toBeGreaterThan(30);
      // On 1 January the year's invoices have just gone out; by March most are paid.
      if (today >= `${currentYear}-03-01`)
        expect(current.filter((i) => i.status === 'paid').length / current.length).toBeGreaterThan(0.5);
      else expect(current.every((i) => i.status === 'sent')).toBe(true);
    }

    const december = demos[1]!.data;
    const statuses = new Set(december.invoices.map((i) => i.status));
    for (const status of ['paid', 'reminded', 'credited']) expect(statuses.has(status), status).toBe(true);
    const notes = december.invoices.filter((i) => i.kind === 'credit_note');
    expect(notes).toHaveLength(1);
    const original = december.invoices.find((i) => i.id === notes[0]!.creditOfId)!;
    expect(original.status).toBe('credited');
    expect(notes[0]!.amountCents).toBe(-original.amountCents);
    expect(notes[0]!.description).toContain(original.number);
    expect(notes[0]!.sequence).toBeGreaterThan(original.sequence);
  });

  it('gives tiers within the guide’s € 50 – € 250, and membership invoice statuses that match the invoices', () => {
    for (const { today, data } of demos) {
      expect(data.invoiceTiers.length).toBeGreaterThanOrEqual(3);
      for (const t of data.invoiceTiers) {
        expect(t.amountCents).toBeGreaterThanOrEqual(GUIDE_RANGE_CENTS.min);
        expect(t.amountCents).toBeLessThanOrEqual(GUIDE_RANGE_CENTS.max);
      }
      const currentYear = Number(today.slice(0, 4));
      const byOrg = new Map(
        data.invoices
          .filter((i) => i.kind === 'invoice' && i.contributionYear === currentYear)
          .map((i) => [i.organisationId, i]),
      );
      for (const m of data.memberships) {
        const invoice = byOrg.get(m.organisationId);
        if (invoice === undefined) {
          expect(['to_invoice', null]).toContain(m.invoiceStatus);
          continue;
        }
        const expected =
          invoice.status === 'paid'
            ? 'paid'
            : invoice.status === 'sent' || invoice.status === 'reminded'
              ? 'invoiced'
              : null;
        expect(m.invoiceStatus).toBe(expected);
      }
      // The membership years say the same as the invoices, for every invoiced year.
      const membershipOf = new Map(data.memberships.map((m) => [m.id, m.organisationId]));
      const invoiceOf = new Map(
        data.invoices.filter((i) => i.kind === 'invoice').map((i) => [`${i.organisationId}:${i.contributionYear}`, i]),
      );
      expect(data.membershipYears).toHaveLength(invoiceOf.size);
      for (const y of data.membershipYears) {
        const invoice = invoiceOf.get(`${membershipOf.get(y.membershipId)}:${y.year}`)!;
        expect(invoice).toBeDefined();
        const expected =
          invoice.status === 'paid' ? 'paid' : ['sent', 'reminded'].includes(invoice.status) ? 'invoiced' : null;
        expect(y.invoiceStatus).toBe(expected);
        expect([y.contributionCents, y.ambitionJobs, y.realisedJobs]).toEqual([null, null, null]);
      }
    }
  });

  it('stays correct at the benchmark sizes and for a young network', () => {
    const now = moments[0]!;
    const large = generateDemoNetwork({ ...SCALES.large.sizes, seed: 3, now, networkIndex: 7 });
    expect(large.invoices.length).toBeGreaterThan(50);
    for (const year of new Set(large.invoices.map((i) => i.year))) {
      const seq = large.invoices
        .filter((i) => i.year === year)
        .map((i) => i.sequence)
        .sort((a, b) => a - b);
      expect(seq).toEqual(seq.map((_, n) => n + 1));
    }
    const young = generateDemoNetwork({ ...SCALES.tiny.sizes, seed: 3, now });
    const today = todayInAmsterdam(now);
    for (const s of young.budgetSpending) expect(s.spentOn <= today).toBe(true);
    for (const y of young.budgetYears) expect(y.year).toBeLessThanOrEqual(Number(today.slice(0, 4)));
  });
});
