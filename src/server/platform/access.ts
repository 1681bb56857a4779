// The acting user and the permission check that is the first line of every service function. Roles are loaded once per
// request (all networks of the user, one query); the check itself is pure. Someone with no role in a network gets
// `not_found` for everything in it, so the existence of another network's records is never revealed.
import { and, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import {
  PLATFORM_ROLE_PERMISSIONS,
  actionsForRoles,
  roleAllows,
  type NetworkAction,
  type PlatformAction,
} from '../../core/access/permissions.js';
import type { DbOrTx } from './db/database.js';
import { person, platformRole, roleAssignment } from './db/schema.js';
import { AppError } from './errors.js';

export interface Actor {
  userId: string | null;
  platformAdmin: boolean;
  /** networkId → role codes currently held there (terms that include today). */
  roles: ReadonlyMap<string, readonly string[]>;
  /** networkId → personId of the actor in that network. */
  persons: ReadonlyMap<string, string>;
}

/** The CLI and start-up tasks act as the installation itself. */
export const SYSTEM_ACTOR: Actor = { userId: null, platformAdmin: true, roles: new Map(), persons: new Map() };

/** Actions a platform admin may take in every network (reading its people and settings), on top of own roles. */
const PLATFORM_ADMIN_NETWORK_ACTIONS: readonly NetworkAction[] = ['network.read', 'people.read'];

export function authorize(actor: Actor, action: NetworkAction, networkId: string): void {
  const roles = actor.roles.get(networkId);
  if (roles && roleAllows(roles, action)) return;
  if (actor.platformAdmin && PLATFORM_ADMIN_NETWORK_ACTIONS.includes(action)) return;
  if (!roles || roles.length === 0) {
    if (actor.platformAdmin && actor.userId === null) return; // the installation itself (CLI)
    throw new AppError(actor.userId ? 'not_found' : 'unauthenticated');
  }
  throw new AppError('forbidden');
}

export function authorizePlatform(actor: Actor, action: PlatformAction): void {
  if (actor.platformAdmin && PLATFORM_ROLE_PERMISSIONS.platform_admin.includes(action)) return;
  throw new AppError(actor.userId ? 'forbidden' : 'unauthenticated');
}

export function networkActions(actor: Actor, networkId: string): NetworkAction[] {
  const own = actionsForRoles(actor.roles.get(networkId) ?? []);
  if (!actor.platformAdmin) return own;
  return [...new Set([...own, ...PLATFORM_ADMIN_NETWORK_ACTIONS])];
}

export async function loadActor(db: DbOrTx, userId: string): Promise<Actor> {
  const [rows, admin] = await Promise.all([
    db
      .select({ networkId: person.networkId, personId: person.id, role: roleAssignment.role })
      .from(person)
      .leftJoin(
        roleAssignment,
        and(
          eq(roleAssignment.networkId, person.networkId),
          eq(roleAssignment.personId, person.id),
          lte(roleAssignment.startsOn, sql`current_date`),
          or(isNull(roleAssignment.endsOn), gte(roleAssignment.endsOn, sql`current_date`)),
        ),
      )
      .where(eq(person.userId, userId)),
    db.select({ role: platformRole.role }).from(platformRole).where(eq(platformRole.userId, userId)),
  ]);
  const roles = new Map<string, string[]>();
  const persons = new Map<string, string>();
  for (const row of rows) {
    persons.set(row.networkId, row.personId);
    if (row.role) roles.set(row.networkId, [...(roles.get(row.networkId) ?? []), row.role]);
  }
  return { userId, platformAdmin: admin.length > 0, roles, persons };
}
