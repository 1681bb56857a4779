// Consent: what may be shared with whom, given when, valid until. A withdrawn or expired consent shares nothing, at once.
import type { ConsentRecipient, ShareableField } from './codes.js';

export interface ConsentRecord {
  /** A ConsentRecipient code. */
  recipient: ConsentRecipient | (string & {});
  organisationId: string | null;
  fields: readonly string[];
  givenOn: string;
  validUntil: string | null;
  withdrawnAt: Date | null;
}

export function isConsentActive(consent: ConsentRecord, today: string): boolean {
  return (
    consent.withdrawnAt === null &&
    consent.givenOn <= today &&
    (consent.validUntil === null || consent.validUntil >= today)
  );
}

/** The fields an employer organisation may see of a candidate proposed to it, from the candidate's active consents. */
export function fieldsSharedWithEmployer(
  consents: readonly ConsentRecord[],
  organisationId: string,
  today: string,
): ShareableField[] {
  const fields = new Set<string>();
  for (const c of consents) {
    if (!isConsentActive(c, today)) continue;
    if (c.recipient === 'proposed_employers' || (c.recipient === 'employer' && c.organisationId === organisationId))
      for (const f of c.fields) fields.add(f);
  }
  return [...fields].sort() as ShareableField[];
}

/** Whether the candidate has an active consent for the own network to register and match them. */
export function hasNetworkConsent(consents: readonly ConsentRecord[], today: string): boolean {
  return consents.some((c) => c.recipient === 'own_network' && isConsentActive(c, today));
}
