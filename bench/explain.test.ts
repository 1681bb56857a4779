import { describe, expect, it } from 'vitest';
import { statementUse, summarizePlan, sumPlans, type ExplainOutput } from './explain.js';
// Real plans, captured from PostgreSQL 15 with `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON)` during `npm run bench -- --only
// api --scale small` (the embedded database): the whole-history agenda (62 activities; per activity three sub-plans run
// 62 times each: a Bitmap Heap Scan of registration, Seq Scans of candidate_registration and need with rows removed by
// their filter) and the contacts list (its rows come from a CTE, read once by a Seq Scan and then twice by CTE Scans).
import agendaPlan from './fixtures/explain-agenda-whole-history.json' with { type: 'json' };
import contactsPlan from './fixtures/explain-list-contacts.json' with { type: 'json' };

const agenda = agendaPlan as unknown as ExplainOutput;
const contacts = contactsPlan as unknown as ExplainOutput;

describe('summarizePlan', () => {
  it('counts every row the scans read, over all their loops, with the rows their filters threw away', () => {
    const s = summarizePlan(agenda);
    expect(s.rowsReturned).toBe(62);
    // activity 62 (the count) + activity 62 + organisation 66 + registration 20.61 × 62 = 1278
    // + candidate_registration (0.18 + 11 removed) × 62 = 693 + need (0.6 + 71 removed) × 62 = 4439.
    expect(s.rowsRead).toBe(62 + 62 + 66 + 1278 + 693 + 4439);
    expect(s.biggestRead).toMatchObject({ node: 'Seq Scan on need', rows: 37, removed: 4402, read: 4439, loops: 62 });
    // The top node's buffers include every node below it.
    expect(s.sharedHit).toBe(480);
    expect(s.sharedRead).toBe(0);
    expect(s.executionMs).toBeCloseTo(17.461);
    expect(s.planningMs).toBeCloseTo(17.308);
  });

  it('does not count a Bitmap Index Scan: its rows are the heap scan above it', () => {
    const s = summarizePlan(agenda);
    const bitmapIndex = s.nodes.filter((n) => n.node.startsWith('Bitmap Index Scan'));
    expect(bitmapIndex).toHaveLength(1);
    expect(bitmapIndex[0]).toMatchObject({ rows: 1278, read: 0 });
    expect(s.nodes.find((n) => n.node === 'Bitmap Heap Scan on registration')).toMatchObject({ read: 1278 });
  });

  it('does not count a CTE Scan again: the CTE read its table once', () => {
    const s = summarizePlan(contacts);
    expect(s.rowsReturned).toBe(25);
    // person: 116 contacts + 5 removed by the filter (no organisation); organisation 66. The two CTE Scans (116 each) are
    // not rows read from a table.
    expect(s.rowsRead).toBe(121 + 66);
    expect(s.nodes.filter((n) => n.node === 'CTE Scan')).toHaveLength(2);
    expect(s.nodes[1]).toMatchObject({ depth: 1, node: 'Seq Scan on person (CTE contact_in_network)', read: 121 });
    expect(s.sharedHit).toBe(13);
  });
});

describe('sumPlans', () => {
  it('adds the statements of one request up and keeps the scan that read the most', () => {
    const cost = sumPlans([summarizePlan(agenda), summarizePlan(contacts)]);
    expect(cost).toMatchObject({
      statements: 2,
      rowsReturned: 87,
      rowsRead: 6600 + 187,
      sharedHit: 493,
      sharedRead: 0,
    });
    expect(cost.readPerReturned).toBeCloseTo(6787 / 87);
    expect(cost.biggestRead?.node).toBe('Seq Scan on need');
  });

  it('divides by one row when the statements returned none', () => {
    expect(sumPlans([]).readPerReturned).toBe(0);
    const none = summarizePlan({
      Plan: { 'Node Type': 'Seq Scan', 'Actual Rows': 0, 'Actual Loops': 1, 'Rows Removed by Filter': 40 },
    });
    expect(sumPlans([none]).readPerReturned).toBe(40);
  });
});

describe('statementUse', () => {
  it('explains reads only', () => {
    expect(statementUse('select 1')).toBe('explain');
    expect(statementUse('\n  WITH x AS (select 1) select * from x')).toBe('explain');
    expect(statementUse('/* list */ select "id" from "person" for update')).toBe('explain');
    expect(statementUse('select "updated_at", "set" from "t"')).toBe('explain');
  });

  it('never executes a write, also not one inside a CTE', () => {
    expect(statementUse('insert into "audit" ("id") values ($1)')).toBe('skip-write');
    expect(statementUse('update "session" set "seen_at" = now()')).toBe('skip-write');
    expect(statementUse('delete from "x"')).toBe('skip-write');
    expect(statementUse('with moved as (delete from "x" returning *) select * from moved')).toBe('skip-write');
    expect(statementUse('with u as (update "x" set a = 1 returning *) select 1')).toBe('skip-write');
    expect(statementUse('select 1; delete from "x"')).toBe('skip-write');
    expect(statementUse('copy "x" from stdin')).toBe('skip-write');
  });

  it('leaves transaction control to the rolled-back transaction and runs session settings', () => {
    expect(statementUse('begin')).toBe('skip-transaction');
    expect(statementUse('COMMIT')).toBe('skip-transaction');
    expect(statementUse('set local statement_timeout = 1000')).toBe('run');
  });
});
