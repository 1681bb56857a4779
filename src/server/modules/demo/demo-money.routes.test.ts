// The demo network's money through the real budget and invoices routes: the budget the coordinator opens adds up to what the
// generator made, the year's invoices are all there (creating them again skips every member), and the next invoice made in
// the app continues the demo's gapless number series.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInAmsterdam } from '../../../core/calendar.js';
import { generateDemoNetwork } from '../../../core/demo/generate-demo.js';
import { formatInvoiceNumber } from '../../../core/invoices/invoice-rules.js';
import { user } from '../../platform/db/schema.js';
import { setupInstallation } from '../../test/helpers.js';
import { createTestApp, writeHeaders, type TestApp } from '../../test/test-app.js';
import { grantRoleToUser } from '../networks/network-membership.js';
import { loadDemoNetwork } from './demo.service.js';

let t: TestApp;
let cookie: string;
let demoId: string;
const now = new Date();
const today = todayInAmsterdam(now);
const year = Number(today.slice(0, 4));
const data = generateDemoNetwork({ seed: 4, now });
const n = (rest: string) => `/api/networks/${demoId}${rest}`;

beforeAll(async () => {
  t = await createTestApp();
  const setup = await setupInstallation(t.app, { network: 'Eigen Netwerk Almelo' });
  cookie = setup.cookie;
  demoId = (await loadDemoNetwork({ db: t.database.db, seed: 4, now })).networkId;
  const [admin] = await t.database.db.select({ id: user.id }).from(user).where(eq(user.email, setup.admin.email));
  await grantRoleToUser(t.database.db, { networkId: demoId, userId: admin!.id, role: 'coordinator' });
});
afterAll(async () => t?.close());

describe('the demo network’s money in the app', () => {
  it('shows this year’s and last year’s budget with totals that add up to the generated entries', async () => {
    for (const budgetYear of data.budgetYears) {
      const res = await t.app.inject({ method: 'GET', url: n(`/budget/${budgetYear.year}`), headers: { cookie } });
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json();
      const planned = data.budgetLines
        .filter((l) => l.budgetYearId === budgetYear.id)
        .reduce((s, l) => s + l.plannedCents, 0);
      const inYear = (day: string) => day.startsWith(`${budgetYear.year}-`);
      const spent =
        data.budgetSpending.filter((s) => inYear(s.spentOn)).reduce((s, e) => s + e.amountCents, 0) +
        data.inKindContributions.filter((g) => inYear(g.givenOn)).reduce((s, g) => s + g.valueCents, 0);
      expect(body.summary.total.plannedCents).toBe(planned);
      expect(body.summary.total.actualCents).toBe(spent);
      expect(spent).toBeGreaterThan(0);
    }
  });

  it('lists the year’s invoices; creating them again skips every member, and a new invoice takes the next number', async () => {
    const list = await t.app.inject({ method: 'GET', url: n(`/invoices?year=${year}`), headers: { cookie } });
    expect(list.statusCode, list.body).toBe(200);
    const generated = data.invoices.filter((i) => i.contributionYear === year);
    expect(list.json().items).toHaveLength(generated.length);

    const again = await t.app.inject({
      method: 'POST',
      url: n(`/invoices/year/${year}`),
      headers: { ...writeHeaders, cookie },
      payload: {},
    });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().created).toBe(0);

    // A member invoiced for next year today: its number continues this year's series.
    const member = data.memberships.find((m) => m.status === 'active')!;
    const created = await t.app.inject({
      method: 'POST',
      url: n('/invoices'),
      headers: { ...writeHeaders, cookie },
      payload: { organisationId: member.organisationId, contributionYear: year + 1, amount: '100,00', asDraft: true },
    });
    expect(created.statusCode, created.body).toBe(201);
    const last = data.invoiceCounters.find((c) => c.year === year)?.lastNumber ?? 0;
    expect(created.json().number).toBe(formatInvoiceNumber(year, last + 1));
  });

  it('shows in the memberships of the year the invoice status the invoices have', async () => {
    const res = await t.app.inject({ method: 'GET', url: n(`/memberships?year=${year}`), headers: { cookie } });
    expect(res.statusCode, res.body).toBe(200);
    const statusOf = new Map(
      data.invoices
        .filter((i) => i.kind === 'invoice' && i.contributionYear === year)
        .map((i) => [i.organisationId, i.status]),
    );
    const rows = res.json().items as { organisationId: string; invoiceStatus: string | null }[];
    expect(rows.filter((r) => r.invoiceStatus === 'paid').length).toBe(
      [...statusOf.values()].filter((s) => s === 'paid').length,
    );
    for (const row of rows) {
      const status = statusOf.get(row.organisationId);
      if (status === 'paid') expect(row.invoiceStatus).toBe('paid');
      else if (status === 'sent' || status === 'reminded') expect(row.invoiceStatus).toBe('invoiced');
      else expect(row.invoiceStatus).toBeNull();
    }
  });
});
