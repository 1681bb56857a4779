// The engagement, ownership and mission measures of a network, exactly as defined in ./definitions.ts (which the UI shows as
// help text). Pure functions over SteeringData with `now` passed in; a ratio whose denominator is zero has value null, which
// the UI shows as "nog geen gegevens".
import { todayInAmsterdam } from '../calendar.js';
import { checkInDueDates } from '../candidates/check-ins.js';
import { hasLivedExperienceConsent } from '../candidates/lived-experience.js';
import { jobsForPlacement, totalJobs } from '../candidates/job-agreement.js';
import type {
  Period,
  SteeringActivity,
  SteeringActivityRegistrations,
  SteeringData,
  SteeringMember,
  SteeringOrganisationDays,
  SteeringOrganisationRegistrations,
  SteeringPlacement,
  SteeringRegistrationTotals,
  SteeringRoleTerm,
} from './steering-data.js';
import { addDaysTo, addMonthsTo, bucketOf, bucketsOf, dayOf, inPeriod, type Granularity } from './time.js';

export interface Ratio {
  numerator: number;
  denominator: number;
  /** numerator / denominator, or null when there is nothing to divide by (no data yet). */
  value: number | null;
}

export function ratio(numerator: number, denominator: number): Ratio {
  return { numerator, denominator, value: denominator === 0 ? null : numerator / denominator };
}

export function asRatio(r: Ratio): Ratio {
  return { numerator: r.numerator, denominator: r.denominator, value: r.value };
}

export const ACTIVE_WINDOW_DAYS = 90;
export const MEMBER_SIDE_ROLES = ['core_group', 'employer', 'theme_lead'] as const;
const EMPLOYER_INITIATORS = new Set(['member_employer', 'core_group']);

/** Today in Amsterdam. */
export function todayOf(now: Date): string {
  return todayInAmsterdam(now);
}

// --- members ----------------------------------------------------------------------------------------------------------------

/** A member on `day`: joined on or before it and not ended before or on it. */
export function isMemberOn(member: SteeringMember, day: string): boolean {
  return member.joinedOn !== null && member.joinedOn <= day && (member.endedOn === null || member.endedOn > day);
}

export function membersOn(data: SteeringData, day: string): SteeringMember[] {
  return data.members.filter((m) => isMemberOn(m, day));
}

// --- engagement events ------------------------------------------------------------------------------------------------------

export type EventKind = 'attended' | 'contributed' | 'hosted' | 'placed' | 'recruited';

export interface EngagementEvent {
  organisationId: string;
  day: string;
  kind: EventKind;
  /**
   * The record behind the event (registration, need, support, activity, placement or recruited organisation); the activity
   * for an attendance or contribution when the registrations come counted (SteeringData.registrationTotals), the day when
   * they come as days (SteeringData.registrationDays).
   */
  recordId: string;
}

/** Registrations as attendee with a place, per activity: what the turnout counts (see SteeringActivityRegistrations). */
export function activityRegistrationsOf(data: SteeringData): SteeringActivityRegistrations[] {
  if (data.registrationTotals) return data.registrationTotals.activities;
  const orgOfPerson = new Map(data.persons.map((p) => [p.id, p.organisationId]));
  const byActivity = new Map<string, SteeringActivityRegistrations & { orgs: Set<string> }>();
  for (const r of data.registrations) {
    if (r.role !== 'attendee' || r.status !== 'registered') continue;
    let row = byActivity.get(r.activityId);
    if (!row) {
      row = {
        activityId: r.activityId,
        registered: 0,
        attended: 0,
        recorded: 0,
        presentOrganisationIds: [],
        orgs: new Set(),
      };
      byActivity.set(r.activityId, row);
    }
    row.registered++;
    if (r.attended !== null) row.recorded++;
    if (r.attended === true) {
      row.attended++;
      const org = orgOfPerson.get(r.personId);
      if (org) row.orgs.add(org);
    }
  }
  return [...byActivity.values()].map(({ orgs, ...row }) => ({ ...row, presentOrganisationIds: [...orgs] }));
}

/**
 * Per organisation and activity, whether a person of the organisation registered with a place was marked present or spoke
 * (not marked absent): the attendances and contributions the engagement events count, each once.
 */
export function organisationRegistrationsOf(data: SteeringData): SteeringOrganisationRegistrations[] {
  if (data.registrationTotals) return data.registrationTotals.organisations;
  const orgOfPerson = new Map(data.persons.map((p) => [p.id, p.organisationId]));
  const byKey = new Map<string, SteeringOrganisationRegistrations>();
  for (const r of data.registrations) {
    const org = orgOfPerson.get(r.personId);
    if (!org || r.status !== 'registered') continue;
    const attended = r.attended === true;
    const contributed = r.role === 'speaker' && r.attended !== false;
    if (!attended && !contributed) continue;
    const key = `${org}:${r.activityId}`;
    const row = byKey.get(key);
    if (row) {
      row.attended ||= attended;
      row.contributed ||= contributed;
    } else byKey.set(key, { organisationId: org, activityId: r.activityId, attended, contributed });
  }
  return [...byKey.values()];
}

/** What the measures need of the registrations, counted: as the server's SQL gives it (see SteeringRegistrationTotals). */
export function registrationTotalsOf(data: SteeringData): SteeringRegistrationTotals {
  return { activities: activityRegistrationsOf(data), organisations: organisationRegistrationsOf(data) };
}

/**
 * Per organisation, the days it attended or contributed through a registration: organisationRegistrationsOf on the days of
 * the activities that were not cancelled, each day once and sorted (see SteeringOrganisationDays). The reference for the
 * days the dashboard's loader counts in SQL.
 */
export function registrationDaysOf(data: SteeringData): SteeringOrganisationDays[] {
  if (data.registrationDays) return data.registrationDays;
  const dayOfActivity = new Map<string, string>();
  for (const a of data.activities) if (a.status !== 'cancelled') dayOfActivity.set(a.id, dayOf(a.startsAt));
  const byOrg = new Map<string, { attended: Set<string>; contributed: Set<string> }>();
  for (const o of organisationRegistrationsOf(data)) {
    const day = dayOfActivity.get(o.activityId);
    if (day === undefined) continue;
    let sets = byOrg.get(o.organisationId);
    if (!sets) {
      sets = { attended: new Set(), contributed: new Set() };
      byOrg.set(o.organisationId, sets);
    }
    if (o.attended) sets.attended.add(day);
    if (o.contributed) sets.contributed.add(day);
  }
  return [...byOrg].map(([organisationId, sets]) => ({
    organisationId,
    attendedDays: [...sets.attended].sort(),
    contributedDays: [...sets.contributed].sort(),
  }));
}

/** Every dated thing a member organisation did, from the data. Cancelled activities and non-attendance do not count. */
export function engagementEvents(data: SteeringData): EngagementEvent[] {
  const orgOfPerson = new Map(data.persons.map((p) => [p.id, p.organisationId]));
  // The day of each activity that counts (not cancelled), once: a large network has thousands of registrations.
  const dayOfActivity = new Map<string, string>();
  for (const a of data.activities) if (a.status !== 'cancelled') dayOfActivity.set(a.id, dayOf(a.startsAt));
  const events: EngagementEvent[] = [];
  // Counted registrations give one event per organisation, activity and kind; the rows one per registration. The measures
  // ask only whether, when and how high an organisation engaged, which is the same either way.
  for (const o of data.registrationTotals?.organisations ?? []) {
    const day = dayOfActivity.get(o.activityId);
    if (day === undefined) continue;
    if (o.attended) events.push({ organisationId: o.organisationId, day, kind: 'attended', recordId: o.activityId });
    if (o.contributed)
      events.push({ organisationId: o.organisationId, day, kind: 'contributed', recordId: o.activityId });
  }
  // Counted as days (SteeringData.registrationDays): one event per organisation, day and kind, the day standing for the record.
  for (const o of data.registrationDays ?? []) {
    for (const day of o.attendedDays)
      events.push({ organisationId: o.organisationId, day, kind: 'attended', recordId: day });
    for (const day of o.contributedDays)
      events.push({ organisationId: o.organisationId, day, kind: 'contributed', recordId: day });
  }
  for (const r of data.registrations) {
    const org = orgOfPerson.get(r.personId);
    const day = dayOfActivity.get(r.activityId);
    if (!org || day === undefined || r.status !== 'registered') continue;
    if (r.attended === true) events.push({ organisationId: org, day, kind: 'attended', recordId: r.id });
    if (r.role === 'speaker' && r.attended !== false)
      events.push({ organisationId: org, day, kind: 'contributed', recordId: r.id });
  }
  for (const n of data.needs) {
    if (n.organisationId)
      events.push({ organisationId: n.organisationId, day: dayOf(n.createdAt), kind: 'contributed', recordId: n.id });
  }
  for (const s of data.needSupports) {
    events.push({ organisationId: s.organisationId, day: dayOf(s.createdAt), kind: 'contributed', recordId: s.needId });
  }
  // Advice given in the app by a member's person (the klankbordgroep, issue 16): a contribution of their organisation.
  for (const a of data.advice ?? []) {
    const org = orgOfPerson.get(a.personId);
    if (org) events.push({ organisationId: org, day: dayOf(a.createdAt), kind: 'contributed', recordId: a.id });
  }
  for (const a of data.activities) {
    if (a.status === 'cancelled') continue;
    const day = dayOf(a.startsAt);
    const orgs = new Set<string>();
    if (a.hostOrganisationId) orgs.add(a.hostOrganisationId);
    if (a.initiatorKind === 'member_employer' && a.initiatorOrganisationId) orgs.add(a.initiatorOrganisationId);
    for (const org of orgs) events.push({ organisationId: org, day, kind: 'hosted', recordId: a.id });
  }
  for (const p of data.placements) {
    events.push({ organisationId: p.organisationId, day: p.startsOn, kind: 'placed', recordId: p.id });
  }
  for (const m of data.members) {
    if (m.referredByOrganisationId && m.joinedOn)
      events.push({
        organisationId: m.referredByOrganisationId,
        day: m.joinedOn,
        kind: 'recruited',
        recordId: m.organisationId,
      });
  }
  return events;
}

/** Events per organisation, each list sorted by day. */
export function eventsByOrganisation(events: readonly EngagementEvent[]): Map<string, EngagementEvent[]> {
  const map = new Map<string, EngagementEvent[]>();
  for (const e of events) {
    const list = map.get(e.organisationId);
    if (list) list.push(e);
    else map.set(e.organisationId, [e]);
  }
  for (const list of map.values()) list.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  return map;
}

/**
 * Whether one organisation has an event in the window (after, day]: after the day `after`, up to and including `day`. The
 * list is sorted by day (as eventsByOrganisation gives it), so a binary search finds the first event after `after`: the trend
 * asks this of every member for every month and quarter.
 */
function hasEventInWindow(list: readonly EngagementEvent[] | undefined, after: string, day: string): boolean {
  if (!list) return false;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.day > after) hi = mid;
    else lo = mid + 1;
  }
  return lo < list.length && list[lo]!.day <= day;
}

// --- active member share ----------------------------------------------------------------------------------------------------

export interface ActiveMemberShare extends Ratio {
  activeOrganisationIds: string[];
}

/** Members on `day` with an attendance or contribution in the 90 days up to and including `day`. */
export function activeMemberShare(
  data: SteeringData,
  day: string,
  byOrg: Map<string, EngagementEvent[]> = eventsByOrganisation(engagementEvents(data)),
): ActiveMemberShare {
  const members = membersOn(data, day);
  const after = addDaysTo(day, -ACTIVE_WINDOW_DAYS);
  const active = members.filter((m) => hasEventInWindow(byOrg.get(m.organisationId), after, day));
  return { ...ratio(active.length, members.length), activeOrganisationIds: active.map((m) => m.organisationId) };
}

// --- turnout ----------------------------------------------------------------------------------------------------------------

export interface ActivityTurnout {
  activityId: string;
  title: string;
  day: string;
  /** Registrations as attendee with a place (not waiting list, not cancelled). */
  registered: number;
  /** Of those, marked present. */
  attended: number;
  /** Distinct member organisations with a contact present. */
  attendedMembers: number;
  /** Members of the network on the activity's day. */
  members: number;
  /** Candidates marked present (counted apart: never in the figures above). */
  candidatesAttended: number;
}

/** Turnout of each activity that took place in the period (not cancelled, on or before today) with attendance recorded. */
export function turnoutPerActivity(data: SteeringData, period: Period, now: Date): ActivityTurnout[] {
  const today = todayOf(now);
  const regsByActivity = new Map(activityRegistrationsOf(data).map((r) => [r.activityId, r]));
  const candidatesByActivity = new Map<string, Set<string>>();
  for (const r of data.candidateRegistrations ?? []) {
    if (r.status !== 'registered' || r.attended !== true) continue;
    const set = candidatesByActivity.get(r.activityId) ?? new Set<string>();
    set.add(r.candidateId);
    candidatesByActivity.set(r.activityId, set);
  }
  // The members on a day, asked once per day (several activities can share one).
  const membersByDay = new Map<string, { ids: Set<string>; count: number }>();
  const out: ActivityTurnout[] = [];
  for (const a of data.activities) {
    const day = dayOf(a.startsAt);
    if (a.status === 'cancelled' || day > today || !inPeriod(day, period)) continue;
    // Attendees with a place; only an activity with attendance recorded for one of them counts.
    const regs = regsByActivity.get(a.id);
    if (!regs || regs.recorded === 0) continue;
    let onDay = membersByDay.get(day);
    if (!onDay) {
      const members = membersOn(data, day);
      onDay = { ids: new Set(members.map((m) => m.organisationId)), count: members.length };
      membersByDay.set(day, onDay);
    }
    const memberIds = onDay.ids;
    let attendedMembers = 0;
    for (const org of regs.presentOrganisationIds) if (memberIds.has(org)) attendedMembers++;
    out.push({
      activityId: a.id,
      title: a.title,
      day,
      registered: regs.registered,
      attended: regs.attended,
      attendedMembers,
      members: onDay.count,
      candidatesAttended: candidatesByActivity.get(a.id)?.size ?? 0,
    });
  }
  return out.sort((x, y) => (x.day < y.day ? -1 : x.day > y.day ? 1 : 0));
}

export interface TurnoutSummary {
  activities: number;
  registered: number;
  attended: number;
  /** attended / registered */
  ofRegistered: Ratio;
  /** Σ attending member organisations / Σ members on each activity's day */
  ofMembers: Ratio;
  /** Candidates present, summed over the activities (apart from the members' turnout). */
  candidatesAttended: number;
}

export function summariseTurnout(rows: readonly ActivityTurnout[]): TurnoutSummary {
  let registered = 0;
  let attended = 0;
  let attendedMembers = 0;
  let members = 0;
  let candidatesAttended = 0;
  for (const r of rows) {
    candidatesAttended += r.candidatesAttended;
    registered += r.registered;
    attended += r.attended;
    attendedMembers += r.attendedMembers;
    members += r.members;
  }
  return {
    activities: rows.length,
    registered,
    attended,
    ofRegistered: ratio(attended, registered),
    ofMembers: ratio(attendedMembers, members),
    candidatesAttended,
  };
}

// --- employer-led and needs-driven ------------------------------------------------------------------------------------------

/** Activities starting in the period that were not cancelled (held or planned). */
export function activitiesInPeriod(data: SteeringData, period: Period): SteeringActivity[] {
  return data.activities.filter((a) => a.status !== 'cancelled' && inPeriod(dayOf(a.startsAt), period));
}

export function isEmployerLed(data: SteeringData, a: SteeringActivity): boolean {
  if (EMPLOYER_INITIATORS.has(a.initiatorKind)) return true;
  if (!a.hostOrganisationId) return false;
  const day = dayOf(a.startsAt);
  return data.members.some((m) => m.organisationId === a.hostOrganisationId && isMemberOn(m, day));
}

export interface EmployerLedShare extends Ratio {
  activityIds: string[];
}

export function employerLedShare(data: SteeringData, period: Period): EmployerLedShare {
  const acts = activitiesInPeriod(data, period);
  const led = acts.filter((a) => isEmployerLed(data, a));
  return { ...ratio(led.length, acts.length), activityIds: led.map((a) => a.id) };
}

export interface NeedsDriven {
  /** Activities in the period answering at least one recorded need / activities in the period. */
  activitiesFromNeeds: Ratio;
  /** Needs raised in the period that led to an activity / needs raised in the period. */
  needsToActivity: Ratio;
  /** Needs raised in the period judged met / needs raised in the period that were judged (met or not met). */
  needsMet: Ratio;
  activityIds: string[];
}

export function needsDriven(data: SteeringData, period: Period): NeedsDriven {
  const acts = activitiesInPeriod(data, period);
  const needActivityIds = new Set(data.needs.map((n) => n.activityId).filter((id): id is string => id !== null));
  const fromNeeds = acts.filter((a) => needActivityIds.has(a.id));
  const raised = data.needs.filter((n) => inPeriod(dayOf(n.createdAt), period));
  const judged = raised.filter((n) => n.status === 'met' || n.status === 'not_met');
  return {
    activitiesFromNeeds: ratio(fromNeeds.length, acts.length),
    needsToActivity: ratio(raised.filter((n) => n.activityId !== null).length, raised.length),
    needsMet: ratio(judged.filter((n) => n.status === 'met').length, judged.length),
    activityIds: fromNeeds.map((a) => a.id),
  };
}

// --- kerngroep --------------------------------------------------------------------------------------------------------------

export function termActiveOn(term: Pick<SteeringRoleTerm, 'startsOn' | 'endsOn'>, day: string): boolean {
  return term.startsOn <= day && (term.endsOn === null || term.endsOn >= day);
}

export interface KerngroepMeasure {
  /** Distinct member organisations with a person in the kerngroep today. */
  breadth: number;
  /** The same, a year ago. */
  breadthYearAgo: number;
  persons: number;
  /** Kerngroep terms that started / ended in the last 365 days. */
  joinedLastYear: number;
  leftLastYear: number;
  /** The newest start of a kerngroep term, or null when there is none. */
  lastNewTermOn: string | null;
  firstTermOn: string | null;
  /** Present / attendance records at kerngroep meetings in the period. */
  meetingAttendance: Ratio;
  meetings: number;
}

export function kerngroep(data: SteeringData, period: Period, now: Date): KerngroepMeasure {
  const today = todayOf(now);
  const yearAgo = addDaysTo(today, -365);
  const orgOfPerson = new Map(data.persons.map((p) => [p.id, p.organisationId]));
  const terms = data.roleTerms.filter((t) => t.role === 'core_group' && t.startsOn <= today);
  const breadthOn = (day: string) =>
    new Set(
      terms
        .filter((t) => termActiveOn(t, day))
        .map((t) => orgOfPerson.get(t.personId))
        .filter((o): o is string => !!o),
    ).size;
  const starts = terms.map((t) => t.startsOn).sort();
  const meetings = data.kerngroepMeetings.filter(
    (m) => inPeriod(dayOf(m.startsAt), period) && dayOf(m.startsAt) <= today,
  );
  let present = 0;
  let records = 0;
  for (const m of meetings) {
    for (const a of m.attendance) {
      records++;
      if (a.present) present++;
    }
  }
  return {
    breadth: breadthOn(today),
    breadthYearAgo: breadthOn(yearAgo),
    persons: new Set(terms.filter((t) => termActiveOn(t, today)).map((t) => t.personId)).size,
    joinedLastYear: terms.filter((t) => t.startsOn > yearAgo).length,
    leftLastYear: terms.filter((t) => t.endsOn !== null && t.endsOn > yearAgo && t.endsOn < today).length,
    lastNewTermOn: starts.at(-1) ?? null,
    firstTermOn: starts[0] ?? null,
    meetingAttendance: ratio(present, records),
    meetings: meetings.length,
  };
}

// --- coordinator dependency -------------------------------------------------------------------------------------------------

export interface CoordinatorDependency {
  /** Tasks the design gives to a member-side role (kerngroep, werkgever, kartrekker), not cancelled, that are assigned to a
   * person holding the coordinator role today / all such tasks. */
  memberTasksDoneByCoordinator: Ratio;
  taskIds: string[];
  /** Activities in the period initiated by the coordinator / activities in the period. */
  activitiesByCoordinator: Ratio;
}

export function coordinatorDependency(data: SteeringData, period: Period, now: Date): CoordinatorDependency {
  const today = todayOf(now);
  const coordinators = new Set(
    data.roleTerms.filter((t) => t.role === 'coordinator' && termActiveOn(t, today)).map((t) => t.personId),
  );
  const memberTasks = data.tasks.filter(
    (t) =>
      t.status !== 'cancelled' &&
      t.responsibleRole !== null &&
      (MEMBER_SIDE_ROLES as readonly string[]).includes(t.responsibleRole),
  );
  const byCoordinator = memberTasks.filter((t) => t.assigneePersonId !== null && coordinators.has(t.assigneePersonId));
  const acts = activitiesInPeriod(data, period);
  return {
    memberTasksDoneByCoordinator: ratio(byCoordinator.length, memberTasks.length),
    taskIds: byCoordinator.map((t) => t.id),
    activitiesByCoordinator: ratio(acts.filter((a) => a.initiatorKind === 'coordinator').length, acts.length),
  };
}

// --- mission results --------------------------------------------------------------------------------------------------------

export function placementsInPeriod(data: SteeringData, period: Period): SteeringPlacement[] {
  return data.placements.filter((p) => inPeriod(p.startsOn, period));
}

export function banenOf(placements: readonly SteeringPlacement[]): number {
  return totalJobs(placements.map((p) => jobsForPlacement(p.hoursPerWeek, p.targetGroupRegister)));
}

export interface Retention extends Ratio {
  months: number;
  placementIds: string[];
}

/**
 * Of the placements whose 6- or 12-month mark falls in the period and has passed, those still employed at the mark: a
 * check-in at that mark says so, or — without that check-in — the placement had not ended before the mark.
 */
export function stillEmployed(data: SteeringData, period: Period, now: Date, months: 6 | 12): Retention {
  const today = todayOf(now);
  const checkIns = new Map(
    data.checkIns.filter((c) => c.months === months).map((c) => [c.placementId, c.stillEmployed]),
  );
  const due = data.placements.filter((p) => {
    const mark = addMonthsTo(p.startsOn, months);
    return inPeriod(mark, period) && mark <= today;
  });
  const employed = due.filter((p) => {
    const checked = checkIns.get(p.id);
    if (checked !== undefined) return checked;
    return p.endsOn === null || p.endsOn >= addMonthsTo(p.startsOn, months);
  });
  return { ...ratio(employed.length, due.length), months, placementIds: employed.map((p) => p.id) };
}

export interface AmbitionRow {
  organisationId: string;
  name: string;
  /** The ambition for the period's year (membership year figures, else the membership's ambition per year). */
  ambitionJobs: number | null;
  placements: number;
  banen: number;
  /** What the member itself reported as realised for that year, when it did. */
  reportedRealised: number | null;
}

export function ambitionVsRealised(data: SteeringData, period: Period): { rows: AmbitionRow[]; total: AmbitionRow } {
  const year = Number(period.to.slice(0, 4));
  const figures = new Map(data.membershipYears.filter((f) => f.year === year).map((f) => [f.organisationId, f]));
  const inPeriodPlacements = placementsInPeriod(data, period);
  const rows: AmbitionRow[] = [];
  for (const m of data.members) {
    const active = m.joinedOn !== null && m.joinedOn <= period.to && (m.endedOn === null || m.endedOn > period.from);
    if (!active) continue;
    const own = inPeriodPlacements.filter((p) => p.organisationId === m.organisationId);
    const f = figures.get(m.organisationId);
    rows.push({
      organisationId: m.organisationId,
      name: m.name,
      ambitionJobs: f?.ambitionJobs ?? m.ambitionJobsPerYear,
      placements: own.length,
      banen: banenOf(own),
      reportedRealised: f?.realisedJobs ?? null,
    });
  }
  rows.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const withAmbition = rows.filter((r) => r.ambitionJobs !== null);
  const reported = rows.filter((r) => r.reportedRealised !== null);
  return {
    rows,
    total: {
      organisationId: '',
      name: '',
      ambitionJobs: withAmbition.length ? withAmbition.reduce((s, r) => s + (r.ambitionJobs ?? 0), 0) : null,
      placements: inPeriodPlacements.length,
      banen: banenOf(inPeriodPlacements),
      reportedRealised: reported.length ? reported.reduce((s, r) => s + (r.reportedRealised ?? 0), 0) : null,
    },
  };
}

export interface MissionResults {
  placements: number;
  banen: number;
  stillEmployed6: Retention;
  stillEmployed12: Retention;
}

export function missionResults(data: SteeringData, period: Period, now: Date): MissionResults {
  const placed = placementsInPeriod(data, period);
  return {
    placements: placed.length,
    banen: banenOf(placed),
    stillEmployed6: stillEmployed(data, period, now, 6),
    stillEmployed12: stillEmployed(data, period, now, 12),
  };
}

// --- the candidates' voice (issue 19) ----------------------------------------------------------------------------------------

export interface CandidateVoice {
  /** Candidate check-ins whose date falls in the period and has passed (or that were answered already) / answered of those. */
  checkInsAnswered: Ratio;
  /**
   * Advice given in the period by persons linked to a candidate record as ervaringsdeskundige, counted only while the
   * candidate's consent for that link (`sounding_board`) is active today.
   */
  livedExperienceAdvice: number;
  /** Distinct candidates marked present at an activity held in the period (not cancelled, on or before today). */
  candidatesTookPart: number;
}

/**
 * "Stem van kandidaten": the 3-, 6- and 12-month check-ins of placements whose date falls in the period — due when the date
 * has passed and the placement had not ended before it, or answered already (the question opens a week early) — and of those
 * the share the candidate answered; advice from ervaringsdeskundigen; candidates who took part in activities.
 */
export function candidateVoice(data: SteeringData, period: Period, now: Date): CandidateVoice {
  const today = todayOf(now);
  const answered = new Set((data.candidateCheckIns ?? []).map((c) => `${c.placementId}:${c.months}`));
  let due = 0;
  let done = 0;
  for (const p of data.placements) {
    for (const { months, dueOn } of checkInDueDates(p.startsOn)) {
      if (!inPeriod(dueOn, period)) continue;
      const isAnswered = answered.has(`${p.id}:${months}`);
      if (!isAnswered && (dueOn > today || (p.endsOn !== null && p.endsOn < dueOn))) continue;
      due++;
      if (isAnswered) done++;
    }
  }
  // The consent is judged on today (`now`), not on the advice's date: the advice counts as an ervaringsdeskundige's only
  // because it is tied to the candidate's record, and that tie rests on the consent. Withdrawn (or lapsed) consent means
  // the tie may no longer be used — for earlier advice too, as withdrawal takes effect at once everywhere else (the
  // link itself, lived-experience.ts). Consent given only after the advice does count it: the tie then exists.
  const linked = new Set(
    (data.livedExperience ?? [])
      .filter((l) =>
        hasLivedExperienceConsent(
          l.consents.map((c) => ({ ...c, recipient: 'sounding_board', organisationId: null, fields: [] })),
          today,
        ),
      )
      .map((l) => l.personId),
  );
  const livedExperienceAdvice = (data.advice ?? []).filter(
    (a) => linked.has(a.personId) && inPeriod(dayOf(a.createdAt), period),
  ).length;
  const activityById = new Map(data.activities.map((a) => [a.id, a]));
  const tookPart = new Set<string>();
  for (const r of data.candidateRegistrations ?? []) {
    if (r.status !== 'registered' || r.attended !== true) continue;
    const a = activityById.get(r.activityId);
    if (!a || a.status === 'cancelled') continue;
    const day = dayOf(a.startsAt);
    if (day > today || !inPeriod(day, period)) continue;
    tookPart.add(r.candidateId);
  }
  return { checkInsAnswered: ratio(done, due), livedExperienceAdvice, candidatesTookPart: tookPart.size };
}

// --- trends -----------------------------------------------------------------------------------------------------------------

export interface TrendPoint {
  key: string;
  from: string;
  to: string;
  activeShare: Ratio;
  turnoutOfRegistered: Ratio;
  turnoutOfMembers: Ratio;
  employerLed: Ratio;
  needsDriven: Ratio;
  activities: number;
  registrations: number;
  placements: number;
  banen: number;
}

/** One point per month or quarter of the period that has begun by today; the active share is taken on its last day (or today). */
export function trend(
  data: SteeringData,
  period: Period,
  now: Date,
  granularity: Granularity,
  byOrg: Map<string, EngagementEvent[]> = eventsByOrganisation(engagementEvents(data)),
  turnoutRows?: readonly ActivityTurnout[],
): TrendPoint[] {
  const today = todayOf(now);
  const buckets = bucketsOf(period, granularity).filter((b) => b.from <= today);
  // Each activity's turnout does not depend on the period asked for, so it is computed once over all buckets (or given, as
  // turnoutPerActivity's rows over a span covering every bucket) and each bucket takes its own activities: the same rows
  // turnoutPerActivity gives for the bucket, in the same order.
  const first = buckets[0];
  const last = buckets.at(-1);
  const allTurnout =
    turnoutRows ?? (first && last ? turnoutPerActivity(data, { from: first.from, to: last.to }, now) : []);
  // Buckets are whole months or quarters, so a day lies in bucket b exactly when its month or quarter is b.key: each list is
  // walked once and every record put in its own bucket, in the list's order (what filtering the list per bucket gives).
  const indexOf = new Map(buckets.map((b, i) => [b.key, i]));
  const bucketIndex = (day: string) => indexOf.get(bucketOf(day, granularity));
  const turnoutIn = buckets.map((): ActivityTurnout[] => []);
  for (const r of allTurnout) {
    const i = bucketIndex(r.day);
    if (i !== undefined) turnoutIn[i]!.push(r);
  }
  const placedIn = buckets.map((): SteeringPlacement[] => []);
  for (const p of data.placements) {
    const i = bucketIndex(p.startsOn);
    if (i !== undefined) placedIn[i]!.push(p);
  }
  // activitiesInPeriod, employerLedShare and needsDriven's activitiesFromNeeds, counted per bucket.
  const needActivityIds = new Set(data.needs.map((n) => n.activityId).filter((id): id is string => id !== null));
  const activities = buckets.map(() => 0);
  const led = buckets.map(() => 0);
  const fromNeeds = buckets.map(() => 0);
  for (const a of data.activities) {
    if (a.status === 'cancelled') continue;
    const i = bucketIndex(dayOf(a.startsAt));
    if (i === undefined) continue;
    activities[i]!++;
    if (isEmployerLed(data, a)) led[i]!++;
    if (needActivityIds.has(a.id)) fromNeeds[i]!++;
  }
  return buckets.map((b, i) => {
    const turnout = summariseTurnout(turnoutIn[i]!);
    const placed = placedIn[i]!;
    return {
      key: b.key,
      from: b.from,
      to: b.to,
      activeShare: asRatio(activeMemberShare(data, b.to < today ? b.to : today, byOrg)),
      employerLed: ratio(led[i]!, activities[i]!),
      turnoutOfRegistered: turnout.ofRegistered,
      turnoutOfMembers: turnout.ofMembers,
      needsDriven: ratio(fromNeeds[i]!, activities[i]!),
      activities: activities[i]!,
      registrations: turnout.registered,
      placements: placed.length,
      banen: banenOf(placed),
    };
  });
}
