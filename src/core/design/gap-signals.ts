// Gap signals: where the organisation in use falls short of its applied design. Pure (the clock comes in as `now`), so the
// server's panel and its tests agree. Codes are stable; the screens word them from the catalogs with the params given.
import { todayInAmsterdam } from '../calendar.js';
import { isNetworkRole } from '../access/permissions.js';
import { isStartUpPhase, type Phase } from './design-input.js';
import { boardRequired, type NetworkDesign } from './network-design.js';
import { isMemberSideRole, type RoleCode } from './task-catalogue.js';

export const GAP_SIGNAL_CODES = [
  'role_vacant',
  'board_missing',
  'no_employer_majority',
  'funder_in_governance',
  'task_without_owner',
  'coordinator_holds_member_tasks',
  'term_ending',
] as const;
export type GapSignalCode = (typeof GAP_SIGNAL_CODES)[number];

export const TERM_WARNING_DAYS = 60;

export interface GapSignal {
  code: GapSignalCode;
  severity: 'high' | 'medium' | 'low';
  role?: string;
  taskId?: string;
  taskLabel?: string;
  personId?: string;
  personName?: string;
  count?: number;
  advisedMin?: number;
  /** no_employer_majority: how many of `count` come from member employers, and how many have no organisation recorded. */
  fromMembers?: number;
  unknownOrganisation?: number;
  endsOn?: string;
  daysLeft?: number;
}

export interface GapInput {
  design: NetworkDesign | null;
  phase: Phase | null;
  /** Role assignments, current and past; only those whose term includes today count. Dates are `YYYY-MM-DD`. */
  assignments: {
    personId: string;
    personName: string;
    role: string;
    startsOn: string;
    endsOn: string | null;
    /** The person's organisation, when known. */
    organisationId?: string | null;
  }[];
  /**
   * Organisations that are member employers of the network (an employer with an admitted, active or paused membership), and
   * organisations that fund it. Without them the majority and funder checks cannot be made and are left out.
   */
  organisations?: { memberEmployerIds: readonly string[]; funderIds: readonly string[] };
  /** Kinds of the governance bodies that exist (a stuurgroep may stand in for an advised board). */
  bodyKinds?: readonly string[];
  tasks: {
    id: string;
    code: string | null;
    title: string | null;
    status: string;
    responsibleRole: string | null;
    assigneePersonId: string | null;
  }[];
  now: Date;
}

/** The calendar day in the Netherlands, as `YYYY-MM-DD`: terms and due dates are Dutch dates. */
export function dutchDate(now: Date): string {
  return todayInAmsterdam(now);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The bodies that hold the network's policy: the seed wants them "in handen van werkgevers". */
const GOVERNING_ROLES = ['core_group', 'board'] as const;

export function computeGapSignals({
  design,
  phase,
  assignments,
  tasks,
  now,
  organisations,
  bodyKinds = [],
}: GapInput): GapSignal[] {
  const today = dutchDate(now);
  const current = assignments.filter((a) => a.startsOn <= today && (a.endsOn === null || a.endsOn >= today));
  const holders = (role: string) => new Set(current.filter((a) => a.role === role).map((a) => a.personId));
  const signals: GapSignal[] = [];

  // The checklist starts the klankbordgroep in opstart: during initiatie its absence is no gap.
  const notYet = (role: string) => role === 'sounding_board' && phase === 'initiatie';

  if (design) {
    for (const role of design.roles) {
      // Only roles a person can hold here; candidates speak through the klankbordgroep, not through a login role.
      if (!role.needed || !isNetworkRole(role.code) || notYet(role.code)) continue;
      const count = holders(role.code).size;
      if (role.code === 'board') {
        // A legal entity needs a board by law; an external funder only makes one advisable ("in sommige gevallen"), and a
        // stuurgroep with the funder beside the kerngroep is the guide's alternative.
        const required = boardRequired(design);
        if (design.governance.formalBoard && count === 0 && (required || !bodyKinds.includes('steering_group'))) {
          signals.push({ code: 'board_missing', severity: required ? 'high' : 'medium' });
        }
        continue;
      }
      // A kerngroep of one or two employers is a kerngroep ("een of meerdere werkgevers"): its size is advice, no gap.
      if (count === 0) {
        signals.push({
          code: 'role_vacant',
          severity: role.code === 'coordinator' || role.code === 'core_group' ? 'high' : 'medium',
          role: role.code,
        });
      }
    }
  }

  if (organisations) signals.push(...governanceComposition(current, organisations));

  const coordinators = holders('coordinator');
  const pastStartUp = phase !== null && !isStartUpPhase(phase);
  for (const t of tasks) {
    if (t.status === 'done') continue;
    const label = t.code ?? t.title ?? '';
    // A task is owned by its assignee, or by its responsible role when someone holds that role.
    const waits = t.responsibleRole !== null && notYet(t.responsibleRole);
    if (!t.assigneePersonId && !waits && (!t.responsibleRole || holders(t.responsibleRole).size === 0)) {
      signals.push({ code: 'task_without_owner', severity: 'medium', taskId: t.id, taskLabel: label });
    }
    if (pastStartUp && design && t.code && t.assigneePersonId && coordinators.has(t.assigneePersonId)) {
      const designed = design.tasks.find((d) => d.code === t.code);
      if (designed && isMemberSideRole(designed.responsible as RoleCode)) {
        const name = current.find((a) => a.personId === t.assigneePersonId)?.personName;
        signals.push({
          code: 'coordinator_holds_member_tasks',
          severity: 'medium',
          taskId: t.id,
          taskLabel: label,
          role: designed.responsible,
          personId: t.assigneePersonId,
          ...(name ? { personName: name } : {}),
        });
      }
    }
  }

  for (const a of current) {
    if (a.endsOn === null) continue;
    const daysLeft = daysBetween(today, a.endsOn);
    if (daysLeft <= TERM_WARNING_DAYS) {
      signals.push({
        code: 'term_ending',
        severity: daysLeft <= 14 ? 'high' : 'low',
        role: a.role,
        personId: a.personId,
        personName: a.personName,
        endsOn: a.endsOn,
        daysLeft,
      });
    }
  }
  return signals;
}

/**
 * Who sits in the kerngroep and the board. The seed: "belangrijk dat de aansturing en het beleid ook in handen zijn van
 * werkgevers", and the funder "zou alleen moeten sturen op de missie". So a kerngroep or board without a majority of people
 * from member employers is signalled, and so is a seat held by the funder's own person (someone in the funder role, or
 * whose organisation funds the network). A person without a recorded organisation cannot count towards the majority; the
 * signal says how many of those there are, so the fix may be to record it.
 */
function governanceComposition(
  current: GapInput['assignments'],
  organisations: NonNullable<GapInput['organisations']>,
): GapSignal[] {
  const signals: GapSignal[] = [];
  const members = new Set(organisations.memberEmployerIds);
  const funderPersons = new Set(current.filter((a) => a.role === 'funder').map((a) => a.personId));
  const funderOrgs = new Set(organisations.funderIds);
  for (const a of current) {
    if (a.role === 'funder' && a.organisationId) funderOrgs.add(a.organisationId);
  }
  for (const role of GOVERNING_ROLES) {
    const seats = new Map<string, GapInput['assignments'][number]>();
    for (const a of current) if (a.role === role) seats.set(a.personId, a);
    if (seats.size === 0) continue;
    const people = [...seats.values()];
    const fromMembers = people.filter((a) => a.organisationId && members.has(a.organisationId)).length;
    const unknownOrganisation = people.filter((a) => !a.organisationId).length;
    if (fromMembers * 2 <= people.length) {
      signals.push({
        code: 'no_employer_majority',
        severity: 'high',
        role,
        count: people.length,
        fromMembers,
        unknownOrganisation,
      });
    }
    for (const a of people) {
      if (funderPersons.has(a.personId) || (a.organisationId && funderOrgs.has(a.organisationId))) {
        signals.push({
          code: 'funder_in_governance',
          severity: 'medium',
          role,
          personId: a.personId,
          personName: a.personName,
        });
      }
    }
  }
  return signals;
}
