// Retention: the personal fields of a candidate who left are erased once the network's retention period has passed; the
// anonymous record and the placement statistics stay.
import { todayInAmsterdam } from '../../../core/calendar.js';
import { retentionDecision } from '../../../core/candidates/retention.js';
import { authorize, type Actor } from '../../platform/access.js';
import { writeAudit } from '../../platform/audit.js';
import type { Db } from '../../platform/db/database.js';
import { eraseCandidateRows, listLeftCandidates, listNetworkIds } from './candidates.repository.js';
import { loadCandidateSettings } from './settings.service.js';

/**
 * Erases the personal fields of every candidate whose retention period after leaving has passed. `dryRun` only lists them.
 * Called by the route, the CLI (`netwerkregie retention`) and a scheduled job, always with `now` passed in.
 */
export async function runRetention({
  db,
  actor,
  networkId,
  now,
  dryRun,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  now: Date;
  dryRun: boolean;
}) {
  authorize(actor, 'candidates.rights', networkId);
  const today = todayInAmsterdam(now);
  return db.transaction(async (tx) => {
    const settings = await loadCandidateSettings(tx, networkId);
    const erased: { id: string; code: string; leftOn: string; eraseOn: string }[] = [];
    for (const c of await listLeftCandidates(tx, networkId)) {
      const decision = retentionDecision(c, settings.retentionMonths, today);
      if (decision.action !== 'erase' || c.leftOn === null) continue;
      erased.push({ id: c.id, code: c.code, leftOn: c.leftOn, eraseOn: decision.eraseOn });
      if (dryRun) continue;
      const texts = await eraseCandidateRows(tx, networkId, c.id, now);
      await writeAudit(tx, {
        actor,
        networkId,
        action: 'candidate.erase',
        recordType: 'candidate',
        recordId: c.id,
        details: { trigger: 'retention', retentionMonths: settings.retentionMonths, leftOn: c.leftOn, texts },
      });
    }
    erased.sort((a, b) => a.code.localeCompare(b.code));
    return { dryRun, today, erased };
  });
}

/** Retention for every network of the installation: what the scheduled job and the CLI call. */
export async function runRetentionForAll({
  db,
  actor,
  now,
  dryRun,
}: {
  db: Db;
  actor: Actor;
  now: Date;
  dryRun: boolean;
}) {
  const results = [];
  for (const networkId of await listNetworkIds(db)) {
    results.push({ networkId, ...(await runRetention({ db, actor, networkId, now, dryRun })) });
  }
  return results;
}
