// SQL for candidates, their consents, status history and view log. Every query is bounded by network_id.
import { and, asc, count, desc, eq, isNull, like, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/database.js';
import { splitTotal, totalColumn } from '../../platform/db/paging.js';
import {
  auditEntry,
  candidate,
  candidateLivedExperience,
  candidatePortalLink,
  candidateRequest,
  candidateConsent,
  candidateStatusChange,
  matchProposal,
  network,
  organisation,
  placement,
  placementCheckIn,
  candidateCheckIn,
  user,
} from '../../platform/db/schema.js';
import { relevanceRank, searchCondition } from '../../platform/db/search.js';
import type { ListCandidatesQuery } from '../../../core/candidates/candidates.contract.js';

export type CandidateRecord = typeof candidate.$inferSelect;

export function toHours(value: string | null): number | null {
  return value === null ? null : Number(value);
}

export async function queryCandidates(db: DbOrTx, networkId: string, q: ListCandidatesQuery, limit: number | null) {
  const conditions: SQL[] = [eq(candidate.networkId, networkId)];
  if (q.status) conditions.push(eq(candidate.status, q.status));
  // Code and place only: the list is pseudonymous. Folded like the organisation search, typos allowed.
  const searched = sql`nr_fold(${candidate.code} || ' ' || coalesce(${candidate.place}, ''))`;
  if (q.search) conditions.push(searchCondition(searched, q.search));
  const where = and(...conditions);
  // An explicit sort wins; with a search and none chosen, the best matches come first (exact, whole words, prefix, typo).
  const sort = q.sort ?? (q.search ? 'relevance' : 'createdAt');
  const direction = q.order === 'asc' ? asc : desc;
  const orderBy =
    sort === 'relevance' && q.search
      ? [asc(relevanceRank([candidate.code, candidate.place], searched, q.search)), asc(candidate.code)]
      : [
          direction(
            {
              relevance: candidate.createdAt,
              code: candidate.code,
              status: candidate.status,
              createdAt: candidate.createdAt,
              hoursPerWeek: candidate.hoursPerWeek,
            }[sort],
          ),
          asc(candidate.id),
        ];
  const counted = db.select({ n: count() }).from(candidate).where(where);
  const base = db
    .select({
      total: totalColumn(counted),
      id: candidate.id,
      code: candidate.code,
      status: candidate.status,
      place: candidate.place,
      hoursPerWeek: candidate.hoursPerWeek,
      referredBy: candidate.referredBy,
      targetGroupRegister: candidate.targetGroupRegister,
      erasedAt: candidate.erasedAt,
      createdAt: candidate.createdAt,
    })
    .from(candidate)
    .where(where)
    .orderBy(...orderBy);
  const { items: rows, total } = await splitTotal(
    limit === null ? await base : await base.limit(limit).offset((q.page - 1) * limit),
    async () => (await counted)[0]?.n ?? 0,
  );
  return {
    items: rows.map(({ erasedAt, hoursPerWeek, ...r }) => ({
      ...r,
      hoursPerWeek: toHours(hoursPerWeek),
      erased: erasedAt !== null,
    })),
    total,
  };
}

export async function findCandidate(db: DbOrTx, networkId: string, id: string) {
  const [row] = await db
    .select()
    .from(candidate)
    .where(and(eq(candidate.networkId, networkId), eq(candidate.id, id)));
  return row;
}

export async function nextCandidateCode(db: DbOrTx, networkId: string, year: number) {
  const prefix = `K-${year}-`;
  const [row] = await db
    .select({ max: sql<string | null>`max(${candidate.code})` })
    .from(candidate)
    .where(and(eq(candidate.networkId, networkId), like(candidate.code, `${prefix}%`)));
  const last = row?.max ? Number(row.max.slice(prefix.length)) : 0;
  return `${prefix}${String(last + 1).padStart(4, '0')}`;
}

export async function insertCandidate(db: DbOrTx, values: typeof candidate.$inferInsert) {
  const [row] = await db.insert(candidate).values(values).returning();
  return row!;
}

export async function updateCandidateRow(
  db: DbOrTx,
  networkId: string,
  id: string,
  version: number | null,
  values: Partial<typeof candidate.$inferInsert>,
) {
  const conditions = [eq(candidate.networkId, networkId), eq(candidate.id, id)];
  if (version !== null) conditions.push(eq(candidate.version, version));
  const [row] = await db
    .update(candidate)
    .set({ ...values, updatedAt: new Date(), version: sql`${candidate.version} + 1` })
    .where(and(...conditions))
    .returning();
  return row;
}

export async function listConsents(db: DbOrTx, networkId: string, candidateId: string) {
  return db
    .select({
      id: candidateConsent.id,
      recipient: candidateConsent.recipient,
      organisationId: candidateConsent.organisationId,
      organisationName: organisation.name,
      otherNetworkName: candidateConsent.otherNetworkName,
      fields: candidateConsent.fields,
      givenOn: candidateConsent.givenOn,
      validUntil: candidateConsent.validUntil,
      recordedBy: user.name,
      withdrawnAt: candidateConsent.withdrawnAt,
    })
    .from(candidateConsent)
    .leftJoin(
      organisation,
      and(eq(organisation.networkId, candidateConsent.networkId), eq(organisation.id, candidateConsent.organisationId)),
    )
    .leftJoin(user, eq(user.id, candidateConsent.recordedBy))
    .where(and(eq(candidateConsent.networkId, networkId), eq(candidateConsent.candidateId, candidateId)))
    .orderBy(asc(candidateConsent.createdAt));
}

export async function insertConsent(db: DbOrTx, values: typeof candidateConsent.$inferInsert) {
  const [row] = await db.insert(candidateConsent).values(values).returning();
  return row!;
}

export async function withdrawConsentRow(
  db: DbOrTx,
  networkId: string,
  candidateId: string,
  consentId: string,
  by: string | null,
  now: Date,
) {
  const [row] = await db
    .update(candidateConsent)
    .set({ withdrawnAt: now, withdrawnBy: by })
    .where(
      and(
        eq(candidateConsent.networkId, networkId),
        eq(candidateConsent.candidateId, candidateId),
        eq(candidateConsent.id, consentId),
        isNull(candidateConsent.withdrawnAt),
      ),
    )
    .returning();
  return row;
}

export async function findOrganisation(db: DbOrTx, networkId: string, id: string) {
  const [row] = await db
    .select({ id: organisation.id, name: organisation.name, postcode: organisation.postcode })
    .from(organisation)
    .where(and(eq(organisation.networkId, networkId), eq(organisation.id, id)));
  return row;
}

export async function insertStatusChange(db: DbOrTx, values: typeof candidateStatusChange.$inferInsert) {
  await db.insert(candidateStatusChange).values(values);
}

export async function listStatusHistory(db: DbOrTx, networkId: string, candidateId: string) {
  return db
    .select({
      fromStatus: candidateStatusChange.fromStatus,
      toStatus: candidateStatusChange.toStatus,
      reason: candidateStatusChange.reason,
      changedBy: user.name,
      changedAt: candidateStatusChange.changedAt,
    })
    .from(candidateStatusChange)
    .leftJoin(user, eq(user.id, candidateStatusChange.changedBy))
    .where(and(eq(candidateStatusChange.networkId, networkId), eq(candidateStatusChange.candidateId, candidateId)))
    .orderBy(asc(candidateStatusChange.changedAt));
}

/** Views and other uses of one candidate's personal data, newest first, from the audit log. */
export async function listViewLog(db: DbOrTx, networkId: string, candidateId: string) {
  const rows = await db
    .select({ at: auditEntry.at, action: auditEntry.action, actorName: user.name, details: auditEntry.details })
    .from(auditEntry)
    .leftJoin(user, eq(user.id, auditEntry.actorUserId))
    .where(
      and(
        eq(auditEntry.networkId, networkId),
        eq(auditEntry.recordType, 'candidate'),
        eq(auditEntry.recordId, candidateId),
      ),
    )
    .orderBy(desc(auditEntry.at))
    .limit(500);
  return rows.map((r) => ({
    at: r.at,
    action: r.action,
    actorName: r.actorName,
    fields: [
      ...(Array.isArray(r.details.fields) ? (r.details.fields as string[]) : []),
      // Where an erasure blanked the code and name in other texts ("need.description: 2").
      ...(Array.isArray(r.details.texts) ? (r.details.texts as string[]) : []),
    ],
  }));
}

/**
 * The network's free texts in which people write about a candidate (decision 013): needs, activities and their evaluations,
 * news, meeting agendas and minutes, decisions, tasks, mailings and the mails sent, referrals, contact moments and their
 * follow-ups, documents' titles and file names, the mission, phase reasons, funder agreements, checklist evidence, pulse
 * texts, needs rounds and the klankbordgroep's advice. Erasing a candidate blanks
 * their code and first name there. A table added later with free text belongs on this list.
 */
export const CANDIDATE_TEXT_PLACES: readonly { table: string; columns: readonly string[]; versioned: boolean }[] = [
  { table: 'need', columns: ['title', 'description', 'outcome_note'], versioned: true },
  { table: 'activity', columns: ['title', 'description'], versioned: true },
  { table: 'registration', columns: ['evaluation_comment'], versioned: false },
  { table: 'news_item', columns: ['title', 'body'], versioned: false },
  { table: 'meeting', columns: ['agenda', 'minutes'], versioned: true },
  { table: 'decision', columns: ['text', 'reason'], versioned: false },
  { table: 'task', columns: ['title'], versioned: true },
  { table: 'mailing', columns: ['subject', 'body'], versioned: false },
  { table: 'mail_message', columns: ['subject', 'text_body', 'html_body'], versioned: false },
  { table: 'referral', columns: ['note'], versioned: false },
  // Contact moments and their follow-ups, documents' titles and file names, the mission and phase reasons, funder agreements,
  // checklist evidence and pulse texts (added with those modules).
  { table: 'interaction', columns: ['note', 'outcome', 'follow_up'], versioned: true },
  { table: 'document', columns: ['title', 'file_name'], versioned: true },
  { table: 'mission_version', columns: ['mission'], versioned: false },
  { table: 'phase_change', columns: ['reason'], versioned: false },
  { table: 'funder_agreement', columns: ['conditions', 'mandate'], versioned: true },
  { table: 'checklist_item', columns: ['evidence'], versioned: true },
  { table: 'pulse_round', columns: ['open_question'], versioned: false },
  { table: 'pulse_answer', columns: ['open_answer'], versioned: false },
  { table: 'needs_round', columns: ['title'], versioned: false },
  { table: 'needs_round_choice', columns: ['description'], versioned: false },
  // The klankbordgroep's advice requests and advice (the reason given for what a decision did with it included).
  { table: 'advice_request', columns: ['question', 'background'], versioned: true },
  { table: 'advice', columns: ['text', 'outcome_reason'], versioned: true },
];
export const ERASED_TEXT = '[gewist]';

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

/**
 * Replaces the candidate's code and first name (whole words, any case) by "[gewist]" in every place of
 * CANDIDATE_TEXT_PLACES within the network. Returns where it changed something ("need.description: 2").
 */
export async function blankCandidateInTexts(
  db: DbOrTx,
  networkId: string,
  words: readonly (string | null)[],
): Promise<string[]> {
  const terms = words.map((w) => w?.trim() ?? '').filter((w) => w.length >= 2);
  if (terms.length === 0) return [];
  const pattern = `\\m(${terms.map(escapeRegex).join('|')})\\M`;
  const changed: string[] = [];
  for (const place of CANDIDATE_TEXT_PLACES) {
    for (const column of place.columns) {
      const t = sql.identifier(place.table);
      const c = sql.identifier(column);
      const bump = place.versioned ? sql`, version = version + 1` : sql``;
      const result = await db.execute(sql`
        update ${t} set ${c} = regexp_replace(${c}, ${pattern}, ${ERASED_TEXT}, 'gi')${bump}
        where network_id = ${networkId} and ${c} ~* ${pattern}`);
      const count = (result as unknown as { rowCount?: number | null }).rowCount ?? 0;
      if (count > 0) changed.push(`${place.table}.${column}: ${count}`);
    }
  }
  return changed;
}

/**
 * Clears every personal field of a candidate and the free texts around it, and blanks the candidate's code and first name in
 * the network's other free texts; the anonymous record stays. Returns where texts were blanked, for the view log.
 */
export async function eraseCandidateRows(
  db: DbOrTx,
  networkId: string,
  candidateId: string,
  now: Date,
): Promise<string[]> {
  const [who] = await db
    .select({ code: candidate.code, firstName: candidate.firstName })
    .from(candidate)
    .where(and(eq(candidate.networkId, networkId), eq(candidate.id, candidateId)));
  const texts = who ? await blankCandidateInTexts(db, networkId, [who.code, who.firstName]) : [];
  await db
    .update(candidate)
    .set({
      firstName: null,
      email: null,
      phone: null,
      wishes: null,
      supportNeeded: [],
      availableFrom: null,
      statusReason: null,
      targetGroupRegisterOn: null,
      erasedAt: now,
      updatedAt: now,
      version: sql`${candidate.version} + 1`,
    })
    .where(and(eq(candidate.networkId, networkId), eq(candidate.id, candidateId)));
  await db
    .update(candidateStatusChange)
    .set({ reason: null })
    .where(and(eq(candidateStatusChange.networkId, networkId), eq(candidateStatusChange.candidateId, candidateId)));
  await db
    .update(matchProposal)
    .set({ note: null })
    .where(and(eq(matchProposal.networkId, networkId), eq(matchProposal.candidateId, candidateId)));
  // The ervaringsdeskundige link goes: nothing ties a klankbordgroep member to an erased record (issue 19).
  await db
    .delete(candidateLivedExperience)
    .where(
      and(eq(candidateLivedExperience.networkId, networkId), eq(candidateLivedExperience.candidateId, candidateId)),
    );
  // The own page's links stop working, and the candidate's own request texts are blanked (decision 020).
  await db
    .delete(candidatePortalLink)
    .where(and(eq(candidatePortalLink.networkId, networkId), eq(candidatePortalLink.candidateId, candidateId)));
  await db
    .update(candidateRequest)
    .set({ message: '' })
    .where(and(eq(candidateRequest.networkId, networkId), eq(candidateRequest.candidateId, candidateId)));
  await db
    .update(candidateConsent)
    .set({ otherNetworkName: null })
    .where(and(eq(candidateConsent.networkId, networkId), eq(candidateConsent.candidateId, candidateId)));
  // The candidate's own check-in notes (issue 19).
  await db
    .update(candidateCheckIn)
    .set({ note: null })
    .where(and(eq(candidateCheckIn.networkId, networkId), eq(candidateCheckIn.candidateId, candidateId)));
  await db.execute(sql`
    update ${placementCheckIn} set note = null
    where network_id = ${networkId}
      and placement_id in (select id from ${placement} where network_id = ${networkId} and candidate_id = ${candidateId})`);
  return texts;
}

export async function listLeftCandidates(db: DbOrTx, networkId: string) {
  return db
    .select({
      id: candidate.id,
      code: candidate.code,
      status: candidate.status,
      leftOn: candidate.leftOn,
      erasedAt: candidate.erasedAt,
    })
    .from(candidate)
    .where(
      and(
        eq(candidate.networkId, networkId),
        isNull(candidate.erasedAt),
        or(eq(candidate.status, 'left'), eq(candidate.status, 'stopped')),
      ),
    );
}

/** Holds the network row until the transaction ends, so two saves of the settings cannot both pass the version check. */
export async function lockNetworkSettings(db: DbOrTx, networkId: string) {
  await db.select({ id: network.id }).from(network).where(eq(network.id, networkId)).for('update');
}

export async function listNetworkIds(db: DbOrTx) {
  return (await db.select({ id: network.id }).from(network)).map((r) => r.id);
}

export async function candidateStatistics(db: DbOrTx, networkId: string) {
  const byStatus = await db
    .select({ status: candidate.status, count: count() })
    .from(candidate)
    .where(eq(candidate.networkId, networkId))
    .groupBy(candidate.status)
    .orderBy(asc(candidate.status));
  const placements = await db
    .select({
      hoursPerWeek: placement.hoursPerWeek,
      endsOn: placement.endsOn,
      contractKind: placement.contractKind,
      register: candidate.targetGroupRegister,
    })
    .from(placement)
    .innerJoin(candidate, and(eq(candidate.networkId, placement.networkId), eq(candidate.id, placement.candidateId)))
    .where(eq(placement.networkId, networkId));
  return { byStatus, placements };
}

/** Every placement of one candidate with its check-ins, for the candidate's own data-access export (AVG inzage). The
 * candidates module reads these rows itself so that it never depends on the placements module (placements depend on
 * candidates, not the other way round). */
export async function placementsOfCandidate(db: DbOrTx, networkId: string, candidateId: string) {
  const rows = await db
    .select({
      id: placement.id,
      candidateId: placement.candidateId,
      candidateCode: candidate.code,
      organisationId: placement.organisationId,
      organisationName: organisation.name,
      opportunityId: placement.opportunityId,
      startsOn: placement.startsOn,
      endsOn: placement.endsOn,
      endReason: placement.endReason,
      hoursPerWeek: placement.hoursPerWeek,
      contractKind: placement.contractKind,
      targetGroupRegister: candidate.targetGroupRegister,
      jobcoach: placement.jobcoach,
      wageSubsidy: placement.wageSubsidy,
      noRiskPolicy: placement.noRiskPolicy,
      attributionKind: placement.attributionKind,
      attributionId: placement.attributionId,
      version: placement.version,
    })
    .from(placement)
    .innerJoin(candidate, and(eq(candidate.networkId, placement.networkId), eq(candidate.id, placement.candidateId)))
    .innerJoin(
      organisation,
      and(eq(organisation.networkId, placement.networkId), eq(organisation.id, placement.organisationId)),
    )
    .where(and(eq(placement.networkId, networkId), eq(placement.candidateId, candidateId)));
  const checkIns = await db
    .select()
    .from(placementCheckIn)
    .where(
      and(
        eq(placementCheckIn.networkId, networkId),
        sql`${placementCheckIn.placementId} in (select id from ${placement} where network_id = ${networkId} and candidate_id = ${candidateId})`,
      ),
    );
  const num = (v: string | null) => (v === null ? null : Number(v));
  return rows.map((r) => ({
    ...r,
    hoursPerWeek: Number(r.hoursPerWeek),
    checkIns: checkIns
      .filter((c) => c.placementId === r.id)
      .map((c) => ({
        months: c.months,
        heldOn: c.heldOn,
        stillEmployed: c.stillEmployed,
        hoursPerWeek: num(c.hoursPerWeek),
        note: c.note,
      })),
  }));
}
