// The agenda's needs: members raise and support needs, the kerngroep prioritises them, the coordinator records whether an
// activity met them.
import type { z } from 'zod';
import { canMoveNeed, type NeedStatus } from '../../../core/agenda/agenda-rules.js';
import { authorize, type Actor } from '../../platform/access.js';
import { writeAudit } from '../../platform/audit.js';
import type { Db, DbOrTx } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import type { ListNeedsQuery, RaiseNeedInput, evaluateNeedInput } from '../../../core/agenda/agenda.contract.js';
import {
  addNeedSupporter,
  findNeed,
  findOrganisationIn,
  insertNeed,
  queryNeeds,
  setNeedStatus,
  type NeedChanges,
} from './agenda.repository.js';
import { actorOrganisation, may, selfPerson } from './agenda-access.js';

export async function listNeeds({
  db,
  actor,
  networkId,
  query,
  all = false,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  query: ListNeedsQuery;
  /** Every matching need (an export) instead of one page. */
  all?: boolean;
}) {
  authorize(actor, 'needs.read', networkId);
  const viewer = { organisationId: await actorOrganisation(db, actor, networkId) };
  return queryNeeds(db, networkId, query, viewer, all ? null : query.pageSize);
}

export async function raiseNeed({
  db,
  actor,
  networkId,
  input,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  input: RaiseNeedInput;
}) {
  authorize(actor, 'needs.raise', networkId);
  const own = await actorOrganisation(db, actor, networkId);
  // A member raises for its own organisation; the coordinator may raise on a member's behalf.
  const organisationId = may(actor, networkId, 'needs.manage') ? (input.organisationId ?? own) : own;
  if (may(actor, networkId, 'portal.use') && !may(actor, networkId, 'needs.manage') && !organisationId)
    throw new AppError('forbidden', 'no_member_organisation');
  if (organisationId && !(await findOrganisationIn(db, networkId, organisationId))) throw new AppError('not_found');
  return db.transaction(async (tx) => {
    const row = await insertNeed(tx, {
      networkId,
      organisationId,
      raisedByPersonId: selfPerson(actor, networkId),
      title: input.title,
      description: input.description,
      theme: input.theme,
    });
    await writeAudit(tx, { actor, networkId, action: 'need.raise', recordType: 'need', recordId: row.id });
    return row;
  });
}

export async function supportNeed({
  db,
  actor,
  networkId,
  needId,
  organisationId: onBehalf,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  needId: string;
  organisationId: string | null;
}) {
  authorize(actor, 'needs.raise', networkId);
  const organisationId =
    may(actor, networkId, 'needs.manage') && onBehalf ? onBehalf : await actorOrganisation(db, actor, networkId);
  if (!organisationId) throw new AppError('forbidden', 'no_member_organisation');
  const found = await findNeed(db, networkId, needId);
  if (!found) throw new AppError('not_found');
  if (found.organisationId === organisationId) throw new AppError('conflict');
  await addNeedSupporter(db, { networkId, needId, organisationId, personId: selfPerson(actor, networkId) });
}

export async function prioritiseNeed({
  db,
  actor,
  networkId,
  needId,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  needId: string;
  now?: Date;
}) {
  authorize(actor, 'needs.prioritise', networkId);
  await moveNeed(db, actor, networkId, needId, 'prioritised', {
    prioritisedAt: now,
    prioritisedByPersonId: selfPerson(actor, networkId),
  });
}

export async function evaluateNeed({
  db,
  actor,
  networkId,
  needId,
  input,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  needId: string;
  input: z.infer<typeof evaluateNeedInput>;
  now?: Date;
}) {
  authorize(actor, 'needs.manage', networkId);
  await moveNeed(db, actor, networkId, needId, input.outcome, { outcomeNote: input.note, evaluatedAt: now });
}

async function moveNeed(db: Db, actor: Actor, networkId: string, needId: string, to: NeedStatus, extra: NeedChanges) {
  await db.transaction(async (tx) => {
    const found = await findNeed(tx, networkId, needId, true);
    if (!found) throw new AppError('not_found');
    if (!canMoveNeed(found.status as NeedStatus, to)) throw new AppError('conflict', 'need_transition_not_allowed');
    await setNeedStatus(tx, networkId, needId, to, extra);
    await writeAudit(tx, { actor, networkId, action: `need.${to}`, recordType: 'need', recordId: needId });
  });
}
