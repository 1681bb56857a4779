// Fetch wrapper for the Netwerkregie API: JSON in and out, same-origin cookies, the current language, the CSRF header,
// and one error type (ApiError) that carries the server's `{ code, message, issues }`.
import type { z } from 'zod';
import { ApiError, checkReply, type ApiIssue, type Reply } from './api-reply.js';
import { currentLanguage } from '../app/i18n/i18n.js';

export { ApiError, badReplyCode, checkReply, type ApiIssue, type Reply } from './api-reply.js';

/** Code used when the server could not be reached at all. */
export const networkErrorCode = 'network_error';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function readIssues(value: unknown): ApiIssue[] {
  if (!Array.isArray(value)) return [];
  const issues: ApiIssue[] = [];
  for (const item of value) {
    if (!isRecord(item) || typeof item.message !== 'string') continue;
    const path = Array.isArray(item.path) ? item.path.map((segment) => String(segment)) : [];
    issues.push({ path, message: item.message });
  }
  return issues;
}

async function toApiError(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (isRecord(body) && typeof body.code === 'string') {
    const message = typeof body.message === 'string' ? body.message : body.code;
    return new ApiError(response.status, body.code, message, readIssues(body.issues));
  }
  return new ApiError(response.status, `http_${response.status}`, response.statusText || `HTTP ${response.status}`);
}

/** What a request carries: JSON (a value), or a file's own bytes (decision 022). */
type Payload = { json: unknown } | { bytes: Blob };

/** Sends a request and returns its parsed body, unchecked; only the checked requests below may use it. */
async function send(method: Method, path: string, payload?: Payload, signal?: AbortSignal): Promise<unknown> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': currentLanguage(),
    'x-requested-with': 'netwerkregie',
  };
  const init: RequestInit = { method, headers, credentials: 'same-origin' };
  if (signal) init.signal = signal;
  if (payload && 'bytes' in payload) {
    headers['Content-Type'] = 'application/octet-stream';
    init.body = payload.bytes;
  } else if (payload && payload.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(payload.json);
  }
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (cause) {
    // An aborted upload stays an AbortError, so the caller can tell it from a lost connection.
    if (signal?.aborted) throw cause;
    throw new ApiError(0, networkErrorCode, cause instanceof Error ? cause.message : 'Network error');
  }
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined;
  // A 202 may carry a body (the id of a started import job) or not; an empty one reads as undefined.
  const text = await response.text();
  return text ? (JSON.parse(text) as unknown) : undefined;
}

/** A request whose reply is checked against its contract schema and typed by it. */
export async function contractRequest<Schema extends z.ZodType>(
  method: Method,
  path: string,
  schema: Schema,
  body?: unknown,
): Promise<Reply<Schema>> {
  const value = await send(method, path, { json: body });
  return checkReply(schema, value, `${method} ${path.split('?')[0]}`);
}

/** A request whose reply carries no body (204, or 202 whose body no caller needs). */
export async function requestWithoutReply(method: Method, path: string, body?: unknown): Promise<void> {
  await send(method, path, { json: body });
}

export type UploadOptions = {
  /** The choices that go with the file, in the query string: text as it is, anything else as JSON; undefined is left out. */
  query?: Record<string, unknown>;
  signal?: AbortSignal;
};

/**
 * Uploads a file as its own bytes (application/octet-stream, decision 022), the choices in the query string, and checks
 * the reply against its contract schema. Refusals (400, 413, 422) are the same ApiError as any other request's.
 */
export async function uploadFile<Schema extends z.ZodType>(
  path: string,
  file: Blob,
  schema: Schema,
  { query = {}, signal }: UploadOptions = {},
): Promise<Reply<Schema>> {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined) search.set(key, typeof value === 'string' ? value : JSON.stringify(value));
  const text = search.toString();
  const value = await send('POST', text ? `${path}?${text}` : path, { bytes: file }, signal);
  return checkReply(schema, value, `POST ${path}`);
}

// Every reply is typed and checked by its contract's schema (decision 018); there is no unchecked form.
function get<Schema extends z.ZodType>(path: string, schema: Schema): Promise<Reply<Schema>> {
  return contractRequest('GET', path, schema);
}

function post<Schema extends z.ZodType>(path: string, body: unknown, schema: Schema): Promise<Reply<Schema>> {
  return contractRequest('POST', path, schema, body ?? {});
}

function patch<Schema extends z.ZodType>(path: string, body: unknown, schema: Schema): Promise<Reply<Schema>> {
  return contractRequest('PATCH', path, schema, body ?? {});
}

function put<Schema extends z.ZodType>(path: string, body: unknown, schema: Schema): Promise<Reply<Schema>> {
  return contractRequest('PUT', path, schema, body);
}

export const api = { get, post, patch, put };

/** Builds a query string from defined, non-empty values. */
export function toQuery(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === '') continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
