// Documents: upload (type detected from the content, the name's extension must fit it, sha256 kept), the list per owner, the
// download and removal (with the row's version). Who reads what: whoever manages documents reads all; others read the library
// items marked for one of their roles, their own organisation's membership documents, and — with governance.read — the
// documents of meetings and decisions. A document the actor may not read is "not found", never "forbidden".
import { createHash } from 'node:crypto';
import { and, asc, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { detectMediaType, nameFitsType, type DocumentOwnerKind } from '../../../core/documents/document-rules.js';
import { actorMay, authorize, type Actor } from '../../platform/access.js';
import { writeAudit } from '../../platform/audit.js';
import type { Db, DbOrTx } from '../../platform/db/database.js';
import { decision, document, meeting, organisation, person } from '../../platform/db/schema.js';
import { searchCondition } from '../../platform/db/search.js';
import { AppError } from '../../platform/errors.js';
import { registerErrorMessages } from '../../platform/messages.js';
import type { DocumentRow, ListDocumentsQuery, UploadQuery } from '../../../core/documents/documents.contract.js';

registerErrorMessages({
  nl: {
    document_type_not_accepted:
      'Dit bestand is geen PDF, Office-document (Word, Excel, PowerPoint) of afbeelding (PNG, JPEG, GIF, WebP). Alleen die soorten kunnen worden opgeslagen.',
    document_name_mismatch:
      'De inhoud van dit bestand past niet bij de naam: het is een {detected}-bestand, maar de naam eindigt op .{extension}.',
    document_empty: 'Dit bestand is leeg.',
    document_owner_required: 'Zeg bij welke organisatie, vergadering of welk besluit dit document hoort.',
    document_library_category_required: 'Kies een categorie voor de kennisbank.',
  },
  en: {
    document_type_not_accepted:
      'This file is not a PDF, an Office document (Word, Excel, PowerPoint) or an image (PNG, JPEG, GIF, WebP). Only those can be stored.',
    document_name_mismatch:
      'The content of this file does not fit its name: it is a {detected} file, but the name ends in .{extension}.',
    document_empty: 'This file is empty.',
    document_owner_required: 'Say which organisation, meeting or decision this document belongs to.',
    document_library_category_required: 'Choose a category for the library.',
  },
});

const TYPE_WORDS: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint',
  'application/x-ole-storage': 'Office (oud formaat)',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/gif': 'GIF',
  'image/webp': 'WebP',
};

const invalid = (key: string, path: string, params?: Record<string, string>) =>
  new AppError('validation_failed', key, [{ path: [path], message: key }], params);

async function ownerExists(db: DbOrTx, networkId: string, kind: DocumentOwnerKind, ownerId: string): Promise<boolean> {
  const table = kind === 'organisation' ? organisation : kind === 'meeting' ? meeting : decision;
  const rows = await db
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.networkId, networkId), eq(table.id, ownerId)))
    .limit(1);
  return rows.length > 0;
}

/** The condition that limits rows to what the actor may read (null: everything). */
async function readableBy(db: DbOrTx, actor: Actor, networkId: string): Promise<SQL | null> {
  if (actorMay(actor, networkId, 'documents.manage')) return null;
  const roles = actor.roles.get(networkId) ?? [];
  const parts: SQL[] = [
    sql`(${document.ownerKind} = 'library' and ${document.visibleTo} && ${sql`${`{${roles.join(',')}}`}::text[]`})`,
  ];
  const personId = actor.persons.get(networkId);
  if (personId) {
    const [me] = await db
      .select({ organisationId: person.organisationId })
      .from(person)
      .where(and(eq(person.networkId, networkId), eq(person.id, personId)));
    if (me?.organisationId && roles.includes('employer'))
      parts.push(sql`(${document.ownerKind} = 'organisation' and ${document.ownerId} = ${me.organisationId})`);
  }
  if (actorMay(actor, networkId, 'governance.read')) parts.push(sql`${document.ownerKind} in ('meeting', 'decision')`);
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

function toRow(r: Omit<DocumentRow, 'createdAt'> & { createdAt: Date }): DocumentRow {
  return { ...r, createdAt: r.createdAt.toISOString() };
}

export async function uploadDocument(args: {
  db: Db;
  actor: Actor;
  networkId: string;
  query: UploadQuery;
  bytes: Buffer;
}): Promise<DocumentRow> {
  const { db, actor, networkId, query, bytes } = args;
  authorize(actor, 'documents.manage', networkId);
  const library = query.ownerKind === 'library';
  if (!library && !query.ownerId) throw invalid('document_owner_required', 'ownerId');
  if (library && !query.category) throw invalid('document_library_category_required', 'category');
  if (!library && query.ownerId && !(await ownerExists(db, networkId, query.ownerKind, query.ownerId)))
    throw new AppError('not_found');
  if (bytes.length === 0) throw invalid('document_empty', 'file');
  const mediaType = detectMediaType(bytes);
  if (!mediaType) throw invalid('document_type_not_accepted', 'file');
  if (!nameFitsType(query.fileName, mediaType)) {
    const dot = query.fileName.lastIndexOf('.');
    throw invalid('document_name_mismatch', 'fileName', {
      detected: TYPE_WORDS[mediaType] ?? mediaType,
      extension: dot < 0 ? '' : query.fileName.slice(dot + 1),
    });
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(document)
      .values({
        networkId,
        ownerKind: query.ownerKind,
        ownerId: library ? null : query.ownerId!,
        title: query.title,
        category: library ? query.category! : null,
        fileName: query.fileName,
        mediaType,
        size: bytes.length,
        sha256,
        content: bytes,
        visibleTo: library ? query.visibleTo : [],
        uploadedByPersonId: actor.persons.get(networkId) ?? null,
      })
      .returning({ id: document.id });
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'document.upload',
      recordType: 'document',
      recordId: inserted!.id,
      details: { fileName: query.fileName, size: bytes.length, sha256 },
    });
    const [row] = await tx
      .select(rowColumns)
      .from(document)
      .leftJoin(person, and(eq(person.networkId, document.networkId), eq(person.id, document.uploadedByPersonId)))
      .where(and(eq(document.networkId, networkId), eq(document.id, inserted!.id)));
    return toRow(row!);
  });
}

export async function listDocuments(args: {
  db: Db;
  actor: Actor;
  networkId: string;
  query: ListDocumentsQuery;
}): Promise<DocumentRow[]> {
  const { db, actor, networkId, query } = args;
  authorize(actor, 'documents.read', networkId);
  const conditions: (SQL | undefined)[] = [
    eq(document.networkId, networkId),
    eq(document.ownerKind, query.ownerKind),
    query.ownerKind === 'library' ? isNull(document.ownerId) : eq(document.ownerId, query.ownerId ?? sql`null`),
    (await readableBy(db, actor, networkId)) ?? undefined,
    query.category ? eq(document.category, query.category) : undefined,
    query.search
      ? searchCondition(sql`nr_fold(${document.title} || ' ' || ${document.fileName})`, query.search)
      : undefined,
  ];
  const column =
    query.sort === 'title' ? sql`lower(${document.title})` : query.sort === 'size' ? document.size : document.createdAt;
  const rows = await db
    .select(rowColumns)
    .from(document)
    .leftJoin(person, and(eq(person.networkId, document.networkId), eq(person.id, document.uploadedByPersonId)))
    .where(and(...conditions))
    .orderBy(query.direction === 'asc' ? asc(column) : desc(column), asc(document.id));
  return rows.map(toRow);
}

export async function getDocumentFile(args: {
  db: Db;
  actor: Actor;
  networkId: string;
  documentId: string;
}): Promise<{ fileName: string; mediaType: string; sha256: string; content: Buffer }> {
  const { db, actor, networkId, documentId } = args;
  authorize(actor, 'documents.read', networkId);
  const readable = await readableBy(db, actor, networkId);
  const [row] = await db
    .select({
      fileName: document.fileName,
      mediaType: document.mediaType,
      sha256: document.sha256,
      content: document.content,
    })
    .from(document)
    .where(and(eq(document.networkId, networkId), eq(document.id, documentId), readable ?? undefined));
  if (!row) throw new AppError('not_found');
  return row;
}

export async function deleteDocument(args: {
  db: Db;
  actor: Actor;
  networkId: string;
  documentId: string;
  version: number;
}): Promise<void> {
  const { db, actor, networkId, documentId, version } = args;
  authorize(actor, 'documents.manage', networkId);
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ version: document.version, fileName: document.fileName })
      .from(document)
      .where(and(eq(document.networkId, networkId), eq(document.id, documentId)))
      .for('update');
    if (!row) throw new AppError('not_found');
    if (row.version !== version) throw new AppError('stale_version');
    await tx.delete(document).where(and(eq(document.networkId, networkId), eq(document.id, documentId)));
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'document.delete',
      recordType: 'document',
      recordId: documentId,
      details: { fileName: row.fileName },
    });
  });
}
