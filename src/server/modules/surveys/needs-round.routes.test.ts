// The needs round (behoeftepeiling) through the real routes on a real database: a round sent as one mail per member contact,
// bad input refused, one answer per link (a second use refused), a closed round refused, every chosen theme a need in the
// backlog (or joining an open need of that theme) with each member organisation that chose it counted once as supporter,
// and no reply carrying a contact's id, e-mail or token.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupInstallation } from '../../test/helpers.js';
import { createTestApp, writeHeaders, type TestApp } from '../../test/test-app.js';
import { signInAs } from '../../test/test-users.js';

let t: TestApp;
let cookie: string;
let networkId: string;
let bigOrg: string;
let smallOrg: string;
let thirdOrg: string;
let existingNeed: string;
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
/** The links mailed since the last call, by recipient. */
async function newTokens(): Promise<Map<string, string>> {
  const q = await t.database.pool.query<{ id: string; to_address: string; text_body: string }>(
    `select id, to_address, text_body from mail_message where kind = 'needs_round_invitation' order by created_at`,
  );
  const out = new Map<string, string>();
  for (const row of q.rows) {
    if (seen.has(row.id)) continue;
    seen.add(row.id);
    out.set(row.to_address, /\/behoeftepeiling\/([\w-]+)/.exec(row.text_body)![1]!);
  }
  return out;
}

const answer = (token: string, choices: { theme: string; description?: string }[]) =>
  call('POST', `/needs-survey/${token}`, { choices }, null);

beforeAll(async () => {
  t = await createTestApp();
  ({ cookie, networkId } = await setupInstallation(t.app));
  const q = await t.database.pool.query<{ id: string; name: string }>(
    `insert into organisation (network_id, kind, name) values ($1, 'employer', 'Groot BV'), ($1, 'employer', 'Klein VOF'),
       ($1, 'employer', 'Derde NV'), ($1, 'employer', 'Geen Lid BV') returning id, name`,
    [networkId],
  );
  const id = (name: string) => q.rows.find((r) => r.name === name)!.id;
  bigOrg = id('Groot BV');
  smallOrg = id('Klein VOF');
  thirdOrg = id('Derde NV');
  await t.database.pool.query(
    `insert into membership (network_id, organisation_id, status, joined_on) values ($1, $2, 'active', current_date - 100),
       ($1, $3, 'admitted', current_date - 10), ($1, $4, 'active', current_date - 50)`,
    [networkId, bigOrg, smallOrg, thirdOrg],
  );
  for (const [org, name] of [
    [bigOrg, 'Ada'],
    [bigOrg, 'Bram'],
    [smallOrg, 'Fenna'],
    [thirdOrg, 'Hans'],
    [id('Geen Lid BV'), 'Gijs'],
  ] as const) {
    const email = `${name.toLowerCase()}@voorbeeld.nl`;
    const c = await call('POST', `/networks/${networkId}/organisations/${org}/contacts`, { name, email });
    expect(c.statusCode, c.body).toBe(201);
    contactIds.push(c.json<{ id: string }>().id);
    emails.push(email);
  }
  // An open need of the theme "legislation", raised by Derde NV in the app: the round's choices for that theme join it.
  const raised = await call('POST', `/networks/${networkId}/needs`, {
    title: 'Wat betekent de Wet banenafspraak voor ons?',
    theme: 'legislation',
    organisationId: thirdOrg,
  });
  expect(raised.statusCode, raised.body).toBe(201);
  existingNeed = raised.json().id;
}, 60_000);

afterAll(async () => {
  await t?.close();
});

const future = () => new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);

describe('needs round', () => {
  let tokens: Map<string, string>;
  const replies: string[] = [];
  const token = (name: string) => tokens.get(`${name}@voorbeeld.nl`)!;

  it('refuses bad input with a Dutch message', async () => {
    const empty = await call('POST', `/networks/${networkId}/needs-rounds`, {
      title: '  ',
      themes: ['job_carving'],
      closesOn: future(),
    });
    expect(empty.statusCode).toBe(422);
    expect(empty.json().message).toBe('Geef de peiling een titel en kies minstens één thema (elk thema één keer).');
    const none = await call('POST', `/networks/${networkId}/needs-rounds`, {
      title: 'X',
      themes: [],
      closesOn: future(),
    });
    expect(none.statusCode).toBe(422);
    const twice = await call('POST', `/networks/${networkId}/needs-rounds`, {
      title: 'X',
      themes: ['onboarding', 'onboarding'],
      closesOn: future(),
    });
    expect(twice.statusCode).toBe(422);
    const unknown = await call('POST', `/networks/${networkId}/needs-rounds`, {
      title: 'X',
      themes: ['gardening'],
      closesOn: future(),
    });
    expect(unknown.statusCode).toBe(422);
    const dates = await call('POST', `/networks/${networkId}/needs-rounds`, {
      title: 'X',
      themes: ['onboarding'],
      opensOn: '2027-02-01',
      closesOn: '2027-01-01',
    });
    expect(dates.statusCode).toBe(422);
    expect(dates.json().message).toBe('De sluitdatum moet op of na de startdatum liggen.');
    expect((await t.database.pool.query(`select 1 from needs_round`)).rowCount).toBe(0);
  });

  it('sends one mail with its own link to every member contact (not to non-members)', async () => {
    const res = await call('POST', `/networks/${networkId}/needs-rounds`, {
      title: 'Voorjaar 2027',
      themes: ['job_carving', 'legislation', 'onboarding'],
      closesOn: future(),
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().invited).toBe(4);
    tokens = await newTokens();
    expect([...tokens.keys()].sort()).toEqual(emails.slice(0, 4).sort());
    const stored = await t.database.pool.query(`select 1 from needs_round_token where token_hash = any($1)`, [
      [...tokens.values()],
    ]);
    expect(stored.rowCount).toBe(0);
  });

  it('shows the themes without sign-in and takes one answer per link; a second use is refused', async () => {
    const page = await call('GET', `/needs-survey/${token('ada')}`, undefined, null);
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json()).toMatchObject({ title: 'Voorjaar 2027', themes: ['job_carving', 'legislation', 'onboarding'] });
    replies.push(page.body);
    const first = await answer(token('ada'), [
      { theme: 'job_carving', description: 'Taken voor de productiehal' },
      { theme: 'legislation' },
    ]);
    expect(first.statusCode, first.body).toBe(201);
    const again = await answer(token('ada'), [{ theme: 'onboarding' }]);
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toBe('Deze behoeftepeiling is via deze link al ingevuld. Dank je wel!');
    expect((await call('GET', `/needs-survey/${token('ada')}`, undefined, null)).statusCode).toBe(409);
    expect((await answer('nietbestaandetokenvanvoldoendelengte', [{ theme: 'onboarding' }])).statusCode).toBe(404);
    // Bad answers leave the link usable.
    const notOffered = await answer(token('fenna'), [{ theme: 'recruitment' }]);
    expect(notOffered.statusCode).toBe(422);
    expect(notOffered.json().message).toBe('Kies minstens één van de thema’s uit de peiling, elk thema één keer.');
    expect((await answer(token('fenna'), [])).statusCode).toBe(422);
    expect((await answer(token('fenna'), [{ theme: 'onboarding' }, { theme: 'onboarding' }])).statusCode).toBe(422);
  });

  it('counts each organisation once as supporter, however many of its contacts choose the theme', async () => {
    expect((await answer(token('bram'), [{ theme: 'job_carving', description: 'Ook voor kantoor' }])).statusCode).toBe(
      201,
    );
    expect((await answer(token('fenna'), [{ theme: 'job_carving' }, { theme: 'legislation' }])).statusCode).toBe(201);
    // Derde NV raised the legislation need itself: it stays its owner, not a supporter of its own need.
    expect((await answer(token('hans'), [{ theme: 'legislation' }])).statusCode).toBe(201);

    const res = await call('GET', `/networks/${networkId}/needs-rounds`);
    expect(res.statusCode, res.body).toBe(200);
    replies.push(res.body);
    const round = res.json().items[0];
    expect(round).toMatchObject({ title: 'Voorjaar 2027', invited: 4, answers: 4, answerRate: 1 });
    const byTheme = Object.fromEntries(round.themes.map((x: { theme: string }) => [x.theme, x])) as Record<
      string,
      { contacts: number; organisations: number; descriptions: string[]; need: unknown }
    >;
    expect(byTheme.job_carving).toMatchObject({
      contacts: 3,
      organisations: 2,
      descriptions: ['Ook voor kantoor', 'Taken voor de productiehal'],
      need: { title: 'Jobcarving (Voorjaar 2027)', status: 'new', supporters: 2, joinedExisting: false },
    });
    expect(byTheme.legislation).toMatchObject({
      contacts: 3,
      organisations: 3,
      need: { id: existingNeed, supporters: 2, joinedExisting: true },
    });
    expect(byTheme.onboarding).toMatchObject({ contacts: 0, organisations: 0, need: null });

    // The backlog counts the same support as support given in the app: one need per theme, no duplicates.
    const backlog = await call('GET', `/networks/${networkId}/needs?theme=job_carving`);
    expect(backlog.statusCode, backlog.body).toBe(200);
    expect(backlog.json().items).toHaveLength(1);
    expect(backlog.json().items[0]).toMatchObject({ title: 'Jobcarving (Voorjaar 2027)', supporters: 2 });
    const rows = await t.database.pool.query<{ organisation_id: string }>(
      `select organisation_id from need_supporter where need_id = $1 order by organisation_id`,
      [existingNeed],
    );
    expect(rows.rows.map((r) => r.organisation_id)).toEqual([bigOrg, smallOrg].sort());
    // A member sees that it supports the need, like support it gave in the app.
    const employer = await signInAs(t.app, cookie, {
      networkId,
      role: 'employer',
      name: 'Werkgever Klein',
      email: 'werkgever@klein.nl',
      organisationId: smallOrg,
    });
    const mine = await call('GET', `/networks/${networkId}/needs?theme=job_carving`, undefined, employer);
    expect(mine.json().items[0]).toMatchObject({ supportedByMe: true, supporters: 2 });
    // Only the coordinator (needs.manage) sees or starts rounds.
    expect((await call('GET', `/networks/${networkId}/needs-rounds`, undefined, employer)).statusCode).toBe(403);
    expect(
      (
        await call(
          'POST',
          `/networks/${networkId}/needs-rounds`,
          { title: 'X', themes: ['onboarding'], closesOn: future() },
          employer,
        )
      ).statusCode,
    ).toBe(403);
  });

  it('a closed round refuses politely', async () => {
    const res = await call('POST', `/networks/${networkId}/needs-rounds`, {
      title: 'Najaar 2025',
      themes: ['onboarding'],
      opensOn: '2025-09-01',
      closesOn: '2025-09-30',
    });
    expect(res.statusCode, res.body).toBe(201);
    const closed = await newTokens();
    const link = [...closed.values()][0]!;
    const page = await call('GET', `/needs-survey/${link}`, undefined, null);
    expect(page.statusCode).toBe(409);
    expect(page.json().message).toBe(
      'Deze behoeftepeiling is gesloten; antwoorden kan niet meer. Dank je wel voor je belangstelling.',
    );
    expect((await answer(link, [{ theme: 'onboarding' }])).statusCode).toBe(409);
    expect((await t.database.pool.query(`select 1 from need where theme = 'onboarding'`)).rowCount).toBe(0);
  });

  it('is anonymous per contact: no reply carries a contact id, e-mail or token, and no choice row links to one', async () => {
    for (const body of replies) {
      for (const id of contactIds) expect(body).not.toContain(id);
      for (const email of emails) expect(body.toLowerCase()).not.toContain(email);
      for (const tk of tokens.values()) expect(body).not.toContain(tk);
    }
    const cols = await t.database.pool.query<{ column_name: string }>(
      `select column_name from information_schema.columns where table_name = 'needs_round_choice' order by column_name`,
    );
    expect(cols.rows.map((r) => r.column_name)).toEqual(['description', 'id', 'network_id', 'round_id', 'theme']);
    // Support from the round is by organisation, without the person who answered.
    const persons = await t.database.pool.query(`select 1 from need_supporter where person_id is not null`);
    expect(persons.rowCount).toBe(0);
  });
});
