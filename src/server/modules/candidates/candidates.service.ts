// Candidates with privacy by design: minimal data, consent records, a status pipeline with reasons, a log of every view of
// personal data, the inzageverzoek export, erasure on request and by retention. Only the coordinator (and the back office when
// the network's setting says so) reaches personal data; everyone else sees pseudonymous codes or aggregates.
import { suppressCandidateStatistics } from '../../../core/privacy/funder-figures.js';
import { fieldsSharedWithEmployer, isConsentActive } from '../../../core/candidates/consent.js';
import { STATUSES_NEEDING_REASON, type CandidateStatus } from '../../../core/candidates/codes.js';
import { todayInAmsterdam, yearInAmsterdam } from '../../../core/calendar.js';
import { jobsForPlacement, totalJobs } from '../../../core/candidates/job-agreement.js';
import { DEFAULT_RETENTION_MONTHS, retentionDecision } from '../../../core/candidates/retention.js';
import { authorize, type Actor } from '../../platform/access.js';
import { writeAudit } from '../../platform/audit.js';
import type { Db, DbOrTx } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { registerErrorMessages } from '../../platform/messages.js';
import type {
  CandidateDetail,
  CandidateSettings,
  ChangeStatusInput,
  ConsentInput,
  CreateCandidateInput,
  ListCandidatesQuery,
  UpdateCandidateInput,
} from '../../../core/candidates/candidates.contract.js';
import { readNetworkSettings, updateNetworkSetting } from '../networks/networks.repository.js';
import {
  candidateStatistics,
  eraseCandidateRows,
  findCandidate,
  findOrganisation,
  insertCandidate,
  insertConsent,
  insertStatusChange,
  listConsents,
  listLeftCandidates,
  listNetworkIds,
  listStatusHistory,
  listViewLog,
  lockNetworkSettings,
  nextCandidateCode,
  queryCandidates,
  toHours,
  updateCandidateRow,
  withdrawConsentRow,
  placementsOfCandidate,
  type CandidateRecord,
} from './candidates.repository.js';

registerErrorMessages({
  nl: {
    back_office_no_personal_data:
      'In dit netwerk ziet alleen de netwerkcoördinator persoonsgegevens van kandidaten (instelling van het netwerk).',
    status_reason_required: 'Geef een reden op bij uitstroom of stoppen.',
    consent_organisation_required: 'Kies de werkgever met wie gedeeld mag worden.',
    consent_network_required: 'Vul de naam van het andere netwerk in.',
    candidate_erased: 'De persoonsgegevens van deze kandidaat zijn gewist; alleen anonieme gegevens zijn over.',
  },
  en: {
    back_office_no_personal_data:
      "In this network only the coordinator sees candidates' personal data (a setting of the network).",
    status_reason_required: 'Give a reason when a candidate leaves or stops.',
    consent_organisation_required: 'Choose the employer to share with.',
    consent_network_required: 'Fill in the name of the other network.',
    candidate_erased: "This candidate's personal data has been erased; only anonymous data remains.",
  },
});

/** The personal fields of a candidate: what a view logs and what erasure clears. */
export const PERSONAL_FIELDS = [
  'firstName',
  'email',
  'phone',
  'wishes',
  'supportNeeded',
  'availableFrom',
  'statusReason',
  'targetGroupRegisterOn',
] as const;

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

export async function listCandidates({
  db,
  actor,
  networkId,
  query,
  all = false,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  query: ListCandidatesQuery;
  all?: boolean;
}) {
  authorize(actor, 'candidates.read', networkId);
  const { items, total } = await queryCandidates(db, networkId, query, all ? null : query.pageSize);
  return { items, total, page: query.page, pageSize: query.pageSize };
}

/** The candidate record in this network, or not_found. */
export async function requireCandidate(db: DbOrTx, networkId: string, candidateId: string) {
  const found = await findCandidate(db, networkId, candidateId);
  if (!found) throw new AppError('not_found');
  return found;
}

/** Which personal fields of this record hold a value: what a view of it reveals. */
function shownFields(row: CandidateRecord): string[] {
  return PERSONAL_FIELDS.filter((f) => {
    const v = row[f];
    return v !== null && !(Array.isArray(v) && v.length === 0);
  });
}

async function detailOf(db: DbOrTx, networkId: string, row: CandidateRecord, today: string): Promise<CandidateDetail> {
  const [consents, statusHistory, settings] = await Promise.all([
    listConsents(db, networkId, row.id),
    listStatusHistory(db, networkId, row.id),
    loadCandidateSettings(db, networkId),
  ]);
  const decision = retentionDecision(row, settings.retentionMonths, today);
  return {
    id: row.id,
    code: row.code,
    firstName: row.firstName,
    email: row.email,
    phone: row.phone,
    place: row.place,
    postcodeArea: row.postcodeArea,
    wishes: row.wishes,
    hoursPerWeek: toHours(row.hoursPerWeek),
    supportNeeded: row.supportNeeded,
    availableFrom: row.availableFrom,
    referredBy: row.referredBy,
    targetGroupRegister: row.targetGroupRegister,
    targetGroupRegisterOn: row.targetGroupRegisterOn,
    status: row.status,
    statusReason: row.statusReason,
    leftOn: row.leftOn,
    erasedAt: row.erasedAt,
    eraseOn: 'eraseOn' in decision ? decision.eraseOn : null,
    createdAt: row.createdAt,
    version: row.version,
    consents: consents.map((c) => ({
      ...c,
      active: isConsentActive(c as Parameters<typeof isConsentActive>[0], today),
    })),
    statusHistory,
  };
}

/** One candidate with personal data; the view is logged with the fields it showed. */
export async function getCandidate({
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
  await authorizePersonalData(db, actor, 'candidates.read', networkId);
  return db.transaction(async (tx) => {
    const row = await requireCandidate(tx, networkId, candidateId);
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'candidate.view',
      recordType: 'candidate',
      recordId: row.id,
      details: { fields: shownFields(row) },
    });
    return detailOf(tx, networkId, row, todayInAmsterdam(now));
  });
}

export async function createCandidate({
  db,
  actor,
  networkId,
  input,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  input: CreateCandidateInput;
  now?: Date;
}) {
  await authorizePersonalData(db, actor, 'candidates.manage', networkId);
  const { consent, ...fields } = input;
  return db.transaction(async (tx) => {
    const code = await nextCandidateCode(tx, networkId, yearInAmsterdam(now));
    const row = await insertCandidate(tx, {
      networkId,
      code,
      ...fields,
      hoursPerWeek: fields.hoursPerWeek === null ? null : String(fields.hoursPerWeek),
      status: 'registered',
      createdAt: now,
      updatedAt: now,
    });
    await insertStatusChange(tx, {
      networkId,
      candidateId: row.id,
      fromStatus: null,
      toStatus: 'registered',
      changedBy: actor.userId,
      changedAt: now,
    });
    await insertConsent(tx, {
      networkId,
      candidateId: row.id,
      recipient: 'own_network',
      fields: [],
      givenOn: consent.givenOn,
      validUntil: consent.validUntil,
      recordedBy: actor.userId,
    });
    if (consent.shareWithProposedEmployers.length > 0) {
      await insertConsent(tx, {
        networkId,
        candidateId: row.id,
        recipient: 'proposed_employers',
        fields: consent.shareWithProposedEmployers,
        givenOn: consent.givenOn,
        validUntil: consent.validUntil,
        recordedBy: actor.userId,
      });
    }
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'candidate.create',
      recordType: 'candidate',
      recordId: row.id,
      details: { fields: shownFields(row) },
    });
    return { id: row.id, code: row.code };
  });
}

export async function updateCandidate({
  db,
  actor,
  networkId,
  candidateId,
  input,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  candidateId: string;
  input: UpdateCandidateInput;
}) {
  await authorizePersonalData(db, actor, 'candidates.manage', networkId);
  return db.transaction(async (tx) => {
    const current = await requireCandidate(tx, networkId, candidateId);
    if (current.erasedAt) throw new AppError('conflict', 'candidate_erased');
    const { version, ...fields } = input;
    const row = await updateCandidateRow(tx, networkId, candidateId, version, {
      ...fields,
      hoursPerWeek: fields.hoursPerWeek === null ? null : String(fields.hoursPerWeek),
    });
    if (!row) throw new AppError('stale_version');
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'candidate.update',
      recordType: 'candidate',
      recordId: candidateId,
      details: { fields: Object.keys(fields).filter((k) => (PERSONAL_FIELDS as readonly string[]).includes(k)) },
    });
    return { version: row.version };
  });
}

export async function changeCandidateStatus({
  db,
  actor,
  networkId,
  candidateId,
  input,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  candidateId: string;
  input: ChangeStatusInput;
  now?: Date;
}) {
  await authorizePersonalData(db, actor, 'candidates.manage', networkId);
  if (STATUSES_NEEDING_REASON.includes(input.status) && !input.reason)
    throw new AppError('validation_failed', undefined, [
      { path: ['body', 'reason'], message: 'status_reason_required' },
    ]);
  return db.transaction(async (tx) => {
    const current = await requireCandidate(tx, networkId, candidateId);
    const row = await setStatus(tx, { actor, networkId, current, status: input.status, reason: input.reason, now });
    if (!row || row.version !== input.version + 1) throw new AppError('stale_version');
    return { version: row.version, status: row.status };
  });
}

/** Moves a candidate to a status, keeping the history and the left-on date; used by placements too. */
export async function setStatus(
  tx: DbOrTx,
  {
    actor,
    networkId,
    current,
    status,
    reason,
    now,
  }: {
    actor: Actor;
    networkId: string;
    current: CandidateRecord;
    status: CandidateStatus;
    reason: string | null;
    now: Date;
  },
) {
  const leaving = status === 'left' || status === 'stopped';
  const row = await updateCandidateRow(tx, networkId, current.id, current.version, {
    status,
    statusReason: reason,
    leftOn: leaving ? todayInAmsterdam(now) : null,
  });
  if (!row) throw new AppError('stale_version');
  await insertStatusChange(tx, {
    networkId,
    candidateId: current.id,
    fromStatus: current.status,
    toStatus: status,
    reason,
    changedBy: actor.userId,
    changedAt: now,
  });
  return row;
}

export async function addConsent({
  db,
  actor,
  networkId,
  candidateId,
  input,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  candidateId: string;
  input: ConsentInput;
}) {
  await authorizePersonalData(db, actor, 'candidates.manage', networkId);
  if (input.recipient === 'employer' && !input.organisationId)
    throw new AppError('validation_failed', undefined, [
      { path: ['body', 'organisationId'], message: 'consent_organisation_required' },
    ]);
  if (input.recipient === 'other_network' && !input.otherNetworkName)
    throw new AppError('validation_failed', undefined, [
      { path: ['body', 'otherNetworkName'], message: 'consent_network_required' },
    ]);
  return db.transaction(async (tx) => {
    const current = await requireCandidate(tx, networkId, candidateId);
    if (current.erasedAt) throw new AppError('conflict', 'candidate_erased');
    if (input.organisationId && !(await findOrganisation(tx, networkId, input.organisationId)))
      throw new AppError('not_found');
    const row = await insertConsent(tx, {
      networkId,
      candidateId,
      recipient: input.recipient,
      organisationId: input.recipient === 'employer' ? input.organisationId : null,
      otherNetworkName: input.recipient === 'other_network' ? input.otherNetworkName : null,
      fields: input.fields,
      givenOn: input.givenOn,
      validUntil: input.validUntil,
      recordedBy: actor.userId,
    });
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'candidate.consent.add',
      recordType: 'candidate',
      recordId: candidateId,
      details: { consentId: row.id, recipient: input.recipient, fields: input.fields },
    });
    return { id: row.id };
  });
}

export async function withdrawConsent({
  db,
  actor,
  networkId,
  candidateId,
  consentId,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  candidateId: string;
  consentId: string;
  now?: Date;
}) {
  await authorizePersonalData(db, actor, 'candidates.manage', networkId);
  await db.transaction(async (tx) => {
    const row = await withdrawConsentRow(tx, networkId, candidateId, consentId, actor.userId, now);
    if (!row) throw new AppError('not_found');
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'candidate.consent.withdraw',
      recordType: 'candidate',
      recordId: candidateId,
      details: { consentId, recipient: row.recipient },
    });
  });
}

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

/** The employer's view of a proposed candidate: the code always, other fields only as consented to that employer. */
export function employerView(
  row: CandidateRecord,
  consents: Parameters<typeof fieldsSharedWithEmployer>[0],
  organisationId: string,
  today: string,
) {
  const fields = row.erasedAt ? [] : fieldsSharedWithEmployer(consents, organisationId, today);
  const shared: Record<string, unknown> = {};
  for (const f of fields) {
    const value = f === 'hoursPerWeek' ? toHours(row.hoursPerWeek) : row[f];
    shared[f] = value;
  }
  return { code: row.code, fields, shared };
}
