// Loads the plain data the steering measures need for one network in two statements (or one, with the registrations counted
// in SQL for the dashboard), every part bounded by network_id (and the agenda by a date horizon), no query per record. Also the per-activity turnout in SQL, used by the drill-down, and the
// targets and opt-in setting.
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { SteeringData, SteeringRegistration } from '../../../core/steering/steering-data.js';
import type { DbOrTx } from '../../platform/db/database.js';
import { missionTarget, steeringSettings } from '../../platform/db/schema.js';

/** A timestamp as JSON gives it (with the session's offset), as the same ISO string a Date from a row column gives. */
const isoOf = (s: string) => new Date(s).toISOString();

type J = string | number | boolean | null;

const dialect = new PgDialect();

/**
 * Runs a statement as a named prepared statement: each connection plans it once and then reuses the plan, where an unnamed
 * statement is planned again every time (the bundle's twenty subqueries take longer to plan than to run). The text for a
 * name must never change.
 */
async function executePrepared<T>(db: DbOrTx, name: string, query: SQL): Promise<{ rows: T[] }> {
  const prepared = db._.session.prepareQuery(dialect.sqlToQuery(query), undefined, name, false);
  return (await prepared.execute()) as { rows: T[] };
}

/** The mission targets of a network, oldest year first (as listTargets gives them). */
export interface TargetRow {
  year: number;
  placements: number | null;
  banen: string | null;
  activeMembers: number | null;
  version: number;
}

export interface SteeringInputs {
  data: SteeringData;
  targets: TargetRow[];
  settings: { thresholds: Record<string, unknown>; version: number } | null;
}

/**
 * Everything since `horizon` (a date): the ladder looks 360 days back from today and the year-ago active share 455 days
 * back from the period's end, so the caller passes a horizon before both.
 */
export async function loadSteeringData(db: DbOrTx, networkId: string, horizon: string): Promise<SteeringData | null> {
  return (await loadSteeringInputs(db, networkId, horizon))?.data ?? null;
}

/**
 * The steering data, the mission targets and the signal thresholds of one network in two statements: one that returns every
 * small table as a JSON array (positional rows) — the network's phase, members, contacts, agenda, needs, placements,
 * governance, targets and settings — and one for the registrations, the only large table, read from an index that covers it.
 * Registrations that no measure counts (not 'registered'; hosts or organisers without attendance) are left out.
 */
export async function loadSteeringInputs(
  db: DbOrTx,
  networkId: string,
  horizon: string,
  options: {
    /**
     * 'totals': the registrations counted in the same statement (SteeringData.registrationTotals, `registrations` left
     * empty) — what the dashboard needs, without shipping thousands of rows; 'rows' (default): every counted registration,
     * as the drill-downs list them; 'days': as 'totals', but the attendances and contributions per organisation as the days
     * they fell on (SteeringData.registrationDays, `registrationTotals.organisations` left empty) — what the dashboard needs,
     * at a fraction of the cost of the organisation × activity pairs.
     */
    registrations?: 'rows' | 'totals' | 'days';
  } = {},
): Promise<SteeringInputs | null> {
  const horizonTs = new Date(`${horizon}T00:00:00Z`);
  const days = options.registrations === 'days';
  const totals = options.registrations === 'totals' || days;
  const [bundle, registrations] = await Promise.all([
    executePrepared<{
      phase: string | null;
      members: J[][];
      persons: J[][];
      activities: J[][];
      needs: J[][];
      supports: J[][];
      advice: J[][];
      placements: J[][];
      check_ins: J[][];
      candidate_check_ins: J[][];
      lived_experience: [J, J[][]][];
      candidate_registrations: J[][];
      terms: J[][];
      meetings: J[][];
      attendance: J[][];
      tasks: J[][];
      years: J[][];
      targets: J[][];
      settings: { thresholds: Record<string, unknown>; version: number } | null;
      registration_activities?: [string, number, number, number, string[]][];
      registration_organisations?: [string, string, boolean, boolean][];
      registration_days?: [string, string[], string[]][];
    }>(
      db,
      days ? 'steering_inputs_days' : totals ? 'steering_inputs_totals' : 'steering_inputs_rows',
      sql`
      select
        (select n.phase from network n where n.id = ${networkId}) as phase,
        (select coalesce(json_agg(json_build_array(m.organisation_id, o.name, m.status, m.joined_on, m.ended_on,
                  m.ambition_jobs_per_year, m.referred_by_organisation_id)), '[]')
           from membership m
           join organisation o on o.network_id = m.network_id and o.id = m.organisation_id
          where m.network_id = ${networkId}) as members,
        (select coalesce(json_agg(json_build_array(p.id, p.organisation_id)), '[]')
           from person p where p.network_id = ${networkId}) as persons,
        (select coalesce(json_agg(json_build_array(a.id, a.title, a.work_form, a.starts_at, a.status, a.host_organisation_id,
                  a.initiator_kind, a.initiator_organisation_id)), '[]')
           from activity a where a.network_id = ${networkId} and a.starts_at >= ${horizonTs}) as activities,
        (select coalesce(json_agg(json_build_array(x.id, x.title, x.organisation_id, x.created_at, x.status, x.activity_id)), '[]')
           from need x where x.network_id = ${networkId}) as needs,
        (select coalesce(json_agg(json_build_array(s.need_id, s.organisation_id, s.created_at)), '[]')
           from need_supporter s where s.network_id = ${networkId}) as supports,
        (select coalesce(json_agg(json_build_array(v.id, v.author_person_id, v.created_at)), '[]')
           from advice v where v.network_id = ${networkId}) as advice,
        (select coalesce(json_agg(json_build_array(p.id, p.organisation_id, p.starts_on, p.ends_on, p.hours_per_week,
                  c.target_group_register)), '[]')
           from placement p
           join candidate c on c.network_id = p.network_id and c.id = p.candidate_id
          where p.network_id = ${networkId}) as placements,
        (select coalesce(json_agg(json_build_array(k.placement_id, k.months, k.still_employed)), '[]')
           from placement_check_in k where k.network_id = ${networkId}) as check_ins,
        (select coalesce(json_agg(json_build_array(ck.placement_id, ck.months)), '[]')
           from candidate_check_in ck where ck.network_id = ${networkId}) as candidate_check_ins,
        (select coalesce(json_agg(json_build_array(le.person_id,
                  (select coalesce(json_agg(json_build_array(cc.given_on, cc.valid_until, cc.withdrawn_at)), '[]')
                     from candidate_consent cc
                    where cc.network_id = le.network_id and cc.candidate_id = le.candidate_id
                      and cc.recipient = 'sounding_board'))), '[]')
           from candidate_lived_experience le where le.network_id = ${networkId}) as lived_experience,
        (select coalesce(json_agg(json_build_array(cr.id, cr.activity_id, cr.candidate_id, cr.status, cr.attended)), '[]')
           from candidate_registration cr
           join activity a on a.network_id = cr.network_id and a.id = cr.activity_id
          where cr.network_id = ${networkId} and a.starts_at >= ${horizonTs}
            and cr.status = 'registered' and cr.attended) as candidate_registrations,
        (select coalesce(json_agg(json_build_array(r.person_id, r.role, r.starts_on, r.ends_on)), '[]')
           from role_assignment r
          where r.network_id = ${networkId} and r.role in ('core_group', 'coordinator', 'theme_lead')) as terms,
        (select coalesce(json_agg(json_build_array(mt.id, mt.starts_at)), '[]')
           from meeting mt
           join body b on b.network_id = mt.network_id and b.id = mt.body_id
          where mt.network_id = ${networkId} and b.kind = 'core_group') as meetings,
        (select coalesce(json_agg(json_build_array(ma.meeting_id, ma.person_id, ma.present)), '[]')
           from meeting_attendance ma
           join meeting mt on mt.network_id = ma.network_id and mt.id = ma.meeting_id
           join body b on b.network_id = mt.network_id and b.id = mt.body_id
          where ma.network_id = ${networkId} and b.kind = 'core_group') as attendance,
        (select coalesce(json_agg(json_build_array(t.id, t.code, t.title, t.responsible_role, t.assignee_person_id,
                  t.status)), '[]')
           from task t where t.network_id = ${networkId}) as tasks,
        (select coalesce(json_agg(json_build_array(m.organisation_id, y.year, y.ambition_jobs, y.realised_jobs)), '[]')
           from membership_year y
           join membership m on m.network_id = y.network_id and m.id = y.membership_id
          where y.network_id = ${networkId}) as years,
        (select coalesce(json_agg(json_build_array(t.year, t.placements, t.banen::text, t.active_members, t.version)
                  order by t.year), '[]')
           from mission_target t where t.network_id = ${networkId}) as targets,
        (select json_build_object('thresholds', s.thresholds, 'version', s.version)
           from steering_settings s where s.network_id = ${networkId}) as settings${
             totals
               ? sql`,
        -- The same rule as the pure activityRegistrationsOf: attendees with a place, per activity. Counted per activity and
        -- organisation first, so each organisation present is one row of its activity's group (array_agg(distinct …) sorted
        -- every group's registrations and cost twice as much).
        (select coalesce(json_agg(json_build_array(t.activity_id, t.registered, t.attended, t.recorded, t.orgs)), '[]')
           from (select g.activity_id,
                        sum(g.registered)::int as registered,
                        sum(g.attended)::int as attended,
                        sum(g.recorded)::int as recorded,
                        coalesce(array_agg(g.organisation_id order by g.organisation_id)
                                   filter (where g.attended > 0 and g.organisation_id is not null), '{}') as orgs
                   from (select r.activity_id, p.organisation_id,
                                count(*) as registered,
                                count(*) filter (where r.attended) as attended,
                                count(*) filter (where r.attended is not null) as recorded
                           from registration r
                           join activity a on a.network_id = r.network_id and a.id = r.activity_id
                           left join person p on p.network_id = r.network_id and p.id = r.person_id
                          where r.network_id = ${networkId} and a.starts_at >= ${horizonTs}
                            and r.status = 'registered' and r.role = 'attendee'
                          group by r.activity_id, p.organisation_id) g
                  group by g.activity_id) t) as registration_activities,${
                    days
                      ? sql`
        -- And registrationDaysOf: per organisation, the Amsterdam days of activities not cancelled where a person of it was
        -- present or spoke (not marked absent), each day once and in order — what the engagement measures ask of the pairs.
        (select coalesce(json_agg(json_build_array(t.organisation_id, t.attended, t.contributed)), '[]')
           from (select x.organisation_id,
                        coalesce(array_agg(distinct x.day) filter (where x.attended), '{}') as attended,
                        coalesce(array_agg(distinct x.day) filter (where x.contributed), '{}') as contributed
                   from (select p.organisation_id,
                                (a.starts_at at time zone 'Europe/Amsterdam')::date as day,
                                coalesce(r.attended, false) as attended,
                                (r.role = 'speaker' and r.attended is not false) as contributed
                           from registration r
                           join activity a on a.network_id = r.network_id and a.id = r.activity_id
                           join person p on p.network_id = r.network_id and p.id = r.person_id
                          where r.network_id = ${networkId} and a.starts_at >= ${horizonTs} and a.status <> 'cancelled'
                            and r.status = 'registered' and p.organisation_id is not null
                            and (r.attended or (r.role = 'speaker' and r.attended is not false))) x
                  group by x.organisation_id) t) as registration_days`
                      : sql`
        -- And organisationRegistrationsOf: per organisation and activity, present or spoke (not marked absent).
        (select coalesce(json_agg(json_build_array(t.organisation_id, t.activity_id, t.attended, t.contributed)), '[]')
           from (select p.organisation_id, r.activity_id,
                        bool_or(coalesce(r.attended, false)) as attended,
                        bool_or(r.role = 'speaker' and r.attended is not false) as contributed
                   from registration r
                   join activity a on a.network_id = r.network_id and a.id = r.activity_id
                   join person p on p.network_id = r.network_id and p.id = r.person_id
                  where r.network_id = ${networkId} and a.starts_at >= ${horizonTs}
                    and r.status = 'registered' and p.organisation_id is not null
                    and (r.attended or (r.role = 'speaker' and r.attended is not false))
                  group by p.organisation_id, r.activity_id) t) as registration_organisations`
                  }`
               : sql``
           }`,
    ),
    // Plain SQL with the field names as aliases: node-postgres gives the rows as the objects the measures read, without a
    // mapping step per row (a large network has thousands). The result's shape is checked by the loader test.
    totals
      ? null
      : db.execute<SteeringRegistration & Record<string, unknown>>(sql`
      select r.id, r.activity_id as "activityId", r.person_id as "personId", r.status, r.role, r.attended
        from registration r
        join activity a on a.network_id = r.network_id and a.id = r.activity_id
       where r.network_id = ${networkId}
         and a.starts_at >= ${horizonTs}
         -- Only these count anywhere: attendees with a place (turnout, attendance), speakers (contribution) and anyone
         -- marked present (attendance).
         and r.status = 'registered'
         and (r.role in ('attendee', 'speaker') or r.attended = true)`),
  ]);
  const b = bundle.rows[0];
  if (!b || b.phase === null) return null;
  const str = (v: J) => v as string;
  const strOrNull = (v: J) => v as string | null;
  const numOrNull = (v: J) => v as number | null;
  const attendanceByMeeting = new Map<string, { personId: string; present: boolean }[]>();
  for (const [meetingId, personId, present] of b.attendance) {
    const list = attendanceByMeeting.get(str(meetingId!)) ?? [];
    list.push({ personId: str(personId!), present: present as boolean });
    attendanceByMeeting.set(str(meetingId!), list);
  }
  const data: SteeringData = {
    phase: b.phase,
    members: b.members.map(([organisationId, name, status, joinedOn, endedOn, ambition, referredBy]) => ({
      organisationId: str(organisationId!),
      name: str(name!),
      status: str(status!),
      joinedOn: strOrNull(joinedOn!),
      endedOn: strOrNull(endedOn!),
      ambitionJobsPerYear: numOrNull(ambition!),
      referredByOrganisationId: strOrNull(referredBy!),
    })),
    persons: b.persons.map(([id, organisationId]) => ({ id: str(id!), organisationId: strOrNull(organisationId!) })),
    activities: b.activities.map(([id, title, workForm, startsAt, status, host, kind, initiator]) => ({
      id: str(id!),
      title: str(title!),
      workForm: str(workForm!),
      startsAt: isoOf(str(startsAt!)),
      status: str(status!),
      hostOrganisationId: strOrNull(host!),
      initiatorKind: str(kind!),
      initiatorOrganisationId: strOrNull(initiator!),
    })),
    registrations: registrations?.rows ?? [],
    ...(b.registration_activities && b.registration_days
      ? {
          registrationTotals: {
            activities: b.registration_activities.map(([activityId, registered, attended, recorded, orgs]) => ({
              activityId,
              registered,
              attended,
              recorded,
              presentOrganisationIds: orgs,
            })),
            organisations: [],
          },
          registrationDays: b.registration_days.map(([organisationId, attendedDays, contributedDays]) => ({
            organisationId,
            attendedDays,
            contributedDays,
          })),
        }
      : b.registration_activities && b.registration_organisations
        ? {
            registrationTotals: {
              activities: b.registration_activities.map(([activityId, registered, attended, recorded, orgs]) => ({
                activityId,
                registered,
                attended,
                recorded,
                presentOrganisationIds: orgs,
              })),
              organisations: b.registration_organisations.map(
                ([organisationId, activityId, attended, contributed]) => ({
                  organisationId,
                  activityId,
                  attended,
                  contributed,
                }),
              ),
            },
          }
        : {}),
    needs: b.needs.map(([id, title, organisationId, createdAt, status, activityId]) => ({
      id: str(id!),
      title: str(title!),
      organisationId: strOrNull(organisationId!),
      createdAt: isoOf(str(createdAt!)),
      status: str(status!),
      activityId: strOrNull(activityId!),
    })),
    needSupports: b.supports.map(([needId, organisationId, createdAt]) => ({
      needId: str(needId!),
      organisationId: str(organisationId!),
      createdAt: isoOf(str(createdAt!)),
    })),
    advice: b.advice.map(([id, personId, createdAt]) => ({
      id: str(id!),
      personId: str(personId!),
      createdAt: isoOf(str(createdAt!)),
    })),
    placements: b.placements.map(([id, organisationId, startsOn, endsOn, hours, register]) => ({
      id: str(id!),
      organisationId: str(organisationId!),
      startsOn: str(startsOn!),
      endsOn: strOrNull(endsOn!),
      hoursPerWeek: Number(hours),
      targetGroupRegister: str(register!),
    })),
    checkIns: b.check_ins.map(([placementId, months, employed]) => ({
      placementId: str(placementId!),
      months: months as number,
      stillEmployed: employed as boolean,
    })),
    candidateCheckIns: b.candidate_check_ins.map(([placementId, months]) => ({
      placementId: str(placementId!),
      months: months as number,
    })),
    livedExperience: b.lived_experience.map(([personId, consents]) => ({
      personId: str(personId!),
      consents: consents.map(([givenOn, validUntil, withdrawnAt]) => ({
        givenOn: str(givenOn!),
        validUntil: strOrNull(validUntil!),
        withdrawnAt: withdrawnAt ? new Date(str(withdrawnAt)) : null,
      })),
    })),
    // Only candidates marked present are loaded: no measure counts the others.
    candidateRegistrations: b.candidate_registrations.map(([id, activityId, candidateId, status, attended]) => ({
      id: str(id!),
      activityId: str(activityId!),
      candidateId: str(candidateId!),
      status: str(status!),
      attended: attended as boolean | null,
    })),
    roleTerms: b.terms.map(([personId, role, startsOn, endsOn]) => ({
      personId: str(personId!),
      role: str(role!),
      startsOn: str(startsOn!),
      endsOn: strOrNull(endsOn!),
    })),
    kerngroepMeetings: b.meetings.map(([id, startsAt]) => ({
      id: str(id!),
      startsAt: isoOf(str(startsAt!)),
      attendance: attendanceByMeeting.get(str(id!)) ?? [],
    })),
    tasks: b.tasks.map(([id, code, title, responsibleRole, assignee, status]) => ({
      id: str(id!),
      code: strOrNull(code!),
      title: strOrNull(title!),
      responsibleRole: strOrNull(responsibleRole!),
      assigneePersonId: strOrNull(assignee!),
      status: str(status!),
    })),
    membershipYears: b.years.map(([organisationId, year, ambition, realised]) => ({
      organisationId: str(organisationId!),
      year: year as number,
      ambitionJobs: numOrNull(ambition!),
      realisedJobs: numOrNull(realised!),
    })),
  };
  return {
    data,
    targets: b.targets.map(([year, placements, banen, activeMembers, version]) => ({
      year: year as number,
      placements: numOrNull(placements!),
      banen: strOrNull(banen!),
      activeMembers: numOrNull(activeMembers!),
      version: version as number,
    })),
    settings: b.settings,
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
