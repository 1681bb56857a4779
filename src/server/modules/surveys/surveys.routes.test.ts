// The pulse of felt ownership through the real routes on a real database: a round sent as one mail per member contact, one
// answer per link (a second use refused), a closed round refused, results withheld with 4 answers and shown with 5, per
// organisation only for coordinator and kerngroep, and anonymity: no reply carries a contact's id, e-mail or token.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PULSE_NL } from '../../../core/surveys/pulse.js';
import { setupInstallation } from '../../test/helpers.js';
import { createTestApp, writeHeaders, type TestApp } from '../../test/test-app.js';
import { signInAs } from '../../test/test-users.js';

let t: TestApp;
let cookie: string;
let networkId: string;
let bigOrg: string;
let smallOrg: string;
const contactIds: string[] = [];
const emails: string[] = [];

const call = (method: 'GET' | 'POST', url: string, payload?: unknown, c: string | null = cookie) =>
  t.app.inject({
    method,
    url: `/api${url}`,
    headers: { ...(method === 'GET' ? {} : writeHeaders), ...(c ? { cookie: c } : {}) },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });

const seen = new Set<string>();
/** The links mailed since the last call. */
async function newTokens(): Promise<string[]> {
  const q = await t.database.pool.query<{ id: string; text_body: string }>(
    `select id, text_body from mail_message where kind = 'pulse_invitation' order by created_at`,
  );
  const out: string[] = [];
  for (const row of q.rows) {
    if (seen.has(row.id)) continue;
    seen.add(row.id);
    out.push(/\/peiling\/([\w-]+)/.exec(row.text_body)![1]!);
  }
  return out;
}

const answer = (token: string, scores: (number | null)[], openAnswer?: string) =>
  call('POST', `/pulse/${token}`, { scores, openAnswer }, null);

beforeAll(async () => {
  t = await createTestApp();
  ({ cookie, networkId } = await setupInstallation(t.app));
  const q = await t.database.pool.query<{ id: string; name: string }>(
    `insert into organisation (network_id, kind, name) values ($1, 'employer', 'Groot BV'), ($1, 'employer', 'Klein VOF'),
       ($1, 'employer', 'Geen Lid BV') returning id, name`,
    [networkId],
  );
  bigOrg = q.rows.find((r) => r.name === 'Groot BV')!.id;
  smallOrg = q.rows.find((r) => r.name === 'Klein VOF')!.id;
  const outsider = q.rows.find((r) => r.name === 'Geen Lid BV')!.id;
  await t.database.pool.query(
    `insert into membership (network_id, organisation_id, status, joined_on) values ($1, $2, 'active', current_date - 100),
       ($1, $3, 'admitted', current_date - 10)`,
    [networkId, bigOrg, smallOrg],
  );
  const people: [string, string][] = [
    [bigOrg, 'Ada'],
    [bigOrg, 'Bram'],
    [bigOrg, 'Cor'],
    [bigOrg, 'Dina'],
    [bigOrg, 'Eva'],
    [smallOrg, 'Fenna'],
    [outsider, 'Gijs'],
  ];
  for (const [org, name] of people) {
    const email = `${name.toLowerCase()}@voorbeeld.nl`;
    const c = await call('POST', `/networks/${networkId}/organisations/${org}/contacts`, { name, email });
    expect(c.statusCode, c.body).toBe(201);
    contactIds.push(c.json<{ id: string }>().id);
    emails.push(email);
  }
}, 60_000);

afterAll(async () => {
  await t?.close();
});

const future = () => new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);

describe('pulse of felt ownership', () => {
  let tokens: string[];
  let roundId: string;
  const replies: string[] = [];

  it('offers the default statements drawn from the guide', async () => {
    const res = await call('GET', `/networks/${networkId}/pulse/defaults`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(DEFAULT_PULSE_NL);
  });

  it('refuses too few statements', async () => {
    const res = await call('POST', `/networks/${networkId}/pulse/rounds`, {
      statements: ['Een', 'Twee'],
      openQuestion: 'Open?',
      closesOn: future(),
    });
    expect(res.statusCode).toBe(422);
  });

  it('sends one mail with its own link to every member contact (not to non-members)', async () => {
    const res = await call('POST', `/networks/${networkId}/pulse/rounds`, {
      statements: DEFAULT_PULSE_NL.statements.slice(0, 3),
      openQuestion: DEFAULT_PULSE_NL.openQuestion,
      closesOn: future(),
    });
    expect(res.statusCode, res.body).toBe(201);
    roundId = res.json().id;
    expect(res.json().invited).toBe(6);
    tokens = await newTokens();
    expect(tokens).toHaveLength(6);
    expect(new Set(tokens).size).toBe(6);
    const to = await t.database.pool.query<{ to_address: string }>(
      `select to_address from mail_message where kind = 'pulse_invitation' order by to_address`,
    );
    expect(to.rows.map((r) => r.to_address)).toEqual(emails.slice(0, 6).sort());
    // The secret itself is not stored; only its hash.
    const stored = await t.database.pool.query(`select 1 from pulse_token where token_hash = any($1)`, [tokens]);
    expect(stored.rowCount).toBe(0);
  });

  it('shows the statements without sign-in and takes one answer per link; a second use is refused', async () => {
    const page = await call('GET', `/pulse/${tokens[0]}`, undefined, null);
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json().statements).toEqual(DEFAULT_PULSE_NL.statements.slice(0, 3));
    replies.push(page.body);
    const first = await answer(tokens[0]!, [5, 4, 4], 'Meer ontbijtsessies');
    expect(first.statusCode, first.body).toBe(201);
    const again = await answer(tokens[0]!, [1, 1, 1]);
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toBe('Deze peiling is via deze link al ingevuld. Dank je wel!');
    expect((await call('GET', `/pulse/${tokens[0]}`, undefined, null)).statusCode).toBe(409);
    const count = await t.database.pool.query(`select 1 from pulse_answer`);
    expect(count.rowCount).toBe(1);
    expect((await answer('nietbestaandetokenvanvoldoendelengte', [1, 1, 1])).statusCode).toBe(404);
    expect((await answer(tokens[1]!, [0, 6, 3])).statusCode).toBe(422);
  });

  it('withholds every figure with 4 answers ("< 5") and shows them with 5', async () => {
    for (const [i, scores] of [
      [1, [4, 4, 3]],
      [2, [3, 3, 3]],
      [3, [5, 5, null]],
    ] as const)
      expect((await answer(tokens[i]!, [...scores])).statusCode).toBe(201);
    const four = await call('GET', `/networks/${networkId}/pulse/results`);
    expect(four.statusCode, four.body).toBe(200);
    const r4 = four.json().rounds[0];
    expect(r4).toMatchObject({ answers: 4, invited: 6, suppressed: '< 5', feltOwnership: null, spread: null });
    expect(r4.perStatement).toBeNull();
    expect(r4.openAnswers).toEqual([]);
    replies.push(four.body);
    // The fifth, from the small organisation.
    expect((await answer(tokens[5]!, [2, 2, 2], 'Vaker zelf organiseren')).statusCode).toBe(201);
    const five = await call('GET', `/networks/${networkId}/pulse/results`);
    const r5 = five.json().rounds[0];
    // Personal means 4.33, 3.67, 3, 5, 2 → 3.6
    expect(r5).toMatchObject({ answers: 5, suppressed: null, feltOwnership: 3.6 });
    expect(r5.answerRate.value).toBeCloseTo(5 / 6);
    expect(r5.spread).toBeGreaterThan(0);
    expect(r5.perStatement[0]).toEqual({ mean: 3.8, spread: 1.17, answers: 5 });
    expect(r5.openAnswers).toEqual(['Meer ontbijtsessies', 'Vaker zelf organiseren']);
    expect(five.json().trend.points).toHaveLength(1);
    replies.push(five.body);
  });

  it('per organisation only for coordinator and kerngroep, each below 5 answers withheld', async () => {
    const res = await call('GET', `/networks/${networkId}/pulse/rounds/${roundId}/organisations`);
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as { name: string; answers: number; suppressed: string | null }[];
    expect(items.map((i) => [i.name, i.suppressed])).toEqual([
      ['Groot BV', '< 5'],
      ['Klein VOF', '< 5'],
    ]);
    replies.push(res.body);
    const board = await signInAs(t.app, cookie, {
      networkId,
      role: 'board',
      name: 'Bestuurder',
      email: 'bestuur@voorbeeld.nl',
    });
    expect((await call('GET', `/networks/${networkId}/pulse/results`, undefined, board)).statusCode).toBe(200);
    expect(
      (await call('GET', `/networks/${networkId}/pulse/rounds/${roundId}/organisations`, undefined, board)).statusCode,
    ).toBe(403);
    expect(
      (await call('POST', `/networks/${networkId}/pulse/rounds`, { ...DEFAULT_PULSE_NL, closesOn: future() }, board))
        .statusCode,
    ).toBe(403);
    const employer = await signInAs(t.app, cookie, {
      networkId,
      role: 'employer',
      name: 'Werkgever',
      email: 'werkgever@voorbeeld.nl',
      organisationId: bigOrg,
    });
    expect((await call('GET', `/networks/${networkId}/pulse/results`, undefined, employer)).statusCode).toBe(403);
  });

  it('a closed round refuses politely', async () => {
    const res = await call('POST', `/networks/${networkId}/pulse/rounds`, {
      ...DEFAULT_PULSE_NL,
      opensOn: '2025-01-01',
      closesOn: '2025-01-31',
    });
    expect(res.statusCode, res.body).toBe(201);
    const closed = await newTokens();
    expect(closed.length).toBeGreaterThan(0);
    const page = await call('GET', `/pulse/${closed[0]}`, undefined, null);
    expect(page.statusCode).toBe(409);
    expect(page.json().message).toBe(
      'Deze peiling is gesloten; antwoorden kan niet meer. Dank je wel voor je belangstelling.',
    );
    const post = await answer(closed[0]!, [3, 3, 3, 3, 3]);
    expect(post.statusCode).toBe(409);
    expect(post.json().code).toBe('conflict');
    // The trend now has two rounds, oldest first.
    const results = await call('GET', `/networks/${networkId}/pulse/results`);
    expect(
      results
        .json()
        .trend.points.map((p: { roundId: string }) => p.roundId)
        .at(-1),
    ).toBe(roundId);
    replies.push(results.body);
  });

  it('is anonymous: no reply carries a contact id, e-mail or token, and no answer row links to a contact or token', async () => {
    expect(replies.length).toBeGreaterThanOrEqual(5);
    for (const body of replies) {
      for (const id of contactIds) expect(body).not.toContain(id);
      for (const email of emails) expect(body.toLowerCase()).not.toContain(email);
      for (const token of tokens) expect(body).not.toContain(token);
    }
    const hashes = await t.database.pool.query<{ token_hash: string; id: string }>(
      `select id, token_hash from pulse_token`,
    );
    for (const body of replies) for (const h of hashes.rows) expect(body).not.toContain(h.token_hash);
    const cols = await t.database.pool.query<{ column_name: string }>(
      `select column_name from information_schema.columns where table_name = 'pulse_answer' order by column_name`,
    );
    expect(cols.rows.map((r) => r.column_name)).toEqual([
      'id',
      'network_id',
      'open_answer',
      'organisation_id',
      'round_id',
      'scores',
    ]);
  });
});
