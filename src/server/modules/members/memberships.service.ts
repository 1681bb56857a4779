// Memberships: the status pipeline (prospect to ended), the signed entry conditions, and each year's contribution,
// invoice status, ambition and realised jobs.
import { checkMembershipMove, type MembershipStatus } from '../../../core/members/membership-rules.js';
import { authorize, type Actor } from '../../platform/access.js';
import { writeAudit } from '../../platform/audit.js';
import type { Db, DbOrTx } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { registerErrorMessages } from '../../platform/messages.js';
import type { z } from 'zod';
import type {
  MembershipYearInput,
  entryConditionsInput,
  membershipStatusInput,
} from '../../../core/members/members.contract.js';
import {
  findMembership,
  findOrganisation,
  insertMembership,
  queryMemberships,
  saveEntryConditionsIfVersion,
  saveMembershipYearIfVersion,
  updateMembershipRow,
} from './members.repository.js';

registerErrorMessages({
  nl: {
    membership_transition_not_allowed: 'Deze stap in het lidmaatschap kan niet vanuit de huidige status.',
    membership_reason_required: 'Geef een reden op waarom het lidmaatschap eindigt.',
  },
  en: {
    membership_transition_not_allowed: 'This membership step is not possible from the current status.',
    membership_reason_required: 'Give a reason why the membership ends.',
  },
});

export async function membershipOf(db: DbOrTx, networkId: string, organisationId: string) {
  const member = await findMembership(db, networkId, organisationId);
  if (!member) throw new AppError('not_found');
  return member;
}

export async function changeMembershipStatus({
  db,
  actor,
  networkId,
  organisationId,
  input,
  today,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  organisationId: string;
  input: z.infer<typeof membershipStatusInput>;
  today: string;
}) {
  authorize(actor, 'members.manage', networkId);
  await db.transaction(async (tx) => {
    if (!(await findOrganisation(tx, networkId, organisationId))) throw new AppError('not_found');
    let member = await findMembership(tx, networkId, organisationId);
    if (!member) member = await insertMembership(tx, networkId, organisationId);
    if (input.version !== undefined && member!.version !== input.version) throw new AppError('stale_version');
    const problem = checkMembershipMove(member!.status as MembershipStatus, input.status, input.reason);
    if (problem === 'transition_not_allowed') throw new AppError('conflict', 'membership_transition_not_allowed');
    if (problem === 'reason_required')
      throw new AppError('validation_failed', 'membership_reason_required', [
        { path: ['body', 'reason'], message: 'membership_reason_required' },
      ]);
    const on = input.on ?? today;
    await updateMembershipRow(tx, networkId, member!.id, {
      status: input.status,
      statusReason: input.reason,
      ...(input.admissionDecisionId ? { admissionDecisionId: input.admissionDecisionId } : {}),
      ...(input.status === 'active' && !member!.joinedOn ? { joinedOn: on } : {}),
      ...(input.status === 'ended' ? { endedOn: on } : { endedOn: null }),
    });
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'membership.status',
      recordType: 'membership',
      recordId: member!.id,
      details: { from: member!.status, to: input.status, ...(input.reason ? { reason: input.reason } : {}) },
    });
  });
}

export async function updateEntryConditions({
  db,
  actor,
  networkId,
  organisationId,
  input,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  organisationId: string;
  input: z.infer<typeof entryConditionsInput>;
}) {
  authorize(actor, 'members.manage', networkId);
  return db.transaction(async (tx) => {
    const member = await membershipOf(tx, networkId, organisationId);
    const saved = await saveEntryConditionsIfVersion(tx, networkId, member.id, input.version, input.entryConditions);
    if (!saved) throw new AppError('stale_version');
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'membership.entry_conditions',
      recordType: 'membership',
      recordId: member.id,
    });
    return { version: saved.version };
  });
}

export async function saveMembershipYear({
  db,
  actor,
  networkId,
  organisationId,
  year,
  input,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  organisationId: string;
  year: number;
  input: MembershipYearInput;
}) {
  authorize(actor, 'members.manage', networkId);
  const { version, ...figures } = input;
  return db.transaction(async (tx) => {
    const member = await membershipOf(tx, networkId, organisationId);
    const saved = await saveMembershipYearIfVersion(
      tx,
      { networkId, membershipId: member.id, year, ...figures },
      version,
    );
    if (saved === null) throw new AppError('stale_version');
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'membership.year',
      recordType: 'membership',
      recordId: member.id,
      details: { year },
    });
    return { version: saved };
  });
}

export async function listMemberships({
  db,
  actor,
  networkId,
  query,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  query: { year: number; status?: string | undefined };
}) {
  authorize(actor, 'members.read', networkId);
  return queryMemberships(db, networkId, query);
}
