// What every step of the demo generator shares: the network's settings and moments, the root random stream (each step
// forks its own stream from it by name, so a step's values do not depend on the steps before it) and the one name factory.
import type { DemoRegion } from '../demo-word-lists.js';
import type { DemoActivityRow, DemoMembershipRow, DemoOrganisationRow, DemoPersonRow } from '../demo-rows.js';
import type { Prng } from '../prng.js';
import type { NameFactory } from './name-factory.js';

/** How far ahead of `now` planned activities are generated. */
export const PLANNED_AHEAD_DAYS = 60;

export interface DemoContext {
  root: Prng;
  names: NameFactory;
  networkId: string;
  slug: string;
  region: DemoRegion;
  /** The moment the data looks current at, and the start of the generated history before it. */
  now: number;
  windowStart: number;
  foundedAt: number;
  memberCount: number;
  contactsPerMember: number;
  activitiesPerMonth: number;
  candidateCount: number;
  years: number;
  capacityFactor: number;
}

export type Profile = 'champion' | 'steady' | 'occasional' | 'drifting' | 'dormant' | 'newcomer';

/** Internal view of a member employer while generating; not part of the output. */
export interface MemberOrg {
  org: DemoOrganisationRow;
  membership: DemoMembershipRow;
  profile: Profile;
  /** Engagement is zero outside [activeFrom, activeUntil). */
  activeFrom: number;
  activeUntil: number;
  /** For drifting members: when the slide starts. */
  driftFrom: number;
  contacts: DemoPersonRow[];
}

export interface ActivityDraft {
  row: DemoActivityRow;
  theme: string;
  past: boolean;
}

/** The partner organisations by their generator key (wsp, gemeente, uwv, roc, jobcoach, association). */
export type PartnerLookup = (key: string) => DemoOrganisationRow;
