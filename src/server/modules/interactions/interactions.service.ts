// Contact moments: the coordinator's relationship log per organisation, with an optional follow-up owned by one of the
// network's people (coordinator, backoffice or kerngroep). Recording one answers a drift alert on the steering dashboard
// (core/steering/contact-clearing.ts). Edits use the row's version (optimistic concurrency); marking a follow-up done is
// open to whoever records contact moments and to the follow-up's own owner.
import { roleAllows } from '../../../core/access/permissions.js';
import { authorize, type Actor } from '../../platform/access.js';
import { writeAudit } from '../../platform/audit.js';
import type { Db, DbOrTx } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { registerErrorMessages } from '../../platform/messages.js';
import {
  findInteraction,
  followUpOwners,
  insertInteraction,
  isContactOf,
  organisationExists,
  queryActionsOf,
  queryOrganisationInteractions,
  queryTimeline,
  updateInteraction,
} from './interactions.repository.js';
import type {
  InteractionInput,
  InteractionUpdate,
  ListInteractionsQuery,
  MyActionsQuery,
} from '../../../core/interactions/interactions.contract.js';

registerErrorMessages({
  nl: {
    interaction_contact_not_of_organisation: 'Deze contactpersoon hoort niet bij deze organisatie.',
    interaction_owner_not_allowed:
      'Een vervolgactie kan alleen bij de coördinator, de backoffice of een kerngroeplid liggen.',
    interaction_in_future: 'Een contactmoment ligt niet in de toekomst.',
  },
  en: {
    interaction_contact_not_of_organisation: 'This contact does not belong to this organisation.',
    interaction_owner_not_allowed:
      'A follow-up can only be owned by the coordinator, the backoffice or a kerngroep member.',
    interaction_in_future: 'A contact moment cannot be in the future.',
  },
});

async function checkInput(
  tx: DbOrTx,
  networkId: string,
  organisationId: string,
  input: InteractionInput,
  today: string,
) {
  if (input.occurredOn > today)
    throw new AppError('validation_failed', 'interaction_in_future', [
      { path: ['occurredOn'], message: 'interaction_in_future' },
    ]);
  if (input.contactPersonId && !(await isContactOf(tx, networkId, organisationId, input.contactPersonId)))
    throw new AppError('validation_failed', 'interaction_contact_not_of_organisation', [
      { path: ['contactPersonId'], message: 'interaction_contact_not_of_organisation' },
    ]);
  if (input.followUp) {
    const owners = await followUpOwners(tx, networkId);
    if (!owners.some((o) => o.id === input.followUp!.ownerPersonId))
      throw new AppError('validation_failed', 'interaction_owner_not_allowed', [
        { path: ['followUp', 'ownerPersonId'], message: 'interaction_owner_not_allowed' },
      ]);
  }
}

function columnsOf(input: InteractionInput) {
  return {
    kind: input.kind,
    occurredOn: input.occurredOn,
    contactPersonId: input.contactPersonId ?? null,
    note: input.note,
    outcome: input.outcome || null,
    followUp: input.followUp?.what ?? null,
    followUpOwnerPersonId: input.followUp?.ownerPersonId ?? null,
    followUpDueOn: input.followUp?.dueOn ?? null,
  };
}

/** Tomorrow in any time zone is not yet today in Amsterdam; one day of slack keeps a late-evening entry valid. */
function latestAllowedDay(now: Date) {
  return new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);
}

export async function recordInteraction({
  db,
  actor,
  networkId,
  organisationId,
  input,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  organisationId: string;
  input: InteractionInput;
  now?: Date;
}) {
  authorize(actor, 'interactions.record', networkId);
  return db.transaction(async (tx) => {
    if (!(await organisationExists(tx, networkId, organisationId))) throw new AppError('not_found');
    await checkInput(tx, networkId, organisationId, input, latestAllowedDay(now));
    const row = await insertInteraction(tx, {
      networkId,
      organisationId,
      recordedByPersonId: actor.persons.get(networkId) ?? null,
      ...columnsOf(input),
    });
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'interaction.record',
      recordType: 'interaction',
      recordId: row.id,
      details: { organisationId, kind: input.kind, followUp: Boolean(input.followUp) },
    });
    return row;
  });
}

export async function updateInteractionRecord({
  db,
  actor,
  networkId,
  interactionId,
  input,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  interactionId: string;
  input: InteractionUpdate;
  now?: Date;
}) {
  authorize(actor, 'interactions.record', networkId);
  return db.transaction(async (tx) => {
    const current = await findInteraction(tx, networkId, interactionId);
    if (!current) throw new AppError('not_found');
    await checkInput(tx, networkId, current.organisationId, input, latestAllowedDay(now));
    const values = columnsOf(input);
    // A changed follow-up (other text, owner or day) is a new one: not done, and its owner is reminded again when due.
    const followUpChanged =
      values.followUp !== current.followUp ||
      values.followUpOwnerPersonId !== current.followUpOwnerPersonId ||
      values.followUpDueOn !== current.followUpDueOn;
    const changed = await updateInteraction(tx, networkId, interactionId, input.version, {
      ...values,
      ...(followUpChanged ? { followUpDoneAt: null, followUpRemindedAt: null } : {}),
    });
    if (!changed) throw new AppError('stale_version');
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'interaction.update',
      recordType: 'interaction',
      recordId: interactionId,
    });
    return (await findInteraction(tx, networkId, interactionId))!;
  });
}

export async function setFollowUpDone({
  db,
  actor,
  networkId,
  interactionId,
  done,
  version,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  interactionId: string;
  done: boolean;
  version: number;
  now?: Date;
}) {
  authorize(actor, 'interactions.read', networkId);
  return db.transaction(async (tx) => {
    const current = await findInteraction(tx, networkId, interactionId);
    if (!current || !current.followUp) throw new AppError('not_found');
    const isOwner =
      current.followUpOwnerPersonId !== null && actor.persons.get(networkId) === current.followUpOwnerPersonId;
    if (!isOwner && !roleAllows(actor.roles.get(networkId) ?? [], 'interactions.record'))
      throw new AppError('forbidden');
    const changed = await updateInteraction(tx, networkId, interactionId, version, {
      followUpDoneAt: done ? now : null,
    });
    if (!changed) throw new AppError('stale_version');
    await writeAudit(tx, {
      actor,
      networkId,
      action: done ? 'interaction.follow_up_done' : 'interaction.follow_up_reopen',
      recordType: 'interaction',
      recordId: interactionId,
    });
    return (await findInteraction(tx, networkId, interactionId))!;
  });
}

export async function listOrganisationInteractions({
  db,
  actor,
  networkId,
  organisationId,
  query,
  all = false,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  organisationId: string;
  query: ListInteractionsQuery;
  /** Every match rather than one page (for an export). */
  all?: boolean;
}) {
  authorize(actor, 'interactions.read', networkId);
  if (!(await organisationExists(db, networkId, organisationId))) throw new AppError('not_found');
  const { items, total } = await queryOrganisationInteractions(db, networkId, organisationId, query, all);
  return { items, total, page: query.page, pageSize: query.pageSize };
}

export async function getTimeline({
  db,
  actor,
  networkId,
  organisationId,
  page,
  pageSize,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  organisationId: string;
  page: number;
  pageSize: number;
}) {
  authorize(actor, 'interactions.read', networkId);
  if (!(await organisationExists(db, networkId, organisationId))) throw new AppError('not_found');
  return { ...(await queryTimeline(db, networkId, organisationId, page, pageSize)), page, pageSize };
}

/** The asking person's own follow-ups in this network ("Mijn acties"). */
export async function listMyActions({
  db,
  actor,
  networkId,
  query,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  query: MyActionsQuery;
}) {
  authorize(actor, 'interactions.read', networkId);
  const personId = actor.persons.get(networkId);
  if (!personId) return [];
  return queryActionsOf(db, networkId, personId, query);
}

export async function listFollowUpOwners({ db, actor, networkId }: { db: DbOrTx; actor: Actor; networkId: string }) {
  authorize(actor, 'interactions.record', networkId);
  return followUpOwners(db, networkId);
}
