// The agenda outside the app: calendar files (one activity, or a personal or network feed behind a secret address) and the
// public agenda of a network that opted in.
import { createHash, randomBytes } from 'node:crypto';
import { authorize, type Actor } from '../../platform/access.js';
import { writeAudit } from '../../platform/audit.js';
import type { Db, DbOrTx } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { findNetworkWithSettingsBySlug, updateNetworkSetting } from '../networks/networks.repository.js';
import { findActivity, findFeedByHash, findNetworkById, queryActivities } from './agenda.repository.js';
import { isFull } from '../../../core/agenda/agenda-rules.js';
import { activitiesToIcs } from './calendar.js';
import { selfPerson } from './agenda-access.js';
import {
  insertCalendarFeed,
  listFeedActivities,
  listOpenCalendarFeeds,
  listRegisteredActivityIds,
  revokeFeedOf,
} from './publishing.repository.js';

// ---- calendar ----

function hashToken(token: string) {
  return createHash('sha256').update(token).digest('hex');
}

export async function activityIcs({
  db,
  actor,
  networkId,
  activityId,
  publicUrl,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  activityId: string;
  publicUrl: string;
}) {
  authorize(actor, 'activities.read', networkId);
  const found = await findActivity(db, networkId, activityId);
  if (!found) throw new AppError('not_found');
  const net = await findNetworkById(db, networkId);
  return activitiesToIcs([found], { calName: net!.name, publicUrl, networkId });
}

export async function createCalendarFeed({
  db,
  actor,
  networkId,
  scope,
  publicUrl,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  scope: 'network' | 'personal';
  publicUrl: string;
}) {
  authorize(actor, 'activities.read', networkId);
  const personId = selfPerson(actor, networkId);
  if (!personId) throw new AppError('forbidden');
  const token = randomBytes(24).toString('base64url');
  const row = await insertCalendarFeed(db, {
    networkId,
    personId,
    tokenHash: hashToken(token),
    isNetworkFeed: scope === 'network',
  });
  return { id: row!.id, url: `${publicUrl}/api/calendar/${token}.ics` };
}

export async function listCalendarFeeds({ db, actor, networkId }: { db: DbOrTx; actor: Actor; networkId: string }) {
  authorize(actor, 'activities.read', networkId);
  const personId = selfPerson(actor, networkId);
  if (!personId) return [];
  const rows = await listOpenCalendarFeeds(db, networkId, personId);
  return rows.map((r) => ({
    id: r.id,
    scope: r.isNetworkFeed ? ('network' as const) : ('personal' as const),
    createdAt: r.createdAt,
  }));
}

export async function revokeCalendarFeed({
  db,
  actor,
  networkId,
  feedId,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  feedId: string;
  now?: Date;
}) {
  authorize(actor, 'activities.read', networkId);
  const personId = selfPerson(actor, networkId);
  const rows = await revokeFeedOf(db, networkId, feedId, personId ?? '00000000-0000-0000-0000-000000000000', now);
  if (rows.length === 0) throw new AppError('not_found');
}

/** Public: the feed behind a secret address. The token is the key; a revoked or unknown token is a 404. */
export async function calendarFeedIcs({ db, token, publicUrl }: { db: DbOrTx; token: string; publicUrl: string }) {
  const feed = await findFeedByHash(db, hashToken(token));
  if (!feed || feed.revokedAt) throw new AppError('not_found');
  const net = await findNetworkById(db, feed.networkId);
  let rows = await listFeedActivities(db, feed.networkId);
  if (!feed.isNetworkFeed && feed.personId) {
    const ids = new Set(await listRegisteredActivityIds(db, feed.networkId, feed.personId));
    rows = rows.filter((a) => ids.has(a.id));
  }
  return activitiesToIcs(rows, { calName: net!.name, publicUrl, networkId: feed.networkId });
}

// ---- public agenda ----

export async function setPublicAgenda({
  db,
  actor,
  networkId,
  publicAgenda,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  publicAgenda: boolean;
}) {
  authorize(actor, 'network.update', networkId);
  await updateNetworkSetting(db, networkId, 'publicAgenda', publicAgenda);
  await writeAudit(db, { actor, networkId, action: 'network.public_agenda', details: { publicAgenda } });
}

/** Public: the planned public activities of a network that opted in. No personal data: no names, no registrations. */
export async function getPublicAgenda({ db, slug, now = new Date() }: { db: DbOrTx; slug: string; now?: Date }) {
  const net = await findNetworkWithSettingsBySlug(db, slug);
  if (!net || net.settings.publicAgenda !== true) throw new AppError('not_found', 'public_agenda_off');
  const rows = await queryActivities(db, net.id, { from: now, publicOnly: true }, null);
  return {
    network: { name: net.name, slug: net.slug },
    items: rows.map((a) => ({
      id: a.id,
      workForm: a.workForm,
      title: a.title,
      description: a.description,
      startsAt: a.startsAt,
      endsAt: a.endsAt,
      location: a.location,
      hostName: a.hostName,
      full: isFull(a),
    })),
  };
}
