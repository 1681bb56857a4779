// Fetch wrapper for the Netwerkregie API: JSON in and out, same-origin cookies, the current language, the CSRF header,
// and one error type (ApiError) that carries the server's `{ code, message, issues }`.
import { currentLanguage } from './i18n/i18n.js';

export type ApiIssue = { path: string[]; message: string };

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly issues: ApiIssue[];

  constructor(status: number, code: string, message: string, issues: ApiIssue[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.issues = issues;
  }
}

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

export async function apiRequest<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': currentLanguage(),
    'x-requested-with': 'netwerkregie',
  };
  const init: RequestInit = { method, headers, credentials: 'same-origin' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (cause) {
    throw new ApiError(0, networkErrorCode, cause instanceof Error ? cause.message : 'Network error');
  }
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204 || response.status === 202) {
    // 202 replies may carry a body or not; neither is needed by the callers.
    return undefined as T;
  }
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string) => apiRequest<T>('GET', path),
  post: <T>(path: string, body?: unknown) => apiRequest<T>('POST', path, body ?? {}),
  patch: <T>(path: string, body?: unknown) => apiRequest<T>('PATCH', path, body ?? {}),
};

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
