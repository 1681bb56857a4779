// Working with partners and other networks as plain rules: partner kinds (data, labels in the catalogs) and which candidate
// fields a referral may carry — only those an active consent gives to exactly that receiver. No I/O, no clock.
import { isConsentActive, type ConsentRecord } from '../candidates/consent.js';
import { SHAREABLE_FIELDS, type ShareableField } from '../candidates/codes.js';

export const PARTNER_KINDS = [
  'employer_network',
  'wsp',
  'municipality',
  'uwv',
  'education',
  'care_provider',
  'jobcoach_provider',
  'employers_organisation',
  'other',
] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

export const NEWS_KINDS = ['success', 'need_met', 'new_member', 'other'] as const;

export type ReferralTarget =
  { kind: 'network'; networkName: string; networkSlug: string } | { kind: 'partner'; organisationId: string | null };

function fold(s: string) {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase();
}

export interface ConsentWithId extends ConsentRecord {
  id: string;
  otherNetworkName?: string | null;
}

/** Whether one consent names this receiver: the other network by name (or slug), or the partner's organisation. */
export function consentCovers(consent: ConsentWithId, target: ReferralTarget): boolean {
  if (target.kind === 'network') {
    if (consent.recipient !== 'other_network' || !consent.otherNetworkName) return false;
    const named = fold(consent.otherNetworkName);
    return named === fold(target.networkName) || named === fold(target.networkSlug);
  }
  return (
    (consent.recipient === 'employer' || consent.recipient === 'partner') &&
    target.organisationId !== null &&
    consent.organisationId === target.organisationId
  );
}

/**
 * The fields a referral to `target` may carry, with the consent that allows it, or null when no active consent covers the
 * receiver (the referral is refused). The pseudonymous code always travels; it identifies nothing outside the network.
 */
export function referralFields(
  consents: readonly ConsentWithId[],
  target: ReferralTarget,
  today: string,
): { consentId: string; fields: ShareableField[] } | null {
  const covering = consents.filter((c) => isConsentActive(c, today) && consentCovers(c, target));
  if (covering.length === 0) return null;
  const fields = new Set<string>();
  for (const c of covering) for (const f of c.fields) fields.add(f);
  return {
    consentId: covering[0]!.id,
    fields: SHAREABLE_FIELDS.filter((f) => fields.has(f)),
  };
}

/** Copies only the allowed fields of a candidate record. */
export function pickFields(record: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) if (f in record) out[f] = record[f];
  return out;
}
