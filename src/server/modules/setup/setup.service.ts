// First run: on an empty installation, create the platform admin and the first network (optionally also the demo network).
// Allowed only while no platform admin exists; an advisory lock stops two browsers from both setting up.
import { SYSTEM_ACTOR } from '../../platform/access.js';
import type { Auth } from '../../platform/auth.js';
import type { Db, DbOrTx } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { loadDemoNetwork } from '../demo/demo.service.js';
import { grantRoleToUser } from '../networks/network-membership.js';
import { createNetwork } from '../networks/networks.service.js';
import { assertPasswordAllowed, findAccountByEmail, markEmailVerified } from '../session/session.service.js';
import type { SetupInput } from '../../../core/setup/setup.contract.js';
import { countPlatformRoles, deleteUser, insertPlatformAdminRole, lockSetup } from './setup.repository.js';

export async function needsSetup(db: DbOrTx): Promise<boolean> {
  return (await countPlatformRoles(db)) === 0;
}

export async function createPlatformAdmin({
  db,
  auth,
  input,
  headers,
}: {
  db: Db;
  auth: Auth;
  input: { name: string; email: string; password: string };
  headers?: Headers;
}) {
  assertPasswordAllowed(input.password, { email: input.email, name: input.name });
  const email = input.email.toLowerCase();
  if ((await findAccountByEmail({ db, email })) !== undefined) throw new AppError('conflict', 'email_taken');
  const created = await auth.api.signUpEmail({
    body: { name: input.name, email, password: input.password },
    ...(headers ? { headers } : {}),
    returnHeaders: true,
  });
  await markEmailVerified(db, created.response.user.id);
  await insertPlatformAdminRole(db, created.response.user.id);
  return { userId: created.response.user.id, headers: created.headers };
}

export async function runSetup({
  db,
  auth,
  input,
  headers,
}: {
  db: Db;
  auth: Auth;
  input: SetupInput;
  headers: Headers;
}) {
  return db.transaction(async (tx) => {
    await lockSetup(tx);
    if (!(await needsSetup(tx))) throw new AppError('setup_done');
    // The account is created through better-auth on its own connection; the rest of setup is one transaction.
    const admin = await createPlatformAdmin({ db, auth, input: input.admin, headers });
    try {
      const network = await createNetwork({ db: tx, actor: SYSTEM_ACTOR, input: input.network });
      await grantRoleToUser(tx, { networkId: network.id, userId: admin.userId, role: 'coordinator' });
      let demoNetworkId: string | null = null;
      if (input.loadDemo) {
        const demo = await loadDemoNetwork({ db: tx });
        await grantRoleToUser(tx, { networkId: demo.networkId, userId: admin.userId, role: 'coordinator' });
        demoNetworkId = demo.networkId;
      }
      return { networkId: network.id, demoNetworkId, headers: admin.headers };
    } catch (error) {
      // Nothing half-done: without its network the admin account would block a retry of setup.
      await deleteUser(db, admin.userId);
      throw error;
    }
  });
}
