import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoNetwork } from '../../../core/demo/generate-demo.js';
import { candidate, membership, placement, registration } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.js';
import { nextSequence } from '../invoices/invoices.repository.js';
import { insertWithUnnest } from './demo.repository.js';
import { loadDemoNetwork } from './demo.service.js';

const now = new Date('2026-03-15T10:00:00Z');
const TABLES = {
  organisations: 'organisation',
  memberships: 'membership',
  persons: 'person',
  roleAssignments: 'role_assignment',
  needs: 'need',
  needSupporters: 'need_supporter',
  activities: 'activity',
  registrations: 'registration',
  candidates: 'candidate',
  placements: 'placement',
  partners: 'partner',
  partnerActivities: 'partner_activity',
  workOpportunities: 'work_opportunity',
  newsItems: 'news_item',
  mailings: 'mailing',
  mailDeliveries: 'mail_delivery',
  budgetYears: 'budget_year',
  budgetLines: 'budget_line',
  budgetSpending: 'budget_spending',
  inKindContributions: 'in_kind_contribution',
  invoiceTiers: 'invoice_tier',
  invoiceCounters: 'invoice_counter',
  invoices: 'invoice',
  membershipYears: 'membership_year',
  candidateCheckIns: 'candidate_check_in',
  candidateRegistrations: 'candidate_registration',
  candidateConsents: 'candidate_consent',
  livedExperience: 'candidate_lived_experience',
  advice: 'advice',
} as const;

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database?.close();
});

async function countRows(networkId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [key, table] of Object.entries(TABLES)) {
    const result = await database.pool.query<{ n: string }>(
      `select count(*) as n from ${table} where network_id = $1`,
      [networkId],
    );
    counts[key] = Number(result.rows[0]?.n ?? 0);
  }
  return counts;
}

describe('loadDemoNetwork', () => {
  it('loads one whole demo network and reports what it inserted', async () => {
    const result = await loadDemoNetwork({ db: database.db, seed: 1, now });
    expect(result.slug).toBe('demo-twente');
    expect(result.name).toContain('Twente');
    const { network: networkCount, ...tableCounts } = result.counts;
    expect(networkCount).toBe(1);
    expect(await countRows(result.networkId)).toEqual(tableCounts);
    expect(tableCounts.memberships).toBe(60);
    expect(tableCounts.registrations).toBeGreaterThan(500);
    // Partners, work opportunities and mailings too, so those screens have something to show.
    expect(tableCounts.partners).toBe(6);
    expect(tableCounts.partnerActivities).toBeGreaterThan(0);
    expect(tableCounts.workOpportunities).toBeGreaterThan(10);
    expect(tableCounts.mailings).toBeGreaterThanOrEqual(7);
    expect(tableCounts.mailDeliveries).toBeGreaterThan(100);
    // And a year of money: two budgets, spending, gifts in kind, tiers and the year's invoices.
    expect(tableCounts.budgetYears).toBe(2);
    expect(tableCounts.budgetSpending).toBeGreaterThan(30);
    expect(tableCounts.inKindContributions).toBeGreaterThan(5);
    expect(tableCounts.invoices).toBeGreaterThan(40);
  });

  it("leaves the invoice counter where the invoices module continues the demo's gapless series", async () => {
    const data = generateDemoNetwork({ seed: 1, now });
    const networkId = data.network[0]!.id;
    const year = 2026;
    const numbers = await database.pool.query<{ sequence: number }>(
      'select sequence from invoice where network_id = $1 and year = $2 order by sequence',
      [networkId, year],
    );
    const sequences = numbers.rows.map((r) => r.sequence);
    expect(sequences.length).toBeGreaterThan(0);
    expect(sequences).toEqual(sequences.map((_, n) => n + 1));
    // The numbering the invoices module uses hands out the next number after the demo's last one (rolled back here).
    let next = 0;
    await database.db
      .transaction(async (tx) => {
        next = await nextSequence(tx, networkId, year);
        tx.rollback();
      })
      .catch(() => undefined);
    expect(next).toBe(sequences.length + 1);
    const counter = await database.pool.query<{ last_number: number }>(
      'select last_number from invoice_counter where network_id = $1 and year = $2',
      [networkId, year],
    );
    expect(counter.rows[0]?.last_number).toBe(sequences.length);
  });

  it('stores values as the generator made them: jsonb, numeric, dates and timestamps', async () => {
    const data = generateDemoNetwork({ seed: 1, now });
    const networkId = data.network[0]?.id ?? '';
    const first = data.memberships[0];
    const [stored] = await database.db
      .select()
      .from(membership)
      .where(eq(membership.id, first?.id ?? ''));
    expect(stored?.entryConditions).toEqual(first?.entryConditions);
    expect(stored?.joinedOn).toBe(first?.joinedOn);

    const plannedPlacement = data.placements[0];
    const [storedPlacement] = await database.db
      .select()
      .from(placement)
      .where(eq(placement.id, plannedPlacement?.id ?? ''));
    expect(storedPlacement?.hoursPerWeek).toBe(plannedPlacement?.hoursPerWeek);
    expect(storedPlacement?.startsOn).toBe(plannedPlacement?.startsOn);

    const attended = await database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(registration)
      .where(sql`${registration.networkId} = ${networkId} and ${registration.attended}`);
    expect(attended[0]?.n).toBe(data.registrations.filter((r) => r.attended === true).length);

    const activityStart = data.activities[0]?.startsAt;
    const rows = await database.pool.query<{ starts_at: Date }>(
      'select starts_at from activity where network_id = $1 order by starts_at limit 1',
      [networkId],
    );
    expect(rows.rows[0]?.starts_at.toISOString()).toBe(activityStart?.toISOString());

    // text[] columns travel as array literals: every element comes back as it was.
    const wsp = data.partners.find((p) => p.kind === 'wsp');
    const storedPartners = await database.pool.query<{ documents: string[] }>(
      'select documents from partner where network_id = $1 and id = $2',
      [networkId, wsp?.id],
    );
    expect(storedPartners.rows[0]?.documents).toEqual(wsp?.documents);
    expect(wsp?.documents.length).toBeGreaterThan(0);
    const opportunity = data.workOpportunities[0];
    const storedOpportunity = await database.pool.query<{ support_offered: string[] }>(
      'select support_offered from work_opportunity where network_id = $1 and id = $2',
      [networkId, opportunity?.id],
    );
    expect(storedOpportunity.rows[0]?.support_offered).toEqual(opportunity?.supportOffered);
  });

  it('refuses to load the same demo network twice, with a clear message and nothing half-inserted', async () => {
    const before = await database.pool.query<{ n: string }>('select count(*) as n from organisation');
    const attempt = loadDemoNetwork({ db: database.db, seed: 2, now });
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({
      code: 'conflict',
      message: 'Het demonetwerk bestaat al (slug demo-twente).',
    });
    const after = await database.pool.query<{ n: string }>('select count(*) as n from organisation');
    expect(after.rows[0]?.n).toBe(before.rows[0]?.n);
  });

  it("loads further networks by index inside the caller's transaction", async () => {
    const result = await database.db.transaction((tx) =>
      loadDemoNetwork({ db: tx, seed: 1, now, networkIndex: 1, sizes: { members: 10 } }),
    );
    expect(result.slug).not.toBe('demo-twente');
    expect((await countRows(result.networkId)).memberships).toBe(10);
  });
});

describe('insertWithUnnest', () => {
  it('splits more than 50,000 rows into several statements', async () => {
    const data = generateDemoNetwork({ seed: 9, now, networkIndex: 9, members: 3, candidates: 1 });
    const result = await loadDemoNetwork({
      db: database.db,
      seed: 9,
      now,
      networkIndex: 9,
      sizes: { members: 3, candidates: 0 },
    });
    const template = data.candidates[0];
    if (template === undefined) throw new Error('expected one candidate');
    const rows = Array.from({ length: 50_001 + 1_234 }, (_, i) => ({
      ...template,
      networkId: result.networkId,
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      code: `K-2026-${i}`,
    }));
    await database.db.transaction((tx) => insertWithUnnest(tx, candidate, rows));
    const counted = await database.pool.query<{ n: string }>(
      'select count(*) as n from candidate where network_id = $1',
      [result.networkId],
    );
    expect(Number(counted.rows[0]?.n)).toBe(rows.length);
  });
});
