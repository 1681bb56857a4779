// What applying a design would change in the network as it is now: which roles the design needs and how they are filled,
// which tasks are created or get another responsible role, which governance bodies are created, and the funder's default
// access. Pure; the server computes it, shows it as a diff, and only carries it out when the user confirms. Applying never
// removes anything: tasks the design no longer names are kept (with their history), people keep their roles.
import { hasExternalFunder, type DesignInput } from './design-input.js';
import type { NetworkDesign } from './network-design.js';
import type { RoleCode, TaskCode } from './task-catalogue.js';

export const BODY_KINDS = ['core_group', 'board', 'sounding_board', 'steering_group', 'theme_group'] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

/** A funder sees aggregates only, never personal data: the one default the design sets on the funder role. */
export const FUNDER_ACCESS_DEFAULT = 'aggregates_only';

export interface CurrentOrganisation {
  /** role code → number of people holding it today. */
  roleHolders: Partial<Record<string, number>>;
  /** The network's design tasks as they are (source = design). */
  designTasks: { code: string; responsibleRole: string | null; hasAssignee: boolean }[];
  bodyKinds: string[];
  funderAccess: string | null;
}

export type RoleStatus = 'vacant' | 'short' | 'filled' | 'later';

export interface ApplicationPlan {
  roles: {
    code: RoleCode;
    advisedMin: number | null;
    advisedMax: number | null;
    holders: number;
    /** `later`: needed, but not in this phase yet (the klankbordgroep starts in opstart). */
    status: RoleStatus;
  }[];
  tasks: {
    create: { code: TaskCode; responsibleRole: RoleCode }[];
    update: { code: TaskCode; from: string | null; to: RoleCode; assigneeKept: boolean }[];
    unchanged: TaskCode[];
    /** Tasks of an earlier design that this one no longer names: kept, never deleted. */
    kept: string[];
  };
  bodies: { create: BodyKind[]; existing: BodyKind[] };
  funderAccess: { from: string | null; to: string } | null;
  hasChanges: boolean;
}

/** The bodies a design calls for: the kerngroep always, a board where advised, a klankbordgroep where needed. */
export function bodiesForDesign(design: NetworkDesign): BodyKind[] {
  const kinds: BodyKind[] = ['core_group'];
  if (design.governance.formalBoard) kinds.push('board');
  if (design.roles.some((r) => r.code === 'sounding_board' && r.needed)) kinds.push('sounding_board');
  return kinds;
}

export function planDesignApplication(
  design: NetworkDesign,
  input: DesignInput,
  current: CurrentOrganisation,
): ApplicationPlan {
  const roles = design.roles
    .filter((role) => role.needed)
    .map((role) => {
      const holders = current.roleHolders[role.code] ?? 0;
      const min = role.advisedCount?.min ?? null;
      // A kerngroep is "een of meerdere werkgevers": below the advised size it is still filled, the size is advice.
      const sizeIsAdvice = role.code === 'core_group';
      const status: RoleStatus =
        holders === 0
          ? role.code === 'sounding_board' && input.phase === 'initiatie'
            ? 'later'
            : 'vacant'
          : min !== null && holders < min && !sizeIsAdvice
            ? 'short'
            : 'filled';
      return { code: role.code, advisedMin: min, advisedMax: role.advisedCount?.max ?? null, holders, status };
    });

  const create: ApplicationPlan['tasks']['create'] = [];
  const update: ApplicationPlan['tasks']['update'] = [];
  const unchanged: TaskCode[] = [];
  for (const designTask of design.tasks) {
    const existing = current.designTasks.find((t) => t.code === designTask.code);
    if (!existing) create.push({ code: designTask.code, responsibleRole: designTask.responsible });
    else if (existing.responsibleRole !== designTask.responsible)
      update.push({
        code: designTask.code,
        from: existing.responsibleRole,
        to: designTask.responsible,
        assigneeKept: existing.hasAssignee,
      });
    else unchanged.push(designTask.code);
  }
  const kept = current.designTasks
    .map((t) => t.code)
    .filter((code) => !design.tasks.some((t) => t.code === code))
    .sort();

  const wanted = bodiesForDesign(design);
  const bodies = {
    create: wanted.filter((kind) => !current.bodyKinds.includes(kind)),
    existing: wanted.filter((kind) => current.bodyKinds.includes(kind)),
  };

  const funderAccess =
    hasExternalFunder(input.financing) && current.funderAccess !== FUNDER_ACCESS_DEFAULT
      ? { from: current.funderAccess, to: FUNDER_ACCESS_DEFAULT }
      : null;

  const hasChanges = create.length + update.length + bodies.create.length > 0 || funderAccess !== null;
  return { roles, tasks: { create, update, unchanged, kept }, bodies, funderAccess, hasChanges };
}
