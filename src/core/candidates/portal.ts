// The rules of a candidate's own page (decision 020): how long a link works, how many links a candidate can get in a day,
// how long the coordinator has to handle a correction or erasure request, and the signal an overdue request raises.
// Plain functions: the clock is passed in.

/** A link to the own page works this many days. */
export const PORTAL_LINK_DAYS = 7;
/** At most this many new links per candidate in 24 hours (offered by the coordinator or asked for by the candidate). */
export const PORTAL_LINKS_PER_DAY = 3;
/** A request must be handled within this many days (the AVG asks for an answer within one month). */
export const REQUEST_HANDLING_DAYS = 30;

export const CANDIDATE_REQUEST_KINDS = ['correction', 'erasure'] as const;
export type CandidateRequestKind = (typeof CANDIDATE_REQUEST_KINDS)[number];

export type LinkState = 'valid' | 'expired' | 'replaced';

export function linkExpiresAt(now: Date): Date {
  return new Date(now.getTime() + PORTAL_LINK_DAYS * 24 * 60 * 60 * 1000);
}

export function linkState(link: { expiresAt: Date; revokedAt: Date | null }, now: Date): LinkState {
  if (link.revokedAt) return 'replaced';
  if (link.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'valid';
}

/** Whether one more link may be made, given when the candidate's earlier links were made. */
export function mayIssueLink(createdAts: readonly Date[], now: Date): boolean {
  const since = now.getTime() - 24 * 60 * 60 * 1000;
  return createdAts.filter((d) => d.getTime() > since).length < PORTAL_LINKS_PER_DAY;
}

/** The date by which a request made on `today` must be handled. */
export function requestDueOn(today: string): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const due = new Date(Date.UTC(y, m - 1, d + REQUEST_HANDLING_DAYS));
  return due.toISOString().slice(0, 10);
}

export interface OpenRequest {
  dueOn: string;
  handledAt: Date | null;
}

/** `candidate_requests_overdue`: at least one open request is past its date; values name how many and the oldest date. */
export function candidateRequestSignals(requests: readonly OpenRequest[], today: string) {
  const overdue = requests.filter((r) => r.handledAt === null && r.dueOn < today).map((r) => r.dueOn);
  if (overdue.length === 0) return [];
  overdue.sort();
  return [{ code: 'candidate_requests_overdue' as const, values: { count: overdue.length, oldestDueOn: overdue[0]! } }];
}
