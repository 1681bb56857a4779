// Installation management: the mail outbox and all networks. Platform admin only.
import { and, count, desc, eq, ilike, or, type SQL } from 'drizzle-orm';
import { authorizePlatform, type Actor } from '../../platform/access.js';
import type { DbOrTx } from '../../platform/db/database.js';
import { mailMessage } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';
import type { OutboxQuery } from '../../../core/admin/admin.contract.js';

export async function listOutbox({ db, actor, query }: { db: DbOrTx; actor: Actor; query: OutboxQuery }) {
  authorizePlatform(actor, 'platform.outbox.read');
  const conditions: SQL[] = [];
  if (query.search) {
    const pattern = `%${query.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(mailMessage.toAddress, pattern), ilike(mailMessage.subject, pattern))!);
  }
  const where = conditions.length ? and(...conditions) : undefined;
  const items = await db
    .select({
      id: mailMessage.id,
      toAddress: mailMessage.toAddress,
      subject: mailMessage.subject,
      kind: mailMessage.kind,
      status: mailMessage.status,
      createdAt: mailMessage.createdAt,
      sentAt: mailMessage.sentAt,
    })
    .from(mailMessage)
    .where(where)
    .orderBy(desc(mailMessage.createdAt), desc(mailMessage.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [total] = await db.select({ n: count() }).from(mailMessage).where(where);
  return { items, total: total?.n ?? 0, page: query.page, pageSize: query.pageSize };
}

export async function getOutboxMessage({ db, actor, id }: { db: DbOrTx; actor: Actor; id: string }) {
  authorizePlatform(actor, 'platform.outbox.read');
  const [row] = await db.select().from(mailMessage).where(eq(mailMessage.id, id));
  if (!row) throw new AppError('not_found');
  return row;
}
