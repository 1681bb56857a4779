// API calls of the documents feature. An upload sends the file's bytes as the body (application/octet-stream) with its name
// and owner in the query; a download is a plain link (the server serves it as an attachment).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, checkReply, requestWithoutReply, toQuery, type Reply } from '../../app/api-client.js';
import { documentRow, documents } from '../../../core/documents/documents.contract.js';
import { currentLanguage } from '../../app/i18n/i18n.js';

export type OwnerKind = 'organisation' | 'meeting' | 'decision' | 'library';
/** A document as the server lists it (the documents contract, decision 018). */
export type DocumentItem = Reply<typeof documentRow>;
export type DocumentsParams = {
  ownerKind: OwnerKind;
  ownerId?: string;
  search?: string;
  category?: string;
  sort?: 'title' | 'createdAt' | 'size';
  direction?: 'asc' | 'desc';
};

const base = (networkId: string) => `/api/networks/${encodeURIComponent(networkId)}/documents`;

export function useDocuments(networkId: string, params: DocumentsParams) {
  return useQuery({
    queryKey: ['documents', networkId, params],
    queryFn: () => api.get(`${base(networkId)}${toQuery(params)}`, documents),
    placeholderData: keepPreviousData,
  });
}

export const documentsExportUrl = (networkId: string, params: DocumentsParams, format: 'csv' | 'xlsx' = 'csv') =>
  `${base(networkId)}${toQuery({ ...params, format })}`;
export const documentFileUrl = (networkId: string, id: string) => `${base(networkId)}/${encodeURIComponent(id)}/file`;

export type UploadInput = {
  file: File;
  title: string;
  ownerKind: OwnerKind;
  ownerId?: string;
  category?: string;
  visibleTo?: string;
};

async function upload(networkId: string, input: UploadInput): Promise<DocumentItem> {
  const { file, ...rest } = input;
  const response = await fetch(`${base(networkId)}${toQuery({ ...rest, fileName: file.name })}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      Accept: 'application/json',
      'Accept-Language': currentLanguage(),
      'x-requested-with': 'netwerkregie',
      'Content-Type': 'application/octet-stream',
    },
    body: file,
  });
  const body = (await response.json().catch(() => null)) as {
    code?: string;
    message?: string;
    issues?: { path?: unknown[]; message: string }[];
  } | null;
  if (!response.ok)
    throw new ApiError(
      response.status,
      body?.code ?? `http_${response.status}`,
      body?.message ?? response.statusText,
      // The refusal of a BSN in the title or file name names that field (the query string carries them).
      (body?.issues ?? []).map((i) => ({ path: (i.path ?? []).map(String), message: i.message })),
    );
  return checkReply(documentRow, body, 'POST documents');
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
