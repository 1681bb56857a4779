// The design advisor: pure, deterministic rules that turn the leading variables (financing, ownership ↔ unburdening), the
// phase, the expected size and what already exists into a basisinrichting — roles, a RACI task matrix, governance,
// financing, tensions with advice, and a checklist for the phase. No I/O, no clock, no randomness: the browser previews
// with it and the server recomputes with it on save, and both must get the same answer. Every recommendation carries a
// reasonCode and a reason that names the inputs behind it (texts in advisor-texts.ts).
import {
  ADVISOR_TEXTS,
  type ChecklistExtras,
  type Range,
  type ReasonCode,
  type ReasonExtras,
  type TensionExtras,
} from './advisor-texts.js';
import { hasExternalFunder, isStartUpPhase, type DesignInput } from './design-input.js';
import type {
  ChecklistCode,
  DesignChecklistItem,
  DesignCostItem,
  DesignRole,
  DesignTask,
  DesignTension,
  Locale,
  NetworkDesign,
  Severity,
  SoundingBoardMemberKind,
  TensionCode,
} from './network-design.js';
import {
  ROLE_CODES,
  TASK_CATALOGUE,
  isMemberSideRole,
  type RaciAssignment,
  type RoleCode,
  type TaskDefinition,
} from './task-catalogue.js';

// The server validates stored designs against the schema; it lives beside the codes in network-design.ts (the texts need
// those codes too, and a cycle between advisor and texts is what that split avoids). Re-exported for callers of the advisor.
export { networkDesign, toMatrix, type NetworkDesign } from './network-design.js';

/**
 * Numbers from the guide and its cases, gathered here so they are easy to find and change. Money in euro cents.
 * Rates are our estimates for a regional network, not the guide's; the guide gives the 2 days a week and €50–€250.
 */
export const ADVISOR_DEFAULTS = {
  /** The guide: about 2 days a week in year 1. */
  coordinatorDaysInStartUp: 2,
  coordinatorDayRateCents: { min: 50_000, max: 80_000 },
  workingWeeksPerYear: 46,
  hoursPerDay: 8,
  /** Below this share of the advised hours the coordinator's capacity is flagged. */
  coordinatorCapacityTolerance: 0.75,
  networkMeetingsPerYear: { min: 4, max: 6 },
  meetingBaseCents: { min: 25_000, max: 60_000 },
  meetingPerMemberCents: { min: 1_000, max: 2_000 },
  communicationBaseCents: { min: 50_000, max: 150_000 },
  communicationPerMemberCents: { min: 0, max: 2_500 },
  secretariatHourRateCents: { min: 4_000, max: 6_000 },
  /** The guide: about half of employers would pay €50–€250 a year. */
  willingToPayCents: { min: 5_000, max: 25_000 },
  /** More expected members than this in initiatie/opstart outpaces ownership. */
  growthLimitInStartUp: 40,
  /** Up to this many members a kerngroep of 3–5 suffices; above it 5–7. */
  smallNetworkMembers: 30,
  /** From this many members (after initiatie) themagroepen with kartrekkers pay off. */
  themeGroupsFromMembers: 25,
} as const;

/** Where a number of ADVISOR_DEFAULTS comes from: the guide (with its words), a case from the guide, or our own estimate. */
export interface DefaultSource {
  kind: 'guide' | 'case' | 'estimate';
  nl: string;
  en: string;
}

/**
 * The source of every advisor number, so a screen (or a reader of the code) can say where a figure comes from. Keys are
 * checked by the compiler: a new number without a source does not build.
 */
export const ADVISOR_DEFAULT_SOURCES: Record<keyof typeof ADVISOR_DEFAULTS, DefaultSource> = {
  coordinatorDaysInStartUp: {
    kind: 'guide',
    nl: 'De handreiking: in het eerste jaar vaak zo’n 2 dagen per week.',
    en: 'The guide: often about 2 days a week in year 1.',
  },
  coordinatorDayRateCents: {
    kind: 'estimate',
    nl: 'Eigen schatting voor een regionaal netwerk.',
    en: 'Our estimate for a regional network.',
  },
  workingWeeksPerYear: {
    kind: 'estimate',
    nl: 'Eigen schatting (werkweken na vakantie).',
    en: 'Our estimate (working weeks after holidays).',
  },
  hoursPerDay: { kind: 'estimate', nl: 'Een werkdag van 8 uur.', en: 'An 8-hour working day.' },
  coordinatorCapacityTolerance: {
    kind: 'estimate',
    nl: 'Eigen drempel: signaal onder 75% van de geadviseerde uren.',
    en: 'Our threshold: signal below 75% of the advised hours.',
  },
  networkMeetingsPerYear: {
    kind: 'estimate',
    nl: 'Eigen schatting uit de praktijk van netwerken.',
    en: 'Our estimate from networks in practice.',
  },
  meetingBaseCents: {
    kind: 'estimate',
    nl: 'Eigen schatting (locatie en catering).',
    en: 'Our estimate (venue and catering).',
  },
  meetingPerMemberCents: {
    kind: 'estimate',
    nl: 'Eigen schatting (catering per deelnemer).',
    en: 'Our estimate (catering per member).',
  },
  communicationBaseCents: {
    kind: 'estimate',
    nl: 'Eigen schatting (nieuwsbrief, website).',
    en: 'Our estimate (newsletter, website).',
  },
  communicationPerMemberCents: { kind: 'estimate', nl: 'Eigen schatting.', en: 'Our estimate.' },
  secretariatHourRateCents: {
    kind: 'estimate',
    nl: 'Eigen schatting van een uurtarief.',
    en: 'Our estimate of an hourly rate.',
  },
  willingToPayCents: {
    kind: 'guide',
    nl: 'De handreiking: ongeveer de helft van de werkgevers wil € 50 tot € 250 per jaar betalen.',
    en: 'The guide: about half of employers would pay €50 to €250 a year.',
  },
  growthLimitInStartUp: {
    kind: 'estimate',
    nl: 'Eigen drempel bij de waarschuwing van de handreiking dat te snelle groei weinig eigenaarschap geeft.',
    en: 'Our threshold for the guide’s warning that too-fast growth gives little ownership.',
  },
  smallNetworkMembers: {
    kind: 'estimate',
    nl: 'Eigen drempel voor een klein netwerk.',
    en: 'Our threshold for a small network.',
  },
  themeGroupsFromMembers: {
    kind: 'case',
    nl: 'Naar 99vanTwente, dat vier themagroepen met elk een kartrekker had.',
    en: 'After 99vanTwente, which ran four theme groups each with a theme lead.',
  },
};

/**
 * The advisor's numbers as an installation may set them: the same keys as ADVISOR_DEFAULTS, with ranges as { min, max }.
 * The advisor stays a pure function: the numbers come in with the options, the guide's figures when none are given.
 */
export type AdvisorSettings = {
  [K in keyof typeof ADVISOR_DEFAULTS]: (typeof ADVISOR_DEFAULTS)[K] extends { min: number; max: number }
    ? Range
    : number;
};

export interface AdviseOptions {
  locale: Locale;
  /** The installation's numbers; the guide's figures (ADVISOR_DEFAULTS) when left out. */
  settings?: AdvisorSettings;
}

type Texts = (typeof ADVISOR_TEXTS)[Locale];

interface Said {
  reasonCode: string;
  reason: string;
}

/** Everything derived from the input once, so roles, tasks and tensions agree on it. */
interface Derived {
  startUp: boolean;
  externalFunder: boolean;
  /** A formal board is advised (an external funder) or required (a legal entity needs one by law). */
  formalBoard: boolean;
  boardRequired: boolean;
  backOffice: boolean;
  themeGroups: Range | null;
  coreGroupSize: Range;
  coordinatorDays: number;
  inKind: boolean;
  /** The numbers the advice is computed with. */
  settings: AdvisorSettings;
}

export function adviseDesign(input: DesignInput, options: AdviseOptions = { locale: 'nl' }): NetworkDesign {
  const texts = ADVISOR_TEXTS[options.locale];
  const say = <K extends ReasonCode>(code: K, extras: ReasonExtras[K]): Said => ({
    reasonCode: code,
    reason: texts.reasons[code](input, extras),
  });

  const derived = deriveFromInput(input, options.settings ?? ADVISOR_DEFAULTS);
  const roles = adviseRoles(input, derived, say);
  const tasks = adviseTasks(input, derived, texts, say);
  const financing = adviseFinancing(input, derived, say);

  const soundingBoardComposition = adviseSoundingBoard(input);
  const boardCode: ReasonCode = derived.formalBoard
    ? derived.externalFunder && input.existing.legalEntity
      ? 'governance.board.funder_and_entity'
      : derived.externalFunder
        ? 'governance.board.funder'
        : 'governance.board.entity'
    : 'governance.board.none';
  const dayToDay = say('governance.day_to_day', {});
  const board = say(boardCode, {});
  const mandate = derived.externalFunder ? say('governance.mandate.mission', {}) : say('governance.mandate.none', {});
  const soundingBoard = say('governance.sounding_board', { composition: soundingBoardComposition });

  return {
    locale: options.locale,
    roles,
    tasks,
    governance: {
      dayToDay: 'core_group',
      dayToDayReasonCode: dayToDay.reasonCode,
      dayToDayReason: dayToDay.reason,
      formalBoard: derived.formalBoard,
      formalBoardReasonCode: board.reasonCode,
      formalBoardReason: board.reason,
      funderMandate: derived.externalFunder ? 'mission' : null,
      funderMandateReasonCode: mandate.reasonCode,
      funderMandateReason: mandate.reason,
      soundingBoard: { composition: soundingBoardComposition, ...soundingBoard },
    },
    financing: financing.design,
    tensions: adviseTensions(input, derived, tasks, financing.perMemberCents, texts),
    checklist: adviseChecklist(input, derived, financing.design.contributionRangeCentsPerYear, texts),
  };
}

function deriveFromInput(input: DesignInput, settings: AdvisorSettings): Derived {
  const externalFunder = hasExternalFunder(input.financing);
  const startUp = isStartUpPhase(input.phase);
  return {
    startUp,
    externalFunder,
    // The seed: "In sommige gevallen is het nodig een formeel bestuur aan te stellen, bijvoorbeeld als er een externe
    // financier is" — advice, with a stuurgroep beside an employer kerngroep as the cases' alternative. A legal entity
    // (stichting, vereniging) needs a board by law, so only then is it required.
    formalBoard: externalFunder || input.existing.legalEntity,
    boardRequired: input.existing.legalEntity,
    // In a small network run "voor en door werkgevers" the coordinator and members share the admin; otherwise it pays to
    // free the coordinator for connecting.
    backOffice: input.ownership >= 3 || input.expectedMembers > settings.smallNetworkMembers,
    themeGroups: adviseThemeGroups(input, settings),
    coreGroupSize: adviseCoreGroupSize(input.expectedMembers, settings),
    coordinatorDays: adviseCoordinatorDays(input, settings),
    settings,
    // Hosting is in kind everywhere; the advice counts on it as a financing source where money does not cover it or where
    // ownership is high.
    inKind: input.financing === 'contributions_in_kind' || input.financing === 'mixed' || input.ownership <= 2,
  };
}

export function adviseCoreGroupSize(expectedMembers: number, settings: AdvisorSettings = ADVISOR_DEFAULTS): Range {
  const size = expectedMembers <= settings.smallNetworkMembers ? { min: 3, max: 5 } : { min: 5, max: 7 };
  // A network smaller than the advised kerngroep is its own kerngroep.
  return { min: Math.min(size.min, expectedMembers), max: Math.min(size.max, expectedMembers) };
}

function adviseThemeGroups(input: DesignInput, settings: AdvisorSettings): Range | null {
  if (input.phase === 'initiatie' || input.expectedMembers < settings.themeGroupsFromMembers) return null;
  // Roughly one themagroep per 15–30 members; 99vanTwente ran four.
  const min = Math.max(2, Math.floor(input.expectedMembers / 30));
  const max = Math.min(6, Math.max(min, Math.ceil(input.expectedMembers / 15)));
  return { min: Math.min(min, max), max };
}

/**
 * About 2 days a week in year 1; more when the members are unburdened; after start-up less when ownership is high (the
 * coordinator has handed tasks to members); more for bigger networks. Rounded to half days.
 */
export function adviseCoordinatorDays(
  input: Pick<DesignInput, 'phase' | 'ownership' | 'expectedMembers'>,
  settings: AdvisorSettings = ADVISOR_DEFAULTS,
): number {
  const base = settings.coordinatorDaysInStartUp;
  let days: number;
  if (isStartUpPhase(input.phase)) {
    days = input.ownership >= 4 ? base + 0.5 : base;
  } else {
    days = input.ownership <= 2 ? base - 0.5 : input.ownership === 3 ? base : base + 0.5;
  }
  const members = input.expectedMembers;
  days += members > 120 ? 1.5 : members > 80 ? 1 : members > 40 ? 0.5 : 0;
  return Math.min(5, Math.round(days * 2) / 2);
}

function adviseRoles(input: DesignInput, d: Derived, say: SayFn): DesignRole[] {
  const role = (code: RoleCode, needed: boolean, advisedCount: Range | null, said: Said): DesignRole => ({
    code,
    needed,
    advisedCount,
    ...said,
  });
  const soundingBoardSize = { min: 3, max: input.expectedMembers >= 40 ? 7 : 5 };
  const byCode: Record<RoleCode, DesignRole> = {
    core_group: role('core_group', true, d.coreGroupSize, say('role.core_group.needed', d.coreGroupSize)),
    coordinator: role(
      'coordinator',
      true,
      { min: 1, max: 1 },
      input.existing.coordinatorAvailable
        ? say('role.coordinator.available', { days: d.coordinatorDays })
        : say('role.coordinator.missing', { days: d.coordinatorDays }),
    ),
    back_office: role(
      'back_office',
      d.backOffice,
      null,
      d.backOffice ? say('role.back_office.needed', {}) : say('role.back_office.not_needed', {}),
    ),
    employer: role('employer', true, null, say('role.employer.needed', {})),
    sounding_board: role(
      'sounding_board',
      true,
      soundingBoardSize,
      say('role.sounding_board.needed', soundingBoardSize),
    ),
    board: d.boardRequired
      ? role('board', true, { min: 3, max: 5 }, say('role.board.needed', {}))
      : d.formalBoard
        ? role('board', true, { min: 3, max: 5 }, say('role.board.advised', {}))
        : role('board', false, null, say('role.board.not_needed', {})),
    funder: d.externalFunder
      ? role('funder', true, { min: 1, max: 1 }, say('role.funder.needed', {}))
      : role('funder', false, null, say('role.funder.not_needed', {})),
    partner: role('partner', true, null, say('role.partner.needed', {})),
    theme_lead: d.themeGroups
      ? role('theme_lead', true, d.themeGroups, say('role.theme_lead.needed', d.themeGroups))
      : role(
          'theme_lead',
          false,
          null,
          say('role.theme_lead.not_needed', { threshold: d.settings.themeGroupsFromMembers }),
        ),
    candidate: role('candidate', true, null, say('role.candidate.needed', {})),
  };
  return ROLE_CODES.map((code) => byCode[code]);
}

type SayFn = <K extends ReasonCode>(code: K, extras: ReasonExtras[K]) => Said;

function isRoleNeeded(code: RoleCode, d: Derived): boolean {
  switch (code) {
    case 'back_office':
      return d.backOffice;
    case 'board':
      return d.formalBoard;
    case 'funder':
      return d.externalFunder;
    case 'theme_lead':
      return d.themeGroups !== null;
    case 'core_group':
    case 'coordinator':
    case 'employer':
    case 'sounding_board':
    case 'partner':
    case 'candidate':
      return true;
  }
}

function sameAssignment(a: RaciAssignment, b: RaciAssignment): boolean {
  return (
    a.responsible === b.responsible &&
    a.accountable === b.accountable &&
    a.consulted.join() === b.consulted.join() &&
    a.informed.join() === b.informed.join()
  );
}

function taskApplies(definition: TaskDefinition, d: Derived): boolean {
  switch (definition.appliesWhen) {
    case 'always':
      return true;
    case 'external_funder':
      return d.externalFunder;
    case 'theme_groups':
      return d.themeGroups !== null;
  }
}

function adviseTasks(input: DesignInput, d: Derived, texts: Texts, say: SayFn): DesignTask[] {
  return TASK_CATALOGUE.filter((definition) => taskApplies(definition, d)).map((definition) =>
    placeTask(input, d, definition, texts, say),
  );
}

/**
 * Moves one task along the ownership scale and the phase: 1–2 take the ownership end, 4–5 the unburdening end, 3 takes the
 * unburdening end in year 1 and the ownership end after it. In year 1 the coordinator carries the member tasks the guide
 * says it hands over later. Then the set-up corrects it: a formal board approves money matters, no board means the
 * kerngroep decides, no backoffice means the coordinator does its work.
 */
function placeTask(input: DesignInput, d: Derived, definition: TaskDefinition, texts: Texts, say: SayFn): DesignTask {
  const useOwnershipEnd = input.ownership <= 2 || (input.ownership === 3 && !d.startUp);
  const end = useOwnershipEnd ? definition.ownership : definition.unburdening;
  let responsible = end.responsible;
  let accountable = end.accountable;
  const consulted = new Set<RoleCode>(end.consulted);
  const informed = new Set<RoleCode>(end.informed);

  let reasonCode: ReasonCode;
  if (d.startUp && definition.coordinatorCarriesInStartUp && isMemberSideRole(responsible)) {
    consulted.add(responsible);
    responsible = 'coordinator';
    reasonCode = 'task.start_up_coordinator';
  } else if (sameAssignment(definition.ownership, definition.unburdening)) {
    reasonCode = 'task.same_both_ends';
  } else if (input.ownership <= 2) {
    reasonCode = 'task.ownership_end';
  } else if (input.ownership >= 4) {
    reasonCode = 'task.unburdening_end';
  } else {
    reasonCode = d.startUp ? 'task.middle_start_up' : 'task.middle_mature';
  }

  const adjustments: string[] = [];
  if (definition.boardApprovesWhenPresent && d.formalBoard && accountable !== 'board') {
    consulted.add(accountable);
    accountable = 'board';
    adjustments.push(texts.reasons['task.mod.board_approves'](input, {}));
  }
  if (accountable === 'board' && !d.formalBoard) {
    accountable = 'core_group';
    adjustments.push(texts.reasons['task.mod.no_board'](input, {}));
  }
  if (responsible === 'back_office' && !d.backOffice) {
    responsible = 'coordinator';
    adjustments.push(texts.reasons['task.mod.no_back_office'](input, {}));
  }
  if (definition.code === 'set_direction' && d.externalFunder && consulted.has('funder')) {
    adjustments.push(texts.reasons['task.mod.funder_mission_only'](input, {}));
  }

  // A role appears once per row, and only roles the design needs take part.
  const keep = (code: RoleCode) => code !== responsible && code !== accountable && isRoleNeeded(code, d);
  const consultedList = ROLE_CODES.filter((code) => consulted.has(code) && keep(code));
  const informedList = ROLE_CODES.filter((code) => informed.has(code) && !consulted.has(code) && keep(code));

  const base = say(reasonCode, { task: definition.code, responsible, accountable });
  const note = texts.taskNotes[definition.code];
  return {
    code: definition.code,
    responsible,
    accountable,
    consulted: consultedList,
    informed: informedList,
    reasonCode: base.reasonCode,
    reason: [base.reason, ...adjustments, ...(note ? [note] : [])].join(' '),
  };
}

function adviseSoundingBoard(input: DesignInput): SoundingBoardMemberKind[] {
  const composition: SoundingBoardMemberKind[] = ['public_partner', 'candidate'];
  if (input.phase !== 'initiatie') composition.push('jobcoach_provider', 'education');
  if (input.expectedMembers >= 40 || input.phase === 'volwassen') composition.push('expert');
  return composition;
}

function scale(range: Range, factor: number): Range {
  return { min: Math.round(range.min * factor), max: Math.round(range.max * factor) };
}

function add(...ranges: Range[]): Range {
  return ranges.reduce((sum, r) => ({ min: sum.min + r.min, max: sum.max + r.max }), { min: 0, max: 0 });
}

/** Rounds cents up to whole steps (e.g. €50) so a contribution reads as a price, not a computation. */
function roundUpTo(cents: number, step: number): number {
  return Math.ceil(cents / step) * step;
}

function adviseFinancing(
  input: DesignInput,
  d: Derived,
  say: SayFn,
): { design: NetworkDesign['financing']; perMemberCents: Range } {
  const D = d.settings;
  const members = input.expectedMembers;
  const costItems: DesignCostItem[] = [];

  const coordinatorCost = scale(D.coordinatorDayRateCents, d.coordinatorDays * D.workingWeeksPerYear);
  costItems.push({
    code: 'coordinator',
    amountCentsPerYear: coordinatorCost,
    ...say('cost.coordinator', {
      days: d.coordinatorDays,
      weeks: D.workingWeeksPerYear,
      dayRateCents: D.coordinatorDayRateCents,
    }),
  });

  const perMeeting = add(D.meetingBaseCents, scale(D.meetingPerMemberCents, members));
  costItems.push({
    code: 'meetings_venues',
    amountCentsPerYear: {
      min: perMeeting.min * D.networkMeetingsPerYear.min,
      max: perMeeting.max * D.networkMeetingsPerYear.max,
    },
    ...say('cost.meetings_venues', { meetings: D.networkMeetingsPerYear, inKind: d.inKind }),
  });

  costItems.push({
    code: 'communication_tools',
    amountCentsPerYear: add(D.communicationBaseCents, scale(D.communicationPerMemberCents, members)),
    ...say('cost.communication_tools', {}),
  });

  if (d.backOffice) {
    const hours = input.ownership >= 4 ? { min: 4, max: 8 } : { min: 2, max: 4 };
    const sized = members > 60 ? { min: hours.min * 1.5, max: hours.max * 1.5 } : hours;
    costItems.push({
      code: 'secretariat',
      amountCentsPerYear: {
        min: Math.round(sized.min * D.workingWeeksPerYear * D.secretariatHourRateCents.min),
        max: Math.round(sized.max * D.workingWeeksPerYear * D.secretariatHourRateCents.max),
      },
      ...say('cost.secretariat', { hours: sized }),
    });
  }

  const totalCents = add(...costItems.map((item) => item.amountCentsPerYear));
  const perMemberCents = {
    min: roundUpTo(totalCents.min / members, 5_000),
    max: roundUpTo(totalCents.max / members, 5_000),
  };
  const contributionCents = adviseContribution(input, perMemberCents, d.settings);

  return {
    design: {
      costItems,
      coordinatorDaysPerWeek: d.coordinatorDays,
      contributionRangeCentsPerYear: contributionCents,
      inKind: d.inKind,
      funderPays: d.externalFunder,
      ...say('financing.summary', { contributionCents, totalCents, inKind: d.inKind }),
    },
    perMemberCents,
  };
}

function adviseContribution(input: DesignInput, perMemberCents: Range, settings: AdvisorSettings): Range {
  const willing = settings.willingToPayCents;
  switch (input.financing) {
    case 'contributions_in_kind':
    case 'external':
      return { min: 0, max: 0 };
    case 'mixed':
      // The funder carries the coordinator; members pay what half of employers say they would.
      return { min: willing.min, max: willing.max };
    case 'contributions_money':
      // Members carry everything, so the contribution follows the costs, never below what employers commonly pay.
      return { min: Math.max(willing.min, perMemberCents.min), max: Math.max(willing.max, perMemberCents.max) };
  }
}

function adviseTensions(
  input: DesignInput,
  d: Derived,
  tasks: DesignTask[],
  perMemberCents: Range,
  texts: Texts,
): DesignTension[] {
  const tensions: DesignTension[] = [];
  const flag = <K extends TensionCode>(code: K, severity: Severity, extras: TensionExtras[K]): void => {
    tensions.push({
      code,
      severity,
      reasonCode: `tension.${code}`,
      reason: texts.tensionReasons[code](input, extras),
      advice: texts.tensionAdvice[code](input, extras),
    });
  };
  const D = d.settings;
  const e = input.existing;

  if (!e.coordinatorAvailable) flag('no_coordinator', 'high', { days: d.coordinatorDays });
  if (e.annualPlanRequired) flag('annual_plan_vs_needs_driven', 'high', {});
  if (input.ownership >= 4 && input.financing === 'contributions_in_kind') {
    flag('unburdening_unfunded', input.ownership === 5 ? 'high' : 'medium', {});
  }
  if (input.ownership <= 2 && !e.coreGroupFormed) {
    // Forming the kerngroep is the normal work of initiatie; later its absence blocks ownership.
    flag('ownership_without_core_group', input.phase === 'initiatie' ? 'medium' : 'high', d.coreGroupSize);
  }
  if (!d.startUp && input.ownership <= 3) {
    const memberTasks = TASK_CATALOGUE.filter((t) => t.coordinatorCarriesInStartUp)
      .map((t) => tasks.find((task) => task.code === t.code))
      .filter((task): task is DesignTask => task !== undefined && isMemberSideRole(task.responsible))
      .map((task) => task.code);
    flag('coordinator_holds_member_tasks', 'medium', { tasks: memberTasks });
  }
  if (d.startUp && input.expectedMembers > D.growthLimitInStartUp) {
    flag('growth_outpaces_ownership', input.expectedMembers > 2 * D.growthLimitInStartUp ? 'high' : 'medium', {
      limit: D.growthLimitInStartUp,
    });
  }
  const advisedHours = d.coordinatorDays * D.hoursPerDay;
  if (
    e.coordinatorAvailable &&
    e.coordinatorHoursPerWeek !== undefined &&
    e.coordinatorHoursPerWeek < advisedHours * D.coordinatorCapacityTolerance
  ) {
    flag('coordinator_capacity_short', 'medium', { hours: e.coordinatorHoursPerWeek, advisedHours });
  }
  if (input.financing === 'contributions_money' && perMemberCents.min > D.willingToPayCents.max) {
    flag('contributions_below_cost', perMemberCents.min > 4 * D.willingToPayCents.max ? 'high' : 'medium', {
      perMemberCents,
    });
  }
  return tensions;
}

function adviseChecklist(
  input: DesignInput,
  d: Derived,
  contributionCents: Range,
  texts: Texts,
): DesignChecklistItem[] {
  const items: DesignChecklistItem[] = [];
  const add = <K extends ChecklistCode>(code: K, extras: ChecklistExtras[K]): void => {
    items.push({
      code,
      label: texts.labels.checklist[code],
      reasonCode: `checklist.${code}`,
      reason: texts.checklistReasons[code](input, extras),
    });
  };
  const phase = input.phase;
  const e = input.existing;
  const mature = phase === 'volwassen' || phase === 'teruggang';

  if (phase === 'initiatie') add('choose_leading_variables', {});
  if (!e.coreGroupFormed) add('form_core_group', d.coreGroupSize);
  if (!e.coordinatorAvailable) add('appoint_coordinator', { days: d.coordinatorDays });
  if (d.startUp) add('agree_mission', {});
  if (d.startUp && d.externalFunder) add('agree_funder_mandate', {});
  if (d.startUp && d.boardRequired) add('install_board', {});
  else if (d.startUp && d.formalBoard) add('choose_board_or_steering_group', {});
  if (d.startUp) add('first_needs_inventory', {});
  if (phase === 'opstart' || e.annualPlanRequired) add('rolling_agenda', {});
  if (d.startUp) add('entry_conditions', {});
  if (d.startUp) add('grow_gradually', {});
  if (d.startUp && (input.financing === 'contributions_money' || input.financing === 'mixed')) {
    add('set_contributions', { contributionCents });
  }
  if (d.inKind && phase !== 'initiatie') add('register_in_kind', {});
  if (phase === 'opstart') add('set_up_administration', { backOffice: d.backOffice });
  if (phase === 'opstart' || phase === 'volwassen') add('activate_sounding_board', {});
  if (d.themeGroups && (phase === 'opstart' || phase === 'volwassen')) add('start_theme_groups', {});
  if (input.ownership <= 3 && phase !== 'initiatie') add('handover_plan', {});
  if (mature) add('renew_core_group', {});
  if (phase !== 'initiatie') add('steer_on_engagement', {});
  if (d.externalFunder && phase !== 'initiatie') add('funder_reporting_mission_level', {});
  if (phase === 'teruggang') add('revisit_needs', {});
  if (phase === 'teruggang') add('review_financing', {});
  if (mature) add('explore_partner_networks', {});
  return items;
}
