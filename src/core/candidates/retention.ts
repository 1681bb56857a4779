// Retention: a candidate's personal fields are erased a number of months after they left (default 24), after which only the
// anonymous record remains for statistics. A pure decision with `today` passed in, used by the job, the CLI and the screens.
import { addMonths } from './dates.js';

export const DEFAULT_RETENTION_MONTHS = 24;

/** Statuses that mean the candidate has left the network's pipeline (uitgestroomd / gestopt). */
export const LEFT_STATUSES = ['left', 'stopped'] as const;

export interface RetentionSubject {
  status: string;
  leftOn: string | null;
  erasedAt: Date | null;
}

export type RetentionDecision =
  | { action: 'keep'; reason: 'active' }
  | { action: 'keep'; reason: 'within_period'; eraseOn: string }
  | { action: 'erase'; eraseOn: string }
  | { action: 'none'; reason: 'already_erased' };

export function retentionDecision(
  subject: RetentionSubject,
  retentionMonths: number,
  today: string,
): RetentionDecision {
  if (subject.erasedAt !== null) return { action: 'none', reason: 'already_erased' };
  if (!(LEFT_STATUSES as readonly string[]).includes(subject.status) || subject.leftOn === null)
    return { action: 'keep', reason: 'active' };
  const eraseOn = addMonths(subject.leftOn, retentionMonths);
  return eraseOn <= today ? { action: 'erase', eraseOn } : { action: 'keep', reason: 'within_period', eraseOn };
}
