// The version a form was filled from. A form that is open while its record is fetched again (after another save on the
// page, or a background refresh) must still send the version the person started editing: if someone else saved in
// between, the server then answers with the stale-version message instead of the save silently overwriting their change.
import { useState } from 'react';

/** The record's version when the form opened; later fetches of the record do not move it. */
export function useVersionAtOpen(version: number): number {
  const [atOpen] = useState(version);
  return atOpen;
}
