// Check-ins after a placement starts (3, 6 and 12 months): still employed, hours, a note. The reminders list is computed from
// the placements and the check-ins done, for a given day: nothing reads a clock here.
import { addDays, addMonths } from './dates.js';

export const CHECK_IN_MONTHS = [3, 6, 12] as const;
export type CheckInMonths = (typeof CHECK_IN_MONTHS)[number];
/** A reminder shows this many days before the due date. */
export const REMINDER_LEAD_DAYS = 7;

export function checkInDueDates(startsOn: string): { months: CheckInMonths; dueOn: string }[] {
  return CHECK_IN_MONTHS.map((months) => ({ months, dueOn: addMonths(startsOn, months) }));
}

export interface CheckInPlacement {
  id: string;
  startsOn: string;
  endsOn: string | null;
  /** The check-ins already recorded, by their months. */
  doneMonths: readonly number[];
}

export interface DueCheckIn {
  placementId: string;
  months: CheckInMonths;
  dueOn: string;
  overdue: boolean;
}

/**
 * The check-ins the coordinator should do now: due on or before `today` + lead days, not yet recorded, and the placement had
 * not ended before the due date. Sorted by due date.
 */
export function dueCheckIns(placements: readonly CheckInPlacement[], today: string): DueCheckIn[] {
  const horizon = addDays(today, REMINDER_LEAD_DAYS);
  const due: DueCheckIn[] = [];
  for (const p of placements) {
    for (const { months, dueOn } of checkInDueDates(p.startsOn)) {
      if (p.doneMonths.includes(months)) continue;
      if (dueOn > horizon) continue;
      if (p.endsOn !== null && p.endsOn < dueOn) continue;
      due.push({ placementId: p.id, months, dueOn, overdue: dueOn < today });
    }
  }
  return due.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.placementId.localeCompare(b.placementId));
}
