// Rules of the needs-driven agenda: the status path of a need, and how a place at an activity is given (registered or on
// the waiting list) and handed on when someone cancels. Pure; the server applies them inside a row-locked transaction.

export const NEED_STATUSES = ['new', 'prioritised', 'picked_up', 'met', 'not_met'] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];

export const ACTIVITY_STATUSES = ['planned', 'held', 'cancelled'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export const REGISTRATION_STATUSES = ['registered', 'waitlisted', 'cancelled'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const REGISTRATION_ROLES = ['attendee', 'host', 'speaker'] as const;
export type RegistrationRole = (typeof REGISTRATION_ROLES)[number];

export const WORK_FORMS = [
  'knowledge_session',
  'company_visit',
  'peer_review',
  'theme_group',
  'network_meeting',
  'matchmaking',
  'training',
  'practice_table',
] as const;
export type WorkForm = (typeof WORK_FORMS)[number];

export const INITIATOR_KINDS = ['member_employer', 'core_group', 'coordinator', 'partner'] as const;
export type InitiatorKind = (typeof INITIATOR_KINDS)[number];

export const NEED_THEMES = [
  'job_carving',
  'onboarding',
  'funding_schemes',
  'jobcoaching',
  'recruitment',
  'retention',
  'legislation',
  'inclusive_culture',
] as const;
export type NeedTheme = (typeof NEED_THEMES)[number];

const NEED_NEXT: Record<NeedStatus, readonly NeedStatus[]> = {
  new: ['prioritised'],
  prioritised: ['picked_up', 'new'],
  picked_up: ['met', 'not_met', 'prioritised'],
  met: ['picked_up'],
  not_met: ['picked_up', 'prioritised'],
};

export function canMoveNeed(from: NeedStatus, to: NeedStatus): boolean {
  return NEED_NEXT[from].includes(to);
}

/**
 * The places taken at an activity: members' attendees with a place plus registered candidates. Both kinds share one
 * capacity, so every check and every "x of y" shown uses this one sum (the database counts it the same way in
 * `placesTakenSql`).
 */
export function placesTaken(a: { registered: number; candidatesRegistered: number }): number {
  return a.registered + a.candidatesRegistered;
}

/** Whether an activity has no free place left. */
export function isFull(a: { capacity: number | null; registered: number; candidatesRegistered: number }): boolean {
  return a.capacity !== null && placesTaken(a) >= a.capacity;
}

/** Whether a new registration gets a place or joins the waiting list. `capacity` null means no limit. */
export function placeForNewRegistration(capacity: number | null, registeredCount: number): RegistrationStatus {
  if (capacity === null) return 'registered';
  return registeredCount < capacity ? 'registered' : 'waitlisted';
}

/**
 * After a cancellation (or a larger capacity): how many from the head of the waiting list move up. Hosts and speakers do
 * not take attendee places, so the caller counts registered attendees only.
 */
export function placesToFill(capacity: number | null, registeredCount: number, waitlisted: number): number {
  if (waitlisted === 0) return 0;
  if (capacity === null) return waitlisted;
  return Math.max(0, Math.min(waitlisted, capacity - registeredCount));
}

/** An attendee may evaluate after the activity started and only once present. */
export function canEvaluate(input: { attended: boolean | null; startsAt: Date; now: Date }): boolean {
  return input.attended === true && input.startsAt.getTime() <= input.now.getTime();
}

/** The outcome for a need from the attendees' answers to "did this help with the need?": met when most said yes. */
export function needOutcomeFromAnswers(answers: readonly boolean[]): 'met' | 'not_met' | null {
  if (answers.length === 0) return null;
  const yes = answers.filter(Boolean).length;
  return yes * 2 > answers.length ? 'met' : 'not_met';
}

export type CandidateRefusal = 'not_open_to_candidates' | 'activity_past' | 'activity_full';

/**
 * Why a candidate cannot take a place at an activity (issue 19), or null when they can: the activity must be open to
 * candidates, planned and not yet begun, and have a free place. Candidates share the capacity with the members' attendees
 * but get no waiting list: a full activity refuses, so the candidate is never left in doubt.
 */
export function candidateRegistrationRefusal(input: {
  openToCandidates: boolean;
  status: string;
  startsAt: Date;
  capacity: number | null;
  /** Places taken: attendees of member organisations plus candidates, both registered. */
  taken: number;
  now: Date;
}): CandidateRefusal | null {
  if (!input.openToCandidates) return 'not_open_to_candidates';
  if (input.status !== 'planned' || input.startsAt.getTime() <= input.now.getTime()) return 'activity_past';
  if (input.capacity !== null && input.taken >= input.capacity) return 'activity_full';
  return null;
}
