// The error type of the API client and the check of replies against their contracts (decision 018). Pure: no fetch, no
// DOM, so unit tests can run it.
import { z } from 'zod';

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

/** Code used when a reply does not fit the domain's contract (src/core/<domain>/*.contract.ts, decision 018). */
export const badReplyCode = 'bad_reply';

/** What the browser receives for a reply schema: the wire form (instants as ISO text). */
export type Reply<Schema extends z.ZodType> = z.input<Schema>;

/**
 * Checks a reply against its contract. A reply that does not fit is an error naming the first field that is wrong, so
 * drift between server and browser shows at once instead of as a blank cell somewhere. The reply is returned as it came
 * (its wire form); the check only decodes it to see that it fits.
 */
export function checkReply<Schema extends z.ZodType>(schema: Schema, value: unknown, path: string): Reply<Schema> {
  const result = z.safeDecode(schema, value as z.input<Schema>);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue && issue.path.length > 0 ? issue.path.join('.') : '(reply)';
    throw new ApiError(
      200,
      badReplyCode,
      `Reply of ${path} does not fit its contract at ${field}: ${issue?.message ?? ''}`,
    );
  }
  return value as Reply<Schema>;
}
