// SQL for documents: the stored files, their owners and the reading condition the service decides on.
import { and, asc, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { DocumentOwnerKind } from '../../../core/documents/document-rules.js';
import type { ListDocumentsQuery } from '../../../core/documents/documents.contract.js';
import type { DbOrTx } from '../../platform/db/database.js';
import { decision, document, meeting, organisation, person } from '../../platform/db/schema.js';
import { searchCondition } from '../../platform/db/search.js';

/**
 * What an actor may read, as the service decided it: everything, or the library items for one of their roles, plus their
 * own organisation's documents (employers) and the meetings' and decisions' documents (governance.read).
 */
export type DocumentReadScope =
  { all: true } | { all: false; roles: readonly string[]; organisationId: string | null; governance: boolean };

function readCondition(scope: DocumentReadScope): SQL | undefined {
  if (scope.all) return undefined;
  const parts: SQL[] = [
    sql`(${document.ownerKind} = 'library' and ${document.visibleTo} && ${sql`${`{${scope.roles.join(',')}}`}::text[]`})`,
  ];
  if (scope.organisationId)
    parts.push(sql`(${document.ownerKind} = 'organisation' and ${document.ownerId} = ${scope.organisationId})`);
  if (scope.governance) parts.push(sql`${document.ownerKind} in ('meeting', 'decision')`);
  return sql`(${sql.join(parts, sql` or `)})`;
}

const rowColumns = {
  id: document.id,
  ownerKind: document.ownerKind,
  ownerId: document.ownerId,
  title: document.title,
  category: document.category,
  fileName: document.fileName,
  mediaType: document.mediaType,
  size: document.size,
  sha256: document.sha256,
  visibleTo: document.visibleTo,
  uploadedByName: person.name,
  createdAt: document.createdAt,
  version: document.version,
};

/** Whether the organisation, meeting or decision a document is to belong to exists in this network. */
export async function documentOwnerExists(
  db: DbOrTx,
  networkId: string,
  kind: DocumentOwnerKind,
  ownerId: string,
): Promise<boolean> {
  const table = kind === 'organisation' ? organisation : kind === 'meeting' ? meeting : decision;
  const rows = await db
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.networkId, networkId), eq(table.id, ownerId)))
    .limit(1);
  return rows.length > 0;
}

/** The organisation of the person who reads, if they have one. */
export async function findReaderOrganisationId(
  db: DbOrTx,
  networkId: string,
  personId: string,
): Promise<string | null | undefined> {
  const [me] = await db
    .select({ organisationId: person.organisationId })
    .from(person)
    .where(and(eq(person.networkId, networkId), eq(person.id, personId)));
  return me?.organisationId;
}

export async function insertDocument(db: DbOrTx, values: Omit<typeof document.$inferInsert, 'id'>): Promise<string> {
  const [inserted] = await db.insert(document).values(values).returning({ id: document.id });
  return inserted!.id;
}

/** One document as the list shows it, with the uploader's name. */
export async function findDocumentRow(db: DbOrTx, networkId: string, documentId: string) {
  const [row] = await db
    .select(rowColumns)
    .from(document)
    .leftJoin(person, and(eq(person.networkId, document.networkId), eq(person.id, document.uploadedByPersonId)))
    .where(and(eq(document.networkId, networkId), eq(document.id, documentId)));
  return row;
}

/** The documents of one owner (or the library) the scope may read, filtered and sorted as asked. */
export async function listDocumentRows(
  db: DbOrTx,
  networkId: string,
  query: Pick<
    ListDocumentsQuery,
    'ownerKind' | 'ownerId' | 'category' | 'search' | 'sort' | 'order' | 'page' | 'pageSize'
  >,
  scope: DocumentReadScope,
  /** Every match rather than one page (for an export). */
  all = false,
) {
  const conditions: (SQL | undefined)[] = [
    eq(document.networkId, networkId),
    eq(document.ownerKind, query.ownerKind),
    query.ownerKind === 'library' ? isNull(document.ownerId) : eq(document.ownerId, query.ownerId ?? sql`null`),
    readCondition(scope),
    query.category ? eq(document.category, query.category) : undefined,
    query.search
      ? searchCondition(sql`nr_fold(${document.title} || ' ' || ${document.fileName})`, query.search)
      : undefined,
  ];
  const column =
    query.sort === 'title' ? sql`lower(${document.title})` : query.sort === 'size' ? document.size : document.createdAt;
  const select = db
    .select(rowColumns)
    .from(document)
    .leftJoin(person, and(eq(person.networkId, document.networkId), eq(person.id, document.uploadedByPersonId)))
    .where(and(...conditions))
    .orderBy(query.order === 'asc' ? asc(column) : desc(column), asc(document.id));
  if (all) {
    const rows = await select;
    return { rows, total: rows.length };
  }
  const rows = await select.limit(query.pageSize).offset((query.page - 1) * query.pageSize);
  const [counted] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(document)
    .where(and(...conditions));
  return { rows, total: counted?.total ?? 0 };
}

/** A document's file, if the scope may read it. */
export async function findDocumentFile(db: DbOrTx, networkId: string, documentId: string, scope: DocumentReadScope) {
  const [row] = await db
    .select({
      fileName: document.fileName,
      mediaType: document.mediaType,
      sha256: document.sha256,
      content: document.content,
    })
    .from(document)
    .where(and(eq(document.networkId, networkId), eq(document.id, documentId), readCondition(scope)));
  return row;
}

/** A document's version and name, locked for its removal. */
export async function lockDocument(db: DbOrTx, networkId: string, documentId: string) {
  const [row] = await db
    .select({ version: document.version, fileName: document.fileName })
    .from(document)
    .where(and(eq(document.networkId, networkId), eq(document.id, documentId)))
    .for('update');
  return row;
}

export async function deleteDocumentRow(db: DbOrTx, networkId: string, documentId: string): Promise<void> {
  await db.delete(document).where(and(eq(document.networkId, networkId), eq(document.id, documentId)));
}
