// The zod pieces used on every candidate, opportunity and placement text input: trimmed, bounded, and never containing a
// number that passes the BSN eleven-test. Server routes and browser forms use the same schemas.
import { z } from 'zod';
import { BSN_REFUSAL_NL, findBsnLikeNumbers } from './bsn.js';

export function noBsn<T extends z.ZodType<string | null | undefined>>(schema: T) {
  return schema.superRefine((value, ctx) => {
    if (typeof value === 'string' && findBsnLikeNumbers(value).length > 0)
      ctx.addIssue({ code: 'custom', message: BSN_REFUSAL_NL, params: { reason: 'bsn' } });
  });
}

/** A required text without a BSN. */
export function safeText(max = 500) {
  return noBsn(z.string().trim().min(1).max(max));
}

/** An optional text without a BSN: empty strings become null. */
export function optionalSafeText(max = 2000) {
  return noBsn(
    z
      .string()
      .trim()
      .max(max)
      .nullish()
      .transform((v) => (v ? v : null)),
  );
}
