// Seed trace: every rule the design advisor encodes, beside the sentence of the user's guide (the seed, chapter 3 of De
// Normaalste Zaak's guide, copied to docs/seed/) it rests on, so a reader can check the two side by side. The first test
// proves each quoted sentence really occurs in the seed. Rules that rest on the guide's cases or on law rather than on a
// seed sentence say so in `source`, and are not passed off as quotes.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

import { planDesignApplication } from './design-apply.js';
import { adviseDesign } from './design-advisor.js';
import type { DesignInput } from './design-input.js';
import { computeGapSignals } from './gap-signals.js';
import { ROLES, TASK_CATALOGUE } from './task-catalogue.js';

const SEED = readFileSync(
  fileURLToPath(new URL('../../../docs/seed/hoe-kunnen-we-ons-netwerk-aansturen-en-organiseren.txt', import.meta.url)),
  'utf8',
);

const Q = {
  kerngroep:
    'Een kerngroep bestaat uit een of meerdere werkgevers die richting geven aan het doel en activiteiten van het netwerk.',
  coordinator: 'Een netwerk kan in de praktijk niet zonder een netwerkcoördinator.',
  policy:
    'Om het netwerk van werkgevers zelf te laten zijn, is het belangrijk dat de aansturing en het beleid ook in handen zijn van werkgevers.',
  board:
    'In sommige gevallen is het nodig een formeel bestuur aan te stellen, bijvoorbeeld als er een externe financier is.',
  mission:
    'Deze externe financier zou alleen moeten sturen op de missie, de invulling van de activiteiten zou in handen moeten liggen van werkgevers.',
  yearPlan:
    'Een spanningsveld ontstaat wanneer een opdrachtgever/financier op voorhand een uitgewerkt (jaar)plan wil zien.',
  needsDriven: 'Dat past niet bij een behoeftegestuurd netwerk.',
  engagement:
    'Sturing van een netwerk voor inclusief werkgeverschap moet niet alleen gericht zijn op aantallen activiteiten en deelnemers maar ook op betrokkenheid en eigenaarschap.',
  dayToDay: 'In de praktijk ligt het dagelijks bestuur van veel netwerken bij de kerngroep van werkgevers',
  funderPosition: 'In dat laatste scenario krijgt een niet-werkgever de positie van opdrachtgever in het netwerk.',
  ownershipScale:
    'Willen de initiatiefnemers een netwerk voor en door werkgevers, waardoor veel werk bij de deelnemers komt te liggen?',
  unburdening:
    'Of willen de deelnemers zich volledig focussen op het realiseren van arbeidsplaatsen en geen organisatorische zorgen hebben?',
  candidates: 'De rol van de kandidaten',
  soundingBoard: 'De klankbordgroep',
} as const;

function makeInput(overrides: Partial<DesignInput> = {}): DesignInput {
  return {
    financing: 'contributions_money',
    ownership: 3,
    phase: 'opstart',
    expectedMembers: 40,
    existing: { coreGroupFormed: true, coordinatorAvailable: true, legalEntity: false, annualPlanRequired: false },
    ...overrides,
  };
}
const withFunder = (o: Partial<DesignInput> = {}) =>
  makeInput({ financing: 'external', funderType: 'werkgeversservicepunt', ...o });

const ALL_INPUTS: DesignInput[] = (
  ['contributions_money', 'contributions_in_kind', 'external', 'mixed'] as const
).flatMap((financing) =>
  ([1, 2, 3, 4, 5] as const).flatMap((ownership) =>
    (['initiatie', 'opstart', 'volwassen', 'teruggang'] as const).flatMap((phase) =>
      [false, true].map((legalEntity) =>
        makeInput({
          financing,
          ownership,
          phase,
          existing: { coreGroupFormed: true, coordinatorAvailable: true, legalEntity, annualPlanRequired: false },
        }),
      ),
    ),
  ),
);

const now = new Date('2026-03-10T10:00:00Z');
const seat = (personId: string, role: string, organisationId: string | null = null) => ({
  personId,
  personName: `Persoon ${personId}`,
  role,
  startsOn: '2025-01-01',
  endsOn: null,
  organisationId,
});

describe('the seed quotes', () => {
  it('every quoted sentence occurs in the seed, word for word', () => {
    const flat = SEED.replace(/\s+/g, ' ');
    for (const [key, quote] of Object.entries(Q)) expect(flat, key).toContain(quote);
  });
});

describe('rules traced to the seed', () => {
  it(Q.kerngroep, () => {
    // One or two employers are a valid kerngroep: no gap signal, and applying counts it as filled.
    const design = adviseDesign(makeInput());
    expect(design.roles.find((r) => r.code === 'core_group')?.needed).toBe(true);
    for (const size of [1, 2]) {
      const seats = Array.from({ length: size }, (_, i) => seat(`kg${i}`, 'core_group'));
      const signals = computeGapSignals({ design, phase: 'opstart', assignments: seats, tasks: [], now });
      expect(signals.filter((g) => g.role === 'core_group')).toEqual([]);
      const plan = planDesignApplication(design, makeInput(), {
        roleHolders: { core_group: size },
        designTasks: [],
        bodyKinds: [],
        funderAccess: null,
      });
      expect(plan.roles.find((r) => r.code === 'core_group')?.status).toBe('filled');
    }
  });

  it(Q.coordinator, () => {
    for (const input of ALL_INPUTS)
      expect(adviseDesign(input).roles.find((r) => r.code === 'coordinator')?.needed).toBe(true);
    const without = adviseDesign(makeInput({ existing: { ...makeInput().existing, coordinatorAvailable: false } }));
    expect(without.tensions.map((t) => t.code)).toContain('no_coordinator');
  });

  it(Q.policy, () => {
    // Unburdening moves the work, never the decision on policy: A of every policy task stays with the kerngroep (or a
    // formal board with a majority of employers) at every ownership level, phase and financing.
    const policyTasks = TASK_CATALOGUE.filter((t) => t.policy).map((t) => t.code);
    expect(policyTasks).toEqual(expect.arrayContaining(['set_direction', 'public_partners', 'partner_networks']));
    for (const input of ALL_INPUTS) {
      for (const task of adviseDesign(input).tasks.filter((t) => policyTasks.includes(t.code))) {
        expect(['core_group', 'board'], `${task.code} at ownership ${input.ownership}`).toContain(task.accountable);
      }
    }
    // Members are consulted on direction at the ownership end, not only informed.
    for (const ownership of [1, 2, 3, 4, 5]) {
      const direction = adviseDesign(makeInput({ ownership, phase: 'volwassen' })).tasks.find(
        (t) => t.code === 'set_direction',
      );
      expect(direction?.consulted, `ownership ${ownership}`).toContain('employer');
    }
    // And the gap signal: a kerngroep or board without a majority of people from member employers.
    const design = adviseDesign(makeInput());
    const organisations = { memberEmployerIds: ['emp1', 'emp2'], funderIds: [] };
    const minority = [seat('a', 'core_group', 'emp1'), seat('b', 'core_group', 'gemeente'), seat('c', 'core_group')];
    const signals = computeGapSignals({
      design,
      phase: 'opstart',
      assignments: minority,
      tasks: [],
      now,
      organisations,
    });
    expect(signals).toContainEqual(
      expect.objectContaining({
        code: 'no_employer_majority',
        role: 'core_group',
        count: 3,
        fromMembers: 1,
        unknownOrganisation: 1,
      }),
    );
    const majority = [
      seat('a', 'core_group', 'emp1'),
      seat('b', 'core_group', 'emp2'),
      seat('c', 'core_group', 'gemeente'),
    ];
    expect(
      computeGapSignals({ design, phase: 'opstart', assignments: majority, tasks: [], now, organisations }).map(
        (s) => s.code,
      ),
    ).not.toContain('no_employer_majority');
  });

  it(Q.board, () => {
    // Advised, not required, with a funder; the cases' alternative (a stuurgroep beside the kerngroep, 99vanGroot-Amsterdam)
    // is offered and stands in for the board in the gap signals.
    const funded = adviseDesign(withFunder());
    expect(funded.governance.formalBoard).toBe(true);
    expect(funded.governance.formalBoardReasonCode).toBe('governance.board.funder');
    expect(funded.governance.formalBoardReason).toContain('stuurgroep met de financier naast een kerngroep');
    expect(funded.checklist.map((c) => c.code)).toContain('choose_board_or_steering_group');
    expect(funded.checklist.map((c) => c.code)).not.toContain('install_board');
    const staffed = [seat('kg', 'core_group'), seat('c', 'coordinator'), seat('f', 'funder')];
    const noBoard = computeGapSignals({ design: funded, phase: 'opstart', assignments: staffed, tasks: [], now });
    expect(noBoard.find((s) => s.code === 'board_missing')?.severity).toBe('medium');
    const withSteeringGroup = computeGapSignals({
      design: funded,
      phase: 'opstart',
      assignments: staffed,
      tasks: [],
      now,
      bodyKinds: ['core_group', 'steering_group'],
    });
    expect(withSteeringGroup.map((s) => s.code)).not.toContain('board_missing');
    // Without a funder (and no legal entity) no board at all.
    expect(adviseDesign(makeInput()).governance.formalBoard).toBe(false);
  });

  it('Not from the seed but from law: a legal entity (stichting, vereniging) must have a board', () => {
    const entity = adviseDesign(makeInput({ existing: { ...makeInput().existing, legalEntity: true } }));
    expect(entity.checklist.map((c) => c.code)).toContain('install_board');
    const signals = computeGapSignals({
      design: entity,
      phase: 'opstart',
      assignments: [seat('kg', 'core_group')],
      tasks: [],
      now,
      bodyKinds: ['steering_group'],
    });
    expect(signals.find((s) => s.code === 'board_missing')?.severity).toBe('high');
  });

  it(Q.mission, () => {
    const design = adviseDesign(withFunder());
    expect(design.governance.funderMandate).toBe('mission');
    // The funder never holds R or A; it is consulted on direction only.
    for (const input of ALL_INPUTS) {
      for (const task of adviseDesign(input).tasks) {
        expect(task.responsible).not.toBe('funder');
        expect(task.accountable).not.toBe('funder');
      }
    }
    // The funder's own person in the kerngroep or board is signalled: by the funder role, or by a funder organisation.
    const organisations = { memberEmployerIds: ['emp1', 'emp2'], funderIds: ['wsp'] };
    const seats = [
      seat('a', 'core_group', 'emp1'),
      seat('b', 'core_group', 'emp2'),
      seat('f', 'funder', 'wsp'),
      seat('f', 'core_group', 'wsp'),
      seat('w', 'board', 'wsp'),
      seat('e', 'board', 'emp1'),
      seat('e2', 'board', 'emp2'),
    ];
    const signals = computeGapSignals({ design, phase: 'opstart', assignments: seats, tasks: [], now, organisations });
    const funderSeats = signals.filter((s) => s.code === 'funder_in_governance').map((s) => [s.role, s.personId]);
    expect(funderSeats).toEqual([
      ['core_group', 'f'],
      ['board', 'w'],
    ]);
  });

  it(Q.funderPosition, () => {
    expect(adviseDesign(withFunder()).roles.find((r) => r.code === 'funder')?.needed).toBe(true);
    expect(adviseDesign(makeInput()).roles.find((r) => r.code === 'funder')?.needed).toBe(false);
  });

  it(`${Q.yearPlan} ${Q.needsDriven}`, () => {
    const design = adviseDesign(withFunder({ existing: { ...makeInput().existing, annualPlanRequired: true } }));
    expect(design.tensions.map((t) => t.code)).toContain('annual_plan_vs_needs_driven');
    expect(design.checklist.map((c) => c.code)).toContain('rolling_agenda');
  });

  it(Q.engagement, () => {
    expect(adviseDesign(makeInput({ phase: 'volwassen' })).checklist.map((c) => c.code)).toContain(
      'steer_on_engagement',
    );
    expect(adviseDesign(makeInput()).tasks.map((t) => t.code)).toContain('evaluate_network');
  });

  it(Q.dayToDay, () => {
    for (const input of ALL_INPUTS) expect(adviseDesign(input).governance.dayToDay).toBe('core_group');
  });

  it(`${Q.ownershipScale} / ${Q.unburdening}`, () => {
    // The two ends of the scale move the work: at 1 the members organise activities, at 5 the coordinator does.
    const own = adviseDesign(makeInput({ ownership: 1, phase: 'volwassen' }));
    const unb = adviseDesign(makeInput({ ownership: 5, phase: 'volwassen' }));
    expect(own.tasks.find((t) => t.code === 'organise_activities')?.responsible).toBe('employer');
    expect(unb.tasks.find((t) => t.code === 'organise_activities')?.responsible).toBe('coordinator');
  });

  it(Q.candidates, () => {
    // Nobody can hold the candidate role in the app yet: the klankbordgroep carries the candidates' voice and the
    // candidates are consulted, so the task always has an owner who can exist.
    expect(ROLES.find((r) => r.code === 'candidate')?.mayHoldTasks).toBe(false);
    for (const input of ALL_INPUTS) {
      const voice = adviseDesign(input).tasks.find((t) => t.code === 'candidate_voice');
      expect(voice?.responsible).toBe('sounding_board');
      expect(voice?.consulted).toContain('candidate');
    }
  });

  it(Q.soundingBoard, () => {
    // The checklist starts the klankbordgroep in opstart; during initiatie it is neither vacant nor is its task unowned.
    const input = makeInput({ phase: 'initiatie' });
    const design = adviseDesign(input);
    const tasks = [
      {
        id: 't1',
        code: 'advice',
        title: null,
        status: 'open',
        responsibleRole: 'sounding_board',
        assigneePersonId: null,
      },
    ];
    const staffed = [
      seat('kg', 'core_group'),
      seat('c', 'coordinator'),
      seat('b', 'back_office'),
      seat('e', 'employer'),
      seat('p', 'partner'),
    ];
    const early = computeGapSignals({ design, phase: 'initiatie', assignments: staffed, tasks, now });
    expect(early).toEqual([]);
    const later = computeGapSignals({
      design: adviseDesign(makeInput()),
      phase: 'opstart',
      assignments: staffed,
      tasks,
      now,
    });
    expect(later.map((s) => s.code)).toEqual(expect.arrayContaining(['role_vacant', 'task_without_owner']));
    const plan = planDesignApplication(design, input, {
      roleHolders: {},
      designTasks: [],
      bodyKinds: [],
      funderAccess: null,
    });
    expect(plan.roles.find((r) => r.code === 'sounding_board')?.status).toBe('later');
    expect(adviseDesign(makeInput({ phase: 'opstart' })).checklist.map((c) => c.code)).toContain(
      'activate_sounding_board',
    );
  });
});
