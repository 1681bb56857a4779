// Demo generator step: how engaged each member employer (and each of its contacts) is in each month. Sampling who registers,
// hosts, raises a need or places uses these monthly cumulative weights, so each draw is a binary search (O(log n)) and the
// whole generator stays linear in its output. Draws no random numbers itself.
import type { DemoPersonRow } from '../demo-rows.js';
import type { Prng } from '../prng.js';
import { PLANNED_AHEAD_DAYS, type DemoContext, type MemberOrg } from './demo-context.js';
import { DAY, sampleCumulative } from './demo-helpers.js';

export interface MemberContact {
  person: DemoPersonRow;
  member: MemberOrg;
  weight: number;
}

export interface DemoEngagement {
  /** The first of each month from the start of the history until the end of the planned agenda (UTC). */
  monthStarts: number[];
  /** Members that have joined at some point. */
  activeMembers: MemberOrg[];
  memberContacts: MemberContact[];
  personWeightsByMonth: Float64Array[];
  monthIndexOf: (time: number) => number;
  /** A member drawn by its engagement in the month of `time`; null when nobody is engaged then. */
  sampleMember: (rng: Prng, time: number) => MemberOrg | null;
}

export function measureEngagement(ctx: DemoContext, members: readonly MemberOrg[]): DemoEngagement {
  const { now, windowStart } = ctx;
  const monthStarts: number[] = [];
  {
    const first = new Date(windowStart);
    let y = first.getUTCFullYear();
    let m = first.getUTCMonth();
    for (;;) {
      const start = Date.UTC(y, m, 1);
      if (start > now + PLANNED_AHEAD_DAYS * DAY) break;
      monthStarts.push(start);
      m++;
      if (m === 12) {
        m = 0;
        y++;
      }
    }
  }
  const activeMembers = members.filter((m) => Number.isFinite(m.activeFrom));
  const memberContacts: { person: DemoPersonRow; member: MemberOrg; weight: number }[] = [];
  for (const member of activeMembers) {
    member.contacts.forEach((person, idx) => memberContacts.push({ person, member, weight: idx === 0 ? 1 : 0.45 }));
  }
  const orgWeightsByMonth: Float64Array[] = [];
  const personWeightsByMonth: Float64Array[] = [];
  for (const monthStart of monthStarts) {
    const t = monthStart + 15 * DAY;
    const orgCum = new Float64Array(activeMembers.length);
    let sum = 0;
    activeMembers.forEach((m, i) => {
      sum += engagementAt(m, t);
      orgCum[i] = sum;
    });
    orgWeightsByMonth.push(orgCum);
    const personCum = new Float64Array(memberContacts.length);
    sum = 0;
    memberContacts.forEach((c, i) => {
      sum += engagementAt(c.member, t) * c.weight;
      personCum[i] = sum;
    });
    personWeightsByMonth.push(personCum);
  }
  const monthIndexOf = (time: number): number => {
    const d = new Date(time);
    const first = new Date(monthStarts[0] ?? windowStart);
    const idx = (d.getUTCFullYear() - first.getUTCFullYear()) * 12 + d.getUTCMonth() - first.getUTCMonth();
    return Math.min(Math.max(idx, 0), monthStarts.length - 1);
  };
  const sampleMember = (rng: Prng, time: number): MemberOrg | null => {
    const cum = orgWeightsByMonth[monthIndexOf(time)];
    const idx = cum === undefined ? -1 : sampleCumulative(rng, cum);
    return idx < 0 ? null : (activeMembers[idx] ?? null);
  };
  return { monthStarts, activeMembers, memberContacts, personWeightsByMonth, monthIndexOf, sampleMember };
}

/** Engagement weight of a member at a moment: zero outside its membership, shaped by its profile inside it. */
function engagementAt(member: MemberOrg, time: number): number {
  if (time < member.activeFrom || time >= member.activeUntil) return 0;
  // New members come to a few things in their first months, whatever they do later.
  const honeymoon = time - member.activeFrom < 90 * DAY ? 1.3 : 1;
  switch (member.profile) {
    case 'champion':
      return 3 * honeymoon;
    case 'steady':
      return 1.6 * honeymoon;
    case 'occasional':
      return 0.6 * honeymoon;
    case 'dormant':
      return 0.12 * honeymoon;
    case 'newcomer':
      return 1.2 * honeymoon;
    case 'drifting': {
      if (time < member.driftFrom) return 1.8 * honeymoon;
      const slide = Math.min(1, (time - member.driftFrom) / (180 * DAY));
      return 1.8 - 1.75 * slide;
    }
  }
}
