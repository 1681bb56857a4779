// Mailings against a real SMTP server (smtp-server in this process) and the real job queue: invitations arrive in Dutch
// with a working registration link, newsletters carry List-Unsubscribe and honour an unsubscribe, reminders are never
// unsubscribable, an SMTP refusal is recorded with the server's reply and retried, and progress shows sent/total.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, writeHeaders, type TestApp } from '../../test/test-app.js';
import { setupInstallation } from '../../test/helpers.js';
import { startTestSmtp, type TestSmtp } from './smtp-test-server.js';
import { createMailer } from '../../platform/mail.js';
import { processMailing, queueDayBeforeReminders } from './mailings.service.js';

let smtp: TestSmtp;
let t: TestApp;
let cookie: string;
let networkId: string;
let activityId: string;

async function addPeople(role: string, emails: string[]) {
  for (const email of emails) {
    const p = await t.database.pool.query<{ id: string }>(
      'insert into person (network_id, name, email) values ($1, $2, $3) returning id',
      [networkId, email.split('@')[0]!.replace(/^./, (c) => c.toUpperCase()), email],
    );
    await t.database.pool.query('insert into role_assignment (network_id, person_id, role) values ($1, $2, $3)', [
      networkId,
      p.rows[0]!.id,
      role,
    ]);
  }
}

async function waitForDone(mailingId: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/networks/${networkId}/mailings/${mailingId}`,
      headers: { cookie },
    });
    const m = res.json<{ status: string; progress: { total: number; sent: number; queued: number; failed: number } }>();
    if (m.progress.queued === 0 && m.status === 'done') return m;
    if (Date.now() > deadline) throw new Error(`mailing not done: ${res.body}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function send(payload: Record<string, unknown>) {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/networks/${networkId}/mailings`,
    headers: { ...writeHeaders, cookie },
    payload,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string; total: number }>();
}

beforeAll(async () => {
  smtp = await startTestSmtp();
  t = await createTestApp({ SMTP_URL: smtp.url }, { jobs: true });
  ({ cookie, networkId } = await setupInstallation(t.app, { network: '99van Zwolle' }));
  await addPeople('employer', ['piet@bakkerij.nl', 'sanne@zorg.nl', 'fout@voorbeeld.nl']);
  await addPeople('core_group', ['kees@kern.nl']);
  const a = await t.database.pool.query<{ id: string }>(
    `insert into activity (network_id, work_form, title, starts_at, ends_at, location, initiator_kind, capacity)
     values ($1, 'breakfast', 'Werkgeversontbijt', now() + interval '10 days', now() + interval '10 days 2 hours',
             'Stadhuis Zwolle', 'coordinator', 10) returning id`,
    [networkId],
  );
  activityId = a.rows[0]!.id;
}, 60_000);

afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

describe('mailings over SMTP', () => {
  it('previews a segment and refuses an invitation without an activity, naming the field', async () => {
    const preview = await t.app.inject({
      method: 'POST',
      url: `/api/networks/${networkId}/mailings/preview`,
      headers: { ...writeHeaders, cookie },
      payload: { segment: { kind: 'role', role: 'employer' }, kind: 'newsletter' },
    });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({ count: 3, unsubscribed: 0 });
    const bad = await t.app.inject({
      method: 'POST',
      url: `/api/networks/${networkId}/mailings`,
      headers: { ...writeHeaders, cookie },
      payload: { kind: 'invitation', subject: 'Kom ook', body: 'Tekst', segment: { kind: 'role', role: 'employer' } },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json()).toMatchObject({
      code: 'validation_failed',
      message: 'Kies de activiteit waarvoor u uitnodigt of herinnert.',
    });
  });

  it('delivers a Dutch invitation with a working registration link and progress sent/total', async () => {
    const template = await t.app.inject({
      method: 'GET',
      url: `/api/networks/${networkId}/mailings/template?kind=invitation&activityId=${activityId}`,
      headers: { cookie },
    });
    const { subject, body } = template.json<{ subject: string; body: string }>();
    expect(body).toContain('99van Zwolle');
    const before = smtp.received.length;
    const { id, total } = await send({
      kind: 'invitation',
      subject,
      body,
      activityId,
      segment: { kind: 'role', role: 'employer' },
    });
    expect(total).toBe(3);
    const done = await waitForDone(id);
    expect(done.progress).toMatchObject({ total: 3, sent: 3, failed: 0 });
    const mail = smtp.received.slice(before).find((m) => m.to === 'piet@bakkerij.nl')!;
    expect(mail.subject).toBe('[99van Zwolle] Uitnodiging: Werkgeversontbijt');
    expect(mail.text).toContain('Beste Piet,');
    expect(mail.text).toContain('99van Zwolle nodigt u graag uit voor Werkgeversontbijt.');
    expect(mail.text).toContain('Waar: Stadhuis Zwolle');
    const link = /Aanmelden kan via deze link:\n(\S+)/.exec(mail.text)![1]!;
    expect(link).toMatch(/^http:\/\/localhost:3000\/aanmelden\//);
    const token = link.split('/').pop()!;

    const view = await t.app.inject({ method: 'GET', url: `/api/mail-links/${token}` });
    expect(view.json()).toMatchObject({
      networkName: '99van Zwolle',
      activity: { title: 'Werkgeversontbijt', registered: false },
    });
    const reg = await t.app.inject({ method: 'POST', url: `/api/mail-links/${token}/register`, headers: writeHeaders });
    expect(reg.statusCode, reg.body).toBe(200);
    expect(reg.json()).toEqual({ status: 'registered' });
    const rows = await t.database.pool.query(
      `select r.status from registration r join person p on p.network_id = r.network_id and p.id = r.person_id
       where r.network_id = $1 and r.activity_id = $2 and p.email = 'piet@bakkerij.nl'`,
      [networkId, activityId],
    );
    expect(rows.rows).toEqual([{ status: 'registered' }]);
    const again = await t.app.inject({ method: 'GET', url: `/api/mail-links/${token}` });
    expect(again.json().activity.registered).toBe(true);
  });

  it('puts List-Unsubscribe on newsletters, honours an unsubscribe, and still sends the transactional reminder', async () => {
    const before = smtp.received.length;
    const first = await send({
      kind: 'newsletter',
      subject: 'Nieuwsbrief november',
      body: 'Drie nieuwe leden en vijf plaatsingen.',
      segment: { kind: 'role', role: 'employer' },
    });
    await waitForDone(first.id);
    const sanne = smtp.received.slice(before).find((m) => m.to === 'sanne@zorg.nl')!;
    const header = sanne.headers['list-unsubscribe']!;
    expect(header).toMatch(/^<http:\/\/localhost:3000\/afmelden\/[\w-]+>$/);
    expect(sanne.text).toContain('Afmelden: http://localhost:3000/afmelden/');
    const token = header.slice(1, -1).split('/').pop()!;
    // RFC 8058: the mail program may POST to the List-Unsubscribe address itself.
    expect(sanne.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    // GET of that address is the confirmation page: it changes nothing.
    await t.app.inject({ method: 'GET', url: `/afmelden/${token}` });
    const page = await t.app.inject({ method: 'GET', url: `/api/mail-links/${token}` });
    expect(page.json()).toMatchObject({ kind: 'newsletter', unsubscribable: true, unsubscribed: false });
    // A POST without the one-click body is refused and changes nothing.
    const empty = await t.app.inject({ method: 'POST', url: `/afmelden/${token}`, payload: 'iets anders' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().message).toContain('List-Unsubscribe=One-Click');
    expect((await t.app.inject({ method: 'GET', url: `/api/mail-links/${token}` })).json().unsubscribed).toBe(false);
    // The one-click POST as a mail program sends it: no login, no cookie, no CSRF header, form-encoded body.
    const off = await t.app.inject({
      method: 'POST',
      url: `/afmelden/${token}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json()).toEqual({ unsubscribed: true });
    expect((await t.app.inject({ method: 'GET', url: `/api/mail-links/${token}` })).json().unsubscribed).toBe(true);
    // The multipart/form-data form of RFC 8058 works too (idempotent).
    const boundary = 'xYzZY';
    const multipart = await t.app.inject({
      method: 'POST',
      url: `/afmelden/${token}`,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--${boundary}--\r\n`,
    });
    expect(multipart.statusCode, multipart.body).toBe(200);
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/afmelden/onbekend-kenmerk-123',
      payload: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(unknown.statusCode).toBe(404);

    const second = await send({
      kind: 'newsletter',
      subject: 'Nieuwsbrief december',
      body: 'Kerstontbijt.',
      segment: { kind: 'role', role: 'employer' },
    });
    const done = await waitForDone(second.id);
    expect(done.progress).toMatchObject({ total: 3, sent: 2, skipped: 1 });
    expect(smtp.received.filter((m) => m.subject.includes('december')).map((m) => m.to)).not.toContain('sanne@zorg.nl');

    // Sanne registers; the reminder the day before reaches her regardless, without an unsubscribe line or header.
    const sanneId = (
      await t.database.pool.query<{ id: string }>(
        `select id from person where network_id = $1 and email = 'sanne@zorg.nl'`,
        [networkId],
      )
    ).rows[0]!.id;
    await t.database.pool.query(`insert into registration (network_id, activity_id, person_id) values ($1, $2, $3)`, [
      networkId,
      activityId,
      sanneId,
    ]);
    const startsAt = (
      await t.database.pool.query<{ starts_at: Date }>('select starts_at from activity where id = $1', [activityId])
    ).rows[0]!.starts_at;
    const dayBefore = new Date(startsAt.getTime() - 24 * 60 * 60 * 1000);
    const created = await queueDayBeforeReminders({ db: t.database.db, now: dayBefore, enqueue: undefined });
    expect(created).toHaveLength(1);
    expect(await queueDayBeforeReminders({ db: t.database.db, now: dayBefore, enqueue: undefined })).toHaveLength(0);
    const beforeReminder = smtp.received.length;
    await processMailing({
      db: t.database.db,
      mailer: await createMailer({ smtpUrl: smtp.url, from: 'netwerkregie@localhost' }),
      publicUrl: 'http://localhost:3000',
      networkId,
      mailingId: created[0]!.mailingId,
    });
    const reminders = smtp.received.slice(beforeReminder);
    expect(reminders.map((m) => m.to).sort()).toEqual(['piet@bakkerij.nl', 'sanne@zorg.nl']);
    const toSanne = reminders.find((m) => m.to === 'sanne@zorg.nl')!;
    expect(toSanne.subject).toBe('[99van Zwolle] Herinnering: morgen Werkgeversontbijt');
    expect(toSanne.headers['list-unsubscribe']).toBeUndefined();
    expect(toSanne.headers['list-unsubscribe-post']).toBeUndefined();
    // Even with the one-click body, a transactional delivery cannot be unsubscribed from.
    const reminderToken = (
      await t.database.pool.query<{ unsubscribe_token: string }>(
        `select unsubscribe_token from mail_delivery where mailing_id = $1 and email = 'sanne@zorg.nl'`,
        [created[0]!.mailingId],
      )
    ).rows[0]!.unsubscribe_token;
    expect(reminderToken).toBeTruthy();
    const refused = await t.app.inject({
      method: 'POST',
      url: `/afmelden/${reminderToken}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(refused.statusCode).toBe(400);
    expect(toSanne.text).not.toContain('Afmelden');
  });

  it('records an SMTP refusal with the server reply, keeps it queued for a retry, and sends it on the retry', async () => {
    smtp.refuse('fout@voorbeeld.nl', 1);
    const { id } = await send({
      kind: 'announcement',
      subject: 'Bericht',
      body: 'Let op de nieuwe datum.',
      segment: { kind: 'role', role: 'employer' },
    });
    const deadline = Date.now() + 20_000;
    let rows: { email: string; status: string; attempts: number; lastError: string | null }[] = [];
    while (Date.now() < deadline) {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/networks/${networkId}/mailings/${id}/deliveries`,
        headers: { cookie },
      });
      rows = res.json<{ items: typeof rows }>().items;
      if (
        rows.some((r) => r.status === 'queued' && r.attempts === 1) &&
        rows.filter((r) => r.status === 'sent').length === 2
      )
        break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const failedOnce = rows.find((r) => r.email === 'fout@voorbeeld.nl')!;
    expect(failedOnce).toMatchObject({ status: 'queued', attempts: 1 });
    expect(failedOnce.lastError).toContain('451');
    const progress = (
      await t.app.inject({ method: 'GET', url: `/api/networks/${networkId}/mailings/${id}`, headers: { cookie } })
    ).json<{ status: string; progress: { sent: number; total: number } }>();
    expect(progress).toMatchObject({ status: 'sending', progress: { sent: 2, total: 3 } });

    // The coordinator does not wait for the retry: "try again now" makes it due; the server accepts this time.
    await t.app.inject({
      method: 'POST',
      url: `/api/networks/${networkId}/mailings/${id}/retry`,
      headers: { ...writeHeaders, cookie },
    });
    const done = await waitForDone(id);
    expect(done.progress).toMatchObject({ total: 3, sent: 3, failed: 0 });
    expect(smtp.countsByRecipient().get('fout@voorbeeld.nl')).toBeGreaterThanOrEqual(1);
    const final = (
      await t.app.inject({
        method: 'GET',
        url: `/api/networks/${networkId}/mailings/${id}/deliveries?status=sent&search=fout`,
        headers: { cookie },
      })
    ).json<{ items: { attempts: number }[] }>().items;
    expect(final).toEqual([expect.objectContaining({ attempts: 2 })]);
  });

  it('lists mailings searchable and exportable, and keeps them within the network', async () => {
    const list = await t.app.inject({
      method: 'GET',
      url: `/api/networks/${networkId}/mailings?search=nieuwsbrief&sort=subject&order=asc`,
      headers: { cookie },
    });
    expect(list.json<{ items: { subject: string }[] }>().items.map((m) => m.subject)).toEqual([
      'Nieuwsbrief december',
      'Nieuwsbrief november',
    ]);
    const csv = await t.app.inject({
      method: 'GET',
      url: `/api/networks/${networkId}/mailings?format=csv`,
      headers: { cookie },
    });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('Onderwerp;Soort');
    const other = await t.app.inject({
      method: 'GET',
      url: `/api/networks/00000000-0000-4000-8000-000000000000/mailings`,
      headers: { cookie },
    });
    expect(other.statusCode).toBe(404);
  });
});
