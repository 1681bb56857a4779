// The organisation import with a file as Dutch Excel saves it ("CSV (gescheiden door lijstscheidingsteken)"): Windows-1252
// (é and ë in names, the euro sign as byte 0x80), `;` separated, CRLF line ends, company sizes as employee bands and amounts
// with a decimal comma. The contributions are read back through the API the organisation page uses, and their total is
// compared with the sum of the file's amounts.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { membership, membershipYear, organisation } from '../../platform/db/schema.js';
import { importRequest, setupInstallation } from '../../test/helpers.js';
import { createTestApp, writeHeaders, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let admin: string;
let networkId: string;
const headers = () => ({ ...writeHeaders, cookie: admin });
const year = Number(new Date().toISOString().slice(0, 4)); // the server's "today" is the UTC date

/** Text → Windows-1252 bytes, as Excel writes them; throws on a character Windows-1252 does not have. */
function windows1252(text: string): Buffer {
  const high: Record<string, number> = { '€': 0x80, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 };
  return Buffer.from(
    [...text].map((ch) => {
      const code = ch.codePointAt(0)!;
      if (high[ch] !== undefined) return high[ch];
      if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
      throw new Error(`not in Windows-1252: ${ch}`);
    }),
  );
}

const header = ['Bedrijfsnaam', 'KvK-nummer', 'Grootte', 'Plaats', 'Contactpersoon', 'E-mail', 'Lid sinds', 'Bijdrage'];
// name, KvK, size as the administration writes it, the size class it is, the amount as written, the amount in cents.
const members: [string, string, string, string, string, number | null][] = [
  ['Café De Zwaan', '30000001', '1-9', 'micro', '€ 1.250,50', 125_050],
  ['Bakkerij Hélène', '30000002', '10-49', 'small', '250', 25_000],
  ['Coöperatie Eëndracht', '30000003', '50-249', 'medium', '12,5', 1_250],
  ['Zoë Zorg BV', '30000004', '250+', 'large', '€ 2.500,00', 250_000],
  ['Garage Noël', '30000005', '0', 'micro', '€ 75,25', 7_525],
  ['Brasserie Ariëns', '30000006', '2-4', 'micro', '1.000', 100_000],
  ['Hôtel Één', '30000007', '5-9', 'micro', '99,99', 9_999],
  ['Metaalwerk Rënsink', '30000008', '100 of meer', 'medium', '€ 12.345,67', 1_234_567],
  ['Kapsalon Anaïs', '30000009', '1 tot 10', 'micro', '0,10', 10],
  ['Drukkerij Pérez', '30000010', 'meer dan 250', 'large', '€ 3.000', 300_000],
  ['Schildersbedrijf Daniëls', '30000011', '10 - 49 werknemers', 'small', '', null],
];
const fileSum = members.reduce((sum, m) => sum + (m[5] ?? 0), 0);

function excelCsv(rows: string[][]): Buffer {
  const text = [header, ...rows].map((r) => r.join(';')).join('\r\n') + '\r\n';
  return windows1252(text);
}
const rowsOf = (list: typeof members) =>
  list.map(([name, kvk, size, , amount], i) => [
    name,
    kvk,
    size,
    'Zwolle',
    `Contact ${i + 1}`,
    `contact${i + 1}@voorbeeld.example`,
    '01-03-2024',
    amount,
  ]);

beforeAll(async () => {
  t = await createTestApp();
  const setup = await setupInstallation(t.app);
  admin = setup.cookie;
  networkId = setup.networkId;
});
afterAll(async () => t?.close());

async function preview(content: Buffer) {
  const res = await t.app.inject(
    importRequest(`/api/networks/${networkId}/organisations/import/preview`, headers(), {
      fileName: 'leden-export.csv',
      content: content,
    }),
  );
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{
    headers: string[];
    mapping: Record<string, number | null>;
    sample: string[][];
    columnValues: ({ value: string; rows: number }[] | null)[];
  }>();
}

async function run(content: Buffer, body: Record<string, unknown>) {
  const res = await t.app.inject(
    importRequest(`/api/networks/${networkId}/organisations/import`, headers(), {
      fileName: 'leden-export.csv',
      content: content,
      ...body,
    }),
  );
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Record<string, unknown> & { rows: { rowNumber: number; messages: string[] }[] }>();
}

async function storedCounts() {
  const db = t.database.db;
  return {
    organisations: await db.$count(organisation, eq(organisation.networkId, networkId)),
    memberships: await db.$count(membership, eq(membership.networkId, networkId)),
    years: await db.$count(membershipYear, eq(membershipYear.networkId, networkId)),
  };
}

describe('importing a Dutch Excel CSV (Windows-1252, ;, CRLF, employee bands, decimal commas)', () => {
  it('all or nothing: one bad row writes no organisation, membership or contribution', async () => {
    const before = await storedCounts();
    const rows = rowsOf(members);
    rows[5]![7] = '1,250'; // three decimals: no whole cents
    const content = excelCsv(rows);
    const { mapping } = await preview(content);
    const report = await run(content, { mapping, mode: 'all_or_nothing' });
    expect(report).toMatchObject({ invalid: 1, written: 0, contributionsWritten: 0 });
    expect(report.rows).toEqual([
      {
        rowNumber: 7,
        messages: ['Bijdrage ‘1,250’ is geen bedrag in hele centen (bijvoorbeeld 250,00 of € 1.250,50)'],
      },
    ]);
    expect(await storedCounts()).toEqual(before);
  });

  it('stores every contribution for the membership year; the organisation page reads back the sum of the file', async () => {
    const content = excelCsv(rowsOf(members));
    const shown = await preview(content);
    expect(shown.sample[0]).toEqual([
      'Café De Zwaan',
      '30000001',
      '1-9',
      'Zwolle',
      'Contact 1',
      'contact1@voorbeeld.example',
      '01-03-2024',
      '€ 1.250,50',
    ]);
    expect(shown.mapping).toMatchObject({ name: 0, kvkNumber: 1, sizeClass: 2, contributionEuros: 7 });
    // The preview lists the size column's values, so the screen can show how each band is read.
    expect(shown.columnValues[2]!.map((v) => v.value).sort()).toEqual(members.map((m) => m[2]).sort());

    const dry = await run(content, { mapping: shown.mapping, mode: 'dry_run' });
    expect(dry).toMatchObject({ total: members.length, valid: members.length, invalid: 0, written: 0 });

    const report = await run(content, { mapping: shown.mapping, mode: 'all_or_nothing' });
    const paying = members.filter((m) => m[5] !== null).length;
    expect(report).toMatchObject({
      invalid: 0,
      written: members.length,
      contributionsWritten: paying,
      summary: `Alle ${members.length} rijen zijn in orde. ${members.length} organisaties opgeslagen, met ${paying} bijdragen voor ${year}.`,
    });

    // Read back as the screens do: the list, then each organisation's page with its membership years.
    const list = await t.app.inject({
      method: 'GET',
      url: `/api/networks/${networkId}/organisations?pageSize=200`,
      headers: { cookie: admin },
    });
    expect(list.statusCode, list.body).toBe(200);
    const items = list.json<{ items: { id: string; name: string }[] }>().items;
    expect(items.map((i) => i.name).sort()).toEqual(members.map((m) => m[0]).sort());
    let total = 0;
    for (const item of items) {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/networks/${networkId}/organisations/${item.id}`,
        headers: { cookie: admin },
      });
      expect(res.statusCode, res.body).toBe(200);
      const detail = res.json<{
        sizeClass: string | null;
        membership: { status: string; joinedOn: string | null; years: { year: number; contributionCents: number }[] };
      }>();
      const expected = members.find((m) => m[0] === item.name)!;
      expect(detail.sizeClass, `${item.name}: ${expected[2]}`).toBe(expected[3]);
      // No status chosen: the admission step, where the kerngroep decides.
      expect(detail.membership.status).toBe('applied');
      expect(detail.membership.joinedOn).toBe('2024-03-01');
      if (expected[5] === null) expect(detail.membership.years).toEqual([]);
      else expect(detail.membership.years).toMatchObject([{ year, contributionCents: expected[5] }]);
      for (const y of detail.membership.years) total += y.contributionCents;
    }
    expect(total).toBe(fileSum);
    expect(fileSum).toBe(2_053_401); // € 20.534,01: the amounts above, added by hand

    // The memberships list of that year (the bookkeeper's export) shows the same total.
    const yearList = await t.app.inject({
      method: 'GET',
      url: `/api/networks/${networkId}/memberships?year=${year}`,
      headers: { cookie: admin },
    });
    expect(yearList.statusCode, yearList.body).toBe(200);
    const rows = yearList.json<{ items: { contributionCents: number | null }[] }>().items;
    expect(rows.reduce((sum, r) => sum + (r.contributionCents ?? 0), 0)).toBe(fileSum);
  });

  it('a column with unknown values: the user maps them or the rows stay empty there; the chosen status and year hold', async () => {
    const list: typeof members = [
      ['Tuinderij Sëbastiaan', '30000021', 'flink', 'medium', '€ 500,00', 50_000],
      ['Loonbedrijf Maës', '30000022', 'eenmanszaak', 'micro', '40', 4_000],
    ];
    const content = excelCsv(rowsOf(list));
    const { mapping } = await preview(content);
    const refused = await run(content, { mapping, mode: 'dry_run' });
    expect(refused.rows.map((r) => r.messages[0])).toEqual([
      'Grootte ‘flink’ is onbekend (micro, klein, middelgroot, groot, of een aantal werknemers zoals 10-49)',
      'Grootte ‘eenmanszaak’ is onbekend (micro, klein, middelgroot, groot, of een aantal werknemers zoals 10-49)',
    ]);
    const report = await run(content, {
      mapping,
      mode: 'all_or_nothing',
      values: { sizeClass: { flink: 'medium', eenmanszaak: 'micro' } },
      membershipStatus: 'active',
      contributionYear: 2025,
    });
    expect(report).toMatchObject({ written: 2, contributionsWritten: 2 });
    const stored = await t.database.db
      .select({
        sizeClass: organisation.sizeClass,
        status: membership.status,
        year: membershipYear.year,
        cents: membershipYear.contributionCents,
      })
      .from(organisation)
      .innerJoin(
        membership,
        and(eq(membership.networkId, organisation.networkId), eq(membership.organisationId, organisation.id)),
      )
      .innerJoin(
        membershipYear,
        and(eq(membershipYear.networkId, membership.networkId), eq(membershipYear.membershipId, membership.id)),
      )
      .where(and(eq(organisation.networkId, networkId), eq(organisation.kvkNumber, '30000021')));
    expect(stored).toEqual([{ sizeClass: 'medium', status: 'active', year: 2025, cents: 50_000 }]);
  });
});
