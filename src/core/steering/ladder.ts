// The engagement ladder per member employer — none → attends → contributes → hosts/leads → places candidates → recruits
// others (ambassador) — with drift alerts and the coordinator's "who to call this week" list. Pure; see ./definitions.ts.
import {
  eventsByOrganisation,
  engagementEvents,
  isMemberOn,
  termActiveOn,
  todayOf,
  type EngagementEvent,
} from './measures.js';
import type { SteeringData } from './steering-data.js';
import { addDaysTo, daysBetween } from './time.js';

export const LADDER_STEPS = ['none', 'attends', 'contributes', 'hosts_leads', 'places', 'ambassador'] as const;
export type LadderStep = (typeof LADDER_STEPS)[number];

/** The step is the highest one reached in this many days up to and including the day. */
export const LADDER_WINDOW_DAYS = 180;
export const QUIET_DAYS = 120;
export const DRIFT_STEPS = 2;
export const CALL_LIST_SIZE = 5;

const STEP_OF_EVENT: Record<EngagementEvent['kind'], number> = {
  attended: 1,
  contributed: 2,
  hosted: 3,
  placed: 4,
  recruited: 5,
};

/** Leading roles that put a member on the "hosts or leads" step while a contact holds them. */
const LEADING_ROLES = new Set(['core_group', 'theme_lead']);

export function ladderStepIndex(step: LadderStep): number {
  return LADDER_STEPS.indexOf(step);
}

/** The highest step an organisation reached in the window (day − 180, day]. */
export function ladderStepOn(
  events: readonly EngagementEvent[],
  leadingTerms: readonly { startsOn: string; endsOn: string | null }[],
  day: string,
): LadderStep {
  const after = addDaysTo(day, -LADDER_WINDOW_DAYS);
  let best = 0;
  for (const e of events) if (e.day > after && e.day <= day) best = Math.max(best, STEP_OF_EVENT[e.kind]);
  // A leading role counts when its term overlaps the window.
  if (best < 3 && leadingTerms.some((t) => t.startsOn <= day && (t.endsOn === null || t.endsOn > after))) best = 3;
  return LADDER_STEPS[best] ?? 'none';
}

export type DriftKind = 'slid' | 'quiet';

export interface LadderRow {
  organisationId: string;
  name: string;
  step: LadderStep;
  /** The step in the half year before: the window ending 180 days ago. */
  previousStep: LadderStep;
  lastActivityOn: string | null;
  daysSinceActivity: number | null;
  alerts: DriftKind[];
  /** The day the row's latest drift alert arose (a contact moment on or after it answers the alert; see contact-clearing.ts). */
  alertSince?: string | null;
  /** The last contact moment that answered the alerts (set by clearContactedAlerts; the alerts are then empty). */
  contactedOn?: string | null;
}

/**
 * `eventsByOrg` may pass the events per organisation already computed from the same data (as eventsByOrganisation gives
 * them, sorted by day); the ladder only looks at those up to today.
 */
export function engagementLadder(
  data: SteeringData,
  now: Date,
  eventsByOrg?: ReadonlyMap<string, readonly EngagementEvent[]>,
): LadderRow[] {
  const today = todayOf(now);
  const before = addDaysTo(today, -LADDER_WINDOW_DAYS);
  // Filtering each day-sorted list keeps the same events in the same order as filtering before grouping (the sort is stable).
  const byOrg: ReadonlyMap<string, readonly EngagementEvent[]> = eventsByOrg
    ? new Map([...eventsByOrg].map(([org, list]) => [org, list.filter((e) => e.day <= today)]))
    : eventsByOrganisation(engagementEvents(data).filter((e) => e.day <= today));
  const orgOfPerson = new Map(data.persons.map((p) => [p.id, p.organisationId]));
  const termsByOrg = new Map<string, { startsOn: string; endsOn: string | null }[]>();
  for (const t of data.roleTerms) {
    if (!LEADING_ROLES.has(t.role) || t.startsOn > today) continue;
    const org = orgOfPerson.get(t.personId);
    if (!org) continue;
    termsByOrg.set(org, [...(termsByOrg.get(org) ?? []), t]);
  }
  const rows: LadderRow[] = [];
  for (const m of data.members) {
    if (!isMemberOn(m, today)) continue;
    const events = byOrg.get(m.organisationId) ?? [];
    const terms = termsByOrg.get(m.organisationId) ?? [];
    const step = ladderStepOn(events, terms, today);
    const previousStep = ladderStepOn(events, terms, before);
    const last = events.at(-1)?.day ?? null;
    const daysSince = last === null ? null : daysBetween(last, today);
    const alerts: DriftKind[] = [];
    if (ladderStepIndex(previousStep) - ladderStepIndex(step) >= DRIFT_STEPS) alerts.push('slid');
    const memberLongEnough = m.joinedOn !== null && daysBetween(m.joinedOn, today) >= QUIET_DAYS;
    const leadingNow = terms.some((t) => termActiveOn(t, today));
    if (memberLongEnough && !leadingNow && (daysSince === null || daysSince >= QUIET_DAYS)) alerts.push('quiet');
    rows.push({
      organisationId: m.organisationId,
      name: m.name,
      step,
      previousStep,
      lastActivityOn: last,
      daysSinceActivity: daysSince,
      alerts,
      alertSince: driftAlertSince({ alerts, step, events, terms, joinedOn: m.joinedOn, lastActivityOn: last }),
    });
  }
  return rows.sort((a, b) => ladderStepIndex(b.step) - ladderStepIndex(a.step) || a.name.localeCompare(b.name, 'nl'));
}

/**
 * The day a member's current drift alerts arose: the latest of
 * - quiet: 120 days after the last activity (or after joining, or after a leading term ended, whichever is later);
 * - slid: the day the member fell to its current step, i.e. 180 days after the last event (or leading term) that held it
 *   higher, when that stopped counting in the window.
 * Null without alerts. An alert that arose later than a contact moment is news the contact moment did not answer.
 */
export function driftAlertSince(input: {
  alerts: readonly DriftKind[];
  step: LadderStep;
  events: readonly EngagementEvent[];
  terms: readonly { startsOn: string; endsOn: string | null }[];
  joinedOn: string | null;
  lastActivityOn: string | null;
}): string | null {
  const days: string[] = [];
  if (input.alerts.includes('quiet')) {
    const starts = [input.joinedOn, input.lastActivityOn, ...input.terms.map((t) => t.endsOn)].filter(
      (d): d is string => d !== null,
    );
    const latest = starts.sort().at(-1);
    if (latest) days.push(addDaysTo(latest, QUIET_DAYS));
  }
  if (input.alerts.includes('slid')) {
    const now = ladderStepIndex(input.step);
    const higher = input.events.filter((e) => STEP_OF_EVENT[e.kind] > now).map((e) => e.day);
    if (now < 3) for (const t of input.terms) if (t.endsOn) higher.push(t.endsOn);
    const latest = higher.sort().at(-1);
    if (latest) days.push(addDaysTo(latest, LADDER_WINDOW_DAYS));
  }
  return days.sort().at(-1) ?? null;
}

/**
 * Whom the coordinator should call this week: members with a drift alert, those who slid furthest first, then quiet members
 * who used to be higher on the ladder, then the ones whose silence began most recently (easiest to win back). At most five.
 */
export function whoToCall(rows: readonly LadderRow[], size = CALL_LIST_SIZE): LadderRow[] {
  const drop = (r: LadderRow) => ladderStepIndex(r.previousStep) - ladderStepIndex(r.step);
  return rows
    .filter((r) => r.alerts.length > 0)
    .sort((a, b) => {
      const slidA = a.alerts.includes('slid') ? 1 : 0;
      const slidB = b.alerts.includes('slid') ? 1 : 0;
      if (slidA !== slidB) return slidB - slidA;
      if (drop(a) !== drop(b)) return drop(b) - drop(a);
      const prev = ladderStepIndex(b.previousStep) - ladderStepIndex(a.previousStep);
      if (prev !== 0) return prev;
      const silenceA = a.daysSinceActivity ?? Number.POSITIVE_INFINITY;
      const silenceB = b.daysSinceActivity ?? Number.POSITIVE_INFINITY;
      if (silenceA !== silenceB) return silenceA - silenceB;
      return a.name.localeCompare(b.name, 'nl');
    })
    .slice(0, size);
}
