// Documents: what may be stored (PDF, Office documents, images), recognised by their content's first bytes rather than by
// their name; the owners and library categories; and the list as exported. Pure.
import { defineList, type CodeLabels } from '../export-list.js';

export const DOCUMENT_OWNER_KINDS = ['organisation', 'meeting', 'decision', 'library'] as const;
export type DocumentOwnerKind = (typeof DOCUMENT_OWNER_KINDS)[number];

export const LIBRARY_CATEGORIES = ['legislation', 'good_practice', 'template'] as const;
export type LibraryCategory = (typeof LIBRARY_CATEGORIES)[number];

/**
 * The orders of a documents list (the contract's `sort` enum), as the web's sort control offers them. They live here
 * rather than in the contract because the contract reads this file's kinds and categories.
 */
export const DOCUMENT_SORTS = ['createdAt', 'title', 'size'] as const;
export type DocumentSort = (typeof DOCUMENT_SORTS)[number];

/** 10 MB: larger files are refused before they are read whole. */
export const DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;

export const categoryLabels = {
  legislation: { nl: 'Wetgeving', en: 'Legislation' },
  good_practice: { nl: 'Goede voorbeelden', en: 'Good practice' },
  template: { nl: 'Sjablonen', en: 'Templates' },
} satisfies CodeLabels;

/** The media types accepted, with the file name extensions that fit each. */
export const ACCEPTED_TYPES = {
  'application/pdf': ['pdf'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['pptx'],
  'application/x-ole-storage': ['doc', 'xls', 'ppt'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/gif': ['gif'],
  'image/webp': ['webp'],
} as const satisfies Record<string, readonly string[]>;
export type AcceptedMediaType = keyof typeof ACCEPTED_TYPES;

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b);

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

function contains(bytes: Uint8Array, text: string): boolean {
  const needle = ascii(text);
  for (let i = 0; i + needle.length <= bytes.length; i++) {
    if (bytes[i] === needle[0] && startsWith(bytes, needle, i)) return true;
  }
  return false;
}

/**
 * The media type the content is, or null when it is none of the accepted ones. An OOXML document is a zip whose entry names
 * (stored uncompressed in the zip's headers) include `[Content_Types].xml` and the part folder of its kind.
 */
export function detectMediaType(bytes: Uint8Array): AcceptedMediaType | null {
  if (startsWith(bytes, ascii('%PDF-'))) return 'application/pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'application/x-ole-storage';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && contains(bytes, '[Content_Types].xml')) {
    if (contains(bytes, 'word/')) return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    if (contains(bytes, 'xl/')) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    if (contains(bytes, 'ppt/')) return 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
  }
  return null;
}

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/** Does the name's extension fit the detected content? */
export function nameFitsType(fileName: string, mediaType: AcceptedMediaType): boolean {
  return (ACCEPTED_TYPES[mediaType] as readonly string[]).includes(extensionOf(fileName));
}

export const documentsList = defineList<
  {
    title: string;
    category: string | null;
    fileName: string;
    size: number;
    uploadedByName: string | null;
    createdAt: string;
  },
  DocumentSort
>({
  fileName: { nl: 'documenten', en: 'documents' },
  sheetName: { nl: 'Documenten', en: 'Documents' },
  columns: [
    { label: { nl: 'Titel', en: 'Title' }, kind: 'text', sortKey: 'title', value: (r) => r.title },
    { label: { nl: 'Categorie', en: 'Category' }, kind: 'code', labels: categoryLabels, value: (r) => r.category },
    { label: { nl: 'Bestand', en: 'File' }, kind: 'text', value: (r) => r.fileName },
    { label: { nl: 'Grootte (bytes)', en: 'Size (bytes)' }, kind: 'integer', sortKey: 'size', value: (r) => r.size },
    { label: { nl: 'Geüpload door', en: 'Uploaded by' }, kind: 'text', value: (r) => r.uploadedByName },
    {
      label: { nl: 'Geüpload op', en: 'Uploaded at' },
      kind: 'datetime',
      sortKey: 'createdAt',
      value: (r) => r.createdAt,
    },
  ],
});
