// Demo generator step: the members' needs (vragen), some answered by an activity on the agenda, and the other members who
// said "wij ook" to them.
import { NEED_TITLES, THEMES } from '../demo-word-lists.js';
import type { DemoNeedRow, DemoNeedSupporterRow } from '../demo-rows.js';
import type { ActivityDraft, DemoContext } from './demo-context.js';
import { DAY, lowerBound, themeLabelOf } from './demo-helpers.js';
import type { DemoEngagement } from './engagement.js';

export interface DemoNeeds {
  needs: DemoNeedRow[];
  /** The needs an activity answers, by activity id. */
  needsByActivity: Map<string, DemoNeedRow[]>;
}

export function addNeeds(
  ctx: DemoContext,
  drafts: readonly ActivityDraft[],
  { sampleMember }: DemoEngagement,
): DemoNeeds {
  const { root, networkId, now, windowStart, memberCount, years } = ctx;
  // Needs come first in reality; here the agenda exists already, so a need that was picked up is linked to an activity that
  // starts two weeks to four months after it was raised, and takes that activity's theme.
  const needRng = root.fork('needs');
  const needs: DemoNeedRow[] = [];
  const needsByActivity = new Map<string, DemoNeedRow[]>();
  const activityStarts = drafts.map((a) => a.row.startsAt.getTime());
  const needCount = Math.round(memberCount * 0.6 * years);
  for (let i = 0; i < needCount; i++) {
    const createdAt = windowStart + needRng.next() * (now - DAY - windowStart);
    const member = sampleMember(needRng, createdAt);
    const raisedBy = member?.contacts[0] ?? null;
    let theme = needRng.pick(THEMES)[0];
    let activity: ActivityDraft | null = null;
    if (createdAt < now - 21 * DAY && needRng.chance(0.55)) {
      const from = lowerBound(activityStarts, createdAt + 14 * DAY);
      const to = lowerBound(activityStarts, createdAt + 120 * DAY);
      if (to > from) {
        const candidate = drafts[needRng.int(from, to - 1)];
        if (candidate !== undefined && candidate.row.status !== 'cancelled') activity = candidate;
      }
    }
    let status: string;
    if (activity !== null) {
      theme = activity.theme;
      status = activity.past
        ? needRng.weighted([
            ['met', 65],
            ['not_met', 15],
            ['picked_up', 20],
          ] as const)
        : 'picked_up';
    } else {
      status =
        createdAt > now - 45 * DAY
          ? needRng.weighted([
              ['new', 70],
              ['prioritised', 30],
            ] as const)
          : needRng.weighted([
              ['prioritised', 60],
              ['new', 40],
            ] as const);
    }
    const title = needRng.pick(NEED_TITLES[theme] ?? ['Vraag uit de praktijk']);
    const need: DemoNeedRow = {
      networkId,
      id: needRng.uuid(),
      organisationId: member?.org.id ?? null,
      raisedByPersonId: raisedBy?.id ?? null,
      title,
      description:
        member === null
          ? null
          : `${member.org.name} wil graag verder met ${themeLabelOf(theme)}; ingebracht bij de coördinator.`,
      theme,
      status,
      activityId: activity?.row.id ?? null,
      createdAt: new Date(createdAt),
      // Updated when it was picked up (the activity was planned) or, for a held activity, judged met or not.
      updatedAt: new Date(
        activity === null
          ? createdAt
          : Math.max(
              createdAt,
              Math.min(now, activity.past ? activity.row.endsAt.getTime() + DAY : activity.row.createdAt.getTime()),
            ),
      ),
    };
    needs.push(need);
    if (activity !== null) {
      const list = needsByActivity.get(activity.row.id);
      if (list === undefined) needsByActivity.set(activity.row.id, [need]);
      else list.push(need);
    }
  }
  return { needs, needsByActivity };
}

export function addNeedSupporters(
  ctx: DemoContext,
  needs: readonly DemoNeedRow[],
  { sampleMember }: DemoEngagement,
): DemoNeedSupporterRow[] {
  const { root, networkId, now } = ctx;
  // Other members say "wij ook" to a need: most get a little support, a few a lot, some none yet. Its own random stream.
  const supportRng = root.fork('need-supporters');
  const needSupporters: DemoNeedSupporterRow[] = [];
  for (const need of needs) {
    const want = supportRng.weighted([
      [0, 35],
      [1, 25],
      [2, 18],
      [3, 10],
      [4, 7],
      [6, 5],
    ] as const);
    const supporters = new Set<string>(need.organisationId === null ? [] : [need.organisationId]);
    const raisedAt = need.createdAt.getTime();
    for (let k = 0; k < want * 3 && supporters.size - (need.organisationId === null ? 0 : 1) < want; k++) {
      const at = Math.min(now - DAY, raisedAt + supportRng.int(1, 45) * DAY);
      const member = sampleMember(supportRng, at);
      if (member === null || supporters.has(member.org.id)) continue;
      supporters.add(member.org.id);
      needSupporters.push({
        networkId,
        id: supportRng.uuid(),
        needId: need.id,
        organisationId: member.org.id,
        personId: member.contacts[0]?.id ?? null,
        createdAt: new Date(Math.max(raisedAt, at)),
      });
    }
  }
  return needSupporters;
}
