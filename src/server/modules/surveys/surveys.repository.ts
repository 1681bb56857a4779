// SQL for the pulse of felt ownership. Every query is bounded by network_id, except the link lookups, which go by the hash
// of the link's secret. Nothing here reads a token and an answer together: the anonymity rests on that.
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/database.js';
import { network, pulseAnswer, pulseRound, pulseToken } from '../../platform/db/schema.js';

export interface MemberContact {
  personId: string;
  organisationId: string;
  name: string;
  email: string;
}

/** The contact persons of admitted and active members, one per e-mail address. */
export async function memberContacts(db: DbOrTx, networkId: string): Promise<MemberContact[]> {
  const result = await db.execute<{ person_id: string; organisation_id: string; name: string; email: string }>(sql`
    select distinct on (lower(p.email)) p.id as person_id, p.organisation_id, p.name, lower(p.email) as email
    from person p
    where p.network_id = ${networkId} and p.email is not null and p.email <> '' and p.organisation_id is not null
      and exists (select 1 from membership m where m.network_id = p.network_id and m.organisation_id = p.organisation_id
        and m.status in ('admitted', 'active'))
    order by lower(p.email), p.name`);
  return result.rows.map((r) => ({
    personId: r.person_id,
    organisationId: r.organisation_id,
    name: r.name,
    email: r.email,
  }));
}

export async function insertRound(
  db: DbOrTx,
  row: { networkId: string; statements: string[]; openQuestion: string; opensOn: string; closesOn: string },
) {
  const [r] = await db.insert(pulseRound).values(row).returning({ id: pulseRound.id });
  return r!.id;
}

export async function markRoundSent(db: DbOrTx, networkId: string, roundId: string, invited: number, at: Date) {
  await db
    .update(pulseRound)
    .set({ sentAt: at, invited })
    .where(and(eq(pulseRound.networkId, networkId), eq(pulseRound.id, roundId)));
}

export async function insertToken(
  db: DbOrTx,
  row: { networkId: string; roundId: string; personId: string; organisationId: string; tokenHash: string },
) {
  await db.insert(pulseToken).values(row);
}

export async function listRounds(db: DbOrTx, networkId: string) {
  return db
    .select()
    .from(pulseRound)
    .where(eq(pulseRound.networkId, networkId))
    .orderBy(asc(pulseRound.opensOn), asc(pulseRound.createdAt));
}

export async function findRound(db: DbOrTx, networkId: string, roundId: string) {
  const [r] = await db
    .select()
    .from(pulseRound)
    .where(and(eq(pulseRound.networkId, networkId), eq(pulseRound.id, roundId)));
  return r;
}

/** The answers of a network's rounds: round, organisation and values only. */
export async function answersOf(db: DbOrTx, networkId: string) {
  return db
    .select({
      roundId: pulseAnswer.roundId,
      organisationId: pulseAnswer.organisationId,
      scores: pulseAnswer.scores,
      openAnswer: pulseAnswer.openAnswer,
    })
    .from(pulseAnswer)
    .where(eq(pulseAnswer.networkId, networkId));
}

/** Invited per organisation in one round (for the per-organisation answer rate). */
export async function invitedByOrganisation(db: DbOrTx, networkId: string, roundId: string) {
  const result = await db.execute<{ organisation_id: string; name: string; invited: number }>(sql`
    select t.organisation_id, o.name, count(*)::int as invited
    from pulse_token t join organisation o on o.network_id = t.network_id and o.id = t.organisation_id
    where t.network_id = ${networkId} and t.round_id = ${roundId}
    group by t.organisation_id, o.name order by o.name`);
  return result.rows;
}

/** The link's token with its round and network, by the hash of its secret. */
export async function findTokenByHash(db: DbOrTx, tokenHash: string) {
  const [r] = await db
    .select({
      networkId: pulseToken.networkId,
      tokenId: pulseToken.id,
      organisationId: pulseToken.organisationId,
      usedAt: pulseToken.usedAt,
      round: pulseRound,
      networkName: network.name,
    })
    .from(pulseToken)
    .innerJoin(pulseRound, and(eq(pulseRound.networkId, pulseToken.networkId), eq(pulseRound.id, pulseToken.roundId)))
    .innerJoin(network, eq(network.id, pulseToken.networkId))
    .where(eq(pulseToken.tokenHash, tokenHash));
  return r;
}

/** Marks the token used, once: false when it was already used (also by a concurrent answer). */
export async function useToken(db: DbOrTx, networkId: string, tokenId: string, at: Date) {
  const rows = await db
    .update(pulseToken)
    .set({ usedAt: at })
    .where(and(eq(pulseToken.networkId, networkId), eq(pulseToken.id, tokenId), isNull(pulseToken.usedAt)))
    .returning({ id: pulseToken.id });
  return rows.length === 1;
}

export async function insertAnswer(
  db: DbOrTx,
  row: {
    networkId: string;
    roundId: string;
    organisationId: string | null;
    scores: (number | null)[];
    openAnswer: string | null;
  },
) {
  await db.insert(pulseAnswer).values(row);
}

export async function networkName(db: DbOrTx, networkId: string) {
  const [row] = await db.select({ name: network.name }).from(network).where(eq(network.id, networkId));
  return row?.name ?? '';
}
