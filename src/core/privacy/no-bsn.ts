// No BSN anywhere, by construction (decision 013): every string in every state-changing request body is scanned, whatever
// field it sits in, and a number passing the eleven-test is refused with the same message on that field. A new field cannot
// forget it, because the check does not live in the field's schema. The only strings not scanned are named here, in one list.
import { findBsnLikeNumbers } from '../candidates/bsn.js';

/**
 * Field names whose values are never free text and never stored as written: secrets (a password is only hashed; refusing a
 * password because it happens to contain nine digits passing the eleven-test would only confuse) and one-time link tokens.
 */
export const BSN_SCAN_EXEMPT_FIELDS: ReadonlySet<string> = new Set(['password', 'token']);

// An id is not free text: a random UUID can hold nine digits between two letters that pass the eleven-test (about 2 in
// 10,000 UUIDs), and refusing an id would make a write fail at random.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface BsnFinding {
  path: (string | number)[];
}

/** The path of every string in `value` (an object, array or string, at any depth) that holds a BSN-like number. */
export function findBsnInValue(value: unknown, path: (string | number)[] = [], out: BsnFinding[] = []): BsnFinding[] {
  // A file sent as its own bytes (the import, a document: decision 022) is no string: walked as an object it gave one
  // entry per byte (a 23 MB import file took minutes and gigabytes, blocking the server) and never a finding. What the
  // file holds is checked where it is read (the import refuses a BSN in any cell).
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return out;
  if (typeof value === 'string') {
    if (!UUID.test(value) && findBsnLikeNumbers(value).length > 0) out.push({ path });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => findBsnInValue(item, [...path, i], out));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (BSN_SCAN_EXEMPT_FIELDS.has(key)) continue;
      findBsnInValue(item, [...path, key], out);
    }
  }
  return out;
}
