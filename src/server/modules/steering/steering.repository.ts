// Loads the plain data the steering measures need for one network: one query per table, all in parallel, every one bounded
// by network_id (and the agenda by a date horizon), no query per record. Also the per-activity turnout in SQL, used by the
// drill-down, and the targets and opt-in setting.
import { and, eq, gte, inArray, sql } from 'drizzle-orm';
import type { SteeringData } from '../../../core/steering/steering-data.js';
import type { DbOrTx } from '../../platform/db/database.js';
import {
  activity,
  body,
  candidate,
  meeting,
  meetingAttendance,
  membership,
  membershipYear,
  missionTarget,
  need,
  needSupporter,
  network,
  organisation,
  person,
  placement,
  placementCheckIn,
  registration,
  roleAssignment,
  steeringSettings,
  task,
} from '../../platform/db/schema.js';

const iso = (d: Date) => d.toISOString();

/**
 * Everything since `horizon` (a date): the ladder looks 360 days back from today and the year-ago active share 455 days
 * back from the period's end, so the caller passes a horizon before both.
 */
export async function loadSteeringData(db: DbOrTx, networkId: string, horizon: string): Promise<SteeringData | null> {
  const horizonTs = new Date(`${horizon}T00:00:00Z`);
  const [
    nets,
    members,
    persons,
    activities,
    registrations,
    needs,
    supports,
    placements,
    checkIns,
    terms,
    meetings,
    attendance,
    tasks,
    years,
  ] = await Promise.all([
    db.select({ phase: network.phase }).from(network).where(eq(network.id, networkId)),
    db
      .select({
        organisationId: membership.organisationId,
        name: organisation.name,
        status: membership.status,
        joinedOn: membership.joinedOn,
        endedOn: membership.endedOn,
        ambitionJobsPerYear: membership.ambitionJobsPerYear,
        referredByOrganisationId: membership.referredByOrganisationId,
      })
      .from(membership)
      .innerJoin(
        organisation,
        and(eq(organisation.networkId, membership.networkId), eq(organisation.id, membership.organisationId)),
      )
      .where(eq(membership.networkId, networkId)),
    db
      .select({ id: person.id, organisationId: person.organisationId })
      .from(person)
      .where(eq(person.networkId, networkId)),
    db
      .select({
        id: activity.id,
        title: activity.title,
        workForm: activity.workForm,
        startsAt: activity.startsAt,
        status: activity.status,
        hostOrganisationId: activity.hostOrganisationId,
        initiatorKind: activity.initiatorKind,
        initiatorOrganisationId: activity.initiatorOrganisationId,
      })
      .from(activity)
      .where(and(eq(activity.networkId, networkId), gte(activity.startsAt, horizonTs))),
    db
      .select({
        id: registration.id,
        activityId: registration.activityId,
        personId: registration.personId,
        status: registration.status,
        role: registration.role,
        attended: registration.attended,
        needMet: registration.needMet,
      })
      .from(registration)
      .innerJoin(
        activity,
        and(eq(activity.networkId, registration.networkId), eq(activity.id, registration.activityId)),
      )
      .where(and(eq(registration.networkId, networkId), gte(activity.startsAt, horizonTs))),
    db
      .select({
        id: need.id,
        title: need.title,
        organisationId: need.organisationId,
        createdAt: need.createdAt,
        status: need.status,
        activityId: need.activityId,
      })
      .from(need)
      .where(eq(need.networkId, networkId)),
    db
      .select({
        needId: needSupporter.needId,
        organisationId: needSupporter.organisationId,
        createdAt: needSupporter.createdAt,
      })
      .from(needSupporter)
      .where(eq(needSupporter.networkId, networkId)),
    db
      .select({
        id: placement.id,
        organisationId: placement.organisationId,
        startsOn: placement.startsOn,
        endsOn: placement.endsOn,
        hoursPerWeek: placement.hoursPerWeek,
        targetGroupRegister: candidate.targetGroupRegister,
      })
      .from(placement)
      .innerJoin(candidate, and(eq(candidate.networkId, placement.networkId), eq(candidate.id, placement.candidateId)))
      .where(eq(placement.networkId, networkId)),
    db
      .select({
        placementId: placementCheckIn.placementId,
        months: placementCheckIn.months,
        stillEmployed: placementCheckIn.stillEmployed,
      })
      .from(placementCheckIn)
      .where(eq(placementCheckIn.networkId, networkId)),
    db
      .select({
        personId: roleAssignment.personId,
        role: roleAssignment.role,
        startsOn: roleAssignment.startsOn,
        endsOn: roleAssignment.endsOn,
      })
      .from(roleAssignment)
      .where(
        and(
          eq(roleAssignment.networkId, networkId),
          inArray(roleAssignment.role, ['core_group', 'coordinator', 'theme_lead']),
        ),
      ),
    db
      .select({ id: meeting.id, startsAt: meeting.startsAt })
      .from(meeting)
      .innerJoin(body, and(eq(body.networkId, meeting.networkId), eq(body.id, meeting.bodyId)))
      .where(and(eq(meeting.networkId, networkId), eq(body.kind, 'core_group'))),
    db
      .select({
        meetingId: meetingAttendance.meetingId,
        personId: meetingAttendance.personId,
        present: meetingAttendance.present,
      })
      .from(meetingAttendance)
      .innerJoin(
        meeting,
        and(eq(meeting.networkId, meetingAttendance.networkId), eq(meeting.id, meetingAttendance.meetingId)),
      )
      .innerJoin(body, and(eq(body.networkId, meeting.networkId), eq(body.id, meeting.bodyId)))
      .where(and(eq(meetingAttendance.networkId, networkId), eq(body.kind, 'core_group'))),
    db
      .select({
        id: task.id,
        code: task.code,
        title: task.title,
        responsibleRole: task.responsibleRole,
        assigneePersonId: task.assigneePersonId,
        status: task.status,
      })
      .from(task)
      .where(eq(task.networkId, networkId)),
    db
      .select({
        organisationId: membership.organisationId,
        year: membershipYear.year,
        ambitionJobs: membershipYear.ambitionJobs,
        realisedJobs: membershipYear.realisedJobs,
      })
      .from(membershipYear)
      .innerJoin(
        membership,
        and(eq(membership.networkId, membershipYear.networkId), eq(membership.id, membershipYear.membershipId)),
      )
      .where(eq(membershipYear.networkId, networkId)),
  ]);
  const net = nets[0];
  if (!net) return null;
  const attendanceByMeeting = new Map<string, { personId: string; present: boolean }[]>();
  for (const a of attendance) {
    const list = attendanceByMeeting.get(a.meetingId) ?? [];
    list.push({ personId: a.personId, present: a.present });
    attendanceByMeeting.set(a.meetingId, list);
  }
  return {
    phase: net.phase,
    members,
    persons,
    activities: activities.map((a) => ({ ...a, startsAt: iso(a.startsAt) })),
    registrations,
    needs: needs.map((n) => ({ ...n, createdAt: iso(n.createdAt) })),
    needSupports: supports.map((s) => ({ ...s, createdAt: iso(s.createdAt) })),
    placements: placements.map((p) => ({ ...p, hoursPerWeek: Number(p.hoursPerWeek) })),
    checkIns,
    roleTerms: terms,
    kerngroepMeetings: meetings.map((m) => ({
      id: m.id,
      startsAt: iso(m.startsAt),
      attendance: attendanceByMeeting.get(m.id) ?? [],
    })),
    tasks,
    membershipYears: years,
  };
}

export interface SqlActivityTurnout {
  activityId: string;
  registered: number;
  attended: number;
}

/**
 * Registered and attended attendees per activity, computed in SQL for the drill-down of large networks. Same rule as
 * turnoutPerActivity (role attendee, status registered; only activities with attendance recorded); a property test keeps
 * the two in agreement.
 */
export async function queryActivityTurnout(
  db: DbOrTx,
  networkId: string,
  from: string,
  to: string,
  today: string,
): Promise<SqlActivityTurnout[]> {
  const rows = await db.execute<{ activity_id: string; registered: string; attended: string }>(sql`
    select a.id as activity_id,
           count(*) filter (where r.role = 'attendee' and r.status = 'registered') as registered,
           count(*) filter (where r.role = 'attendee' and r.status = 'registered' and r.attended) as attended
      from activity a
      join registration r on r.network_id = a.network_id and r.activity_id = a.id
     where a.network_id = ${networkId}
       and a.status <> 'cancelled'
       and (a.starts_at at time zone 'Europe/Amsterdam')::date between ${from}::date and ${to}::date
       and (a.starts_at at time zone 'Europe/Amsterdam')::date <= ${today}::date
     group by a.id
    having count(*) filter (where r.role = 'attendee' and r.status = 'registered' and r.attended is not null) > 0
     order by min(a.starts_at), a.id`);
  return rows.rows.map((r) => ({
    activityId: r.activity_id,
    registered: Number(r.registered),
    attended: Number(r.attended),
  }));
}

export async function listTargets(db: DbOrTx, networkId: string) {
  return db
    .select({
      year: missionTarget.year,
      placements: missionTarget.placements,
      banen: missionTarget.banen,
      activeMembers: missionTarget.activeMembers,
      version: missionTarget.version,
    })
    .from(missionTarget)
    .where(eq(missionTarget.networkId, networkId))
    .orderBy(missionTarget.year);
}

/**
 * Sets one year's target if it still is at `expected` (0 = no target for that year yet). Returns the new version, or null
 * when another edit came first (nothing written then).
 */
export async function saveTargetIfVersion(
  db: DbOrTx,
  row: {
    networkId: string;
    year: number;
    placements: number | null;
    banen: number | null;
    activeMembers: number | null;
    updatedBy: string | null;
  },
  expected: number,
) {
  const values = { ...row, banen: row.banen === null ? null : String(row.banen) };
  if (expected === 0) {
    const [saved] = await db
      .insert(missionTarget)
      .values(values)
      .onConflictDoNothing({ target: [missionTarget.networkId, missionTarget.year] })
      .returning({ version: missionTarget.version });
    return saved?.version ?? null;
  }
  const [saved] = await db
    .update(missionTarget)
    .set({
      placements: values.placements,
      banen: values.banen,
      activeMembers: values.activeMembers,
      updatedBy: values.updatedBy,
      updatedAt: sql`now()`,
      version: sql`${missionTarget.version} + 1`,
    })
    .where(
      and(
        eq(missionTarget.networkId, row.networkId),
        eq(missionTarget.year, row.year),
        eq(missionTarget.version, expected),
      ),
    )
    .returning({ version: missionTarget.version });
  return saved?.version ?? null;
}

export async function findNetworkSettings(db: DbOrTx, networkId: string) {
  const [row] = await db
    .select({ id: network.id, name: network.name, settings: network.settings })
    .from(network)
    .where(eq(network.id, networkId));
  return row ?? null;
}

export async function updateNetworkSettings(db: DbOrTx, networkId: string, settings: Record<string, unknown>) {
  await db
    .update(network)
    .set({ settings, updatedAt: sql`now()`, version: sql`${network.version} + 1` })
    .where(eq(network.id, networkId));
}

export async function listAllNetworks(db: DbOrTx) {
  return db
    .select({ id: network.id, name: network.name, settings: network.settings })
    .from(network)
    .orderBy(network.createdAt);
}

export async function findSteeringSettings(db: DbOrTx, networkId: string) {
  const [row] = await db
    .select({ thresholds: steeringSettings.thresholds, version: steeringSettings.version })
    .from(steeringSettings)
    .where(eq(steeringSettings.networkId, networkId));
  return row ?? null;
}

/** Insert (version 1, when `expected` is 0) or update if still at version `expected`; null when someone else was first. */
export async function saveSteeringSettings(
  db: DbOrTx,
  row: { networkId: string; thresholds: Record<string, unknown>; updatedBy: string | null; expected: number },
) {
  if (row.expected === 0) {
    const [saved] = await db
      .insert(steeringSettings)
      .values({ networkId: row.networkId, thresholds: row.thresholds, updatedBy: row.updatedBy })
      .onConflictDoNothing()
      .returning({ version: steeringSettings.version });
    return saved ?? null;
  }
  const [saved] = await db
    .update(steeringSettings)
    .set({
      thresholds: row.thresholds,
      updatedBy: row.updatedBy,
      updatedAt: sql`now()`,
      version: sql`${steeringSettings.version} + 1`,
    })
    .where(and(eq(steeringSettings.networkId, row.networkId), eq(steeringSettings.version, row.expected)))
    .returning({ version: steeringSettings.version });
  return saved ?? null;
}
