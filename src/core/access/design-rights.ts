// Rights that follow the applied design (decision 016). Every task of the design catalogue names the actions it needs; the
// role that holds R for a task (and A where the task is a decision) gets those actions in that network, on top of the fixed
// base of permissions.ts. A floor never moves, whatever a design says: candidates' personal data stays with the coordinator
// (and the backoffice where the network allows it, checked by the service), a funder gets nothing from a design (never a
// write, never content), and a design cannot hand out the keys to the network itself (roles, settings, the design, the
// audit log). Installation administration is a platform action and never a network action at all. Pure.
import { TASK_CODES, type TaskCode } from '../design/task-catalogue.js';
import {
  NETWORK_ACTIONS,
  NETWORK_ROLES,
  ROLE_PERMISSIONS,
  isNetworkRole,
  type NetworkAction,
  type NetworkRole,
} from './permissions.js';

export interface TaskActions {
  /** What the role holding R (does the work) needs. */
  responsible: readonly NetworkAction[];
  /** What the role holding A needs; only filled where the task is a decision (approving, releasing, prioritising). */
  accountable: readonly NetworkAction[];
}

const none: readonly NetworkAction[] = [];

/** Task of the catalogue → the actions it needs. The data behind "wie mag wat, en waarom". */
export const TASK_ACTIONS: Record<TaskCode, TaskActions> = {
  set_direction: { responsible: ['design.read', 'governance.read', 'steering.read_mission'], accountable: none },
  admit_members: { responsible: ['members.read', 'organisations.read'], accountable: ['members.read'] },
  needs_inventory: { responsible: ['needs.read', 'needs.raise', 'needs.manage'], accountable: none },
  agenda_priorities: { responsible: ['needs.read', 'needs.prioritise'], accountable: ['needs.prioritise'] },
  // Own activities only: the agenda service limits activities.organise to the actor's own organisation.
  organise_activities: {
    responsible: ['activities.read', 'activities.register', 'activities.organise'],
    accountable: none,
  },
  host_activities: { responsible: ['activities.read', 'activities.register', 'activities.host'], accountable: none },
  lead_theme_groups: {
    responsible: ['members.read', 'needs.read', 'activities.read', 'activities.organise'],
    accountable: none,
  },
  onboarding: { responsible: ['people.read', 'members.read', 'organisations.read'], accountable: none },
  // Contact moments are the work of relationship management: who holds it records them and sees the timeline.
  relationship_management: {
    responsible: ['members.read', 'organisations.read', 'interactions.read', 'interactions.record'],
    accountable: none,
  },
  public_partners: { responsible: ['partners.read'], accountable: none },
  partner_networks: { responsible: ['partners.read', 'sharing.read'], accountable: none },
  candidate_supply: { responsible: ['candidates.statistics'], accountable: none },
  create_jobs: { responsible: ['proposals.respond'], accountable: none },
  report_realisations: { responsible: ['steering.read_mission'], accountable: none },
  knowledge_sharing: { responsible: ['news.read', 'news.manage'], accountable: none },
  ambassadorship: { responsible: ['news.read'], accountable: none },
  member_administration: {
    responsible: ['members.read', 'members.manage', 'organisations.read', 'organisations.manage'],
    accountable: none,
  },
  contributions: {
    responsible: ['members.read', 'organisations.read', 'budget.read', 'invoices.read', 'invoices.manage'],
    accountable: none,
  },
  // Mailings are left out on purpose: mailings.manage also sends to every member, which stays with the organisation.
  communication: { responsible: ['news.read', 'news.manage'], accountable: none },
  meetings_secretariat: { responsible: ['governance.read', 'governance.manage'], accountable: none },
  funder_reporting: { responsible: ['steering.read', 'reports.manage'], accountable: ['reports.manage'] },
  budget: { responsible: ['steering.read', 'budget.read', 'budget.manage'], accountable: none },
  evaluate_network: { responsible: ['steering.read'], accountable: ['steering.read'] },
  // Giving advice needs a current term in the klankbordgroep as well (the advice service checks it); who holds A asks for it.
  advice: { responsible: ['advice.read', 'advice.give'], accountable: ['advice.read', 'advice.request'] },
  // Candidates hold no network role; the klankbordgroep (in the advisor's designs) carries their voice: it organises meetings
  // between candidates and employers (own activities only, as organise_activities) and reads the mission-level figures,
  // where "Stem van kandidaten" is shown suppressed. Never the candidates' records themselves (the floor).
  candidate_voice: {
    responsible: ['activities.read', 'activities.register', 'activities.organise', 'steering.read_mission'],
    accountable: none,
  },
};

/** Candidates' personal data: never from a design, only the fixed base (coordinator; backoffice per network setting). */
export const PERSONAL_DATA_ACTIONS: readonly NetworkAction[] = [
  'candidates.read',
  'candidates.manage',
  'candidates.view_log',
  'candidates.rights',
  'placements.read',
  'placements.manage',
  'referrals.manage',
  'exchange.manage',
];

/** The keys of the network: a design may not give away who holds roles, the settings, the design itself or the log. */
export const NETWORK_KEY_ACTIONS: readonly NetworkAction[] = [
  'people.manage_roles',
  'network.update',
  'design.manage',
  'audit.read',
];

/** Roles a design never gives anything: a funder steers on the mission only. */
export const ROLES_WITHOUT_DESIGN_RIGHTS: readonly NetworkRole[] = ['funder'];

/** The floor: may a design give this role this action? */
export function designMayGrant(role: NetworkRole, action: NetworkAction): boolean {
  if (ROLES_WITHOUT_DESIGN_RIGHTS.includes(role)) return false;
  if (PERSONAL_DATA_ACTIONS.includes(action)) return false;
  if (NETWORK_KEY_ACTIONS.includes(action)) return false;
  return true;
}

/** The design in force in one network, as far as rights are concerned. */
export interface AppliedDesignRights {
  versionId: string;
  versionNumber: number;
  appliedAt: Date;
  tasks: readonly { code: string; responsible: string; accountable: string }[];
}

export interface DesignGrant {
  role: NetworkRole;
  action: NetworkAction;
  task: TaskCode;
  via: 'R' | 'A';
}

function isTaskCode(code: string): code is TaskCode {
  return (TASK_CODES as readonly string[]).includes(code);
}

/** Every (role, action) the design gives, with the task and cell that gave it, floor applied. Sorted, no duplicates. */
export function designGrants(design: AppliedDesignRights | null | undefined): DesignGrant[] {
  if (!design) return [];
  const grants: DesignGrant[] = [];
  const seen = new Set<string>();
  const add = (role: string, actions: readonly NetworkAction[], task: TaskCode, via: 'R' | 'A') => {
    if (!isNetworkRole(role)) return;
    for (const action of actions) {
      if (!designMayGrant(role, action)) continue;
      const key = `${role} ${action} ${task} ${via}`;
      if (seen.has(key)) continue;
      seen.add(key);
      grants.push({ role, action, task, via });
    }
  };
  for (const t of design.tasks) {
    if (!isTaskCode(t.code)) continue;
    add(t.responsible, TASK_ACTIONS[t.code].responsible, t.code, 'R');
    add(t.accountable, TASK_ACTIONS[t.code].accountable, t.code, 'A');
  }
  const roleIndex = (r: NetworkRole) => NETWORK_ROLES.indexOf(r);
  const actionIndex = (a: NetworkAction) => NETWORK_ACTIONS.indexOf(a);
  return grants.sort(
    (a, b) =>
      roleIndex(a.role) - roleIndex(b.role) ||
      actionIndex(a.action) - actionIndex(b.action) ||
      TASK_CODES.indexOf(a.task) - TASK_CODES.indexOf(b.task) ||
      a.via.localeCompare(b.via),
  );
}

/** Actions of a set of roles in a network: the fixed base plus what the applied design gives them. */
export function actionsInNetwork(
  roles: readonly string[],
  design: AppliedDesignRights | null | undefined,
): NetworkAction[] {
  const held = new Set<NetworkAction>();
  for (const role of roles) if (isNetworkRole(role)) for (const a of ROLE_PERMISSIONS[role]) held.add(a);
  for (const grant of designGrants(design)) if (roles.includes(grant.role)) held.add(grant.action);
  return NETWORK_ACTIONS.filter((a) => held.has(a));
}

export function allowsInNetwork(
  roles: readonly string[],
  action: NetworkAction,
  design: AppliedDesignRights | null | undefined,
): boolean {
  if (roles.some((role) => isNetworkRole(role) && ROLE_PERMISSIONS[role].includes(action))) return true;
  return designGrants(design).some((g) => g.action === action && roles.includes(g.role));
}

/**
 * Why an action is refused, in design terms: the first task (catalogue order) whose R or A cell would give it, and the role
 * holding that cell in the applied design. Null when no task gives the action (then it is a base right only).
 */
export function taskBehindAction(
  action: NetworkAction,
  design: AppliedDesignRights | null | undefined,
): { task: TaskCode; via: 'R' | 'A'; role: string; versionNumber: number } | null {
  if (!design) return null;
  for (const code of TASK_CODES) {
    const t = design.tasks.find((x) => x.code === code);
    if (!t) continue;
    if (TASK_ACTIONS[code].responsible.includes(action))
      return { task: code, via: 'R', role: t.responsible, versionNumber: design.versionNumber };
    if (TASK_ACTIONS[code].accountable.includes(action))
      return { task: code, via: 'A', role: t.accountable, versionNumber: design.versionNumber };
  }
  return null;
}

export interface RoleRights {
  role: NetworkRole;
  actions: { action: NetworkAction; base: boolean; fromDesign: { task: TaskCode; via: 'R' | 'A' }[] }[];
}

/** Per role: every action it has in the network, and for each whether it is a base right and which tasks gave it. */
export function rightsOverview(design: AppliedDesignRights | null | undefined): RoleRights[] {
  const grants = designGrants(design);
  return NETWORK_ROLES.map((role) => {
    const base = new Set(ROLE_PERMISSIONS[role]);
    const mine = grants.filter((g) => g.role === role);
    const actions = NETWORK_ACTIONS.filter((a) => base.has(a) || mine.some((g) => g.action === a)).map((action) => ({
      action,
      base: base.has(action),
      fromDesign: mine.filter((g) => g.action === action).map((g) => ({ task: g.task, via: g.via })),
    }));
    return { role, actions };
  });
}

/** What changes in the actual rights of each role when `after` replaces `before` (for the audit log). */
export function rightsChange(
  before: AppliedDesignRights | null | undefined,
  after: AppliedDesignRights | null | undefined,
): {
  granted: { role: NetworkRole; action: NetworkAction }[];
  revoked: { role: NetworkRole; action: NetworkAction }[];
} {
  const granted: { role: NetworkRole; action: NetworkAction }[] = [];
  const revoked: { role: NetworkRole; action: NetworkAction }[] = [];
  for (const role of NETWORK_ROLES) {
    const was = new Set(actionsInNetwork([role], before));
    const is = new Set(actionsInNetwork([role], after));
    for (const action of NETWORK_ACTIONS) {
      if (is.has(action) && !was.has(action)) granted.push({ role, action });
      if (was.has(action) && !is.has(action)) revoked.push({ role, action });
    }
  }
  return { granted, revoked };
}

/**
 * Tasks whose R would fall to a role nobody holds in the network: the work has no one to do it. Shown before applying.
 * Roles outside the network roles (candidates) are not counted: they have no account to do the work with.
 */
export function tasksWithoutDoer(
  tasks: readonly { code: string; responsible: string }[],
  roleHolders: Partial<Record<string, number>>,
): { task: TaskCode; role: NetworkRole }[] {
  const result: { task: TaskCode; role: NetworkRole }[] = [];
  for (const t of tasks) {
    if (!isTaskCode(t.code) || !isNetworkRole(t.responsible)) continue;
    if ((roleHolders[t.responsible] ?? 0) === 0) result.push({ task: t.code, role: t.responsible });
  }
  return result;
}
