// A candidate's consents: to whom which fields may be shown, for how long; added and withdrawn by the coordinator. An
// employer sees a proposed candidate through them.
import { fieldsSharedWithEmployer } from '../../../core/candidates/consent.js';
import type { Actor } from '../../platform/access.js';
import { writeAudit } from '../../platform/audit.js';
import type { Db } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { registerErrorMessages } from '../../platform/messages.js';
import type { ConsentInput } from '../../../core/candidates/candidates.contract.js';
import {
  findOrganisation,
  insertConsent,
  toHours,
  withdrawConsentRow,
  type CandidateRecord,
} from './candidates.repository.js';
import { requireCandidate } from './candidates.service.js';
import { authorizePersonalData } from './settings.service.js';

registerErrorMessages({
  nl: {
    consent_organisation_required: 'Kies de werkgever met wie gedeeld mag worden.',
    consent_network_required: 'Vul de naam van het andere netwerk in.',
  },
  en: {
    consent_organisation_required: 'Choose the employer to share with.',
    consent_network_required: 'Fill in the name of the other network.',
  },
});

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
