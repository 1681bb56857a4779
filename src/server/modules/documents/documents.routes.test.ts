// Documents through the real routes on a real database: a convenant uploaded and downloaded byte-identical (checksum,
// attachment and nosniff headers), content that is not what the name says refused, a file over the limit refused, another
// network's records invisible, reading by role (employer: own organisation and library items for its role; funder: only
// items for funders), bad input, the csv export and removal with the version.
import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BSN_REFUSAL_NL } from '../../../core/candidates/bsn.js';
import { setupInstallation } from '../../test/helpers.js';
import { createTestApp, writeHeaders, type TestApp } from '../../test/test-app.js';
import { signInAs } from '../../test/test-users.js';

let t: TestApp;
let cookie: string;
let networkId: string;
let otherNetwork: string;
let orgId: string;
let secondOrg: string;
let otherOrg: string;

const pdf = Buffer.concat([
  Buffer.from('%PDF-1.7\n% convenant\n'),
  Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 31) % 256)),
  Buffer.from('\n%%EOF\n'),
]);
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);
// The entry names of a zip are stored uncompressed in its local headers; that is what identifies an OOXML document.
const docx = Buffer.concat([
  Buffer.from([0x50, 0x4b, 0x03, 0x04]),
  Buffer.alloc(26),
  Buffer.from('[Content_Types].xml'),
  Buffer.alloc(40, 1),
  Buffer.from([0x50, 0x4b, 0x03, 0x04]),
  Buffer.alloc(26),
  Buffer.from('word/document.xml'),
]);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

function upload(query: Record<string, string>, bytes: Buffer, c = cookie, network = networkId) {
  return t.app.inject({
    method: 'POST',
    url: `/api/networks/${network}/documents?${new URLSearchParams(query).toString()}`,
    headers: { ...writeHeaders, cookie: c, 'content-type': 'application/octet-stream' },
    payload: bytes,
  });
}
const get = (url: string, c = cookie) => t.app.inject({ method: 'GET', url: `/api${url}`, headers: { cookie: c } });
const list = (query: Record<string, string>, c = cookie) =>
  get(`/networks/${networkId}/documents?${new URLSearchParams(query).toString()}`, c);
type Row = { id: string; title: string; sha256: string; size: number; version: number; mediaType: string };

beforeAll(async () => {
  t = await createTestApp();
  ({ cookie, networkId } = await setupInstallation(t.app));
  const other = await t.app.inject({
    method: 'POST',
    url: '/api/admin/networks',
    headers: { ...writeHeaders, cookie },
    payload: { name: 'Ander Netwerk' },
  });
  expect(other.statusCode, other.body).toBe(201);
  otherNetwork = other.json<{ id: string }>().id;
  const q = await t.database.pool.query<{ id: string; name: string }>(
    `insert into organisation (network_id, kind, name) values ($1, 'employer', 'Bakkerij Jansen'),
       ($1, 'employer', 'Garage De Boer'), ($2, 'employer', 'Elders BV') returning id, name`,
    [networkId, otherNetwork],
  );
  orgId = q.rows.find((r) => r.name === 'Bakkerij Jansen')!.id;
  secondOrg = q.rows.find((r) => r.name === 'Garage De Boer')!.id;
  otherOrg = q.rows.find((r) => r.name === 'Elders BV')!.id;
}, 60_000);

afterAll(async () => {
  await t?.close();
});

describe('documents', () => {
  it('stores a convenant and serves it back byte-identical, as an attachment that is never sniffed', async () => {
    const res = await upload(
      { ownerKind: 'organisation', ownerId: orgId, title: 'Convenant 2026', fileName: 'Convenant Bakkerij – 2026.pdf' },
      pdf,
    );
    expect(res.statusCode, res.body).toBe(201);
    const row = res.json<Row>();
    expect(row).toMatchObject({ mediaType: 'application/pdf', size: pdf.length, sha256: sha(pdf), version: 1 });
    const file = await get(`/networks/${networkId}/documents/${row.id}/file`);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(pdf)).toBe(true);
    expect(sha(file.rawPayload)).toBe(row.sha256);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(file.headers['content-disposition']).toBe(
      `attachment; filename="Convenant Bakkerij _ 2026.pdf"; filename*=UTF-8''Convenant%20Bakkerij%20%E2%80%93%202026.pdf`,
    );
    const items = (await list({ ownerKind: 'organisation', ownerId: orgId })).json<{ items: Row[] }>().items;
    expect(items.map((i) => i.title)).toEqual(['Convenant 2026']);
    // An Office document is recognised by its content too.
    const word = await upload(
      { ownerKind: 'organisation', ownerId: orgId, title: 'Intentieverklaring', fileName: 'intentie.docx' },
      docx,
    );
    expect(word.statusCode, word.body).toBe(201);
    expect(word.json<Row>().mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it('refuses content that is not what its name says, and content of another kind altogether', async () => {
    const base = { ownerKind: 'organisation', ownerId: orgId, title: 'Nep' };
    const disguised = await upload({ ...base, fileName: 'convenant.pdf' }, png);
    expect(disguised.statusCode).toBe(422);
    expect(disguised.json<{ message: string }>().message).toBe(
      'De inhoud van dit bestand past niet bij de naam: het is een PNG-bestand, maar de naam eindigt op .pdf.',
    );
    const script = await upload({ ...base, fileName: 'convenant.pdf' }, Buffer.from('<html><script>alert(1)</script>'));
    expect(script.statusCode).toBe(422);
    expect(script.json<{ message: string }>().message).toMatch(/geen PDF, Office-document/);
    const zip = await upload({ ...base, fileName: 'archief.docx' }, Buffer.from('PK\x03\x04 just a zip'));
    expect(zip.statusCode).toBe(422);
    const empty = await upload({ ...base, fileName: 'leeg.pdf' }, Buffer.alloc(0));
    expect(empty.statusCode).toBe(422);
    const items = (await list({ ownerKind: 'organisation', ownerId: orgId })).json<{ items: Row[] }>().items;
    expect(items.some((i) => i.title === 'Nep')).toBe(false);
  });

  it('refuses a BSN in the title or file name, and text files (which could hold one) altogether (decision 013)', async () => {
    const base = { ownerKind: 'organisation', ownerId: orgId, fileName: 'convenant.pdf', title: 'Convenant' };
    const inTitle = await upload({ ...base, title: 'Verklaring BSN 1234.56.782' }, pdf);
    expect(inTitle.statusCode).toBe(422);
    expect(inTitle.json<{ issues: unknown[] }>().issues).toContainEqual({
      path: ['querystring', 'title'],
      message: BSN_REFUSAL_NL,
    });
    const inName = await upload({ ...base, fileName: 'bsn 123456782.pdf' }, pdf);
    expect(inName.statusCode).toBe(422);
    expect(inName.json<{ issues: unknown[] }>().issues).toContainEqual({
      path: ['querystring', 'fileName'],
      message: BSN_REFUSAL_NL,
    });
    // A text or CSV file is not one of the accepted kinds, so a BSN in its lines is never stored either.
    const csv = await upload(
      { ...base, fileName: 'deelnemers.csv', title: 'Deelnemers' },
      Buffer.from('code;bsn\nK-001;123456782\n'),
    );
    expect(csv.statusCode).toBe(422);
    expect(csv.json<{ message: string }>().message).toMatch(/geen PDF, Office-document/);
    const items = (await list({ ownerKind: 'organisation', ownerId: orgId })).json<{ items: Row[] }>().items;
    expect(items.some((i) => /BSN|bsn|Deelnemers/.test(i.title))).toBe(false);
  });

  it('refuses a file over 10 MB with 413 and stores nothing', async () => {
    const big = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(10 * 1024 * 1024)]);
    const res = await upload(
      { ownerKind: 'organisation', ownerId: orgId, title: 'Te groot', fileName: 'groot.pdf' },
      big,
    );
    expect(res.statusCode).toBe(413);
    expect(res.json<{ code: string; message: string }>()).toMatchObject({ code: 'payload_too_large' });
    const { rows } = await t.database.pool.query(`select 1 from document where title = 'Te groot'`);
    expect(rows).toHaveLength(0);
  });

  it('keeps networks apart', async () => {
    const foreignOwner = await upload(
      { ownerKind: 'organisation', ownerId: otherOrg, title: 'Elders', fileName: 'elders.pdf' },
      pdf,
    );
    expect(foreignOwner.statusCode).toBe(404);
    const { rows } = await t.database.pool.query<{ id: string }>(
      `insert into document (network_id, owner_kind, owner_id, title, file_name, media_type, size, sha256, content)
       values ($1, 'organisation', $2, 'Geheim', 'geheim.pdf', 'application/pdf', 4, 'x', '\\x25504446') returning id`,
      [otherNetwork, otherOrg],
    );
    expect((await get(`/networks/${networkId}/documents/${rows[0]!.id}/file`)).statusCode).toBe(404);
    const listed = await list({ ownerKind: 'organisation', ownerId: otherOrg });
    expect(listed.json<{ items: Row[] }>().items).toEqual([]);
  });

  it('lets each role read only what is meant for it', async () => {
    await upload(
      { ownerKind: 'organisation', ownerId: secondOrg, title: 'Convenant Garage', fileName: 'garage.pdf' },
      pdf,
    );
    const forMembers = await upload(
      {
        ownerKind: 'library',
        title: 'Wet banenafspraak uitgelegd',
        category: 'legislation',
        visibleTo: 'employer,core_group',
        fileName: 'banenafspraak.pdf',
      },
      pdf,
    );
    expect(forMembers.statusCode, forMembers.body).toBe(201);
    const forFunders = await upload(
      {
        ownerKind: 'library',
        title: 'Jaarcijfers',
        category: 'template',
        visibleTo: 'funder',
        fileName: 'cijfers.png',
      },
      png,
    );
    expect(forFunders.statusCode, forFunders.body).toBe(201);

    const employer = await signInAs(t.app, cookie, {
      networkId,
      role: 'employer',
      name: 'Eva Werkgever',
      email: 'eva@example.nl',
      organisationId: orgId,
    });
    const own = (await list({ ownerKind: 'organisation', ownerId: orgId }, employer)).json<{ items: Row[] }>().items;
    expect(own.map((i) => i.title).sort()).toEqual(['Convenant 2026', 'Intentieverklaring']);
    const garage = await list({ ownerKind: 'organisation', ownerId: secondOrg }, employer);
    expect(garage.json<{ items: Row[] }>().items).toEqual([]);
    const garageId = (await list({ ownerKind: 'organisation', ownerId: secondOrg })).json<{ items: Row[] }>().items[0]!
      .id;
    expect((await get(`/networks/${networkId}/documents/${garageId}/file`, employer)).statusCode).toBe(404);
    const library = (await list({ ownerKind: 'library' }, employer)).json<{ items: Row[] }>().items;
    expect(library.map((i) => i.title)).toEqual(['Wet banenafspraak uitgelegd']);
    const write = await upload(
      { ownerKind: 'organisation', ownerId: orgId, title: 'Zelf', fileName: 'zelf.pdf' },
      pdf,
      employer,
    );
    expect(write.statusCode).toBe(403);

    const funder = await signInAs(t.app, cookie, {
      networkId,
      role: 'funder',
      name: 'Frank Fonds',
      email: 'frank@example.nl',
    });
    const funderLibrary = (await list({ ownerKind: 'library' }, funder)).json<{ items: Row[] }>().items;
    expect(funderLibrary.map((i) => i.title)).toEqual(['Jaarcijfers']);
    expect((await list({ ownerKind: 'organisation', ownerId: orgId }, funder)).json<{ items: Row[] }>().items).toEqual(
      [],
    );
    const funderFile = await get(`/networks/${networkId}/documents/${funderLibrary[0]!.id}/file`, funder);
    expect(funderFile.statusCode).toBe(200);
    expect(funderFile.headers['content-type']).toBe('image/png');
    expect(funderFile.rawPayload.equals(png)).toBe(true);
  }, 60_000);

  it('searches, filters by category, exports csv', async () => {
    const found = (await list({ ownerKind: 'library', search: 'banenafspraak' })).json<{ items: Row[] }>().items;
    expect(found.map((i) => i.title)).toEqual(['Wet banenafspraak uitgelegd']);
    const templates = (await list({ ownerKind: 'library', category: 'template' })).json<{ items: Row[] }>().items;
    expect(templates.map((i) => i.title)).toEqual(['Jaarcijfers']);
    const sorted = (await list({ ownerKind: 'library', sort: 'title', order: 'asc' })).json<{ items: Row[] }>().items;
    expect(sorted.map((i) => i.title)).toEqual(['Jaarcijfers', 'Wet banenafspraak uitgelegd']);
    const csv = await list({ ownerKind: 'library', format: 'csv', sort: 'title', order: 'asc' });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.body).toContain('Titel;Categorie;Bestand');
    expect(csv.body).toContain('Jaarcijfers;Sjablonen;cijfers.png');
  });

  it('refuses bad input and removes a document only with its current version', async () => {
    const noOwner = await upload({ ownerKind: 'organisation', title: 'X', fileName: 'x.pdf' }, pdf);
    expect(noOwner.statusCode).toBe(422);
    const noCategory = await upload({ ownerKind: 'library', title: 'X', fileName: 'x.pdf' }, pdf);
    expect(noCategory.statusCode).toBe(422);
    const badKind = await upload({ ownerKind: 'cupboard', title: 'X', fileName: 'x.pdf' }, pdf);
    expect(badKind.statusCode).toBe(422);
    const noTitle = await upload({ ownerKind: 'organisation', ownerId: orgId, title: '', fileName: 'x.pdf' }, pdf);
    expect(noTitle.statusCode).toBe(422);

    const row = (
      await upload({ ownerKind: 'organisation', ownerId: orgId, title: 'Weg ermee', fileName: 'weg.pdf' }, pdf)
    ).json<Row>();
    const del = (version: number) =>
      t.app.inject({
        method: 'DELETE',
        url: `/api/networks/${networkId}/documents/${row.id}?version=${version}`,
        headers: { ...writeHeaders, cookie },
      });
    expect((await del(2)).statusCode).toBe(409);
    expect((await del(1)).statusCode).toBe(204);
    expect((await get(`/networks/${networkId}/documents/${row.id}/file`)).statusCode).toBe(404);
    expect((await del(1)).statusCode).toBe(404);
  });
});

describe('an organisation’s documents as a list: search, sort, order, pages and the export', () => {
  let listOrg: string;
  const ofList = (query: Record<string, string>) => list({ ownerKind: 'organisation', ownerId: listOrg, ...query });
  const titlesOf = async (query: Record<string, string>) =>
    (await ofList(query)).json<{ items: Row[] }>().items.map((i) => i.title);
  const padded = (extra: number) => Buffer.concat([pdf, Buffer.alloc(extra, 32)]);
  const parseCsv = (body: string) =>
    Papa.parse<Record<string, string>>(body.replace(/^\uFEFF/, ''), {
      header: true,
      delimiter: ';',
      skipEmptyLines: true,
    }).data;

  beforeAll(async () => {
    const q = await t.database.pool.query<{ id: string }>(
      `insert into organisation (network_id, kind, name) values ($1, 'employer', 'Zorggroep Oost') returning id`,
      [networkId],
    );
    listOrg = q.rows[0]!.id;
    for (const [title, fileName, extra] of [
      ['Convenant Zorggroep', 'convenant.pdf', 300],
      ['Aanmelding werkplek', 'aanmelding.pdf', 100],
      ['Begeleidingsplan werkplek', 'plan.pdf', 200],
    ] as const) {
      const res = await upload({ ownerKind: 'organisation', ownerId: listOrg, title, fileName }, padded(extra));
      expect(res.statusCode, res.body).toBe(201);
    }
  });

  it('searches title and file name, and sorts by title, size or upload time in either order', async () => {
    expect(await titlesOf({ search: 'werkplek', sort: 'title', order: 'asc' })).toEqual([
      'Aanmelding werkplek',
      'Begeleidingsplan werkplek',
    ]);
    expect(await titlesOf({ search: 'convenant.pdf' })).toEqual(['Convenant Zorggroep']);
    expect(await titlesOf({ sort: 'title', order: 'desc' })).toEqual([
      'Convenant Zorggroep',
      'Begeleidingsplan werkplek',
      'Aanmelding werkplek',
    ]);
    expect(await titlesOf({ sort: 'size', order: 'asc' })).toEqual([
      'Aanmelding werkplek',
      'Begeleidingsplan werkplek',
      'Convenant Zorggroep',
    ]);
    expect(await titlesOf({ sort: 'createdAt', order: 'asc' })).toEqual([
      'Convenant Zorggroep',
      'Aanmelding werkplek',
      'Begeleidingsplan werkplek',
    ]);
    expect((await ofList({ sort: 'fileName' })).statusCode).toBe(422);
    expect((await ofList({ order: 'up' })).statusCode).toBe(422);
  });

  it('gives one page at a time with the count of all matches', async () => {
    const first = (await ofList({ sort: 'title', order: 'asc', pageSize: '2' })).json();
    expect(first).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(first.items.map((i: Row) => i.title)).toEqual(['Aanmelding werkplek', 'Begeleidingsplan werkplek']);
    expect(await titlesOf({ sort: 'title', order: 'asc', pageSize: '2', page: '2' })).toEqual(['Convenant Zorggroep']);
  });

  it('exports every match in the order asked as CSV and XLSX, with titles and file names but never a BSN', async () => {
    // A BSN is refused at upload (decision 013), so no export can carry one.
    const refused = await upload(
      { ownerKind: 'organisation', ownerId: listOrg, title: 'Werkplek BSN 123456782', fileName: 'x.pdf' },
      pdf,
    );
    expect(refused.statusCode).toBe(422);
    const csv = await ofList({ format: 'csv', sort: 'size', order: 'desc', pageSize: '1', page: '2' });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-disposition']).toContain('documenten.csv');
    const rows = parseCsv(csv.body);
    expect(Object.keys(rows[0]!)).toEqual([
      'Titel',
      'Categorie',
      'Bestand',
      'Grootte (bytes)',
      'Geüpload door',
      'Geüpload op',
    ]);
    expect(rows.map((r) => r.Titel)).toEqual([
      'Convenant Zorggroep',
      'Begeleidingsplan werkplek',
      'Aanmelding werkplek',
    ]);
    expect(rows[0]).toMatchObject({ Bestand: 'convenant.pdf', 'Grootte (bytes)': String(pdf.length + 300) });
    expect(csv.body).not.toMatch(/123456782|BSN/);
    expect(
      parseCsv((await ofList({ format: 'csv', search: 'werkplek' })).body)
        .map((r) => r.Titel)
        .sort(),
    ).toEqual(['Aanmelding werkplek', 'Begeleidingsplan werkplek']);

    const xlsx = await t.app.inject({
      method: 'GET',
      url: `/api/networks/${networkId}/documents?ownerKind=organisation&ownerId=${listOrg}&format=xlsx&sort=title&order=asc`,
      headers: { cookie, 'accept-language': 'en' },
    });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain('documents.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Title',
      'Category',
      'File',
      'Size (bytes)',
      'Uploaded by',
      'Uploaded at',
    ]);
    const values = sheet.getSheetValues().slice(2) as unknown[][];
    expect(values.map((v) => v[1])).toEqual([
      'Aanmelding werkplek',
      'Begeleidingsplan werkplek',
      'Convenant Zorggroep',
    ]);
    expect(values[0]![4]).toBe(pdf.length + 100);
  });
});
