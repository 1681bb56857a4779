import { describe, expect, it } from 'vitest';
import { generateImportCsv } from '../demo/import-csv.js';
import {
  checkImportRows,
  decodeSpreadsheetText,
  importRowChecker,
  describeImportIssue,
  parseDelimited,
  parseDutchDate,
  distinctColumnValues,
  parseEuroCents,
  readImportValue,
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
  });
  it('reads euro amounts to whole cents exactly', () => {
    expect(parseEuroCents('€ 1.250,50')).toBe(125050);
    expect(parseEuroCents('250')).toBe(25000);
    expect(parseEuroCents('12,5')).toBe(1250);
    expect(parseEuroCents('0,1')).toBe(10);
    expect(parseEuroCents('€\u00a01.234,56')).toBe(123456); // Excel puts a no-break space after the euro sign
    expect(parseEuroCents('1.250')).toBe(125000); // a dot before three digits groups thousands
    expect(parseEuroCents('1.000.000,00')).toBe(100_000_000);
    expect(parseEuroCents('250.00')).toBe(25000); // a lone dot before two digits is a decimal point
    expect(parseEuroCents('1,250.50')).toBe(125050);
    expect(parseEuroCents('EUR 12,50')).toBe(1250);
    expect(parseEuroCents('€ -')).toBe(0); // Excel's accounting format for zero
    // 0.1 + 0.2 style errors cannot happen: every amount with two decimals up to a million comes back exactly.
    for (let cents = 0; cents <= 100_000_000; cents += 99_991) {
      const dutch = `${Math.floor(cents / 100).toLocaleString('nl-NL')},${String(cents % 100).padStart(2, '0')}`;
      expect(parseEuroCents(dutch), dutch).toBe(cents);
    }
    for (const bad of ['veel', '1,250', '12,505', '-5', '12,', ',5', '1.2.3', '1.000.000,01', '€'])
      expect(parseEuroCents(bad), bad).toBeNull();
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
      'contactName:contact_required',
    ]);
    expect(checked[2]!.issues).toEqual([{ field: 'kvkNumber', code: 'duplicate_in_file', value: '2' }]);
    expect(describeImportIssue('nl', checked[1]!.issues[1]!)).toBe('KvK-nummer ‘1234’ heeft geen 8 cijfers');
    expect(describeImportIssue('nl', checked[2]!.issues[0]!)).toBe('KvK-nummer staat ook al in rij 2');
    expect(describeImportIssue('en', checked[1]!.issues[0]!)).toBe('Name is required and missing');
    expect(describeImportIssue('nl', checked[1]!.issues[6]!)).toBe(
      'Contactpersoon ontbreekt: die is verplicht als de rij een e-mailadres, telefoonnummer of functie van een contactpersoon heeft',
    );
    expect(describeImportIssue('en', checked[1]!.issues[6]!)).toBe(
      "Contact person is missing: it is required when the row has a contact person's email address, phone number or job title",
    );
  });
});

describe('list columns: how the import reads their values, and what the user says unknown ones stand for', () => {
  const headers = ['Naam', 'Grootte', 'Soort', 'Regio'];
  const rows = [
    ['A', '10-49', 'werkgever', 'Regio Zwolle'],
    ['B', '100 of meer', 'Financier', 'regio zwolle'],
    ['C', 'flink', 'werkgever', 'Twente'],
    ['D', '', 'vereniging', 'Twente'],
  ];
  const mapping = suggestMapping(headers);

  it('reads employee bands as size classes, and other list values as their codes', () => {
    expect(readImportValue('sizeClass', '10-49')).toEqual({ value: 'small', how: 'band' });
    expect(readImportValue('sizeClass', '100 of meer')).toEqual({ value: 'medium', how: 'lower_bound' });
    expect(readImportValue('kind', 'Financier')).toEqual({ value: 'funder', how: 'name' });
    expect(readImportValue('labourMarketRegion', 'groot amsterdam')).toEqual({ value: 'Groot-Amsterdam', how: 'name' });
    expect(readImportValue('sector', 'g')).toEqual({ value: 'G', how: 'name' });
    expect(readImportValue('sizeClass', 'flink')).toBeNull();
    const checked = checkImportRows(rows, mapping);
    expect(checked.map((r) => r.value?.sizeClass ?? r.issues.map((i) => i.code).join())).toEqual([
      'small',
      'medium',
      'size_unknown',
      'kind_unknown',
    ]);
  });

  it('lists the distinct values of each column, but not of a column with many different values', () => {
    const values = distinctColumnValues(headers, rows, 3);
    expect(values[0]).toBeNull(); // four names: more than 3
    expect(values[1]).toEqual([
      { value: '10-49', rows: 1 },
      { value: '100 of meer', rows: 1 },
      { value: 'flink', rows: 1 },
    ]);
    expect(values[2]).toEqual([
      { value: 'werkgever', rows: 2 },
      { value: 'Financier', rows: 1 },
      { value: 'vereniging', rows: 1 },
    ]);
  });

  it('uses the value the user chose for an unknown value, or leaves the field empty when they chose so', () => {
    const checked = checkImportRows(rows, mapping, {
      sizeClass: { flink: 'medium' },
      kind: { vereniging: null },
    });
    expect(checked.map((r) => r.issues)).toEqual([[], [], [], []]);
    expect(checked.map((r) => [r.value!.sizeClass, r.value!.kind])).toEqual([
      ['small', 'employer'],
      ['medium', 'funder'],
      ['medium', 'employer'],
      [null, 'employer'],
    ]);
    // A choice that is no value of the list is still refused.
    expect(checkImportRows(rows, mapping, { sizeClass: { flink: 'reusachtig' } })[2]!.issues).toEqual([
      { field: 'sizeClass', code: 'size_unknown', value: 'reusachtig' },
    ]);
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
