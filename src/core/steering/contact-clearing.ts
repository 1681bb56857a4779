// A drift alert asks the coordinator to get in touch; a recorded contact moment is the answer. An alert is cleared when the
// organisation's latest contact moment is on or after the day the alert arose: a call before the member went quiet or slid
// does not answer the new situation, so the alert stays. Pure: the contact days come in as data.
import { whoToCall, type LadderRow } from './ladder.js';

/** The ladder with answered alerts emptied (their contact day kept in `contactedOn`), and the call list drawn again. */
export function clearContactedAlerts(
  ladder: readonly LadderRow[],
  lastContactOn: ReadonlyMap<string, string>,
): { ladder: LadderRow[]; whoToCall: LadderRow[] } {
  const cleared = ladder.map((row) => {
    const contacted = lastContactOn.get(row.organisationId);
    if (row.alerts.length === 0 || !contacted || !isAnswered(row.alertSince ?? null, contacted)) return row;
    return { ...row, alerts: [], contactedOn: contacted };
  });
  return { ladder: cleared, whoToCall: whoToCall(cleared) };
}

/** A contact on or after the day the alert arose answers it; an alert whose start is unknown is answered by any contact. */
export function isAnswered(alertSince: string | null, contactedOn: string): boolean {
  return alertSince === null || contactedOn >= alertSince;
}
