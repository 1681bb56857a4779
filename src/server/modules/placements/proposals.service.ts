// Match proposals: the coordinator proposes a candidate for an opportunity; an employer's contact sees only proposals to their
// own organisation, with the consented fields only, and accepts or declines them.
import { todayInAmsterdam } from '../../../core/calendar.js';
import { scoreMatch } from '../../../core/candidates/matching.js';
import { authorize, type Actor } from '../../platform/access.js';
import { writeAudit } from '../../platform/audit.js';
import type { Db, DbOrTx } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { registerErrorMessages } from '../../platform/messages.js';
import { findCandidate } from '../candidates/candidates.repository.js';
import { setStatus } from '../candidates/candidates.service.js';
import { employerView } from '../candidates/consents.service.js';
import {
  candidatesByIds,
  consentsOf,
  findProposal,
  insertProposal,
  listMatchableCandidates,
  listProposals,
  organisationOfPerson,
  respondToProposalRow,
} from './placements.repository.js';
import { requireOpportunity } from './opportunities.service.js';

registerErrorMessages({
  nl: {
    proposal_exists: 'Deze kandidaat is al voorgesteld voor deze werkplek.',
    proposal_candidate_unavailable: 'Deze kandidaat zoekt geen werk meer via het netwerk of is gewist.',
    employer_without_organisation:
      'Uw account is niet gekoppeld aan een werkgever in dit netwerk. Vraag de netwerkcoördinator dit te regelen.',
  },
  en: {
    proposal_exists: 'This candidate has already been proposed for this opportunity.',
    proposal_candidate_unavailable: 'This candidate is no longer looking for work through the network, or was erased.',
    employer_without_organisation:
      'Your account is not linked to an employer in this network. Ask the network coordinator to arrange this.',
  },
});

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
