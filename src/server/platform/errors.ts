// One error shape for the whole API. Services throw AppError with a code from a closed set; the error handler maps codes to
// HTTP statuses through an exhaustive map and replies `{ code, message, issues? }` in the request's language.

export const ERROR_CODES = [
  'validation_failed',
  'bad_request',
  'invalid_token',
  'unauthenticated',
  'invalid_credentials',
  'forbidden',
  'csrf_failed',
  'not_found',
  'conflict',
  'stale_version',
  'setup_done',
  'rate_limited',
  'payload_too_large',
  'unavailable',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const HTTP_STATUS: Record<ErrorCode, number> = {
  validation_failed: 422,
  bad_request: 400,
  invalid_token: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  conflict: 409,
  stale_version: 409,
  setup_done: 409,
  rate_limited: 429,
  payload_too_large: 413,
  /** The server is stopping (a restart): the request may be sent again in a moment, to this server or another. */
  unavailable: 503,
  internal: 500,
};

export interface ErrorIssue {
  path: (string | number)[];
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** A message key in the server catalog (errors.<key>) or a literal Dutch sentence for one-off cases. */
    message?: string,
    readonly issues?: ErrorIssue[],
    readonly params: Record<string, string | number> = {},
  ) {
    super(message ?? code);
    this.name = 'AppError';
  }
}

export function notFound(): AppError {
  return new AppError('not_found');
}
