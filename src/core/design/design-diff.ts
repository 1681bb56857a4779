// Comparing two saved designs: which inputs changed, and what that did to roles, tasks (RACI), governance and tensions.
// Pure, so the server's compare route and the browser's side-by-side view give the same answer.
import type { DesignInput } from './design-input.js';
import type { NetworkDesign, TensionCode } from './network-design.js';
import type { RoleCode, TaskCode } from './task-catalogue.js';

type Change = 'added' | 'removed' | 'changed';

export interface RoleDiff {
  code: RoleCode;
  change: Change;
  before: { needed: boolean; min: number | null; max: number | null } | null;
  after: { needed: boolean; min: number | null; max: number | null } | null;
}

export interface TaskDiff {
  code: TaskCode;
  change: Change;
  before: { responsible: RoleCode; accountable: RoleCode } | null;
  after: { responsible: RoleCode; accountable: RoleCode } | null;
}

export type GovernanceField = 'formalBoard' | 'funderMandate' | 'soundingBoard';

export interface GovernanceDiff {
  field: GovernanceField;
  before: string;
  after: string;
}

export interface InputDiff {
  field: string;
  before: string;
  after: string;
}

export interface DesignDiff {
  inputs: InputDiff[];
  roles: RoleDiff[];
  tasks: TaskDiff[];
  governance: GovernanceDiff[];
  tensions: { added: TensionCode[]; removed: TensionCode[] };
  same: boolean;
}

function flattenInput(input: DesignInput): Record<string, string> {
  const { existing, ...rest } = input;
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(rest)) if (value !== undefined) flat[key] = String(value);
  for (const [key, value] of Object.entries(existing)) if (value !== undefined) flat[`existing.${key}`] = String(value);
  return flat;
}

function roleShape(role: NetworkDesign['roles'][number] | undefined) {
  if (!role) return null;
  return { needed: role.needed, min: role.advisedCount?.min ?? null, max: role.advisedCount?.max ?? null };
}

function governanceValues(design: NetworkDesign): Record<GovernanceField, string> {
  return {
    formalBoard: String(design.governance.formalBoard),
    funderMandate: design.governance.funderMandate ?? 'none',
    soundingBoard: design.governance.soundingBoard.composition.join(','),
  };
}

/** What changed from `before` to `after`; keys in catalogue order, so the result is deterministic. */
export function compareDesigns(
  before: { input: DesignInput; design: NetworkDesign },
  after: { input: DesignInput; design: NetworkDesign },
): DesignDiff {
  const a = flattenInput(before.input);
  const b = flattenInput(after.input);
  const inputs: InputDiff[] = [];
  for (const field of [...new Set([...Object.keys(a), ...Object.keys(b)])]) {
    if (a[field] !== b[field]) inputs.push({ field, before: a[field] ?? '', after: b[field] ?? '' });
  }

  const roles: RoleDiff[] = [];
  const roleCodes = [...new Set([...before.design.roles, ...after.design.roles].map((r) => r.code))];
  for (const code of roleCodes) {
    const x = roleShape(before.design.roles.find((r) => r.code === code));
    const y = roleShape(after.design.roles.find((r) => r.code === code));
    if (JSON.stringify(x) === JSON.stringify(y)) continue;
    const change: Change = !x || !x.needed ? 'added' : !y || !y.needed ? 'removed' : 'changed';
    roles.push({ code, change, before: x, after: y });
  }

  const tasks: TaskDiff[] = [];
  const taskCodes = [...new Set([...before.design.tasks, ...after.design.tasks].map((t) => t.code))];
  for (const code of taskCodes) {
    const x = before.design.tasks.find((t) => t.code === code);
    const y = after.design.tasks.find((t) => t.code === code);
    const xs = x ? { responsible: x.responsible, accountable: x.accountable } : null;
    const ys = y ? { responsible: y.responsible, accountable: y.accountable } : null;
    if (JSON.stringify(xs) === JSON.stringify(ys)) continue;
    tasks.push({ code, change: !xs ? 'added' : !ys ? 'removed' : 'changed', before: xs, after: ys });
  }

  const ga = governanceValues(before.design);
  const gb = governanceValues(after.design);
  const governance = (Object.keys(ga) as GovernanceField[])
    .filter((field) => ga[field] !== gb[field])
    .map((field) => ({ field, before: ga[field], after: gb[field] }));

  const ta = before.design.tensions.map((t) => t.code);
  const tb = after.design.tensions.map((t) => t.code);
  const tensions = { added: tb.filter((c) => !ta.includes(c)), removed: ta.filter((c) => !tb.includes(c)) };

  const same =
    inputs.length +
      roles.length +
      tasks.length +
      governance.length +
      tensions.added.length +
      tensions.removed.length ===
    0;
  return { inputs, roles, tasks, governance, tensions, same };
}
