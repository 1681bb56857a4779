import { describe, expect, it } from 'vitest';
import { importChoicesOf } from './import-choices.js';
import { importRunInput } from './members.contract.js';
import { ADMISSION_STATUS } from './membership-rules.js';

// The choices arrive in the query string beside the file's bytes: mapping and values as JSON text.
const file = { fileName: 'leden.csv' };
const json = (v: unknown) => JSON.stringify(v);

describe('importChoicesOf', () => {
  it('fills in the defaults: no value mappings, the admission status and the year of today', () => {
    const input = importRunInput.parse({ ...file, mapping: json({ name: 0, kvkNumber: 2 }), mode: 'dry_run' });
    expect(importChoicesOf(input, '2026-12-31')).toEqual({
      ok: true,
      choices: {
        mapping: { name: 0, kvkNumber: 2 },
        values: {},
        mode: 'dry_run',
        membershipStatus: ADMISSION_STATUS,
        contributionYear: 2026,
      },
    });
    expect(importChoicesOf(input, '2027-01-01')).toMatchObject({ ok: true, choices: { contributionYear: 2027 } });
  });

  it('keeps what the request chose', () => {
    const input = importRunInput.parse({
      ...file,
      mapping: json({ name: 1 }),
      mode: 'valid_only',
      values: json({ sector: { Zorg: 'Q' } }),
      membershipStatus: 'active',
      contributionYear: '2024',
    });
    expect(importChoicesOf(input, '2026-06-01')).toEqual({
      ok: true,
      choices: {
        mapping: { name: 1 },
        values: { sector: { Zorg: 'Q' } },
        mode: 'valid_only',
        membershipStatus: 'active',
        contributionYear: 2024,
      },
    });
  });

  it('refuses an import whose name column is not mapped, whether left out or chosen empty', () => {
    for (const mapping of [{ kvkNumber: 0 }, { name: null, kvkNumber: 0 }]) {
      const input = importRunInput.parse({ ...file, mapping: json(mapping), mode: 'all_or_nothing' });
      expect(importChoicesOf(input, '2026-06-01')).toEqual({ ok: false, problem: 'import_name_unmapped' });
    }
  });
});
