// Candidate statistics: aggregates only, for funders, partners and governance.
import { suppressCandidateStatistics } from '../../../core/privacy/funder-figures.js';
import { todayInAmsterdam } from '../../../core/calendar.js';
import { jobsForPlacement, totalJobs } from '../../../core/candidates/job-agreement.js';
import { authorize, type Actor } from '../../platform/access.js';
import type { DbOrTx } from '../../platform/db/database.js';
import { candidateStatistics } from './candidates.repository.js';

/** Aggregates only: for funders, partners and governance. No code, no name, no personal field, small counts suppressed. */
export async function getCandidateStatistics({
  db,
  actor,
  networkId,
  now = new Date(),
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  now?: Date;
}) {
  authorize(actor, 'candidates.statistics', networkId);
  const today = todayInAmsterdam(now);
  const { byStatus, placements } = await candidateStatistics(db, networkId);
  const active = placements.filter((p) => p.endsOn === null || p.endsOn >= today);
  const byContract = new Map<string, number>();
  for (const p of placements) byContract.set(p.contractKind, (byContract.get(p.contractKind) ?? 0) + 1);
  // Small counts suppressed for everyone who reads these aggregates (decision 013); the candidate list is the place for
  // exact figures, for those allowed to read it.
  return suppressCandidateStatistics({
    candidatesByStatus: byStatus,
    placements: {
      total: placements.length,
      active: active.length,
      activeJobs: totalJobs(active.map((p) => jobsForPlacement(Number(p.hoursPerWeek), p.register))),
    },
    placementsByContract: [...byContract].map(([contractKind, count]) => ({ contractKind, count })),
  });
}
