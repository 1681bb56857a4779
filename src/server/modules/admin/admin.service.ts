// Installation management: the mail outbox and all networks. Platform admin only.
import { authorizePlatform, type Actor } from '../../platform/access.js';
import type { DbOrTx } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import type { OutboxQuery } from '../../../core/admin/admin.contract.js';
import { findOutboxMessage, queryOutbox } from './admin.repository.js';

export async function listOutbox({ db, actor, query }: { db: DbOrTx; actor: Actor; query: OutboxQuery }) {
  authorizePlatform(actor, 'platform.outbox.read');
  const { items, total } = await queryOutbox(db, query);
  return { items, total, page: query.page, pageSize: query.pageSize };
}

export async function getOutboxMessage({ db, actor, id }: { db: DbOrTx; actor: Actor; id: string }) {
  authorizePlatform(actor, 'platform.outbox.read');
  const row = await findOutboxMessage(db, id);
  if (!row) throw new AppError('not_found');
  return row;
}
