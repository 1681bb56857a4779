// The organisation import on files larger than one chunk (5,000 rows): counts, the bounded report, all-or-nothing rolling
// back chunks it had already written when a bad row turns up late in the file, and the 32 MB body limit that only someone
// who may import can use.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateImportCsv } from '../../../core/demo/import-csv.js';
import { auditEntry, membership, organisation, person } from '../../platform/db/schema.js';
import { importRequest, setupInstallation } from '../../test/helpers.js';
import { createTestApp, writeHeaders, type TestApp } from '../../test/test-app.js';
import { IMPORT_CHUNK_ROWS } from './import-bulk.js';

let t: TestApp;
let admin: string;
let networkId: string;
const ROWS = IMPORT_CHUNK_ROWS + 1500;

const headers = (cookie: string) => ({ ...writeHeaders, cookie });
const utf8 = (text: string) => Buffer.from(text, 'utf8');

beforeAll(async () => {
  t = await createTestApp();
  const setup = await setupInstallation(t.app);
  admin = setup.cookie;
  networkId = setup.networkId;
});
afterAll(async () => t?.close());

async function counts() {
  const db = t.database.db;
  return {
    organisations: await db.$count(organisation, eq(organisation.networkId, networkId)),
    memberships: await db.$count(membership, eq(membership.networkId, networkId)),
    contacts: await db.$count(person, eq(person.networkId, networkId)),
  };
}

async function runImport(content: Buffer, mode: string, cookie = admin) {
  const url = `/api/networks/${networkId}/organisations/import`;
  const preview = await t.app.inject(
    importRequest(`${url}/preview`, headers(cookie), { fileName: 'organisaties.csv', content: content }),
  );
  expect(preview.statusCode, preview.body).toBe(200);
  return t.app.inject(
    importRequest(url, headers(cookie), {
      fileName: 'organisaties.csv',
      content,
      mapping: preview.json().mapping,
      mode,
    }),
  );
}

describe('bulk organisation import', () => {
  it(`all or nothing over ${ROWS} rows: one bad row in the last chunk undoes the chunks already written`, async () => {
    const before = await counts();
    const bad = ROWS - 5; // spreadsheet row ROWS - 3
    const content = utf8(generateImportCsv({ rows: ROWS, seed: 7, badRows: new Set([bad]) }));
    expect(content.length).toBeGreaterThan(1_000_000); // above the old limit of the base64 field

    const strict = await runImport(content, 'all_or_nothing');
    expect(strict.statusCode, strict.body).toBe(200);
    expect(strict.json()).toMatchObject({ total: ROWS, valid: ROWS - 1, invalid: 1, written: 0, contactsWritten: 0 });
    expect(strict.json().rows).toEqual([
      { rowNumber: bad + 2, messages: [expect.stringMatching(/^KvK-nummer ‘\d{7}’ heeft geen 8 cijfers$/)] },
    ]);
    expect(strict.json().rowsOmitted).toBe(0);
    expect(strict.json().summary).toBe(`1 van de ${ROWS} rijen heeft fouten (rij ${bad + 2}). Er is niets opgeslagen.`);
    expect(await counts()).toEqual(before);
  });

  it('writes every row of a clean file, with memberships and contacts, and one audit entry; a second run finds them all', async () => {
    const before = await counts();
    const csv = generateImportCsv({ rows: ROWS, seed: 8 });
    const lines = csv.trimEnd().split('\r\n').slice(1);
    // Employers are members; so is any organisation that pays a contribution (the last column).
    const members = lines.filter((line) => line.split(';')[1] === 'werkgever' || line.split(';')[15] !== '').length;
    const paying = lines.filter((line) => line.split(';')[15] !== '').length;
    const year = new Date().toISOString().slice(0, 4); // the server's today is the UTC date
    const content = utf8(csv);

    const dry = await runImport(content, 'dry_run');
    expect(dry.json()).toMatchObject({ total: ROWS, valid: ROWS, invalid: 0, written: 0 });
    expect(await counts()).toEqual(before);

    const res = await runImport(content, 'all_or_nothing');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      total: ROWS,
      valid: ROWS,
      invalid: 0,
      written: ROWS,
      contactsWritten: ROWS,
      contributionsWritten: paying,
    });
    expect(res.json().summary).toBe(
      `Alle ${ROWS} rijen zijn in orde. ${ROWS} organisaties opgeslagen, met ${paying} bijdragen voor ${year}.`,
    );
    expect(await counts()).toEqual({
      organisations: before.organisations + ROWS,
      memberships: before.memberships + members,
      contacts: before.contacts + ROWS,
    });
    const [stored] = await t.database.db
      .select({
        postcode: organisation.postcode,
        website: organisation.website,
        region: organisation.labourMarketRegion,
      })
      .from(organisation)
      .where(and(eq(organisation.networkId, networkId), eq(organisation.name, csv.split('\r\n')[1]!.split(';')[0]!)));
    expect(stored?.postcode).toMatch(/^\d{4} [A-Z]{2}$/);
    expect(stored?.website).toMatch(/^https:\/\/www\./);
    expect(stored?.region).toBeTruthy();
    const audits = await t.database.db
      .select({ details: auditEntry.details })
      .from(auditEntry)
      .where(and(eq(auditEntry.networkId, networkId), eq(auditEntry.action, 'organisation.import')));
    expect(audits.map((a) => a.details)).toEqual([
      {
        file: 'organisaties.csv',
        mode: 'all_or_nothing',
        membershipStatus: 'applied',
        organisations: ROWS,
        contacts: ROWS,
        contributions: paying,
      },
    ]);

    // The same file again: every KvK number is now in the network. The report is bounded; the counts are complete.
    const again = await runImport(content, 'valid_only');
    expect(again.json()).toMatchObject({ total: ROWS, valid: 0, invalid: ROWS, written: 0, rowsOmitted: ROWS - 1000 });
    expect(again.json().rows).toHaveLength(1000);
    expect(again.json().rows[0].messages[0]).toMatch(/^KvK-nummer ‘\d{8}’ staat al in het netwerk$/);
    expect(again.json().summary).toMatch(new RegExp(`^${ROWS} van de ${ROWS} rijen hebben fouten \\(rijen 2, 3, `));
  });

  it('reads a large body only for someone who may import', async () => {
    const content = utf8(generateImportCsv({ rows: 3000, seed: 9 }));
    const url = `/api/networks/${networkId}/organisations/import/preview`;
    const anonymous = await t.app.inject(importRequest(url, writeHeaders, { fileName: 'organisaties.csv', content }));
    expect(anonymous.statusCode).toBe(401);
    const elsewhere = await t.app.inject(
      importRequest(`/api/networks/${crypto.randomUUID()}/organisations/import/preview`, headers(admin), {
        fileName: 'organisaties.csv',
        content: content,
      }),
    );
    expect([403, 404]).toContain(elsewhere.statusCode);
    const tooLarge = await t.app.inject(
      importRequest(url, headers(admin), { fileName: 'organisaties.csv', content: Buffer.alloc(33 * 2 ** 20, 'A') }),
    );
    expect(tooLarge.statusCode).toBe(413);
  });
});
