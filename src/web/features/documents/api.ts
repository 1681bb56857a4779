// API calls of the documents feature. An upload sends the file's bytes as the body (application/octet-stream) with its name
// and owner in the query; a download is a plain link (the server serves it as an attachment).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, requestWithoutReply, toQuery, uploadFile, type Reply } from '../../shared/api-client.js';
import type { DocumentSort } from '../../../core/documents/document-rules.js';
import { documentRow, documentsPage } from '../../../core/documents/documents.contract.js';
import type { ExportFormat } from '../../../core/export-list.js';

export type OwnerKind = 'organisation' | 'meeting' | 'decision' | 'library';
/** A document as the server lists it (the documents contract, decision 018). */
export type DocumentItem = Reply<typeof documentRow>;
export type DocumentsParams = {
  ownerKind: OwnerKind;
  ownerId?: string;
  search?: string;
  category?: string;
  sort?: DocumentSort;
  order?: 'asc' | 'desc';
  page?: number;
  pageSize?: number;
};

const base = (networkId: string) => `/api/networks/${encodeURIComponent(networkId)}/documents`;

export function useDocuments(networkId: string, params: DocumentsParams) {
  return useQuery({
    queryKey: ['documents', networkId, params],
    queryFn: () => api.get(`${base(networkId)}${toQuery(params)}`, documentsPage),
    placeholderData: keepPreviousData,
  });
}

/** The export holds every match, so the page and its size stay out of the address. */
export const documentsExportUrl = (
  networkId: string,
  { page: _page, pageSize: _pageSize, ...params }: DocumentsParams,
  format: ExportFormat,
) => `${base(networkId)}${toQuery({ ...params, format })}`;
export const documentFileUrl = (networkId: string, id: string) => `${base(networkId)}/${encodeURIComponent(id)}/file`;

export type UploadInput = {
  file: File;
  title: string;
  ownerKind: OwnerKind;
  ownerId?: string;
  category?: string;
  visibleTo?: string;
};

function upload(networkId: string, input: UploadInput): Promise<DocumentItem> {
  const { file, ...rest } = input;
  // Empty choices are left out, as in any list query; a refused title or file name names its field (the query carries them).
  const query = Object.fromEntries(
    Object.entries({ ...rest, fileName: file.name }).filter(([, value]) => value !== ''),
  );
  return uploadFile(base(networkId), file, documentRow, { query });
}

export function useUploadDocument(networkId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: UploadInput) => upload(networkId, input),
    onSuccess: () => client.invalidateQueries({ queryKey: ['documents', networkId] }),
  });
}

export function useDeleteDocument(networkId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (d: { id: string; version: number }) =>
      requestWithoutReply('DELETE', `${base(networkId)}/${encodeURIComponent(d.id)}${toQuery({ version: d.version })}`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['documents', networkId] }),
  });
}
