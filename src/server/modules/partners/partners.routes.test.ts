// Two networks in one installation working together, through the real routes: a partner agreement is required before
// sharing; a co-organised activity appears in both agendas and takes registrations from both; a referral without consent is
// refused with a clear message, with consent it arrives carrying only the consented fields; a partner's contact sees only
// what is linked to their partner; news; and nothing of network A is readable from B without a share.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, writeHeaders, type TestApp } from '../../test/test-app.js';
import { login, setupInstallation } from '../../test/helpers.js';

let t: TestApp;
let cookie: string;
let zwolle: string;
let deventer: string;
let activityId: string;
let candidateId: string;

const post = (url: string, payload: unknown, c = cookie) =>
  t.app.inject({ method: 'POST', url, headers: { ...writeHeaders, cookie: c }, payload: payload as object });
const get = (url: string, c = cookie) => t.app.inject({ method: 'GET', url, headers: { cookie: c } });

beforeAll(async () => {
  t = await createTestApp();
  ({ cookie, networkId: zwolle } = await setupInstallation(t.app, { network: '99van Zwolle' }));
  const created = await post('/api/admin/networks', { name: '99van Deventer' });
  expect(created.statusCode, created.body).toBe(201);
  deventer = created.json<{ id: string }>().id;
  const a = await t.database.pool.query<{ id: string }>(
    `insert into activity (network_id, work_form, title, starts_at, ends_at, initiator_kind, capacity)
     values ($1, 'breakfast', 'Regionaal werkgeversontbijt', now() + interval '7 days', now() + interval '7 days 2 hours',
             'coordinator', 50) returning id`,
    [zwolle],
  );
  activityId = a.rows[0]!.id;
  const c = await t.database.pool.query<{ id: string }>(
    `insert into candidate (network_id, code, first_name, email, phone, place, wishes)
     values ($1, 'K-0001', 'Samira', 'samira@example.nl', '0612345678', 'Zwolle', 'Werk in de zorg') returning id`,
    [zwolle],
  );
  candidateId = c.rows[0]!.id;
  await t.database.pool.query(
    `insert into candidate_consent (network_id, candidate_id, recipient, fields, given_on)
     values ($1, $2, 'own_network', '{}', current_date - 1)`,
    [zwolle, candidateId],
  );
}, 60_000);

afterAll(async () => {
  await t?.close();
});

describe('working together across networks', () => {
  it('refuses sharing with a network that is not a recorded partner', async () => {
    const res = await post(`/api/networks/${zwolle}/activities/${activityId}/shares`, { partnerNetworkId: deventer });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toContain('Delen kan alleen met een netwerk dat als partner is vastgelegd');
  });

  it('records a partner network with its agreement, listed, searchable and exportable', async () => {
    const res = await post(`/api/networks/${zwolle}/partners`, {
      name: '99van Deventer',
      kind: 'employer_network',
      partnerNetworkId: deventer,
      agreement: 'Gezamenlijke werkgeversontbijten en doorverwijzen van kandidaten',
      since: '2026-01-01',
      contactName: 'Jan Jansen',
      contactEmail: 'jan@99vandeventer.nl',
      documents: ['Samenwerkingsovereenkomst 2026.pdf'],
    });
    expect(res.statusCode, res.body).toBe(201);
    await post(`/api/networks/${zwolle}/partners`, { name: 'UWV Zwolle', kind: 'uwv' });
    const list = await get(`/api/networks/${zwolle}/partners?search=ontbijt`);
    expect(list.json().items).toEqual([
      expect.objectContaining({ name: '99van Deventer', partnerNetworkName: '99van Deventer', since: '2026-01-01' }),
    ]);
    const sorted = await get(`/api/networks/${zwolle}/partners?sort=kind&order=desc`);
    expect(sorted.json().items.map((p: { kind: string }) => p.kind)).toEqual(['uwv', 'employer_network']);
    const csv = await get(`/api/networks/${zwolle}/partners?format=csv`);
    expect(csv.body).toContain('Samenwerkingsovereenkomst 2026.pdf');
  });

  it('shows a co-organised activity in both agendas and takes registrations from both networks', async () => {
    const share = await post(`/api/networks/${zwolle}/activities/${activityId}/shares`, { partnerNetworkId: deventer });
    expect(share.statusCode, share.body).toBe(201);
    const inZwolle = (await get(`/api/networks/${zwolle}/co-organised-agenda`)).json().items;
    const inDeventer = (await get(`/api/networks/${deventer}/co-organised-agenda`)).json().items;
    for (const items of [inZwolle, inDeventer])
      expect(items).toEqual([
        expect.objectContaining({
          title: 'Regionaal werkgeversontbijt',
          ownerNetworkName: '99van Zwolle',
          coOrganisers: ['99van Deventer'],
          registrations: 0,
        }),
      ]);
    const own = await post(`/api/networks/${zwolle}/co-organised-agenda/${zwolle}/${activityId}/registrations`, {});
    expect(own.statusCode, own.body).toBe(201);
    const fromDeventer = await post(
      `/api/networks/${deventer}/co-organised-agenda/${zwolle}/${activityId}/registrations`,
      {},
    );
    expect(fromDeventer.statusCode, fromDeventer.body).toBe(201);
    expect(fromDeventer.json()).toEqual({ status: 'registered' });
    const after = (await get(`/api/networks/${deventer}/co-organised-agenda`)).json().items[0];
    expect(after).toMatchObject({ registrations: 2, registeredByMe: true });
    // The Deventer registration is Deventer's row; Zwolle's own table holds only its own.
    const rows = await t.database.pool.query(
      'select network_id from shared_registration union all select network_id from registration',
    );
    expect(rows.rows.map((r) => r.network_id).sort()).toEqual([zwolle, deventer].sort());
  });

  it('refuses a referral without consent with a clear message, and with consent sends only the consented fields', async () => {
    const refused = await post(`/api/networks/${zwolle}/referrals`, { candidateId, toNetworkId: deventer });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().message).toBe(
      'Doorverwijzen kan niet: de kandidaat heeft geen (geldige) toestemming gegeven om gegevens te delen met 99van Deventer. Leg eerst die toestemming vast.',
    );
    expect((await get(`/api/networks/${deventer}/referrals`)).json().items).toEqual([]);

    await t.database.pool.query(
      `insert into candidate_consent (network_id, candidate_id, recipient, other_network_name, fields, given_on)
       values ($1, $2, 'other_network', '99van Deventer', '{firstName,wishes}', current_date - 1)`,
      [zwolle, candidateId],
    );
    const ok = await post(`/api/networks/${zwolle}/referrals`, {
      candidateId,
      toNetworkId: deventer,
      note: 'Zoekt werk in de zorg in Deventer',
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().fields).toEqual(['firstName', 'wishes']);
    const incoming = (await get(`/api/networks/${deventer}/referrals?direction=incoming`)).json().items;
    expect(incoming).toHaveLength(1);
    expect(incoming[0]).toMatchObject({
      fromNetworkName: '99van Zwolle',
      candidateCode: 'K-0001',
      shared: { firstName: 'Samira', wishes: 'Werk in de zorg' },
    });
    expect(JSON.stringify(incoming[0])).not.toContain('samira@example.nl');
    expect(JSON.stringify(incoming[0])).not.toContain('0612345678');
    const audit = await t.database.pool.query(`select details from audit_entry where action = 'referral.create'`);
    expect(audit.rows[0].details).toMatchObject({ receiver: '99van Deventer', fields: ['firstName', 'wishes'] });
  });

  it("gives a partner's contact only the shared activities and referrals meant for their partner", async () => {
    const org = await t.database.pool.query<{ id: string }>(
      `insert into organisation (network_id, kind, name) values ($1, 'partner', 'Jobcoach Oost') returning id`,
      [zwolle],
    );
    const partner = await post(`/api/networks/${zwolle}/partners`, {
      name: 'Jobcoach Oost',
      kind: 'jobcoach_provider',
      organisationId: org.rows[0]!.id,
    });
    const partnerId = partner.json().id as string;
    expect((await post(`/api/networks/${zwolle}/partners/${partnerId}/activities`, { activityId })).statusCode).toBe(
      204,
    );
    await t.database.pool.query(
      `insert into candidate_consent (network_id, candidate_id, recipient, organisation_id, fields, given_on)
       values ($1, $2, 'employer', $3, '{phone}', current_date - 1)`,
      [zwolle, candidateId, org.rows[0]!.id],
    );
    expect((await post(`/api/networks/${zwolle}/referrals`, { candidateId, toPartnerId: partnerId })).statusCode).toBe(
      201,
    );

    const invite = await post(`/api/networks/${zwolle}/invitations`, {
      name: 'Petra Coach',
      email: 'petra@jobcoach.nl',
      role: 'partner',
    });
    expect(invite.statusCode, invite.body).toBe(201);
    // Accept through the database shortcut the people tests cover: create the account by signing up via the invitation.
    const mail = await t.database.pool.query<{ text_body: string }>(
      `select text_body from mail_message where to_address = 'petra@jobcoach.nl' order by created_at desc limit 1`,
    );
    const token = /uitnodiging\/([A-Za-z0-9_-]+)/.exec(mail.rows[0]!.text_body)![1]!;
    const accepted = await post(
      `/api/invitations/${token}/accept`,
      { password: 'petra-heeft-een-lang-wachtwoord' },
      '',
    );
    expect(accepted.statusCode, accepted.body).toBe(200);
    await t.database.pool.query(
      `update person set organisation_id = $2 where network_id = $1 and email = 'petra@jobcoach.nl'`,
      [zwolle, org.rows[0]!.id],
    );
    const petra = await login(t.app, 'petra@jobcoach.nl', 'petra-heeft-een-lang-wachtwoord');
    const view = (await get(`/api/networks/${zwolle}/partner-view`, petra)).json();
    expect(view.activities.map((a: { title: string }) => a.title)).toEqual(['Regionaal werkgeversontbijt']);
    expect(view.referrals).toHaveLength(1);
    expect(view.referrals[0].shared).toEqual({ phone: '0612345678' });
    for (const url of ['partners', 'referrals', 'mailings', 'candidates'])
      expect((await get(`/api/networks/${zwolle}/${url}`, petra)).statusCode).toBe(403);
  });

  it('shares a work opportunity with a partner network: listed there, searchable, sortable and exportable', async () => {
    const org = await t.database.pool.query<{ id: string }>(
      `insert into organisation (network_id, kind, name) values ($1, 'employer', 'Bakkerij De Korenschoof') returning id`,
      [zwolle],
    );
    const opp = async (title: string) =>
      (
        await t.database.pool.query<{ id: string }>(
          `insert into work_opportunity (network_id, organisation_id, title, kind, place)
           values ($1, $2, $3, 'regular', 'Zwolle') returning id`,
          [zwolle, org.rows[0]!.id, title],
        )
      ).rows[0]!.id;
    const baker = await opp('Medewerker bakkerij');
    const driver = await opp('Bezorger');
    await opp('Niet gedeeld: magazijn');
    for (const id of [baker, driver])
      expect(
        (await post(`/api/networks/${zwolle}/opportunities/${id}/shares`, { partnerNetworkId: deventer })).statusCode,
      ).toBe(201);
    const list = await get(`/api/networks/${deventer}/shared-opportunities?sort=title&order=desc`);
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items.map((o: { title: string }) => o.title)).toEqual(['Medewerker bakkerij', 'Bezorger']);
    expect(list.json().items[0]).toMatchObject({
      ownerNetworkName: '99van Zwolle',
      organisationName: 'Bakkerij De Korenschoof',
    });
    const found = await get(`/api/networks/${deventer}/shared-opportunities?search=bezorg`);
    expect(found.json().items.map((o: { title: string }) => o.title)).toEqual(['Bezorger']);
    const csv = await get(`/api/networks/${deventer}/shared-opportunities?format=csv`);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('Medewerker bakkerij');
    expect(csv.body).not.toContain('magazijn');
    // Zwolle itself receives nothing from Deventer.
    expect((await get(`/api/networks/${zwolle}/shared-opportunities`)).json().items).toEqual([]);
  });

  it('shares news in the portal', async () => {
    const res = await post(`/api/networks/${zwolle}/news`, {
      kind: 'new_member',
      title: 'Welkom Bakkerij De Korenschoof',
      body: 'Het twintigste lid van ons netwerk.',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect((await get(`/api/networks/${zwolle}/news`)).json().items[0]).toMatchObject({ kind: 'new_member' });
    const bad = await post(`/api/networks/${zwolle}/news`, { kind: 'gossip', title: '', body: '' });
    expect(bad.statusCode).toBe(422);
  });
});
