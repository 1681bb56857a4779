import { z } from 'zod';
import { DOCUMENT_OWNER_KINDS, DOCUMENT_SORTS, LIBRARY_CATEGORIES } from './document-rules.js';
import { EXPORT_FORMATS } from '../export-list.js';

export const documentParams = z.object({ networkId: z.uuid(), documentId: z.uuid() });

const ownerQuery = {
  ownerKind: z.enum(DOCUMENT_OWNER_KINDS),
  /** The organisation, meeting or decision; absent for the library. */
  ownerId: z.uuid().optional(),
};

export const uploadQuery = z.object({
  ...ownerQuery,
  title: z.string().trim().min(1).max(200),
  fileName: z.string().trim().min(1).max(255),
  category: z.enum(LIBRARY_CATEGORIES).optional(),
  /** Library only: the roles that may read it, comma separated (coordinator and backoffice always may). */
  visibleTo: z
    .string()
    .max(500)
    .optional()
    .transform((v) =>
      v
        ? v
            .split(',')
            .map((r) => r.trim())
            .filter(Boolean)
        : [],
    ),
});
export type UploadQuery = z.output<typeof uploadQuery>;

export const listDocumentsQuery = z.object({
  ...ownerQuery,
  search: z.string().trim().max(200).optional(),
  category: z.enum(LIBRARY_CATEGORIES).optional(),
  sort: z.enum(DOCUMENT_SORTS).default('createdAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
  /** Paging applies to the screen; an export (`format`) holds every matching document. */
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
  format: z.enum(EXPORT_FORMATS).optional(),
});
export type ListDocumentsQuery = z.output<typeof listDocumentsQuery>;

export const documentRow = z.object({
  id: z.string(),
  ownerKind: z.string(),
  ownerId: z.string().nullable(),
  title: z.string(),
  category: z.string().nullable(),
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number(),
  sha256: z.string(),
  visibleTo: z.array(z.string()),
  uploadedByName: z.string().nullable(),
  createdAt: z.string(),
  version: z.number(),
});
export type DocumentRow = z.infer<typeof documentRow>;

export const deleteQuery = z.object({ version: z.coerce.number().int().positive() });

export const documents = z.object({ items: z.array(documentRow) });
export const documentsPage = z.object({
  items: z.array(documentRow),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
