import { describe, expect, it } from 'vitest';

import { adviseCoordinatorDays, adviseCoreGroupSize, adviseDesign, ADVISOR_DEFAULTS } from './design-advisor.js';
import { FINANCING_KINDS, PHASES, type DesignInput, type FinancingKind, type Phase } from './design-input.js';
import { networkDesign, toMatrix, type NetworkDesign } from './network-design.js';
import { TASK_CATALOGUE } from './task-catalogue.js';

function makeInput(
  overrides: Partial<Omit<DesignInput, 'existing'>> & { existing?: Partial<DesignInput['existing']> } = {},
): DesignInput {
  const { existing, ...rest } = overrides;
  return {
    financing: 'contributions_money',
    ownership: 3,
    phase: 'opstart',
    expectedMembers: 30,
    ...rest,
    existing: {
      coreGroupFormed: true,
      coordinatorAvailable: true,
      legalEntity: false,
      annualPlanRequired: false,
      ...existing,
    },
  };
}

function tensionCodes(design: NetworkDesign): string[] {
  return design.tensions.map((t) => t.code);
}

function task(design: NetworkDesign, code: string) {
  const found = design.tasks.find((t) => t.code === code);
  if (!found) throw new Error(`task ${code} missing`);
  return found;
}

/** Every recommendation in a design, as [where, reasonCode, reason] — the "no recommendation without a reason" check. */
function allReasons(design: NetworkDesign): [string, string, string][] {
  const g = design.governance;
  return [
    ...design.roles.map((r): [string, string, string] => [`role ${r.code}`, r.reasonCode, r.reason]),
    ...design.tasks.map((t): [string, string, string] => [`task ${t.code}`, t.reasonCode, t.reason]),
    ['governance dayToDay', g.dayToDayReasonCode, g.dayToDayReason],
    ['governance formalBoard', g.formalBoardReasonCode, g.formalBoardReason],
    ['governance funderMandate', g.funderMandateReasonCode, g.funderMandateReason],
    ['governance soundingBoard', g.soundingBoard.reasonCode, g.soundingBoard.reason],
    ...design.financing.costItems.map((c): [string, string, string] => [`cost ${c.code}`, c.reasonCode, c.reason]),
    ['financing', design.financing.reasonCode, design.financing.reason],
    ...design.tensions.map((t): [string, string, string] => [`tension ${t.code}`, t.reasonCode, t.reason]),
    ...design.tensions.map((t): [string, string, string] => [`advice ${t.code}`, t.reasonCode, t.advice]),
    ...design.checklist.map((c): [string, string, string] => [`checklist ${c.code}`, c.reasonCode, c.reason]),
  ];
}

interface Case {
  financing: FinancingKind;
  ownership: number;
  phase: Phase;
  annualPlanRequired: boolean;
}

const cases: Case[] = FINANCING_KINDS.flatMap((financing) =>
  [1, 2, 3, 4, 5].flatMap((ownership) =>
    PHASES.flatMap((phase) =>
      [false, true].map((annualPlanRequired) => ({ financing, ownership, phase, annualPlanRequired })),
    ),
  ),
);

describe('adviseDesign over every financing × ownership × phase × annual plan', () => {
  it('covers 4 × 5 × 4 × 2 = 160 combinations', () => {
    expect(cases).toHaveLength(160);
  });

  describe.each(cases)('$financing, ownership $ownership, $phase, annual plan $annualPlanRequired', (c) => {
    const external = c.financing === 'external' || c.financing === 'mixed';
    // Vary what exists with the case so the table also crosses the kerngroep rule.
    const input = makeInput({
      financing: c.financing,
      ...(external ? { funderType: 'werkgeversservicepunt' as const } : {}),
      ownership: c.ownership,
      phase: c.phase,
      expectedMembers: 40,
      existing: { annualPlanRequired: c.annualPlanRequired, coreGroupFormed: c.ownership % 2 === 0 },
    });
    const design = adviseDesign(input);
    const codes = tensionCodes(design);

    it('is a valid design, and the same input gives the same design', () => {
      expect(networkDesign.safeParse(design).success).toBe(true);
      expect(adviseDesign(structuredClone(input))).toEqual(design);
    });

    it('advises a formal board and a mission-only mandate exactly when there is an external funder', () => {
      expect(design.governance.formalBoard).toBe(external);
      expect(design.governance.funderMandate).toBe(external ? 'mission' : null);
      expect(design.roles.find((r) => r.code === 'funder')?.needed).toBe(external);
      expect(design.roles.find((r) => r.code === 'board')?.needed).toBe(external);
      if (external) expect(design.governance.formalBoardReason).toContain('werkgeversservicepunt');
      expect(design.governance.dayToDay).toBe('core_group');
    });

    it('flags a demanded annual plan as a tension with a rolling, needs-driven agenda as advice', () => {
      const tension = design.tensions.find((t) => t.code === 'annual_plan_vs_needs_driven');
      expect(tension !== undefined).toBe(c.annualPlanRequired);
      if (tension) {
        expect(tension.advice).toMatch(/rollende, behoeftegestuurde agenda/);
        expect(tension.advice).toMatch(/missie/);
        expect(design.checklist.some((i) => i.code === 'rolling_agenda')).toBe(true);
      }
    });

    it('applies the seed’s other tension rules', () => {
      expect(codes.includes('unburdening_unfunded')).toBe(c.ownership >= 4 && c.financing === 'contributions_in_kind');
      expect(codes.includes('ownership_without_core_group')).toBe(c.ownership <= 2 && c.ownership % 2 !== 0);
      expect(codes.includes('coordinator_holds_member_tasks')).toBe(
        (c.phase === 'volwassen' || c.phase === 'teruggang') && c.ownership <= 3,
      );
      expect(codes.includes('growth_outpaces_ownership')).toBe(false);
      expect(codes.includes('no_coordinator')).toBe(false);
      expect(new Set(codes).size).toBe(codes.length);
    });

    it('gives every recommendation a reason code and a non-empty reason', () => {
      for (const [where, reasonCode, reason] of allReasons(design)) {
        expect(reasonCode, where).not.toBe('');
        expect(reason.trim().length, where).toBeGreaterThan(20);
      }
      expect(design.checklist.length).toBeGreaterThan(0);
      for (const item of design.checklist) expect(item.label.trim()).not.toBe('');
    });

    it('keeps the funder off R and A and only gives tasks to roles the design needs', () => {
      const needed = new Set(design.roles.filter((r) => r.needed).map((r) => r.code));
      for (const t of design.tasks) {
        expect(t.responsible).not.toBe('funder');
        expect(t.accountable).not.toBe('funder');
        for (const role of [t.responsible, t.accountable, ...t.consulted, ...t.informed]) {
          expect(needed.has(role), `${t.code}: ${role}`).toBe(true);
        }
      }
      expect(design.tasks.some((t) => t.code === 'funder_reporting')).toBe(external);
    });

    it('keeps money in whole, ordered euro cents', () => {
      const f = design.financing;
      for (const range of [...f.costItems.map((i) => i.amountCentsPerYear), f.contributionRangeCentsPerYear]) {
        expect(Number.isInteger(range.min) && Number.isInteger(range.max)).toBe(true);
        expect(range.min).toBeLessThanOrEqual(range.max);
      }
      expect(f.funderPays).toBe(external);
    });

    it('renders the same design in English, with the same codes', () => {
      const english = adviseDesign(input, { locale: 'en' });
      expect(english.locale).toBe('en');
      expect(english.tasks.map((t) => [t.code, t.responsible, t.accountable, t.reasonCode])).toEqual(
        design.tasks.map((t) => [t.code, t.responsible, t.accountable, t.reasonCode]),
      );
      expect(tensionCodes(english)).toEqual(codes);
      expect(english.governance.formalBoardReason).not.toBe(design.governance.formalBoardReason);
    });
  });
});

describe('adviseDesign, hand-checked cases', () => {
  it('the issue’s example: WSP-funded, ownership 4, opstart, 40 members', () => {
    const design = adviseDesign(
      makeInput({ financing: 'external', funderType: 'werkgeversservicepunt', ownership: 4, expectedMembers: 40 }),
    );
    expect(design.governance.formalBoardReason).toMatch(
      /^Omdat er een externe financier is \(werkgeversservicepunt\), kan een formeel bestuur nodig zijn/,
    );
    // The seed's "in sommige gevallen": the cases' alternative is offered beside the board.
    expect(design.governance.formalBoardReason).toContain('stuurgroep met de financier naast een kerngroep');
    expect(design.financing.coordinatorDaysPerWeek).toBe(2.5);
    expect(design.financing.contributionRangeCentsPerYear).toEqual({ min: 0, max: 0 });
    expect(task(design, 'organise_activities').responsible).toBe('coordinator');
    expect(task(design, 'budget')).toMatchObject({ responsible: 'back_office', accountable: 'board' });
    expect(task(design, 'contributions').accountable).toBe('board');
    expect(task(design, 'set_direction')).toMatchObject({ responsible: 'coordinator', accountable: 'core_group' });
    expect(task(design, 'set_direction').consulted).toContain('funder');
    expect(task(design, 'set_direction').reason).toMatch(/alleen over de missie/);
    expect(design.roles.find((r) => r.code === 'core_group')?.advisedCount).toEqual({ min: 5, max: 7 });
    expect(design.tensions).toEqual([]);
  });

  it('a legal entity needs a formal board, also without a funder', () => {
    const design = adviseDesign(makeInput({ financing: 'contributions_money', existing: { legalEntity: true } }));
    expect(design.governance.formalBoard).toBe(true);
    expect(design.governance.funderMandate).toBeNull();
    expect(design.governance.formalBoardReasonCode).toBe('governance.board.entity');
    expect(task(design, 'budget').accountable).toBe('board');
  });

  it('without a board, the kerngroep approves the budget even at the unburdening end', () => {
    const design = adviseDesign(makeInput({ financing: 'contributions_money', ownership: 5 }));
    expect(design.governance.formalBoard).toBe(false);
    expect(task(design, 'budget').accountable).toBe('core_group');
    expect(task(design, 'budget').reason).toMatch(/Zonder formeel bestuur beslist de kerngroep/);
  });

  it('in year 1 the coordinator carries member tasks, and hands them over after start-up', () => {
    const startUp = adviseDesign(makeInput({ ownership: 1, phase: 'opstart' }));
    expect(task(startUp, 'organise_activities')).toMatchObject({
      responsible: 'coordinator',
      reasonCode: 'task.start_up_coordinator',
    });
    expect(task(startUp, 'organise_activities').consulted).toContain('employer');

    const mature = adviseDesign(makeInput({ ownership: 1, phase: 'volwassen' }));
    expect(task(mature, 'organise_activities').responsible).toBe('employer');
    const tension = mature.tensions.find((t) => t.code === 'coordinator_holds_member_tasks');
    expect(tension?.reason).toContain('activiteiten organiseren');
    expect(mature.checklist.some((i) => i.code === 'handover_plan')).toBe(true);
  });

  it('ownership 3 takes the unburdening end in year 1 and the ownership end after it', () => {
    expect(task(adviseDesign(makeInput({ ownership: 3, phase: 'opstart' })), 'communication').responsible).toBe(
      'back_office',
    );
    expect(task(adviseDesign(makeInput({ ownership: 3, phase: 'volwassen' })), 'communication').responsible).toBe(
      'employer',
    );
  });

  it('a small ownership network has no back office; the coordinator does its work', () => {
    const design = adviseDesign(makeInput({ ownership: 2, expectedMembers: 20 }));
    expect(design.roles.find((r) => r.code === 'back_office')?.needed).toBe(false);
    expect(task(design, 'budget').responsible).toBe('coordinator');
    expect(design.tasks.every((t) => ![t.responsible, ...t.consulted, ...t.informed].includes('back_office'))).toBe(
      true,
    );
    expect(design.financing.costItems.map((i) => i.code)).not.toContain('secretariat');
  });

  it('no coordinator is a high tension and the first thing on the checklist to fix', () => {
    const design = adviseDesign(makeInput({ existing: { coordinatorAvailable: false } }));
    const tension = design.tensions.find((t) => t.code === 'no_coordinator');
    expect(tension?.severity).toBe('high');
    expect(tension?.reason).toMatch(/niet zonder/);
    expect(design.roles.find((r) => r.code === 'coordinator')).toMatchObject({
      needed: true,
      reasonCode: 'role.coordinator.missing',
    });
    expect(design.checklist.some((i) => i.code === 'appoint_coordinator')).toBe(true);
  });

  it('flags growth beyond 40 members in year 1 only', () => {
    const limit = ADVISOR_DEFAULTS.growthLimitInStartUp;
    const has = (phase: Phase, expectedMembers: number) =>
      tensionCodes(adviseDesign(makeInput({ phase, expectedMembers }))).includes('growth_outpaces_ownership');
    expect(has('initiatie', limit + 1)).toBe(true);
    expect(has('opstart', limit + 1)).toBe(true);
    expect(has('opstart', limit)).toBe(false);
    expect(has('volwassen', 100)).toBe(false);
  });

  it('flags a coordinator with too few hours', () => {
    const short = adviseDesign(makeInput({ existing: { coordinatorHoursPerWeek: 8 } }));
    expect(tensionCodes(short)).toContain('coordinator_capacity_short');
    expect(short.tensions.find((t) => t.code === 'coordinator_capacity_short')?.reason).toMatch(/8 uur per week/);
    const enough = adviseDesign(makeInput({ existing: { coordinatorHoursPerWeek: 16 } }));
    expect(tensionCodes(enough)).not.toContain('coordinator_capacity_short');
  });

  it('unburdening paid only in kind is a high tension at 5 and a medium one at 4', () => {
    const at = (ownership: number) =>
      adviseDesign(makeInput({ financing: 'contributions_in_kind', ownership })).tensions.find(
        (t) => t.code === 'unburdening_unfunded',
      )?.severity;
    expect(at(5)).toBe('high');
    expect(at(4)).toBe('medium');
    expect(at(3)).toBeUndefined();
  });

  it('money contributions follow the costs and flag the gap with what employers pay', () => {
    const design = adviseDesign(makeInput({ financing: 'contributions_money', ownership: 2, expectedMembers: 100 }));
    const range = design.financing.contributionRangeCentsPerYear;
    expect(range.min).toBeGreaterThanOrEqual(ADVISOR_DEFAULTS.willingToPayCents.min);
    expect(range.min % 5_000).toBe(0);
    expect(tensionCodes(design)).toContain('contributions_below_cost');
  });

  it('mixed financing: the funder pays the coordinator, members pay €50–€250', () => {
    const design = adviseDesign(makeInput({ financing: 'mixed', funderType: 'fonds' }));
    expect(design.financing).toMatchObject({
      funderPays: true,
      inKind: true,
      contributionRangeCentsPerYear: { min: 5_000, max: 25_000 },
    });
    expect(design.governance.funderMandateReason).toContain('fonds');
  });

  it('reasons name the inputs that led to them, and task reasons name the side of the scale instead of repeating them', () => {
    const design = adviseDesign(makeInput({ ownership: 5, phase: 'teruggang', expectedMembers: 77 }));
    expect(task(design, 'communication').reason).toMatch(/^Aan de ontzorgende kant/);
    for (const t of design.tasks) expect(t.reason).not.toMatch(/op de schaal van 1 tot 5/);
    expect(design.roles.find((r) => r.code === 'back_office')?.reason).toContain('‘volledig ontzorgen’');
    expect(design.roles.find((r) => r.code === 'core_group')?.reason).toContain('77');
    expect(design.financing.costItems.find((i) => i.code === 'coordinator')?.reason).toContain('teruggang');
  });
});

describe('coordinator days and kerngroep size', () => {
  it('about 2 days a week in year 1, scaled by size and ownership', () => {
    expect(adviseCoordinatorDays({ phase: 'opstart', ownership: 1, expectedMembers: 20 })).toBe(2);
    expect(adviseCoordinatorDays({ phase: 'initiatie', ownership: 3, expectedMembers: 40 })).toBe(2);
    expect(adviseCoordinatorDays({ phase: 'opstart', ownership: 5, expectedMembers: 20 })).toBe(2.5);
    expect(adviseCoordinatorDays({ phase: 'opstart', ownership: 2, expectedMembers: 100 })).toBe(3);
  });

  it('less after start-up when ownership is high, more when members are unburdened', () => {
    expect(adviseCoordinatorDays({ phase: 'volwassen', ownership: 1, expectedMembers: 30 })).toBe(1.5);
    expect(adviseCoordinatorDays({ phase: 'volwassen', ownership: 3, expectedMembers: 30 })).toBe(2);
    expect(adviseCoordinatorDays({ phase: 'volwassen', ownership: 5, expectedMembers: 30 })).toBe(2.5);
    expect(adviseCoordinatorDays({ phase: 'volwassen', ownership: 5, expectedMembers: 1000 })).toBe(4);
  });

  it('3–5 employers up to 30 members, 5–7 above, never more than the network has', () => {
    expect(adviseCoreGroupSize(30)).toEqual({ min: 3, max: 5 });
    expect(adviseCoreGroupSize(31)).toEqual({ min: 5, max: 7 });
    expect(adviseCoreGroupSize(4)).toEqual({ min: 3, max: 4 });
    expect(adviseCoreGroupSize(1)).toEqual({ min: 1, max: 1 });
  });
});

describe('toMatrix', () => {
  it('gives each task exactly one R and one A, over the roles the design needs', () => {
    const design = adviseDesign(makeInput({ financing: 'external', funderType: 'gemeente', ownership: 2 }));
    const matrix = toMatrix(design);
    expect(matrix.roles).toEqual(design.roles.filter((r) => r.needed).map((r) => r.code));
    expect(matrix.rows).toHaveLength(design.tasks.length);
    for (const row of matrix.rows) {
      const cells = Object.values(row.cells);
      expect(
        cells.filter((c) => c === 'R' || c === 'R+A'),
        row.task,
      ).toHaveLength(1);
      expect(
        cells.filter((c) => c === 'A' || c === 'R+A'),
        row.task,
      ).toHaveLength(1);
    }
    const admit = matrix.rows.find((r) => r.task === 'admit_members');
    expect(admit?.cells.core_group).toBe('R+A');
    expect(admit?.cells.coordinator).toBe('C');
  });

  it('the catalogue covers every task once', () => {
    const codes = TASK_CATALOGUE.map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
  });
});
