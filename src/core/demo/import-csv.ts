// A made-up spreadsheet of Dutch organisations with contact persons, as a member administration would export it from Excel
// (semicolons, Dutch headers, dd-mm-jjjj dates, "1.250,00" amounts). Deterministic from a seed: the import benchmark and the
// bulk-import tests read the same file every run. Names, towns and sectors come from the demo generator's word lists.
import { FIRST_NAMES, JOB_TITLES, LAST_NAMES, REGIONS, SECTORS, STREETS } from './demo-word-lists.js';
import { createPrng } from './prng.js';

export const IMPORT_CSV_HEADERS = [
  'Naam',
  'Soort',
  'KvK-nummer',
  'Sector',
  'Grootte',
  'Adres',
  'Postcode',
  'Plaats',
  'Arbeidsmarktregio',
  'Website',
  'Contactpersoon',
  'E-mail',
  'Telefoon',
  'Functie',
  'Lid sinds',
  'Bijdrage',
] as const;

const KINDS = ['werkgever', 'werkgever', 'werkgever', 'werkgever', 'werkgever', 'werkgever', 'partner', 'onderwijs'];
const SIZES = ['micro', 'klein', 'middel', 'groot'];

export interface ImportCsvOptions {
  rows: number;
  seed: number;
  /** KvK numbers the file must not use (those already in the target network), so every row is importable. */
  avoidKvk?: ReadonlySet<string>;
  /** 0-based row indexes to spoil (a KvK number of 7 digits), for tests of the report and of all-or-nothing. */
  badRows?: ReadonlySet<number>;
}

function cell(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** The file as text: a header line and `rows` data lines, CRLF line ends like Excel writes. */
export function generateImportCsv(options: ImportCsvOptions): string {
  const rng = createPrng(options.seed);
  const lines: string[] = [IMPORT_CSV_HEADERS.join(';')];
  const usedKvk = new Set<string>(options.avoidKvk);
  for (let i = 0; i < options.rows; i++) {
    const sector = rng.pick(SECTORS);
    const region = rng.pick(REGIONS);
    const town = rng.pick(region.towns);
    const [prefix, base] = rng.pick(LAST_NAMES);
    const family = prefix === '' ? base : `${prefix[0]!.toUpperCase()}${prefix.slice(1)} ${base}`;
    // The row number keeps 100,000 names unique without retries.
    const name = `${rng
      .pick(sector.patterns)
      .replace('{N2}', base)
      .replace('{N}', family)
      .replace('{W}', rng.pick(sector.words))
      .replace('{T}', town.name)} ${i + 1}`;
    let kvk: string;
    do kvk = String(rng.int(10_000_000, 99_999_999));
    while (usedKvk.has(kvk));
    usedKvk.add(kvk);
    const postcodeLetters = () => {
      let letters: string;
      do letters = String.fromCharCode(65 + rng.int(0, 25), 65 + rng.int(0, 25));
      while (letters === 'SA' || letters === 'SD' || letters === 'SS');
      return letters;
    };
    const first = rng.pick(FIRST_NAMES);
    const [cPrefix, cBase] = rng.pick(LAST_NAMES);
    const contact = cPrefix === '' ? `${first} ${cBase}` : `${first} ${cPrefix} ${cBase}`;
    const domain = `${slug(name)}.nl`;
    const since = `${rng.int(1, 28)}-${rng.int(1, 12)}-${rng.int(2015, 2025)}`;
    const euros = rng.int(0, 40) * 125;
    const row = [
      name,
      rng.pick(KINDS),
      options.badRows?.has(i) ? kvk.slice(0, 7) : kvk,
      sector.sbi,
      rng.pick(SIZES),
      `${rng.pick(STREETS)} ${rng.int(1, 240)}`,
      `${rng.int(town.postcodes[0], town.postcodes[1])} ${postcodeLetters()}`,
      town.name,
      region.name,
      `www.${domain}`,
      contact,
      `${slug(first)}.${slug(cPrefix + cBase)}@${domain}`,
      `06-${rng.int(10_000_000, 99_999_999)}`,
      rng.pick(JOB_TITLES),
      since,
      euros === 0 ? '' : `${String(euros).replace(/\B(?=(\d{3})+$)/g, '.')},00`,
    ];
    lines.push(row.map(cell).join(';'));
  }
  return `${lines.join('\r\n')}\r\n`;
}
