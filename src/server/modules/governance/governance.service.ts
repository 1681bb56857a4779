// The organisation in use: people in roles with terms, the task board, gap signals against the applied design, governance
// bodies with their meetings, and the decision log whose action items become tasks. A funder sees only decisions shared
// with it.
import { FUNDER_ACCESS_DEFAULT } from '../../../core/design/design-apply.js';
import { computeGapSignals, dutchDate } from '../../../core/design/gap-signals.js';
import { actorMay, authorize, type Actor } from '../../platform/access.js';
import { writeAudit } from '../../platform/audit.js';
import type { Db, DbOrTx } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { errorMessage, registerErrorMessages } from '../../platform/messages.js';
import { findAppliedVersion } from '../design/design.repository.js';
import { designInput } from '../../../core/design/design-input.js';
import { networkDesign } from '../../../core/design/network-design.js';
import { checkMembershipMove, type MembershipStatus } from '../../../core/members/membership-rules.js';
import type {
  AssignRoleInput,
  DecideAdmissionInput,
  ListAdmissionsQuery,
  CreateBodyInput,
  CreateDecisionInput,
  CreateMeetingInput,
  CreateTaskInput,
  ListAssignmentsQuery,
  ListDecisionsQuery,
  ListTasksQuery,
  UpdateMeetingInput,
  UpdateTaskInput,
} from '../../../core/governance/governance.contract.js';
import { readNetworkSettings } from '../networks/networks.repository.js';
import {
  countPersons,
  findAssignment,
  findBody,
  findBodyOfKind,
  findMeeting,
  findMembershipOf,
  findOrganisation,
  findPerson,
  findTask,
  hasOverlappingAssignment,
  insertAssignment,
  insertBody,
  insertDecision,
  insertMeeting,
  insertTasks,
  listAllAssignments,
  listGovernanceOrganisations,
  listAttendance,
  listBodies as listBodyRows,
  listMeetings as listMeetingRows,
  queryAssignments,
  queryDecisions,
  queryPendingAdmissions,
  setAdmissionOutcome,
  queryTasks,
  bumpMeetingVersion,
  replaceAttendance,
  setAssignmentEnd,
  updateMeetingIfVersion,
  updateTaskIfVersion,
} from './governance.repository.js';

registerErrorMessages({
  nl: {
    person_unknown: 'Deze persoon hoort niet bij dit netwerk.',
    body_unknown: 'Dit orgaan bestaat niet in dit netwerk.',
    meeting_unknown: 'Deze vergadering bestaat niet in dit netwerk.',
    organisation_unknown: 'Deze organisatie hoort niet bij dit netwerk.',
    term_overlaps: 'Deze persoon heeft deze rol al in een termijn die hiermee overlapt.',
    term_end_before_start: 'De einddatum van de termijn ligt vóór de begindatum.',
    term_already_ended: 'Deze termijn is al beëindigd.',
    admission_not_pending:
      'Deze organisatie heeft geen aanmelding die op een besluit wacht (status is niet "aangemeld").',
    no_core_group: 'Er is nog geen kerngroep in dit netwerk. Pas eerst een inrichting toe of maak een kerngroep aan.',
    admission_text_admit: 'Toegelaten als deelnemer: {name}',
    admission_text_refuse: 'Niet toegelaten als deelnemer: {name}',
  },
  en: {
    person_unknown: 'This person is not part of this network.',
    body_unknown: 'This body does not exist in this network.',
    meeting_unknown: 'This meeting does not exist in this network.',
    organisation_unknown: 'This organisation is not part of this network.',
    term_overlaps: 'This person already holds this role in an overlapping term.',
    term_end_before_start: 'The end date of the term is before its start date.',
    term_already_ended: 'This term has already ended.',
    admission_not_pending: 'This organisation has no application waiting for a decision (its status is not "applied").',
    no_core_group: 'This network has no kerngroep yet. Apply a design first or create a kerngroep.',
    admission_text_admit: 'Admitted as a member: {name}',
    admission_text_refuse: 'Not admitted as a member: {name}',
  },
});

function invalid(field: string, message: string): AppError {
  return new AppError('validation_failed', 'validation_failed', [{ path: ['body', field], message }]);
}

async function assertPerson(db: DbOrTx, networkId: string, personId: string | null | undefined, field: string) {
  if (personId && !(await findPerson(db, networkId, personId))) throw invalid(field, 'person_unknown');
}

// ---- role assignments

export async function listAssignments({
  db,
  actor,
  networkId,
  query,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  query: ListAssignmentsQuery;
}) {
  authorize(actor, 'governance.read', networkId);
  return queryAssignments(db, networkId, query);
}

export async function assignRole({
  db,
  actor,
  networkId,
  input,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  input: AssignRoleInput;
  now?: Date;
}) {
  authorize(actor, 'governance.manage', networkId);
  const startsOn = input.startsOn ?? dutchDate(now);
  const endsOn = input.endsOn ?? null;
  if (endsOn && endsOn < startsOn) throw invalid('endsOn', 'term_end_before_start');
  return db.transaction(async (tx) => {
    await assertPerson(tx, networkId, input.personId, 'personId');
    if (input.bodyId && !(await findBody(tx, networkId, input.bodyId))) throw invalid('bodyId', 'body_unknown');
    const values = { personId: input.personId, role: input.role, bodyId: input.bodyId ?? null, startsOn, endsOn };
    if (await hasOverlappingAssignment(tx, networkId, values)) throw new AppError('conflict', 'term_overlaps');
    const created = await insertAssignment(tx, { networkId, ...values });
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'role_assignment.create',
      recordType: 'role_assignment',
      recordId: created.id,
      details: { role: input.role, personId: input.personId, startsOn, endsOn },
    });
    return created;
  });
}

/** Ends a term on a date; the assignment stays as history. */
export async function endTerm({
  db,
  actor,
  networkId,
  assignmentId,
  endsOn,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  assignmentId: string;
  endsOn: string;
}) {
  authorize(actor, 'governance.manage', networkId);
  await db.transaction(async (tx) => {
    const found = await findAssignment(tx, networkId, assignmentId);
    if (!found) throw new AppError('not_found');
    if (endsOn < found.startsOn) throw invalid('endsOn', 'term_end_before_start');
    await setAssignmentEnd(tx, networkId, assignmentId, endsOn);
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'role_assignment.end',
      recordType: 'role_assignment',
      recordId: assignmentId,
      details: { endsOn, previousEndsOn: found.endsOn },
    });
  });
}

// ---- tasks

export async function listTasks({
  db,
  actor,
  networkId,
  query,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  query: ListTasksQuery;
}) {
  authorize(actor, 'governance.read', networkId);
  return queryTasks(db, networkId, query);
}

export async function createTask({
  db,
  actor,
  networkId,
  input,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  input: CreateTaskInput;
}) {
  authorize(actor, 'governance.manage', networkId);
  return db.transaction(async (tx) => {
    await assertPerson(tx, networkId, input.assigneePersonId, 'assigneePersonId');
    const [created] = await insertTasks(tx, [
      {
        networkId,
        source: 'manual',
        title: input.title,
        responsibleRole: input.responsibleRole ?? null,
        assigneePersonId: input.assigneePersonId ?? null,
        dueOn: input.dueOn ?? null,
      },
    ]);
    await writeAudit(tx, { actor, networkId, action: 'task.create', recordType: 'task', recordId: created!.id });
    return created!;
  });
}

export async function updateTask({
  db,
  actor,
  networkId,
  taskId,
  input,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  taskId: string;
  input: UpdateTaskInput;
}) {
  authorize(actor, 'governance.manage', networkId);
  await db.transaction(async (tx) => {
    const found = await findTask(tx, networkId, taskId);
    if (!found) throw new AppError('not_found');
    await assertPerson(tx, networkId, input.assigneePersonId, 'assigneePersonId');
    const { version, ...changes } = input;
    const values = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
    if (!(await updateTaskIfVersion(tx, networkId, taskId, version, values))) throw new AppError('stale_version');
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'task.update',
      recordType: 'task',
      recordId: taskId,
      details: values,
    });
  });
}

// ---- gap signals

export async function listGapSignals({
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
  authorize(actor, 'governance.read', networkId);
  const [applied, assignments, tasks, organisations, bodies] = await Promise.all([
    findAppliedVersion(db, networkId),
    listAllAssignments(db, networkId),
    queryTasks(db, networkId, { sort: 'label', order: 'asc' }),
    listGovernanceOrganisations(db, networkId),
    listBodyRows(db, networkId),
  ]);
  const design = applied ? networkDesign.parse(applied.output) : null;
  const phase = applied ? designInput.parse(applied.input).phase : null;
  return {
    designVersion: applied?.versionNumber ?? null,
    signals: computeGapSignals({
      design,
      phase,
      assignments,
      tasks,
      now,
      organisations,
      bodyKinds: bodies.map((b) => b.kind),
    }),
  };
}

// ---- bodies and meetings

export async function listBodies({ db, actor, networkId }: { db: DbOrTx; actor: Actor; networkId: string }) {
  authorize(actor, 'governance.read', networkId);
  return listBodyRows(db, networkId);
}

export async function createBody({
  db,
  actor,
  networkId,
  input,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  input: CreateBodyInput;
}) {
  authorize(actor, 'governance.manage', networkId);
  return db.transaction(async (tx) => {
    const created = await insertBody(tx, { networkId, kind: input.kind, name: input.name, theme: input.theme ?? null });
    await writeAudit(tx, { actor, networkId, action: 'body.create', recordType: 'body', recordId: created.id });
    return created;
  });
}

export async function listMeetings({
  db,
  actor,
  networkId,
  bodyId,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  bodyId: string | undefined;
}) {
  authorize(actor, 'governance.read', networkId);
  return listMeetingRows(db, networkId, bodyId);
}

export async function getMeeting({
  db,
  actor,
  networkId,
  meetingId,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  meetingId: string;
}) {
  authorize(actor, 'governance.read', networkId);
  const found = await findMeeting(db, networkId, meetingId);
  if (!found) throw new AppError('not_found');
  return { ...found, attendance: await listAttendance(db, networkId, meetingId) };
}

export async function createMeeting({
  db,
  actor,
  networkId,
  input,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  input: CreateMeetingInput;
}) {
  authorize(actor, 'governance.manage', networkId);
  return db.transaction(async (tx) => {
    if (!(await findBody(tx, networkId, input.bodyId))) throw invalid('bodyId', 'body_unknown');
    const created = await insertMeeting(tx, { networkId, ...input });
    await writeAudit(tx, { actor, networkId, action: 'meeting.create', recordType: 'meeting', recordId: created.id });
    return created;
  });
}

export async function updateMeeting({
  db,
  actor,
  networkId,
  meetingId,
  input,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  meetingId: string;
  input: UpdateMeetingInput;
}) {
  authorize(actor, 'governance.manage', networkId);
  await db.transaction(async (tx) => {
    if (!(await findMeeting(tx, networkId, meetingId))) throw new AppError('not_found');
    const { version, ...values } = input;
    if (!(await updateMeetingIfVersion(tx, networkId, meetingId, version, values))) throw new AppError('stale_version');
    await writeAudit(tx, { actor, networkId, action: 'meeting.update', recordType: 'meeting', recordId: meetingId });
  });
}

export async function recordAttendance({
  db,
  actor,
  networkId,
  meetingId,
  attendance,
  version,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  meetingId: string;
  attendance: { personId: string; present: boolean }[];
  version: number;
}) {
  authorize(actor, 'governance.manage', networkId);
  const unique = [...new Map(attendance.map((a) => [a.personId, a])).values()];
  return db.transaction(async (tx) => {
    if (!(await findMeeting(tx, networkId, meetingId))) throw new AppError('not_found');
    if (
      (await countPersons(
        tx,
        networkId,
        unique.map((a) => a.personId),
      )) !== unique.length
    )
      throw invalid('attendance', 'person_unknown');
    // The version check comes first and locks the meeting row: a stale list writes nothing.
    const newVersion = await bumpMeetingVersion(tx, networkId, meetingId, version);
    if (newVersion === null) throw new AppError('stale_version');
    await replaceAttendance(tx, networkId, meetingId, unique);
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'meeting.attendance',
      recordType: 'meeting',
      recordId: meetingId,
      details: { present: unique.filter((a) => a.present).length, absent: unique.filter((a) => !a.present).length },
    });
    return { version: newVersion };
  });
}

// ---- decisions

export async function listDecisions({
  db,
  actor,
  networkId,
  query,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  query: ListDecisionsQuery;
}) {
  authorize(actor, 'governance.read', networkId);
  return queryDecisions(db, networkId, query, false);
}

/**
 * The decisions marked as shared with the funder — the only ones a funder sees, without who proposed or attended. When the
 * network's funder access is "aggregates only" (the default an applied design with an external funder sets), someone who
 * reads only this shared view (the funder) does not see decisions about an individual organisation (admissions) one by one:
 * they are left out of the list and only counted. Those who read the whole decision log still see them here.
 */
export async function listSharedDecisions({
  db,
  actor,
  networkId,
  query,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  query: ListDecisionsQuery;
}) {
  authorize(actor, 'decisions.read_shared', networkId);
  const [rows, settings] = await Promise.all([
    queryDecisions(db, networkId, query, true),
    readNetworkSettings(db, networkId),
  ]);
  const fullLog = actorMay(actor, networkId, 'governance.read');
  const aggregatesOnly = !fullLog && settings?.funderAccess === FUNDER_ACCESS_DEFAULT;
  const visible = aggregatesOnly ? rows.filter((row) => row.organisationId === null) : rows;
  return {
    items: visible.map(({ id, bodyName, decidedOn, text, kind, organisationName, reason }) => ({
      id,
      bodyName,
      decidedOn,
      text,
      kind,
      organisationName,
      reason,
    })),
    organisationDecisions: aggregatesOnly ? { count: rows.length - visible.length } : null,
  };
}

/** Records a decision; its action items become tasks (source "decision") in the same transaction. */
export async function recordDecision({
  db,
  actor,
  networkId,
  input,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  input: CreateDecisionInput;
}) {
  authorize(actor, 'governance.manage', networkId);
  return db.transaction(async (tx) => {
    if (!(await findBody(tx, networkId, input.bodyId))) throw invalid('bodyId', 'body_unknown');
    if (input.meetingId) {
      const found = await findMeeting(tx, networkId, input.meetingId);
      if (!found || found.bodyId !== input.bodyId) throw invalid('meetingId', 'meeting_unknown');
    }
    if (input.organisationId && !(await findOrganisation(tx, networkId, input.organisationId)))
      throw invalid('organisationId', 'organisation_unknown');
    for (const [i, item] of input.actionItems.entries())
      await assertPerson(tx, networkId, item.assigneePersonId, `actionItems.${i}.assigneePersonId`);
    const created = await insertDecision(tx, {
      networkId,
      bodyId: input.bodyId,
      meetingId: input.meetingId ?? null,
      decidedOn: input.decidedOn,
      text: input.text,
      kind: input.kind,
      organisationId: input.organisationId ?? null,
      reason: input.reason,
      sharedWithFunder: input.sharedWithFunder,
      sharedWithMembers: input.sharedWithMembers,
      createdBy: actor.userId,
    });
    const tasks = await insertTasks(
      tx,
      input.actionItems.map((item) => ({
        networkId,
        source: 'decision',
        decisionId: created.id,
        title: item.title,
        responsibleRole: item.responsibleRole ?? null,
        assigneePersonId: item.assigneePersonId ?? null,
        dueOn: item.dueOn ?? null,
      })),
    );
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'decision.create',
      recordType: 'decision',
      recordId: created.id,
      details: {
        kind: input.kind,
        sharedWithFunder: input.sharedWithFunder,
        sharedWithMembers: input.sharedWithMembers,
        actionItems: tasks.length,
      },
    });
    return { id: created.id, taskIds: tasks.map((t) => t.id) };
  });
}

// ---- admissions

export async function listPendingAdmissions({
  db,
  actor,
  networkId,
  query,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  query: ListAdmissionsQuery;
}) {
  authorize(actor, 'governance.read', networkId);
  return queryPendingAdmissions(db, networkId, query);
}

/**
 * The kerngroep's admission decision on an organisation that applied: recorded in the decision log (kind "admission", with
 * its reason and date) and, in the same transaction, the membership moves to "admitted" — or, when refused, to "ended" with
 * the reason — and points at the decision. 409 when the membership changed since the user saw it.
 */
export async function decideAdmission({
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
  input: DecideAdmissionInput;
}) {
  authorize(actor, 'governance.manage', networkId);
  return db.transaction(async (tx) => {
    const member = await findMembershipOf(tx, networkId, organisationId);
    if (!member) throw new AppError('not_found');
    if (member.version !== input.version) throw new AppError('stale_version');
    const to = input.outcome === 'admit' ? 'admitted' : 'ended';
    if (checkMembershipMove(member.status as MembershipStatus, to, input.reason) !== null)
      throw new AppError('conflict', 'admission_not_pending');
    let bodyId = input.bodyId;
    if (bodyId) {
      if (!(await findBody(tx, networkId, bodyId))) throw invalid('bodyId', 'body_unknown');
    } else {
      const coreGroup = await findBodyOfKind(tx, networkId, 'core_group');
      if (!coreGroup) throw invalid('bodyId', 'no_core_group');
      bodyId = coreGroup.id;
    }
    if (input.meetingId) {
      const found = await findMeeting(tx, networkId, input.meetingId);
      if (!found || found.bodyId !== bodyId) throw invalid('meetingId', 'meeting_unknown');
    }
    const text = errorMessage('nl', input.outcome === 'admit' ? 'admission_text_admit' : 'admission_text_refuse', {
      name: member.organisationName,
    });
    const created = await insertDecision(tx, {
      networkId,
      bodyId,
      meetingId: input.meetingId ?? null,
      decidedOn: input.decidedOn,
      text,
      kind: 'admission',
      organisationId,
      reason: input.reason,
      sharedWithFunder: input.sharedWithFunder,
      sharedWithMembers: input.sharedWithMembers,
      createdBy: actor.userId,
    });
    const updated = await setAdmissionOutcome(tx, networkId, member.id, input.version, {
      status: to,
      statusReason: input.reason,
      admissionDecisionId: created.id,
      endedOn: to === 'ended' ? input.decidedOn : null,
    });
    if (!updated) throw new AppError('stale_version');
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'decision.create',
      recordType: 'decision',
      recordId: created.id,
      details: { kind: 'admission', outcome: input.outcome, organisationId },
    });
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'membership.status',
      recordType: 'membership',
      recordId: member.id,
      details: { from: member.status, to, admissionDecisionId: created.id },
    });
    return { decisionId: created.id, membershipStatus: to };
  });
}
