// A comparison of two design versions in words, for people rather than for machines: "Eigenaarschap gaat van 2 (vooral
// eigenaarschap bij werkgevers) naar 4 (vooral ontzorgen)" instead of "ownership: 2 → 4", and "Taak ‘X’: uitvoeren (R) gaat
// van kerngroep naar coördinator" instead of role codes. Pure, so the screen and any document say the same.
import { ADVISOR_TEXTS, type AdvisorTexts } from './advisor-texts.js';
import type { DesignDiff, GovernanceDiff, InputDiff, RoleDiff, TaskDiff } from './design-diff.js';
import { OWNERSHIP_MAX, OWNERSHIP_MIN, type FinancingKind, type FunderType, type Phase } from './design-input.js';
import type { Locale, SoundingBoardMemberKind } from './network-design.js';
import type { RoleCode, TaskCode } from './task-catalogue.js';

export interface DiffInWords {
  inputs: string[];
  governance: string[];
  roles: string[];
  tasks: string[];
  tensionsAdded: string[];
  tensionsRemoved: string[];
}

interface Words {
  goes: (what: string, from: string, to: string) => string;
  stays: string;
  yes: string;
  no: string;
  notGiven: string;
  none: string;
  scaleEnds: (minLabel: string, maxLabel: string) => string;
  roleAdded: (role: string, count: string) => string;
  roleRemoved: (role: string) => string;
  roleChanged: (role: string, from: string, to: string) => string;
  persons: (min: number | null, max: number | null) => string;
  taskAdded: (task: string, r: string, a: string) => string;
  taskRemoved: (task: string) => string;
  taskChanged: (task: string, parts: string[]) => string;
  responsible: string;
  accountable: string;
  partGoes: (what: string, from: string, to: string) => string;
  partStays: (what: string, who: string) => string;
  board: (value: string) => string;
  mandate: (value: string) => string;
  governanceLabel: { formalBoard: string; funderMandate: string; soundingBoard: string };
}

const WORDS: Record<Locale, Words> = {
  nl: {
    goes: (what, from, to) => `${what} gaat van ${from} naar ${to}.`,
    stays: 'blijft',
    yes: 'ja',
    no: 'nee',
    notGiven: 'niet opgegeven',
    none: 'niemand',
    scaleEnds: (min, max) => `(op de schaal van ${OWNERSHIP_MIN} ‘${min}’ tot ${OWNERSHIP_MAX} ‘${max}’)`,
    roleAdded: (role, count) => `${role} komt erbij${count ? ` (${count})` : ''}.`,
    roleRemoved: (role) => `${role} is niet meer nodig.`,
    roleChanged: (role, from, to) => `${role}: van ${from} naar ${to}.`,
    persons: (min, max) =>
      min === null && max === null
        ? 'aantal niet geadviseerd'
        : min === max || max === null
          ? `${min ?? max} ${min === 1 ? 'persoon' : 'personen'}`
          : `${min ?? 0} tot ${max} personen`,
    taskAdded: (task, r, a) => `Taak ‘${task}’ komt erbij: uitvoeren (R) bij ${r}, eindverantwoordelijk (A) bij ${a}.`,
    taskRemoved: (task) => `Taak ‘${task}’ vervalt.`,
    taskChanged: (task, parts) => `Taak ‘${task}’: ${parts.join('; ')}.`,
    responsible: 'uitvoeren (R)',
    accountable: 'eindverantwoordelijk (A)',
    partGoes: (what, from, to) => `${what} gaat van ${from} naar ${to}`,
    partStays: (what, who) => `${what} blijft bij ${who}`,
    board: (value) => (value === 'true' ? 'geadviseerd' : 'niet geadviseerd'),
    mandate: (value) => (value === 'mission' ? 'alleen de missie' : 'geen mandaat vastgelegd'),
    governanceLabel: {
      formalBoard: 'Formeel bestuur',
      funderMandate: 'Mandaat van de financier',
      soundingBoard: 'Samenstelling van de klankbordgroep',
    },
  },
  en: {
    goes: (what, from, to) => `${what} goes from ${from} to ${to}.`,
    stays: 'stays',
    yes: 'yes',
    no: 'no',
    notGiven: 'not given',
    none: 'nobody',
    scaleEnds: (min, max) => `(on the scale from ${OWNERSHIP_MIN} ‘${min}’ to ${OWNERSHIP_MAX} ‘${max}’)`,
    roleAdded: (role, count) => `${role} is added${count ? ` (${count})` : ''}.`,
    roleRemoved: (role) => `${role} is no longer needed.`,
    roleChanged: (role, from, to) => `${role}: from ${from} to ${to}.`,
    persons: (min, max) =>
      min === null && max === null
        ? 'number not advised'
        : min === max || max === null
          ? `${min ?? max} ${min === 1 ? 'person' : 'people'}`
          : `${min ?? 0} to ${max} people`,
    taskAdded: (task, r, a) => `Task ‘${task}’ is added: doing it (R) with ${r}, accountable (A) with ${a}.`,
    taskRemoved: (task) => `Task ‘${task}’ is dropped.`,
    taskChanged: (task, parts) => `Task ‘${task}’: ${parts.join('; ')}.`,
    responsible: 'doing it (R)',
    accountable: 'accountable (A)',
    partGoes: (what, from, to) => `${what} goes from ${from} to ${to}`,
    partStays: (what, who) => `${what} stays with ${who}`,
    board: (value) => (value === 'true' ? 'advised' : 'not advised'),
    mandate: (value) => (value === 'mission' ? 'the mission only' : 'no mandate recorded'),
    governanceLabel: {
      formalBoard: 'Formal board',
      funderMandate: "Funder's mandate",
      soundingBoard: 'Make-up of the sounding board',
    },
  },
};

const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

function roleName(texts: AdvisorTexts, code: RoleCode, inSentence: boolean) {
  const label = texts.labels.role[code] ?? code;
  return inSentence ? lower(label) : label;
}

function inputInWords(input: InputDiff, texts: AdvisorTexts, w: Words): string {
  const labels = texts.summary.variableLabels;
  const key = input.field.replace(/^existing\./, '') as keyof typeof labels;
  const what = labels[key] ?? input.field;
  const bool = (v: string) => (v === 'true' ? w.yes : v === 'false' ? w.no : w.notGiven);
  const or = (v: string, f: (x: string) => string) => (v === '' ? w.notGiven : f(v));
  switch (key) {
    case 'ownership': {
      const own = (v: string) => `${v} (${texts.labels.ownership[Number(v) - 1] ?? ''})`;
      const ends = w.scaleEnds(texts.labels.ownership[0], texts.labels.ownership[4]);
      // "Eigenaarschap" reads as the whole scale's name; the ends follow once.
      return `${w.goes(what.replace(/\s*\(.*$/, '').replace(/\s+–.*$/, ''), or(input.before, own), or(input.after, own)).slice(0, -1)} ${ends}.`;
    }
    case 'financing':
      return w.goes(
        what,
        or(input.before, (v) => `‘${lower(texts.labels.financing[v as FinancingKind] ?? v)}’`),
        or(input.after, (v) => `‘${lower(texts.labels.financing[v as FinancingKind] ?? v)}’`),
      );
    case 'funderType':
      return w.goes(
        what,
        or(input.before, (v) => texts.labels.funderType[v as FunderType] ?? v),
        or(input.after, (v) => texts.labels.funderType[v as FunderType] ?? v),
      );
    case 'phase':
      return w.goes(
        what,
        or(input.before, (v) => lower(texts.labels.phase[v as Phase] ?? v)),
        or(input.after, (v) => lower(texts.labels.phase[v as Phase] ?? v)),
      );
    case 'expectedMembers':
    case 'coordinatorHoursPerWeek':
      return w.goes(
        what,
        or(input.before, (v) => v),
        or(input.after, (v) => v),
      );
    case 'coreGroupFormed':
    case 'coordinatorAvailable':
    case 'legalEntity':
    case 'annualPlanRequired':
      return w.goes(`‘${what}’`, bool(input.before), bool(input.after));
    default:
      return w.goes(
        what,
        or(input.before, (v) => v),
        or(input.after, (v) => v),
      );
  }
}

function governanceInWords(g: GovernanceDiff, texts: AdvisorTexts, w: Words): string {
  const what = w.governanceLabel[g.field];
  if (g.field === 'formalBoard') return w.goes(what, w.board(g.before), w.board(g.after));
  if (g.field === 'funderMandate') return w.goes(what, w.mandate(g.before), w.mandate(g.after));
  const members = (v: string) =>
    v === ''
      ? w.none
      : v
          .split(',')
          .map((k) => texts.labels.soundingBoardMember[k as SoundingBoardMemberKind] ?? k)
          .join(', ');
  return w.goes(what, members(g.before), members(g.after));
}

function roleInWords(r: RoleDiff, texts: AdvisorTexts, w: Words): string {
  const name = roleName(texts, r.code, false);
  if (r.change === 'added') return w.roleAdded(name, r.after ? w.persons(r.after.min, r.after.max) : '');
  if (r.change === 'removed') return w.roleRemoved(name);
  return w.roleChanged(
    name,
    r.before ? w.persons(r.before.min, r.before.max) : w.notGiven,
    r.after ? w.persons(r.after.min, r.after.max) : w.notGiven,
  );
}

function taskInWords(x: TaskDiff, texts: AdvisorTexts, w: Words): string {
  const task = texts.labels.task[x.code as TaskCode] ?? x.code;
  const role = (c: RoleCode) => roleName(texts, c, true);
  if (!x.before && x.after) return w.taskAdded(task, role(x.after.responsible), role(x.after.accountable));
  if (x.before && !x.after) return w.taskRemoved(task);
  const b = x.before!;
  const a = x.after!;
  const parts = [
    b.responsible === a.responsible
      ? w.partStays(w.responsible, role(a.responsible))
      : w.partGoes(w.responsible, role(b.responsible), role(a.responsible)),
    b.accountable === a.accountable
      ? w.partStays(w.accountable, role(a.accountable))
      : w.partGoes(w.accountable, role(b.accountable), role(a.accountable)),
  ];
  return w.taskChanged(task, parts);
}

/** The differences between two design versions as sentences in the reader's language. */
export function describeDesignDiff(diff: DesignDiff, locale: Locale): DiffInWords {
  const texts = ADVISOR_TEXTS[locale];
  const w = WORDS[locale];
  return {
    inputs: diff.inputs.map((i) => inputInWords(i, texts, w)),
    governance: diff.governance.map((g) => governanceInWords(g, texts, w)),
    roles: diff.roles.map((r) => roleInWords(r, texts, w)),
    tasks: diff.tasks.map((x) => taskInWords(x, texts, w)),
    tensionsAdded: diff.tensions.added.map((c) => texts.labels.tension[c]),
    tensionsRemoved: diff.tensions.removed.map((c) => texts.labels.tension[c]),
  };
}
