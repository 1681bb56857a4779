import { describe, expect, it } from 'vitest';
import { generateImportCsv } from '../demo/import-csv.js';
import {
  checkImportRows,
  decodeSpreadsheetText,
  importRowChecker,
  describeImportIssue,
  parseDelimited,
  parseDutchDate,
  parseDutchDecimal,
  suggestMapping,
} from './import-rows.js';

describe('reading what Dutch Excel writes', () => {
  it('decodes UTF-8 with a BOM and Windows-1252', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Café;Zoë')]);
    expect(decodeSpreadsheetText(bom)).toBe('Café;Zoë');
    // "Café" in Windows-1252: é is 0xE9, which is not valid UTF-8 on its own.
    expect(decodeSpreadsheetText(new Uint8Array([0x43, 0x61, 0x66, 0xe9]))).toBe('Café');
    // Windows-1252's euro sign (0x80) and curly quote (0x92).
    expect(decodeSpreadsheetText(new Uint8Array([0x80, 0x20, 0x92]))).toBe('€ ’');
  });
  it('splits on the separator the header uses, with quoted fields', () => {
    expect(parseDelimited('Naam;Plaats\r\n"Jansen; zonen";Zwolle\r\n\r\n')).toEqual({
      headers: ['Naam', 'Plaats'],
      rows: [['Jansen; zonen', 'Zwolle']],
    });
    expect(parseDelimited('Naam,Plaats\nA,B').rows).toEqual([['A', 'B']]);
  });
  it('reads dd-mm-jjjj dates and comma decimals', () => {
    expect(parseDutchDate('05-03-2024')).toBe('2024-03-05');
    expect(parseDutchDate('5-3-2024')).toBe('2024-03-05');
    expect(parseDutchDate('2024-03-05')).toBe('2024-03-05');
    expect(parseDutchDate('31-02-2024')).toBeNull();
    expect(parseDutchDate('03/2024')).toBeNull();
    expect(parseDutchDecimal('1.234,50')).toBe(1234.5);
    expect(parseDutchDecimal('€ 250')).toBe(250);
    expect(parseDutchDecimal('250,5')).toBe(250.5);
    expect(parseDutchDecimal('1.000')).toBe(1000);
    expect(parseDutchDecimal('veel')).toBeNull();
  });
});

describe('checking rows', () => {
  const headers = [
    'Organisatie',
    'KvK-nummer',
    'Postcode',
    'Plaats',
    'Contactpersoon',
    'E-mail',
    'Lid sinds',
    'Bijdrage',
  ];
  const mapping = suggestMapping(headers);

  it('suggests a mapping from Dutch headers', () => {
    expect(mapping).toMatchObject({ name: 0, kvkNumber: 1, postcode: 2, city: 3, contactName: 4, contactEmail: 5 });
    expect(mapping.memberSince).toBe(6);
    expect(mapping.website).toBeNull();
  });

  it('turns good rows into organisations and names the field of each problem with the spreadsheet row number', () => {
    const checked = checkImportRows(
      [
        [
          'Bakkerij Jansen',
          '12345678',
          '8011ab',
          'Zwolle',
          'Bram Jansen',
          'Bram@Jansen.example',
          '01-02-2025',
          '250,00',
        ],
        ['', '1234', '0000 AA', 'Zwolle', '', 'geen-mail', '31-02-2025', 'veel'],
        ['Tweede Jansen', '12345678', '', '', '', '', '', ''],
      ],
      mapping,
    );
    expect(checked[0]).toMatchObject({
      rowNumber: 2,
      issues: [],
      value: {
        name: 'Bakkerij Jansen',
        kind: 'employer',
        kvkNumber: '12345678',
        postcode: '8011 AB',
        memberSince: '2025-02-01',
        contributionCents: 25000,
        contact: { name: 'Bram Jansen', email: 'bram@jansen.example' },
      },
    });
    expect(checked[1]!.rowNumber).toBe(3);
    expect(checked[1]!.value).toBeNull();
    expect(checked[1]!.issues.map((i) => `${i.field}:${i.code}`)).toEqual([
      'name:required',
      'kvkNumber:kvk_invalid',
      'postcode:postcode_invalid',
      'memberSince:date_invalid',
      'contributionEuros:number_invalid',
      'contactEmail:email_invalid',
      'contactName:required',
    ]);
    expect(checked[2]!.issues).toEqual([{ field: 'kvkNumber', code: 'duplicate_in_file', value: '2' }]);
    expect(describeImportIssue('nl', checked[1]!.issues[1]!)).toBe('KvK-nummer ‘1234’ heeft geen 8 cijfers');
    expect(describeImportIssue('nl', checked[2]!.issues[0]!)).toBe('KvK-nummer staat ook al in rij 2');
    expect(describeImportIssue('en', checked[1]!.issues[0]!)).toBe('Name is required and missing');
  });
});

describe('no BSN in any cell (decision 013)', () => {
  it('refuses a row with a BSN in a mapped or an unmapped cell, without repeating the number', () => {
    const { headers, rows } = parseDelimited(
      'Naam;KvK;Opmerking\nBakkerij 1234.56.782;12345678;\nSmederij;87654321;klant 123456782\nDrukkerij;11223344;order 123456789\n',
    );
    const checked = checkImportRows(rows, suggestMapping(headers));
    expect(checked[0]!.value).toBeNull();
    expect(checked[0]!.issues).toEqual([{ field: 'name', code: 'bsn', value: '1' }]);
    expect(checked[1]!.issues).toEqual([{ field: null, code: 'bsn', value: '3' }]);
    expect(checked[2]!.issues).toEqual([]);
    const nl = describeImportIssue('nl', checked[1]!.issues[0]!);
    expect(nl).toMatch(/^Kolom 3: Dit veld bevat een getal van 9 cijfers/);
    expect(nl).not.toContain('123456782');
    expect(describeImportIssue('nl', checked[0]!.issues[0]!)).toMatch(/^Naam: /);
  });
});

describe('checking a large file in chunks', () => {
  it('gives the same rows as checking it at once, duplicates across chunks included', () => {
    const csv = generateImportCsv({ rows: 300, seed: 3, badRows: new Set([10, 250]) });
    const { headers, rows } = parseDelimited(csv);
    // Row 280 repeats the KvK number of row 20: only a checker that remembers earlier chunks sees it.
    const copy = rows.map((r) => [...r]);
    copy[280]![2] = copy[20]![2]!;
    const mapping = suggestMapping(headers);
    const atOnce = checkImportRows(copy, mapping);
    const check = importRowChecker(mapping);
    const chunked = [0, 100, 200].flatMap((start) =>
      copy.slice(start, start + 100).map((cells, i) => check(cells, start + i + 2)),
    );
    expect(chunked).toEqual(atOnce);
    expect(atOnce.filter((r) => r.value === null).map((r) => [r.rowNumber, r.issues[0]!.code])).toEqual([
      [12, 'kvk_invalid'],
      [252, 'kvk_invalid'],
      [282, 'duplicate_in_file'],
    ]);
    expect(atOnce[280]!.issues[0]!.value).toBe('22');
  });
});
