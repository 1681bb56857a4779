// SQL for installation management: the mail outbox.
import { and, count, desc, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/database.js';
import { mailMessage } from '../../platform/db/schema.js';

/** One page of the outbox, newest first, optionally narrowed to messages whose address or subject contains `search`. */
export async function queryOutbox(db: DbOrTx, query: { search?: string | undefined; page: number; pageSize: number }) {
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
  return { items, total: total?.n ?? 0 };
}

export async function findOutboxMessage(db: DbOrTx, id: string) {
  const [row] = await db.select().from(mailMessage).where(eq(mailMessage.id, id));
  return row;
}
