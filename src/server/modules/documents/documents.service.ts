// Documents: upload (type detected from the content, the name's extension must fit it, sha256 kept), the list per owner, the
// download and removal (with the row's version). Who reads what: whoever manages documents reads all; others read the library
// items marked for one of their roles, their own organisation's membership documents, and — with governance.read — the
// documents of meetings and decisions. A document the actor may not read is "not found", never "forbidden".
import { createHash } from 'node:crypto';
import { detectMediaType, nameFitsType } from '../../../core/documents/document-rules.js';
import { actorMay, authorize, type Actor } from '../../platform/access.js';
import { writeAudit } from '../../platform/audit.js';
import type { Db, DbOrTx } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { registerErrorMessages } from '../../platform/messages.js';
import type { DocumentRow, ListDocumentsQuery, UploadQuery } from '../../../core/documents/documents.contract.js';
import {
  deleteDocumentRow,
  documentOwnerExists,
  findDocumentFile,
  findDocumentRow,
  findReaderOrganisationId,
  insertDocument,
  listDocumentRows,
  lockDocument,
  type DocumentReadScope,
} from './documents.repository.js';

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

/** What the actor may read: everything (documents.manage) or a scope the repository turns into a condition. */
async function readScopeOf(db: DbOrTx, actor: Actor, networkId: string): Promise<DocumentReadScope> {
  if (actorMay(actor, networkId, 'documents.manage')) return { all: true };
  const roles = actor.roles.get(networkId) ?? [];
  let organisationId: string | null = null;
  const personId = actor.persons.get(networkId);
  if (personId) {
    const mine = await findReaderOrganisationId(db, networkId, personId);
    if (mine && roles.includes('employer')) organisationId = mine;
  }
  return { all: false, roles, organisationId, governance: actorMay(actor, networkId, 'governance.read') };
}

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
  if (!library && query.ownerId && !(await documentOwnerExists(db, networkId, query.ownerKind, query.ownerId)))
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
    const insertedId = await insertDocument(tx, {
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
    });
    await writeAudit(tx, {
      actor,
      networkId,
      action: 'document.upload',
      recordType: 'document',
      recordId: insertedId,
      details: { fileName: query.fileName, size: bytes.length, sha256 },
    });
    const row = await findDocumentRow(tx, networkId, insertedId);
    return toRow(row!);
  });
}

export async function listDocuments(args: {
  db: Db;
  actor: Actor;
  networkId: string;
  query: ListDocumentsQuery;
  /** Every match rather than one page (for an export). */
  all?: boolean;
}): Promise<{ items: DocumentRow[]; total: number; page: number; pageSize: number }> {
  const { db, actor, networkId, query, all = false } = args;
  authorize(actor, 'documents.read', networkId);
  const { rows, total } = await listDocumentRows(db, networkId, query, await readScopeOf(db, actor, networkId), all);
  return { items: rows.map(toRow), total, page: query.page, pageSize: query.pageSize };
}

export async function getDocumentFile(args: {
  db: Db;
  actor: Actor;
  networkId: string;
  documentId: string;
}): Promise<{ fileName: string; mediaType: string; sha256: string; content: Buffer }> {
  const { db, actor, networkId, documentId } = args;
  authorize(actor, 'documents.read', networkId);
  const row = await findDocumentFile(db, networkId, documentId, await readScopeOf(db, actor, networkId));
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
    const row = await lockDocument(tx, networkId, documentId);
    if (!row) throw new AppError('not_found');
    if (row.version !== version) throw new AppError('stale_version');
    await deleteDocumentRow(tx, networkId, documentId);
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
