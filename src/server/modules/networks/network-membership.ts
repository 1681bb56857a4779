// Making a user the holder of a role in a network (the first coordinator of a new network, the admin of the demo network).
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/database.js';
import { person, roleAssignment, user } from '../../platform/db/schema.js';

export async function grantRoleToUser(
  db: DbOrTx,
  input: { networkId: string; userId: string; role: string },
): Promise<string> {
  const [me] = await db.select({ name: user.name, email: user.email }).from(user).where(eq(user.id, input.userId));
  if (!me) throw new Error(`user ${input.userId} not found`);
  const [existing] = await db
    .select({ id: person.id })
    .from(person)
    .where(and(eq(person.networkId, input.networkId), eq(person.userId, input.userId)));
  const personId =
    existing?.id ??
    (
      await db
        .insert(person)
        .values({ networkId: input.networkId, userId: input.userId, name: me.name, email: me.email })
        .returning({ id: person.id })
    )[0]!.id;
  await db.insert(roleAssignment).values({ networkId: input.networkId, personId, role: input.role });
  return personId;
}
