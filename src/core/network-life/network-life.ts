// A network's life: the phases it moves through (and which moves the guide knows), the funder's agreement as data, and the
// signals that agreement raises for steering. Pure: no database, no clock (`today` is passed in).
import { FUNDER_TYPES, PHASES, type FunderType, type Phase } from '../design/design-input.js';

export { FUNDER_TYPES, PHASES, type FunderType, type Phase };

/**
 * The moves between phases. The guide's life cycle runs initiatie → opstart → volwassen; a network can fall back into
 * teruggang from opstart or volwassen, and come out of it again into opstart (a restart) or volwassen.
 */
export const PHASE_TRANSITIONS: Record<Phase, readonly Phase[]> = {
  initiatie: ['opstart'],
  opstart: ['volwassen', 'teruggang'],
  volwassen: ['teruggang'],
  teruggang: ['opstart', 'volwassen'],
};

export const PHASE_CHANGE_ERRORS = [
  'phase_unchanged',
  'phase_move_not_allowed',
  'phase_date_before_previous',
  'phase_date_in_future',
] as const;
export type PhaseChangeError = (typeof PHASE_CHANGE_ERRORS)[number];

/**
 * Why a phase change cannot be recorded, or null when it can. The date is the day the kerngroep decided; it may not lie
 * before the previous change (the history would run backwards) nor after today (a change is recorded once decided).
 */
export function checkPhaseChange(input: {
  from: Phase;
  to: Phase;
  effectiveOn: string;
  previousOn: string | null;
  today: string;
}): PhaseChangeError | null {
  if (input.from === input.to) return 'phase_unchanged';
  if (!PHASE_TRANSITIONS[input.from].includes(input.to)) return 'phase_move_not_allowed';
  if (input.previousOn !== null && input.effectiveOn < input.previousOn) return 'phase_date_before_previous';
  if (input.effectiveOn > input.today) return 'phase_date_in_future';
  return null;
}

export function isPhase(value: string): value is Phase {
  return (PHASES as readonly string[]).includes(value);
}

// ---- the funder's agreement ---------------------------------------------------------------------------------------------

/** The same day `months` calendar months later (clamped to the month's last day), for 'YYYY-MM-DD' dates. */
export function addMonthsTo(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(Math.min(d, last))}`;
}

export const FUNDER_SIGNAL_CODES = [
  'funder_agreement_ending',
  'funder_in_governance',
  'funder_demands_year_plan',
] as const;
export type FunderSignalCode = (typeof FUNDER_SIGNAL_CODES)[number];

export interface FunderSignal {
  code: FunderSignalCode;
  values: Record<string, number | string>;
}

export interface AgreementFacts {
  funderName: string;
  startsOn: string;
  endsOn: string;
  yearPlanRequired: boolean;
  /** The person who represents the funder for this agreement, when recorded. */
  contactPersonId: string | null;
}

export interface SeatFacts {
  personId: string;
  personName: string;
  /** A role held today (terms that include today). */
  role: string;
}

/** Months before its end from which an agreement signals. */
export const AGREEMENT_ENDING_MONTHS = 3;

/**
 * The signals a network's funder agreements raise, for agreements that have not ended:
 * - `funder_agreement_ending`: a running agreement ends within three months — time to talk about what comes after;
 * - `funder_in_governance`: the funder's own person (the agreement's contact, or anyone holding the funder role) holds a seat
 *   in the kerngroep or the board — the guide keeps steering and policy with the employers, the funder steers on the mission;
 * - `funder_demands_year_plan`: the funder demands a worked-out year plan — the seed's tension: the employers own the plan and
 *   the agenda is rolling and needs-driven.
 * One signal per code (the first agreement that raises it names the funder), so the dashboard shows each advice once.
 */
export function funderAgreementSignals(input: {
  today: string;
  agreements: readonly AgreementFacts[];
  seats: readonly SeatFacts[];
}): FunderSignal[] {
  // Agreements not yet ended count (one that starts next month already binds the network); ending counts the running ones.
  const current = input.agreements.filter((a) => a.endsOn >= input.today);
  const running = current.filter((a) => a.startsOn <= input.today);
  const out: FunderSignal[] = [];
  const horizon = addMonthsTo(input.today, AGREEMENT_ENDING_MONTHS);
  const ending = running.filter((a) => a.endsOn <= horizon).sort((a, b) => a.endsOn.localeCompare(b.endsOn))[0];
  if (ending)
    out.push({ code: 'funder_agreement_ending', values: { funder: ending.funderName, endsOn: ending.endsOn } });

  const funderPeople = new Set<string>(input.seats.filter((s) => s.role === 'funder').map((s) => s.personId));
  for (const a of current) if (a.contactPersonId) funderPeople.add(a.contactPersonId);
  const seated = input.seats.find(
    (s) => (s.role === 'core_group' || s.role === 'board') && funderPeople.has(s.personId),
  );
  if (seated) out.push({ code: 'funder_in_governance', values: { person: seated.personName, role: seated.role } });

  const demanding = current.find((a) => a.yearPlanRequired);
  if (demanding) out.push({ code: 'funder_demands_year_plan', values: { funder: demanding.funderName } });
  return out;
}
