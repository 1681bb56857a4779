// The candidate's side of the 3-, 6- and 12-month check-ins (issue 19): on the own page the candidate answers "hoe gaat het?"
// in a few simple questions. Which check-ins are open, the answers allowed, and what counts as worrying. Plain functions: the
// day is passed in.
import { CHECK_IN_MONTHS, REMINDER_LEAD_DAYS, checkInDueDates, type CheckInMonths } from './check-ins.js';
import { amsterdamDateOf } from '../calendar.js';
import { addDays } from './dates.js';

/** "Hoe gaat het op je werk?": 1 (heel slecht) to 5 (heel goed). */
export const CHECK_IN_SCORES = [1, 2, 3, 4, 5] as const;
/** "Krijg je genoeg hulp als je iets nodig hebt?" */
export const CHECK_IN_HELP = ['yes', 'somewhat', 'no'] as const;
export type CheckInHelp = (typeof CHECK_IN_HELP)[number];
/** The 12-month check-in (the last one) stays open this many days after its date; earlier ones until the next one opens. */
export const LAST_CHECK_IN_OPEN_DAYS = 60;

export interface CandidateCheckInPlacement {
  id: string;
  startsOn: string;
  endsOn: string | null;
  /** The months the candidate already answered. */
  answeredMonths: readonly number[];
}

export interface OpenCandidateCheckIn {
  placementId: string;
  months: CheckInMonths;
  dueOn: string;
}

/**
 * The check-ins the candidate can answer on `today`: from the due date minus the reminder lead days, while the placement runs
 * (no end date, or ending on or after today), not yet answered, and only until the next check-in opens (the last one:
 * LAST_CHECK_IN_OPEN_DAYS after its date), so a candidate never sees an old question next to a new one.
 */
export function openCandidateCheckIns(
  placements: readonly CandidateCheckInPlacement[],
  today: string,
): OpenCandidateCheckIn[] {
  const open: OpenCandidateCheckIn[] = [];
  for (const p of placements) {
    if (p.endsOn !== null && p.endsOn < today) continue;
    const dates = checkInDueDates(p.startsOn);
    dates.forEach(({ months, dueOn }, i) => {
      if (p.answeredMonths.includes(months)) return;
      const opensOn = addDays(dueOn, -REMINDER_LEAD_DAYS);
      const next = dates[i + 1];
      const closesOn = next ? addDays(next.dueOn, -REMINDER_LEAD_DAYS) : addDays(dueOn, LAST_CHECK_IN_OPEN_DAYS);
      if (today >= opensOn && today < closesOn) open.push({ placementId: p.id, months, dueOn });
    });
  }
  return open.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.placementId.localeCompare(b.placementId));
}

export function isCheckInMonths(months: number): months is CheckInMonths {
  return (CHECK_IN_MONTHS as readonly number[]).includes(months);
}

export interface CandidateCheckInAnswer {
  score: number;
  help: CheckInHelp;
  wantsContact: boolean;
}

/** Worrying: it goes (very) badly (score 2 or lower), not enough help, or the candidate asks to be contacted. */
export function isWorrying(answer: CandidateCheckInAnswer): boolean {
  return answer.score <= 2 || answer.help === 'no' || answer.wantsContact;
}

export interface WorryRow {
  worrying: boolean;
  handledAt: Date | null;
  answeredAt: Date;
}

/**
 * `candidate_check_in_worry`: at least one worrying answer the coordinator has not yet marked handled (on the placement).
 * Values are counts and a date only, never who.
 */
export function candidateCheckInSignals(rows: readonly WorryRow[]) {
  const open = rows.filter((r) => r.worrying && r.handledAt === null).map((r) => amsterdamDateOf(r.answeredAt));
  if (open.length === 0) return [];
  open.sort();
  return [{ code: 'candidate_check_in_worry' as const, values: { count: open.length, oldestOn: open[0]! } }];
}
