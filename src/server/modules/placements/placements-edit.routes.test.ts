// Editing through the real routes: a candidate's data (version, BSN refusal at the field, the view log), an opportunity
// with its status, the candidate settings with their version, ending a placement with the candidate leaving or stopping,
// and the check-in reminders mailed through the real job queue to a real SMTP server, once per due check-in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BSN_REFUSAL_NL } from '../../../core/candidates/bsn.js';
import { addDays, addMonths } from '../../../core/candidates/dates.js';
import { todayInAmsterdam } from '../../../core/calendar.js';
import { organisation } from '../../platform/db/schema.js';
import { startJobs } from '../../platform/jobs.js';
import { createMailer } from '../../platform/mail.js';
import { setupInstallation } from '../../test/helpers.js';
import { createTestApp, writeHeaders, type TestApp } from '../../test/test-app.js';
import { registerPlacementJobs } from './placements.jobs.js';
import { startTestSmtp, type TestSmtp } from '../mailings/smtp-test-server.js';
import { CHECK_IN_REMINDER_QUEUE, mailCheckInReminders } from './check-in-reminders.js';

let t: TestApp;
let smtp: TestSmtp;
let cookie: string;
let networkId: string;
let bakery: string;

async function call(method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) {
  return t.app.inject({
    method,
    url: `/api/networks/${networkId}${url}`,
    headers: method === 'GET' ? { cookie } : { ...writeHeaders, cookie },
    ...(payload ? { payload } : {}),
  });
}

async function newCandidate(firstName: string, targetGroupRegister = 'yes') {
  const res = await call('POST', '/candidates', {
    firstName,
    place: 'Zwolle',
    postcodeArea: '8011',
    wishes: 'Magazijn',
    hoursPerWeek: 20,
    targetGroupRegister,
    consent: { givenOn: '2026-01-10', shareWithProposedEmployers: ['firstName'] },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string; code: string }>();
}

async function newPlacement(candidateId: string, startsOn: string) {
  const res = await call('POST', '/placements', {
    candidateId,
    organisationId: bakery,
    startsOn,
    hoursPerWeek: 20,
    contractKind: 'fixed_term',
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

beforeAll(async () => {
  smtp = await startTestSmtp();
  t = await createTestApp({ SMTP_URL: smtp.url });
  ({ cookie, networkId } = await setupInstallation(t.app));
  const [row] = await t.database.db
    .insert(organisation)
    .values({ networkId, kind: 'employer', name: 'Bakkerij Jansen', postcode: '8013 AB', city: 'Zwolle' })
    .returning();
  bakery = row!.id;
}, 60_000);

afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

describe('editing a candidate', () => {
  it('saves every minimal field with the version, logs it, and refuses a stale version with 409', async () => {
    const { id } = await newCandidate('Sanne');
    const before = (await call('GET', `/candidates/${id}`)).json();
    const edit = {
      firstName: 'S.',
      email: 'sanne@example.nl',
      phone: '06 12345678',
      place: 'Kampen',
      postcodeArea: '8261',
      wishes: 'Groenvoorziening',
      hoursPerWeek: 24,
      supportNeeded: ['jobcoach', 'flexible_hours'],
      availableFrom: '2026-03-01',
      referredBy: 'uwv',
      targetGroupRegister: 'no',
      targetGroupRegisterOn: '2026-02-15',
    };
    const res = await call('PUT', `/candidates/${id}`, { ...edit, version: before.version });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().version).toBe(before.version + 1);
    const after = (await call('GET', `/candidates/${id}`)).json();
    expect(after).toMatchObject(edit);
    const stale = await call('PUT', `/candidates/${id}`, { ...edit, place: 'Zwolle', version: before.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('stale_version');
    expect((await call('GET', `/candidates/${id}`)).json().place).toBe('Kampen');
    const log = (await call('GET', `/candidates/${id}/views`)).json();
    const update = log.items.find((e: { action: string }) => e.action === 'candidate.update');
    expect(update.fields).toEqual(expect.arrayContaining(['firstName', 'email', 'wishes', 'targetGroupRegisterOn']));
  });

  it('refuses a BSN in any edited text at that field, and keeps the old data', async () => {
    const { id } = await newCandidate('Mo');
    const detail = (await call('GET', `/candidates/${id}`)).json();
    const res = await call('PUT', `/candidates/${id}`, {
      firstName: 'Mo',
      wishes: 'BSN is 123456782',
      targetGroupRegister: 'yes',
      version: detail.version,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().issues).toEqual([{ path: ['body', 'wishes'], message: BSN_REFUSAL_NL }]);
    expect((await call('GET', `/candidates/${id}`)).json().wishes).toBe('Magazijn');
  });
});

describe('editing an opportunity', () => {
  it('changes its fields and status with the version; a stale save is refused', async () => {
    const created = await call('POST', '/opportunities', {
      organisationId: bakery,
      title: 'Inpakker',
      kind: 'regular',
      hoursPerWeek: 16,
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    const current = (await call('GET', `/opportunities/${id}`)).json();
    const res = await call('PUT', `/opportunities/${id}`, {
      title: 'Inpakker brood',
      kind: 'job_carving',
      hoursPerWeek: 20,
      place: 'Zwolle',
      postcodeArea: '8013',
      requirements: 'Ochtenddienst',
      supportOffered: ['jobcoach'],
      startsOn: '2026-03-01',
      status: 'filled',
      version: current.version,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((await call('GET', `/opportunities/${id}`)).json()).toMatchObject({
      title: 'Inpakker brood',
      kind: 'job_carving',
      hoursPerWeek: 20,
      status: 'filled',
      organisationId: bakery,
      version: current.version + 1,
    });
    const filled = (await call('GET', '/opportunities?status=filled')).json();
    expect(filled.items.map((o: { id: string }) => o.id)).toContain(id);
    const stale = await call('PUT', `/opportunities/${id}`, {
      title: 'Ander',
      kind: 'regular',
      status: 'open',
      version: current.version,
    });
    expect(stale.statusCode).toBe(409);
    const status = await call('POST', `/opportunities/${id}/status`, {
      status: 'closed',
      version: current.version + 1,
    });
    expect(status.statusCode, status.body).toBe(200);
    expect((await call('GET', `/opportunities/${id}`)).json().status).toBe('closed');
  });
});

describe('ending a placement', () => {
  it('records the end date and reason, and lets the candidate leave with a reason at the same time', async () => {
    const { id: candidateId } = await newCandidate('Ali');
    const placementId = await newPlacement(candidateId, '2026-01-05');
    const placement = (await call('GET', `/placements/${placementId}`)).json();
    const noReason = await call('POST', `/placements/${placementId}/end`, {
      endsOn: '2026-06-30',
      endReason: 'mismatch',
      candidateStatus: 'left',
      version: placement.version,
    });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().issues).toEqual([
      { path: ['body', 'candidateReason'], message: 'Geef een reden op waarom de kandidaat uitstroomt of stopt.' },
    ]);
    const early = await call('POST', `/placements/${placementId}/end`, {
      endsOn: '2025-12-31',
      endReason: 'mismatch',
      version: placement.version,
    });
    expect(early.statusCode).toBe(422);
    const res = await call('POST', `/placements/${placementId}/end`, {
      endsOn: '2026-06-30',
      endReason: 'mismatch',
      candidateStatus: 'stopped',
      candidateReason: 'Wil eerst een opleiding doen',
      version: placement.version,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ version: placement.version + 1, candidateStatus: 'stopped' });
    expect((await call('GET', `/placements/${placementId}`)).json()).toMatchObject({
      endsOn: '2026-06-30',
      endReason: 'mismatch',
    });
    const candidate = (await call('GET', `/candidates/${candidateId}`)).json();
    expect(candidate).toMatchObject({ status: 'stopped', statusReason: 'Wil eerst een opleiding doen' });
    expect(candidate.leftOn).not.toBeNull();
    const again = await call('POST', `/placements/${placementId}/end`, {
      endsOn: '2026-07-01',
      endReason: 'mismatch',
      version: placement.version + 1,
    });
    expect(again.statusCode).toBe(409);
  });
});

describe('check-in reminders by mail', () => {
  it('mails the coordinator through the job queue once per due check-in, with the code and not the name', async () => {
    const today = todayInAmsterdam(new Date());
    // The 3-month check-in of this placement falls in three days: inside the reminder's lead time.
    const { code } = await newCandidate('Fleur');
    const { id: candidateId } = (await call('GET', `/candidates?search=${code}`)).json().items[0];
    await newPlacement(candidateId, addDays(addMonths(today, -3), 3));
    const mailer = await createMailer({ smtpUrl: smtp.url, from: 'netwerkregie@localhost' });
    const jobs = await startJobs({ pool: t.database.pool, pollingIntervalSeconds: 0.5 });
    try {
      await registerPlacementJobs(jobs, { db: t.database.db, mailer, publicUrl: 'http://localhost:3000' });
      const before = smtp.received.length;
      await jobs.send(CHECK_IN_REMINDER_QUEUE, {});
      const deadline = Date.now() + 30_000;
      while (smtp.received.length === before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      const mails = smtp.received.slice(before);
      expect(mails.map((m) => m.to)).toEqual(['anna@example.nl']);
      // (the placement ended in an earlier test also has an overdue check-in from before its end)
      expect(mails[0]!.subject).toBe('[Inclusief Netwerk Zwolle] 2 check-ins na plaatsing te doen');
      expect(mails[0]!.text).toMatch(/check-in na 3 maanden, uiterlijk 5-4-2026 \(over tijd\)/);
      expect(mails[0]!.text).toContain(`${code} bij Bakkerij Jansen: check-in na 3 maanden`);
      expect(mails[0]!.text).toContain(`/n/${networkId}/kandidaten?tab=herinneringen`);
      expect(mails[0]!.text).not.toContain('Fleur');
    } finally {
      await jobs.stop();
    }
    // Running again (the next morning, or twice at once) mails nothing new for the same check-in.
    const again = await Promise.all([
      mailCheckInReminders({ db: t.database.db, mailer, publicUrl: 'http://localhost:3000', now: new Date() }),
      mailCheckInReminders({ db: t.database.db, mailer, publicUrl: 'http://localhost:3000', now: new Date() }),
    ]);
    expect(again.flat()).toEqual([]);
    const outbox = await t.database.pool.query<{ n: string }>(
      `select count(*) as n from mail_message where kind = 'check_in_reminder'`,
    );
    expect(Number(outbox.rows[0]!.n)).toBe(1);
    mailer.close();
  }, 60_000);

  it('mails a new due check-in exactly once when two runs race, and skips check-ins already recorded', async () => {
    const mailer = await createMailer({ smtpUrl: smtp.url, from: 'netwerkregie@localhost' });
    const today = '2027-03-01';
    const { id: recordedCandidate, code: recordedCode } = await newCandidate('Noor');
    const recorded = await newPlacement(recordedCandidate, '2026-12-01');
    const check = await call('POST', `/placements/${recorded}/check-ins`, {
      months: 3,
      heldOn: '2027-02-27',
      stillEmployed: true,
    });
    expect(check.statusCode, check.body).toBe(201);
    const { id: dueCandidate, code } = await newCandidate('Jip');
    await newPlacement(dueCandidate, '2026-12-03');
    const before = smtp.received.length;
    const now = new Date(`${today}T06:00:00Z`);
    const runs = await Promise.all([
      mailCheckInReminders({ db: t.database.db, mailer, publicUrl: 'http://localhost:3000', now }),
      mailCheckInReminders({ db: t.database.db, mailer, publicUrl: 'http://localhost:3000', now }),
    ]);
    const mailed = runs.flat();
    expect(mailed).toEqual([{ networkId, checkIns: expect.any(Number), recipients: 1 }]);
    const mails = smtp.received.slice(before);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain(`${code} bij Bakkerij Jansen: check-in na 3 maanden, uiterlijk 3-3-2027`);
    expect(mails[0]!.text).not.toContain(`${recordedCode} bij`);
    mailer.close();
  }, 60_000);
});

describe('candidate settings', () => {
  it('keeps a version: a save with an older one is refused with 409', async () => {
    const current = (await call('GET', '/candidate-settings')).json();
    expect(current).toEqual({ retentionMonths: 24, backOfficePersonalData: false, version: 1 });
    const saved = await call('PUT', '/candidate-settings', { ...current, retentionMonths: 36 });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toEqual({ retentionMonths: 36, backOfficePersonalData: false, version: 2 });
    const stale = await call('PUT', '/candidate-settings', { ...current, retentionMonths: 12 });
    expect(stale.statusCode).toBe(409);
    expect((await call('GET', '/candidate-settings')).json().retentionMonths).toBe(36);
    const tooLong = await call('PUT', '/candidate-settings', { ...saved.json(), retentionMonths: 0 });
    expect(tooLong.statusCode).toBe(422);
    expect(tooLong.json().issues[0].path).toEqual(['body', 'retentionMonths']);
  });
});
