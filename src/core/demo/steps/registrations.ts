// Demo generator step: who registered for each activity and, for activities held, who came, how they rated it and
// whether it met their need. Engaged members register more and turn up more often; the waiting list fills past capacity.
import type { DemoNeedRow, DemoPersonRow, DemoRegistrationRow } from '../demo-rows.js';
import type { ActivityDraft, DemoContext, MemberOrg, Profile } from './demo-context.js';
import { DAY, sampleCumulative } from './demo-helpers.js';
import type { DemoEngagement } from './engagement.js';
import type { DemoKeyPeople } from './people.js';

interface RegistrationDeps {
  drafts: readonly ActivityDraft[];
  engagement: DemoEngagement;
  needsByActivity: ReadonlyMap<string, readonly DemoNeedRow[]>;
  persons: readonly DemoPersonRow[];
  keyPeople: DemoKeyPeople;
}

export function addRegistrations(ctx: DemoContext, deps: RegistrationDeps): DemoRegistrationRow[] {
  const { root, networkId, now } = ctx;
  const { drafts, needsByActivity, persons } = deps;
  const { activeMembers, memberContacts, personWeightsByMonth, monthIndexOf } = deps.engagement;
  const { coordinator, funderContact, uwvContact } = deps.keyPeople;
  const regRng = root.fork('registrations');
  const registrations: DemoRegistrationRow[] = [];
  const attendanceRate: Record<Profile, number> = {
    champion: 0.95,
    steady: 0.88,
    occasional: 0.75,
    drifting: 0.62,
    dormant: 0.5,
    newcomer: 0.85,
  };
  const contactMember = new Map<string, MemberOrg>();
  for (const c of memberContacts) contactMember.set(c.person.id, c.member);
  const memberByOrgId = new Map<string, MemberOrg>(activeMembers.map((m) => [m.org.id, m]));
  const personById = new Map<string, DemoPersonRow>(persons.map((p) => [p.id, p]));

  for (const draft of drafts) {
    const a = draft.row;
    const start = a.startsAt.getTime();
    const cum = personWeightsByMonth[monthIndexOf(start)];
    const cancelledActivity = a.status === 'cancelled';
    const taken = new Set<string>();
    const linkedNeeds = needsByActivity.get(a.id);
    const register = (person: DemoPersonRow, role: string, profile: Profile | null, queueIndex: number): void => {
      taken.add(person.id);
      const capacity = a.capacity ?? Number.POSITIVE_INFINITY;
      let status = queueIndex >= capacity ? 'waitlisted' : regRng.chance(0.07) ? 'cancelled' : 'registered';
      if (cancelledActivity) status = 'cancelled';
      let attended: boolean | null = null;
      let rating: number | null = null;
      let needMet: boolean | null = null;
      if (draft.past && status === 'registered') {
        attended = role !== 'attendee' || regRng.chance(profile === null ? 0.85 : attendanceRate[profile]);
        if (attended && role === 'attendee' && regRng.chance(0.6)) {
          rating = regRng.weighted([
            [1, 3],
            [2, 7],
            [3, 20],
            [4, 45],
            [5, 25],
          ] as const);
          if (linkedNeeds !== undefined || regRng.chance(0.3)) needMet = regRng.chance(rating >= 4 ? 0.85 : 0.35);
        }
      }
      const leadDays = regRng.int(1, 40);
      const registeredAt = Math.min(
        now,
        Math.max(a.createdAt.getTime(), start - leadDays * DAY - regRng.int(0, 12) * 3_600_000),
      );
      registrations.push({
        networkId,
        id: regRng.uuid(),
        activityId: a.id,
        personId: person.id,
        status,
        role,
        attended,
        rating,
        needMet,
        registeredAt: new Date(registeredAt),
      });
    };

    let queue = 0;
    // The host's contact and, for activities the coordinator set up, the coordinator take part in their own role.
    const hostMember = a.hostOrganisationId === null ? undefined : memberByOrgId.get(a.hostOrganisationId);
    if (hostMember?.contacts[0] !== undefined) register(hostMember.contacts[0], 'host', null, queue++);
    if (a.initiatorKind === 'coordinator') register(coordinator, 'organiser', null, queue++);
    if (a.workForm === 'matchmaking') {
      register(funderContact, 'attendee', null, queue++);
      register(uwvContact, 'attendee', null, queue++);
    }
    // Whoever raised a need that this activity answers is very likely to come.
    for (const need of linkedNeeds ?? []) {
      const person = need.raisedByPersonId === null ? undefined : personById.get(need.raisedByPersonId);
      if (person !== undefined && !taken.has(person.id) && regRng.chance(0.8)) {
        register(person, 'attendee', contactMember.get(person.id)?.profile ?? null, queue++);
      }
    }

    if (cum === undefined || cum.length === 0) continue;
    const capacity = a.capacity ?? regRng.int(25, 45);
    const fill = a.workForm === 'network_meeting' ? 0.45 + regRng.next() * 0.45 : 0.5 + regRng.next() * 0.7;
    const want = Math.min(Math.round(capacity * fill), Math.floor(memberContacts.length * 0.8));
    let attempts = 0;
    while (queue < want && attempts < want * 6) {
      attempts++;
      const idx = sampleCumulative(regRng, cum);
      const contact = idx < 0 ? undefined : memberContacts[idx];
      if (contact === undefined) break;
      if (taken.has(contact.person.id)) continue;
      register(contact.person, 'attendee', contact.member.profile, queue++);
    }
  }
  return registrations;
}
