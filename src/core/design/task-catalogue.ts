// The default roles and task catalogue of an inclusive employer network, as data. The seed refers to a roles-and-tasks table
// that did not come with it; this is the reconstruction from /work/shared/domain.md (the guide's cases and the coordinator's
// tips). The advisor shifts each task between its two ends; a network may later edit the result, never this default.

export const ROLE_CODES = [
  'core_group',
  'coordinator',
  'back_office',
  'employer',
  'sounding_board',
  'board',
  'funder',
  'partner',
  'theme_lead',
  'candidate',
] as const;
export type RoleCode = (typeof ROLE_CODES)[number];

export interface RoleDefinition {
  code: RoleCode;
  /** Roles held by member employers: tasks they hold are the ones the coordinator must hand over after start-up. */
  memberSide: boolean;
  /**
   * A funder steers on the mission only, so it may be consulted or informed but never be responsible or accountable; the
   * same holds for candidates while no person can hold that role.
   */
  mayHoldTasks: boolean;
}

export const ROLES: readonly RoleDefinition[] = [
  { code: 'core_group', memberSide: true, mayHoldTasks: true },
  { code: 'coordinator', memberSide: false, mayHoldTasks: true },
  { code: 'back_office', memberSide: false, mayHoldTasks: true },
  { code: 'employer', memberSide: true, mayHoldTasks: true },
  { code: 'sounding_board', memberSide: false, mayHoldTasks: true },
  { code: 'board', memberSide: false, mayHoldTasks: true },
  { code: 'funder', memberSide: false, mayHoldTasks: false },
  { code: 'partner', memberSide: false, mayHoldTasks: true },
  { code: 'theme_lead', memberSide: true, mayHoldTasks: true },
  // Nobody can hold the candidate role in the app yet: candidates are consulted, the klankbordgroep carries their voice.
  { code: 'candidate', memberSide: false, mayHoldTasks: false },
];

export function isMemberSideRole(code: RoleCode): boolean {
  return ROLES.some((role) => role.code === code && role.memberSide);
}

export const TASK_CODES = [
  'set_direction',
  'admit_members',
  'needs_inventory',
  'agenda_priorities',
  'organise_activities',
  'host_activities',
  'lead_theme_groups',
  'onboarding',
  'relationship_management',
  'public_partners',
  'partner_networks',
  'candidate_supply',
  'create_jobs',
  'report_realisations',
  'knowledge_sharing',
  'ambassadorship',
  'member_administration',
  'contributions',
  'communication',
  'meetings_secretariat',
  'funder_reporting',
  'budget',
  'evaluate_network',
  'advice',
  'candidate_voice',
] as const;
export type TaskCode = (typeof TASK_CODES)[number];

/** One end of the ownership scale for one task: R (does it), A (decides/approves), C (consulted), I (informed). */
export interface RaciAssignment {
  responsible: RoleCode;
  accountable: RoleCode;
  consulted: readonly RoleCode[];
  informed: readonly RoleCode[];
}

export interface TaskDefinition {
  code: TaskCode;
  /** Ownership end of the scale (1–2, "voor en door werkgevers"). */
  ownership: RaciAssignment;
  /** Unburdening end of the scale (4–5, "ontzorgen"). */
  unburdening: RaciAssignment;
  /** The guide: in year 1 the coordinator carries these, then hands them to members. */
  coordinatorCarriesInStartUp: boolean;
  /** Money matters where a formal board, when there is one, approves rather than the kerngroep. */
  boardApprovesWhenPresent: boolean;
  /** Only part of the design when the condition holds (no funder → nothing to report to; no themagroepen → no kartrekkers). */
  appliesWhen: 'always' | 'external_funder' | 'theme_groups';
  /**
   * A decision on the network's policy (direction, admission, agenda, partnerships, money). The seed: "belangrijk dat de
   * aansturing en het beleid ook in handen zijn van werkgevers" — so unburdening may move the work (R) of these tasks, never
   * the decision (A), which stays with the kerngroep (or a formal board with a majority of employers) at every level.
   */
  policy: boolean;
}

function raci(
  responsible: RoleCode,
  accountable: RoleCode,
  consulted: readonly RoleCode[] = [],
  informed: readonly RoleCode[] = [],
): RaciAssignment {
  return { responsible, accountable, consulted, informed };
}

function task(
  code: TaskCode,
  ownership: RaciAssignment,
  unburdening: RaciAssignment,
  options: Partial<
    Pick<TaskDefinition, 'coordinatorCarriesInStartUp' | 'boardApprovesWhenPresent' | 'appliesWhen' | 'policy'>
  > = {},
): TaskDefinition {
  return {
    code,
    ownership,
    unburdening,
    coordinatorCarriesInStartUp: options.coordinatorCarriesInStartUp ?? false,
    boardApprovesWhenPresent: options.boardApprovesWhenPresent ?? false,
    appliesWhen: options.appliesWhen ?? 'always',
    policy: options.policy ?? false,
  };
}

// Consulted/informed lists name every role that may take part; the advisor drops roles the design does not need (no funder,
// no board, no backoffice), so a funder is only consulted on the mission when there is one.
export const TASK_CATALOGUE: readonly TaskDefinition[] = [
  task(
    'set_direction',
    // Members are consulted on direction at both ends: at the ownership end most of all.
    raci('core_group', 'core_group', ['coordinator', 'funder', 'sounding_board', 'employer'], ['board']),
    raci('coordinator', 'core_group', ['funder', 'sounding_board', 'employer'], ['board']),
    { policy: true },
  ),
  task(
    'admit_members',
    raci('core_group', 'core_group', ['coordinator'], ['employer', 'back_office']),
    raci('core_group', 'core_group', ['coordinator'], ['employer', 'back_office']),
    { policy: true },
  ),
  task(
    'needs_inventory',
    raci('coordinator', 'core_group', ['employer', 'theme_lead'], ['sounding_board']),
    raci('coordinator', 'core_group', ['employer', 'theme_lead'], ['sounding_board']),
  ),
  task(
    'agenda_priorities',
    raci('core_group', 'core_group', ['coordinator', 'employer', 'theme_lead'], ['funder', 'sounding_board']),
    raci('coordinator', 'core_group', ['employer', 'theme_lead'], ['funder', 'sounding_board']),
    { policy: true },
  ),
  task(
    'organise_activities',
    raci('employer', 'core_group', ['coordinator', 'theme_lead'], ['partner']),
    raci('coordinator', 'core_group', ['employer', 'back_office'], ['partner']),
    { coordinatorCarriesInStartUp: true },
  ),
  task(
    'host_activities',
    raci('employer', 'core_group', ['coordinator']),
    raci('employer', 'coordinator', ['back_office']),
  ),
  task(
    'lead_theme_groups',
    raci('theme_lead', 'core_group', ['employer'], ['coordinator']),
    raci('theme_lead', 'core_group', ['coordinator', 'employer']),
    { appliesWhen: 'theme_groups' },
  ),
  task(
    'onboarding',
    raci('employer', 'core_group', ['coordinator'], ['back_office']),
    raci('coordinator', 'core_group', ['employer'], ['back_office']),
    { coordinatorCarriesInStartUp: true },
  ),
  task(
    'relationship_management',
    raci('coordinator', 'core_group', ['employer']),
    raci('coordinator', 'core_group', ['employer']),
  ),
  task(
    'public_partners',
    raci('coordinator', 'core_group', ['partner', 'funder'], ['employer']),
    raci('coordinator', 'core_group', ['partner', 'funder'], ['employer']),
    { policy: true },
  ),
  task(
    'partner_networks',
    raci('coordinator', 'core_group', ['partner'], ['employer']),
    raci('coordinator', 'core_group', ['partner'], ['employer']),
    { policy: true },
  ),
  task(
    'candidate_supply',
    raci('partner', 'partner', ['coordinator', 'employer'], ['core_group']),
    raci('partner', 'partner', ['coordinator', 'employer'], ['core_group']),
  ),
  task(
    'create_jobs',
    raci('employer', 'employer', ['coordinator', 'partner'], ['core_group']),
    raci('employer', 'employer', ['coordinator', 'partner'], ['core_group']),
  ),
  task(
    'report_realisations',
    raci('employer', 'core_group', ['coordinator'], ['funder']),
    raci('employer', 'core_group', ['back_office'], ['coordinator', 'funder']),
  ),
  task(
    'knowledge_sharing',
    raci('employer', 'core_group', ['coordinator', 'partner']),
    raci('coordinator', 'core_group', ['employer', 'partner']),
    { coordinatorCarriesInStartUp: true },
  ),
  task(
    'ambassadorship',
    raci('employer', 'core_group', ['coordinator'], ['partner']),
    raci('employer', 'core_group', ['coordinator'], ['partner']),
  ),
  task(
    'member_administration',
    raci('coordinator', 'core_group', ['back_office']),
    raci('back_office', 'coordinator', [], ['core_group']),
  ),
  task(
    'contributions',
    raci('back_office', 'core_group', ['coordinator'], ['employer']),
    raci('back_office', 'board', ['coordinator'], ['employer', 'core_group']),
    { boardApprovesWhenPresent: true, policy: true },
  ),
  task(
    'communication',
    raci('employer', 'core_group', ['coordinator'], ['partner']),
    raci('back_office', 'coordinator', ['employer'], ['partner']),
    { coordinatorCarriesInStartUp: true },
  ),
  task(
    'meetings_secretariat',
    raci('coordinator', 'core_group', [], ['employer']),
    raci('back_office', 'coordinator', [], ['core_group']),
  ),
  task(
    'funder_reporting',
    raci('coordinator', 'core_group', ['employer'], ['funder']),
    raci('coordinator', 'board', ['core_group'], ['funder']),
    { boardApprovesWhenPresent: true, appliesWhen: 'external_funder' },
  ),
  task(
    'budget',
    raci('back_office', 'core_group', ['coordinator'], ['employer', 'funder']),
    raci('back_office', 'board', ['coordinator', 'core_group'], ['funder']),
    { boardApprovesWhenPresent: true, policy: true },
  ),
  task(
    'evaluate_network',
    raci('coordinator', 'core_group', ['employer', 'sounding_board'], ['funder', 'board']),
    raci('coordinator', 'core_group', ['employer', 'sounding_board'], ['board', 'funder']),
  ),
  task(
    'advice',
    raci('sounding_board', 'core_group', [], ['coordinator']),
    raci('sounding_board', 'core_group', [], ['coordinator']),
  ),
  task(
    'candidate_voice',
    // Nobody can hold the candidate role in the app (yet), so the klankbordgroep, where candidates and ervaringsdeskundigen
    // sit ("R candidates in klankbord"), carries their voice; the candidates themselves are consulted.
    raci('sounding_board', 'core_group', ['candidate', 'coordinator']),
    raci('sounding_board', 'core_group', ['candidate', 'coordinator']),
  ),
];
