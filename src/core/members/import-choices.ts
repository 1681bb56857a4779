// The choices an organisation import runs with, read once from the request for both the synchronous import and the
// background job: the column and value mappings, the mode, the status of the memberships it creates and the contribution
// year. Pure: `today` is the caller's Amsterdam date.
import type { z } from 'zod';
import type { ColumnMapping, ValueMapping } from '../organisations/import-rows.js';
import type { importRunInput } from './members.contract.js';
import type { ImportMembershipStatus } from './membership-rules.js';

type ImportRunInput = z.infer<typeof importRunInput>;

/** The parts of the import request that are choices (not the file). */
export type ImportChoicesInput = Pick<
  ImportRunInput,
  'mapping' | 'values' | 'mode' | 'membershipStatus' | 'contributionYear'
>;

export interface ImportChoices {
  mapping: ColumnMapping;
  values: ValueMapping;
  mode: ImportRunInput['mode'];
  membershipStatus: ImportMembershipStatus;
  /** The year the file's contributions are for: the one asked for, else the year of `today`. */
  contributionYear: number;
}

/** Why an import cannot run with these choices: without a name column no row names an organisation. */
export type ImportChoicesProblem = 'import_name_unmapped';

/** The choices of an import request, with its defaults filled in; `today` is a date (YYYY-MM-DD) in Europe/Amsterdam. */
export function importChoicesOf(
  input: ImportChoicesInput,
  today: string,
): { ok: true; choices: ImportChoices } | { ok: false; problem: ImportChoicesProblem } {
  if (input.mapping.name === null || input.mapping.name === undefined)
    return { ok: false, problem: 'import_name_unmapped' };
  return {
    ok: true,
    choices: {
      mapping: input.mapping,
      values: input.values,
      mode: input.mode,
      membershipStatus: input.membershipStatus,
      contributionYear: input.contributionYear ?? Number(today.slice(0, 4)),
    },
  };
}
