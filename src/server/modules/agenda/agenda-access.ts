// What the agenda's services share: their error messages, and who the actor is in the network (their own person and
// organisation) and what the applied design lets them do with an activity.
import type { NetworkAction } from '../../../core/access/permissions.js';
import { actorMay, authorize, forbiddenByDesign, type Actor } from '../../platform/access.js';
import type { DbOrTx } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { registerErrorMessages } from '../../platform/messages.js';
import { findActivity, findPersonIn } from './agenda.repository.js';

registerErrorMessages({
  nl: {
    need_transition_not_allowed: 'Deze behoefte kan niet van de huidige status naar deze status.',
    need_not_prioritised: 'Koppel alleen behoeften die de kerngroep heeft geprioriteerd.',
    need_organisation_required: 'Kies voor welke deelnemer deze behoefte is.',
    activity_not_open: 'Voor deze activiteit kunt u zich niet (meer) aanmelden.',
    already_registered: 'Deze persoon is al aangemeld voor deze activiteit.',
    evaluation_not_allowed: 'U kunt deze activiteit pas beoordelen als u aanwezig was en de activiteit is begonnen.',
    public_agenda_off: 'Dit netwerk heeft geen openbare agenda.',
    own_organisation_only: 'U kunt dit alleen doen voor activiteiten en collega’s van uw eigen organisatie.',
  },
  en: {
    need_transition_not_allowed: 'This need cannot move from its current status to this one.',
    need_not_prioritised: 'Only link needs the core group has prioritised.',
    need_organisation_required: 'Choose which member this need is for.',
    activity_not_open: 'Registration for this activity is not (or no longer) open.',
    already_registered: 'This person is already registered for this activity.',
    evaluation_not_allowed: 'You can rate this activity once you attended and it has started.',
    public_agenda_off: 'This network has no public agenda.',
    own_organisation_only: 'You can only do this for activities and colleagues of your own organisation.',
  },
});

export function selfPerson(actor: Actor, networkId: string): string | null {
  return actor.persons.get(networkId) ?? null;
}

export async function actorOrganisation(db: DbOrTx, actor: Actor, networkId: string): Promise<string | null> {
  const personId = selfPerson(actor, networkId);
  if (!personId) return null;
  return (await findPersonIn(db, networkId, personId))?.organisationId ?? null;
}

export function may(actor: Actor, networkId: string, action: NetworkAction) {
  return actorMay(actor, networkId, action);
}

/** Refuses with the design's own words (task, who holds it) when the actor lacks the action. */
export function requireAction(actor: Actor, networkId: string, action: NetworkAction) {
  if (!may(actor, networkId, action)) throw forbiddenByDesign(actor, networkId, action);
}

/**
 * Whether the actor runs this activity without managing the whole agenda: a member who organises (activities.organise, from
 * the design) runs the activities their own organisation initiated; a host (activities.host) the ones at their location.
 */
export function runsOwnActivity(
  actor: Actor,
  networkId: string,
  own: string | null,
  found: { initiatorOrganisationId: string | null; hostOrganisationId: string | null },
) {
  if (!own) return false;
  if (may(actor, networkId, 'activities.organise') && found.initiatorOrganisationId === own) return true;
  return may(actor, networkId, 'activities.host') && found.hostOrganisationId === own;
}

/**
 * Who may mark attendance (members' and candidates'): whoever manages the agenda, or — check-in at the door — the member who
 * runs this activity (organiser or host, from the design).
 */
export async function authorizeAttendance(db: DbOrTx, actor: Actor, networkId: string, activityId: string) {
  authorize(actor, 'activities.read', networkId);
  if (may(actor, networkId, 'activities.manage')) return;
  if (!may(actor, networkId, 'activities.organise') && !may(actor, networkId, 'activities.host'))
    throw forbiddenByDesign(actor, networkId, 'activities.organise');
  const found = await findActivity(db, networkId, activityId);
  if (!found) throw new AppError('not_found');
  if (!runsOwnActivity(actor, networkId, await actorOrganisation(db, actor, networkId), found))
    throw new AppError('forbidden', 'own_organisation_only');
}
