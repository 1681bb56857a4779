// SQL of the klankbordgroep's advice: requests, the advice given, who belongs to the klankbordgroep today, and the link from
// advice to the decision that followed.
import { and, asc, desc, eq, gte, ilike, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/database.js';
import { updateVersioned } from '../../platform/db/versioned.js';
import { advice, adviceRequest, body, decision, network, person, roleAssignment } from '../../platform/db/schema.js';
import { escapeLike } from '../../platform/db/search.js';
import { amsterdamToday } from '../../platform/db/today.js';
import type { ListAdviceQuery, ListRequestsQuery } from '../../../core/advice/advice.contract.js';

/**
 * The klankbordgroep today: people with a current term in the role `sounding_board` or in a body of kind `sounding_board`.
 */
function currentSoundingBoardTerm(networkId: string) {
  return and(
    eq(roleAssignment.networkId, networkId),
    lte(roleAssignment.startsOn, amsterdamToday),
    or(isNull(roleAssignment.endsOn), gte(roleAssignment.endsOn, amsterdamToday)),
    or(
      eq(roleAssignment.role, 'sounding_board'),
      sql`exists (select 1 from ${body} where ${body.networkId} = ${roleAssignment.networkId}
        and ${body.id} = ${roleAssignment.bodyId} and ${body.kind} = 'sounding_board')`,
    ),
  );
}

export async function isSoundingBoardMember(db: DbOrTx, networkId: string, personId: string): Promise<boolean> {
  const rows = await db
    .select({ id: roleAssignment.id })
    .from(roleAssignment)
    .where(and(currentSoundingBoardTerm(networkId), eq(roleAssignment.personId, personId)))
    .limit(1);
  return rows.length > 0;
}

export async function soundingBoardMembers(db: DbOrTx, networkId: string) {
  return db
    .selectDistinct({ id: person.id, name: person.name, email: person.email })
    .from(roleAssignment)
    .innerJoin(person, and(eq(person.networkId, roleAssignment.networkId), eq(person.id, roleAssignment.personId)))
    .where(currentSoundingBoardTerm(networkId));
}

// ---- requests

const answersCount = sql<number>`(select count(*)::int from ${advice} a where a.network_id = ${adviceRequest.networkId}
  and a.request_id = ${adviceRequest.id})`;

export async function queryRequests(db: DbOrTx, networkId: string, query: ListRequestsQuery, personId: string | null) {
  const conditions: SQL[] = [eq(adviceRequest.networkId, networkId)];
  if (query.search) {
    const pattern = `%${escapeLike(query.search)}%`;
    conditions.push(or(ilike(adviceRequest.question, pattern), ilike(adviceRequest.background, pattern))!);
  }
  if (query.status === 'open') conditions.push(gte(adviceRequest.deadline, amsterdamToday));
  if (query.status === 'closed') conditions.push(sql`${adviceRequest.deadline} < ${amsterdamToday}`);
  const column = {
    deadline: adviceRequest.deadline,
    createdAt: adviceRequest.createdAt,
    question: adviceRequest.question,
    answers: answersCount,
  }[query.sort];
  const mine = personId
    ? sql<{ id: string; text: string; version: number } | null>`(select jsonb_build_object('id', a.id, 'text', a.text,
        'version', a.version) from ${advice} a where a.network_id = ${adviceRequest.networkId}
        and a.request_id = ${adviceRequest.id} and a.author_person_id = ${personId})`
    : sql<null>`null::jsonb`;
  return db
    .select({
      id: adviceRequest.id,
      question: adviceRequest.question,
      background: adviceRequest.background,
      deadline: adviceRequest.deadline,
      askedByName: person.name,
      createdAt: adviceRequest.createdAt,
      version: adviceRequest.version,
      open: sql<boolean>`${adviceRequest.deadline} >= ${amsterdamToday}`,
      answers: answersCount,
      myAdvice: mine,
    })
    .from(adviceRequest)
    .leftJoin(person, and(eq(person.networkId, adviceRequest.networkId), eq(person.id, adviceRequest.askedByPersonId)))
    .where(and(...conditions))
    .orderBy(query.order === 'asc' ? asc(column) : desc(column), desc(adviceRequest.createdAt));
}

/** The request with whether it is still open on Amsterdam's today. */
export async function findRequest(db: DbOrTx, networkId: string, requestId: string) {
  const [row] = await db
    .select({
      id: adviceRequest.id,
      question: adviceRequest.question,
      deadline: adviceRequest.deadline,
      open: sql<boolean>`${adviceRequest.deadline} >= ${amsterdamToday}`,
    })
    .from(adviceRequest)
    .where(and(eq(adviceRequest.networkId, networkId), eq(adviceRequest.id, requestId)));
  return row;
}

export async function insertRequest(db: DbOrTx, values: typeof adviceRequest.$inferInsert) {
  const [row] = await db.insert(adviceRequest).values(values).returning({ id: adviceRequest.id });
  return row!;
}

// ---- advice

export async function queryAdvice(db: DbOrTx, networkId: string, query: ListAdviceQuery) {
  const conditions: SQL[] = [eq(advice.networkId, networkId)];
  if (query.requestId) conditions.push(eq(advice.requestId, query.requestId));
  if (query.unsolicited) conditions.push(isNull(advice.requestId));
  if (query.search) {
    const pattern = `%${escapeLike(query.search)}%`;
    conditions.push(
      or(ilike(advice.text, pattern), ilike(adviceRequest.question, pattern), ilike(person.name, pattern))!,
    );
  }
  const column = {
    createdAt: advice.createdAt,
    authorName: person.name,
    question: adviceRequest.question,
    outcome: advice.outcome,
  }[query.sort];
  return db
    .select({
      id: advice.id,
      requestId: advice.requestId,
      question: adviceRequest.question,
      authorPersonId: advice.authorPersonId,
      authorName: person.name,
      text: advice.text,
      createdAt: advice.createdAt,
      updatedAt: advice.updatedAt,
      version: advice.version,
      decisionId: advice.decisionId,
      decisionText: decision.text,
      decidedOn: decision.decidedOn,
      outcome: sql<'adopted' | 'partly' | 'not_adopted' | null>`${advice.outcome}`,
      outcomeReason: advice.outcomeReason,
    })
    .from(advice)
    .innerJoin(person, and(eq(person.networkId, advice.networkId), eq(person.id, advice.authorPersonId)))
    .leftJoin(adviceRequest, and(eq(adviceRequest.networkId, advice.networkId), eq(adviceRequest.id, advice.requestId)))
    .leftJoin(decision, and(eq(decision.networkId, advice.networkId), eq(decision.id, advice.decisionId)))
    .where(and(...conditions))
    .orderBy(query.order === 'asc' ? asc(column) : desc(column), desc(advice.createdAt));
}

export async function findAdvice(db: DbOrTx, networkId: string, adviceId: string) {
  const [row] = await db
    .select()
    .from(advice)
    .where(and(eq(advice.networkId, networkId), eq(advice.id, adviceId)));
  return row;
}

export async function findOwnAnswer(db: DbOrTx, networkId: string, requestId: string, personId: string) {
  const [row] = await db
    .select({ id: advice.id })
    .from(advice)
    .where(and(eq(advice.networkId, networkId), eq(advice.requestId, requestId), eq(advice.authorPersonId, personId)));
  return row;
}

export async function insertAdvice(db: DbOrTx, values: typeof advice.$inferInsert) {
  const [row] = await db.insert(advice).values(values).returning({ id: advice.id });
  return row!;
}

/** Updates when the version still matches; returns the new version, or null when someone else changed it first. */
export async function updateAdviceIfVersion(
  db: DbOrTx,
  networkId: string,
  adviceId: string,
  version: number,
  values: Partial<Pick<typeof advice.$inferInsert, 'text' | 'decisionId' | 'outcome' | 'outcomeReason'>>,
): Promise<number | null> {
  return (await updateVersioned(db, advice, { networkId, id: adviceId, version }, values))?.version ?? null;
}

export async function findDecision(db: DbOrTx, networkId: string, decisionId: string) {
  const [row] = await db
    .select({ id: decision.id })
    .from(decision)
    .where(and(eq(decision.networkId, networkId), eq(decision.id, decisionId)));
  return row;
}

export async function networkName(db: DbOrTx, networkId: string): Promise<string | null> {
  const [row] = await db.select({ name: network.name }).from(network).where(eq(network.id, networkId));
  return row?.name ?? null;
}
