// Editing the responsibility matrix of the applied design in place. Pure: the screen checks an edit with these rules while
// the user types, the server checks it again before it stores the edited matrix as a new design version. The rules are the
// RACI rules the advisor itself keeps: per task exactly one role is accountable (A) and exactly one role does the work (R) —
// they may be the same role ("R+A") —, and a funder, who steers on the mission only, is never R or A.
import { ADVISOR_TEXTS } from './advisor-texts.js';
import { toMatrix, type Locale, type MatrixCell, type NetworkDesign } from './network-design.js';
import { ROLES, ROLE_CODES, type RoleCode, type TaskCode } from './task-catalogue.js';

/** The values a cell may take on screen; blank is null. */
export const MATRIX_CELL_VALUES = ['R+A', 'R', 'A', 'C', 'I'] as const;
export type EditableCell = (typeof MATRIX_CELL_VALUES)[number];

export interface MatrixRowEdit {
  task: TaskCode;
  cells: Partial<Record<RoleCode, MatrixCell>>;
}

export const MATRIX_PROBLEM_CODES = [
  'no_accountable',
  'several_accountable',
  'no_responsible',
  'several_responsible',
  'role_may_not_hold',
  'unknown_task',
] as const;
export type MatrixProblemCode = (typeof MATRIX_PROBLEM_CODES)[number];

export interface MatrixProblem {
  task: string;
  code: MatrixProblemCode;
  /** The roles the problem is about (e.g. the two roles that both hold A). */
  roles: RoleCode[];
}

const mayHold = new Map(ROLES.map((r) => [r.code, r.mayHoldTasks]));

/** The full row (every role) after the edit: roles not shown on screen keep what the design gave them. */
function mergedCells(design: NetworkDesign, edit: MatrixRowEdit): Record<RoleCode, MatrixCell> | null {
  const current = toMatrix(design).rows.find((row) => row.task === edit.task);
  if (!current) return null;
  const cells = { ...current.cells };
  for (const code of ROLE_CODES) if (code in edit.cells) cells[code] = edit.cells[code] ?? null;
  return cells;
}

function checkRow(task: string, cells: Record<RoleCode, MatrixCell>): MatrixProblem[] {
  const problems: MatrixProblem[] = [];
  const accountable = ROLE_CODES.filter((code) => cells[code] === 'A' || cells[code] === 'R+A');
  const responsible = ROLE_CODES.filter((code) => cells[code] === 'R' || cells[code] === 'R+A');
  if (accountable.length === 0) problems.push({ task, code: 'no_accountable', roles: [] });
  if (accountable.length > 1) problems.push({ task, code: 'several_accountable', roles: accountable });
  if (responsible.length === 0) problems.push({ task, code: 'no_responsible', roles: [] });
  if (responsible.length > 1) problems.push({ task, code: 'several_responsible', roles: responsible });
  const barred = [...new Set([...accountable, ...responsible])].filter((code) => mayHold.get(code) === false);
  if (barred.length > 0) problems.push({ task, code: 'role_may_not_hold', roles: barred });
  return problems;
}

/** Every problem of an edit against the design it edits; an empty list means the edit may be saved. */
export function checkMatrixEdit(design: NetworkDesign, edits: readonly MatrixRowEdit[]): MatrixProblem[] {
  const problems: MatrixProblem[] = [];
  for (const edit of edits) {
    const cells = mergedCells(design, edit);
    if (!cells) problems.push({ task: edit.task, code: 'unknown_task', roles: [] });
    else problems.push(...checkRow(edit.task, cells));
  }
  return problems;
}

export interface MatrixEditResult {
  design: NetworkDesign;
  /** The tasks whose R, A, C or I changed. */
  changed: TaskCode[];
}

const EDIT_REASON: Record<Locale, (why: string) => string> = {
  nl: (why) => `Handmatig aangepast in de verantwoordelijkheidsmatrix: ${why}`,
  en: (why) => `Edited by hand in the responsibility matrix: ${why}`,
};

/**
 * The design with the edit applied. Call only after checkMatrixEdit returned no problems (it throws otherwise). Changed tasks
 * carry reasonCode "matrix.edited" and the user's reason, so every recommendation still says why it is what it is.
 */
export function applyMatrixEdit(design: NetworkDesign, edits: readonly MatrixRowEdit[], why: string): MatrixEditResult {
  if (checkMatrixEdit(design, edits).length > 0) throw new Error('applyMatrixEdit: the edit breaks the RACI rules');
  const changed: TaskCode[] = [];
  const tasks = design.tasks.map((task) => {
    const edit = edits.find((e) => e.task === task.code);
    if (!edit) return task;
    const cells = mergedCells(design, edit)!;
    const responsible = ROLE_CODES.find((code) => cells[code] === 'R' || cells[code] === 'R+A')!;
    const accountable = ROLE_CODES.find((code) => cells[code] === 'A' || cells[code] === 'R+A')!;
    const consulted = ROLE_CODES.filter((code) => cells[code] === 'C');
    const informed = ROLE_CODES.filter((code) => cells[code] === 'I');
    const same =
      responsible === task.responsible &&
      accountable === task.accountable &&
      consulted.join() === [...task.consulted].sort(byCatalogue).join() &&
      informed.join() === [...task.informed].sort(byCatalogue).join();
    if (same) return task;
    changed.push(task.code);
    return {
      ...task,
      responsible,
      accountable,
      consulted,
      informed,
      reasonCode: 'matrix.edited',
      reason: EDIT_REASON[design.locale](why.trim()),
    };
  });
  return { design: { ...design, tasks }, changed };
}

function byCatalogue(a: RoleCode, b: RoleCode) {
  return ROLE_CODES.indexOf(a) - ROLE_CODES.indexOf(b);
}

/** A clear message for one problem, naming the task and the roles, in the user's language. */
export function matrixProblemMessage(problem: MatrixProblem, locale: Locale): string {
  const labels = ADVISOR_TEXTS[locale].labels;
  const task = (labels.task as Record<string, string>)[problem.task] ?? problem.task;
  const roles = problem.roles.map((code) => labels.role[code]).join(locale === 'nl' ? ' en ' : ' and ');
  if (locale === 'nl')
    switch (problem.code) {
      case 'no_accountable':
        return `Taak "${task}": kies precies één rol die eindverantwoordelijk is (A of R+A).`;
      case 'several_accountable':
        return `Taak "${task}": er mag maar één rol eindverantwoordelijk zijn (A), nu zijn dat ${roles}.`;
      case 'no_responsible':
        return `Taak "${task}": kies precies één rol die de taak uitvoert (R of R+A).`;
      case 'several_responsible':
        return `Taak "${task}": er mag maar één rol uitvoerend zijn (R), nu zijn dat ${roles}.`;
      case 'role_may_not_hold':
        return `Taak "${task}": ${roles} stuurt alleen op de missie en kan geen R of A hebben; kies C, I of leeg.`;
      case 'unknown_task':
        return `Taak "${task}" staat niet in de toegepaste inrichting.`;
    }
  switch (problem.code) {
    case 'no_accountable':
      return `Task "${task}": choose exactly one accountable role (A or R+A).`;
    case 'several_accountable':
      return `Task "${task}": only one role may be accountable (A); now ${roles} are.`;
    case 'no_responsible':
      return `Task "${task}": choose exactly one role that carries it out (R or R+A).`;
    case 'several_responsible':
      return `Task "${task}": only one role may be responsible (R); now ${roles} are.`;
    case 'role_may_not_hold':
      return `Task "${task}": ${roles} steers on the mission only and cannot hold R or A; choose C, I or blank.`;
    case 'unknown_task':
      return `Task "${task}" is not in the applied design.`;
  }
}
