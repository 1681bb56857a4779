// The needs-driven agenda through the real routes: a need from raise to met, registration with a waiting list under
// concurrency, attendance, evaluation, iCalendar output parsed back with ical.js, and who may do what.
import ICAL from 'ical.js';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastMailTo, setupInstallation } from '../../test/helpers.js';
import { createTestApp, writeHeaders, type TestApp } from '../../test/test-app.js';
import { signInAs } from '../../test/test-users.js';

let t: TestApp;
let admin: string;
let networkA: string;
let networkB: string;
let employer: string;
let otherEmployer: string;
let coreGroup: string;
let jansenId: string;
let deLindeId: string;

const headers = (cookie: string) => ({ ...writeHeaders, cookie });
const hour = 3600_000;

async function post(cookie: string, url: string, payload: unknown = {}) {
  return t.app.inject({ method: 'POST', url, headers: headers(cookie), payload: payload as object });
}
async function get(cookie: string, url: string) {
  return t.app.inject({ method: 'GET', url, headers: { cookie } });
}
async function org(name: string) {
  const res = await post(admin, `/api/networks/${networkA}/organisations`, { kind: 'employer', name });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

beforeAll(async () => {
  t = await createTestApp();
  const setup = await setupInstallation(t.app);
  admin = setup.cookie;
  networkA = setup.networkId;
  networkB = (await post(admin, '/api/admin/networks', { name: 'Netwerk Twente' })).json().id;
  jansenId = await org('Bakkerij Jansen');
  deLindeId = await org('Zorggroep De Linde');
  employer = await signInAs(t.app, admin, {
    networkId: networkA,
    role: 'employer',
    name: 'Bram Jansen',
    email: 'bram@jansen.example',
    organisationId: jansenId,
  });
  otherEmployer = await signInAs(t.app, admin, {
    networkId: networkA,
    role: 'employer',
    name: 'Dewi de Linde',
    email: 'dewi@delinde.example',
    organisationId: deLindeId,
  });
  coreGroup = await signInAs(t.app, admin, {
    networkId: networkA,
    role: 'core_group',
    name: 'Carla Bos',
    email: 'carla@kerngroep.example',
  });
});
afterAll(async () => t?.close());

describe('a need from raised to met', () => {
  it('member raises, another supports, kerngroep prioritises, coordinator plans, member attends and evaluates, need is met', async () => {
    const raised = await post(employer, `/api/networks/${networkA}/needs`, {
      title: 'Hoe richten we een leerwerkplek in de bakkerij in?',
      theme: 'job_carving',
      organisationId: deLindeId, // ignored: a member raises for its own organisation
    });
    expect(raised.statusCode, raised.body).toBe(201);
    const needId = raised.json().id;
    expect((await post(otherEmployer, `/api/networks/${networkA}/needs/${needId}/support`)).statusCode).toBe(200);
    expect((await post(employer, `/api/networks/${networkA}/needs/${needId}/support`)).statusCode).toBe(409);

    // The member cannot prioritise; the coordinator cannot plan for an unprioritised need.
    expect((await post(employer, `/api/networks/${networkA}/needs/${needId}/prioritise`)).statusCode).toBe(403);
    const activity = {
      workForm: 'company_visit',
      title: 'Werkbezoek leerwerkplekken',
      startsAt: new Date(Date.now() - hour).toISOString(),
      endsAt: new Date(Date.now() + hour).toISOString(),
      location: 'Bakkerij Jansen, Zwolle',
      hostOrganisationId: jansenId,
      initiatorKind: 'member_employer',
      initiatorOrganisationId: jansenId,
      capacity: 12,
      needIds: [needId],
    };
    const tooEarly = await post(admin, `/api/networks/${networkA}/activities`, activity);
    expect(tooEarly.statusCode).toBe(409);
    expect(tooEarly.json().message).toBe('Koppel alleen behoeften die de kerngroep heeft geprioriteerd.');
    expect((await post(coreGroup, `/api/networks/${networkA}/needs/${needId}/prioritise`)).statusCode).toBe(200);
    const planned = await post(admin, `/api/networks/${networkA}/activities`, activity);
    expect(planned.statusCode, planned.body).toBe(201);
    const activityId = planned.json().id;

    const needs = (await get(otherEmployer, `/api/networks/${networkA}/needs`)).json().items;
    expect(needs[0]).toMatchObject({
      status: 'picked_up',
      organisationName: 'Bakkerij Jansen',
      supporters: 1,
      supportedByMe: true,
      ownNeed: false,
      activityTitle: 'Werkbezoek leerwerkplekken',
    });
    // The raiser's own view, sorted by support: the count and "supported by me" are per viewer and per need.
    const bySupport = (await get(employer, `/api/networks/${networkA}/needs?sort=supporters`)).json().items;
    expect(bySupport.find((n: { id: string }) => n.id === needId)).toMatchObject({
      supporters: 1,
      supportedByMe: false,
      ownNeed: true,
    });
    // The agenda counts the needs an activity picks up.
    const agenda = (await get(admin, `/api/networks/${networkA}/activities`)).json().items;
    expect(agenda.find((a: { id: string }) => a.id === activityId)).toMatchObject({ needCount: 1 });

    const reg = await post(employer, `/api/networks/${networkA}/activities/${activityId}/registrations`);
    expect(reg.json()).toMatchObject({ status: 'registered' });
    const regId = reg.json().id;
    expect((await post(employer, `/api/networks/${networkA}/activities/${activityId}/registrations`)).statusCode).toBe(
      409,
    );

    // Before check-in the attendee cannot evaluate.
    const evaluation = { rating: 5, needMet: true, comment: 'Heel concreet, we starten in maart.' };
    const early = await t.app.inject({
      method: 'PUT',
      url: `/api/networks/${networkA}/activities/${activityId}/registrations/${regId}/evaluation`,
      headers: headers(employer),
      payload: evaluation,
    });
    expect(early.statusCode).toBe(409);
    const checkIn = await t.app.inject({
      method: 'PUT',
      url: `/api/networks/${networkA}/activities/${activityId}/registrations/${regId}/attendance`,
      headers: headers(admin),
      payload: { attended: true },
    });
    expect(checkIn.statusCode).toBe(200);
    const evaluated = await t.app.inject({
      method: 'PUT',
      url: `/api/networks/${networkA}/activities/${activityId}/registrations/${regId}/evaluation`,
      headers: headers(employer),
      payload: evaluation,
    });
    expect(evaluated.statusCode, evaluated.body).toBe(200);
    // Someone else's registration is not theirs to evaluate.
    const notMine = await t.app.inject({
      method: 'PUT',
      url: `/api/networks/${networkA}/activities/${activityId}/registrations/${regId}/evaluation`,
      headers: headers(otherEmployer),
      payload: evaluation,
    });
    expect(notMine.statusCode).toBe(404);

    const detail = (await get(admin, `/api/networks/${networkA}/activities/${activityId}`)).json();
    expect(detail.evaluation).toEqual({ count: 1, averageRating: 5, helped: 1, suggestedOutcome: 'met' });
    expect(detail.registrations[0]).toMatchObject({
      personName: 'Bram Jansen',
      attended: true,
      organisationName: 'Bakkerij Jansen',
    });
    // A member sees its own registration, not the list of others.
    const memberView = (await get(otherEmployer, `/api/networks/${networkA}/activities/${activityId}`)).json();
    expect(memberView.registrations).toEqual([]);
    expect(memberView.needs[0].title).toBe('Hoe richten we een leerwerkplek in de bakkerij in?');

    expect(
      (
        await post(admin, `/api/networks/${networkA}/needs/${needId}/evaluate`, {
          outcome: 'met',
          note: 'Twee leerwerkplekken gestart.',
        })
      ).statusCode,
    ).toBe(200);
    const after = (await get(employer, `/api/networks/${networkA}/needs?status=met`)).json().items;
    expect(after).toEqual([
      expect.objectContaining({ id: needId, ownNeed: true, outcomeNote: 'Twee leerwerkplekken gestart.' }),
    ]);

    const xlsx = await get(coreGroup, `/api/networks/${networkA}/needs?format=xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]!.getRow(2).getCell(3).value).toBe('Ingevuld');
  });
});

describe('capacity and the waiting list', () => {
  it('50 concurrent registrations for 20 places: exactly 20 registered and 30 on the waiting list; a cancellation moves the first up', async () => {
    const orgId = await org('Groot Logistiek BV');
    const persons: string[] = [];
    for (let i = 0; i < 50; i++) {
      const res = await post(admin, `/api/networks/${networkA}/organisations/${orgId}/contacts`, {
        name: `Medewerker ${i + 1}`,
      });
      persons.push(res.json().id);
    }
    const act = await post(admin, `/api/networks/${networkA}/activities`, {
      workForm: 'knowledge_session',
      title: 'Kennissessie banenafspraak',
      startsAt: new Date(Date.now() + 24 * hour).toISOString(),
      endsAt: new Date(Date.now() + 26 * hour).toISOString(),
      initiatorKind: 'coordinator',
      capacity: 20,
    });
    const activityId = act.json().id;
    const results = await Promise.all(
      persons.map((personId) =>
        post(admin, `/api/networks/${networkA}/activities/${activityId}/registrations`, { personId }),
      ),
    );
    expect(results.map((r) => r.statusCode)).toEqual(Array(50).fill(201));
    const statuses = results.map((r) => r.json().status as string);
    expect(statuses.filter((s) => s === 'registered')).toHaveLength(20);
    expect(statuses.filter((s) => s === 'waitlisted')).toHaveLength(30);

    const detail = (await get(admin, `/api/networks/${networkA}/activities/${activityId}`)).json();
    expect(detail).toMatchObject({ registered: 20, waitlisted: 30 });
    const firstWaiting = detail.registrations.find((r: { status: string }) => r.status === 'waitlisted');
    const someRegistered = detail.registrations.find((r: { status: string }) => r.status === 'registered');
    const cancel = await post(
      admin,
      `/api/networks/${networkA}/activities/${activityId}/registrations/${someRegistered.id}/cancel`,
    );
    expect(cancel.json()).toEqual({ promoted: 1 });
    const after = (await get(admin, `/api/networks/${networkA}/activities/${activityId}`)).json();
    expect(after).toMatchObject({ registered: 20, waitlisted: 29 });
    expect(after.registrations.find((r: { id: string }) => r.id === firstWaiting.id).status).toBe('registered');

    // More places let the waiting list move up too.
    const more = await t.app.inject({
      method: 'PATCH',
      url: `/api/networks/${networkA}/activities/${activityId}`,
      headers: headers(admin),
      payload: { capacity: 25, version: after.version },
    });
    expect(more.statusCode).toBe(200);
    expect((await get(admin, `/api/networks/${networkA}/activities/${activityId}`)).json()).toMatchObject({
      registered: 25,
      waitlisted: 24,
    });
  });
});

describe('moving up from the waiting list', () => {
  it('mails the person who gets the place, through the outbox, with the activity and a link to cancel', async () => {
    const orgId = await org('Fietsenmaker Wiel');
    const contact = async (name: string, email: string) =>
      (await post(admin, `/api/networks/${networkA}/organisations/${orgId}/contacts`, { name, email })).json()
        .id as string;
    const first = await contact('Wim Wiel', 'wim@wiel.example');
    const second = await contact('Wendy Wiel', 'wendy@wiel.example');
    const third = await contact('Wouter Wiel', 'wouter@wiel.example');
    const act = await post(admin, `/api/networks/${networkA}/activities`, {
      workForm: 'training',
      title: 'Training werkplekaanpassing',
      startsAt: new Date(Date.now() + 72 * hour).toISOString(),
      endsAt: new Date(Date.now() + 74 * hour).toISOString(),
      location: 'Zwolle',
      initiatorKind: 'coordinator',
      capacity: 1,
    });
    const activityId = act.json().id as string;
    const url = `/api/networks/${networkA}/activities/${activityId}/registrations`;
    const regFirst = (await post(admin, url, { personId: first })).json();
    expect(regFirst.status).toBe('registered');
    expect((await post(admin, url, { personId: second })).json().status).toBe('waitlisted');
    expect((await post(admin, url, { personId: third })).json().status).toBe('waitlisted');

    expect((await post(admin, `${url}/${regFirst.id}/cancel`)).json()).toEqual({ promoted: 1 });
    const mail = await lastMailTo(t.app, admin, 'wendy@wiel.example');
    expect(mail.kind).toBe('waitlist_promoted');
    expect(mail.subject).toBe('U heeft een plaats: Training werkplekaanpassing');
    expect(mail.textBody).toContain('Beste Wendy Wiel');
    expect(mail.textBody).toContain('(Zwolle)');
    expect(mail.textBody).toContain(`/n/${networkA}/agenda/${activityId}`);
    // Wouter is still waiting and got nothing.
    const outbox = await t.app.inject({
      method: 'GET',
      url: `/api/admin/outbox?search=${encodeURIComponent('wouter@wiel.example')}`,
      headers: { cookie: admin },
    });
    expect(outbox.json().items).toHaveLength(0);

    // More places move Wouter up too, and he is told.
    const detail = (await get(admin, `/api/networks/${networkA}/activities/${activityId}`)).json();
    const more = await t.app.inject({
      method: 'PATCH',
      url: `/api/networks/${networkA}/activities/${activityId}`,
      headers: headers(admin),
      payload: { capacity: 2, version: detail.version },
    });
    expect(more.statusCode).toBe(200);
    expect((await lastMailTo(t.app, admin, 'wouter@wiel.example')).kind).toBe('waitlist_promoted');
  });
});

describe('calendar', () => {
  let activityId: string;
  beforeAll(async () => {
    activityId = (
      await post(admin, `/api/networks/${networkA}/activities`, {
        workForm: 'network_meeting',
        title: 'Netwerkbijeenkomst voorjaar',
        description: 'Met lunch',
        startsAt: '2030-03-12T15:00:00Z',
        endsAt: '2030-03-12T17:30:00Z',
        location: 'Stadskantoor Zwolle',
        initiatorKind: 'core_group',
        isPublic: true,
      })
    ).json().id;
  });

  it('serves an .ics per activity that ical.js reads back', async () => {
    const res = await get(employer, `/api/networks/${networkA}/activities/${activityId}/ics`);
    expect(res.headers['content-type']).toMatch(/text\/calendar/);
    const vcal = new ICAL.Component(ICAL.parse(res.body));
    const event = new ICAL.Event(vcal.getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe('Netwerkbijeenkomst voorjaar');
    expect(event.location).toBe('Stadskantoor Zwolle');
    expect(event.startDate.toJSDate().toISOString()).toBe('2030-03-12T15:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2030-03-12T17:30:00.000Z');
    expect(event.uid).toBe(`${activityId}@localhost`);
  });

  it('a personal feed holds only my registrations; a network feed all; revoking stops the address', async () => {
    await post(employer, `/api/networks/${networkA}/activities/${activityId}/registrations`);
    const personal = await post(employer, `/api/networks/${networkA}/calendar-feeds`, { scope: 'personal' });
    const whole = await post(employer, `/api/networks/${networkA}/calendar-feeds`, { scope: 'network' });
    const path = (url: string) => new URL(url).pathname;
    const summaries = async (url: string) => {
      const res = await t.app.inject({ method: 'GET', url: path(url) });
      expect(res.statusCode, res.body).toBe(200);
      const vcal = new ICAL.Component(ICAL.parse(res.body));
      return vcal
        .getAllSubcomponents('vevent')
        .map((e) => new ICAL.Event(e).summary)
        .sort();
    };
    expect(await summaries(personal.json().url)).toEqual(['Netwerkbijeenkomst voorjaar', 'Werkbezoek leerwerkplekken']);
    expect((await summaries(whole.json().url)).length).toBeGreaterThan(2);
    expect((await get(employer, `/api/networks/${networkA}/calendar-feeds`)).json().items).toHaveLength(2);
    const revoke = await t.app.inject({
      method: 'DELETE',
      url: `/api/networks/${networkA}/calendar-feeds/${personal.json().id}`,
      headers: headers(employer),
    });
    expect(revoke.statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: path(personal.json().url) })).statusCode).toBe(404);
    // Someone else cannot revoke my feed.
    const other = await t.app.inject({
      method: 'DELETE',
      url: `/api/networks/${networkA}/calendar-feeds/${whole.json().id}`,
      headers: headers(otherEmployer),
    });
    expect(other.statusCode).toBe(404);
  });

  it('the public agenda is off until the network opts in, and shows no personal data', async () => {
    const slug = (await get(admin, '/api/session')).json().networks.find((n: { id: string }) => n.id === networkA).slug;
    expect((await t.app.inject({ method: 'GET', url: `/api/public/agenda/${slug}` })).statusCode).toBe(404);
    expect(
      (
        await t.app.inject({
          method: 'PUT',
          url: `/api/networks/${networkA}/public-agenda`,
          headers: headers(employer),
          payload: { publicAgenda: true },
        })
      ).statusCode,
    ).toBe(403);
    const on = await t.app.inject({
      method: 'PUT',
      url: `/api/networks/${networkA}/public-agenda`,
      headers: headers(admin),
      payload: { publicAgenda: true },
    });
    expect(on.statusCode).toBe(200);
    const res = await t.app.inject({ method: 'GET', url: `/api/public/agenda/${slug}` });
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((a: { title: string }) => a.title)).toEqual(['Netwerkbijeenkomst voorjaar']);
    expect(res.body).not.toMatch(/Bram|Jansen|registrations|@/);
  });
});

describe('who may do what', () => {
  it('per role and network', async () => {
    const url = `/api/networks/${networkA}/activities`;
    const body = {
      workForm: 'training',
      title: 'Training',
      startsAt: '2030-01-01T09:00:00Z',
      endsAt: '2030-01-01T10:00:00Z',
      initiatorKind: 'coordinator',
    };
    expect((await post(employer, url, body)).statusCode).toBe(403);
    expect((await post(coreGroup, url, body)).statusCode).toBe(403);
    expect((await get(employer, url)).statusCode).toBe(200);
    expect((await get(employer, `/api/networks/${networkB}/activities`)).statusCode).toBe(404);
    expect((await get(employer, `/api/networks/${networkB}/needs`)).statusCode).toBe(404);
    expect(
      (await post(employer, `/api/networks/${networkB}/needs`, { title: 'Iets', theme: 'onboarding' })).statusCode,
    ).toBe(404);
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    // A member may register itself and colleagues (decision 016), not someone of another organisation, and not as a
    // speaker at an activity it does not run.
    const act = (await post(admin, url, body)).json().id;
    const someone = (
      await post(admin, `/api/networks/${networkA}/organisations/${jansenId}/contacts`, { name: 'Collega Jansen' })
    ).json().id;
    const colleague = (
      await post(admin, `/api/networks/${networkA}/organisations/${jansenId}/contacts`, { name: 'Tweede Jansen' })
    ).json().id;
    const stranger = (
      await post(admin, `/api/networks/${networkA}/organisations/${deLindeId}/contacts`, { name: 'Collega De Linde' })
    ).json().id;
    expect((await post(employer, `${url}/${act}/registrations`, { personId: stranger })).statusCode).toBe(403);
    expect((await post(employer, `${url}/${act}/registrations`, { personId: colleague })).statusCode).toBe(201);
    expect((await post(employer, `${url}/${act}/registrations`, { role: 'speaker' })).statusCode).toBe(403);
    expect((await post(admin, `${url}/${act}/registrations`, { personId: someone, role: 'speaker' })).statusCode).toBe(
      201,
    );
    // Attendance is the organiser's.
    const mine = (await post(employer, `${url}/${act}/registrations`)).json().id;
    const att = await t.app.inject({
      method: 'PUT',
      url: `${url}/${act}/registrations/${mine}/attendance`,
      headers: headers(employer),
      payload: { attended: true },
    });
    expect(att.statusCode).toBe(403);
    // The other member cannot cancel my registration.
    expect((await post(otherEmployer, `${url}/${act}/registrations/${mine}/cancel`)).statusCode).toBe(403);
    expect((await post(employer, `${url}/${act}/registrations/${mine}/cancel`)).json()).toEqual({ promoted: 0 });
    // Evaluating a need is the coordinator's; the kerngroep prioritises.
    const need = (
      await post(employer, `/api/networks/${networkA}/needs`, { title: 'Subsidies', theme: 'funding_schemes' })
    ).json().id;
    expect(
      (await post(coreGroup, `/api/networks/${networkA}/needs/${need}/evaluate`, { outcome: 'met' })).statusCode,
    ).toBe(403);
    expect((await post(admin, `/api/networks/${networkA}/needs/${need}/prioritise`)).statusCode).toBe(403);
  });
});
