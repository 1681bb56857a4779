// Candidates with privacy by design: minimal data, consent records, a status pipeline with reasons, a log of every view of
// personal data. Only the coordinator (and the back office when the network's setting says so) reaches personal data;
// everyone else sees pseudonymous codes or aggregates. Consents, the privacy rights (view log, inzageverzoek export, erasure),
// retention, the settings and the statistics have their own services beside this one.
import { isConsentActive } from '../../../core/candidates/consent.js';
import { STATUSES_NEEDING_REASON, type CandidateStatus } from '../../../core/candidates/codes.js';
import { todayInAmsterdam, yearInAmsterdam } from '../../../core/calendar.js';
import { retentionDecision } from '../../../core/candidates/retention.js';
import { authorize, type Actor } from '../../platform/access.js';
import { writeAudit } from '../../platform/audit.js';
import { readTogether, type Db, type DbOrTx } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { registerErrorMessages } from '../../platform/messages.js';
import type {
  CandidateDetail,
  ChangeStatusInput,
  CreateCandidateInput,
  ListCandidatesQuery,
  UpdateCandidateInput,
} from '../../../core/candidates/candidates.contract.js';
import {
  findCandidate,
  insertCandidate,
  insertConsent,
  insertStatusChange,
  listConsents,
  listStatusHistory,
  nextCandidateCode,
  queryCandidates,
  toHours,
  updateCandidateRow,
  type CandidateRecord,
} from './candidates.repository.js';
import { authorizePersonalData, loadCandidateSettings } from './settings.service.js';

registerErrorMessages({
  nl: {
    status_reason_required: 'Geef een reden op bij uitstroom of stoppen.',
    candidate_erased: 'De persoonsgegevens van deze kandidaat zijn gewist; alleen anonieme gegevens zijn over.',
  },
  en: {
    status_reason_required: 'Give a reason when a candidate leaves or stops.',
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
export function shownFields(row: CandidateRecord): string[] {
  return PERSONAL_FIELDS.filter((f) => {
    const v = row[f];
    return v !== null && !(Array.isArray(v) && v.length === 0);
  });
}

/** The detail of a candidate record, with its consents, status history and the day retention erases it. */
export async function detailOf(
  db: DbOrTx,
  networkId: string,
  row: CandidateRecord,
  today: string,
): Promise<CandidateDetail> {
  const [consents, statusHistory, settings] = await readTogether(db, [
    () => listConsents(db, networkId, row.id),
    () => listStatusHistory(db, networkId, row.id),
    () => loadCandidateSettings(db, networkId),
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
