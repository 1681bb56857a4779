import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { duplicateIdentifiers, exchangeFile } from './exchange-schema.js';
import { jsonSchemas } from './generate-json-schema.js';

describe('exchange format', () => {
  it('keeps the published JSON Schema files equal to the zod schemas', () => {
    const dir = path.resolve(import.meta.dirname, '../../../docs/exchange');
    for (const [name, schema] of Object.entries(jsonSchemas()))
      expect(JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'))).toEqual(schema);
  });

  it('rejects names, e-mail addresses and unknown fields in a job-seeker profile', () => {
    const result = exchangeFile.safeParse({
      format: 'netwerkregie-exchange',
      version: '1.0',
      kind: 'job_seekers',
      items: [{ identifier: 'K-1', consentOwnNetworkGivenOn: '2026-01-01', email: 'x@y.nl' }],
    });
    expect(result.success).toBe(false);
  });

  it('reports duplicate identifiers with the line they repeat', () => {
    expect(duplicateIdentifiers([{ identifier: 'a' }, { identifier: 'b' }, { identifier: 'a' }])).toEqual([
      { path: ['items', 2, 'identifier'], message: 'Kenmerk "a" staat ook al op regel 1.' },
    ]);
  });
});
