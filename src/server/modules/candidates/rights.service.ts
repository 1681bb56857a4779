// A candidate's privacy rights: the log of who viewed their personal data, the inzageverzoek export (everything held about
// them, also for the candidate's own page) and erasure on request.
import { todayInAmsterdam } from '../../../core/calendar.js';
import { authorize, type Actor } from '../../platform/access.js';
import { writeAudit } from '../../platform/audit.js';
import type { Db, DbOrTx } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { eraseCandidateRows, listViewLog, placementsOfCandidate } from './candidates.repository.js';
import { detailOf, requireCandidate, shownFields } from './candidates.service.js';

export async function listCandidateViewLog({
  db,
  actor,
  networkId,
  candidateId,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  candidateId: string;
}) {
  authorize(actor, 'candidates.view_log', networkId);
  await requireCandidate(db, networkId, candidateId);
  return listViewLog(db, networkId, candidateId);
}

/** Everything held about one candidate (inzageverzoek), logged as an export of all fields. */
export async function exportCandidate({
  db,
  actor,
  networkId,
  candidateId,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  candidateId: string;
  now?: Date;
}) {
  authorize(actor, 'candidates.rights', networkId);
  return db.transaction(async (tx) => candidateExportData(tx, { actor, networkId, candidateId, now }));
}

/**
 * The inzage export's content, logged as an export of all fields: for the coordinator's export above and for the candidate's
 * own page (decision 020), which logs it as the candidate's own (`by: 'candidate'`). No authorisation of its own.
 */
export async function candidateExportData(
  tx: DbOrTx,
  {
    actor,
    networkId,
    candidateId,
    now,
    byCandidate = false,
  }: { actor: Actor; networkId: string; candidateId: string; now: Date; byCandidate?: boolean },
) {
  const row = await requireCandidate(tx, networkId, candidateId);
  const detail = await detailOf(tx, networkId, row, todayInAmsterdam(now));
  const placements = await placementsOfCandidate(tx, networkId, candidateId);
  const viewLog = await listViewLog(tx, networkId, candidateId);
  await writeAudit(tx, {
    actor,
    networkId,
    action: 'candidate.export',
    recordType: 'candidate',
    recordId: candidateId,
    details: { fields: shownFields(row), ...(byCandidate ? { by: 'candidate' } : {}) },
  });
  return { exportedAt: now, candidate: detail, placements, viewLog };
}

export async function eraseCandidate({
  db,
  actor,
  networkId,
  candidateId,
  reason,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  candidateId: string;
  reason: string;
  now?: Date;
}) {
  authorize(actor, 'candidates.rights', networkId);
  await db.transaction(async (tx) => {
    const row = await requireCandidate(tx, networkId, candidateId);
    if (row.erasedAt) throw new AppError('conflict', 'candidate_erased');
    const texts = await eraseCandidateRows(tx, networkId, candidateId, now);
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'candidate.erase',
      recordType: 'candidate',
      recordId: candidateId,
      details: { trigger: 'request', reason, fields: shownFields(row), texts },
    });
  });
}
