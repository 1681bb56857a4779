// The shape of the advisor's output (a basisinrichting), as a zod schema so the server can validate stored designs and the
// browser can trust a design it receives. Codes are stable identifiers; every recommendation carries a reasonCode and the
// reason rendered in the design's locale. The RACI matrix is derived from tasks by toMatrix, never stored twice.
import { z } from 'zod';

import { ROLE_CODES, TASK_CODES, type RoleCode, type TaskCode } from './task-catalogue.js';

export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const TENSION_CODES = [
  'no_coordinator',
  'annual_plan_vs_needs_driven',
  'unburdening_unfunded',
  'ownership_without_core_group',
  'coordinator_holds_member_tasks',
  'growth_outpaces_ownership',
  'coordinator_capacity_short',
  'contributions_below_cost',
] as const;
export type TensionCode = (typeof TENSION_CODES)[number];

export const SEVERITIES = ['low', 'medium', 'high'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const COST_ITEM_CODES = ['coordinator', 'meetings_venues', 'communication_tools', 'secretariat'] as const;
export type CostItemCode = (typeof COST_ITEM_CODES)[number];

export const SOUNDING_BOARD_MEMBER_KINDS = [
  'public_partner',
  'candidate',
  'jobcoach_provider',
  'education',
  'expert',
] as const;
export type SoundingBoardMemberKind = (typeof SOUNDING_BOARD_MEMBER_KINDS)[number];

export const CHECKLIST_CODES = [
  'choose_leading_variables',
  'form_core_group',
  'appoint_coordinator',
  'agree_mission',
  'agree_funder_mandate',
  'install_board',
  'choose_board_or_steering_group',
  'first_needs_inventory',
  'rolling_agenda',
  'entry_conditions',
  'grow_gradually',
  'set_contributions',
  'register_in_kind',
  'set_up_administration',
  'activate_sounding_board',
  'start_theme_groups',
  'handover_plan',
  'renew_core_group',
  'steer_on_engagement',
  'funder_reporting_mission_level',
  'revisit_needs',
  'review_financing',
  'explore_partner_networks',
] as const;
export type ChecklistCode = (typeof CHECKLIST_CODES)[number];

const roleCode = z.enum(ROLE_CODES);
const reasonCode = z.string().min(1);
const reason = z.string().min(1);
const centsRange = z.object({ min: z.number().int().min(0), max: z.number().int().min(0) });

export const designRole = z.object({
  code: roleCode,
  needed: z.boolean(),
  advisedCount: z.object({ min: z.number().int().min(0), max: z.number().int().min(0) }).nullable(),
  reasonCode,
  reason,
});

export const designTask = z.object({
  code: z.enum(TASK_CODES),
  responsible: roleCode,
  accountable: roleCode,
  consulted: z.array(roleCode),
  informed: z.array(roleCode),
  reasonCode,
  reason,
});

export const designTension = z.object({
  code: z.enum(TENSION_CODES),
  severity: z.enum(SEVERITIES),
  reasonCode,
  reason,
  advice: z.string().min(1),
});

export const designChecklistItem = z.object({
  code: z.enum(CHECKLIST_CODES),
  label: z.string().min(1),
  reasonCode,
  reason,
});

export const designCostItem = z.object({
  code: z.enum(COST_ITEM_CODES),
  amountCentsPerYear: centsRange,
  reasonCode,
  reason,
});

export const networkDesign = z.object({
  locale: z.enum(LOCALES),
  roles: z.array(designRole),
  tasks: z.array(designTask),
  governance: z.object({
    dayToDay: z.literal('core_group'),
    dayToDayReasonCode: reasonCode,
    dayToDayReason: reason,
    formalBoard: z.boolean(),
    formalBoardReasonCode: reasonCode,
    formalBoardReason: reason,
    funderMandate: z.literal('mission').nullable(),
    funderMandateReasonCode: reasonCode,
    funderMandateReason: reason,
    soundingBoard: z.object({
      composition: z.array(z.enum(SOUNDING_BOARD_MEMBER_KINDS)),
      reasonCode,
      reason,
    }),
  }),
  financing: z.object({
    costItems: z.array(designCostItem),
    coordinatorDaysPerWeek: z.number().min(0),
    contributionRangeCentsPerYear: centsRange,
    inKind: z.boolean(),
    funderPays: z.boolean(),
    reasonCode,
    reason,
  }),
  tensions: z.array(designTension),
  checklist: z.array(designChecklistItem),
});

export type NetworkDesign = z.infer<typeof networkDesign>;

/**
 * Whether the design requires a formal board (a legal entity needs one by law) rather than advising one (an external
 * funder: the seed's "in sommige gevallen"). Read from the reason code, so designs stored before the distinction read the
 * same way.
 */
export function boardRequired(design: NetworkDesign): boolean {
  const code = design.governance.formalBoardReasonCode;
  return code === 'governance.board.entity' || code === 'governance.board.funder_and_entity';
}

/** A board advised only because of an external funder: a stuurgroep with the funder beside the kerngroep may take its place. */
export function steeringGroupMayReplaceBoard(design: NetworkDesign): boolean {
  return design.governance.formalBoard && !boardRequired(design);
}
export type DesignRole = z.infer<typeof designRole>;
export type DesignTask = z.infer<typeof designTask>;
export type DesignTension = z.infer<typeof designTension>;
export type DesignChecklistItem = z.infer<typeof designChecklistItem>;
export type DesignCostItem = z.infer<typeof designCostItem>;

/** One cell of the responsibility matrix; "R+A" when one role both does and decides (as the kerngroep often does). */
export type MatrixCell = 'R+A' | 'R' | 'A' | 'C' | 'I' | null;

export interface ResponsibilityMatrix {
  /** Column order: the roles the design needs, in catalogue order. */
  roles: RoleCode[];
  rows: { task: TaskCode; cells: Record<RoleCode, MatrixCell> }[];
}

/** Tasks × roles as R/A/C/I cells, derived from design.tasks so the two can never disagree. */
export function toMatrix(design: NetworkDesign): ResponsibilityMatrix {
  const roles = design.roles.filter((role) => role.needed).map((role) => role.code);
  const rows = design.tasks.map((designTask) => {
    const cells = Object.fromEntries(ROLE_CODES.map((code) => [code, null])) as Record<RoleCode, MatrixCell>;
    for (const code of designTask.informed) cells[code] = 'I';
    for (const code of designTask.consulted) cells[code] = 'C';
    cells[designTask.accountable] = 'A';
    cells[designTask.responsible] = designTask.responsible === designTask.accountable ? 'R+A' : 'R';
    return { task: designTask.code, cells };
  });
  return { roles, rows };
}
