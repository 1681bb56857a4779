// Work opportunities, matching, match proposals, placements and check-ins. Matching shows pseudonymous codes and the score
// parts, never names; an employer's contact sees only proposals to their own organisation, with the consented fields only.
import { checkInDueDates, dueCheckIns } from '../../../core/candidates/check-ins.js';
import {
  candidateCheckInsOfPlacement,
  markCandidateCheckInHandled,
} from '../candidate-portal/candidate-check-ins.repository.js';
import type { CandidateStatus } from '../../../core/candidates/codes.js';
import { todayInAmsterdam } from '../../../core/calendar.js';
import { jobsForPlacement } from '../../../core/candidates/job-agreement.js';
import { rankCandidates, rankOpportunities, scoreMatch } from '../../../core/candidates/matching.js';
import { authorize, type Actor } from '../../platform/access.js';
import { writeAudit } from '../../platform/audit.js';
import type { Db, DbOrTx } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { registerErrorMessages } from '../../platform/messages.js';
import { findCandidate, findOrganisation } from '../candidates/candidates.repository.js';
import { employerView, setStatus } from '../candidates/candidates.service.js';
import type {
  CheckInInput,
  CreateOpportunityInput,
  CreatePlacementInput,
  EndPlacementInput,
  ListOpportunitiesQuery,
  ListPlacementsQuery,
  UpdateOpportunityInput,
} from '../../../core/candidates/placements.contract.js';
import {
  acceptProposalsFor,
  candidatesByIds,
  consentsOf,
  endPlacementRow,
  findOpportunity,
  findPlacement,
  findProposal,
  insertCheckIn,
  insertOpportunity,
  insertPlacement,
  insertProposal,
  listCheckIns,
  listMatchableCandidates,
  listOpenOpportunities,
  listProposals,
  organisationOfPerson,
  placementsForCheckIns,
  proposalKeys,
  queryOpportunities,
  queryPlacements,
  respondToProposalRow,
  updateOpportunityRow,
  updateOpportunityStatusRow,
} from './placements.repository.js';

registerErrorMessages({
  nl: {
    proposal_exists: 'Deze kandidaat is al voorgesteld voor deze werkplek.',
    proposal_candidate_unavailable: 'Deze kandidaat zoekt geen werk meer via het netwerk of is gewist.',
    employer_without_organisation:
      'Uw account is niet gekoppeld aan een werkgever in dit netwerk. Vraag de netwerkcoördinator dit te regelen.',
    check_in_exists: 'Deze check-in is al vastgelegd.',
    placement_ended: 'Deze plaatsing is al beëindigd.',
    end_before_start: 'De einddatum ligt voor de startdatum.',
    candidate_reason_required: 'Geef een reden op waarom de kandidaat uitstroomt of stopt.',
  },
  en: {
    proposal_exists: 'This candidate has already been proposed for this opportunity.',
    proposal_candidate_unavailable: 'This candidate is no longer looking for work through the network, or was erased.',
    employer_without_organisation:
      'Your account is not linked to an employer in this network. Ask the network coordinator to arrange this.',
    check_in_exists: 'This check-in has already been recorded.',
    placement_ended: 'This placement has already ended.',
    end_before_start: 'The end date is before the start date.',
    candidate_reason_required: 'Give a reason why the candidate leaves or stops.',
  },
});

const hoursText = (h: number | null) => (h === null ? null : String(h));

export async function listOpportunities({
  db,
  actor,
  networkId,
  query,
  all = false,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  query: ListOpportunitiesQuery;
  all?: boolean;
}) {
  authorize(actor, 'opportunities.read', networkId);
  const { items, total } = await queryOpportunities(db, networkId, query, all ? null : query.pageSize);
  return { items, total, page: query.page, pageSize: query.pageSize };
}

async function requireOpportunity(db: DbOrTx, networkId: string, id: string) {
  const found = await findOpportunity(db, networkId, id);
  if (!found) throw new AppError('not_found');
  return found;
}

export async function getOpportunity({
  db,
  actor,
  networkId,
  opportunityId,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  opportunityId: string;
}) {
  authorize(actor, 'opportunities.read', networkId);
  return requireOpportunity(db, networkId, opportunityId);
}

export async function createOpportunity({
  db,
  actor,
  networkId,
  input,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  input: CreateOpportunityInput;
}) {
  authorize(actor, 'opportunities.manage', networkId);
  return db.transaction(async (tx) => {
    if (!(await findOrganisation(tx, networkId, input.organisationId))) throw new AppError('not_found');
    const row = await insertOpportunity(tx, { networkId, ...input, hoursPerWeek: hoursText(input.hoursPerWeek) });
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'opportunity.create',
      recordType: 'work_opportunity',
      recordId: row.id,
    });
    return { id: row.id };
  });
}

export async function updateOpportunityStatus({
  db,
  actor,
  networkId,
  opportunityId,
  status,
  version,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  opportunityId: string;
  status: string;
  version: number;
}) {
  authorize(actor, 'opportunities.manage', networkId);
  return db.transaction(async (tx) => {
    await requireOpportunity(tx, networkId, opportunityId);
    const row = await updateOpportunityStatusRow(tx, networkId, opportunityId, version, status);
    if (!row) throw new AppError('stale_version');
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'opportunity.status',
      recordType: 'work_opportunity',
      recordId: opportunityId,
      details: { status },
    });
    return { version: row.version };
  });
}

/** Edits an opportunity (all its fields but the employer), with its status; an older version is refused with 409. */
export async function updateOpportunity({
  db,
  actor,
  networkId,
  opportunityId,
  input,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  opportunityId: string;
  input: UpdateOpportunityInput;
}) {
  authorize(actor, 'opportunities.manage', networkId);
  return db.transaction(async (tx) => {
    const current = await requireOpportunity(tx, networkId, opportunityId);
    const { version, ...fields } = input;
    const row = await updateOpportunityRow(tx, networkId, opportunityId, version, {
      ...fields,
      hoursPerWeek: hoursText(fields.hoursPerWeek),
    });
    if (!row) throw new AppError('stale_version');
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'opportunity.update',
      recordType: 'work_opportunity',
      recordId: opportunityId,
      details: {
        fields: Object.keys(fields).filter(
          (k) => JSON.stringify(fields[k as keyof typeof fields]) !== JSON.stringify(comparable(current, k)),
        ),
      },
    });
    return { version: row.version };
  });
}

function comparable(current: Record<string, unknown>, key: string) {
  const v = current[key];
  return key === 'hoursPerWeek' && v !== null && v !== undefined ? Number(v) : v;
}

/** Ranked candidate suggestions for one opportunity: codes and score parts only. */
export async function matchCandidatesForOpportunity({
  db,
  actor,
  networkId,
  opportunityId,
  limit = 20,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  opportunityId: string;
  limit?: number;
}) {
  authorize(actor, 'candidates.read', networkId);
  const opportunity = await requireOpportunity(db, networkId, opportunityId);
  const [candidates, proposed] = await Promise.all([
    listMatchableCandidates(db, networkId),
    proposalKeys(db, networkId, { opportunityId }),
  ]);
  return rankCandidates(opportunity, candidates)
    .slice(0, limit)
    .map(({ candidate, score }) => ({
      candidateId: candidate.id,
      code: candidate.code,
      status: candidate.status,
      proposed: proposed.has(`${candidate.id}:${opportunityId}`),
      score,
    }));
}

/** Ranked open opportunities for one candidate. */
export async function matchOpportunitiesForCandidate({
  db,
  actor,
  networkId,
  candidateId,
  limit = 20,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  candidateId: string;
  limit?: number;
}) {
  authorize(actor, 'candidates.read', networkId);
  const candidate = (await listMatchableCandidates(db, networkId)).find((c) => c.id === candidateId);
  if (!candidate) {
    if (!(await findCandidate(db, networkId, candidateId))) throw new AppError('not_found');
    return [];
  }
  const [opportunities, proposed] = await Promise.all([
    listOpenOpportunities(db, networkId),
    proposalKeys(db, networkId, { candidateId }),
  ]);
  return rankOpportunities(candidate, opportunities)
    .slice(0, limit)
    .map(({ opportunity, score }) => ({
      opportunityId: opportunity.id,
      title: opportunity.title,
      organisationName: opportunity.organisationName,
      proposed: proposed.has(`${candidateId}:${opportunity.id}`),
      score,
    }));
}

export async function proposeMatch({
  db,
  actor,
  networkId,
  input,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  input: { candidateId: string; opportunityId: string; note: string | null };
  now?: Date;
}) {
  authorize(actor, 'candidates.manage', networkId);
  return db.transaction(async (tx) => {
    const opportunity = await requireOpportunity(tx, networkId, input.opportunityId);
    const candidate = (await listMatchableCandidates(tx, networkId)).find((c) => c.id === input.candidateId);
    if (!candidate) {
      if (!(await findCandidate(tx, networkId, input.candidateId))) throw new AppError('not_found');
      throw new AppError('conflict', 'proposal_candidate_unavailable');
    }
    const score = scoreMatch(candidate, opportunity);
    const row = await insertProposal(tx, {
      networkId,
      candidateId: candidate.id,
      opportunityId: opportunity.id,
      organisationId: opportunity.organisationId,
      score: score.total,
      scoreParts: score.parts,
      note: input.note,
      proposedBy: actor.userId,
      proposedAt: now,
    });
    if (!row) throw new AppError('conflict', 'proposal_exists');
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'candidate.propose',
      recordType: 'candidate',
      recordId: candidate.id,
      details: { proposalId: row.id, opportunityId: opportunity.id, organisationId: opportunity.organisationId },
    });
    if (candidate.status === 'registered' || candidate.status === 'introduction') {
      const current = await findCandidate(tx, networkId, candidate.id);
      if (current) await setStatus(tx, { actor, networkId, current, status: 'matching', reason: null, now });
    }
    return { id: row.id, score: score.total };
  });
}

export async function listMatchProposals({ db, actor, networkId }: { db: DbOrTx; actor: Actor; networkId: string }) {
  authorize(actor, 'candidates.read', networkId);
  return (await listProposals(db, networkId)).map(({ note: _note, ...p }) => p);
}

async function employerOrganisation(db: DbOrTx, actor: Actor, networkId: string) {
  const personId = actor.persons.get(networkId);
  const organisationId = personId ? await organisationOfPerson(db, networkId, personId) : null;
  if (!organisationId) throw new AppError('forbidden', 'employer_without_organisation');
  return organisationId;
}

/**
 * The proposals to the actor's own organisation, each with only the fields the candidate consented to share with that
 * employer. Every view that shows personal fields is logged per candidate.
 */
export async function listEmployerProposals({
  db,
  actor,
  networkId,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  now?: Date;
}) {
  authorize(actor, 'proposals.respond', networkId);
  const organisationId = await employerOrganisation(db, actor, networkId);
  const today = todayInAmsterdam(now);
  return db.transaction(async (tx) => {
    const proposals = (await listProposals(tx, networkId, organisationId)).filter((p) => p.status !== 'withdrawn');
    const ids = [...new Set(proposals.map((p) => p.candidateId))];
    const [candidates, consents] = await Promise.all([
      candidatesByIds(tx, networkId, ids),
      consentsOf(tx, networkId, ids),
    ]);
    const result = [];
    for (const p of proposals) {
      const row = candidates.find((c) => c.id === p.candidateId)!;
      const view = employerView(
        row,
        consents.filter((c) => c.candidateId === row.id),
        organisationId,
        today,
      );
      const personal = view.fields.filter((f) => f !== 'hoursPerWeek' && f !== 'place');
      if (personal.length > 0)
        await writeAudit(tx, {
          actor,
          networkId,
          action: 'candidate.view',
          recordType: 'candidate',
          recordId: row.id,
          details: { fields: view.fields, as: 'employer', organisationId },
        });
      result.push({
        id: p.id,
        opportunityTitle: p.opportunityTitle,
        score: p.score,
        status: p.status,
        proposedAt: p.proposedAt,
        note: p.note,
        candidate: view,
      });
    }
    return result;
  });
}

export async function respondToProposal({
  db,
  actor,
  networkId,
  proposalId,
  response,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  proposalId: string;
  response: 'accepted' | 'declined';
  now?: Date;
}) {
  authorize(actor, 'proposals.respond', networkId);
  const organisationId = await employerOrganisation(db, actor, networkId);
  return db.transaction(async (tx) => {
    const found = await findProposal(tx, networkId, proposalId);
    if (!found || found.organisationId !== organisationId) throw new AppError('not_found');
    const row = await respondToProposalRow(tx, networkId, proposalId, response, now);
    if (!row) throw new AppError('stale_version');
    await writeAudit(tx, {
      actor,
      networkId,
      action: `proposal.${response}`,
      recordType: 'match_proposal',
      recordId: proposalId,
    });
    return { status: row.status };
  });
}

type PlacementRow = NonNullable<Awaited<ReturnType<typeof findPlacement>>>;
function placementOut(r: PlacementRow) {
  const hoursPerWeek = Number(r.hoursPerWeek);
  return { ...r, hoursPerWeek, jobs: jobsForPlacement(hoursPerWeek, r.targetGroupRegister) };
}

export async function listPlacements({
  db,
  actor,
  networkId,
  query,
  all = false,
  now = new Date(),
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  query: ListPlacementsQuery;
  all?: boolean;
  now?: Date;
}) {
  authorize(actor, 'placements.read', networkId);
  const { rows, total, totalJobs } = await queryPlacements(
    db,
    networkId,
    query,
    all ? null : query.pageSize,
    todayInAmsterdam(now),
  );
  const items = rows.map(placementOut);
  return {
    items,
    total,
    page: query.page,
    pageSize: query.pageSize,
    totalJobs,
  };
}

async function requirePlacement(db: DbOrTx, networkId: string, id: string) {
  const found = await findPlacement(db, networkId, id);
  if (!found) throw new AppError('not_found');
  return found;
}

export async function getPlacement({
  db,
  actor,
  networkId,
  placementId,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  placementId: string;
}) {
  authorize(actor, 'placements.read', networkId);
  const row = await requirePlacement(db, networkId, placementId);
  const checkIns = await listCheckIns(db, networkId, placementId);
  return {
    ...placementOut(row),
    checkIns,
    dueDates: checkInDueDates(row.startsOn).map((d) => ({
      ...d,
      done: checkIns.some((c) => c.months === d.months),
    })),
    candidateCheckIns: await candidateCheckInsOfPlacement(db, networkId, placementId),
  };
}

/** The coordinator marks the candidate's worrying check-in answer handled: the steering signal clears. */
export async function handleCandidateCheckIn({
  db,
  actor,
  networkId,
  placementId,
  months,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  placementId: string;
  months: number;
  now?: Date;
}) {
  authorize(actor, 'placements.manage', networkId);
  await db.transaction(async (tx) => {
    await requirePlacement(tx, networkId, placementId);
    const done = await markCandidateCheckInHandled(tx, { networkId, placementId, months, by: actor.userId, now });
    if (!done) throw new AppError('not_found');
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'placement.candidate_check_in.handled',
      recordType: 'placement',
      recordId: placementId,
      details: { months },
    });
  });
}

const STATUS_FOR_CONTRACT: Record<string, CandidateStatus> = {
  trial_placement: 'trial_placement',
  work_experience: 'work_experience',
};

export async function createPlacement({
  db,
  actor,
  networkId,
  input,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  input: CreatePlacementInput;
  now?: Date;
}) {
  authorize(actor, 'placements.manage', networkId);
  return db.transaction(async (tx) => {
    const candidate = await findCandidate(tx, networkId, input.candidateId);
    if (!candidate || !(await findOrganisation(tx, networkId, input.organisationId))) throw new AppError('not_found');
    if (input.opportunityId) {
      const opportunity = await requireOpportunity(tx, networkId, input.opportunityId);
      if (opportunity.organisationId !== input.organisationId) throw new AppError('not_found');
    }
    const row = await insertPlacement(tx, { networkId, ...input, hoursPerWeek: String(input.hoursPerWeek) });
    if (input.opportunityId) await acceptProposalsFor(tx, networkId, candidate.id, input.opportunityId, now);
    if (!candidate.erasedAt)
      await setStatus(tx, {
        actor,
        networkId,
        current: candidate,
        status: STATUS_FOR_CONTRACT[input.contractKind] ?? 'placed',
        reason: null,
        now,
      });
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'placement.create',
      recordType: 'placement',
      recordId: row.id,
      details: { candidateId: candidate.id, organisationId: input.organisationId },
    });
    return { id: row.id, jobs: jobsForPlacement(input.hoursPerWeek, candidate.targetGroupRegister) };
  });
}

export async function endPlacement({
  db,
  actor,
  networkId,
  placementId,
  input,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  placementId: string;
  input: EndPlacementInput;
  now?: Date;
}) {
  authorize(actor, 'placements.manage', networkId);
  if (input.candidateStatus && !input.candidateReason)
    throw new AppError('validation_failed', undefined, [
      { path: ['body', 'candidateReason'], message: 'candidate_reason_required' },
    ]);
  return db.transaction(async (tx) => {
    const current = await requirePlacement(tx, networkId, placementId);
    if (current.endsOn) throw new AppError('conflict', 'placement_ended');
    if (input.endsOn < current.startsOn)
      throw new AppError('validation_failed', undefined, [{ path: ['body', 'endsOn'], message: 'end_before_start' }]);
    const row = await endPlacementRow(tx, networkId, placementId, input.version, {
      endsOn: input.endsOn,
      endReason: input.endReason,
    });
    if (!row) throw new AppError('stale_version');
    let candidateStatus: string | null = null;
    if (input.candidateStatus) {
      const candidate = await findCandidate(tx, networkId, current.candidateId);
      if (candidate && !candidate.erasedAt) {
        await setStatus(tx, {
          actor,
          networkId,
          current: candidate,
          status: input.candidateStatus,
          reason: input.candidateReason,
          now,
        });
        candidateStatus = input.candidateStatus;
      }
    }
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'placement.end',
      recordType: 'placement',
      recordId: placementId,
      details: { endReason: input.endReason, candidateStatus },
    });
    return { version: row.version, candidateStatus };
  });
}

export async function recordCheckIn({
  db,
  actor,
  networkId,
  placementId,
  input,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  placementId: string;
  input: CheckInInput;
}) {
  authorize(actor, 'placements.manage', networkId);
  return db.transaction(async (tx) => {
    await requirePlacement(tx, networkId, placementId);
    const row = await insertCheckIn(tx, {
      networkId,
      placementId,
      months: input.months,
      heldOn: input.heldOn,
      stillEmployed: input.stillEmployed,
      hoursPerWeek: hoursText(input.hoursPerWeek),
      note: input.note,
      recordedBy: actor.userId,
    });
    if (!row) throw new AppError('conflict', 'check_in_exists');
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'placement.check_in',
      recordType: 'placement',
      recordId: placementId,
      details: { months: input.months },
    });
    return { id: row.id };
  });
}

/** The coordinator's reminders: check-ins due within the lead time or overdue, on the day `now` falls on. */
export async function listDueCheckIns({
  db,
  actor,
  networkId,
  now,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  now: Date;
}) {
  authorize(actor, 'placements.read', networkId);
  const rows = await placementsForCheckIns(db, networkId);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const due = dueCheckIns(
    rows.map((r) => ({ id: r.id, startsOn: r.startsOn, endsOn: r.endsOn, doneMonths: r.done.map(Number) })),
    todayInAmsterdam(now),
  );
  return due.map((d) => {
    const r = byId.get(d.placementId)!;
    return { ...d, candidateCode: r.candidateCode, organisationName: r.organisationName, startsOn: r.startsOn };
  });
}
