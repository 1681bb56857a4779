// SQL for a candidate's own page. Every query is bounded by network_id and candidate_id, except the link lookup (by the hash
// of the link's secret) and the look-up by e-mail address for a new link, which both yield exactly one candidate per row.
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/database.js';
import { candidate, candidatePortalLink, candidateRequest, network } from '../../platform/db/schema.js';

export async function insertLink(
  db: DbOrTx,
  row: {
    networkId: string;
    candidateId: string;
    tokenHash: string;
    expiresAt: Date;
    createdBy: string | null;
    now: Date;
  },
) {
  // Only the latest link works: earlier ones are replaced.
  await db
    .update(candidatePortalLink)
    .set({ revokedAt: row.now })
    .where(
      and(
        eq(candidatePortalLink.networkId, row.networkId),
        eq(candidatePortalLink.candidateId, row.candidateId),
        isNull(candidatePortalLink.revokedAt),
      ),
    );
  await db.insert(candidatePortalLink).values({
    networkId: row.networkId,
    candidateId: row.candidateId,
    tokenHash: row.tokenHash,
    expiresAt: row.expiresAt,
    createdBy: row.createdBy,
    createdAt: row.now,
  });
}

export async function linksOf(db: DbOrTx, networkId: string, candidateId: string) {
  return db
    .select({
      createdAt: candidatePortalLink.createdAt,
      expiresAt: candidatePortalLink.expiresAt,
      revokedAt: candidatePortalLink.revokedAt,
      createdBy: candidatePortalLink.createdBy,
    })
    .from(candidatePortalLink)
    .where(and(eq(candidatePortalLink.networkId, networkId), eq(candidatePortalLink.candidateId, candidateId)))
    .orderBy(desc(candidatePortalLink.createdAt));
}

export async function findLinkByHash(db: DbOrTx, tokenHash: string) {
  const [row] = await db
    .select({
      networkId: candidatePortalLink.networkId,
      candidateId: candidatePortalLink.candidateId,
      expiresAt: candidatePortalLink.expiresAt,
      revokedAt: candidatePortalLink.revokedAt,
      networkName: network.name,
    })
    .from(candidatePortalLink)
    .innerJoin(network, eq(network.id, candidatePortalLink.networkId))
    .where(eq(candidatePortalLink.tokenHash, tokenHash));
  return row;
}

/** Candidates with this e-mail address who were offered the own page before, in any network (one row each). */
export async function offeredCandidatesByEmail(db: DbOrTx, email: string) {
  const result = await db.execute<{ network_id: string; id: string; email: string }>(sql`
    select c.network_id, c.id, c.email from ${candidate} c
    where lower(c.email) = lower(${email}) and c.erased_at is null
      and exists (select 1 from ${candidatePortalLink} l where l.network_id = c.network_id and l.candidate_id = c.id
        and l.created_by is not null)`);
  return result.rows;
}

export async function insertRequest(
  db: DbOrTx,
  row: { networkId: string; candidateId: string; kind: string; message: string; dueOn: string; now: Date },
) {
  const [r] = await db
    .insert(candidateRequest)
    .values({
      networkId: row.networkId,
      candidateId: row.candidateId,
      kind: row.kind,
      message: row.message,
      dueOn: row.dueOn,
      createdAt: row.now,
    })
    .returning({ id: candidateRequest.id });
  return r!.id;
}

export async function requestsOf(db: DbOrTx, networkId: string, candidateId: string) {
  return db
    .select({
      id: candidateRequest.id,
      kind: candidateRequest.kind,
      message: candidateRequest.message,
      createdAt: candidateRequest.createdAt,
      dueOn: candidateRequest.dueOn,
      handledAt: candidateRequest.handledAt,
      handledNote: candidateRequest.handledNote,
    })
    .from(candidateRequest)
    .where(and(eq(candidateRequest.networkId, networkId), eq(candidateRequest.candidateId, candidateId)))
    .orderBy(asc(candidateRequest.createdAt));
}

export async function markRequestHandled(
  db: DbOrTx,
  row: { networkId: string; candidateId: string; requestId: string; by: string | null; note: string; now: Date },
) {
  const [r] = await db
    .update(candidateRequest)
    .set({ handledAt: row.now, handledBy: row.by, handledNote: row.note })
    .where(
      and(
        eq(candidateRequest.networkId, row.networkId),
        eq(candidateRequest.candidateId, row.candidateId),
        eq(candidateRequest.id, row.requestId),
        isNull(candidateRequest.handledAt),
      ),
    )
    .returning({ id: candidateRequest.id });
  return r;
}

/** The open requests of a network (for the steering signal): dates only. */
export async function openRequestsOf(db: DbOrTx, networkId: string) {
  return db
    .select({ dueOn: candidateRequest.dueOn, handledAt: candidateRequest.handledAt })
    .from(candidateRequest)
    .where(and(eq(candidateRequest.networkId, networkId), isNull(candidateRequest.handledAt)));
}

/**
 * The candidate's view log in words: each entry's time, action and fields, and who as roles (held on the day) and
 * organisation in this network; the candidate's own actions are marked 'self'. No user id or name leaves this query.
 */
export async function viewEntriesOf(db: DbOrTx, networkId: string, candidateId: string) {
  const result = await db.execute<{
    at: Date | string;
    action: string;
    actor_user_id: string | null;
    by_candidate: boolean;
    roles: string[] | null;
    organisation_name: string | null;
    fields: string[] | null;
  }>(sql`
    select a.at, a.action, a.actor_user_id, coalesce(a.details->>'by' = 'candidate', false) as by_candidate,
      (select array_agg(distinct r.role order by r.role) from role_assignment r
        where r.network_id = a.network_id and r.person_id = p.id and r.starts_on <= (a.at at time zone 'Europe/Amsterdam')::date
          and (r.ends_on is null or r.ends_on >= (a.at at time zone 'Europe/Amsterdam')::date)) as roles,
      o.name as organisation_name,
      (select array_agg(f) from jsonb_array_elements_text(
        case when jsonb_typeof(a.details->'fields') = 'array' then a.details->'fields' else '[]'::jsonb end) f) as fields
    from audit_entry a
    left join person p on p.network_id = a.network_id and p.user_id = a.actor_user_id
    left join organisation o on o.network_id = p.network_id and o.id = p.organisation_id
    where a.network_id = ${networkId} and a.record_type = 'candidate' and a.record_id = ${candidateId}
    order by a.at desc limit 500`);
  return result.rows.map((r) => ({
    at: new Date(r.at),
    action: r.action,
    by: r.by_candidate ? ('self' as const) : r.actor_user_id === null ? ('system' as const) : ('person' as const),
    roles: r.roles ?? [],
    organisationName: r.organisation_name,
    fields: r.fields ?? [],
  }));
}
