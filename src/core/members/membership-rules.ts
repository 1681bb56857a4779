// The membership pipeline and its rules: which status may follow which, what a move needs (a reason to end), and the
// yearly contribution's invoice status. Pure, shared by the server and the pipeline screen.

export const MEMBERSHIP_STATUSES = ['prospect', 'applied', 'admitted', 'active', 'paused', 'ended'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

export const INVOICE_STATUSES = ['to_invoice', 'invoiced', 'paid'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

export const ENTRY_CONDITIONS = ['declaration_of_intent', 'covenant', 'report_ambition'] as const;
export type EntryCondition = (typeof ENTRY_CONDITIONS)[number];

/** Where a membership may go from each status. Ending is possible from everywhere; an ended membership may start again. */
const NEXT: Record<MembershipStatus, readonly MembershipStatus[]> = {
  prospect: ['applied', 'ended'],
  applied: ['admitted', 'prospect', 'ended'],
  admitted: ['active', 'ended'],
  active: ['paused', 'ended'],
  paused: ['active', 'ended'],
  ended: ['prospect', 'applied'],
};

export function nextMembershipStatuses(from: MembershipStatus): readonly MembershipStatus[] {
  return NEXT[from];
}

export type MembershipMoveProblem = 'transition_not_allowed' | 'reason_required';

/** Checks one move in the pipeline; null when it is allowed. */
export function checkMembershipMove(
  from: MembershipStatus,
  to: MembershipStatus,
  reason: string | null | undefined,
): MembershipMoveProblem | null {
  if (!NEXT[from].includes(to)) return 'transition_not_allowed';
  if (to === 'ended' && !reason?.trim()) return 'reason_required';
  return null;
}

/** Counts as a member of the network for measures and the portal: admitted, active or paused. */
export function isMember(status: MembershipStatus): boolean {
  return status === 'admitted' || status === 'active' || status === 'paused';
}

/** The statuses an import may give the memberships it creates (paused and ended need a history the file does not have). */
export const IMPORT_MEMBERSHIP_STATUSES = [
  'prospect',
  'applied',
  'admitted',
  'active',
] as const satisfies readonly MembershipStatus[];
export type ImportMembershipStatus = (typeof IMPORT_MEMBERSHIP_STATUSES)[number];

/**
 * The admission step of the pipeline: the first status from which a membership can be admitted ("applied", where the
 * kerngroep's admission decision waits). Imported organisations start there unless the user chooses otherwise, so they
 * go through admission instead of becoming active at once.
 */
export const ADMISSION_STATUS = MEMBERSHIP_STATUSES.find((s) => NEXT[s].includes('admitted')) as ImportMembershipStatus;
