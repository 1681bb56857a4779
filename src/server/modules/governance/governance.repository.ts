// SQL for role assignments, tasks, bodies, meetings and decisions. Every query is bounded by network_id.
import { amsterdamToday } from '../../platform/db/today.js';
import { and, asc, count, desc, eq, gte, ilike, lte, or, sql, type SQL } from 'drizzle-orm';
import type { BodyKind } from '../../../core/design/design-apply.js';
import type { DbOrTx } from '../../platform/db/database.js';
import { updateVersioned } from '../../platform/db/versioned.js';
import {
  body,
  decision,
  meeting,
  meetingAttendance,
  membership,
  organisation,
  person,
  roleAssignment,
  task,
} from '../../platform/db/schema.js';
import type {
  ListAdmissionsQuery,
  ListAssignmentsQuery,
  ListDecisionsQuery,
  ListTasksQuery,
} from '../../../core/governance/governance.contract.js';

function escapeLike(text: string) {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

const isCurrent = sql<boolean>`(${roleAssignment.startsOn} <= ${amsterdamToday} and (${roleAssignment.endsOn} is null or ${roleAssignment.endsOn} >= ${amsterdamToday}))`;

export async function findPerson(db: DbOrTx, networkId: string, id: string) {
  const [row] = await db
    .select({ id: person.id, name: person.name })
    .from(person)
    .where(and(eq(person.networkId, networkId), eq(person.id, id)));
  return row;
}

export async function findBody(db: DbOrTx, networkId: string, id: string) {
  const [row] = await db
    .select()
    .from(body)
    .where(and(eq(body.networkId, networkId), eq(body.id, id)));
  return row;
}

export async function findOrganisation(db: DbOrTx, networkId: string, id: string) {
  const [row] = await db
    .select({ id: organisation.id })
    .from(organisation)
    .where(and(eq(organisation.networkId, networkId), eq(organisation.id, id)));
  return row;
}

// ---- role assignments

export async function queryAssignments(db: DbOrTx, networkId: string, query: ListAssignmentsQuery) {
  const conditions: SQL[] = [eq(roleAssignment.networkId, networkId)];
  if (!query.includeEnded)
    conditions.push(sql`(${roleAssignment.endsOn} is null or ${roleAssignment.endsOn} >= ${amsterdamToday})`);
  if (query.role) conditions.push(eq(roleAssignment.role, query.role));
  if (query.search) conditions.push(ilike(person.name, `%${escapeLike(query.search)}%`));
  const column = {
    personName: person.name,
    role: roleAssignment.role,
    startsOn: roleAssignment.startsOn,
    endsOn: roleAssignment.endsOn,
  }[query.sort];
  return db
    .select({
      id: roleAssignment.id,
      personId: roleAssignment.personId,
      personName: person.name,
      role: roleAssignment.role,
      bodyId: roleAssignment.bodyId,
      bodyName: body.name,
      startsOn: roleAssignment.startsOn,
      endsOn: roleAssignment.endsOn,
      current: isCurrent,
    })
    .from(roleAssignment)
    .innerJoin(person, and(eq(person.networkId, roleAssignment.networkId), eq(person.id, roleAssignment.personId)))
    .leftJoin(body, and(eq(body.networkId, roleAssignment.networkId), eq(body.id, roleAssignment.bodyId)))
    .where(and(...conditions))
    .orderBy(
      query.order === 'asc' ? sql`${column} asc nulls last` : sql`${column} desc nulls last`,
      asc(person.name),
      asc(roleAssignment.id),
    );
}

/** Every assignment with its person's name, for the gap signals (which decide themselves what is current). */
export async function listAllAssignments(db: DbOrTx, networkId: string) {
  return db
    .select({
      personId: roleAssignment.personId,
      personName: person.name,
      role: roleAssignment.role,
      startsOn: roleAssignment.startsOn,
      endsOn: roleAssignment.endsOn,
      organisationId: person.organisationId,
    })
    .from(roleAssignment)
    .innerJoin(person, and(eq(person.networkId, roleAssignment.networkId), eq(person.id, roleAssignment.personId)))
    .where(eq(roleAssignment.networkId, networkId));
}

/**
 * The organisations the composition checks need: employers that are members now (admitted, active or paused — as
 * isMember in core/members) and organisations of the kind funder.
 */
export async function listGovernanceOrganisations(db: DbOrTx, networkId: string) {
  const [members, funders] = await Promise.all([
    db
      .selectDistinct({ id: organisation.id })
      .from(organisation)
      .innerJoin(
        membership,
        and(eq(membership.networkId, organisation.networkId), eq(membership.organisationId, organisation.id)),
      )
      .where(
        and(
          eq(organisation.networkId, networkId),
          eq(organisation.kind, 'employer'),
          sql`${membership.status} in ('admitted', 'active', 'paused')`,
        ),
      ),
    db
      .select({ id: organisation.id })
      .from(organisation)
      .where(and(eq(organisation.networkId, networkId), eq(organisation.kind, 'funder'))),
  ]);
  return { memberEmployerIds: members.map((r) => r.id), funderIds: funders.map((r) => r.id) };
}

export async function insertAssignment(db: DbOrTx, values: typeof roleAssignment.$inferInsert) {
  const [row] = await db.insert(roleAssignment).values(values).returning({ id: roleAssignment.id });
  return row!;
}

export async function findAssignment(db: DbOrTx, networkId: string, id: string) {
  const [row] = await db
    .select()
    .from(roleAssignment)
    .where(and(eq(roleAssignment.networkId, networkId), eq(roleAssignment.id, id)));
  return row;
}

export async function setAssignmentEnd(db: DbOrTx, networkId: string, id: string, endsOn: string) {
  await db
    .update(roleAssignment)
    .set({ endsOn })
    .where(and(eq(roleAssignment.networkId, networkId), eq(roleAssignment.id, id)));
}

export async function hasOverlappingAssignment(
  db: DbOrTx,
  networkId: string,
  values: { personId: string; role: string; bodyId: string | null; startsOn: string; endsOn: string | null },
) {
  const [row] = await db
    .select({ id: roleAssignment.id })
    .from(roleAssignment)
    .where(
      and(
        eq(roleAssignment.networkId, networkId),
        eq(roleAssignment.personId, values.personId),
        eq(roleAssignment.role, values.role),
        values.bodyId ? eq(roleAssignment.bodyId, values.bodyId) : sql`${roleAssignment.bodyId} is null`,
        sql`(${roleAssignment.endsOn} is null or ${roleAssignment.endsOn} >= ${values.startsOn}::date)`,
        values.endsOn ? sql`${roleAssignment.startsOn} <= ${values.endsOn}::date` : sql`true`,
      ),
    )
    .limit(1);
  return Boolean(row);
}

// ---- tasks

const taskLabel = sql<string>`coalesce(${task.title}, ${task.code})`;

export async function queryTasks(db: DbOrTx, networkId: string, query: ListTasksQuery) {
  const conditions: SQL[] = [eq(task.networkId, networkId)];
  if (query.status) conditions.push(eq(task.status, query.status));
  if (query.role) conditions.push(eq(task.responsibleRole, query.role));
  if (query.assigneePersonId) conditions.push(eq(task.assigneePersonId, query.assigneePersonId));
  if (query.source) conditions.push(eq(task.source, query.source));
  if (query.search) {
    const pattern = `%${escapeLike(query.search)}%`;
    conditions.push(or(ilike(task.title, pattern), ilike(task.code, pattern), ilike(person.name, pattern))!);
  }
  const column = {
    label: taskLabel,
    dueOn: task.dueOn,
    status: task.status,
    responsibleRole: task.responsibleRole,
    assigneeName: person.name,
  }[query.sort];
  return db
    .select({
      id: task.id,
      code: task.code,
      title: task.title,
      source: sql<'design' | 'decision' | 'manual'>`${task.source}`,
      responsibleRole: task.responsibleRole,
      assigneePersonId: task.assigneePersonId,
      assigneeName: person.name,
      decisionId: task.decisionId,
      dueOn: task.dueOn,
      status: sql<'open' | 'in_progress' | 'done'>`${task.status}`,
      version: task.version,
    })
    .from(task)
    .leftJoin(person, and(eq(person.networkId, task.networkId), eq(person.id, task.assigneePersonId)))
    .where(and(...conditions))
    .orderBy(
      query.order === 'asc' ? sql`${column} asc nulls last` : sql`${column} desc nulls last`,
      asc(task.createdAt),
      asc(task.id),
    );
}

export async function insertTasks(db: DbOrTx, rows: (typeof task.$inferInsert)[]) {
  if (rows.length === 0) return [];
  return db.insert(task).values(rows).returning({ id: task.id });
}

export async function findTask(db: DbOrTx, networkId: string, id: string) {
  const [row] = await db
    .select()
    .from(task)
    .where(and(eq(task.networkId, networkId), eq(task.id, id)));
  return row;
}

/** Optimistic locking: updates only when the version is the one the user saw; returns false on a stale version. */
export async function updateTaskIfVersion(
  db: DbOrTx,
  networkId: string,
  id: string,
  version: number,
  values: Partial<Pick<typeof task.$inferInsert, 'status' | 'assigneePersonId' | 'dueOn' | 'responsibleRole'>>,
) {
  return (await updateVersioned(db, task, { networkId, id, version }, values)) !== null;
}

// ---- bodies

export async function listBodies(db: DbOrTx, networkId: string) {
  const bodies = await db
    .select({ id: body.id, kind: sql<BodyKind>`${body.kind}`, name: body.name, theme: body.theme })
    .from(body)
    .where(eq(body.networkId, networkId))
    .orderBy(asc(body.kind), asc(body.name));
  const members = await db
    .select({
      bodyId: roleAssignment.bodyId,
      personId: roleAssignment.personId,
      personName: person.name,
      role: roleAssignment.role,
    })
    .from(roleAssignment)
    .innerJoin(person, and(eq(person.networkId, roleAssignment.networkId), eq(person.id, roleAssignment.personId)))
    .where(and(eq(roleAssignment.networkId, networkId), sql`${roleAssignment.bodyId} is not null`, isCurrent))
    .orderBy(asc(person.name));
  return bodies.map((b) => ({
    ...b,
    members: members
      .filter((m) => m.bodyId === b.id)
      .map(({ personId, personName, role }) => ({ personId, personName, role })),
  }));
}

export async function insertBody(db: DbOrTx, values: typeof body.$inferInsert) {
  const [row] = await db.insert(body).values(values).returning({ id: body.id });
  return row!;
}

// ---- meetings

const presentCount = sql<number>`(select count(*)::int from ${meetingAttendance} ma
  where ma.network_id = ${meeting.networkId} and ma.meeting_id = ${meeting.id} and ma.present)`;

function meetingSelect(db: DbOrTx) {
  return db
    .select({
      id: meeting.id,
      bodyId: meeting.bodyId,
      bodyName: body.name,
      startsAt: meeting.startsAt,
      agenda: meeting.agenda,
      minutes: meeting.minutes,
      version: meeting.version,
      present: presentCount,
    })
    .from(meeting)
    .innerJoin(body, and(eq(body.networkId, meeting.networkId), eq(body.id, meeting.bodyId)));
}

export async function listMeetings(db: DbOrTx, networkId: string, bodyId: string | undefined) {
  return meetingSelect(db)
    .where(and(eq(meeting.networkId, networkId), bodyId ? eq(meeting.bodyId, bodyId) : undefined))
    .orderBy(desc(meeting.startsAt));
}

export async function findMeeting(db: DbOrTx, networkId: string, id: string) {
  const [row] = await meetingSelect(db).where(and(eq(meeting.networkId, networkId), eq(meeting.id, id)));
  return row;
}

export async function listAttendance(db: DbOrTx, networkId: string, meetingId: string) {
  return db
    .select({ personId: meetingAttendance.personId, personName: person.name, present: meetingAttendance.present })
    .from(meetingAttendance)
    .innerJoin(
      person,
      and(eq(person.networkId, meetingAttendance.networkId), eq(person.id, meetingAttendance.personId)),
    )
    .where(and(eq(meetingAttendance.networkId, networkId), eq(meetingAttendance.meetingId, meetingId)))
    .orderBy(asc(person.name));
}

export async function insertMeeting(db: DbOrTx, values: typeof meeting.$inferInsert) {
  const [row] = await db.insert(meeting).values(values).returning({ id: meeting.id });
  return row!;
}

export async function updateMeetingIfVersion(
  db: DbOrTx,
  networkId: string,
  id: string,
  version: number,
  values: { agenda?: string; minutes?: string },
) {
  return (await updateVersioned(db, meeting, { networkId, id, version }, values)) !== null;
}

/** Moves the meeting's version on if it still is `version`; null when another edit came first. */
export async function bumpMeetingVersion(db: DbOrTx, networkId: string, id: string, version: number) {
  return (await updateVersioned(db, meeting, { networkId, id, version }, {}))?.version ?? null;
}

export async function replaceAttendance(
  db: DbOrTx,
  networkId: string,
  meetingId: string,
  rows: { personId: string; present: boolean }[],
) {
  await db
    .delete(meetingAttendance)
    .where(and(eq(meetingAttendance.networkId, networkId), eq(meetingAttendance.meetingId, meetingId)));
  if (rows.length > 0) await db.insert(meetingAttendance).values(rows.map((r) => ({ networkId, meetingId, ...r })));
}

export async function countPersons(db: DbOrTx, networkId: string, ids: string[]) {
  if (ids.length === 0) return 0;
  const [row] = await db
    .select({ n: count() })
    .from(person)
    .where(and(eq(person.networkId, networkId), sql`${person.id} = any(${sql.param(ids)}::uuid[])`));
  return row?.n ?? 0;
}

// ---- decisions

const actionItemCount = sql<number>`(select count(*)::int from ${task} t
  where t.network_id = ${decision.networkId} and t.decision_id = ${decision.id})`;

/** The klankbordgroep's advice linked to the decision (advice module), with what the decision did with it and why. */
const linkedAdvice = sql<
  {
    id: string;
    question: string | null;
    authorName: string | null;
    text: string;
    outcome: 'adopted' | 'partly' | 'not_adopted' | null;
    outcomeReason: string;
  }[]
>`(select coalesce(jsonb_agg(jsonb_build_object('id', a.id, 'question', r.question, 'authorName', p.name,
    'text', a.text, 'outcome', a.outcome, 'outcomeReason', a.outcome_reason) order by a.created_at), '[]'::jsonb)
  from advice a
  left join advice_request r on r.network_id = a.network_id and r.id = a.request_id
  left join person p on p.network_id = a.network_id and p.id = a.author_person_id
  where a.network_id = ${decision.networkId} and a.decision_id = ${decision.id})`;

export async function queryDecisions(db: DbOrTx, networkId: string, query: ListDecisionsQuery, sharedOnly: boolean) {
  const conditions: SQL[] = [eq(decision.networkId, networkId)];
  if (sharedOnly) conditions.push(eq(decision.sharedWithFunder, true));
  if (query.kind) conditions.push(eq(decision.kind, query.kind));
  if (query.bodyId) conditions.push(eq(decision.bodyId, query.bodyId));
  if (query.search) {
    const pattern = `%${escapeLike(query.search)}%`;
    conditions.push(or(ilike(decision.text, pattern), ilike(decision.reason, pattern))!);
  }
  const column = { decidedOn: decision.decidedOn, kind: decision.kind, bodyName: body.name }[query.sort];
  return db
    .select({
      id: decision.id,
      bodyId: decision.bodyId,
      bodyName: body.name,
      meetingId: decision.meetingId,
      decidedOn: decision.decidedOn,
      text: decision.text,
      kind: sql<'admission' | 'direction' | 'agenda' | 'financial' | 'governance' | 'other'>`${decision.kind}`,
      organisationId: decision.organisationId,
      organisationName: organisation.name,
      reason: decision.reason,
      sharedWithFunder: decision.sharedWithFunder,
      sharedWithMembers: decision.sharedWithMembers,
      actionItems: actionItemCount,
      advice: linkedAdvice,
    })
    .from(decision)
    .innerJoin(body, and(eq(body.networkId, decision.networkId), eq(body.id, decision.bodyId)))
    .leftJoin(
      organisation,
      and(eq(organisation.networkId, decision.networkId), eq(organisation.id, decision.organisationId)),
    )
    .where(and(...conditions))
    .orderBy(query.order === 'asc' ? asc(column) : desc(column), desc(decision.createdAt));
}

export async function insertDecision(db: DbOrTx, values: typeof decision.$inferInsert) {
  const [row] = await db.insert(decision).values(values).returning({ id: decision.id });
  return row!;
}

// ---- admissions

/** Organisations whose membership is waiting for the kerngroep's admission decision (status "applied"). */
export async function queryPendingAdmissions(db: DbOrTx, networkId: string, query: ListAdmissionsQuery) {
  const conditions: SQL[] = [eq(membership.networkId, networkId), eq(membership.status, 'applied')];
  if (query.search) conditions.push(ilike(organisation.name, `%${escapeLike(query.search)}%`));
  const column = { organisationName: organisation.name, appliedSince: membership.updatedAt }[query.sort];
  return db
    .select({
      organisationId: organisation.id,
      organisationName: organisation.name,
      kind: organisation.kind,
      city: organisation.city,
      membershipId: membership.id,
      status: membership.status,
      appliedSince: membership.updatedAt,
      version: membership.version,
    })
    .from(membership)
    .innerJoin(
      organisation,
      and(eq(organisation.networkId, membership.networkId), eq(organisation.id, membership.organisationId)),
    )
    .where(and(...conditions))
    .orderBy(query.order === 'asc' ? asc(column) : desc(column), asc(organisation.name), asc(membership.id));
}

export async function findMembershipOf(db: DbOrTx, networkId: string, organisationId: string) {
  const [row] = await db
    .select({
      id: membership.id,
      status: membership.status,
      version: membership.version,
      organisationName: organisation.name,
    })
    .from(membership)
    .innerJoin(
      organisation,
      and(eq(organisation.networkId, membership.networkId), eq(organisation.id, membership.organisationId)),
    )
    .where(and(eq(membership.networkId, networkId), eq(membership.organisationId, organisationId)))
    .for('update', { of: membership });
  return row;
}

/** Sets the membership's status after an admission decision, only when its version is the one the user saw. */
export async function setAdmissionOutcome(
  db: DbOrTx,
  networkId: string,
  membershipId: string,
  version: number,
  values: { status: 'admitted' | 'ended'; statusReason: string; admissionDecisionId: string; endedOn: string | null },
) {
  return (await updateVersioned(db, membership, { networkId, id: membershipId, version }, values)) !== null;
}

export async function findBodyOfKind(db: DbOrTx, networkId: string, kind: BodyKind) {
  const [row] = await db
    .select({ id: body.id })
    .from(body)
    .where(and(eq(body.networkId, networkId), eq(body.kind, kind)))
    .orderBy(asc(body.createdAt))
    .limit(1);
  return row;
}

/** The decisions the kerngroep marked as shared with the members, decided within [from, to], newest first. */
export async function queryMemberDecisions(db: DbOrTx, networkId: string, from: string, to: string) {
  return db
    .select({
      id: decision.id,
      bodyName: body.name,
      decidedOn: decision.decidedOn,
      text: decision.text,
      kind: decision.kind,
      organisationName: organisation.name,
      reason: decision.reason,
    })
    .from(decision)
    .innerJoin(body, and(eq(body.networkId, decision.networkId), eq(body.id, decision.bodyId)))
    .leftJoin(
      organisation,
      and(eq(organisation.networkId, decision.networkId), eq(organisation.id, decision.organisationId)),
    )
    .where(
      and(
        eq(decision.networkId, networkId),
        eq(decision.sharedWithMembers, true),
        gte(decision.decidedOn, from),
        lte(decision.decidedOn, to),
      ),
    )
    .orderBy(desc(decision.decidedOn), desc(decision.createdAt));
}
