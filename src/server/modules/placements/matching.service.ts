// Matching: ranked suggestions between candidates and open opportunities. It shows pseudonymous codes and the score parts,
// never names.
import { rankCandidates, rankOpportunities } from '../../../core/candidates/matching.js';
import { authorize, type Actor } from '../../platform/access.js';
import type { DbOrTx } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { findCandidate } from '../candidates/candidates.repository.js';
import { listMatchableCandidates, listOpenOpportunities, proposalKeys } from './placements.repository.js';
import { requireOpportunity } from './opportunities.service.js';

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
