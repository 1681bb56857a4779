// The klankbordgroep's advice on a real app and database: who may ask, who may answer (members with a current term only),
// the deadline, unsolicited advice, editing with versions, the mail to the members through the outbox, the link to a
// decision shown in the decision log, exports, and the BSN refusal on the free texts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dutchDate } from '../../../core/design/gap-signals.js';
import { setupInstallation, lastMailTo } from '../../test/helpers.js';
import { userWithRole } from '../../test/role-users.js';
import { createTestApp, writeHeaders, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let admin: string;
let networkA: string;
let networkB: string;
const cookies: Record<string, string> = {};

const a = (networkId: string, rest = '') => `/api/networks/${networkId}/advice${rest}`;
async function send(cookie: string, url: string, payload: unknown, method: 'POST' | 'PATCH' | 'PUT' = 'POST') {
  return t.app.inject({ method, url, headers: { ...writeHeaders, cookie }, payload: payload as object });
}
async function get(cookie: string, url: string) {
  return t.app.inject({ method: 'GET', url, headers: { cookie } });
}
const isoDay = (offsetDays: number) => dutchDate(new Date(Date.now() + offsetDays * 86_400_000));

beforeAll(async () => {
  t = await createTestApp();
  const setup = await setupInstallation(t.app);
  admin = setup.cookie;
  networkA = setup.networkId;
  networkB = (await send(admin, '/api/admin/networks', { name: 'Werkgeversnetwerk Twente Inclusief' })).json().id;
  for (const role of ['core_group', 'sounding_board', 'employer', 'board'])
    cookies[role] = await userWithRole(t.app, admin, networkA, role, `${role}@advies.example`);
  cookies.former = await userWithRole(t.app, admin, networkA, 'sounding_board', 'oud-lid@advies.example');
  cookies.otherNetwork = await userWithRole(t.app, admin, networkB, 'sounding_board', 'elders@advies.example');
});
afterAll(async () => t?.close());

async function ask(cookie: string, question = 'Hoe werven we meer werkgevers uit de zorg?') {
  const res = await send(cookie, a(networkA, '/requests'), {
    question,
    background: 'De kerngroep wil in 2027 tien zorgwerkgevers erbij.',
    deadline: isoDay(14),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; notified: number };
}

describe('asking for advice', () => {
  it('the kerngroep and the coordinator ask; the klankbordgroep’s members get a mail through the outbox', async () => {
    const asked = await ask(cookies.core_group!);
    // Two current members: the klankbordgroep user and the one whose term will end below.
    expect(asked.notified).toBe(2);
    const mail = await lastMailTo(t.app, admin, 'sounding_board@advies.example');
    expect(mail.subject).toContain('Adviesvraag aan de klankbordgroep');
    expect(mail.textBody).toContain('Hoe werven we meer werkgevers uit de zorg?');
    expect(mail.textBody).toContain(`/n/${networkA}/advies`);
    await ask(admin, 'Moeten we een contributie vragen?');
  });

  it('a member who chose English in the app gets the request in English; the others in Dutch', async () => {
    const chosen = await send(cookies.former!, '/api/session/locale', { locale: 'en' }, 'PATCH');
    expect(chosen.statusCode, chosen.body).toBe(204);
    try {
      await ask(cookies.core_group!, 'Welke sector benaderen we na de zomer?');
      const english = await lastMailTo(t.app, admin, 'oud-lid@advies.example');
      expect(english.subject).toBe(
        'Request for advice to the sounding-board group: Welke sector benaderen we na de zomer?',
      );
      expect(english.textBody).toContain('The core group of');
      expect(english.textBody).toMatch(/Your advice is welcome until \d{1,2} [A-Z][a-z]+ \d{4} inclusive/);
      expect(english.textBody).toContain(`/n/${networkA}/advies`);
      const dutch = await lastMailTo(t.app, admin, 'sounding_board@advies.example');
      expect(dutch.subject).toBe('Adviesvraag aan de klankbordgroep: Welke sector benaderen we na de zomer?');
      expect(dutch.textBody).toMatch(/Uw advies is welkom tot en met \d{1,2} [a-z]+ \d{4}\./);
    } finally {
      await send(cookies.former!, '/api/session/locale', { locale: 'nl' }, 'PATCH');
    }
  });

  it('nobody else asks: the klankbordgroep, an employer and the board get 403, another network 404', async () => {
    for (const role of ['sounding_board', 'employer', 'board']) {
      const res = await send(cookies[role]!, a(networkA, '/requests'), { question: 'Mag ik?', deadline: isoDay(3) });
      expect(res.statusCode, role).toBe(403);
    }
    const elsewhere = await send(cookies.otherNetwork!, a(networkA, '/requests'), {
      question: 'Mag ik?',
      deadline: isoDay(3),
    });
    expect(elsewhere.statusCode).toBe(404);
  });

  it('a deadline in the past and a question with a BSN are refused with a Dutch message on the field', async () => {
    const past = await send(admin, a(networkA, '/requests'), { question: 'Te laat?', deadline: isoDay(-1) });
    expect(past.statusCode).toBe(422);
    expect(past.json().issues).toEqual([
      expect.objectContaining({ path: ['body', 'deadline'], message: 'Kies een uiterste datum van vandaag of later.' }),
    ]);
    const bsn = await send(admin, a(networkA, '/requests'), {
      question: 'Wat doen we voor 111222333?',
      deadline: isoDay(3),
    });
    expect(bsn.statusCode).toBe(422);
    expect(JSON.stringify(bsn.json().issues)).toContain('question');
  });
});

describe('giving advice', () => {
  it('a member answers a request, sees it as their own and edits it with the version; a stale version is refused', async () => {
    const { id: requestId } = await ask(cookies.core_group!, 'Welke activiteit past bij het voorjaar?');
    const given = await send(cookies.sounding_board!, a(networkA), {
      requestId,
      text: 'Een werkbezoek bij een leerwerkbedrijf.',
    });
    expect(given.statusCode, given.body).toBe(201);
    const twice = await send(cookies.sounding_board!, a(networkA), { requestId, text: 'Nog een.' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().message).toContain('al beantwoord');

    const list = await get(cookies.sounding_board!, a(networkA, `/requests?search=voorjaar`));
    expect(list.json().items).toEqual([
      expect.objectContaining({
        id: requestId,
        open: true,
        answers: 1,
        myAdvice: expect.objectContaining({ version: 1 }),
      }),
    ]);
    const edit = await send(
      cookies.sounding_board!,
      a(networkA, `/${given.json().id}`),
      { version: 1, text: 'Een werkbezoek bij een leerwerkbedrijf in de zorg.' },
      'PATCH',
    );
    expect(edit.statusCode, edit.body).toBe(200);
    expect(edit.json().version).toBe(2);
    const stale = await send(
      cookies.sounding_board!,
      a(networkA, `/${given.json().id}`),
      { version: 1, text: 'Oud formulier.' },
      'PATCH',
    );
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('stale_version');
  });

  it('advice nobody asked for; the kerngroep reads it, but cannot give advice itself', async () => {
    const res = await send(cookies.sounding_board!, a(networkA), { text: 'Nodig ook het UWV uit bij de kerngroep.' });
    expect(res.statusCode, res.body).toBe(201);
    const read = await get(cookies.core_group!, a(networkA, '?unsolicited=true'));
    expect(read.json().items).toEqual([
      expect.objectContaining({ requestId: null, text: 'Nodig ook het UWV uit bij de kerngroep.', mine: false }),
    ]);
    const own = await send(cookies.core_group!, a(networkA), { text: 'Ik adviseer mezelf.' });
    expect(own.statusCode).toBe(403);
  });

  it('an employer or the board cannot answer or read (403), someone of another network gets 404', async () => {
    const { id: requestId } = await ask(admin, 'Hoe vaak vergaderen?');
    for (const role of ['employer', 'board']) {
      expect((await send(cookies[role]!, a(networkA), { requestId, text: 'Vaak.' })).statusCode, role).toBe(403);
      expect((await get(cookies[role]!, a(networkA, '/requests'))).statusCode, role).toBe(403);
    }
    expect((await send(cookies.otherNetwork!, a(networkA), { requestId, text: 'Vaak.' })).statusCode).toBe(404);
    // A request of network A is unknown in network B.
    const cross = await send(cookies.otherNetwork!, a(networkB), { requestId, text: 'Vaak.' });
    expect(cross.statusCode).toBe(422);
  });

  it('a member whose term ended can no longer answer', async () => {
    const { rows } = await t.database.pool.query<{ id: string }>(
      `select ra.id from role_assignment ra join person p on p.network_id = ra.network_id and p.id = ra.person_id
        where ra.network_id = $1 and p.email = 'oud-lid@advies.example'`,
      [networkA],
    );
    // The term began a month ago (invitations start it today), and ends yesterday.
    await t.database.pool.query(`update role_assignment set starts_on = $2 where id = $1`, [rows[0]!.id, isoDay(-30)]);
    const end = await send(admin, `/api/networks/${networkA}/governance/assignments/${rows[0]!.id}/end`, {
      endsOn: isoDay(-1),
    });
    expect(end.statusCode, end.body).toBe(200);
    const { id: requestId } = await ask(admin, 'Na het einde van de termijn?');
    const res = await send(cookies.former!, a(networkA), { requestId, text: 'Ik zat er vroeger in.' });
    // No role left in the network: the network's records are not revealed.
    expect(res.statusCode).toBe(404);
    expect((await get(cookies.former!, a(networkA, '/requests'))).statusCode).toBe(404);
  });

  it('after the deadline: a polite refusal, and an edit is refused too', async () => {
    const { id: requestId } = await ask(admin, 'Wat vinden jullie van de naam?');
    const given = await send(cookies.sounding_board!, a(networkA), { requestId, text: 'Mooi.' });
    expect(given.statusCode).toBe(201);
    await t.database.pool.query(`update advice_request set deadline = $2 where id = $1`, [requestId, isoDay(-1)]);
    const { id: lateId } = await ask(admin, 'Nog een vraag?');
    await t.database.pool.query(`update advice_request set deadline = $2 where id = $1`, [lateId, isoDay(-1)]);
    const late = await send(cookies.sounding_board!, a(networkA), { requestId: lateId, text: 'Te laat.' });
    expect(late.statusCode).toBe(409);
    expect(late.json().message).toMatch(
      /^Dank u voor uw advies\. De termijn van deze adviesvraag is helaas verstreken/,
    );
    const edit = await send(
      cookies.sounding_board!,
      a(networkA, `/${given.json().id}`),
      { version: 1, text: 'x' },
      'PATCH',
    );
    expect(edit.statusCode).toBe(409);
    const closed = await get(cookies.sounding_board!, a(networkA, '/requests?status=closed'));
    expect(closed.json().items.map((r: { id: string }) => r.id)).toEqual(expect.arrayContaining([requestId, lateId]));
  });

  it('advice with a BSN is refused', async () => {
    const res = await send(cookies.sounding_board!, a(networkA), { text: 'Denk aan kandidaat 111222333.' });
    expect(res.statusCode).toBe(422);
  });
});

describe('advice and the decision that followed', () => {
  it('the kerngroep links advice to a decision; the decision log shows what was done with it, and a stale link is refused', async () => {
    const bodies = await get(admin, `/api/networks/${networkA}/governance/bodies`);
    let bodyId = (bodies.json().items as { id: string; kind: string }[]).find((b) => b.kind === 'core_group')?.id;
    if (!bodyId)
      bodyId = (
        await send(admin, `/api/networks/${networkA}/governance/bodies`, { kind: 'core_group', name: 'Kerngroep' })
      ).json().id;
    const decision = await send(cookies.core_group!, `/api/networks/${networkA}/governance/decisions`, {
      bodyId,
      decidedOn: isoDay(0),
      text: 'In het voorjaar een werkbezoek bij een leerwerkbedrijf',
      kind: 'agenda',
    });
    expect(decision.statusCode, decision.body).toBe(201);
    const advice = (await get(cookies.core_group!, a(networkA, '?search=leerwerkbedrijf'))).json().items[0];
    const link = await send(
      cookies.core_group!,
      a(networkA, `/${advice.id}/decision`),
      {
        version: advice.version,
        decisionId: decision.json().id,
        outcome: 'partly',
        outcomeReason: 'Wel een werkbezoek, maar niet alleen in de zorg.',
      },
      'PUT',
    );
    expect(link.statusCode, link.body).toBe(200);
    const stale = await send(
      cookies.core_group!,
      a(networkA, `/${advice.id}/decision`),
      { version: advice.version, decisionId: null },
      'PUT',
    );
    expect(stale.statusCode).toBe(409);
    const noOutcome = await send(
      cookies.core_group!,
      a(networkA, `/${advice.id}/decision`),
      { version: link.json().version, decisionId: decision.json().id },
      'PUT',
    );
    expect(noOutcome.statusCode).toBe(422);
    // The klankbordgroep may not link (it is the kerngroep's decision log).
    const byMember = await send(
      cookies.sounding_board!,
      a(networkA, `/${advice.id}/decision`),
      { version: link.json().version, decisionId: null },
      'PUT',
    );
    expect(byMember.statusCode).toBe(403);

    const log = await get(cookies.core_group!, `/api/networks/${networkA}/governance/decisions?search=leerwerkbedrijf`);
    expect(log.json().items[0].advice).toEqual([
      expect.objectContaining({
        question: 'Welke activiteit past bij het voorjaar?',
        text: 'Een werkbezoek bij een leerwerkbedrijf in de zorg.',
        outcome: 'partly',
        outcomeReason: 'Wel een werkbezoek, maar niet alleen in de zorg.',
      }),
    ]);
    const mine = (await get(cookies.sounding_board!, a(networkA, '?search=leerwerkbedrijf'))).json().items[0];
    expect(mine).toMatchObject({ mine: true, outcome: 'partly', decisionText: expect.stringContaining('werkbezoek') });
  });

  it('exports both lists as CSV, sorted', async () => {
    const csv = await get(admin, a(networkA, '/requests?format=csv&sort=question&order=asc'));
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('Vraag');
    const adviceCsv = await get(admin, a(networkA, '?format=csv'));
    expect(adviceCsv.statusCode).toBe(200);
    expect(adviceCsv.body).toContain('deels overgenomen');
  });
});
