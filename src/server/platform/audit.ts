// The audit log: who did what to which record, when. Written inside the caller's transaction so it is never half-written.
import type { Actor } from './access.js';
import type { DbOrTx } from './db/database.js';
import { auditEntry } from './db/schema.js';

export async function writeAudit(
  db: DbOrTx,
  entry: {
    actor: Actor;
    networkId: string | null;
    action: string;
    recordType?: string;
    recordId?: string;
    details?: Record<string, unknown>;
  },
) {
  await db.insert(auditEntry).values({
    networkId: entry.networkId,
    actorUserId: entry.actor.userId,
    action: entry.action,
    recordType: entry.recordType ?? null,
    recordId: entry.recordId ?? null,
    details: entry.details ?? {},
  });
}
