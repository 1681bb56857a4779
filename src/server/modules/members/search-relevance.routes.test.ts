// Search relevance through the real routes and database: among 256 organisations whose names share words ("Ter Horst",
// "Bakkerij", "Schoonmaakbedrijf", …), among their contacts and among candidates, the exact name comes first, whole words
// come before fragments, a typo still finds the name on the first page, paging keeps the order, and a sort the user
// chooses wins over relevance.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { candidate, organisation, person } from '../../platform/db/schema.js';
import { setupInstallation } from '../../test/helpers.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { insertWithUnnest } from '../demo/demo.repository.js';

let t: TestApp;
let cookie: string;
let networkId: string;

const TRADES = [
  'Adviesbureau',
  'Autobedrijf',
  'Bakkerij',
  'Drukkerij',
  'Groothandel',
  'Hoveniersbedrijf',
  'Installatiebedrijf',
  'Kinderopvang',
  'Loodgietersbedrijf',
  'Metaalbedrijf',
  'Schildersbedrijf',
  'Schoonmaakbedrijf',
  'Slagerij',
  'Timmerbedrijf',
  'Transportbedrijf',
  'Zorgcentrum',
];
const FAMILIES = [
  'Ter Horst',
  'Ter Horstink',
  'Terhorst',
  'Van der Horst',
  'Horstman',
  'Ter Haar',
  'Jansen',
  'De Vries',
  'Bakker',
  'Visser',
  'Smit',
  'Mulder',
  'Kok',
  'Bos',
  'Dijkstra',
  'Meijer',
];
const CITIES = ['Zwolle', 'Kampen', 'Deventer', 'Enschede', 'Hengelo', 'Almelo', 'Apeldoorn', 'Hardenberg'];
const ORGANISATION_NAMES = [
  ...TRADES.flatMap((trade) => FAMILIES.map((family) => `${trade} ${family}`)),
  'Schoonmaakbedrijf Ter Horst & Zonen',
  'Ter Horst Schoonmaak',
  'Schoonmaak Nijland',
  'Glasschoonmaak Visser',
];
const FIRST_NAMES = ['Jan', 'Anna', 'Pieter', 'Sanne', 'Henk', 'Fleur', 'Gerrit', 'Lotte', 'Johan', 'Eva', 'Bram'];
const CANDIDATE_PLACES = [
  'Zwolle',
  'Zwolle-Zuid',
  'Zwollerkerspel',
  'Kampen',
  'Hattem',
  'Hattemerbroek',
  'Dalfsen',
  'Nieuwleusen',
  'Wezep',
  'Heerde',
  'Ommen',
  'Raalte',
];

/** Lower case without accents, split into words: what "a whole word" means to the person searching. */
const wordsOf = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
const hasWholeWords = (text: string, search: string) => wordsOf(search).every((w) => wordsOf(text).includes(w));

async function list(path: string): Promise<{ items: Record<string, string>[]; total: number }> {
  const res = await t.app.inject({ method: 'GET', url: `/api/networks/${networkId}/${path}`, headers: { cookie } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
const q = (search: string) => encodeURIComponent(search);

/** Every result of a search, page by page (pageSize 10), checking that the pages add up to the total without repeats. */
async function allPages(resource: string, search: string, field: string, extra = '') {
  const out: Record<string, string>[] = [];
  let total = 0;
  for (let page = 1; page < 100; page++) {
    const res = await list(`${resource}?search=${q(search)}&pageSize=10&page=${page}${extra}`);
    total = res.total;
    if (res.items.length === 0) break;
    out.push(...res.items);
  }
  expect(out).toHaveLength(total);
  expect(new Set(out.map((i) => i.id)).size).toBe(out.length);
  return out.map((i) => i[field]!);
}

beforeAll(async () => {
  t = await createTestApp();
  const setup = await setupInstallation(t.app);
  cookie = setup.cookie;
  networkId = setup.networkId;
  const organisations = ORGANISATION_NAMES.map((name, i) => ({
    networkId,
    id: randomUUID(),
    kind: 'employer',
    name,
    kvkNumber: String(60_000_000 + i),
    city: CITIES[i % CITIES.length]!,
  }));
  await insertWithUnnest(t.database.db, organisation, organisations);
  // Contacts of those organisations: many share a surname, one is exactly "Jan ter Horst".
  const surnames = ['ter Horst', 'ter Horstink', 'Terhorst', 'van der Horst', 'Horstman', 'ter Haar', 'Jansen', 'Smit'];
  const contacts = organisations.map((o, i) => {
    const first = FIRST_NAMES[i % FIRST_NAMES.length]!;
    const last = surnames[i % surnames.length]!;
    return {
      networkId,
      id: randomUUID(),
      organisationId: o.id,
      name: `${first} ${last}`,
      email: `${first}.${last.replace(/ /g, '')}.${i}@example.nl`.toLowerCase(),
    };
  });
  await insertWithUnnest(t.database.db, person, contacts);
  const candidates = Array.from({ length: 260 }, (_, i) => ({
    networkId,
    id: randomUUID(),
    code: `K-2026-${String(i + 1).padStart(4, '0')}`,
    place: CANDIDATE_PLACES[i % CANDIDATE_PLACES.length]!,
  }));
  await insertWithUnnest(t.database.db, candidate, candidates);
});
afterAll(async () => t?.close());

describe('organisation search relevance', () => {
  const names = async (search: string, extra = '') =>
    (await list(`organisations?search=${q(search)}${extra}`)).items.map((o) => o.name);

  it('puts the exact name first (case and accents ignored), also when the list asks for relevance', async () => {
    expect(ORGANISATION_NAMES.length).toBeGreaterThanOrEqual(250);
    expect((await names('Schoonmaakbedrijf Ter Horst'))[0]).toBe('Schoonmaakbedrijf Ter Horst');
    expect((await names('schoonmaakbedrijf ter hórst'))[0]).toBe('Schoonmaakbedrijf Ter Horst');
    expect((await names('Schoonmaakbedrijf Ter Horst', '&sort=relevance'))[0]).toBe('Schoonmaakbedrijf Ter Horst');
    expect((await names('bakkerij jansen'))[0]).toBe('Bakkerij Jansen');
  });

  it('lists whole-word matches before fragments, and prefixes before fragments inside a word', async () => {
    const found = await allPages('organisations', 'ter horst', 'name');
    expect(found.length).toBeGreaterThan(25);
    const whole = found.map((n) => hasWholeWords(n, 'ter horst'));
    // Both kinds are there (Ter Horst, and Ter Horstink, Terhorst, …), and no fragment comes before a whole-word match.
    expect(whole).toContain(true);
    expect(whole).toContain(false);
    expect(whole.lastIndexOf(true)).toBeLessThan(whole.indexOf(false));
    // Ties in relevance are in alphabetical order: the whole-word matches in the order the name sort gives them.
    const byName = (await allPages('organisations', 'ter horst', 'name', '&sort=name')).filter((n) =>
      hasWholeWords(n, 'ter horst'),
    );
    expect(found.slice(0, byName.length)).toEqual(byName);

    const schoonmaak = await allPages('organisations', 'schoonmaak', 'name');
    const tier = (n: string) => {
      const words = wordsOf(n);
      if (words.includes('schoonmaak')) return 1;
      if (words.some((w) => w.startsWith('schoonmaak'))) return 2;
      return 3;
    };
    const tiers = schoonmaak.map(tier);
    expect(tiers).toEqual([...tiers].sort());
    expect(new Set(tiers)).toEqual(new Set([1, 2, 3]));
    expect(schoonmaak.at(-1)).toBe('Glasschoonmaak Visser');
  });

  it('still finds the name on the first page with a typo', async () => {
    const first = await names('Schoonmaakbedrijf Ter Horts');
    expect(first).toContain('Schoonmaakbedrijf Ter Horst');
    expect(first.indexOf('Schoonmaakbedrijf Ter Horst')).toBeLessThan(3);
  });

  it('lets a sort the user chose win over relevance', async () => {
    const byName = await names('Schoonmaakbedrijf Ter Horst', '&sort=name');
    const byNameDesc = await names('Schoonmaakbedrijf Ter Horst', '&sort=name&order=desc&pageSize=200');
    expect(byName[0]).not.toBe('Schoonmaakbedrijf Ter Horst');
    expect(byNameDesc.slice(-byName.length).reverse()).toEqual(byName);
  });
});

describe('contact search relevance', () => {
  const names = async (search: string) => (await list(`contacts?search=${q(search)}`)).items.map((c) => c.name);

  it('puts the exact name first, whole words before fragments, and finds a typo on the first page', async () => {
    const exact = await names('Jan ter Horst');
    expect(exact[0]).toBe('Jan ter Horst');
    const found = await allPages('contacts', 'ter horst', 'name');
    const whole = found.map((n) => hasWholeWords(n, 'ter horst'));
    expect(whole).toContain(false);
    expect(whole.lastIndexOf(true)).toBeLessThan(whole.indexOf(false));
    expect(await names('Jan ter Horts')).toContain('Jan ter Horst');
    expect((await names('Jan ter Horts'))[0]).toBe('Jan ter Horst');
  });
});

describe('candidate search relevance', () => {
  const places = async (search: string, extra = '') =>
    (await list(`candidates?search=${q(search)}&pageSize=25${extra}`)).items.map((c) => c.place);

  it('puts exact places and codes first, whole words before fragments, and finds a typo on the first page', async () => {
    const hattem = await allPages('candidates', 'hattem', 'place');
    expect(hattem.indexOf('Hattemerbroek')).toBeGreaterThan(hattem.lastIndexOf('Hattem'));
    const zwolle = await allPages('candidates', 'zwolle', 'place');
    // Zwolle (exact), then Zwolle-Zuid (the whole word), then Zwollerkerspel (a longer word).
    const order = zwolle.map((p) => ['Zwolle', 'Zwolle-Zuid', 'Zwollerkerspel'].indexOf(p));
    expect(order).toEqual([...order].sort());
    expect(new Set(order)).toEqual(new Set([0, 1, 2]));
    expect((await list(`candidates?search=K-2026-0123`)).items[0]?.code).toBe('K-2026-0123');
    expect(await places('Zwole')).toContain('Zwolle');
    expect((await places('Zwole'))[0]).toBe('Zwolle');
    // A sort the user chose wins: by code, whatever the place.
    expect((await places('zwolle', '&sort=code&order=asc')).slice(0, 4)).toEqual([
      'Zwolle',
      'Zwolle-Zuid',
      'Zwollerkerspel',
      'Zwolle',
    ]);
  });
});
