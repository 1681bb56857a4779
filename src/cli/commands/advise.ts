// `netwerkregie advise`: runs the design advisor from the command line and prints the basisinrichting as JSON or as a
// readable summary. A thin wrapper: flags become a DesignInput, validated by the same zod schema the server and web use;
// every problem with the input is reported as its own line (Dutch by default) with exit code 2.
import { readFileSync } from 'node:fs';
import { CommanderError, type Command } from 'commander';

import { ADVISOR_SETTING_KEYS, checkAdvisorSettings, withDefaults } from '../../core/design/advisor-settings.js';

import { adviseDesign, type AdvisorSettings } from '../../core/design/design-advisor.js';
import {
  COORDINATOR_HOURS_MAX,
  FINANCING_KINDS,
  FUNDER_TYPES,
  MEMBERS_MAX,
  MEMBERS_MIN,
  OWNERSHIP_MAX,
  OWNERSHIP_MIN,
  PHASES,
  designInput,
  type DesignInput,
} from '../../core/design/design-input.js';
import { formatDesignSummary } from '../../core/design/design-summary.js';
import { LOCALES, type Locale } from '../../core/design/network-design.js';

/** Where the command writes; injectable so tests can run it in-process. */
export interface CliIo {
  writeOut: (text: string) => void;
  writeErr: (text: string) => void;
  setExitCode: (code: number) => void;
}

const processIo: CliIo = {
  writeOut: (text) => process.stdout.write(text),
  writeErr: (text) => process.stderr.write(text),
  setExitCode: (code) => {
    process.exitCode = code;
  },
};

export const EXIT_BAD_INPUT = 2;

const FORMATS = ['text', 'json'] as const;

interface AdviseFlags {
  financing?: string;
  funder?: string;
  ownership?: string;
  phase?: string;
  members?: string;
  coreGroupFormed?: boolean;
  coordinator: boolean;
  coordinatorHours?: string;
  legalEntity?: boolean;
  annualPlanRequired?: boolean;
  format: string;
  lang: string;
  settings?: string;
}

const list = (values: readonly string[]) => values.join(', ');
const got = (value: string | undefined, word: string) => (value === undefined ? '' : `; ${word}: '${value}'`);

// The CLI's own messages; the advisor's texts live in core/design/advisor-texts.ts.
const cliTexts = {
  nl: {
    financing: (v?: string) =>
      v === undefined
        ? `--financing ontbreekt; kies uit: ${list(FINANCING_KINDS)}.`
        : `--financing '${v}' is onbekend; kies uit: ${list(FINANCING_KINDS)}.`,
    funder: (v?: string) => `--funder '${v ?? ''}' is onbekend; kies uit: ${list(FUNDER_TYPES)}.`,
    funderWithoutExternal: () => '--funder past alleen bij --financing external of mixed.',
    ownership: (v?: string) =>
      `--ownership moet een geheel getal zijn van ${OWNERSHIP_MIN} (voor en door werkgevers) tot en met ${OWNERSHIP_MAX} (volledig ontzorgen)${got(v, 'gekregen')}.`,
    phase: (v?: string) =>
      v === undefined
        ? `--phase ontbreekt; kies uit: ${list(PHASES)}.`
        : `--phase '${v}' is onbekend; kies uit: ${list(PHASES)}.`,
    members: (v?: string) =>
      `--members moet het verwachte aantal deelnemers zijn, een geheel getal van ${MEMBERS_MIN} tot en met ${MEMBERS_MAX}${got(v, 'gekregen')}.`,
    coordinatorHours: (v?: string) =>
      `--coordinator-hours moet een getal van 0 tot en met ${COORDINATOR_HOURS_MAX} zijn${got(v, 'gekregen')}.`,
    hoursWithoutCoordinator: () => '--coordinator-hours past niet bij --no-coordinator.',
    format: (v?: string) => `--format moet ${FORMATS.join(' of ')} zijn${got(v, 'gekregen')}.`,
    lang: (v?: string) => `--lang moet ${LOCALES.join(' of ')} zijn${got(v, 'gekregen')}.`,
    unknownOption: (option: string) => `Onbekende optie: ${option}. Zie netwerkregie advise --help.`,
    missingValue: (option: string) => `${option} heeft een waarde nodig.`,
    excessArguments: () => 'advise verwacht alleen opties, geen losse argumenten. Zie netwerkregie advise --help.',
    other: (message: string) => `Ongeldige invoer: ${message}`,
    settingsFile: (file: string) =>
      `--settings: het bestand '${file}' kan niet worden gelezen of is geen JSON met de getallen van de adviseur.`,
  },
  en: {
    financing: (v?: string) =>
      v === undefined
        ? `--financing is missing; choose from: ${list(FINANCING_KINDS)}.`
        : `--financing '${v}' is unknown; choose from: ${list(FINANCING_KINDS)}.`,
    funder: (v?: string) => `--funder '${v ?? ''}' is unknown; choose from: ${list(FUNDER_TYPES)}.`,
    funderWithoutExternal: () => '--funder only fits --financing external or mixed.',
    ownership: (v?: string) =>
      `--ownership must be a whole number from ${OWNERSHIP_MIN} (by and for employers) to ${OWNERSHIP_MAX} (fully unburdening)${got(v, 'got')}.`,
    phase: (v?: string) =>
      v === undefined
        ? `--phase is missing; choose from: ${list(PHASES)}.`
        : `--phase '${v}' is unknown; choose from: ${list(PHASES)}.`,
    members: (v?: string) =>
      `--members must be the expected number of members, a whole number from ${MEMBERS_MIN} to ${MEMBERS_MAX}${got(v, 'got')}.`,
    coordinatorHours: (v?: string) =>
      `--coordinator-hours must be a number from 0 to ${COORDINATOR_HOURS_MAX}${got(v, 'got')}.`,
    hoursWithoutCoordinator: () => '--coordinator-hours does not fit --no-coordinator.',
    format: (v?: string) => `--format must be ${FORMATS.join(' or ')}${got(v, 'got')}.`,
    lang: (v?: string) => `--lang must be ${LOCALES.join(' or ')}${got(v, 'got')}.`,
    unknownOption: (option: string) => `Unknown option: ${option}. See netwerkregie advise --help.`,
    missingValue: (option: string) => `${option} needs a value.`,
    excessArguments: () => 'advise takes options only, no loose arguments. See netwerkregie advise --help.',
    other: (message: string) => `Invalid input: ${message}`,
    settingsFile: (file: string) =>
      `--settings: the file '${file}' cannot be read or is not JSON with the advisor's numbers.`,
  },
} satisfies Record<Locale, unknown>;

type CliTexts = (typeof cliTexts)[Locale];

function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** Accepts "12" and the Dutch "12,5"; anything else becomes NaN so the schema rejects it with the flag's message. */
function toNumber(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  return /^-?\d+([.,]\d+)?$/.test(value.trim()) ? Number(value.trim().replace(',', '.')) : Number.NaN;
}

// Commander reports parse errors in English before our action runs; translate the ones a user can cause.
function translateCommanderError(message: string, t: CliTexts): string {
  const text = message.replace(/^error:\s*/, '').trim();
  const unknown = /unknown option '([^']+)'/.exec(text);
  if (unknown?.[1]) return t.unknownOption(unknown[1]);
  const missing = /option '([^' ]+)[^']*' argument missing/.exec(text);
  if (missing?.[1]) return t.missingValue(missing[1]);
  if (/too many arguments/.test(text)) return t.excessArguments();
  return t.other(text);
}

/**
 * The installation's numbers from a JSON file: the reply of GET /api/admin/advisor-settings (its `values`), or an object
 * with some of the numbers (the rest stay the guide's figures). Problems are reported as lines, like the flags'.
 */
function readSettings(
  file: string | undefined,
  t: CliTexts,
  locale: Locale,
): { problems: string[]; settings?: AdvisorSettings } {
  if (file === undefined) return { problems: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return { problems: [t.settingsFile(file)] };
  }
  const source = (parsed && typeof parsed === 'object' && 'values' in parsed ? parsed.values : parsed) as unknown;
  if (!source || typeof source !== 'object') return { problems: [t.settingsFile(file)] };
  const overrides = Object.fromEntries(
    ADVISOR_SETTING_KEYS.filter((key) => key in source).map((key) => [key, (source as Record<string, unknown>)[key]]),
  );
  const settings = withDefaults(overrides as Partial<AdvisorSettings>);
  const issues = checkAdvisorSettings(settings, locale);
  if (issues.length > 0) return { problems: issues.map((issue) => `--settings: ${issue.message}`) };
  return { problems: [], settings };
}

/** Turns the flags into problems (one line each) or a valid design input. */
function readFlags(flags: AdviseFlags, t: CliTexts): { problems: string[]; input?: DesignInput } {
  const problems: string[] = [];
  if (!(FORMATS as readonly string[]).includes(flags.format)) problems.push(t.format(flags.format));

  const raw = {
    financing: flags.financing,
    funderType: flags.funder,
    ownership: toNumber(flags.ownership),
    phase: flags.phase,
    expectedMembers: toNumber(flags.members),
    existing: {
      coreGroupFormed: flags.coreGroupFormed ?? false,
      coordinatorAvailable: flags.coordinator,
      coordinatorHoursPerWeek: toNumber(flags.coordinatorHours),
      legalEntity: flags.legalEntity ?? false,
      annualPlanRequired: flags.annualPlanRequired ?? false,
    },
  };
  const parsed = designInput.safeParse(raw);
  if (parsed.success) return problems.length > 0 ? { problems } : { problems, input: parsed.data };

  const seen = new Set<string>();
  for (const issue of parsed.error.issues) {
    const field = issue.path.join('.');
    const line = (() => {
      switch (field) {
        case 'financing':
          return t.financing(flags.financing);
        case 'funderType':
          return issue.code === 'custom' ? t.funderWithoutExternal() : t.funder(flags.funder);
        case 'ownership':
          return t.ownership(flags.ownership);
        case 'phase':
          return t.phase(flags.phase);
        case 'expectedMembers':
          return t.members(flags.members);
        case 'existing.coordinatorHoursPerWeek':
          return issue.code === 'custom' ? t.hoursWithoutCoordinator() : t.coordinatorHours(flags.coordinatorHours);
        default:
          return t.other(`${field}: ${issue.message}`);
      }
    })();
    // zod may report one flag twice (e.g. not a number, and out of range); the user needs one line per problem.
    if (!seen.has(line)) {
      seen.add(line);
      problems.push(line);
    }
  }
  return { problems };
}

export function registerAdviseCommand(program: Command, io: CliIo = processIo): Command {
  const nlTexts = cliTexts.nl;
  return program
    .command('advise')
    .description('Adviseer een basisinrichting voor een inclusief werkgeversnetwerk')
    .option('--financing <kind>', `financiering: ${list(FINANCING_KINDS)}`)
    .option('--funder <type>', `soort externe financier: ${list(FUNDER_TYPES)}`)
    .option('--ownership <1-5>', 'eigenaarschap (1, voor en door werkgevers) tot ontzorgen (5)')
    .option('--phase <phase>', `fase: ${list(PHASES)}`)
    .option('--members <number>', 'verwacht aantal deelnemende werkgevers')
    .option('--core-group-formed', 'er is al een kerngroep gevormd')
    .option('--no-coordinator', 'er is (nog) geen netwerkcoördinator beschikbaar')
    .option('--coordinator-hours <hours>', 'beschikbare uren van de coördinator per week')
    .option('--legal-entity', 'het netwerk is een rechtspersoon')
    .option('--annual-plan-required', 'de financier eist vooraf een uitgewerkt jaarplan')
    .option('--format <format>', `uitvoer: ${list(FORMATS)}`, 'text')
    .option('--lang <lang>', `taal: ${list(LOCALES)}`, 'nl')
    .option(
      '--settings <file>',
      'JSON-bestand met de getallen van de adviseur van uw installatie (standaard: de handreiking)',
    )
    .configureOutput({
      writeOut: io.writeOut,
      writeErr: io.writeErr,
      outputError: (message, write) => write(`${translateCommanderError(message, nlTexts)}\n`),
    })
    .exitOverride((error: CommanderError) => {
      // Throw rather than exit, so runCli (and tests) decide how the process ends. Help and version keep their code;
      // every parse error is bad input.
      if (error.exitCode === 0) throw error;
      throw new CommanderError(EXIT_BAD_INPUT, error.code, error.message);
    })
    .action((_options: unknown, command: Command) => {
      const flags = command.opts<AdviseFlags>();
      const locale: Locale = isLocale(flags.lang) ? flags.lang : 'nl';
      const t = cliTexts[locale];
      const { problems, input } = readFlags(flags, t);
      const read = readSettings(flags.settings, t, locale);
      problems.push(...read.problems);
      if (!isLocale(flags.lang)) problems.unshift(t.lang(flags.lang));
      if (problems.length > 0 || !input) {
        io.writeErr(problems.map((line) => `${line}\n`).join(''));
        io.setExitCode(EXIT_BAD_INPUT);
        return;
      }
      const design = adviseDesign(input, read.settings ? { locale, settings: read.settings } : { locale });
      io.writeOut(
        flags.format === 'json' ? `${JSON.stringify(design, null, 2)}\n` : formatDesignSummary(design, locale),
      );
    });
}
