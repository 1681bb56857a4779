// The acting user and the permission check that is the first line of every service function. Roles are loaded once per
// request (all networks of the user, one query); the check itself is pure. Someone with no role in a network gets
// `not_found` for everything in it, so the existence of another network's records is never revealed.
import { amsterdamToday } from './db/today.js';
import { and, desc, eq, gte, inArray, isNotNull, isNull, lte, or, sql } from 'drizzle-orm';
import {
  actionsInNetwork,
  allowsInNetwork,
  taskBehindAction,
  type AppliedDesignRights,
} from '../../core/access/design-rights.js';
import { PLATFORM_ROLE_PERMISSIONS, type NetworkAction, type PlatformAction } from '../../core/access/permissions.js';
import { ADVISOR_TEXTS } from '../../core/design/advisor-texts.js';
import type { RoleCode } from '../../core/design/task-catalogue.js';
import { readTogether, type DbOrTx } from './db/database.js';
import { designVersion, person, platformRole, roleAssignment } from './db/schema.js';
import { AppError } from './errors.js';
import { registerErrorMessages } from './messages.js';

registerErrorMessages({
  nl: {
    forbidden_by_design:
      "Dit hoort bij de taak '{taskNl}'. Volgens de toegepaste inrichting (versie {version}) ligt die taak ({via}) bij: {roleNl}. Uw rol in dit netwerk heeft die taak niet.",
  },
  en: {
    forbidden_by_design:
      "This belongs to the task '{taskEn}'. Under the applied design (version {version}) that task ({via}) lies with: {roleEn}. Your role in this network does not hold it.",
  },
});

export interface Actor {
  userId: string | null;
  platformAdmin: boolean;
  /** networkId → role codes currently held there (terms that include today). */
  roles: ReadonlyMap<string, readonly string[]>;
  /** networkId → personId of the actor in that network. */
  persons: ReadonlyMap<string, string>;
  /** networkId → the applied design's tasks, whose R/A cells add actions to the roles (decision 016). */
  designs?: ReadonlyMap<string, AppliedDesignRights>;
}

/** The CLI and start-up tasks act as the installation itself. */
export const SYSTEM_ACTOR: Actor = { userId: null, platformAdmin: true, roles: new Map(), persons: new Map() };

/** Actions a platform admin may take in every network (reading its people and settings), on top of own roles. */
const PLATFORM_ADMIN_NETWORK_ACTIONS: readonly NetworkAction[] = ['network.read', 'people.read'];

/** May the actor take this action in this network: the base permissions plus what the applied design gives its roles. */
export function actorMay(actor: Actor, networkId: string, action: NetworkAction): boolean {
  return allowsInNetwork(actor.roles.get(networkId) ?? [], action, actor.designs?.get(networkId));
}

/** The 403 for an action the design does not give this actor: names the task and who holds it. */
export function forbiddenByDesign(actor: Actor, networkId: string, action: NetworkAction): AppError {
  const behind = taskBehindAction(action, actor.designs?.get(networkId));
  if (!behind) return new AppError('forbidden');
  const role = behind.role as RoleCode;
  return new AppError('forbidden', 'forbidden_by_design', undefined, {
    taskNl: ADVISOR_TEXTS.nl.labels.task[behind.task],
    taskEn: ADVISOR_TEXTS.en.labels.task[behind.task],
    roleNl: ADVISOR_TEXTS.nl.labels.role[role] ?? behind.role,
    roleEn: ADVISOR_TEXTS.en.labels.role[role] ?? behind.role,
    version: behind.versionNumber,
    via: behind.via,
  });
}

export function authorize(actor: Actor, action: NetworkAction, networkId: string): void {
  const roles = actor.roles.get(networkId);
  if (roles && actorMay(actor, networkId, action)) return;
  if (actor.platformAdmin && PLATFORM_ADMIN_NETWORK_ACTIONS.includes(action)) return;
  if (!roles || roles.length === 0) {
    if (actor.platformAdmin && actor.userId === null) return; // the installation itself (CLI)
    throw new AppError(actor.userId ? 'not_found' : 'unauthenticated');
  }
  throw forbiddenByDesign(actor, networkId, action);
}

export function authorizePlatform(actor: Actor, action: PlatformAction): void {
  if (actor.platformAdmin && PLATFORM_ROLE_PERMISSIONS.platform_admin.includes(action)) return;
  throw new AppError(actor.userId ? 'forbidden' : 'unauthenticated');
}

export function networkActions(actor: Actor, networkId: string): NetworkAction[] {
  const own = actionsInNetwork(actor.roles.get(networkId) ?? [], actor.designs?.get(networkId));
  if (!actor.platformAdmin) return own;
  return [...new Set([...own, ...PLATFORM_ADMIN_NETWORK_ACTIONS])];
}

export async function loadActor(db: DbOrTx, userId: string): Promise<Actor> {
  const [rows, admin] = await readTogether(db, [
    () =>
      db
        .select({ networkId: person.networkId, personId: person.id, role: roleAssignment.role })
        .from(person)
        .leftJoin(
          roleAssignment,
          and(
            eq(roleAssignment.networkId, person.networkId),
            eq(roleAssignment.personId, person.id),
            lte(roleAssignment.startsOn, amsterdamToday),
            or(isNull(roleAssignment.endsOn), gte(roleAssignment.endsOn, amsterdamToday)),
          ),
        )
        .where(eq(person.userId, userId)),
    () => db.select({ role: platformRole.role }).from(platformRole).where(eq(platformRole.userId, userId)),
  ]);
  const roles = new Map<string, string[]>();
  const persons = new Map<string, string>();
  for (const row of rows) {
    persons.set(row.networkId, row.personId);
    if (row.role) roles.set(row.networkId, [...(roles.get(row.networkId) ?? []), row.role]);
  }
  return {
    userId,
    platformAdmin: admin.length > 0,
    roles,
    persons,
    designs: await loadAppliedDesigns(db, [...persons.keys()]),
  };
}

/**
 * The design in force per network (the most recently applied version), only the cells rights need. Read on every
 * request that is not cached, so applying a version changes rights from the next request on; the actor cache is emptied by
 * every write (and the design routes empty it before answering).
 */
export async function loadAppliedDesigns(db: DbOrTx, networkIds: string[]) {
  const designs = new Map<string, AppliedDesignRights>();
  if (networkIds.length === 0) return designs;
  const rows = await db
    .selectDistinctOn([designVersion.networkId], {
      networkId: designVersion.networkId,
      versionId: designVersion.id,
      versionNumber: designVersion.versionNumber,
      appliedAt: designVersion.appliedAt,
      tasks: sql<
        { code: string; responsible: string; accountable: string }[] | null
      >`(select coalesce(jsonb_agg(jsonb_build_object('code', t->>'code', 'responsible', t->>'responsible', 'accountable', t->>'accountable')), '[]'::jsonb) from jsonb_array_elements(${designVersion.output}->'tasks') t)`,
    })
    .from(designVersion)
    .where(and(inArray(designVersion.networkId, networkIds), isNotNull(designVersion.appliedAt)))
    .orderBy(designVersion.networkId, desc(designVersion.appliedAt), desc(designVersion.versionNumber));
  for (const row of rows)
    designs.set(row.networkId, {
      versionId: row.versionId,
      versionNumber: row.versionNumber,
      appliedAt: row.appliedAt!,
      tasks: row.tasks ?? [],
    });
  return designs;
}
