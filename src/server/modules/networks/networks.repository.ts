// SQL for networks.
import { asc, count, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/database.js';
import { activity, candidate, network, organisation, person } from '../../platform/db/schema.js';

export async function insertNetwork(db: DbOrTx, values: { name: string; slug: string; region: string | null }) {
  const [row] = await db.insert(network).values(values).onConflictDoNothing({ target: network.slug }).returning();
  return row;
}

export async function findNetwork(db: DbOrTx, id: string) {
  const [row] = await db.select().from(network).where(eq(network.id, id));
  return row;
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
