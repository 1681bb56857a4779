// SQL for networks.
import { and, asc, count, eq, sql } from 'drizzle-orm';
import {
  networkSettings,
  type NetworkSettingKey,
  type NetworkSettings,
  type NetworkSettingValue,
} from '../../../core/networks/network-settings.contract.js';
import type { DbOrTx } from '../../platform/db/database.js';
import { activity, candidate, network, organisation, person, roleAssignment, user } from '../../platform/db/schema.js';

export async function insertNetwork(db: DbOrTx, values: { name: string; slug: string; region: string | null }) {
  const [row] = await db.insert(network).values(values).onConflictDoNothing({ target: network.slug }).returning();
  return row;
}

export async function findNetwork(db: DbOrTx, id: string) {
  const [row] = await db.select().from(network).where(eq(network.id, id));
  return row ? { ...row, settings: networkSettings.parse(row.settings) } : undefined;
}

export async function listAllNetworks(db: DbOrTx) {
  return db
    .select({
      id: network.id,
      slug: network.slug,
      name: network.name,
      region: network.region,
      phase: network.phase,
      createdAt: network.createdAt,
    })
    .from(network)
    .orderBy(asc(network.name));
}

export async function countNetworkRecords(db: DbOrTx, networkId: string) {
  const countOf = async (table: typeof person | typeof organisation | typeof activity | typeof candidate) => {
    const [row] = await db.select({ n: count() }).from(table).where(eq(table.networkId, networkId));
    return row?.n ?? 0;
  };
  const [people, organisations, activities, candidates] = await Promise.all([
    countOf(person),
    countOf(organisation),
    countOf(activity),
    countOf(candidate),
  ]);
  return { people, organisations, activities, candidates };
}

// The network's settings: the one place that reads and writes `network.settings` (issue 15). Other modules ask for them here.

/** The settings of one network, parsed; undefined when the network does not exist. */
export async function readNetworkSettings(db: DbOrTx, networkId: string): Promise<NetworkSettings | undefined> {
  const [row] = await db.select({ settings: network.settings }).from(network).where(eq(network.id, networkId));
  return row ? networkSettings.parse(row.settings) : undefined;
}

/** One network's id, name and slug with its parsed settings; `lock` holds the row until the transaction ends. */
export async function findNetworkWithSettings(
  db: DbOrTx,
  networkId: string,
  { lock = false }: { lock?: boolean } = {},
) {
  const query = db
    .select({ id: network.id, name: network.name, slug: network.slug, settings: network.settings })
    .from(network)
    .where(eq(network.id, networkId));
  const [row] = lock ? await query.for('update') : await query;
  return row ? { ...row, settings: networkSettings.parse(row.settings) } : undefined;
}

/** The same, found by slug (the public pages address a network by its slug). */
export async function findNetworkWithSettingsBySlug(db: DbOrTx, slug: string) {
  const [row] = await db
    .select({ id: network.id, name: network.name, slug: network.slug, settings: network.settings })
    .from(network)
    .where(eq(network.slug, slug));
  return row ? { ...row, settings: networkSettings.parse(row.settings) } : undefined;
}

/** Every network with its parsed settings, oldest first. */
export async function listNetworksWithSettings(db: DbOrTx) {
  const rows = await db
    .select({ id: network.id, name: network.name, settings: network.settings })
    .from(network)
    .orderBy(network.createdAt);
  return rows.map((r) => ({ ...r, settings: networkSettings.parse(r.settings) }));
}

/**
 * Writes one setting, merged into the stored object so every other key (known or not) survives. `touch` also stamps
 * updated_at; `bumpVersion` also raises the row's version (for writers that guard the network row by version).
 */
export async function updateNetworkSetting<K extends NetworkSettingKey>(
  db: DbOrTx,
  networkId: string,
  key: K,
  value: NetworkSettingValue<K>,
  { touch = true, bumpVersion = false }: { touch?: boolean; bumpVersion?: boolean } = {},
) {
  const checked = networkSettings.shape[key].parse(value);
  await db
    .update(network)
    .set({
      settings: sql`${network.settings} || jsonb_build_object(${key}::text, ${JSON.stringify(checked ?? null)}::jsonb)`,
      ...(touch ? { updatedAt: sql`now()` } : {}),
      ...(bumpVersion ? { version: sql`${network.version} + 1` } : {}),
    })
    .where(eq(network.id, networkId));
}

// Granting a role in a network to a user (network-membership.ts): the user's person there, made when missing, and the role.

/** The name and e-mail address of a user (platform-level), to make their person in a network from. */
export async function findUserIdentity(db: DbOrTx, userId: string) {
  const [row] = await db.select({ name: user.name, email: user.email }).from(user).where(eq(user.id, userId));
  return row;
}

/** The id of the person a user is in one network, if any. */
export async function findPersonIdOfUser(db: DbOrTx, networkId: string, userId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: person.id })
    .from(person)
    .where(and(eq(person.networkId, networkId), eq(person.userId, userId)));
  return row?.id;
}

export async function insertPersonForUser(
  db: DbOrTx,
  values: { networkId: string; userId: string; name: string; email: string },
): Promise<string> {
  const [row] = await db.insert(person).values(values).returning({ id: person.id });
  return row!.id;
}

export async function insertRoleAssignment(db: DbOrTx, values: { networkId: string; personId: string; role: string }) {
  await db.insert(roleAssignment).values(values);
}
