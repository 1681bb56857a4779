// SQL for the needs round (behoeftepeiling). Every query is bounded by network_id, except the link lookup, which goes by the
// hash of the link's secret. A choice row is written without person or organisation; support is kept by organisation.
import { and, asc, desc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/database.js';
import {
  need,
  needSupporter,
  needsRound,
  needsRoundChoice,
  needsRoundSupport,
  needsRoundTheme,
  needsRoundToken,
  network,
} from '../../platform/db/schema.js';

export async function insertNeedsRound(
  db: DbOrTx,
  row: { networkId: string; title: string; themes: string[]; opensOn: string; closesOn: string },
) {
  const [r] = await db.insert(needsRound).values(row).returning({ id: needsRound.id });
  return r!.id;
}

export async function markNeedsRoundSent(db: DbOrTx, networkId: string, roundId: string, invited: number, at: Date) {
  await db
    .update(needsRound)
    .set({ sentAt: at, invited })
    .where(and(eq(needsRound.networkId, networkId), eq(needsRound.id, roundId)));
}

export async function insertNeedsToken(
  db: DbOrTx,
  row: { networkId: string; roundId: string; personId: string; organisationId: string; tokenHash: string },
) {
  await db.insert(needsRoundToken).values(row);
}

export async function listNeedsRounds(db: DbOrTx, networkId: string) {
  return db
    .select()
    .from(needsRound)
    .where(eq(needsRound.networkId, networkId))
    .orderBy(desc(needsRound.opensOn), desc(needsRound.createdAt));
}

/** Used links per round (the answers: one per link). */
export async function answeredPerRound(db: DbOrTx, networkId: string) {
  return db
    .select({ roundId: needsRoundToken.roundId, answers: sql<number>`count(*)::int` })
    .from(needsRoundToken)
    .where(and(eq(needsRoundToken.networkId, networkId), isNotNull(needsRoundToken.usedAt)))
    .groupBy(needsRoundToken.roundId);
}

export async function choicesOf(db: DbOrTx, networkId: string) {
  return db
    .select({
      roundId: needsRoundChoice.roundId,
      theme: needsRoundChoice.theme,
      description: needsRoundChoice.description,
    })
    .from(needsRoundChoice)
    .where(eq(needsRoundChoice.networkId, networkId));
}

export async function supportCountsOf(db: DbOrTx, networkId: string) {
  return db
    .select({
      roundId: needsRoundSupport.roundId,
      theme: needsRoundSupport.theme,
      organisations: sql<number>`count(*)::int`,
    })
    .from(needsRoundSupport)
    .where(eq(needsRoundSupport.networkId, networkId))
    .groupBy(needsRoundSupport.roundId, needsRoundSupport.theme);
}

/** The needs the rounds' themes became or joined, with their title, status and support as the backlog counts it. */
export async function roundNeedsOf(db: DbOrTx, networkId: string) {
  return db
    .select({
      roundId: needsRoundTheme.roundId,
      theme: needsRoundTheme.theme,
      needId: need.id,
      title: need.title,
      status: need.status,
      joinedExisting: needsRoundTheme.joinedExisting,
      supporters: sql<number>`(select count(*)::int from ${needSupporter} s where s.network_id = ${need.networkId} and s.need_id = ${need.id})`,
    })
    .from(needsRoundTheme)
    .innerJoin(need, and(eq(need.networkId, needsRoundTheme.networkId), eq(need.id, needsRoundTheme.needId)))
    .where(eq(needsRoundTheme.networkId, networkId));
}

/** The link's token with its round and network, by the hash of its secret. */
export async function findNeedsTokenByHash(db: DbOrTx, tokenHash: string) {
  const [r] = await db
    .select({
      networkId: needsRoundToken.networkId,
      tokenId: needsRoundToken.id,
      organisationId: needsRoundToken.organisationId,
      usedAt: needsRoundToken.usedAt,
      round: needsRound,
      networkName: network.name,
    })
    .from(needsRoundToken)
    .innerJoin(
      needsRound,
      and(eq(needsRound.networkId, needsRoundToken.networkId), eq(needsRound.id, needsRoundToken.roundId)),
    )
    .innerJoin(network, eq(network.id, needsRoundToken.networkId))
    .where(eq(needsRoundToken.tokenHash, tokenHash));
  return r;
}

/** Marks the token used, once: false when it was already used (also by a concurrent answer). */
export async function useNeedsToken(db: DbOrTx, networkId: string, tokenId: string, at: Date) {
  const rows = await db
    .update(needsRoundToken)
    .set({ usedAt: at })
    .where(
      and(eq(needsRoundToken.networkId, networkId), eq(needsRoundToken.id, tokenId), isNull(needsRoundToken.usedAt)),
    )
    .returning({ id: needsRoundToken.id });
  return rows.length === 1;
}

/** Serialises the answers of one round, so that two first answers for a theme open one need, not two. */
export async function lockNeedsRound(db: DbOrTx, networkId: string, roundId: string) {
  await db.execute(sql`select 1 from needs_round where network_id = ${networkId} and id = ${roundId} for update`);
}

export async function findRoundTheme(db: DbOrTx, networkId: string, roundId: string, theme: string) {
  const [r] = await db
    .select({ needId: needsRoundTheme.needId, organisationId: need.organisationId })
    .from(needsRoundTheme)
    .innerJoin(need, and(eq(need.networkId, needsRoundTheme.networkId), eq(need.id, needsRoundTheme.needId)))
    .where(
      and(
        eq(needsRoundTheme.networkId, networkId),
        eq(needsRoundTheme.roundId, roundId),
        eq(needsRoundTheme.theme, theme),
      ),
    );
  return r;
}

/** The open needs of some themes, with their support, for choosing the one a round's theme joins. */
export async function openNeedsOfThemes(db: DbOrTx, networkId: string, themes: string[]) {
  return db
    .select({
      id: need.id,
      theme: need.theme,
      status: need.status,
      organisationId: need.organisationId,
      createdAt: sql<string>`${need.createdAt}::text`,
      supporters: sql<number>`(select count(*)::int from ${needSupporter} s where s.network_id = ${need.networkId} and s.need_id = ${need.id})`,
    })
    .from(need)
    .where(
      and(eq(need.networkId, networkId), inArray(need.theme, themes), inArray(need.status, ['new', 'prioritised'])),
    )
    .orderBy(asc(need.createdAt));
}

export async function insertRoundNeed(
  db: DbOrTx,
  row: { networkId: string; title: string; description: string; theme: string },
) {
  const [r] = await db
    .insert(need)
    .values({ ...row, organisationId: null, raisedByPersonId: null })
    .returning({ id: need.id });
  return r!.id;
}

export async function insertRoundTheme(
  db: DbOrTx,
  row: { networkId: string; roundId: string; theme: string; needId: string; joinedExisting: boolean },
) {
  await db.insert(needsRoundTheme).values(row);
}

export async function insertChoice(
  db: DbOrTx,
  row: { networkId: string; roundId: string; theme: string; description: string | null },
) {
  await db.insert(needsRoundChoice).values(row);
}

/** The organisation's support, once per round and theme and once per need (as in the app). */
export async function addSupport(
  db: DbOrTx,
  row: { networkId: string; roundId: string; theme: string; needId: string; organisationId: string; ownNeed: boolean },
) {
  await db
    .insert(needsRoundSupport)
    .values({ networkId: row.networkId, roundId: row.roundId, theme: row.theme, organisationId: row.organisationId })
    .onConflictDoNothing();
  // The organisation that raised the need is its owner, not a supporter (as when supporting in the app).
  if (row.ownNeed) return;
  await db
    .insert(needSupporter)
    .values({ networkId: row.networkId, needId: row.needId, organisationId: row.organisationId, personId: null })
    .onConflictDoNothing();
}
