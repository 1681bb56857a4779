// Optimistic concurrency on every editable record: (a) every PATCH/PUT route in the app's own route table that edits a
// record requires a `version` in its body (new routes are covered without editing this test; the few exceptions below say
// why they need none), and (b) for each such route, N concurrent edits from the same version on a real record give exactly
// one 2xx and N-1 × 409 `stale_version` with a Dutch message, and the record ends up as the winner's edit: no lost update.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { user } from '../platform/db/schema.js';
import { loadDemoNetwork } from '../modules/demo/demo.service.js';
import { grantRoleToUser } from '../modules/networks/network-membership.js';
import { signInAs } from '../test/test-users.js';
import { setupInstallation } from '../test/helpers.js';
import { createTestApp, writeHeaders, type TestApp } from '../test/test-app.js';

const N = 6;

/**
 * Routes whose optimistic-concurrency token has another name, with the test that proves the 409 on a stale one. They are
 * checked for that field here but not raced.
 */
const OTHER_VERSION_FIELD: Record<string, { field: string; provenBy: string }> = {
  'PUT /api/networks/:networkId/design/matrix': {
    field: 'versionId',
    provenBy: 'design.routes.test.ts (the applied design version; a stale versionId gets 409)',
  },
};

/** PATCH/PUT routes that need no version, and why. */
const NO_VERSION_NEEDED: Record<string, string> = {
  'PATCH /api/session/locale': "the signed-in user's own language preference: one value, one writer",
  'PUT /api/networks/:networkId/activities/:activityId/registrations/:registrationId/attendance':
    'sets one yes/no value (was present); the whole state is that value, so no other edit can be lost',
  'PUT /api/networks/:networkId/activities/:activityId/candidate-registrations/:candidateRegistrationId/attendance':
    "sets one yes/no value (the candidate was present), like a member's attendance: no other edit can be lost",
  'PUT /api/networks/:networkId/activities/:activityId/registrations/:registrationId/evaluation':
    "the participant's own evaluation of an activity: only that person writes it",
  'PUT /api/networks/:networkId/public-agenda': 'sets one yes/no network setting; nothing else in the body to lose',
  'PUT /api/networks/:networkId/steering/comparison-opt-in': 'sets one yes/no network setting; nothing else to lose',
  'PUT /api/networks/:networkId/organisations/:organisationId/membership/status':
    'a state transition command (not a field edit): checked against the current status inside the transaction and kept in the status history',
  'PUT /api/networks/:networkId/candidates/:candidateId/lived-experience':
    'sets one link (which klankbordgroep member sits for this candidate); the whole state is that person, each change audited',
};

interface JsonSchema {
  required?: string[];
  properties?: Record<string, unknown>;
}

let t: TestApp;
let cookie: string;
let networkId: string;
let openapi: {
  paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }>>;
};

const q = async <T>(sql: string, params: unknown[] = [networkId]) =>
  (await t.database.pool.query(sql, params)).rows as T[];

function bodySchema(method: string, url: string): JsonSchema | null {
  const op = openapi.paths[url.replace(/:(\w+)/g, '{$1}')]?.[method.toLowerCase()];
  return op?.requestBody?.content?.['application/json']?.schema ?? null;
}

function editRoutes() {
  return t.app.routeTable.filter((r) => r.method === 'PATCH' || r.method === 'PUT');
}

/** A real record behind one versioned route: where to send N different edits, and what the record holds afterwards. */
interface Fixture {
  url: string;
  version: number;
  body(i: number): Record<string, unknown>;
  /** The edited value as stored now, and the value edit i would store. */
  stored(): Promise<unknown>;
  expected(i: number): unknown;
  /** Who sends the edits, when not the coordinator (the member portal). */
  cookie?: string;
}

/** A kartrekker signed in, holding the role within a new themagroep, and a meeting of that themagroep. */
async function kartrekkerMeeting(label: string) {
  const email = `kartrekker.${label}@example.nl`;
  const lead = await signInAs(t.app, cookie, { networkId, role: 'theme_lead', name: `Kartrekker ${label}`, email });
  const body = await send('POST', `/api/networks/${networkId}/governance/bodies`, {
    kind: 'theme_group',
    name: `Themagroep ${label}`,
    theme: 'job_carving',
  });
  expect(body.statusCode, body.body).toBe(201);
  const bodyId = body.json().id as string;
  const [me] = await q<{ id: string }>('select id from person where network_id = $1 and email = $2', [
    networkId,
    email,
  ]);
  const assigned = await send('POST', `/api/networks/${networkId}/governance/assignments`, {
    personId: me!.id,
    role: 'theme_lead',
    bodyId,
  });
  expect(assigned.statusCode, assigned.body).toBe(201);
  const meeting = await send(
    'POST',
    `/api/networks/${networkId}/own-bodies/${bodyId}/meetings`,
    { startsAt: '2027-03-15T15:00:00.000Z' },
    lead,
  );
  expect(meeting.statusCode, meeting.body).toBe(201);
  const id = meeting.json().id as string;
  const [row] = await q<{ version: number }>('select version from meeting where id = $1', [id]);
  return {
    id,
    cookie: lead,
    version: row!.version,
    url: `/api/networks/${networkId}/own-bodies/${bodyId}/meetings/${id}`,
  };
}

/** A demo organisation that has a membership. */
async function memberOrganisation() {
  const [row] = await q<{ id: string; version: number }>(
    `select o.id, m.version from organisation o
       join membership m on m.network_id = o.network_id and m.organisation_id = o.id
      where o.network_id = $1 order by o.name limit 1`,
  );
  return row!;
}

const fixtures: Record<string, () => Promise<Fixture>> = {
  'PATCH /api/networks/:networkId/governance/tasks/:taskId': async () => {
    const created = await send('POST', `/api/networks/${networkId}/governance/tasks`, { title: 'Jaarplan schrijven' });
    expect(created.statusCode, created.body).toBe(201);
    const [row] = await q<{ id: string; version: number }>(
      'select id, version from task where network_id = $1 and id = $2',
      [networkId, created.json().id],
    );
    const due = (i: number) => `2027-02-${String(i + 1).padStart(2, '0')}`;
    return {
      url: `/api/networks/${networkId}/governance/tasks/${row!.id}`,
      version: row!.version,
      body: (i) => ({ dueOn: due(i) }),
      stored: async () =>
        (await q<{ d: string }>(`select to_char(due_on, 'YYYY-MM-DD') as d from task where id = $1`, [row!.id]))[0]!.d,
      expected: due,
    };
  },
  'PATCH /api/networks/:networkId/governance/meetings/:meetingId': async () => {
    const body = await send('POST', `/api/networks/${networkId}/governance/bodies`, {
      kind: 'core_group',
      name: 'Kerngroep concurrentieproef',
    });
    expect(body.statusCode, body.body).toBe(201);
    const meeting = await send('POST', `/api/networks/${networkId}/governance/meetings`, {
      bodyId: body.json().id,
      startsAt: '2027-01-15T15:00:00.000Z',
    });
    expect(meeting.statusCode, meeting.body).toBe(201);
    const id = meeting.json().id as string;
    const [row] = await q<{ version: number }>('select version from meeting where id = $1', [id]);
    return {
      url: `/api/networks/${networkId}/governance/meetings/${id}`,
      version: row!.version,
      body: (i) => ({ agenda: `Agenda versie ${i}` }),
      stored: async () => (await q<{ a: string }>('select agenda as a from meeting where id = $1', [id]))[0]!.a,
      expected: (i) => `Agenda versie ${i}`,
    };
  },
  'PUT /api/networks/:networkId/governance/meetings/:meetingId/attendance': async () => {
    const body = await send('POST', `/api/networks/${networkId}/governance/bodies`, {
      kind: 'core_group',
      name: 'Kerngroep aanwezigheidsproef',
    });
    expect(body.statusCode, body.body).toBe(201);
    const meeting = await send('POST', `/api/networks/${networkId}/governance/meetings`, {
      bodyId: body.json().id,
      startsAt: '2027-02-15T15:00:00.000Z',
    });
    expect(meeting.statusCode, meeting.body).toBe(201);
    const id = meeting.json().id as string;
    const [row] = await q<{ version: number }>('select version from meeting where id = $1', [id]);
    const people = (await q<{ id: string }>(`select id from person where network_id = $1 order by id limit ${N}`)).map(
      (p) => p.id,
    );
    // Edit i marks person i present and the others absent: a lost update would leave a mix.
    return {
      url: `/api/networks/${networkId}/governance/meetings/${id}/attendance`,
      version: row!.version,
      body: (i) => ({ attendance: people.map((personId, j) => ({ personId, present: i === j })) }),
      stored: async () =>
        (
          await q<{ p: string }>(
            'select person_id as p from meeting_attendance where meeting_id = $1 and present order by person_id',
            [id],
          )
        ).map((r) => r.p),
      expected: (i) => [people[i]],
    };
  },
  'PATCH /api/networks/:networkId/own-bodies/:bodyId/meetings/:meetingId': async () => {
    const own = await kartrekkerMeeting('agenda');
    return {
      url: own.url,
      version: own.version,
      cookie: own.cookie,
      body: (i) => ({ agenda: `Themagroep-agenda versie ${i}` }),
      stored: async () => (await q<{ a: string }>('select agenda as a from meeting where id = $1', [own.id]))[0]!.a,
      expected: (i) => `Themagroep-agenda versie ${i}`,
    };
  },
  'PUT /api/networks/:networkId/own-bodies/:bodyId/meetings/:meetingId/attendance': async () => {
    const own = await kartrekkerMeeting('aanwezigheid');
    const people = (await q<{ id: string }>(`select id from person where network_id = $1 order by id limit ${N}`)).map(
      (p) => p.id,
    );
    return {
      url: `${own.url}/attendance`,
      version: own.version,
      cookie: own.cookie,
      body: (i) => ({ attendance: people.map((personId, j) => ({ personId, present: i === j })) }),
      stored: async () =>
        (
          await q<{ p: string }>(
            'select person_id as p from meeting_attendance where meeting_id = $1 and present order by person_id',
            [own.id],
          )
        ).map((r) => r.p),
      expected: (i) => [people[i]],
    };
  },
  'PUT /api/networks/:networkId/organisations/:organisationId/membership/entry-conditions': async () => {
    const org = await memberOrganisation();
    return {
      url: `/api/networks/${networkId}/organisations/${org.id}/membership/entry-conditions`,
      version: org.version,
      body: (i) => ({
        entryConditions: [
          { code: 'covenant', signedOn: `2026-03-${String(i + 1).padStart(2, '0')}`, document: `Akte ${i}` },
        ],
      }),
      stored: async () =>
        (
          await q<{ e: unknown }>(
            'select entry_conditions as e from membership where network_id = $1 and organisation_id = $2',
            [networkId, org.id],
          )
        )[0]!.e,
      expected: (i) => [
        { code: 'covenant', signedOn: `2026-03-${String(i + 1).padStart(2, '0')}`, document: `Akte ${i}` },
      ],
    };
  },
  // Version 0 = "no figures for this year yet": N screens that each saw an empty year race to create it.
  'PUT /api/networks/:networkId/organisations/:organisationId/membership/years/:year': async () => {
    const org = await memberOrganisation();
    const url = `/api/networks/${networkId}/organisations/${org.id}/membership/years/2031`;
    return {
      url,
      version: 0,
      body: (i) => ({
        contributionCents: 100_000 + i,
        contributionInKind: null,
        invoiceStatus: 'invoiced',
        ambitionJobs: 10 + i,
        realisedJobs: null,
      }),
      stored: async () =>
        (
          await q<{ c: number; a: number }>(
            `select y.contribution_cents as c, y.ambition_jobs as a from membership_year y
               join membership m on m.network_id = y.network_id and m.id = y.membership_id
              where m.network_id = $1 and m.organisation_id = $2 and y.year = 2031`,
            [networkId, org.id],
          )
        ).map((r) => [r.c, r.a]),
      expected: (i) => [[100_000 + i, 10 + i]],
    };
  },
  // The member portal edits an existing year (created by the network first), so the update path is raced as well.
  'PUT /api/networks/:networkId/portal/organisation/years/:year': async () => {
    const org = await memberOrganisation();
    const created = await send('PUT', `/api/networks/${networkId}/organisations/${org.id}/membership/years/2032`, {
      contributionCents: 50_000,
      contributionInKind: 'Werkplekken',
      invoiceStatus: 'paid',
      ambitionJobs: 3,
      realisedJobs: 1,
      version: 0,
    });
    expect(created.statusCode, created.body).toBe(200);
    const employer = await signInAs(t.app, cookie, {
      networkId,
      role: 'employer',
      name: 'Portaal Gelijktijdig',
      email: 'portaal.gelijktijdig@example.nl',
      organisationId: org.id,
    });
    return {
      url: `/api/networks/${networkId}/portal/organisation/years/2032`,
      version: created.json().version as number,
      cookie: employer,
      body: (i) => ({ ambitionJobs: 20 + i, realisedJobs: i }),
      stored: async () =>
        (
          await q<{ v: string }>(
            `select concat_ws('/', y.contribution_cents, y.contribution_in_kind, y.invoice_status, y.ambition_jobs,
                    y.realised_jobs) as v
               from membership_year y
               join membership m on m.network_id = y.network_id and m.id = y.membership_id
              where m.network_id = $1 and m.organisation_id = $2 and y.year = 2032`,
            [networkId, org.id],
          )
        )[0]!.v,
      // The network's own figures are untouched by the portal edit.
      expected: (i) => `50000/Werkplekken/paid/${20 + i}/${i}`,
    };
  },
  // Installation-wide; version 0 = "never saved". Each edit sets the coordinator's days to a different number.
  'PUT /api/admin/advisor-settings': async () => {
    const read = (
      await t.app.inject({ method: 'GET', url: '/api/admin/advisor-settings', headers: { cookie } })
    ).json();
    return {
      url: '/api/admin/advisor-settings',
      version: read.version as number,
      body: (i) => ({ values: { ...read.values, coordinatorDaysInStartUp: 1 + i / 2 } }),
      stored: async () => {
        const [row] = await q<{ days: number | null }>(
          `select (value->>'coordinatorDaysInStartUp')::float as days from installation_setting where key = 'advisor'`,
          [],
        );
        return row?.days ?? 2;
      },
      expected: (i) => 1 + i / 2,
    };
  },
  // Version 0 = "this year has no target yet".
  'PUT /api/networks/:networkId/steering/targets': async () => ({
    url: `/api/networks/${networkId}/steering/targets`,
    version: 0,
    body: (i) => ({ year: 2033, placements: 40 + i, banen: 12.5 + i, activeMembers: 30 + i }),
    stored: async () =>
      (
        await q<{ p: number; a: number }>(
          'select placements as p, active_members as a from mission_target where network_id = $1 and year = 2033',
        )
      ).map((r) => [r.p, r.a]),
    expected: (i) => [[40 + i, 30 + i]],
  }),
  'PUT /api/networks/:networkId/organisations/:organisationId': async () => {
    const [row] = await q<{ id: string; kind: string; version: number }>(
      `select id, kind, version from organisation where network_id = $1 order by name limit 1`,
    );
    return {
      url: `/api/networks/${networkId}/organisations/${row!.id}`,
      version: row!.version,
      body: (i) => ({ kind: row!.kind, name: `Gelijktijdig Bewerkt ${'ABCDEFGHIJ'[i]} BV`, city: `Plaats ${i}` }),
      stored: async () =>
        (await q<{ c: string }>('select name || city as c from organisation where id = $1', [row!.id]))[0]!.c,
      expected: (i) => `Gelijktijdig Bewerkt ${'ABCDEFGHIJ'[i]} BVPlaats ${i}`,
    };
  },
  'PUT /api/networks/:networkId/organisations/:organisationId/contacts/:personId': async () => {
    const [org] = await q<{ id: string }>(`select id from organisation where network_id = $1 order by name limit 1`);
    const created = await send('POST', `/api/networks/${networkId}/organisations/${org!.id}/contacts`, {
      name: 'Contact Gelijktijdig',
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    const [row] = await q<{ version: number }>('select version from person where id = $1', [id]);
    return {
      url: `/api/networks/${networkId}/organisations/${org!.id}/contacts/${id}`,
      version: row!.version,
      body: (i) => ({ name: `Contact ${i}`, jobTitle: `Functie ${i}` }),
      stored: async () => {
        const contact = (await q<{ c: string }>('select name as c from person where id = $1', [id]))[0]!.c;
        return contact;
      },
      expected: (i) => `Contact ${i}`,
    };
  },
  'PUT /api/networks/:networkId/opportunities/:opportunityId': async () => {
    const [org] = await q<{ id: string }>(
      `select id from organisation where network_id = $1 and kind = 'employer' order by name limit 1`,
    );
    const created = await send('POST', `/api/networks/${networkId}/opportunities`, {
      organisationId: org!.id,
      title: 'Medewerker magazijn',
      kind: 'regular',
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    const [row] = await q<{ version: number }>('select version from work_opportunity where id = $1', [id]);
    return {
      url: `/api/networks/${networkId}/opportunities/${id}`,
      version: row!.version,
      body: (i) => ({ title: `Functie variant ${i}`, kind: 'regular', status: 'open', hoursPerWeek: 20 + i }),
      stored: async () =>
        (
          await q<{ c: string }>(
            `select title || '/' || hours_per_week::int as c from work_opportunity where id = $1`,
            [id],
          )
        )[0]!.c,
      expected: (i) => `Functie variant ${i}/${20 + i}`,
    };
  },
  'PUT /api/networks/:networkId/candidate-settings': async () => {
    const url = `/api/networks/${networkId}/candidate-settings`;
    const current = (await t.app.inject({ method: 'GET', url, headers: { cookie } })).json();
    return {
      url,
      version: current.version as number,
      body: (i) => ({ retentionMonths: 12 + i, backOfficePersonalData: i % 2 === 0 }),
      stored: async () => {
        const now = (await t.app.inject({ method: 'GET', url, headers: { cookie } })).json();
        return [now.retentionMonths, now.backOfficePersonalData];
      },
      expected: (i) => [12 + i, i % 2 === 0],
    };
  },
  'PUT /api/networks/:networkId/steering/settings': async () => {
    const url = `/api/networks/${networkId}/steering/settings`;
    const current = (await t.app.inject({ method: 'GET', url, headers: { cookie } })).json();
    return {
      url,
      version: current.version as number,
      body: (i) => ({ thresholds: { ...current.thresholds, kerngroepRenewalDays: 400 + i, minimumRecords: 10 + i } }),
      stored: async () => {
        const now = (await t.app.inject({ method: 'GET', url, headers: { cookie } })).json();
        return [now.thresholds.kerngroepRenewalDays, now.thresholds.minimumRecords];
      },
      expected: (i) => [400 + i, 10 + i],
    };
  },
  'PATCH /api/networks/:networkId/activities/:activityId': async () => {
    const [row] = await q<{ id: string; version: number }>(
      `select id, version from activity where network_id = $1 and status = 'planned' and starts_at > now()
       order by starts_at limit 1`,
    );
    return {
      url: `/api/networks/${networkId}/activities/${row!.id}`,
      version: row!.version,
      body: (i) => ({ capacity: 500 + i }),
      stored: async () => (await q<{ c: number }>('select capacity as c from activity where id = $1', [row!.id]))[0]!.c,
      expected: (i) => 500 + i,
    };
  },
  'PUT /api/networks/:networkId/candidates/:candidateId': async () => {
    const [row] = await q<{ id: string; version: number }>(
      `select id, version from candidate where network_id = $1 and first_name is not null order by id limit 1`,
    );
    return {
      url: `/api/networks/${networkId}/candidates/${row!.id}`,
      version: row!.version,
      body: (i) => ({ firstName: `Kandidaat${'ABCDEFGHIJ'[i]}`, place: `Plaats ${i}` }),
      stored: async () =>
        (await q<{ c: string }>('select first_name || place as c from candidate where id = $1', [row!.id]))[0]!.c,
      expected: (i) => `Kandidaat${'ABCDEFGHIJ'[i]}Plaats ${i}`,
    };
  },
  'PUT /api/networks/:networkId/reports/:reportId/narrative': async () => {
    const frozen = await send('POST', `/api/networks/${networkId}/reports`, { periodKind: 'year', year: 2025 });
    expect(frozen.statusCode, frozen.body).toBe(201);
    const id = frozen.json().id as string;
    const [row] = await q<{ version: number }>('select version from report where id = $1', [id]);
    return {
      url: `/api/networks/${networkId}/reports/${id}/narrative`,
      version: row!.version,
      body: (i) => ({ narrative: `Toelichting van schrijver ${i}.` }),
      stored: async () => (await q<{ n: string }>('select narrative as n from report where id = $1', [id]))[0]!.n,
      expected: (i) => `Toelichting van schrijver ${i}.`,
    };
  },
  'PUT /api/networks/:networkId/funder-agreements/:agreementId': async () => {
    const agreement = {
      funderName: 'Gemeente Zwolle',
      funderType: 'gemeente',
      amountCents: 2_000_000,
      startsOn: '2026-01-01',
      endsOn: '2027-12-31',
    };
    const created = await send('POST', `/api/networks/${networkId}/funder-agreements`, agreement);
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    return {
      url: `/api/networks/${networkId}/funder-agreements/${id}`,
      version: created.json().version as number,
      body: (i) => ({ ...agreement, conditions: `Voorwaarden van schrijver ${i}.` }),
      stored: async () =>
        (await q<{ c: string }>('select conditions as c from funder_agreement where id = $1', [id]))[0]!.c,
      expected: (i) => `Voorwaarden van schrijver ${i}.`,
    };
  },
  'PUT /api/networks/:networkId/interactions/:interactionId': async () => {
    const [org] = await q<{ id: string }>(`select id from organisation where network_id = $1 order by name limit 1`, [
      networkId,
    ]);
    const moment = { kind: 'call', occurredOn: '2026-11-20', note: 'Eerste gesprek over een werkplek.' };
    const created = await send('POST', `/api/networks/${networkId}/organisations/${org!.id}/interactions`, moment);
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    return {
      url: `/api/networks/${networkId}/interactions/${id}`,
      version: 1, // a new contact moment starts at version 1 (the create reply carries only its id)
      body: (i) => ({ ...moment, note: `Verslag van schrijver ${i}.` }),
      stored: async () => (await q<{ c: string }>('select note as c from interaction where id = $1', [id]))[0]!.c,
      expected: (i) => `Verslag van schrijver ${i}.`,
    };
  },
  'PATCH /api/networks/:networkId/advice/:adviceId': async () => {
    const member = await signInAs(t.app, cookie, {
      networkId,
      role: 'sounding_board',
      name: 'Klankbord Proef',
      email: 'klankbord-proef@concurrency.example',
    });
    const given = await send('POST', `/api/networks/${networkId}/advice`, { text: 'Eerste advies.' }, member);
    expect(given.statusCode, given.body).toBe(201);
    const id = given.json().id as string;
    return {
      url: `/api/networks/${networkId}/advice/${id}`,
      version: 1,
      body: (i) => ({ text: `Advies van schrijver ${i}.` }),
      stored: async () => (await q<{ c: string }>('select text as c from advice where id = $1', [id]))[0]!.c,
      expected: (i) => `Advies van schrijver ${i}.`,
      cookie: member,
    };
  },
  'PUT /api/networks/:networkId/advice/:adviceId/decision': async () => {
    const [person] = await q<{ id: string }>(`select id from person where network_id = $1 order by name limit 1`);
    const [advice] = await q<{ id: string }>(
      `insert into advice (network_id, author_person_id, text) values ($1, $2, 'Ongevraagd advies.') returning id`,
      [networkId, person!.id],
    );
    const decisions = await q<{ id: string }>(`select id from decision where network_id = $1 order by id limit $2`, [
      networkId,
      N,
    ]);
    if (decisions.length < N) {
      const [body] = await q<{ id: string }>(
        `insert into body (network_id, kind, name) values ($1, 'core_group', 'Kerngroep adviesproef') returning id`,
      );
      for (let i = decisions.length; i < N; i++)
        decisions.push(
          (
            await q<{ id: string }>(
              `insert into decision (network_id, body_id, kind, decided_on, text) values ($1, $2, 'other', '2026-11-01', $3) returning id`,
              [networkId, body!.id, `Besluit ${i}`],
            )
          )[0]!,
        );
    }
    const id = advice!.id;
    return {
      url: `/api/networks/${networkId}/advice/${id}/decision`,
      version: 1,
      body: (i) => ({ decisionId: decisions[i]!.id, outcome: 'adopted', outcomeReason: `Reden ${i}` }),
      stored: async () => (await q<{ c: string }>('select decision_id as c from advice where id = $1', [id]))[0]!.c,
      expected: (i) => decisions[i]!.id,
    };
  },
  'PUT /api/networks/:networkId/phase/checklist/:itemId': async () => {
    const base = `/api/networks/${networkId}/phase`;
    // The network has no applied design, so no checklist was made: put one item in the current phase.
    const phase = (await t.app.inject({ method: 'GET', url: base, headers: { cookie } })).json().phase as string;
    await q(
      `insert into checklist_item (network_id, phase, code, title_key, owner_role, due_on)
       values ($1, $2, 'agree_funder_mandate', 'checklist.agree_funder_mandate', 'coordinator', '2027-01-31')
       on conflict do nothing`,
      [networkId, phase],
    );
    const list = await t.app.inject({ method: 'GET', url: `${base}/checklist`, headers: { cookie } });
    const items = list.json().items as { id: string; version: number }[];
    expect(items.length, list.body).toBeGreaterThan(0);
    const item = items[0]!;
    const due = (i: number) => `2027-03-${String(i + 1).padStart(2, '0')}`;
    return {
      url: `${base}/checklist/${item.id}`,
      version: item.version,
      body: (i) => ({ dueOn: due(i) }),
      stored: async () =>
        (
          await q<{ d: string }>(`select to_char(due_on, 'YYYY-MM-DD') as d from checklist_item where id = $1`, [
            item.id,
          ])
        )[0]!.d,
      expected: (i) => due(i),
    };
  },
  'PUT /api/networks/:networkId/budget/:year/plan': async () => {
    const created = await send('POST', `/api/networks/${networkId}/budget/2031`, { fromDesign: false });
    expect(created.statusCode, created.body).toBe(201);
    return {
      url: `/api/networks/${networkId}/budget/2031/plan`,
      version: created.json().version as number,
      body: (i) => ({ lines: [{ item: 'own', payer: 'other', amount: `${i + 1},00` }] }),
      stored: async () =>
        String(
          // The demo network has budgets of its own years; read this year's line.
          (
            await q<{ c: number }>(
              `select l.planned_cents as c from budget_line l
                 join budget_year y on y.network_id = l.network_id and y.id = l.budget_year_id
                where l.network_id = $1 and y.year = 2031`,
              [networkId],
            )
          )[0]!.c,
        ),
      expected: (i) => String((i + 1) * 100),
    };
  },
  'PUT /api/networks/:networkId/budget-spending/:entryId': async () => {
    expect((await send('POST', `/api/networks/${networkId}/budget/2032`, { fromDesign: false })).statusCode).toBe(201);
    const entry = { spentOn: '2032-01-15', item: 'own', payer: 'other', description: 'Zaalhuur' };
    const created = await send('POST', `/api/networks/${networkId}/budget-spending`, { ...entry, amount: '10,00' });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    return {
      url: `/api/networks/${networkId}/budget-spending/${id}`,
      version: 1, // a new entry starts at version 1 (the create reply carries only its id)
      body: (i) => ({ ...entry, amount: '10,00', description: `Uitgave van schrijver ${i}.` }),
      stored: async () =>
        (await q<{ d: string }>('select description as d from budget_spending where id = $1', [id]))[0]!.d,
      expected: (i) => `Uitgave van schrijver ${i}.`,
    };
  },
  'PUT /api/networks/:networkId/in-kind/:contributionId': async () => {
    expect((await send('POST', `/api/networks/${networkId}/budget/2033`, { fromDesign: false })).statusCode).toBe(201);
    const org = await memberOrganisation();
    const gift = { organisationId: org.id, givenOn: '2033-02-01', kind: 'catering', value: '75,00' };
    const created = await send('POST', `/api/networks/${networkId}/in-kind`, { ...gift, description: 'Lunch' });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    return {
      url: `/api/networks/${networkId}/in-kind/${id}`,
      version: 1,
      body: (i) => ({ ...gift, description: `Bijdrage van schrijver ${i}.` }),
      stored: async () =>
        (await q<{ d: string }>('select description as d from in_kind_contribution where id = $1', [id]))[0]!.d,
      expected: (i) => `Bijdrage van schrijver ${i}.`,
    };
  },
  'PUT /api/networks/:networkId/budget-statements/:statementId/explanation': async () => {
    expect((await send('POST', `/api/networks/${networkId}/budget/2036`, { fromDesign: false })).statusCode).toBe(201);
    const created = await send('POST', `/api/networks/${networkId}/budget-statements`, {
      from: '2036-01-01',
      to: '2036-03-31',
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    return {
      url: `/api/networks/${networkId}/budget-statements/${id}/explanation`,
      version: created.json().version as number,
      body: (i) => ({ explanation: `Toelichting van schrijver ${i}.` }),
      stored: async () =>
        (await q<{ e: string }>('select explanation as e from budget_statement where id = $1', [id]))[0]!.e,
      expected: (i) => `Toelichting van schrijver ${i}.`,
    };
  },
  'PATCH /api/networks/:networkId/invoices/:invoiceId': async () => {
    const org = await memberOrganisation();
    const created = await send('POST', `/api/networks/${networkId}/invoices`, {
      organisationId: org.id,
      contributionYear: 2034,
      amount: '100,00',
      issuedOn: '2034-01-05',
      asDraft: true,
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    return {
      url: `/api/networks/${networkId}/invoices/${id}`,
      version: created.json().version as number,
      body: (i) => ({ amount: '100,00', dueOn: '2034-02-05', description: `Concept van schrijver ${i}.` }),
      stored: async () => (await q<{ d: string }>('select description as d from invoice where id = $1', [id]))[0]!.d,
      expected: (i) => `Concept van schrijver ${i}.`,
    };
  },
  'PUT /api/networks/:networkId/invoice-details': async () => {
    const [row] = await q<{ version: number }>('select version from network where id = $1');
    const kvk = (i: number) => String(10_000_000 + i);
    return {
      url: `/api/networks/${networkId}/invoice-details`,
      version: row!.version,
      body: (i) => ({ kvkNumber: kvk(i) }),
      stored: async () => (await q<{ k: string }>('select kvk_number as k from network where id = $1'))[0]!.k,
      expected: (i) => kvk(i),
    };
  },
};

function send(method: string, url: string, payload: unknown, as = cookie) {
  return t.app.inject({
    method: method as 'PUT',
    url,
    headers: { ...writeHeaders, cookie: as },
    payload: payload as object,
  });
}

beforeAll(async () => {
  t = await createTestApp();
  const setup = await setupInstallation(t.app);
  cookie = setup.cookie;
  const demo = await loadDemoNetwork({ db: t.database.db, seed: 11 });
  networkId = demo.networkId;
  const [admin] = await t.database.db.select({ id: user.id }).from(user).where(eq(user.email, setup.admin.email));
  await grantRoleToUser(t.database.db, { networkId, userId: admin!.id, role: 'coordinator' });
  openapi = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
}, 180_000);
afterAll(async () => t?.close());

describe('versions on every editable record', { timeout: 300_000 }, () => {
  it('every PATCH/PUT route that edits a record requires a version (or is a listed exception)', () => {
    const routes = editRoutes();
    expect(routes.length).toBeGreaterThan(10);
    const problems: string[] = [];
    for (const r of routes) {
      const key = `${r.method} ${r.url}`;
      const schema = bodySchema(r.method, r.url);
      const versioned = Boolean(schema?.required?.includes('version') && schema.properties?.version);
      const other = OTHER_VERSION_FIELD[key];
      if (other) {
        if (!schema?.required?.includes(other.field)) problems.push(`${key} no longer requires ${other.field}`);
      } else if (key in NO_VERSION_NEEDED) {
        if (versioned) problems.push(`${key} requires a version now: take it off NO_VERSION_NEEDED`);
      } else if (!versioned) problems.push(`${key} edits without a required version in its body`);
      else if (!(key in fixtures)) problems.push(`${key} has a version but no concurrency fixture in this test`);
    }
    for (const key of [...Object.keys(NO_VERSION_NEEDED), ...Object.keys(OTHER_VERSION_FIELD)])
      if (!routes.some((r) => `${r.method} ${r.url}` === key)) problems.push(`${key} is listed but no longer exists`);
    console.log(
      `concurrency: ${routes.length} PATCH/PUT routes; ${Object.keys(fixtures).length} versioned and raced, ` +
        `${Object.keys(NO_VERSION_NEEDED).length} need none`,
    );
    expect(problems).toEqual([]);
  });

  for (const key of Object.keys(fixtures)) {
    it(`${key}: ${N} concurrent edits from one version → one wins, the rest 409 stale_version, nothing lost`, async () => {
      const fixture = await fixtures[key]!();
      const method = key.split(' ')[0]!;
      const replies = await Promise.all(
        Array.from({ length: N }, (_, i) =>
          send(method, fixture.url, { ...fixture.body(i), version: fixture.version }, fixture.cookie),
        ),
      );
      const winners = replies.flatMap((r, i) => (r.statusCode >= 200 && r.statusCode < 300 ? [i] : []));
      expect(winners, replies.map((r) => `${r.statusCode} ${r.body.slice(0, 200)}`).join('\n')).toHaveLength(1);
      for (const [i, r] of replies.entries()) {
        if (i === winners[0]) continue;
        expect(r.statusCode, r.body).toBe(409);
        expect(r.json().code).toBe('stale_version');
        expect(r.json().message).toMatch(/iemand anders|ondertussen|intussen/i);
      }
      expect(await fixture.stored()).toEqual(fixture.expected(winners[0]!));
      // The winner's edit moved the version on: the same stale version is refused from now on.
      const late = await send(method, fixture.url, { ...fixture.body(0), version: fixture.version }, fixture.cookie);
      expect(late.statusCode, late.body).toBe(409);
    });
  }
});
