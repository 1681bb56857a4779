// The network's candidate settings: how long personal data is kept after a candidate leaves, and whether the back office may
// see personal data. The permission check for personal data reads the second.
import { DEFAULT_RETENTION_MONTHS } from '../../../core/candidates/retention.js';
import { authorize, type Actor } from '../../platform/access.js';
import { writeAudit } from '../../platform/audit.js';
import type { Db, DbOrTx } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { registerErrorMessages } from '../../platform/messages.js';
import type { CandidateSettings } from '../../../core/candidates/candidates.contract.js';
import { readNetworkSettings, updateNetworkSetting } from '../networks/networks.repository.js';
import { lockNetworkSettings } from './candidates.repository.js';

registerErrorMessages({
  nl: {
    back_office_no_personal_data:
      'In dit netwerk ziet alleen de netwerkcoördinator persoonsgegevens van kandidaten (instelling van het netwerk).',
  },
  en: {
    back_office_no_personal_data:
      "In this network only the coordinator sees candidates' personal data (a setting of the network).",
  },
});

export async function loadCandidateSettings(db: DbOrTx, networkId: string): Promise<CandidateSettings> {
  const settings = (await readNetworkSettings(db, networkId))?.candidates as Partial<CandidateSettings> | undefined;
  return {
    retentionMonths: settings?.retentionMonths ?? DEFAULT_RETENTION_MONTHS,
    backOfficePersonalData: settings?.backOfficePersonalData ?? false,
    version: settings?.version ?? 1,
  };
}

/**
 * The permission check for personal data: the action itself, and for someone who holds it only through the back-office role,
 * the network's setting that lets the back office see personal data.
 */
export async function authorizePersonalData(
  db: DbOrTx,
  actor: Actor,
  action: 'candidates.read' | 'candidates.manage',
  networkId: string,
) {
  authorize(actor, action, networkId);
  const roles = actor.roles.get(networkId) ?? [];
  if (roles.includes('coordinator') || (actor.platformAdmin && actor.userId === null)) return;
  const settings = await loadCandidateSettings(db, networkId);
  if (!settings.backOfficePersonalData) throw new AppError('forbidden', 'back_office_no_personal_data');
}

export async function getCandidateSettings({ db, actor, networkId }: { db: DbOrTx; actor: Actor; networkId: string }) {
  authorize(actor, 'candidates.rights', networkId);
  return loadCandidateSettings(db, networkId);
}

export async function updateCandidateSettings({
  db,
  actor,
  networkId,
  input,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  input: CandidateSettings;
}) {
  authorize(actor, 'candidates.rights', networkId);
  return db.transaction(async (tx) => {
    await lockNetworkSettings(tx, networkId);
    const current = await loadCandidateSettings(tx, networkId);
    if (current.version !== input.version) throw new AppError('stale_version');
    const next = { ...input, version: input.version + 1 };
    await updateNetworkSetting(tx, networkId, 'candidates', next, { touch: false });
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'candidate.settings',
      details: {
        retentionMonths: next.retentionMonths,
        backOfficePersonalData: next.backOfficePersonalData,
        before: { retentionMonths: current.retentionMonths, backOfficePersonalData: current.backOfficePersonalData },
      },
    });
    return next;
  });
}
