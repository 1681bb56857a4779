// Making a user the holder of a role in a network (the first coordinator of a new network, the admin of the demo network).
import type { DbOrTx } from '../../platform/db/database.js';
import {
  findPersonIdOfUser,
  findUserIdentity,
  insertPersonForUser,
  insertRoleAssignment,
} from './networks.repository.js';
import { findAccountByEmail } from '../session/session.service.js';

export async function grantRoleToUser(
  db: DbOrTx,
  input: { networkId: string; userId: string; role: string },
): Promise<string> {
  const me = await findUserIdentity(db, input.userId);
  if (!me) throw new Error(`user ${input.userId} not found`);
  const personId =
    (await findPersonIdOfUser(db, input.networkId, input.userId)) ??
    (await insertPersonForUser(db, {
      networkId: input.networkId,
      userId: input.userId,
      name: me.name,
      email: me.email,
    }));
  await insertRoleAssignment(db, { networkId: input.networkId, personId, role: input.role });
  return personId;
}

/** The same for the account with this e-mail address (the demo command's --coordinator); null when there is none. */
export async function grantRoleByEmail(
  db: DbOrTx,
  input: { networkId: string; email: string; role: string },
): Promise<string | null> {
  const account = await findAccountByEmail({ db, email: input.email });
  if (!account) return null;
  return grantRoleToUser(db, { networkId: input.networkId, userId: account.id, role: input.role });
}
