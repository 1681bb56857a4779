// SQL for organisations, contacts and memberships. Every query is bounded by network_id. Search uses the folded
// `search_text` columns (lower case, no accents) with pg_trgm: a substring match or a word similarity (typos), matched over
// the rows of one network (decision 012).
import { amsterdamToday } from '../../platform/db/today.js';
import { and, asc, count, desc, eq, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/database.js';
import { splitTotal, totalColumn } from '../../platform/db/paging.js';
import { updateVersioned } from '../../platform/db/versioned.js';
import { membership, membershipYear, organisation, person, roleAssignment } from '../../platform/db/schema.js';
import { relevanceRank, searchCondition } from '../../platform/db/search.js';
import type { ListOrganisationsQuery } from '../../../core/members/members.contract.js';

/**
 * A page of the network's organisations with their membership status, contact count and the list's total. The network's
 * rows are a common table expression that the page and the total both read, so PostgreSQL computes it once (a CTE read
 * twice is materialised) without looking at the search, and the filters (the trigram search above all) run over those
 * rows only: the planner then neither estimates the trigram operators against the column statistics (a similarity per
 * sampled value, costlier than matching a network's few hundred rows) nor scans a trigram index over every network.
 */
export async function queryOrganisations(
  db: DbOrTx,
  networkId: string,
  query: ListOrganisationsQuery,
  limit: number | null,
) {
  const inNetwork = db.$with('organisation_in_network').as(
    db
      .select({
        id: organisation.id,
        networkId: organisation.networkId,
        kind: organisation.kind,
        name: organisation.name,
        kvkNumber: organisation.kvkNumber,
        sector: organisation.sector,
        sizeClass: organisation.sizeClass,
        postcode: organisation.postcode,
        city: organisation.city,
        labourMarketRegion: organisation.labourMarketRegion,
        createdAt: organisation.createdAt,
        searchText: organisation.searchText,
        membershipStatus: membership.status,
      })
      .from(organisation)
      .leftJoin(
        membership,
        and(eq(membership.networkId, organisation.networkId), eq(membership.organisationId, organisation.id)),
      )
      .where(eq(organisation.networkId, networkId)),
  );
  const o = inNetwork;
  const conditions: SQL[] = [];
  if (query.search) conditions.push(searchCondition(o.searchText, query.search));
  if (query.kind) conditions.push(eq(o.kind, query.kind));
  if (query.region) conditions.push(eq(o.labourMarketRegion, query.region));
  if (query.sector) conditions.push(eq(o.sector, query.sector));
  if (query.status) conditions.push(eq(o.membershipStatus, query.status));
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const direction = query.order === 'asc' ? asc : desc;
  // An explicit sort wins; with a search and none chosen, the best matches come first (exact, whole words, prefix, typo).
  const sort = query.sort ?? (query.search ? 'relevance' : 'name');
  const orderBy =
    sort === 'relevance' && query.search
      ? [asc(relevanceRank([o.name], o.searchText, query.search)), asc(o.name), asc(o.id)]
      : [direction({ relevance: o.name, name: o.name, city: o.city, createdAt: o.createdAt }[sort]), asc(o.id)];
  const base = db
    .with(inNetwork)
    .select({
      id: o.id,
      kind: o.kind,
      name: o.name,
      kvkNumber: o.kvkNumber,
      sector: o.sector,
      sizeClass: o.sizeClass,
      postcode: o.postcode,
      city: o.city,
      labourMarketRegion: o.labourMarketRegion,
      membershipStatus: o.membershipStatus,
      // Reads the same CTE as the page (no `with` of its own): the second reader that makes PostgreSQL materialise it.
      total: totalColumn(db.select({ n: count() }).from(o).where(where)),
    })
    .from(o)
    .where(where)
    .orderBy(...orderBy);
  const rows = limit === null ? await base : await base.limit(limit).offset((query.page - 1) * limit);
  const { items, total } = await splitTotal(
    rows,
    async () => (await db.with(inNetwork).select({ n: count() }).from(o).where(where))[0]?.n ?? 0,
  );
  // An export (no limit) counts over the whole network instead of naming every organisation.
  const contacts = await contactCounts(db, networkId, limit === null ? null : items.map((row) => row.id));
  return { items: items.map((row) => ({ ...row, contactCount: contacts.get(row.id) ?? 0 })), total };
}

/**
 * The number of contacts of these organisations, in one statement over the page's organisations only: a count per row
 * in the list's own statement would scan the (small) person table once for every organisation on the page (issue 22: rows
 * read per row returned).
 */
async function contactCounts(db: DbOrTx, networkId: string, organisationIds: string[] | null) {
  if (organisationIds?.length === 0) return new Map<string, number>();
  const rows = await db
    .select({ organisationId: person.organisationId, n: count() })
    .from(person)
    .where(
      and(
        eq(person.networkId, networkId),
        organisationIds ? inArray(person.organisationId, organisationIds) : sql`${person.organisationId} is not null`,
      ),
    )
    .groupBy(person.organisationId);
  return new Map(rows.map((r) => [r.organisationId!, r.n]));
}

export async function findDuplicates(
  db: DbOrTx,
  networkId: string,
  input: { name: string; kvkNumber: string | null; postcode: string | null },
  exceptId: string | null,
) {
  const sameKvk = input.kvkNumber ? eq(organisation.kvkNumber, input.kvkNumber) : undefined;
  const sameNamePostcode = input.postcode
    ? and(sql`nr_fold(${organisation.name}) = nr_fold(${input.name}::text)`, eq(organisation.postcode, input.postcode))
    : undefined;
  const match = or(sameKvk, sameNamePostcode);
  if (!match) return [];
  const rows = await db
    .select({
      id: organisation.id,
      name: organisation.name,
      kvkNumber: organisation.kvkNumber,
      postcode: organisation.postcode,
    })
    .from(organisation)
    .where(and(eq(organisation.networkId, networkId), match, exceptId ? ne(organisation.id, exceptId) : undefined))
    .limit(10);
  return rows.map((r) => ({
    ...r,
    reason: (input.kvkNumber && r.kvkNumber === input.kvkNumber ? 'same_kvk' : 'same_name_postcode') as
      'same_kvk' | 'same_name_postcode',
  }));
}

export async function existingKvkNumbers(db: DbOrTx, networkId: string, kvkNumbers: string[]) {
  if (kvkNumbers.length === 0) return new Set<string>();
  const rows = await db
    .select({ kvk: organisation.kvkNumber })
    .from(organisation)
    .where(
      and(
        eq(organisation.networkId, networkId),
        sql`${organisation.kvkNumber} = any(${sql.param(kvkNumbers)}::text[])`,
      ),
    );
  return new Set(rows.map((r) => r.kvk!));
}

export async function insertOrganisation(db: DbOrTx, values: typeof organisation.$inferInsert) {
  const [row] = await db.insert(organisation).values(values).returning({ id: organisation.id });
  return row!;
}

export async function updateOrganisationRow(
  db: DbOrTx,
  networkId: string,
  id: string,
  version: number,
  values: Partial<typeof organisation.$inferInsert>,
) {
  return (await updateVersioned(db, organisation, { networkId, id, version }, values)) !== null;
}

export async function findOrganisation(db: DbOrTx, networkId: string, id: string) {
  const [row] = await db
    .select()
    .from(organisation)
    .where(and(eq(organisation.networkId, networkId), eq(organisation.id, id)));
  return row;
}

export async function listContacts(db: DbOrTx, networkId: string, organisationId: string) {
  return db
    .select({
      id: person.id,
      name: person.name,
      email: person.email,
      phone: person.phone,
      jobTitle: person.jobTitle,
      version: person.version,
      roles: sql<string[]>`coalesce((select array_agg(distinct ra.role order by ra.role) from ${roleAssignment} ra
        where ra.network_id = "person"."network_id" and ra.person_id = "person"."id"
        and ra.starts_on <= ${amsterdamToday} and (ra.ends_on is null or ra.ends_on >= ${amsterdamToday})), '{}')`,
    })
    .from(person)
    .where(and(eq(person.networkId, networkId), eq(person.organisationId, organisationId)))
    .orderBy(asc(person.name));
}

/** A page of the network's contacts (people of an organisation), searched like organisations (decision 012). */
export async function queryContacts(
  db: DbOrTx,
  networkId: string,
  query: { search?: string | undefined; page: number; pageSize: number },
  limit: number | null,
) {
  const inNetwork = db.$with('contact_in_network').as(
    db
      .select({
        id: person.id,
        name: person.name,
        email: person.email,
        jobTitle: person.jobTitle,
        organisationId: person.organisationId,
        searchText: person.searchText,
      })
      .from(person)
      .where(and(eq(person.networkId, networkId), sql`${person.organisationId} is not null`)),
  );
  const c = inNetwork;
  const where = query.search ? searchCondition(c.searchText, query.search) : undefined;
  // With a search the best matches come first (exact name or e-mail, whole words, prefix, typo), then by name.
  const orderBy = query.search
    ? [asc(relevanceRank([c.name, c.email], c.searchText, query.search)), asc(c.name), asc(c.id)]
    : [asc(c.name), asc(c.id)];
  const base = db
    .with(inNetwork)
    .select({
      id: c.id,
      name: c.name,
      email: c.email,
      jobTitle: c.jobTitle,
      organisationId: c.organisationId,
      organisationName: organisation.name,
      // Reads the same CTE as the page (see queryOrganisations): PostgreSQL materialises it once.
      total: totalColumn(db.select({ n: count() }).from(c).where(where)),
    })
    .from(c)
    .leftJoin(organisation, and(eq(organisation.networkId, networkId), eq(organisation.id, c.organisationId)))
    .where(where)
    .orderBy(...orderBy);
  const rows = limit === null ? await base : await base.limit(limit).offset((query.page - 1) * limit);
  return splitTotal(
    rows,
    async () => (await db.with(inNetwork).select({ n: count() }).from(c).where(where))[0]?.n ?? 0,
  );
}

export async function findMembership(db: DbOrTx, networkId: string, organisationId: string) {
  const [row] = await db
    .select()
    .from(membership)
    .where(and(eq(membership.networkId, networkId), eq(membership.organisationId, organisationId)));
  return row;
}

export async function listMembershipYears(db: DbOrTx, networkId: string, membershipId: string) {
  return db
    .select({
      year: membershipYear.year,
      contributionCents: membershipYear.contributionCents,
      contributionInKind: membershipYear.contributionInKind,
      invoiceStatus: membershipYear.invoiceStatus,
      ambitionJobs: membershipYear.ambitionJobs,
      realisedJobs: membershipYear.realisedJobs,
      version: membershipYear.version,
    })
    .from(membershipYear)
    .where(and(eq(membershipYear.networkId, networkId), eq(membershipYear.membershipId, membershipId)))
    .orderBy(desc(membershipYear.year));
}

/**
 * Writes one year's figures if they still are at `expected` (0 = no row for that year yet). Returns the new version, or null
 * when another edit came first (nothing written then).
 */
export async function saveMembershipYearIfVersion(
  db: DbOrTx,
  values: Omit<typeof membershipYear.$inferInsert, 'id' | 'version' | 'updatedAt'>,
  expected: number,
) {
  const { networkId, membershipId, year, ...set } = values;
  if (expected === 0) {
    const [saved] = await db
      .insert(membershipYear)
      .values({ networkId, membershipId, year, ...set })
      .onConflictDoNothing({ target: [membershipYear.networkId, membershipYear.membershipId, membershipYear.year] })
      .returning({ version: membershipYear.version });
    return saved?.version ?? null;
  }
  const [saved] = await db
    .update(membershipYear)
    .set({ ...set, updatedAt: new Date(), version: sql`${membershipYear.version} + 1` })
    .where(
      and(
        eq(membershipYear.networkId, networkId),
        eq(membershipYear.membershipId, membershipId),
        eq(membershipYear.year, year),
        eq(membershipYear.version, expected),
      ),
    )
    .returning({ version: membershipYear.version });
  return saved?.version ?? null;
}

export async function queryMemberships(
  db: DbOrTx,
  networkId: string,
  query: { year: number; status?: string | undefined },
) {
  const conditions: SQL[] = [eq(membership.networkId, networkId)];
  if (query.status) conditions.push(eq(membership.status, query.status));
  return db
    .select({
      organisationId: organisation.id,
      name: organisation.name,
      status: membership.status,
      statusReason: membership.statusReason,
      joinedOn: membership.joinedOn,
      entryConditionsSigned: sql<number>`(select count(*)::int from jsonb_array_elements(${membership.entryConditions}) c
        where c->>'signedOn' is not null)`,
      year: sql<number>`${query.year}::int`,
      contributionCents: sql<
        number | null
      >`coalesce(${membershipYear.contributionCents}, ${membership.contributionCentsPerYear})`,
      contributionInKind: sql<
        string | null
      >`coalesce(${membershipYear.contributionInKind}, ${membership.contributionInKind})`,
      invoiceStatus: membershipYear.invoiceStatus,
      ambitionJobs: sql<number | null>`coalesce(${membershipYear.ambitionJobs}, ${membership.ambitionJobsPerYear})`,
      realisedJobs: membershipYear.realisedJobs,
    })
    .from(membership)
    .innerJoin(
      organisation,
      and(eq(organisation.networkId, membership.networkId), eq(organisation.id, membership.organisationId)),
    )
    .leftJoin(
      membershipYear,
      and(
        eq(membershipYear.networkId, membership.networkId),
        eq(membershipYear.membershipId, membership.id),
        eq(membershipYear.year, query.year),
      ),
    )
    .where(and(...conditions))
    .orderBy(asc(organisation.name));
}

// ---- writes of the contacts, organisations and memberships services (issue 15: SQL only in repositories) ----

export async function insertContactRow(db: DbOrTx, values: typeof person.$inferInsert) {
  const [row] = await db.insert(person).values(values).returning({ id: person.id });
  return row!;
}

/** Changes a contact's details if its version is still `version`, raising it; false when it was changed meanwhile. */
export async function updateContactIfVersion(
  db: DbOrTx,
  networkId: string,
  personId: string,
  version: number,
  values: Pick<typeof person.$inferInsert, 'name' | 'email' | 'phone' | 'jobTitle'>,
) {
  return (await updateVersioned(db, person, { networkId, id: personId, version }, values)) !== null;
}

/** Replaces a contact's personal data by `name` and nothing else; the row (and the attendance it stands for) stays. */
export async function anonymiseContact(db: DbOrTx, networkId: string, personId: string, name: string) {
  await updateVersioned(db, person, { networkId, id: personId }, { name, email: null, phone: null, jobTitle: null });
}

export async function deleteContactRow(db: DbOrTx, networkId: string, personId: string) {
  await db.delete(person).where(and(eq(person.networkId, networkId), eq(person.id, personId)));
}

/** Deletes every contact of the organisation; the ids deleted. */
export async function deleteContactsOfOrganisation(db: DbOrTx, networkId: string, organisationId: string) {
  return db
    .delete(person)
    .where(and(eq(person.networkId, networkId), eq(person.organisationId, organisationId)))
    .returning({ id: person.id });
}

export async function deleteOrganisationRow(db: DbOrTx, networkId: string, organisationId: string) {
  await db.delete(organisation).where(and(eq(organisation.networkId, networkId), eq(organisation.id, organisationId)));
}

/** A new membership of the organisation, with the defaults (prospect); the row. */
export async function insertMembership(db: DbOrTx, networkId: string, organisationId: string) {
  const [row] = await db.insert(membership).values({ networkId, organisationId }).returning();
  return row!;
}

/** Changes a membership's columns and raises its version. */
export async function updateMembershipRow(
  db: DbOrTx,
  networkId: string,
  membershipId: string,
  changes: Partial<typeof membership.$inferInsert>,
) {
  await updateVersioned(db, membership, { networkId, id: membershipId }, changes);
}

/** Saves the signed entry conditions if the membership's version is still `version`; its new version, or undefined. */
export async function saveEntryConditionsIfVersion(
  db: DbOrTx,
  networkId: string,
  membershipId: string,
  version: number,
  entryConditions: (typeof membership.$inferInsert)['entryConditions'],
) {
  const saved = await updateVersioned(db, membership, { networkId, id: membershipId, version }, { entryConditions });
  return saved ? { version: saved.version } : undefined;
}

// ---- the organisation's history on its detail page ----

/** What the organisation did in the network: needs it raised, activities its contacts attended, placements, and the
 *  membership's status changes (read from the audit log, where every change is written). */
export async function organisationHistory(
  db: DbOrTx,
  networkId: string,
  organisationId: string,
  membershipId: string | null,
) {
  const needs = await db.execute<{ id: string; title: string; status: string; theme: string; created_at: string }>(sql`
    select id, title, status, theme, created_at from need
    where network_id = ${networkId} and organisation_id = ${organisationId}
    order by created_at desc limit 100`);
  const activities = await db.execute<{
    id: string;
    title: string;
    starts_at: string;
    person_name: string;
    role: string;
  }>(sql`
    select a.id, a.title, a.starts_at, p.name as person_name, r.role
    from registration r
    join person p on p.network_id = r.network_id and p.id = r.person_id
    join activity a on a.network_id = r.network_id and a.id = r.activity_id
    where r.network_id = ${networkId} and p.organisation_id = ${organisationId} and r.attended is true
    order by a.starts_at desc limit 100`);
  const placements = await db.execute<{
    id: string;
    starts_on: string;
    ends_on: string | null;
    hours_per_week: string;
    contract_kind: string;
  }>(sql`
    select id, starts_on, ends_on, hours_per_week, contract_kind from placement
    where network_id = ${networkId} and organisation_id = ${organisationId}
    order by starts_on desc limit 100`);
  const statusChanges = membershipId
    ? await db.execute<{ at: string; details: Record<string, unknown> }>(sql`
        select at, details from audit_entry
        where network_id = ${networkId} and record_type = 'membership' and record_id = ${membershipId}
          and action = 'membership.status'
        order by at desc limit 100`)
    : { rows: [] };
  return {
    needs: needs.rows.map((n) => ({
      id: n.id,
      title: n.title,
      status: n.status,
      theme: n.theme,
      createdAt: new Date(n.created_at).toISOString(),
    })),
    activitiesAttended: activities.rows.map((a) => ({
      id: a.id,
      title: a.title,
      startsAt: new Date(a.starts_at).toISOString(),
      personName: a.person_name,
      role: a.role,
    })),
    placements: placements.rows.map((p) => ({
      id: p.id,
      startsOn: String(p.starts_on).slice(0, 10),
      endsOn: p.ends_on ? String(p.ends_on).slice(0, 10) : null,
      hoursPerWeek: Number(p.hours_per_week),
      contractKind: p.contract_kind,
    })),
    membershipHistory: statusChanges.rows.map((c) => ({
      at: new Date(c.at).toISOString(),
      from: typeof c.details.from === 'string' ? c.details.from : null,
      to: typeof c.details.to === 'string' ? c.details.to : '',
      reason: typeof c.details.reason === 'string' ? c.details.reason : null,
    })),
  };
}

/** Records that depend on an organisation and would be lost or orphaned by deleting it; zero everywhere means it may go. */
export async function organisationDependents(db: DbOrTx, networkId: string, organisationId: string) {
  const result = await db.execute<Record<string, number>>(sql`
    select
      (select count(*)::int from placement where network_id = ${networkId} and organisation_id = ${organisationId}) as placements,
      (select count(*)::int from work_opportunity where network_id = ${networkId} and organisation_id = ${organisationId}) as opportunities,
      (select count(*)::int from need where network_id = ${networkId} and organisation_id = ${organisationId}) as needs,
      (select count(*)::int from need_supporter where network_id = ${networkId} and organisation_id = ${organisationId}) as supported_needs,
      (select count(*)::int from activity where network_id = ${networkId}
         and (host_organisation_id = ${organisationId} or initiator_organisation_id = ${organisationId})) as activities,
      (select count(*)::int from decision where network_id = ${networkId} and organisation_id = ${organisationId}) as decisions,
      (select count(*)::int from partner where network_id = ${networkId} and organisation_id = ${organisationId}) as partners,
      (select count(*)::int from registration r join person p on p.network_id = r.network_id and p.id = r.person_id
         where r.network_id = ${networkId} and p.organisation_id = ${organisationId}) as registrations,
      (select count(*)::int from invoice where network_id = ${networkId} and organisation_id = ${organisationId}) as invoices,
      (select count(*)::int from in_kind_contribution where network_id = ${networkId}
         and organisation_id = ${organisationId}) as in_kind,
      (select count(*)::int from person where network_id = ${networkId} and organisation_id = ${organisationId}
         and user_id is not null) as accounts`);
  const row = result.rows[0] ?? {};
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)])) as Record<string, number>;
}

/** What ties a contact person to the network's records: an account, roles, registrations, needs raised. */
export async function contactDependents(db: DbOrTx, networkId: string, personId: string) {
  const result = await db.execute<{ has_account: boolean; roles: number; history: number }>(sql`
    select
      (select user_id is not null from person where network_id = ${networkId} and id = ${personId}) as has_account,
      (select count(*)::int from role_assignment where network_id = ${networkId} and person_id = ${personId}) as roles,
      (select count(*)::int from registration where network_id = ${networkId} and person_id = ${personId})
      + (select count(*)::int from need where network_id = ${networkId} and raised_by_person_id = ${personId}) as history`);
  const row = result.rows[0];
  return { hasAccount: Boolean(row?.has_account), roles: Number(row?.roles ?? 0), history: Number(row?.history ?? 0) };
}

export async function findContact(db: DbOrTx, networkId: string, organisationId: string, personId: string) {
  const [row] = await db
    .select()
    .from(person)
    .where(and(eq(person.networkId, networkId), eq(person.id, personId), eq(person.organisationId, organisationId)));
  return row;
}

/** The organisation a person of the network belongs to (a member's own organisation), if any. */
export async function findPersonOrganisation(
  db: DbOrTx,
  networkId: string,
  personId: string,
): Promise<{ organisationId: string | null } | undefined> {
  const [row] = await db
    .select({ organisationId: person.organisationId })
    .from(person)
    .where(and(eq(person.networkId, networkId), eq(person.id, personId)));
  return row;
}
