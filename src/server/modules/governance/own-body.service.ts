// One's own body: the working place of the bodies in which the actor holds a role today. Who may enter which body is decided
// here on every request, from the role assignments held within that body on Amsterdam's today — never from the client:
// - any current role within the body → read its members, meetings with agenda and minutes, and (themagroep) its theme's
//   needs and activities;
// - the kartrekker (`theme_lead`) of a themagroep → also run it: add and remove members, plan meetings, write agenda and
//   minutes, record attendance.
// A body in which the actor holds no role today answers 404, so the existence of another group's meetings is not revealed.
import { NEED_THEMES } from '../../../core/agenda/agenda-rules.js';
import { dutchDate } from '../../../core/design/gap-signals.js';
import { authorize, type Actor } from '../../platform/access.js';
import { writeAudit } from '../../platform/audit.js';
import type { Db, DbOrTx } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { registerErrorMessages } from '../../platform/messages.js';
import type { UpdateMeetingInput } from '../../../core/governance/governance.contract.js';
import {
  bumpMeetingVersion,
  countPersons,
  findMeeting,
  findPerson,
  hasOverlappingAssignment,
  insertAssignment,
  insertMeeting,
  listAttendance,
  listMeetings,
  replaceAttendance,
  updateMeetingIfVersion,
} from './governance.repository.js';
import type { AddOwnBodyMemberInput, CreateOwnBodyMeetingInput } from '../../../core/governance/own-body.contract.js';
import {
  deleteAssignment,
  endAssignmentYesterday,
  findCurrentBodyAssignment,
  queryActivitiesByIds,
  queryBodyCandidates,
  queryBodyMembers,
  queryOwnBodies,
  queryThemeNeeds,
} from './own-body.repository.js';

registerErrorMessages({
  nl: {
    own_body_run_forbidden:
      'Alleen de kartrekker van deze themagroep kan leden, vergaderingen, agenda en verslag bijhouden. U kunt ze wel lezen.',
    own_body_already_member: 'Deze persoon is al lid van deze groep.',
    own_body_member_not_removable:
      'Alleen leden die de kartrekker zelf heeft toegevoegd kunnen hier worden verwijderd. Andere rollen in deze groep beheert de netwerkcoördinator.',
    own_body_person_unknown: 'Deze persoon hoort niet bij dit netwerk.',
  },
  en: {
    own_body_run_forbidden:
      'Only the theme lead of this theme group can keep its members, meetings, agenda and minutes. You can read them.',
    own_body_already_member: 'This person is already a member of this group.',
    own_body_member_not_removable:
      'Only members the theme lead added can be removed here. Other roles in this group are kept by the network coordinator.',
    own_body_person_unknown: 'This person is not part of this network.',
  },
});

/** The role a kartrekker gives when adding someone to their themagroep. */
export const THEME_MEMBER_ROLE = 'theme_member';

function invalid(field: string, message: string): AppError {
  return new AppError('validation_failed', 'validation_failed', [{ path: ['body', field], message }]);
}

function withRun<T extends { kind: string; roles: string[] }>(b: T) {
  return { ...b, canRun: b.kind === 'theme_group' && b.roles.includes('theme_lead') };
}

/** The body as the actor may see it, or 404; with `run`, 403 unless the actor is its kartrekker. */
async function enterBody(db: DbOrTx, actor: Actor, networkId: string, bodyId: string, mode: 'read' | 'run') {
  authorize(actor, 'governance.own_body', networkId);
  const personId = actor.persons.get(networkId);
  if (!personId) throw new AppError('not_found');
  const found = (await queryOwnBodies(db, networkId, personId)).find((b) => b.id === bodyId);
  if (!found) throw new AppError('not_found');
  const entered = withRun(found);
  if (mode === 'run' && !entered.canRun) throw new AppError('forbidden', 'own_body_run_forbidden');
  return entered;
}

async function meetingOfBody(db: DbOrTx, networkId: string, bodyId: string, meetingId: string) {
  const found = await findMeeting(db, networkId, meetingId);
  if (!found || found.bodyId !== bodyId) throw new AppError('not_found');
  return found;
}

export async function listOwnBodies({ db, actor, networkId }: { db: DbOrTx; actor: Actor; networkId: string }) {
  authorize(actor, 'governance.own_body', networkId);
  const personId = actor.persons.get(networkId);
  if (!personId) return [];
  return (await queryOwnBodies(db, networkId, personId)).map(withRun);
}

export async function getOwnBody({
  db,
  actor,
  networkId,
  bodyId,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  bodyId: string;
}) {
  const entered = await enterBody(db, actor, networkId, bodyId, 'read');
  const [members, meetings] = await Promise.all([
    queryBodyMembers(db, networkId, bodyId),
    listMeetings(db, networkId, bodyId),
  ]);
  return { ...entered, members, meetings };
}

/** The needs of the themagroep's theme (when its theme is one of the agenda's need themes) and the activities answering them. */
export async function getOwnBodyAgenda({
  db,
  actor,
  networkId,
  bodyId,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  bodyId: string;
}) {
  const entered = await enterBody(db, actor, networkId, bodyId, 'read');
  const theme = entered.theme?.trim().toLowerCase() ?? '';
  const needTheme = (NEED_THEMES as readonly string[]).includes(theme) ? theme : null;
  if (!needTheme) return { needTheme: null, needs: [], activities: [] };
  const rows = await queryThemeNeeds(db, networkId, needTheme);
  const activityIds = [...new Set(rows.map((r) => r.activityId).filter((id): id is string => id !== null))];
  return {
    needTheme,
    needs: rows.map(({ activityId: _activityId, ...row }) => row),
    activities: await queryActivitiesByIds(db, networkId, activityIds),
  };
}

export async function listOwnBodyCandidates({
  db,
  actor,
  networkId,
  bodyId,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  bodyId: string;
}) {
  await enterBody(db, actor, networkId, bodyId, 'run');
  return queryBodyCandidates(db, networkId, bodyId);
}

export async function addOwnBodyMember({
  db,
  actor,
  networkId,
  bodyId,
  input,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  bodyId: string;
  input: AddOwnBodyMemberInput;
  now?: Date;
}) {
  return db.transaction(async (tx) => {
    await enterBody(tx, actor, networkId, bodyId, 'run');
    if (!(await findPerson(tx, networkId, input.personId))) throw invalid('personId', 'own_body_person_unknown');
    const values = {
      personId: input.personId,
      role: THEME_MEMBER_ROLE,
      bodyId,
      startsOn: dutchDate(now),
      endsOn: null,
    };
    if (await hasOverlappingAssignment(tx, networkId, values))
      throw new AppError('conflict', 'own_body_already_member');
    const created = await insertAssignment(tx, { networkId, ...values });
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'role_assignment.create',
      recordType: 'role_assignment',
      recordId: created.id,
      details: {
        role: THEME_MEMBER_ROLE,
        personId: input.personId,
        bodyId,
        startsOn: values.startsOn,
        by: 'theme_lead',
      },
    });
    return created;
  });
}

/** Removes a member the kartrekker added: the term ends yesterday (kept as history), or disappears if it began today. */
export async function removeOwnBodyMember({
  db,
  actor,
  networkId,
  bodyId,
  assignmentId,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  bodyId: string;
  assignmentId: string;
}) {
  await db.transaction(async (tx) => {
    await enterBody(tx, actor, networkId, bodyId, 'run');
    const found = await findCurrentBodyAssignment(tx, networkId, bodyId, assignmentId);
    if (!found) throw new AppError('not_found');
    if (found.role !== THEME_MEMBER_ROLE) throw new AppError('conflict', 'own_body_member_not_removable');
    if (found.startsToday) await deleteAssignment(tx, networkId, assignmentId);
    else await endAssignmentYesterday(tx, networkId, assignmentId);
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'role_assignment.end',
      recordType: 'role_assignment',
      recordId: assignmentId,
      details: { bodyId, removed: found.startsToday, by: 'theme_lead' },
    });
  });
}

export async function getOwnBodyMeeting({
  db,
  actor,
  networkId,
  bodyId,
  meetingId,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  bodyId: string;
  meetingId: string;
}) {
  await enterBody(db, actor, networkId, bodyId, 'read');
  const found = await meetingOfBody(db, networkId, bodyId, meetingId);
  return { ...found, attendance: await listAttendance(db, networkId, meetingId) };
}

export async function createOwnBodyMeeting({
  db,
  actor,
  networkId,
  bodyId,
  input,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  bodyId: string;
  input: CreateOwnBodyMeetingInput;
}) {
  return db.transaction(async (tx) => {
    await enterBody(tx, actor, networkId, bodyId, 'run');
    const created = await insertMeeting(tx, { networkId, bodyId, startsAt: input.startsAt, agenda: input.agenda });
    await writeAudit(tx, { actor, networkId, action: 'meeting.create', recordType: 'meeting', recordId: created.id });
    return created;
  });
}

export async function updateOwnBodyMeeting({
  db,
  actor,
  networkId,
  bodyId,
  meetingId,
  input,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  bodyId: string;
  meetingId: string;
  input: UpdateMeetingInput;
}) {
  await db.transaction(async (tx) => {
    await enterBody(tx, actor, networkId, bodyId, 'run');
    await meetingOfBody(tx, networkId, bodyId, meetingId);
    const { version, ...values } = input;
    if (!(await updateMeetingIfVersion(tx, networkId, meetingId, version, values))) throw new AppError('stale_version');
    await writeAudit(tx, { actor, networkId, action: 'meeting.update', recordType: 'meeting', recordId: meetingId });
  });
}

export async function recordOwnBodyAttendance({
  db,
  actor,
  networkId,
  bodyId,
  meetingId,
  attendance,
  version,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  bodyId: string;
  meetingId: string;
  attendance: { personId: string; present: boolean }[];
  version: number;
}) {
  const unique = [...new Map(attendance.map((a) => [a.personId, a])).values()];
  return db.transaction(async (tx) => {
    await enterBody(tx, actor, networkId, bodyId, 'run');
    await meetingOfBody(tx, networkId, bodyId, meetingId);
    if (
      (await countPersons(
        tx,
        networkId,
        unique.map((a) => a.personId),
      )) !== unique.length
    )
      throw invalid('attendance', 'own_body_person_unknown');
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
