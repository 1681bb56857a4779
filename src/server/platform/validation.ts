// The one validator for every route: the route's zod schema, and for request bodies the BSN scan of decision 013, which
// refuses a number passing the eleven-test in any string of the body (at any depth, in any field, also in fields added later)
// with the same Dutch message on that field. The query string of a state-changing request is scanned the same way: it can be
// stored too (the document upload sends its title and file name there, beside the raw bytes). A search (GET) is not refused.
// Both sets of issues come back together in one 422.
import type { FastifySchemaCompiler, FastifySchemaValidationError } from 'fastify';
import type { ZodType } from 'zod';
import { safeParse } from 'zod/v4/core';
import { BSN_REFUSAL_NL } from '../../core/candidates/bsn.js';
import { findBsnInValue } from '../../core/privacy/no-bsn.js';

const ZodFastifySchemaValidationErrorSymbol = Symbol.for('ZodFastifySchemaValidationError');

type FastifyValidationIssue = FastifySchemaValidationError & { message: string };

function issueOf(path: PropertyKey[], code: string, message: string, params: Record<string, unknown>) {
  const joined = path.map(String).join('/');
  return {
    [ZodFastifySchemaValidationErrorSymbol]: true,
    keyword: code,
    instancePath: `/${joined}`,
    schemaPath: `#/${joined}/${code}`,
    message,
    params,
  } as FastifyValidationIssue;
}

export const validatorCompiler: FastifySchemaCompiler<ZodType> =
  ({ schema, httpPart, method }) =>
  (data) => {
    const result = safeParse(schema, data);
    const issues: FastifyValidationIssue[] = (result.error?.issues ?? []).map((i) => {
      const { path, code, message, ...rest } = i;
      return issueOf(path, code, message, rest);
    });
    const methods = [method].flat().map((m) => String(m).toUpperCase());
    const stored =
      httpPart === 'body' || (httpPart === 'querystring' && methods.some((m) => m !== 'GET' && m !== 'HEAD'));
    if (stored) {
      for (const finding of findBsnInValue(data)) {
        const at = `/${finding.path.map(String).join('/')}`;
        if (issues.some((i) => i.instancePath === at && i.message === BSN_REFUSAL_NL)) continue;
        issues.push(issueOf(finding.path, 'custom', BSN_REFUSAL_NL, { reason: 'bsn' }));
      }
    }
    if (issues.length > 0) return { error: issues };
    return { value: result.data };
  };
