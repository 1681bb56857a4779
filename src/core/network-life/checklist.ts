// The phase checklist as work: the advisor's checklist for a phase becomes items with an owner role (from the applied
// design, through the task the item belongs to), a due date (phase start + an offset) and a state; evidence rules decide
// from the network's data whether an item is proven done. Pure: no database, no clock (dates are passed in).
import type { ChecklistCode } from '../design/network-design.js';
import type { RoleCode, TaskCode } from '../design/task-catalogue.js';

export const CHECKLIST_ITEM_STATES = ['open', 'done', 'skipped'] as const;
export type ChecklistItemState = (typeof CHECKLIST_ITEM_STATES)[number];

/** The task of the design whose responsible role owns a checklist item by default. */
export const CHECKLIST_TASK: Record<ChecklistCode, TaskCode> = {
  choose_leading_variables: 'set_direction',
  form_core_group: 'set_direction',
  appoint_coordinator: 'set_direction',
  agree_mission: 'set_direction',
  agree_funder_mandate: 'funder_reporting',
  install_board: 'set_direction',
  choose_board_or_steering_group: 'set_direction',
  first_needs_inventory: 'needs_inventory',
  rolling_agenda: 'agenda_priorities',
  entry_conditions: 'admit_members',
  grow_gradually: 'admit_members',
  set_contributions: 'contributions',
  register_in_kind: 'contributions',
  set_up_administration: 'member_administration',
  activate_sounding_board: 'advice',
  start_theme_groups: 'lead_theme_groups',
  handover_plan: 'evaluate_network',
  renew_core_group: 'set_direction',
  steer_on_engagement: 'evaluate_network',
  funder_reporting_mission_level: 'funder_reporting',
  revisit_needs: 'needs_inventory',
  review_financing: 'budget',
  explore_partner_networks: 'partner_networks',
};

/** Days after the phase start by which an item is due: the foundations first, the growing work later. */
const EARLY = 30;
const MID = 90;
const LATE = 180;
export const CHECKLIST_DUE_OFFSET_DAYS: Record<ChecklistCode, number> = {
  choose_leading_variables: EARLY,
  form_core_group: EARLY,
  appoint_coordinator: EARLY,
  agree_mission: MID,
  agree_funder_mandate: MID,
  install_board: MID,
  choose_board_or_steering_group: MID,
  first_needs_inventory: MID,
  rolling_agenda: MID,
  entry_conditions: MID,
  grow_gradually: LATE,
  set_contributions: MID,
  register_in_kind: MID,
  set_up_administration: MID,
  activate_sounding_board: MID,
  start_theme_groups: LATE,
  handover_plan: LATE,
  renew_core_group: LATE,
  steer_on_engagement: LATE,
  funder_reporting_mission_level: LATE,
  revisit_needs: LATE,
  review_financing: LATE,
  explore_partner_networks: LATE,
};

/** A new checklist item, before it is stored. `titleKey` is the catalog key of its Dutch/English title. */
export interface NewChecklistItem {
  code: ChecklistCode;
  titleKey: string;
  ownerRole: RoleCode | null;
  dueOn: string;
}

/** `date` (YYYY-MM-DD) plus `days`, in UTC so no time zone shifts the day. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The items for a phase's checklist: one per code (duplicates dropped), owned by the role the applied design makes
 * responsible for the item's task (null without a design or when that task is not in it), due phase start + offset.
 */
export function checklistItemsForPhase(input: {
  codes: readonly ChecklistCode[];
  tasks: readonly { code: TaskCode; responsible: RoleCode }[] | null;
  phaseStartedOn: string;
}): NewChecklistItem[] {
  const seen = new Set<ChecklistCode>();
  const items: NewChecklistItem[] = [];
  for (const code of input.codes) {
    if (seen.has(code)) continue;
    seen.add(code);
    const task = input.tasks?.find((t) => t.code === CHECKLIST_TASK[code]);
    items.push({
      code,
      titleKey: `checklist.${code}`,
      ownerRole: task?.responsible ?? null,
      dueOn: addDays(input.phaseStartedOn, CHECKLIST_DUE_OFFSET_DAYS[code]),
    });
  }
  return items;
}

/** The network's data the evidence rules read. */
export interface ChecklistFacts {
  /** Governance bodies with the number of people currently seated in them. */
  bodies: readonly { kind: string; name: string; members: number }[];
  /** Whether a mission has been written (any mission version). */
  missionWritten: boolean;
  /** Funder agreements with the mandate they record. */
  funderAgreements: readonly { funderName: string; mandate: string }[];
  /** Number of people holding the coordinator role now. */
  coordinators: number;
  /** Decisions of kind `governance` (a mandate or a choice of bodies recorded in the log). */
  governanceDecisions: readonly { text: string; decidedOn: string }[];
}

/** Fewest people seated in a kerngroep before the item "form a kerngroep" counts as proven. */
export const CORE_GROUP_MIN_MEMBERS = 2;

/** Evidence that an item is done: the key of its sentence (in the catalogs) and the values it names. */
export interface ChecklistEvidence {
  key: string;
  values: Record<string, string | number>;
}

function seatedBody(facts: ChecklistFacts, kinds: readonly string[], min: number): ChecklistEvidence | null {
  const found = facts.bodies.find((b) => kinds.includes(b.kind) && b.members >= min);
  return found ? { key: `body.${found.kind}`, values: { name: found.name, members: found.members } } : null;
}

type EvidenceRule = (facts: ChecklistFacts) => ChecklistEvidence | null;

/** The items the data can prove; every other item is ticked by hand. */
const EVIDENCE_RULES: Partial<Record<ChecklistCode, EvidenceRule>> = {
  form_core_group: (f) => seatedBody(f, ['core_group'], CORE_GROUP_MIN_MEMBERS),
  activate_sounding_board: (f) => seatedBody(f, ['sounding_board'], 1),
  install_board: (f) => seatedBody(f, ['board'], 1),
  choose_board_or_steering_group: (f) => seatedBody(f, ['board', 'steering_group'], 1),
  start_theme_groups: (f) => seatedBody(f, ['theme_group'], 1),
  agree_mission: (f) => (f.missionWritten ? { key: 'mission', values: {} } : null),
  appoint_coordinator: (f) => (f.coordinators > 0 ? { key: 'coordinator', values: { count: f.coordinators } } : null),
  agree_funder_mandate: (f): ChecklistEvidence | null => {
    const agreement = f.funderAgreements.find((a) => a.mandate.trim() !== '');
    if (agreement)
      return { key: 'funder_mandate', values: { funder: agreement.funderName, mandate: agreement.mandate } };
    const decision = f.governanceDecisions.find((d) => /mandaat|mandate/i.test(d.text));
    return decision ? { key: 'mandate_decision', values: { date: decision.decidedOn } } : null;
  },
};

/** Evidence from the data that the item is done, or null when the data does not prove it (then it stays manual). */
export function checklistEvidence(code: ChecklistCode, facts: ChecklistFacts): ChecklistEvidence | null {
  const rule = EVIDENCE_RULES[code];
  return rule ? rule(facts) : null;
}

const EVIDENCE_TEXT: Record<'nl' | 'en', Record<string, (v: Record<string, string | number>) => string>> = {
  nl: {
    'body.core_group': (v) => `Kerngroep "${v.name}" met ${v.members} ${v.members === 1 ? 'lid' : 'leden'}`,
    'body.sounding_board': (v) => `Klankbordgroep "${v.name}" met ${v.members} ${v.members === 1 ? 'lid' : 'leden'}`,
    'body.board': (v) => `Bestuur "${v.name}" met ${v.members} ${v.members === 1 ? 'lid' : 'leden'}`,
    'body.steering_group': (v) => `Stuurgroep "${v.name}" met ${v.members} ${v.members === 1 ? 'lid' : 'leden'}`,
    'body.theme_group': (v) => `Themagroep "${v.name}" met ${v.members} ${v.members === 1 ? 'lid' : 'leden'}`,
    mission: () => 'De missie is vastgelegd',
    coordinator: (v) => `${v.count} netwerkcoördinator(en) aangesteld`,
    funder_mandate: (v) => `Financieringsafspraak met ${v.funder}: mandaat "${v.mandate}"`,
    mandate_decision: (v) => `Besluit over het mandaat op ${v.date}`,
  },
  en: {
    'body.core_group': (v) => `Core group "${v.name}" with ${v.members} ${v.members === 1 ? 'member' : 'members'}`,
    'body.sounding_board': (v) =>
      `Sounding board "${v.name}" with ${v.members} ${v.members === 1 ? 'member' : 'members'}`,
    'body.board': (v) => `Board "${v.name}" with ${v.members} ${v.members === 1 ? 'member' : 'members'}`,
    'body.steering_group': (v) =>
      `Steering group "${v.name}" with ${v.members} ${v.members === 1 ? 'member' : 'members'}`,
    'body.theme_group': (v) => `Theme group "${v.name}" with ${v.members} ${v.members === 1 ? 'member' : 'members'}`,
    mission: () => 'The mission has been recorded',
    coordinator: (v) => `${v.count} network coordinator(s) appointed`,
    funder_mandate: (v) => `Funder agreement with ${v.funder}: mandate "${v.mandate}"`,
    mandate_decision: (v) => `Decision on the mandate on ${v.date}`,
  },
};

/** The evidence as a sentence the user reads. */
export function evidenceText(evidence: ChecklistEvidence, locale: 'nl' | 'en'): string {
  const render = EVIDENCE_TEXT[locale][evidence.key];
  return render ? render(evidence.values) : evidence.key;
}

/** Progress: how many of the items are done (skipped items count as settled, not as done). */
export function checklistProgress(items: readonly { state: ChecklistItemState }[]): { done: number; total: number } {
  const relevant = items.filter((i) => i.state !== 'skipped');
  return { done: relevant.filter((i) => i.state === 'done').length, total: relevant.length };
}
