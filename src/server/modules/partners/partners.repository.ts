// SQL for partners and shares. Own-network queries are bounded by network_id; anything from another network is reached
// only through a share row that names the asking network (activity_share, opportunity_share, referral.to_network_id).
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/database.js';
import {
  activityShare,
  newsItem,
  opportunityShare,
  partner,
  partnerActivity,
  referral,
  sharedRegistration,
} from '../../platform/db/schema.js';
import type { ListPartnersQuery } from '../../../core/partners/partners.contract.js';

export async function queryPartners(db: DbOrTx, networkId: string, q: ListPartnersQuery) {
  const order = { name: sql`p.name`, kind: sql`p.kind`, since: sql`p.since` }[q.sort];
  const dir = q.order === 'desc' ? sql`desc nulls last` : sql`asc nulls last`;
  const search = q.search ? `%${q.search.replace(/[%_\\]/g, (c) => `\\${c}`)}%` : null;
  const result = await db.execute<{
    id: string;
    name: string;
    kind: string;
    organisation_id: string | null;
    partner_network_id: string | null;
    partner_network_name: string | null;
    agreement: string | null;
    since: string | null;
    contact_name: string | null;
    contact_email: string | null;
    documents: string[];
    activity_count: number;
  }>(sql`
    select p.id, p.name, p.kind, p.organisation_id, p.partner_network_id, n.name as partner_network_name, p.agreement,
      p.since::text as since, p.contact_name, p.contact_email, p.documents,
      (select count(*)::int from partner_activity pa where pa.network_id = p.network_id and pa.partner_id = p.id) as activity_count
    from partner p left join network n on n.id = p.partner_network_id
    where p.network_id = ${networkId}
      and (${search}::text is null or p.name ilike ${search} or coalesce(p.agreement, '') ilike ${search})
      and (${q.kind ?? null}::text is null or p.kind = ${q.kind ?? null})
    order by ${order} ${dir}, p.id`);
  return result.rows.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind,
    organisationId: r.organisation_id,
    partnerNetworkId: r.partner_network_id,
    partnerNetworkName: r.partner_network_name,
    agreement: r.agreement,
    since: r.since,
    contactName: r.contact_name,
    contactEmail: r.contact_email,
    documents: r.documents,
    activityCount: r.activity_count,
  }));
}

export async function insertPartner(db: DbOrTx, values: typeof partner.$inferInsert) {
  const [row] = await db.insert(partner).values(values).returning({ id: partner.id });
  return row!;
}

export async function findPartner(db: DbOrTx, networkId: string, id: string) {
  const [row] = await db
    .select()
    .from(partner)
    .where(and(eq(partner.networkId, networkId), eq(partner.id, id)));
  return row;
}

export async function partnerForNetwork(db: DbOrTx, networkId: string, partnerNetworkId: string) {
  const [row] = await db
    .select({ id: partner.id })
    .from(partner)
    .where(and(eq(partner.networkId, networkId), eq(partner.partnerNetworkId, partnerNetworkId)));
  return row;
}

export async function linkActivity(db: DbOrTx, networkId: string, partnerId: string, activityId: string) {
  await db.insert(partnerActivity).values({ networkId, partnerId, activityId }).onConflictDoNothing();
}

export async function activityExists(db: DbOrTx, networkId: string, activityId: string) {
  const r = await db.execute(sql`select 1 from activity where network_id = ${networkId} and id = ${activityId}`);
  return (r.rowCount ?? 0) > 0;
}

export async function opportunityExists(db: DbOrTx, networkId: string, opportunityId: string) {
  const r = await db.execute(
    sql`select 1 from work_opportunity where network_id = ${networkId} and id = ${opportunityId}`,
  );
  return (r.rowCount ?? 0) > 0;
}

export async function upsertActivityShare(
  db: DbOrTx,
  values: { networkId: string; activityId: string; partnerNetworkId: string; sharedBy: string | null },
) {
  const [row] = await db
    .insert(activityShare)
    .values(values)
    .onConflictDoUpdate({
      target: [activityShare.networkId, activityShare.activityId, activityShare.partnerNetworkId],
      set: { revokedAt: null },
    })
    .returning({ id: activityShare.id });
  return row!;
}

export async function upsertOpportunityShare(
  db: DbOrTx,
  values: { networkId: string; opportunityId: string; partnerNetworkId: string; sharedBy: string | null },
) {
  const [row] = await db
    .insert(opportunityShare)
    .values(values)
    .onConflictDoUpdate({
      target: [opportunityShare.networkId, opportunityShare.opportunityId, opportunityShare.partnerNetworkId],
      set: { revokedAt: null },
    })
    .returning({ id: opportunityShare.id });
  return row!;
}

type AgendaSqlRow = {
  owner_network_id: string;
  owner_network_name: string;
  activity_id: string;
  title: string;
  starts_at: Date;
  ends_at: Date;
  location: string | null;
  co_organisers: string[];
  registrations: number;
  registered_by_me: boolean;
};

/**
 * The co-organised part of a network's agenda: its own activities that it shares, and activities other networks share
 * with it (through an active share naming this network). Registrations are counted over the organiser's own registrations
 * and every partner network's shared registrations — a number, never names.
 */
export async function coOrganisedAgenda(db: DbOrTx, networkId: string, personId: string | null) {
  const result = await db.execute<AgendaSqlRow>(sql`
    with visible as (
      select s.network_id as owner_id, s.activity_id from activity_share s
      where s.revoked_at is null and (s.network_id = ${networkId} or s.partner_network_id = ${networkId})
      group by s.network_id, s.activity_id
    )
    select v.owner_id as owner_network_id, own.name as owner_network_name, a.id as activity_id, a.title, a.starts_at,
      a.ends_at, a.location,
      array(select n2.name from activity_share s2 join network n2 on n2.id = s2.partner_network_id
            where s2.network_id = v.owner_id and s2.activity_id = a.id and s2.revoked_at is null order by n2.name)
        as co_organisers,
      ((select count(*) from registration r where r.network_id = v.owner_id and r.activity_id = a.id
          and r.status = 'registered')
       + (select count(*) from shared_registration sr join activity_share s3
            on s3.network_id = sr.share_network_id and s3.id = sr.share_id
          where s3.network_id = v.owner_id and s3.activity_id = a.id and sr.status = 'registered'))::int as registrations,
      case when v.owner_id = ${networkId}
        then exists (select 1 from registration r where r.network_id = v.owner_id and r.activity_id = a.id
                     and r.person_id = ${personId} and r.status <> 'cancelled')
        else exists (select 1 from shared_registration sr join activity_share s4
                       on s4.network_id = sr.share_network_id and s4.id = sr.share_id
                     where sr.network_id = ${networkId} and sr.person_id = ${personId} and s4.activity_id = a.id
                       and s4.network_id = v.owner_id and sr.status <> 'cancelled')
      end as registered_by_me
    from visible v
    join activity a on a.network_id = v.owner_id and a.id = v.activity_id
    join network own on own.id = v.owner_id
    order by a.starts_at, a.id`);
  return result.rows.map((r) => ({
    ownerNetworkId: r.owner_network_id,
    ownerNetworkName: r.owner_network_name,
    activityId: r.activity_id,
    title: r.title,
    startsAt: new Date(r.starts_at),
    endsAt: new Date(r.ends_at),
    location: r.location,
    coOrganisers: r.co_organisers,
    registrations: r.registrations,
    registeredByMe: r.registered_by_me,
  }));
}

export async function findActiveShare(
  db: DbOrTx,
  ownerNetworkId: string,
  activityId: string,
  partnerNetworkId: string,
) {
  const [row] = await db
    .select({ id: activityShare.id })
    .from(activityShare)
    .where(
      and(
        eq(activityShare.networkId, ownerNetworkId),
        eq(activityShare.activityId, activityId),
        eq(activityShare.partnerNetworkId, partnerNetworkId),
        sql`${activityShare.revokedAt} is null`,
      ),
    );
  return row;
}

export async function insertSharedRegistration(
  db: DbOrTx,
  values: { networkId: string; shareNetworkId: string; shareId: string; personId: string; status: string },
) {
  await db.insert(sharedRegistration).values(values).onConflictDoNothing();
}

export async function activityForRegistration(db: DbOrTx, ownerNetworkId: string, activityId: string) {
  const r = await db.execute<{ capacity: number | null; status: string; registered: number }>(sql`
    select a.capacity, a.status,
      ((select count(*) from registration r where r.network_id = a.network_id and r.activity_id = a.id and r.status = 'registered')
       + (select count(*) from shared_registration sr join activity_share s on s.network_id = sr.share_network_id and s.id = sr.share_id
          where s.network_id = a.network_id and s.activity_id = a.id and sr.status = 'registered'))::int as registered
    from activity a where a.network_id = ${ownerNetworkId} and a.id = ${activityId}
    for update of a`);
  return r.rows[0];
}

export async function insertOwnRegistration(
  db: DbOrTx,
  values: { networkId: string; activityId: string; personId: string; status: string },
) {
  await db.execute(sql`insert into registration (network_id, activity_id, person_id, status)
    values (${values.networkId}, ${values.activityId}, ${values.personId}, ${values.status}) on conflict do nothing`);
}

export async function sharedOpportunities(db: DbOrTx, networkId: string) {
  const r = await db.execute<{
    owner_network_name: string;
    opportunity_id: string;
    title: string;
    kind: string;
    hours_per_week: string | null;
    place: string | null;
    organisation_name: string;
  }>(sql`
    select n.name as owner_network_name, o.id as opportunity_id, o.title, o.kind, o.hours_per_week, o.place,
      org.name as organisation_name
    from opportunity_share s
    join work_opportunity o on o.network_id = s.network_id and o.id = s.opportunity_id
    join organisation org on org.network_id = o.network_id and org.id = o.organisation_id
    join network n on n.id = s.network_id
    where s.partner_network_id = ${networkId} and s.revoked_at is null and o.status = 'open'
    order by o.title`);
  return r.rows.map((x) => ({
    ownerNetworkName: x.owner_network_name,
    opportunityId: x.opportunity_id,
    title: x.title,
    kind: x.kind,
    hoursPerWeek: x.hours_per_week === null ? null : Number(x.hours_per_week),
    place: x.place,
    organisationName: x.organisation_name,
  }));
}

export async function candidateWithConsents(db: DbOrTx, networkId: string, candidateId: string) {
  const c = await db.execute<Record<string, unknown> & { code: string; erased_at: Date | null }>(sql`
    select code, first_name as "firstName", email, phone, place, wishes, hours_per_week::float as "hoursPerWeek",
      support_needed as "supportNeeded", available_from::text as "availableFrom",
      target_group_register as "targetGroupRegister", erased_at
    from candidate where network_id = ${networkId} and id = ${candidateId}`);
  const consents = await db.execute<{
    id: string;
    recipient: string;
    organisation_id: string | null;
    other_network_name: string | null;
    fields: string[];
    given_on: string;
    valid_until: string | null;
    withdrawn_at: Date | null;
  }>(sql`
    select id, recipient, organisation_id, other_network_name, fields, given_on::text as given_on,
      valid_until::text as valid_until, withdrawn_at
    from candidate_consent where network_id = ${networkId} and candidate_id = ${candidateId}`);
  return {
    candidate: c.rows[0],
    consents: consents.rows.map((r) => ({
      id: r.id,
      recipient: r.recipient,
      organisationId: r.organisation_id,
      otherNetworkName: r.other_network_name,
      fields: r.fields,
      givenOn: r.given_on,
      validUntil: r.valid_until,
      withdrawnAt: r.withdrawn_at,
    })),
  };
}

export async function networkNames(db: DbOrTx) {
  const r = await db.execute<{ id: string; name: string; slug: string }>(
    sql`select id, name, slug from network order by name`,
  );
  return r.rows;
}

export async function insertReferral(db: DbOrTx, values: typeof referral.$inferInsert) {
  const [row] = await db.insert(referral).values(values).returning({ id: referral.id });
  return row!;
}

type ReferralSqlRow = {
  id: string;
  from_network_name: string;
  to_name: string;
  candidate_code: string;
  fields: string[];
  shared: Record<string, unknown>;
  note: string | null;
  status: string;
  referred_at: Date;
};
function toReferral(r: ReferralSqlRow) {
  return {
    id: r.id,
    fromNetworkName: r.from_network_name,
    toName: r.to_name,
    candidateCode: r.candidate_code,
    fields: r.fields,
    shared: r.shared,
    note: r.note,
    status: r.status,
    referredAt: new Date(r.referred_at),
  };
}

/** Referrals other networks sent to this network: only what the referral row carries (the consented copy). */
export async function incomingReferrals(db: DbOrTx, networkId: string) {
  const r = await db.execute<ReferralSqlRow>(sql`
    select rf.id, n.name as from_network_name, me.name as to_name, rf.candidate_code, rf.fields, rf.shared, rf.note,
      rf.status, rf.referred_at
    from referral rf join network n on n.id = rf.network_id join network me on me.id = rf.to_network_id
    where rf.to_network_id = ${networkId} order by rf.referred_at desc`);
  return r.rows.map(toReferral);
}

export async function outgoingReferrals(db: DbOrTx, networkId: string) {
  const r = await db.execute<ReferralSqlRow>(sql`
    select rf.id, n.name as from_network_name, coalesce(tn.name, p.name) as to_name, rf.candidate_code, rf.fields,
      rf.shared, rf.note, rf.status, rf.referred_at
    from referral rf join network n on n.id = rf.network_id
      left join network tn on tn.id = rf.to_network_id
      left join partner p on p.network_id = rf.network_id and p.id = rf.to_partner_id
    where rf.network_id = ${networkId} order by rf.referred_at desc`);
  return r.rows.map(toReferral);
}

/** What a person with the partner role sees: the activities linked to their partner and the referrals sent to it. */
export async function partnerViewRows(db: DbOrTx, networkId: string, personId: string) {
  const partners = await db.execute<{ id: string; name: string }>(sql`
    select pa.id, pa.name from partner pa join person pe on pe.network_id = pa.network_id
      and pe.organisation_id = pa.organisation_id
    where pa.network_id = ${networkId} and pe.id = ${personId}`);
  const ids = partners.rows.map((p) => p.id);
  if (ids.length === 0) return { partners: [], activities: [], referrals: [] };
  const idList = sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const activities = await db.execute<{
    id: string;
    title: string;
    starts_at: Date;
    location: string | null;
  }>(sql`
    select distinct a.id, a.title, a.starts_at, a.location from partner_activity pa
    join activity a on a.network_id = pa.network_id and a.id = pa.activity_id
    where pa.network_id = ${networkId} and pa.partner_id in (${idList}) order by a.starts_at`);
  const referrals = await db.execute<ReferralSqlRow>(sql`
    select rf.id, n.name as from_network_name, p.name as to_name, rf.candidate_code, rf.fields, rf.shared, rf.note,
      rf.status, rf.referred_at
    from referral rf join network n on n.id = rf.network_id
      join partner p on p.network_id = rf.network_id and p.id = rf.to_partner_id
    where rf.network_id = ${networkId} and rf.to_partner_id in (${idList}) order by rf.referred_at desc`);
  return {
    partners: partners.rows,
    activities: activities.rows.map((a) => ({
      id: a.id,
      title: a.title,
      startsAt: new Date(a.starts_at),
      location: a.location,
    })),
    referrals: referrals.rows.map(toReferral),
  };
}

export async function listNews(db: DbOrTx, networkId: string) {
  return db
    .select({
      id: newsItem.id,
      kind: newsItem.kind,
      title: newsItem.title,
      body: newsItem.body,
      publishedAt: newsItem.publishedAt,
    })
    .from(newsItem)
    .where(eq(newsItem.networkId, networkId))
    .orderBy(sql`${newsItem.publishedAt} desc`)
    .limit(100);
}

export async function insertNews(db: DbOrTx, values: typeof newsItem.$inferInsert) {
  const [row] = await db.insert(newsItem).values(values).returning({ id: newsItem.id });
  return row!;
}
