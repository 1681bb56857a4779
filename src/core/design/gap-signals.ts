// Gap signals: where the organisation in use falls short of its applied design. Pure (the clock comes in as `now`), so the
// server's panel and its tests agree. Codes are stable; the screens word them from the catalogs with the params given.
import { todayInAmsterdam } from '../calendar.js';
import { isNetworkRole } from '../access/permissions.js';
import { isStartUpPhase, type Phase } from './design-input.js';
import type { NetworkDesign } from './network-design.js';
import { isMemberSideRole, type RoleCode } from './task-catalogue.js';

export const GAP_SIGNAL_CODES = [
  'role_vacant',
  'board_missing',
  'core_group_too_small',
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
  endsOn?: string;
  daysLeft?: number;
}

export interface GapInput {
  design: NetworkDesign | null;
  phase: Phase | null;
  /** Role assignments, current and past; only those whose term includes today count. Dates are `YYYY-MM-DD`. */
  assignments: { personId: string; personName: string; role: string; startsOn: string; endsOn: string | null }[];
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

export function computeGapSignals({ design, phase, assignments, tasks, now }: GapInput): GapSignal[] {
  const today = dutchDate(now);
  const current = assignments.filter((a) => a.startsOn <= today && (a.endsOn === null || a.endsOn >= today));
  const holders = (role: string) => new Set(current.filter((a) => a.role === role).map((a) => a.personId));
  const signals: GapSignal[] = [];

  if (design) {
    for (const role of design.roles) {
      // Only roles a person can hold here; candidates speak through the klankbordgroep, not through a login role.
      if (!role.needed || !isNetworkRole(role.code)) continue;
      const count = holders(role.code).size;
      if (role.code === 'board') {
        if (design.governance.formalBoard && count === 0) signals.push({ code: 'board_missing', severity: 'high' });
        continue;
      }
      if (count === 0) {
        signals.push({
          code: 'role_vacant',
          severity: role.code === 'coordinator' || role.code === 'core_group' ? 'high' : 'medium',
          role: role.code,
        });
      } else if (role.code === 'core_group' && role.advisedCount && count < role.advisedCount.min) {
        signals.push({ code: 'core_group_too_small', severity: 'medium', count, advisedMin: role.advisedCount.min });
      }
    }
  }

  const coordinators = holders('coordinator');
  const pastStartUp = phase !== null && !isStartUpPhase(phase);
  for (const t of tasks) {
    if (t.status === 'done') continue;
    const label = t.code ?? t.title ?? '';
    // A task is owned by its assignee, or by its responsible role when someone holds that role.
    if (!t.assigneePersonId && (!t.responsibleRole || holders(t.responsibleRole).size === 0)) {
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
