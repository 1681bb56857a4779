// Lists that read only their page, through the real routes: the placements list's total and banen come from SQL over every
// matching placement (not from the page), and the keyset-paged lists (needs, the agenda) give page after page without a
// gap or a repeat, also when rows share a sort value.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobsForPlacement, totalJobs } from '../../../core/candidates/job-agreement.js';
import { activity, candidate, need, organisation, placement } from '../../platform/db/schema.js';
import { setupInstallation } from '../../test/helpers.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let cookie: string;
let networkId: string;
const hours = [20, 25.5, 12.5, 38, 7.5, 30, 16, 24.5, 33.3, 1.2, 40, 8];

async function get(url: string) {
  const res = await t.app.inject({ method: 'GET', url: `/api/networks/${networkId}${url}`, headers: { cookie } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** Every page of a keyset-paged list, following nextCursor. */
async function allPages(url: string) {
  const pages: { items: { id: string }[]; total: number; nextCursor: string | null }[] = [];
  let cursor: string | null = null;
  do {
    const sep = url.includes('?') ? '&' : '?';
    const page = await get(`${url}${cursor ? `${sep}cursor=${encodeURIComponent(cursor)}` : ''}`);
    pages.push(page);
    cursor = page.nextCursor;
  } while (cursor && pages.length < 100);
  return pages;
}

beforeAll(async () => {
  t = await createTestApp();
  ({ cookie, networkId } = await setupInstallation(t.app));
  const db = t.database.db;
  const [org] = await db
    .insert(organisation)
    .values({ networkId, kind: 'employer', name: 'Bakkerij Jansen', postcode: '8013 AB', city: 'Zwolle' })
    .returning();
  const candidates = await db
    .insert(candidate)
    .values(
      hours.map((_, i) => ({
        networkId,
        code: `K-2026-${String(i + 1).padStart(4, '0')}`,
        targetGroupRegister: i % 3 === 2 ? 'no' : 'yes',
      })),
    )
    .returning();
  await db.insert(placement).values(
    candidates.map((c, i) => ({
      networkId,
      candidateId: c.id,
      organisationId: org!.id,
      // Pairs share a start date, so the id decides the order within a date.
      startsOn: `2026-0${1 + Math.floor(i / 2)}-01`,
      hoursPerWeek: String(hours[i]),
      contractKind: 'fixed_term',
    })),
  );
  // Needs: several with the same created_at (a tie on the sort value) and different supporters (all zero here).
  const same = new Date('2026-03-01T10:00:00.123456Z');
  await db.insert(need).values(
    Array.from({ length: 23 }, (_, i) => ({
      networkId,
      title: `Behoefte ${String(i % 7).padStart(2, '0')}`,
      theme: 'onboarding',
      createdAt: i < 8 ? same : new Date(Date.UTC(2026, 0, 1 + i)),
    })),
  );
  await db.insert(activity).values(
    Array.from({ length: 17 }, (_, i) => {
      const startsAt = new Date(Date.UTC(2026, 5, 1 + Math.floor(i / 3), 9));
      return {
        networkId,
        workForm: 'knowledge_session',
        title: `Sessie ${i}`,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 3600_000),
        initiatorKind: 'coordinator',
      };
    }),
  );
}, 60_000);

afterAll(async () => {
  await t?.close();
});

describe('the placements list', () => {
  it('counts and adds up banen over every matching placement, the same on every page', async () => {
    const expectedJobs = totalJobs(hours.map((h, i) => jobsForPlacement(h, i % 3 === 2 ? 'no' : 'yes')));
    const seen: string[] = [];
    for (const page of [1, 2, 3]) {
      const res = await get(`/placements?pageSize=5&page=${page}&sort=startsOn&order=asc`);
      expect(res.total).toBe(hours.length);
      expect(res.totalJobs).toBe(expectedJobs);
      expect(res.items.length).toBe(page < 3 ? 5 : hours.length - 10);
      seen.push(...res.items.map((p: { id: string }) => p.id));
    }
    expect(new Set(seen).size).toBe(hours.length);
    // Past the end: no rows, and still the right figures.
    const past = await get('/placements?pageSize=5&page=9');
    expect(past).toMatchObject({ items: [], total: hours.length, totalJobs: expectedJobs });
    // A search narrows the figures to the matches.
    const one = await get('/placements?search=K-2026-0002');
    expect(one).toMatchObject({ total: 1, totalJobs: jobsForPlacement(25.5, 'yes') });
    // Page 2 continues page 1 in the sort order of the whole list.
    const whole = await get('/placements?pageSize=200&sort=startsOn&order=asc');
    expect(seen).toEqual(whole.items.map((p: { id: string }) => p.id));
  });
});

describe('keyset-paged lists', () => {
  it('gives every need exactly once, page after page, in every sort and direction', async () => {
    for (const sort of ['createdAt', 'title', 'supporters'])
      for (const order of ['asc', 'desc']) {
        const pages = await allPages(`/needs?pageSize=4&sort=${sort}&order=${order}`);
        const ids = pages.flatMap((p) => p.items.map((n) => n.id));
        const whole = await get(`/needs?pageSize=200&sort=${sort}&order=${order}`);
        expect(whole.nextCursor).toBeNull();
        expect(ids, `${sort} ${order}`).toEqual(whole.items.map((n: { id: string }) => n.id));
        expect(new Set(ids).size).toBe(23);
        expect(pages.length).toBe(6);
        expect(pages.every((p) => p.total === 23)).toBe(true);
        expect(pages.slice(0, -1).every((p) => p.items.length === 4)).toBe(true);
      }
  });

  it('pages the agenda by start time without gaps or repeats (three activities share each start)', async () => {
    const pages = await allPages('/activities?pageSize=5');
    expect(pages.map((p) => p.items.length)).toEqual([5, 5, 5, 2]);
    expect(pages.every((p) => p.total === 17)).toBe(true);
    const ids = pages.flatMap((p) => p.items).map((a: { id: string }) => a.id);
    const whole = await get('/activities?pageSize=500');
    expect(ids).toEqual(whole.items.map((a: { id: string }) => a.id));
    expect(new Set(ids).size).toBe(17);
    // Filters apply to the total and the pages alike; without a pageSize a page holds the default 100.
    const june3 = await get('/activities?from=2026-06-03T00:00:00Z&to=2026-06-03T23:59:59Z&pageSize=2');
    expect(june3.total).toBe(3);
    expect(june3.items).toHaveLength(2);
    expect((await get('/activities')).items).toHaveLength(17);
  });
});
