import { describe, expect, it } from 'vitest';

import { planDesignApplication } from './design-apply.js';
import { adviseDesign } from './design-advisor.js';
import { compareDesigns } from './design-diff.js';
import type { DesignInput } from './design-input.js';
import { computeGapSignals, dutchDate, type GapInput } from './gap-signals.js';

function makeInput(overrides: Partial<DesignInput> = {}): DesignInput {
  return {
    financing: 'external',
    funderType: 'werkgeversservicepunt',
    ownership: 2,
    phase: 'volwassen',
    expectedMembers: 40,
    existing: { coreGroupFormed: true, coordinatorAvailable: true, legalEntity: false, annualPlanRequired: false },
    ...overrides,
  };
}

const now = new Date('2026-03-10T10:00:00Z');
const input = makeInput();
const design = adviseDesign(input);

function assignment(personId: string, role: string, endsOn: string | null = null, startsOn = '2025-01-01') {
  return { personId, personName: `Persoon ${personId}`, role, startsOn, endsOn };
}

/** A network that fills every role the design needs, with a kerngroep of the advised size. */
function fullyStaffed(): GapInput['assignments'] {
  const min = design.roles.find((r) => r.code === 'core_group')!.advisedCount!.min;
  return [
    ...Array.from({ length: min }, (_, i) => assignment(`kg${i}`, 'core_group')),
    ...['coordinator', 'back_office', 'employer', 'sounding_board', 'board', 'funder', 'partner', 'theme_lead'].map(
      (role) => assignment(role, role),
    ),
  ];
}

function codes(signals: ReturnType<typeof computeGapSignals>) {
  return signals.map((s) => s.code);
}

describe('computeGapSignals', () => {
  it('gives no signal for a network that is staffed as designed', () => {
    expect(computeGapSignals({ design, phase: input.phase, assignments: fullyStaffed(), tasks: [], now })).toEqual([]);
  });

  it('signals a needed role nobody holds, and stops once someone holds it', () => {
    const without = fullyStaffed().filter((a) => a.role !== 'back_office');
    const signals = computeGapSignals({ design, phase: input.phase, assignments: without, tasks: [], now });
    expect(signals).toEqual([{ code: 'role_vacant', severity: 'medium', role: 'back_office' }]);
    const ended = [...without, assignment('bo', 'back_office', '2026-01-01')];
    expect(codes(computeGapSignals({ design, phase: input.phase, assignments: ended, tasks: [], now }))).toEqual([
      'role_vacant',
    ]);
  });

  it('signals a missing board only where the design needs one', () => {
    const noBoard = fullyStaffed().filter((a) => a.role !== 'board');
    expect(codes(computeGapSignals({ design, phase: input.phase, assignments: noBoard, tasks: [], now }))).toEqual([
      'board_missing',
    ]);
    const ownInput = makeInput({ financing: 'contributions_money', funderType: undefined });
    delete ownInput.funderType;
    const own = adviseDesign(ownInput);
    expect(own.governance.formalBoard).toBe(false);
    expect(
      codes(computeGapSignals({ design: own, phase: 'volwassen', assignments: noBoard, tasks: [], now })),
    ).not.toContain('board_missing');
  });

  it('a kerngroep of one employer is a kerngroep: smaller than advised is no gap', () => {
    const small = fullyStaffed().filter((a) => a.role !== 'core_group' || a.personId === 'kg0');
    expect(computeGapSignals({ design, phase: input.phase, assignments: small, tasks: [], now })).toEqual([]);
  });

  it('signals an open task without assignee whose responsible role is vacant, not a done one', () => {
    const assignments = fullyStaffed().filter((a) => a.role !== 'back_office');
    const tasks = [
      { id: 't1', code: 'budget', title: null, status: 'open', responsibleRole: 'back_office', assigneePersonId: null },
      {
        id: 't2',
        code: 'contributions',
        title: null,
        status: 'done',
        responsibleRole: 'back_office',
        assigneePersonId: null,
      },
      {
        id: 't3',
        code: 'advice',
        title: null,
        status: 'open',
        responsibleRole: 'sounding_board',
        assigneePersonId: null,
      },
      { id: 't4', code: null, title: 'Zaal boeken', status: 'open', responsibleRole: null, assigneePersonId: null },
    ];
    const signals = computeGapSignals({ design, phase: input.phase, assignments, tasks, now });
    expect(signals.filter((s) => s.code === 'task_without_owner').map((s) => s.taskId)).toEqual(['t1', 't4']);
  });

  it('signals the coordinator holding a member task after start-up, but not during start-up', () => {
    const tasks = [
      {
        id: 't1',
        code: 'create_jobs',
        title: null,
        status: 'open',
        responsibleRole: 'employer',
        assigneePersonId: 'coordinator',
      },
      {
        id: 't2',
        code: 'needs_inventory',
        title: null,
        status: 'open',
        responsibleRole: 'coordinator',
        assigneePersonId: 'coordinator',
      },
    ];
    const mature = computeGapSignals({ design, phase: 'volwassen', assignments: fullyStaffed(), tasks, now });
    expect(mature).toEqual([
      expect.objectContaining({ code: 'coordinator_holds_member_tasks', taskId: 't1', role: 'employer' }),
    ]);
    const startUp = computeGapSignals({ design, phase: 'opstart', assignments: fullyStaffed(), tasks, now });
    expect(codes(startUp)).toEqual([]);
  });

  it('signals terms ending within 60 days (Dutch calendar day), not later ones', () => {
    const assignments = [
      ...fullyStaffed(),
      assignment('x', 'core_group', '2026-05-09'),
      assignment('y', 'core_group', '2026-05-10'),
    ];
    const signals = computeGapSignals({ design, phase: input.phase, assignments, tasks: [], now });
    expect(signals).toEqual([
      expect.objectContaining({ code: 'term_ending', personId: 'x', daysLeft: 60, endsOn: '2026-05-09' }),
    ]);
    expect(dutchDate(new Date('2026-03-10T23:30:00Z'))).toBe('2026-03-11');
  });
});

describe('planDesignApplication', () => {
  const empty = { roleHolders: {}, designTasks: [], bodyKinds: [], funderAccess: null };

  it('on an empty network creates every task, the bodies the design needs and the funder default', () => {
    const plan = planDesignApplication(design, input, empty);
    expect(plan.tasks.create).toHaveLength(design.tasks.length);
    expect(plan.bodies.create).toEqual(['core_group', 'board', 'sounding_board']);
    expect(plan.funderAccess).toEqual({ from: null, to: 'aggregates_only' });
    expect(plan.roles.find((r) => r.code === 'coordinator')?.status).toBe('vacant');
    expect(plan.hasChanges).toBe(true);
  });

  it('re-applying the same design changes nothing; another design updates and keeps, never removes', () => {
    const applied = {
      roleHolders: { coordinator: 1 },
      designTasks: design.tasks.map((t) => ({ code: t.code, responsibleRole: t.responsible, hasAssignee: true })),
      bodyKinds: ['core_group', 'board', 'sounding_board'],
      funderAccess: 'aggregates_only',
    };
    const again = planDesignApplication(design, input, applied);
    expect(again.hasChanges).toBe(false);
    expect(again.tasks.unchanged).toHaveLength(design.tasks.length);

    const otherInput = makeInput({ ownership: 5, phase: 'opstart', financing: 'contributions_money' });
    delete otherInput.funderType;
    const other = adviseDesign(otherInput);
    const plan = planDesignApplication(other, otherInput, applied);
    expect(plan.tasks.update.length).toBeGreaterThan(0);
    expect(plan.tasks.update.every((u) => u.assigneeKept)).toBe(true);
    expect(plan.tasks.kept).toContain('funder_reporting');
    expect(plan.bodies.create).toEqual([]);
    expect(plan.funderAccess).toBeNull();
  });
});

describe('compareDesigns', () => {
  it('names the changed inputs, task shifts, governance and tensions', () => {
    const b = makeInput({ existing: { ...input.existing, annualPlanRequired: true }, ownership: 5 });
    const diff = compareDesigns({ input, design }, { input: b, design: adviseDesign(b) });
    expect(diff.inputs.map((i) => i.field).sort()).toEqual(['existing.annualPlanRequired', 'ownership']);
    expect(diff.tensions.added).toContain('annual_plan_vs_needs_driven');
    expect(diff.tasks.length).toBeGreaterThan(0);
    expect(diff.same).toBe(false);

    const c = makeInput({ financing: 'contributions_money' });
    delete c.funderType;
    const withoutFunder = compareDesigns({ input, design }, { input: c, design: adviseDesign(c) });
    expect(withoutFunder.governance).toEqual(
      expect.arrayContaining([{ field: 'funderMandate', before: 'mission', after: 'none' }]),
    );
  });

  it('finds nothing between a design and itself', () => {
    expect(compareDesigns({ input, design }, { input, design }).same).toBe(true);
  });
});
