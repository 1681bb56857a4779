// A network's life: the mission and goals the kerngroep writes (every save a new version; a save based on an older version
// is refused as stale), the phase as a life cycle (each move a decision of the kerngroep in the decision log, with date and
// reason, and kept as history), and the funders' agreements with the signals they raise for steering.
import { todayInAmsterdam } from '../../../core/calendar.js';
import { roleAllows } from '../../../core/access/permissions.js';
import {
  PHASE_TRANSITIONS,
  checkPhaseChange,
  funderAgreementSignals,
  isPhase,
  type FunderSignal,
  type Phase,
} from '../../../core/network-life/network-life.js';
import { actorMay, authorize, type Actor } from '../../platform/access.js';
import { writeAudit } from '../../platform/audit.js';
import type { Db, DbOrTx } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { createPhaseChecklist } from './checklist.service.js';
import { errorMessage, registerErrorMessages } from '../../platform/messages.js';
import {
  findAgreement,
  findCoreGroupBody,
  findCurrentMission,
  findNetworkPhase,
  insertAgreement,
  insertMissionVersion,
  insertPhaseChange,
  insertPhaseDecision,
  listAgreements as listAgreementRows,
  listGovernanceSeats,
  listMissionVersions,
  listPhaseChanges,
  organisationExists,
  organisationOfPerson,
  personExists,
  setNetworkPhaseIf,
  updateAgreementIfVersion,
  type AgreementValues,
} from './network-life.repository.js';
import type {
  ChangePhaseInput,
  CreateAgreementInput,
  SaveMissionInput,
  UpdateAgreementInput,
} from '../../../core/network-life/network-life.contract.js';

registerErrorMessages({
  nl: {
    phase_unchanged: 'Het netwerk is al in deze fase.',
    phase_move_not_allowed:
      'Deze overgang kent de handreiking niet: het netwerk gaat van initiatie naar opstart naar volwassen, en kan in teruggang raken en daaruit weer opstarten.',
    phase_date_before_previous:
      'De datum ligt vóór de vorige faseovergang ({previous}). Kies een datum op of na die dag.',
    phase_date_in_future: 'De datum ligt in de toekomst. Leg een faseovergang vast op of na de dag van het besluit.',
    phase_no_core_group:
      'Er is nog geen kerngroep in dit netwerk, en de kerngroep besluit over de fase. Pas eerst een inrichting toe of maak een kerngroep aan.',
    phase_decision_text: 'Het netwerk gaat van fase {from} naar fase {to}.',
    organisation_unknown: 'Deze organisatie hoort niet bij dit netwerk.',
    person_unknown: 'Deze persoon hoort niet bij dit netwerk.',
  },
  en: {
    phase_unchanged: 'The network is in this phase already.',
    phase_move_not_allowed:
      'The guide does not know this move: a network goes from initiation to start-up to mature, and can fall into decline and start up again from there.',
    phase_date_before_previous:
      'The date lies before the previous phase change ({previous}). Choose that day or a later one.',
    phase_date_in_future: 'The date lies in the future. Record a phase change on or after the day it was decided.',
    phase_no_core_group:
      'This network has no kerngroep yet, and the kerngroep decides on the phase. Apply a design or create a kerngroep first.',
    phase_decision_text: 'The network moves from phase {from} to phase {to}.',
    organisation_unknown: 'This organisation is not part of this network.',
    person_unknown: 'This person is not part of this network.',
  },
});

/** The phase names as the decision log writes them (the same words as the app's catalog). */
const PHASE_WORDS: Record<Phase, string> = {
  initiatie: 'initiatie',
  opstart: 'opstart',
  volwassen: 'volwassen',
  teruggang: 'teruggang',
};

/** 'YYYY-MM-DD' as the Dutch write a date in a sentence: 25-11-2026. */
function dutchDay(iso: string) {
  return iso.split('-').reverse().join('-');
}

function invalid(field: string, message: string, params: Record<string, string> = {}): AppError {
  return new AppError('validation_failed', message, [{ path: ['body', field], message }], params);
}

// ---- mission --------------------------------------------------------------------------------------------------------------

/**
 * The current mission and its goals. Everyone in the network reads it; a reader who does not steer or read the design (a
 * funder, a member, a partner) sees only the goals at mission level — the level a funder agrees to.
 */
export async function getMission({
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
  authorize(actor, 'network.read', networkId);
  const [current, agreedTargets] = await Promise.all([
    findCurrentMission(db, networkId),
    listAgreedTargets(db, networkId, now),
  ]);
  const missionLevelOnly = !roleAllows(actor.roles.get(networkId) ?? [], 'governance.read');
  // A funder sees the targets it agreed to itself, never those another funder agreed.
  const ownOnly = missionLevelOnly && actorMay(actor, networkId, 'agreements.read_own');
  const ownOrganisation = ownOnly ? await ownOrganisationOf(db, actor, networkId) : null;
  return {
    current:
      current && missionLevelOnly
        ? { ...current, goals: current.goals.filter((g) => g.level === 'mission') }
        : (current ?? null),
    missionLevelOnly,
    agreedTargets: agreedTargets
      .filter((a) => !ownOnly || (ownOrganisation !== null && a.organisationId === ownOrganisation))
      .map((a) => ({ funderName: a.funderName, targets: a.targets })),
  };
}

export async function listMissionHistory({ db, actor, networkId }: { db: DbOrTx; actor: Actor; networkId: string }) {
  authorize(actor, 'governance.read', networkId);
  return { items: await listMissionVersions(db, networkId) };
}

export async function saveMission({
  db,
  actor,
  networkId,
  input,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  input: SaveMissionInput;
}) {
  authorize(actor, 'network.update', networkId);
  return db.transaction(async (tx) => {
    const current = await findCurrentMission(tx, networkId);
    if ((current?.versionNumber ?? 0) !== input.basedOnVersion) throw new AppError('stale_version');
    const saved = await insertMissionVersion(tx, {
      networkId,
      versionNumber: input.basedOnVersion + 1,
      mission: input.mission,
      goals: input.goals,
      createdBy: actor.userId,
    });
    // Someone else saved the same next version between our read and our insert.
    if (!saved) throw new AppError('stale_version');
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'mission.save',
      recordType: 'mission_version',
      recordId: saved.id,
      details: { versionNumber: saved.versionNumber, goals: input.goals.length },
    });
    return { id: saved.id, versionNumber: saved.versionNumber };
  });
}

// ---- phase ----------------------------------------------------------------------------------------------------------------

export async function getPhase({ db, actor, networkId }: { db: DbOrTx; actor: Actor; networkId: string }) {
  authorize(actor, 'network.read', networkId);
  const found = await findNetworkPhase(db, networkId);
  if (!found) throw new AppError('not_found');
  const phase: Phase = isPhase(found.phase) ? found.phase : 'initiatie';
  return { phase, next: [...PHASE_TRANSITIONS[phase]], history: await listPhaseChanges(db, networkId) };
}

/**
 * The kerngroep moves the network to another phase: the move must be one the guide knows, dated on or after the previous move
 * and not in the future; it lands in the kerngroep's decision log (kind "governance", with the reason) and in the phase
 * history, in one transaction. 409 when the phase is no longer the one the user saw.
 */
export async function changePhase({
  db,
  actor,
  networkId,
  input,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  input: ChangePhaseInput;
  now?: Date;
}) {
  authorize(actor, 'network.update', networkId);
  return db.transaction(async (tx) => {
    const found = await findNetworkPhase(tx, networkId);
    if (!found) throw new AppError('not_found');
    if (found.phase !== input.from) throw new AppError('stale_version');
    const from = input.from;
    const history = await listPhaseChanges(tx, networkId);
    const previousOn = history[0]?.effectiveOn ?? null;
    const problem = checkPhaseChange({
      from,
      to: input.to,
      effectiveOn: input.effectiveOn,
      previousOn,
      today: todayInAmsterdam(now),
    });
    if (problem === 'phase_unchanged' || problem === 'phase_move_not_allowed') throw invalid('to', problem);
    if (problem) throw invalid('effectiveOn', problem, { previous: dutchDay(previousOn ?? '') });
    const coreGroup = await findCoreGroupBody(tx, networkId);
    if (!coreGroup) throw new AppError('conflict', 'phase_no_core_group');
    const decision = await insertPhaseDecision(tx, {
      networkId,
      bodyId: coreGroup.id,
      decidedOn: input.effectiveOn,
      text: errorMessage('nl', 'phase_decision_text', { from: PHASE_WORDS[from], to: PHASE_WORDS[input.to] }),
      kind: 'governance',
      reason: input.reason,
      sharedWithFunder: input.sharedWithFunder,
      createdBy: actor.userId,
    });
    const change = await insertPhaseChange(tx, {
      networkId,
      fromPhase: from,
      toPhase: input.to,
      effectiveOn: input.effectiveOn,
      reason: input.reason,
      decisionId: decision.id,
      createdBy: actor.userId,
    });
    if (!(await setNetworkPhaseIf(tx, networkId, from, input.to))) throw new AppError('stale_version');
    await createPhaseChecklist(tx, networkId, input.to, input.effectiveOn);
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'network.phase',
      recordType: 'network',
      recordId: networkId,
      details: { from, to: input.to, effectiveOn: input.effectiveOn, decisionId: decision.id },
    });
    return { phase: input.to, changeId: change.id, decisionId: decision.id };
  });
}

// ---- funder agreements ----------------------------------------------------------------------------------------------------

export async function listAgreements({ db, actor, networkId }: { db: DbOrTx; actor: Actor; networkId: string }) {
  authorize(actor, 'governance.read', networkId);
  const rows = await listAgreementRows(db, networkId);
  return { items: rows.map(typed) };
}

async function ownOrganisationOf(db: DbOrTx, actor: Actor, networkId: string) {
  const personId = actor.persons.get(networkId);
  return personId ? organisationOfPerson(db, networkId, personId) : null;
}

const typed = (r: Awaited<ReturnType<typeof listAgreementRows>>[number]) => ({
  ...r,
  funderType: r.funderType as CreateAgreementInput['funderType'],
});

/**
 * The funder's own agreement(s): those whose funder organisation is the organisation of the signed-in funder. Never another
 * funder's; a funder whose person belongs to no organisation sees none.
 */
export async function listOwnAgreements({ db, actor, networkId }: { db: DbOrTx; actor: Actor; networkId: string }) {
  authorize(actor, 'agreements.read_own', networkId);
  const own = await ownOrganisationOf(db, actor, networkId);
  if (!own) return { items: [] };
  const rows = await listAgreementRows(db, networkId);
  return { items: rows.filter((r) => r.organisationId === own).map(typed) };
}

/**
 * One agreement: whoever reads governance reads any; a funder reads only its own — another funder's agreement is "not found"
 * (404), so its existence is not revealed.
 */
export async function getAgreement({
  db,
  actor,
  networkId,
  agreementId,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  agreementId: string;
}) {
  const readsAll = actorMay(actor, networkId, 'governance.read');
  // Whoever may read neither all agreements nor their own is told there is no such agreement, as a funder asking for
  // another funder's is: the route is open to every reader of the network, so a 403 would confirm that it exists.
  if (!readsAll && !actorMay(actor, networkId, 'agreements.read_own')) throw new AppError('not_found');
  const row = (await listAgreementRows(db, networkId)).find((r) => r.id === agreementId);
  if (!row) throw new AppError('not_found');
  if (!readsAll) {
    const own = await ownOrganisationOf(db, actor, networkId);
    if (!own || row.organisationId !== own) throw new AppError('not_found');
  }
  return typed(row);
}

async function checkReferences(db: DbOrTx, networkId: string, input: CreateAgreementInput) {
  if (input.organisationId && !(await organisationExists(db, networkId, input.organisationId)))
    throw invalid('organisationId', 'organisation_unknown');
  if (input.contactPersonId && !(await personExists(db, networkId, input.contactPersonId)))
    throw invalid('contactPersonId', 'person_unknown');
}

function valuesOf(input: CreateAgreementInput): AgreementValues {
  return {
    funderName: input.funderName,
    funderType: input.funderType,
    organisationId: input.organisationId,
    contactPersonId: input.contactPersonId,
    amountCents: input.amountCents,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    conditions: input.conditions,
    mandate: input.mandate,
    missionTargets: input.missionTargets,
    yearPlanRequired: input.yearPlanRequired,
    documents: input.documents,
  };
}

export async function createAgreement({
  db,
  actor,
  networkId,
  input,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  input: CreateAgreementInput;
}) {
  authorize(actor, 'governance.manage', networkId);
  return db.transaction(async (tx) => {
    await checkReferences(tx, networkId, input);
    const created = await insertAgreement(tx, { ...valuesOf(input), networkId, createdBy: actor.userId });
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'funder_agreement.create',
      recordType: 'funder_agreement',
      recordId: created.id,
      details: { funderType: input.funderType, yearPlanRequired: input.yearPlanRequired },
    });
    return { id: created.id, version: 1 };
  });
}

export async function updateAgreement({
  db,
  actor,
  networkId,
  agreementId,
  input,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  agreementId: string;
  input: UpdateAgreementInput;
}) {
  authorize(actor, 'governance.manage', networkId);
  return db.transaction(async (tx) => {
    const found = await findAgreement(tx, networkId, agreementId);
    if (!found) throw new AppError('not_found');
    await checkReferences(tx, networkId, input);
    if (!(await updateAgreementIfVersion(tx, networkId, agreementId, input.version, valuesOf(input))))
      throw new AppError('stale_version');
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'funder_agreement.update',
      recordType: 'funder_agreement',
      recordId: agreementId,
      details: { version: input.version + 1, yearPlanRequired: input.yearPlanRequired },
    });
    return { id: agreementId, version: input.version + 1 };
  });
}

/**
 * The signals the funders' agreements raise, for the steering dashboard (which checked the reader's permission): no
 * authorisation of its own, so it is not exposed as a route.
 */
export async function loadFunderSignals(db: DbOrTx, networkId: string, now: Date): Promise<FunderSignal[]> {
  const today = todayInAmsterdam(now);
  const [agreements, seats] = await Promise.all([
    listAgreementRows(db, networkId),
    listGovernanceSeats(db, networkId, today),
  ]);
  return funderAgreementSignals({ today, agreements, seats });
}

/** The mission-level targets of the agreements not yet ended, shown beside the mission to everyone. */
export async function listAgreedTargets(db: DbOrTx, networkId: string, now: Date) {
  const today = todayInAmsterdam(now);
  const agreements = await listAgreementRows(db, networkId);
  return agreements
    .filter((a) => a.endsOn >= today && a.missionTargets.length > 0)
    .map((a) => ({ funderName: a.funderName, organisationId: a.organisationId, targets: a.missionTargets }));
}
