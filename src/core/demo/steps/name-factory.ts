// The demo generator's source of names, addresses, numbers and e-mail addresses. One instance, on its own random stream, is
// shared by every step in generation order: the order of its calls is part of what keeps the output the same for a seed.
import { FIRST_NAMES, LAST_NAMES, STREETS, type DemoSector, type DemoTown } from '../demo-word-lists.js';
import type { Prng } from '../prng.js';
import { slugify } from '../../text/slug.js';
import { capitalise } from './demo-helpers.js';

/** Builds names, addresses, numbers and e-mail addresses, keeping the ones that must be unique in a network unique. */
export class NameFactory {
  private readonly companyNames = new Set<string>();
  private readonly kvkNumbers = new Set<string>();
  private readonly emails = new Set<string>();

  constructor(private readonly rng: Prng) {}

  companyName(sector: DemoSector, town: DemoTown): string {
    for (let attempt = 0; attempt < 8; attempt++) {
      const name = this.rng
        .pick(sector.patterns)
        .replace('{N2}', this.familyName(false))
        .replace('{N}', this.familyName(true))
        .replace('{W}', this.rng.pick(sector.words))
        .replace('{T}', town.name);
      if (!this.companyNames.has(name)) {
        this.companyNames.add(name);
        return name;
      }
    }
    // Large networks exhaust the combinations: fall back to a branch name, then a number.
    const base = `${this.rng.pick(sector.patterns).replace('{N2}', this.familyName(false)).replace('{N}', this.familyName(true)).replace('{W}', this.rng.pick(sector.words)).replace('{T}', town.name)}`;
    let name = base.includes(town.name) ? base : `${base} ${town.name}`;
    for (let n = 2; this.companyNames.has(name); n++) name = `${base} ${town.name} ${n}`;
    this.companyNames.add(name);
    return name;
  }

  /** "Van der Meulen" at the start of a company name; "Meulen" alone when `withPrefix` is false. */
  private familyName(withPrefix: boolean): string {
    const [prefix, base] = this.rng.pick(LAST_NAMES);
    return withPrefix && prefix !== '' ? `${capitalise(prefix)} ${base}` : base;
  }

  person(domain: string): { name: string; email: string } {
    const first = this.rng.pick(FIRST_NAMES);
    const [prefix, base] = this.rng.pick(LAST_NAMES);
    const name = prefix === '' ? `${first} ${base}` : `${first} ${prefix} ${base}`;
    const local = `${slugify(first)}.${slugify(`${prefix}${base}`).replace(/-/g, '')}`;
    let email = `${local}@${domain}`;
    for (let n = 2; this.emails.has(email); n++) email = `${local}${n}@${domain}`;
    this.emails.add(email);
    return { name, email };
  }

  kvkNumber(): string {
    let kvk: string;
    do kvk = String(this.rng.int(10_000_000, 99_999_999));
    while (this.kvkNumbers.has(kvk));
    this.kvkNumbers.add(kvk);
    return kvk;
  }

  postcode(town: DemoTown): string {
    const digits = this.rng.int(town.postcodes[0], town.postcodes[1]);
    let letters: string;
    // SA, SD and SS are not issued as postcode letters.
    do letters = String.fromCharCode(65 + this.rng.int(0, 25), 65 + this.rng.int(0, 25));
    while (letters === 'SA' || letters === 'SD' || letters === 'SS');
    return `${digits} ${letters}`;
  }

  street(): string {
    const suffix = this.rng.chance(0.1) ? this.rng.pick(['a', 'b', 'c']) : '';
    return `${this.rng.pick(STREETS)} ${this.rng.int(1, 240)}${suffix}`;
  }

  mobile(): string {
    return `06-${this.rng.int(10_000_000, 99_999_999)}`;
  }
}
