// SQL for contact moments, follow-ups and an organisation's timeline. Every query is bounded by network_id; people and
// organisations are joined on (network_id, id), so nothing from another network can be reached.
import { amsterdamToday } from '../../platform/db/today.js';
import { sql } from 'drizzle-orm';
import { FOLLOW_UP_OWNER_ROLES, type InteractionKind } from '../../../core/interactions/interaction-lists.js';
import type { DbOrTx } from '../../platform/db/database.js';
import { updateVersioned } from '../../platform/db/versioned.js';
import { interaction } from '../../platform/db/schema.js';
import type {
  InteractionRow,
  ListInteractionsQuery,
  MyActionsQuery,
} from '../../../core/interactions/interactions.contract.js';

const likePattern = (q: string | undefined) => (q ? `%${q.replace(/[%_\\]/g, (c) => `\\${c}`)}%` : null);

type SqlRow = {
  id: string;
  organisation_id: string;
  organisation_name: string;
  kind: InteractionKind;
  occurred_on: string;
  contact_person_id: string | null;
  contact_name: string | null;
  recorded_by_person_id: string | null;
  recorded_by_name: string | null;
  note: string;
  outcome: string | null;
  follow_up: string | null;
  follow_up_owner_person_id: string | null;
  follow_up_owner_name: string | null;
  follow_up_due_on: string | null;
  follow_up_done: boolean;
  version: number;
};

const SELECT = sql`
  select i.id, i.organisation_id, o.name as organisation_name, i.kind, i.occurred_on::text as occurred_on,
    i.contact_person_id, c.name as contact_name, i.recorded_by_person_id, r.name as recorded_by_name, i.note, i.outcome,
    i.follow_up, i.follow_up_owner_person_id, w.name as follow_up_owner_name, i.follow_up_due_on::text as follow_up_due_on,
    i.follow_up_done_at is not null as follow_up_done, i.version
  from interaction i
  join organisation o on o.network_id = i.network_id and o.id = i.organisation_id
  left join person c on c.network_id = i.network_id and c.id = i.contact_person_id
  left join person r on r.network_id = i.network_id and r.id = i.recorded_by_person_id
  left join person w on w.network_id = i.network_id and w.id = i.follow_up_owner_person_id`;

function toRow(r: SqlRow): InteractionRow {
  return {
    id: r.id,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    kind: r.kind,
    occurredOn: r.occurred_on,
    contactPersonId: r.contact_person_id,
    contactName: r.contact_name,
    recordedByPersonId: r.recorded_by_person_id,
    recordedByName: r.recorded_by_name,
    note: r.note,
    outcome: r.outcome,
    followUp: r.follow_up,
    followUpOwnerPersonId: r.follow_up_owner_person_id,
    followUpOwnerName: r.follow_up_owner_name,
    followUpDueOn: r.follow_up_due_on,
    followUpDone: r.follow_up_done,
    version: r.version,
  };
}

export async function organisationExists(db: DbOrTx, networkId: string, organisationId: string) {
  const r = await db.execute(
    sql`select 1 from organisation where network_id = ${networkId} and id = ${organisationId}`,
  );
  return (r.rowCount ?? 0) > 0;
}

/** Whether the person is a contact of this organisation (in this network). */
export async function isContactOf(db: DbOrTx, networkId: string, organisationId: string, personId: string) {
  const r = await db.execute(
    sql`select 1 from person where network_id = ${networkId} and id = ${personId} and organisation_id = ${organisationId}`,
  );
  return (r.rowCount ?? 0) > 0;
}

/** People of the network who may own a follow-up: those holding a role that reads contact moments today. */
export async function followUpOwners(db: DbOrTx, networkId: string) {
  const roles = sql.join(
    FOLLOW_UP_OWNER_ROLES.map((r) => sql`${r}`),
    sql`, `,
  );
  const r = await db.execute<{ id: string; name: string }>(sql`
    select distinct p.id, p.name from person p
    join role_assignment ra on ra.network_id = p.network_id and ra.person_id = p.id
    where p.network_id = ${networkId} and ra.role in (${roles})
      and ra.starts_on <= ${amsterdamToday} and (ra.ends_on is null or ra.ends_on >= ${amsterdamToday})
    order by p.name, p.id`);
  return r.rows;
}

export async function insertInteraction(db: DbOrTx, values: typeof interaction.$inferInsert) {
  const [row] = await db.insert(interaction).values(values).returning({ id: interaction.id });
  return row!;
}

export async function findInteraction(db: DbOrTx, networkId: string, id: string) {
  const r = await db.execute<SqlRow>(sql`${SELECT} where i.network_id = ${networkId} and i.id = ${id}`);
  return r.rows[0] ? toRow(r.rows[0]) : undefined;
}

/** Updates when the version still matches; returns whether a row was changed. */
export async function updateInteraction(
  db: DbOrTx,
  networkId: string,
  id: string,
  version: number,
  values: Partial<typeof interaction.$inferInsert>,
) {
  return (await updateVersioned(db, interaction, { networkId, id, version }, values)) !== null;
}

export async function queryOrganisationInteractions(
  db: DbOrTx,
  networkId: string,
  organisationId: string,
  q: ListInteractionsQuery,
  all: boolean,
) {
  const order = { occurredOn: sql`i.occurred_on`, kind: sql`i.kind`, followUpDueOn: sql`i.follow_up_due_on` }[q.sort];
  const dir = q.order === 'desc' ? sql`desc nulls last` : sql`asc nulls last`;
  const search = likePattern(q.search);
  const where = sql`where i.network_id = ${networkId} and i.organisation_id = ${organisationId}
      and (${q.kind ?? null}::text is null or i.kind = ${q.kind ?? null})
      and (${search}::text is null or i.note ilike ${search} or coalesce(i.outcome, '') ilike ${search}
        or coalesce(i.follow_up, '') ilike ${search} or coalesce(c.name, '') ilike ${search})`;
  // An export holds every match; the screen gets one page and the count of all.
  const limit = all ? sql`` : sql`limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize}`;
  const r = await db.execute<SqlRow>(sql`${SELECT}
    ${where}
    order by ${order} ${dir}, i.created_at desc, i.id
    ${limit}`);
  const items = r.rows.map(toRow);
  if (all) return { items, total: items.length };
  const count = await db.execute<{ total: number }>(sql`select count(*)::int as total
    from interaction i
    left join person c on c.network_id = i.network_id and c.id = i.contact_person_id
    ${where}`);
  return { items, total: count.rows[0]?.total ?? 0 };
}

export async function queryActionsOf(db: DbOrTx, networkId: string, personId: string, q: MyActionsQuery) {
  const order = {
    followUpDueOn: sql`i.follow_up_due_on`,
    organisationName: sql`o.name`,
    occurredOn: sql`i.occurred_on`,
  }[q.sort];
  const dir = q.order === 'desc' ? sql`desc nulls last` : sql`asc nulls last`;
  const search = likePattern(q.search);
  const status =
    q.status === 'open'
      ? sql`i.follow_up_done_at is null`
      : q.status === 'done'
        ? sql`i.follow_up_done_at is not null`
        : sql`true`;
  const r = await db.execute<SqlRow>(sql`${SELECT}
    where i.network_id = ${networkId} and i.follow_up_owner_person_id = ${personId} and i.follow_up is not null
      and ${status}
      and (${search}::text is null or i.follow_up ilike ${search} or o.name ilike ${search})
    order by ${order} ${dir}, i.occurred_on desc, i.id`);
  return r.rows.map(toRow);
}

/** The latest contact moment per organisation (answers drift alerts on the steering dashboard). */
export async function lastContactByOrganisation(db: DbOrTx, networkId: string): Promise<Map<string, string>> {
  const r = await db.execute<{ organisation_id: string; day: string }>(sql`
    select organisation_id, max(occurred_on)::text as day from interaction
    where network_id = ${networkId} group by organisation_id`);
  return new Map(r.rows.map((row) => [row.organisation_id, row.day]));
}

type TimelineSqlRow = {
  kind: 'contact' | 'attended' | 'contributed' | 'hosted' | 'need' | 'placement';
  id: string;
  day: string;
  title: string;
  detail: string | null;
  sub_kind: string | null;
  total: number;
};

/**
 * One date-ordered stream of what happened with an organisation: contact moments, activities its people attended or
 * contributed to (as speaker), activities it hosted, needs it raised and placements with it (by start day; the candidate is
 * named only by code). Newest first, paged, with the total in the same statement.
 */
export async function queryTimeline(
  db: DbOrTx,
  networkId: string,
  organisationId: string,
  page: number,
  pageSize: number,
) {
  const stream = sql`
    select 'contact' as kind, i.id, i.occurred_on as day, i.note as title, i.outcome as detail, i.kind as sub_kind,
      i.created_at as at
    from interaction i where i.network_id = ${networkId} and i.organisation_id = ${organisationId}
    union all
    select case when r.role = 'speaker' then 'contributed' else 'attended' end, r.id,
      (a.starts_at at time zone 'Europe/Amsterdam')::date, a.title, p.name, null, a.starts_at
    from registration r
    join person p on p.network_id = r.network_id and p.id = r.person_id
    join activity a on a.network_id = r.network_id and a.id = r.activity_id
    where r.network_id = ${networkId} and p.organisation_id = ${organisationId} and r.status = 'registered'
      and a.status <> 'cancelled' and (r.attended is true or (r.role = 'speaker' and r.attended is not false))
    union all
    select 'hosted', a.id, (a.starts_at at time zone 'Europe/Amsterdam')::date, a.title, a.location, null, a.starts_at
    from activity a
    where a.network_id = ${networkId} and a.host_organisation_id = ${organisationId} and a.status <> 'cancelled'
    union all
    select 'need', n.id, (n.created_at at time zone 'Europe/Amsterdam')::date, n.title, n.status, null, n.created_at
    from need n where n.network_id = ${networkId} and n.organisation_id = ${organisationId}
    union all
    select 'placement', pl.id, pl.starts_on, c.code, pl.hours_per_week::text, null, pl.created_at
    from placement pl join candidate c on c.network_id = pl.network_id and c.id = pl.candidate_id
    where pl.network_id = ${networkId} and pl.organisation_id = ${organisationId}`;
  const r = await db.execute<TimelineSqlRow>(sql`
    with s as (${stream})
    select kind, id, day::text as day, title, detail, sub_kind, (select count(*)::int from s) as total
    from s order by day desc, at desc, id
    limit ${pageSize} offset ${(page - 1) * pageSize}`);
  let total = r.rows[0]?.total;
  if (total === undefined) {
    const c = await db.execute<{ n: number }>(sql`with s as (${stream}) select count(*)::int as n from s`);
    total = c.rows[0]?.n ?? 0;
  }
  return {
    total,
    items: r.rows.map((row) => ({
      kind: row.kind,
      id: row.id,
      day: row.day,
      title: row.title,
      detail: row.detail,
      subKind: row.sub_kind,
    })),
  };
}

/** Open follow-ups due on or before `today` whose owner was not mailed yet, with the owner's address. */
export async function dueFollowUpsToRemind(db: DbOrTx, networkId: string, today: string) {
  const r = await db.execute<{
    id: string;
    follow_up: string;
    due_on: string;
    organisation_name: string;
    owner_id: string;
    owner_name: string;
    owner_email: string;
  }>(sql`
    select i.id, i.follow_up, i.follow_up_due_on::text as due_on, o.name as organisation_name, w.id as owner_id,
      w.name as owner_name, w.email as owner_email
    from interaction i
    join organisation o on o.network_id = i.network_id and o.id = i.organisation_id
    join person w on w.network_id = i.network_id and w.id = i.follow_up_owner_person_id
    where i.network_id = ${networkId} and i.follow_up is not null and i.follow_up_done_at is null
      and i.follow_up_reminded_at is null and i.follow_up_due_on <= ${today}::date and w.email is not null
    order by w.id, i.follow_up_due_on, i.id`);
  return r.rows;
}

/** Marks a follow-up as reminded unless a concurrent run already did; returns whether this run marked it. */
export async function markReminded(db: DbOrTx, networkId: string, id: string, at: Date) {
  const r = await db.execute(sql`
    update interaction set follow_up_reminded_at = ${at.toISOString()}::timestamptz
    where network_id = ${networkId} and id = ${id} and follow_up_reminded_at is null`);
  return (r.rowCount ?? 0) === 1;
}
