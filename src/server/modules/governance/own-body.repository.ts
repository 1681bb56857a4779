// SQL for one's own body: which bodies a person holds a current role in (Amsterdam's today), the members of a body, and the
// needs and activities of a themagroep's theme. Every query is bounded by network_id.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { BodyKind } from '../../../core/design/design-apply.js';
import type { DbOrTx } from '../../platform/db/database.js';
import { amsterdamToday } from '../../platform/db/today.js';
import { activity, body, need, organisation, person, roleAssignment } from '../../platform/db/schema.js';

const isCurrent = sql<boolean>`(${roleAssignment.startsOn} <= ${amsterdamToday} and (${roleAssignment.endsOn} is null or ${roleAssignment.endsOn} >= ${amsterdamToday}))`;

/** The bodies in which the person holds a role today, with those roles. */
export async function queryOwnBodies(db: DbOrTx, networkId: string, personId: string) {
  const rows = await db
    .select({
      id: body.id,
      kind: sql<BodyKind>`${body.kind}`,
      name: body.name,
      theme: body.theme,
      role: roleAssignment.role,
    })
    .from(roleAssignment)
    .innerJoin(body, and(eq(body.networkId, roleAssignment.networkId), eq(body.id, roleAssignment.bodyId)))
    .where(and(eq(roleAssignment.networkId, networkId), eq(roleAssignment.personId, personId), isCurrent))
    .orderBy(asc(body.kind), asc(body.name));
  const byId = new Map<string, { id: string; kind: BodyKind; name: string; theme: string | null; roles: string[] }>();
  for (const { role, ...b } of rows) {
    const found = byId.get(b.id) ?? { ...b, roles: [] };
    if (!found.roles.includes(role)) found.roles.push(role);
    byId.set(b.id, found);
  }
  return [...byId.values()];
}

export async function queryBodyMembers(db: DbOrTx, networkId: string, bodyId: string) {
  return db
    .select({
      assignmentId: roleAssignment.id,
      personId: roleAssignment.personId,
      personName: person.name,
      role: roleAssignment.role,
      startsOn: roleAssignment.startsOn,
      endsOn: roleAssignment.endsOn,
    })
    .from(roleAssignment)
    .innerJoin(person, and(eq(person.networkId, roleAssignment.networkId), eq(person.id, roleAssignment.personId)))
    .where(and(eq(roleAssignment.networkId, networkId), eq(roleAssignment.bodyId, bodyId), isCurrent))
    .orderBy(asc(person.name), asc(roleAssignment.role));
}

/** People of the network who hold no role in this body today: whom a kartrekker may add. */
export async function queryBodyCandidates(db: DbOrTx, networkId: string, bodyId: string) {
  return db
    .select({ personId: person.id, personName: person.name })
    .from(person)
    .where(
      and(
        eq(person.networkId, networkId),
        sql`not exists (select 1 from ${roleAssignment} ra where ra.network_id = ${person.networkId}
          and ra.person_id = ${person.id} and ra.body_id = ${bodyId}
          and ra.starts_on <= ${amsterdamToday} and (ra.ends_on is null or ra.ends_on >= ${amsterdamToday}))`,
      ),
    )
    .orderBy(asc(person.name))
    .limit(1000);
}

/** A role assignment within this body, current today. */
export async function findCurrentBodyAssignment(db: DbOrTx, networkId: string, bodyId: string, assignmentId: string) {
  const [row] = await db
    .select({
      id: roleAssignment.id,
      role: roleAssignment.role,
      personId: roleAssignment.personId,
      startsOn: roleAssignment.startsOn,
      startsToday: sql<boolean>`${roleAssignment.startsOn} >= ${amsterdamToday}`,
    })
    .from(roleAssignment)
    .where(
      and(
        eq(roleAssignment.networkId, networkId),
        eq(roleAssignment.bodyId, bodyId),
        eq(roleAssignment.id, assignmentId),
        isCurrent,
      ),
    );
  return row;
}

/** Ends a term yesterday (Amsterdam's day): from today on the person no longer holds the role. */
export async function endAssignmentYesterday(db: DbOrTx, networkId: string, assignmentId: string) {
  await db
    .update(roleAssignment)
    .set({ endsOn: sql`(${amsterdamToday} - 1)` })
    .where(and(eq(roleAssignment.networkId, networkId), eq(roleAssignment.id, assignmentId)));
}

/** A term that began today and ends today leaves no history worth keeping: it is removed. */
export async function deleteAssignment(db: DbOrTx, networkId: string, assignmentId: string) {
  await db
    .delete(roleAssignment)
    .where(and(eq(roleAssignment.networkId, networkId), eq(roleAssignment.id, assignmentId)));
}

export async function queryThemeNeeds(db: DbOrTx, networkId: string, theme: string) {
  return db
    .select({
      id: need.id,
      title: need.title,
      status: need.status,
      organisationName: organisation.name,
      createdAt: need.createdAt,
      activityId: need.activityId,
    })
    .from(need)
    .leftJoin(organisation, and(eq(organisation.networkId, need.networkId), eq(organisation.id, need.organisationId)))
    .where(and(eq(need.networkId, networkId), eq(need.theme, theme)))
    .orderBy(desc(need.createdAt))
    .limit(500);
}

export async function queryActivitiesByIds(db: DbOrTx, networkId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: activity.id,
      title: activity.title,
      workForm: activity.workForm,
      startsAt: activity.startsAt,
      status: activity.status,
    })
    .from(activity)
    .where(and(eq(activity.networkId, networkId), inArray(activity.id, ids)))
    .orderBy(desc(activity.startsAt));
}
