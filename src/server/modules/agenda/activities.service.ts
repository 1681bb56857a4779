// The agenda's activities: planned by the coordinator or, where the design gives them the task, by a member for its own
// organisation; linked to the prioritised needs they answer. Raising the capacity moves people up from the waiting list.
import type { z } from 'zod';
import {
  canMoveNeed,
  needOutcomeFromAnswers,
  placesToFill,
  type NeedStatus,
} from '../../../core/agenda/agenda-rules.js';
import { authorize, type Actor } from '../../platform/access.js';
import { writeAudit } from '../../platform/audit.js';
import type { Db, DbOrTx } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import type { Mailer } from '../../platform/mail.js';
import type { ActivityInput, ListActivitiesQuery, updateActivityInput } from '../../../core/agenda/agenda.contract.js';
import {
  countAttendees,
  findActivity,
  findOrganisationIn,
  insertActivity,
  linkedNeeds,
  listRegistrations,
  lockNeeds,
  markNeedsPickedUp,
  promoteFromWaitlist,
  queryActivities,
  queryActivityPage,
  updateActivityRow,
} from './agenda.repository.js';
import { actorOrganisation, may, requireAction, runsOwnActivity, selfPerson } from './agenda-access.js';
import { mailPromoted } from './registrations.service.js';
import { candidateRegistrationsFor } from './candidate-registrations.service.js';

export async function createActivity({
  db,
  actor,
  networkId,
  input,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  input: ActivityInput;
}) {
  authorize(actor, 'activities.read', networkId);
  if (!may(actor, networkId, 'activities.manage')) {
    // A member organises for its own organisation only, and only where the applied design gives it that task.
    requireAction(actor, networkId, 'activities.organise');
    const own = await actorOrganisation(db, actor, networkId);
    if (!own) throw new AppError('forbidden', 'no_member_organisation');
    if (input.initiatorKind !== 'member_employer' || input.initiatorOrganisationId !== own)
      throw new AppError('forbidden', 'own_organisation_only');
    if (input.hostOrganisationId !== null) {
      if (input.hostOrganisationId !== own) throw new AppError('forbidden', 'own_organisation_only');
      requireAction(actor, networkId, 'activities.host');
    }
  }
  const { needIds, openToCandidates, ...rest } = input;
  const values = { ...rest, openToCandidates: openToCandidates ?? rest.workForm === 'matchmaking' };
  return db.transaction(async (tx) => {
    for (const orgId of [values.hostOrganisationId, values.initiatorOrganisationId])
      if (orgId && !(await findOrganisationIn(tx, networkId, orgId))) throw new AppError('not_found');
    const row = await insertActivity(tx, { networkId, ...values });
    await linkNeeds(tx, networkId, row.id, needIds);
    await writeAudit(tx, { actor, networkId, action: 'activity.create', recordType: 'activity', recordId: row.id });
    return row;
  });
}

async function linkNeeds(tx: DbOrTx, networkId: string, activityId: string, needIds: string[]) {
  if (needIds.length === 0) return;
  const rows = await lockNeeds(tx, networkId, needIds);
  if (rows.length !== new Set(needIds).size) throw new AppError('not_found');
  if (rows.some((r) => !canMoveNeed(r.status as NeedStatus, 'picked_up')))
    throw new AppError('conflict', 'need_not_prioritised');
  await markNeedsPickedUp(tx, networkId, needIds, activityId);
}

export async function updateActivity({
  db,
  actor,
  networkId,
  activityId,
  input,
  mailer,
  publicUrl,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  activityId: string;
  input: z.infer<typeof updateActivityInput>;
  mailer?: Mailer | undefined;
  publicUrl?: string;
}) {
  authorize(actor, 'activities.read', networkId);
  const manager = may(actor, networkId, 'activities.manage');
  if (!manager) requireAction(actor, networkId, 'activities.organise');
  const own = manager ? null : await actorOrganisation(db, actor, networkId);
  const promoted = await db.transaction(async (tx) => {
    const found = await findActivity(tx, networkId, activityId, true);
    if (!found) throw new AppError('not_found');
    if (!manager && !runsOwnActivity(actor, networkId, own, found))
      throw new AppError('forbidden', 'own_organisation_only');
    if (found.version !== input.version) throw new AppError('stale_version');
    await updateActivityRow(tx, networkId, activityId, {
      ...(input.capacity !== undefined ? { capacity: input.capacity } : {}),
      ...(input.status ? { status: input.status } : {}),
      ...(input.openToCandidates !== undefined ? { openToCandidates: input.openToCandidates } : {}),
    });
    let moved: { id: string; personId: string }[] = [];
    if (input.capacity !== undefined) {
      const c = await countAttendees(tx, networkId, activityId);
      moved = await promoteFromWaitlist(
        tx,
        networkId,
        activityId,
        placesToFill(input.capacity, c.registered, c.waitlisted),
      );
    }
    await writeAudit(tx, { actor, networkId, action: 'activity.update', recordType: 'activity', recordId: activityId });
    return moved;
  });
  if (mailer) await mailPromoted({ db, mailer, publicUrl, networkId, activityId, promoted });
}

export async function listActivities({
  db,
  actor,
  networkId,
  query,
  all = false,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  query: Omit<ListActivitiesQuery, 'format' | 'pageSize'> & { pageSize?: number };
  /** Every matching activity (an export) instead of one page. */
  all?: boolean;
}) {
  authorize(actor, 'activities.read', networkId);
  return queryActivityPage(db, networkId, query, selfPerson(actor, networkId), all ? null : (query.pageSize ?? 100));
}

export async function getActivity({
  db,
  actor,
  networkId,
  activityId,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  activityId: string;
}) {
  authorize(actor, 'activities.read', networkId);
  const found = await findActivity(db, networkId, activityId);
  if (!found) throw new AppError('not_found');
  const me = selfPerson(actor, networkId);
  const [row] = await queryActivities(db, networkId, { activityId }, me);
  const manager =
    may(actor, networkId, 'activities.manage') ||
    runsOwnActivity(actor, networkId, await actorOrganisation(db, actor, networkId), found);
  const all = await listRegistrations(db, networkId, activityId);
  const candidates = await candidateRegistrationsFor({ db, actor, networkId, activityId, runsActivity: manager });
  const evaluated = all.filter((r) => r.rating !== null);
  const answers = evaluated.flatMap((r) => (r.needMet === null ? [] : [r.needMet]));
  return {
    ...row!,
    description: found.description,
    hostOrganisationId: found.hostOrganisationId,
    version: found.version,
    needs: await linkedNeeds(db, networkId, activityId),
    registrations: manager ? all : [],
    candidateRegistrations: candidates.items,
    managesCandidates: candidates.managesCandidates,
    runsActivity: manager,
    myRegistration: all.find((r) => r.personId === me && r.status !== 'cancelled') ?? null,
    evaluation: {
      count: evaluated.length,
      averageRating: evaluated.length ? evaluated.reduce((s, r) => s + r.rating!, 0) / evaluated.length : null,
      helped: answers.filter(Boolean).length,
      suggestedOutcome: needOutcomeFromAnswers(answers),
    },
  };
}
