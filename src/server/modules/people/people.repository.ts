// SQL for people, role assignments and invitations. Every query is bounded by network_id.
import { amsterdamToday } from '../../platform/db/today.js';
import { and, asc, count, desc, eq, gt, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/database.js';
import { splitTotal } from '../../platform/db/paging.js';
import { invitation, network, organisation, person, roleAssignment, user } from '../../platform/db/schema.js';
import type { ListPeopleQuery } from '../../../core/access/people.contract.js';

function escapeLike(text: string) {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export async function queryPeople(db: DbOrTx, networkId: string, query: ListPeopleQuery, limit: number | null) {
  const conditions: SQL[] = [eq(person.networkId, networkId)];
  if (query.search) {
    const pattern = `%${escapeLike(query.search)}%`;
    conditions.push(or(ilike(person.name, pattern), ilike(person.email, pattern), ilike(organisation.name, pattern))!);
  }
  const where = and(...conditions);
  const sortColumn = { name: person.name, email: person.email, createdAt: person.createdAt }[query.sort];
  const orderBy = query.order === 'asc' ? [asc(sortColumn), asc(person.id)] : [desc(sortColumn), desc(person.id)];
  // The total rides on the page's own rows (a window over every row that matches, before the limit), so the people are read
  // once; this count only answers for a page past the end. Without a search it needs no organisation (a person has at
  // most one).
  const counted = query.search
    ? db
        .select({ n: count() })
        .from(person)
        .leftJoin(
          organisation,
          and(eq(organisation.networkId, person.networkId), eq(organisation.id, person.organisationId)),
        )
        .where(where)
    : db.select({ n: count() }).from(person).where(where);
  const base = db
    .select({
      total: sql<number>`count(*) over ()`.mapWith(Number),
      id: person.id,
      name: person.name,
      email: person.email,
      organisationName: organisation.name,
      createdAt: person.createdAt,
    })
    .from(person)
    .leftJoin(
      organisation,
      and(eq(organisation.networkId, person.networkId), eq(organisation.id, person.organisationId)),
    )
    .where(where)
    .orderBy(...orderBy);
  const rows = limit === null ? await base : await base.limit(limit).offset((query.page - 1) * limit);
  const { items, total } = await splitTotal(rows, async () => (await counted)[0]?.n ?? 0);
  // An export (no limit) reads the roles of the whole network instead of naming every person.
  const roles = await currentRoles(db, networkId, limit === null ? null : items.map((row) => row.id));
  return {
    items: items.map(({ createdAt, ...row }) => ({ ...row, roles: roles.get(row.id) ?? [], createdAt })),
    total,
  };
}

/**
 * The current roles of these people, in one statement over the page's people only: roles per row in the list's own
 * statement would scan the (small) role_assignment table once for every person on the page (issue 22: rows read per row
 * returned).
 */
async function currentRoles(db: DbOrTx, networkId: string, personIds: string[] | null) {
  if (personIds?.length === 0) return new Map<string, string[]>();
  const rows = await db
    .select({
      personId: roleAssignment.personId,
      roles: sql<string[]>`array_agg(distinct ${roleAssignment.role} order by ${roleAssignment.role})`,
    })
    .from(roleAssignment)
    .where(
      and(
        eq(roleAssignment.networkId, networkId),
        personIds ? inArray(roleAssignment.personId, personIds) : undefined,
        sql`${roleAssignment.startsOn} <= ${amsterdamToday}`,
        sql`(${roleAssignment.endsOn} is null or ${roleAssignment.endsOn} >= ${amsterdamToday})`,
      ),
    )
    .groupBy(roleAssignment.personId);
  return new Map(rows.map((r) => [r.personId, r.roles]));
}

export async function findPersonByEmail(db: DbOrTx, networkId: string, email: string) {
  const [row] = await db
    .select()
    .from(person)
    .where(and(eq(person.networkId, networkId), sql`lower(${person.email}) = ${email.toLowerCase()}`))
    .limit(1);
  return row;
}

export async function findOrganisationIn(db: DbOrTx, networkId: string, id: string) {
  const [row] = await db
    .select({ id: organisation.id })
    .from(organisation)
    .where(and(eq(organisation.networkId, networkId), eq(organisation.id, id)));
  return row;
}

export async function setPersonOrganisation(db: DbOrTx, networkId: string, personId: string, organisationId: string) {
  await db
    .update(person)
    .set({ organisationId, updatedAt: new Date() })
    .where(and(eq(person.networkId, networkId), eq(person.id, personId)));
}

export async function insertPerson(db: DbOrTx, values: typeof person.$inferInsert) {
  const [row] = await db.insert(person).values(values).returning();
  return row!;
}

export async function insertRoleAssignment(db: DbOrTx, values: typeof roleAssignment.$inferInsert) {
  await db.insert(roleAssignment).values(values);
}

export async function hasCurrentRole(db: DbOrTx, networkId: string, personId: string, role: string) {
  const [row] = await db
    .select({ id: roleAssignment.id })
    .from(roleAssignment)
    .where(
      and(
        eq(roleAssignment.networkId, networkId),
        eq(roleAssignment.personId, personId),
        eq(roleAssignment.role, role),
        sql`${roleAssignment.startsOn} <= ${amsterdamToday} and (${roleAssignment.endsOn} is null or ${roleAssignment.endsOn} >= ${amsterdamToday})`,
      ),
    )
    .limit(1);
  return Boolean(row);
}

export async function findOpenInvitation(db: DbOrTx, networkId: string, personId: string, role: string, now: Date) {
  const [row] = await db
    .select({ id: invitation.id })
    .from(invitation)
    .where(
      and(
        eq(invitation.networkId, networkId),
        eq(invitation.personId, personId),
        eq(invitation.role, role),
        isNull(invitation.acceptedAt),
        isNull(invitation.revokedAt),
        gt(invitation.expiresAt, now),
      ),
    )
    .limit(1);
  return row;
}

export async function insertInvitation(db: DbOrTx, values: typeof invitation.$inferInsert) {
  const [row] = await db.insert(invitation).values(values).returning({ id: invitation.id });
  return row!;
}

export async function listInvitations(db: DbOrTx, networkId: string) {
  return db
    .select({
      id: invitation.id,
      name: person.name,
      email: invitation.email,
      role: invitation.role,
      createdAt: invitation.createdAt,
      expiresAt: invitation.expiresAt,
      acceptedAt: invitation.acceptedAt,
    })
    .from(invitation)
    .innerJoin(person, and(eq(person.networkId, invitation.networkId), eq(person.id, invitation.personId)))
    .where(eq(invitation.networkId, networkId))
    .orderBy(desc(invitation.createdAt));
}

/** Looks an invitation up by its token hash — the one query that is not bounded by network, because the token is the key. */
export async function findInvitationByHash(db: DbOrTx, tokenHash: string) {
  const [row] = await db
    .select({
      networkId: invitation.networkId,
      id: invitation.id,
      personId: invitation.personId,
      email: invitation.email,
      role: invitation.role,
      expiresAt: invitation.expiresAt,
      acceptedAt: invitation.acceptedAt,
      revokedAt: invitation.revokedAt,
      personName: person.name,
      networkName: network.name,
    })
    .from(invitation)
    .innerJoin(person, and(eq(person.networkId, invitation.networkId), eq(person.id, invitation.personId)))
    .innerJoin(network, eq(network.id, invitation.networkId))
    .where(eq(invitation.tokenHash, tokenHash));
  return row;
}

export async function markInvitationAccepted(db: DbOrTx, networkId: string, id: string, now: Date) {
  const rows = await db
    .update(invitation)
    .set({ acceptedAt: now })
    .where(and(eq(invitation.networkId, networkId), eq(invitation.id, id), isNull(invitation.acceptedAt)))
    .returning({ id: invitation.id });
  return rows.length === 1;
}

export async function linkPersonToUser(db: DbOrTx, networkId: string, personId: string, userId: string) {
  // A user is one person per network: if another person row there already has this user, keep that link.
  const [existing] = await db
    .select({ id: person.id })
    .from(person)
    .where(and(eq(person.networkId, networkId), eq(person.userId, userId)));
  if (existing && existing.id !== personId) return existing.id;
  await db
    .update(person)
    .set({ userId, updatedAt: new Date() })
    .where(and(eq(person.networkId, networkId), eq(person.id, personId)));
  return personId;
}

/** A user's name (the inviter's, in the invitation mail). */
export async function findUserName(db: DbOrTx, userId: string): Promise<string | undefined> {
  const [row] = await db.select({ name: user.name }).from(user).where(eq(user.id, userId));
  return row?.name;
}
