// SQL for the agenda outside the app: the secret calendar feeds and what they list.
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/database.js';
import { activity, calendarFeed, registration } from '../../platform/db/schema.js';

export async function insertCalendarFeed(
  db: DbOrTx,
  values: { networkId: string; personId: string; tokenHash: string; isNetworkFeed: boolean },
) {
  const [row] = await db.insert(calendarFeed).values(values).returning({ id: calendarFeed.id });
  return row;
}

/** The person's feeds that are not revoked. */
export async function listOpenCalendarFeeds(db: DbOrTx, networkId: string, personId: string) {
  return db
    .select({ id: calendarFeed.id, isNetworkFeed: calendarFeed.isNetworkFeed, createdAt: calendarFeed.createdAt })
    .from(calendarFeed)
    .where(
      and(eq(calendarFeed.networkId, networkId), eq(calendarFeed.personId, personId), isNull(calendarFeed.revokedAt)),
    );
}

/** Revokes the person's feed; the ids of the rows it changed (none when the feed is not theirs). */
export async function revokeFeedOf(db: DbOrTx, networkId: string, feedId: string, personId: string, now: Date) {
  return db
    .update(calendarFeed)
    .set({ revokedAt: now })
    .where(and(eq(calendarFeed.networkId, networkId), eq(calendarFeed.id, feedId), eq(calendarFeed.personId, personId)))
    .returning({ id: calendarFeed.id });
}

/** The network's activities that ended less than 90 days ago or have yet to end (what a feed lists). */
export async function listFeedActivities(db: DbOrTx, networkId: string) {
  return db
    .select()
    .from(activity)
    .where(and(eq(activity.networkId, networkId), sql`${activity.endsAt} > now() - interval '90 days'`));
}

/** The activities the person is registered for (not on the waiting list, not cancelled). */
export async function listRegisteredActivityIds(db: DbOrTx, networkId: string, personId: string) {
  const mine = await db
    .select({ activityId: registration.activityId })
    .from(registration)
    .where(
      and(
        eq(registration.networkId, networkId),
        eq(registration.personId, personId),
        eq(registration.status, 'registered'),
      ),
    );
  return mine.map((m) => m.activityId);
}
