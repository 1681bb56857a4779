// Placements: a candidate at work with an employer, listed with the banenafspraak jobs they count for, created (moving the
// candidate's status along) and ended. Opportunities, matching, proposals and check-ins have their own services beside this.
import { checkInDueDates } from '../../../core/candidates/check-ins.js';
import { candidateCheckInsOfPlacement } from '../candidate-portal/candidate-check-ins.repository.js';
import type { CandidateStatus } from '../../../core/candidates/codes.js';
import { todayInAmsterdam } from '../../../core/calendar.js';
import { jobsForPlacement } from '../../../core/candidates/job-agreement.js';
import { authorize, type Actor } from '../../platform/access.js';
import { writeAudit } from '../../platform/audit.js';
import type { Db, DbOrTx } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { registerErrorMessages } from '../../platform/messages.js';
import { findCandidate, findOrganisation } from '../candidates/candidates.repository.js';
import { setStatus } from '../candidates/candidates.service.js';
import type {
  CreatePlacementInput,
  EndPlacementInput,
  ListPlacementsQuery,
} from '../../../core/candidates/placements.contract.js';
import {
  acceptProposalsFor,
  endPlacementRow,
  findPlacement,
  insertPlacement,
  listCheckIns,
  queryPlacements,
} from './placements.repository.js';
import { requireOpportunity } from './opportunities.service.js';

registerErrorMessages({
  nl: {
    placement_ended: 'Deze plaatsing is al beëindigd.',
    end_before_start: 'De einddatum ligt voor de startdatum.',
    candidate_reason_required: 'Geef een reden op waarom de kandidaat uitstroomt of stopt.',
  },
  en: {
    placement_ended: 'This placement has already ended.',
    end_before_start: 'The end date is before the start date.',
    candidate_reason_required: 'Give a reason why the candidate leaves or stops.',
  },
});

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

/** The placement in this network, or not_found. */
export async function requirePlacement(db: DbOrTx, networkId: string, id: string) {
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
