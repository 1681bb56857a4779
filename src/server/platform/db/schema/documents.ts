// Documents: files on a member organisation (convenant, intentieverklaring), a meeting or a decision, and the network's
// knowledge library (legislation, good practice, templates). The bytes live in PostgreSQL (bytea) so that backup and restore
// carry them; the media type is detected from the content, never taken from the name, and a sha256 checksum is kept.
import { customType, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { network } from './network.js';

const bytea = customType<{ data: Buffer; driverData: Buffer }>({
  dataType: () => 'bytea',
});

export const document = pgTable(
  'document',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    /** organisation | meeting | decision | library (core/documents/document-rules.ts). */
    ownerKind: text('owner_kind').notNull(),
    /** The organisation, meeting or decision; null for a library item. */
    ownerId: uuid('owner_id'),
    title: text('title').notNull(),
    /** Library only: legislation | good_practice | template. */
    category: text('category'),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    /** Library only: the roles that may read it (coordinator and backoffice always may). */
    visibleTo: text('visible_to').array().notNull().default([]),
    uploadedByPersonId: uuid('uploaded_by_person_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.id] }),
    index('document_owner_idx').on(t.networkId, t.ownerKind, t.ownerId),
  ],
);
