// Writes docs/exchange/*.schema.json from the zod schemas: `npx tsx src/core/exchange/generate-json-schema.ts`.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { exchangeFile, jobSeekerProfile, vacancy } from './exchange-schema.js';

export function jsonSchemas(): Record<string, unknown> {
  const base = 'https://netwerkregie.nl/schemas/exchange/1.0';
  return {
    'exchange-file.schema.json': {
      $id: `${base}/exchange-file.schema.json`,
      ...z.toJSONSchema(exchangeFile, { io: 'input' }),
    },
    'job-seeker.schema.json': {
      $id: `${base}/job-seeker.schema.json`,
      ...z.toJSONSchema(jobSeekerProfile, { io: 'input' }),
    },
    'vacancy.schema.json': { $id: `${base}/vacancy.schema.json`, ...z.toJSONSchema(vacancy, { io: 'input' }) },
  };
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const dir = path.resolve(import.meta.dirname, '../../../docs/exchange');
  for (const [name, schema] of Object.entries(jsonSchemas()))
    fs.writeFileSync(path.join(dir, name), `${JSON.stringify(schema, null, 2)}\n`);
}
