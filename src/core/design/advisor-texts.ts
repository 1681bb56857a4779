// Every word the design advisor and its summaries show a user, in Dutch (default) and English. The advisor picks rules and
// numbers; these catalogs turn each rule's reasonCode into a sentence that names the inputs that led to it, so a reason can be
// re-rendered in the other language from the same input. Keys are checked by the compiler: a catalog missing a reason or a
// label does not build.
import type { DesignInput, FinancingKind, FunderType, Phase } from './design-input.js';
import { hasExternalFunder } from './design-input.js';
import type {
  ChecklistCode,
  CostItemCode,
  Locale,
  Severity,
  SoundingBoardMemberKind,
  TensionCode,
} from './network-design.js';
import type { RoleCode, TaskCode } from './task-catalogue.js';

export interface Range {
  min: number;
  max: number;
}

type NoExtras = Record<never, never>;

interface TaskPlacement {
  task: TaskCode;
  responsible: RoleCode;
  accountable: RoleCode;
}

/** What each tension's reason and advice need beyond the input. */
export interface TensionExtras {
  no_coordinator: { days: number };
  annual_plan_vs_needs_driven: NoExtras;
  unburdening_unfunded: NoExtras;
  ownership_without_core_group: Range;
  coordinator_holds_member_tasks: { tasks: TaskCode[] };
  growth_outpaces_ownership: { limit: number };
  coordinator_capacity_short: { hours: number; advisedHours: number };
  contributions_below_cost: { perMemberCents: Range };
}

/** What each checklist item's reason needs beyond the input. */
export interface ChecklistExtras {
  choose_leading_variables: NoExtras;
  form_core_group: Range;
  appoint_coordinator: { days: number };
  agree_mission: NoExtras;
  agree_funder_mandate: NoExtras;
  install_board: NoExtras;
  choose_board_or_steering_group: NoExtras;
  first_needs_inventory: NoExtras;
  rolling_agenda: NoExtras;
  entry_conditions: NoExtras;
  grow_gradually: NoExtras;
  set_contributions: { contributionCents: Range };
  register_in_kind: NoExtras;
  set_up_administration: { backOffice: boolean };
  activate_sounding_board: NoExtras;
  start_theme_groups: NoExtras;
  handover_plan: NoExtras;
  renew_core_group: NoExtras;
  steer_on_engagement: NoExtras;
  funder_reporting_mission_level: NoExtras;
  revisit_needs: NoExtras;
  review_financing: NoExtras;
  explore_partner_networks: NoExtras;
}

export interface ReasonExtras {
  'role.core_group.needed': Range;
  'role.coordinator.available': { days: number };
  'role.coordinator.missing': { days: number };
  'role.back_office.needed': NoExtras;
  'role.back_office.not_needed': NoExtras;
  'role.employer.needed': NoExtras;
  'role.sounding_board.needed': Range;
  'role.board.needed': NoExtras;
  'role.board.advised': NoExtras;
  'role.board.not_needed': NoExtras;
  'role.funder.needed': NoExtras;
  'role.funder.not_needed': NoExtras;
  'role.partner.needed': NoExtras;
  'role.theme_lead.needed': Range;
  'role.theme_lead.not_needed': { threshold: number };
  'role.candidate.needed': NoExtras;
  'task.ownership_end': TaskPlacement;
  'task.unburdening_end': TaskPlacement;
  'task.middle_start_up': TaskPlacement;
  'task.middle_mature': TaskPlacement;
  'task.same_both_ends': TaskPlacement;
  'task.start_up_coordinator': TaskPlacement;
  'task.mod.board_approves': NoExtras;
  'task.mod.no_board': NoExtras;
  'task.mod.no_back_office': NoExtras;
  'task.mod.funder_mission_only': NoExtras;
  'governance.day_to_day': NoExtras;
  'governance.board.funder_and_entity': NoExtras;
  'governance.board.funder': NoExtras;
  'governance.board.entity': NoExtras;
  'governance.board.none': NoExtras;
  'governance.mandate.mission': NoExtras;
  'governance.mandate.none': NoExtras;
  'governance.sounding_board': { composition: SoundingBoardMemberKind[] };
  'financing.summary': { contributionCents: Range; totalCents: Range; inKind: boolean };
  'cost.coordinator': { days: number; weeks: number; dayRateCents: Range };
  'cost.meetings_venues': { meetings: Range; inKind: boolean };
  'cost.communication_tools': NoExtras;
  'cost.secretariat': { hours: Range };
}

export type ReasonCode = keyof ReasonExtras;

type ReasonTemplates = { [K in ReasonCode]: (input: DesignInput, extras: ReasonExtras[K]) => string };
type TensionTemplates = { [K in TensionCode]: (input: DesignInput, extras: TensionExtras[K]) => string };
type ChecklistTemplates = { [K in ChecklistCode]: (input: DesignInput, extras: ChecklistExtras[K]) => string };

export interface SummaryTexts {
  title: string;
  variables: string;
  roles: string;
  tasks: string;
  matrix: string;
  governance: string;
  financing: string;
  tensions: string;
  checklist: string;
  none: string;
  needed: string;
  notNeeded: string;
  yes: string;
  no: string;
  advice: string;
  task: string;
  role: string;
  count: string;
  reason: string;
  costItem: string;
  variable: string;
  value: string;
  raciLegend: string;
  dayToDay: string;
  formalBoard: string;
  funderMandate: string;
  funderMandateMission: string;
  soundingBoard: string;
  coordinatorDays: (days: number) => string;
  contribution: string;
  inKind: string;
  funderPays: string;
  totalCosts: string;
  perYear: string;
  /** The document's line under its title: which version, when, and why it was made. */
  versionLine: (version: number, date: string, reason: string) => string;
  variableLabels: {
    financing: string;
    funderType: string;
    ownership: string;
    phase: string;
    expectedMembers: string;
    coreGroupFormed: string;
    coordinatorAvailable: string;
    coordinatorHoursPerWeek: string;
    legalEntity: string;
    annualPlanRequired: string;
  };
}

export interface AdvisorTexts {
  labels: {
    role: Record<RoleCode, string>;
    /** One word per role, for the columns of the matrix where ten full names do not fit on a page. */
    roleShort: Record<RoleCode, string>;
    task: Record<TaskCode, string>;
    phase: Record<Phase, string>;
    financing: Record<FinancingKind, string>;
    funderType: Record<FunderType, string>;
    /** Index 0 is ownership 1. */
    ownership: readonly [string, string, string, string, string];
    soundingBoardMember: Record<SoundingBoardMemberKind, string>;
    costItem: Record<CostItemCode, string>;
    tension: Record<TensionCode, string>;
    severity: Record<Severity, string>;
    checklist: Record<ChecklistCode, string>;
  };
  reasons: ReasonTemplates;
  tensionReasons: TensionTemplates;
  tensionAdvice: TensionTemplates;
  checklistReasons: ChecklistTemplates;
  /** The catalogue's notes on a task (e.g. "never a fixed year plan"), appended to that task's reason. */
  taskNotes: Partial<Record<TaskCode, string>>;
  summary: SummaryTexts;
  formatMoney: (cents: number) => string;
  formatNumber: (value: number) => string;
}

// Whole euros are precise enough for a basisinrichting; the cents stay in the data.
function moneyFormatter(locale: string): (cents: number) => string {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
  return (cents) => format.format(Math.round(cents / 100));
}

function numberFormatter(locale: string): (value: number) => string {
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return (value) => format.format(value);
}

function joinList(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1] ?? ''}`;
}

// Roles that read as plural in a sentence ("de deelnemende werkgevers"), for verb agreement.
const PLURAL_ROLES: ReadonlySet<RoleCode> = new Set<RoleCode>(['employer', 'partner', 'theme_lead', 'candidate']);

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// ---------------------------------------------------------------------------------------------------------------------
// Nederlands
// ---------------------------------------------------------------------------------------------------------------------

const nlMoney = moneyFormatter('nl-NL');
const nlNumber = numberFormatter('nl-NL');

const nlRole: Record<RoleCode, string> = {
  core_group: 'Kerngroep',
  coordinator: 'Netwerkcoördinator',
  back_office: 'Backoffice',
  employer: 'Werkgevers (deelnemers)',
  sounding_board: 'Klankbordgroep',
  board: 'Bestuur',
  funder: 'Financier / opdrachtgever',
  partner: 'Samenwerkingspartners',
  theme_lead: 'Kartrekkers',
  candidate: 'Kandidaten',
};

// The same roles as they read inside a sentence.
const nlRoleRef: Record<RoleCode, string> = {
  core_group: 'de kerngroep',
  coordinator: 'de netwerkcoördinator',
  back_office: 'de backoffice',
  employer: 'de deelnemende werkgevers',
  sounding_board: 'de klankbordgroep',
  board: 'het bestuur',
  funder: 'de financier',
  partner: 'de samenwerkingspartners',
  theme_lead: 'de kartrekkers',
  candidate: 'de kandidaten',
};

const nlTask: Record<TaskCode, string> = {
  set_direction: 'missie, doelen en koers bepalen',
  admit_members: 'toelating nieuwe deelnemers',
  needs_inventory: 'behoeften ophalen en verbinden',
  agenda_priorities: 'agenda en prioriteiten (behoeftegestuurd)',
  organise_activities: 'activiteiten organiseren',
  host_activities: 'gastheerschap en locatie',
  lead_theme_groups: 'themagroepen trekken',
  onboarding: 'nieuwe deelnemers welkom heten',
  relationship_management: 'relatiebeheer met deelnemers',
  public_partners: 'verbinding met gemeente, UWV en werkgeversservicepunt',
  partner_networks: 'samenwerking met andere netwerken',
  candidate_supply: 'kandidaten aanleveren en begeleiden',
  create_jobs: 'arbeidsplaatsen realiseren, job carving',
  report_realisations: 'ambitie en realisatie rapporteren',
  knowledge_sharing: 'kennis delen (wetgeving, good practice)',
  ambassadorship: 'ambassadeur zijn, nieuwe werkgevers werven',
  member_administration: 'deelnemersadministratie',
  contributions: 'bijdragen en facturen',
  communication: 'communicatie, nieuwsbrief en zichtbaarheid',
  meetings_secretariat: 'vergaderingen voorbereiden en verslag',
  funder_reporting: 'verantwoording aan de financier',
  budget: 'begroting en financiën',
  evaluate_network: 'betrokkenheid en eigenaarschap evalueren',
  advice: 'gevraagd en ongevraagd advies',
  candidate_voice: 'stem van kandidaten, ervaringsdeskundigheid',
};

const nlPhase: Record<Phase, string> = {
  initiatie: 'initiatie',
  opstart: 'opstart',
  volwassen: 'volwassen',
  teruggang: 'teruggang',
};

const nlFinancing: Record<FinancingKind, string> = {
  contributions_money: 'bijdragen van werkgevers in geld',
  contributions_in_kind: 'bijdragen van werkgevers in natura',
  external: 'een externe financier',
  mixed: 'een mix van werkgeversbijdragen en een externe financier',
};

const nlFunderType: Record<FunderType, string> = {
  werkgeversservicepunt: 'werkgeversservicepunt',
  werkbedrijf: 'werkbedrijf',
  werkgeversorganisatie: 'werkgeversorganisatie',
  sectorinstituut: 'sectorinstituut',
  gemeente: 'gemeente',
  fonds: 'fonds',
  other: 'andere financier',
};

const nlOwnership = [
  'voor en door werkgevers',
  'vooral eigenaarschap bij werkgevers',
  'midden tussen eigenaarschap en ontzorgen',
  'vooral ontzorgen',
  'volledig ontzorgen',
] as const;

const nlSoundingBoardMember: Record<SoundingBoardMemberKind, string> = {
  public_partner: 'publieke partners (gemeente, UWV, werkgeversservicepunt)',
  candidate: 'kandidaten of ervaringsdeskundigen',
  jobcoach_provider: 'jobcoach- of zorgorganisaties',
  education: 'onderwijs',
  expert: 'deskundigen (bijvoorbeeld wetgeving of inclusief werkgeverschap)',
};

const nl_ = {
  // The named position on the scale, not its number: the number and both ends are stated once, with the inputs.
  own: (i: DesignInput) => `‘${nlOwnership[i.ownership - 1] ?? ''}’`,
  phase: (i: DesignInput) => `de fase ${nlPhase[i.phase]}`,
  members: (i: DesignInput) => `${i.expectedMembers} verwachte deelnemers`,
  funder: (i: DesignInput) => (i.funderType ? nlFunderType[i.funderType] : 'type niet opgegeven'),
  fin: (i: DesignInput) =>
    hasExternalFunder(i.financing) ? `${nlFinancing[i.financing]} (${nl_.funder(i)})` : nlFinancing[i.financing],
  range: (r: Range, unit = '') => (r.min === r.max ? `${r.min}${unit}` : `${r.min} tot ${r.max}${unit}`),
  money: (r: Range) => (r.min === r.max ? nlMoney(r.min) : `${nlMoney(r.min)} tot ${nlMoney(r.max)}`),
  task: (code: TaskCode) => `‘${nlTask[code]}’`,
  placement: (p: TaskPlacement) =>
    p.responsible === p.accountable
      ? `${nlRoleRef[p.responsible]}, die er ook over ${PLURAL_ROLES.has(p.responsible) ? 'beslissen' : 'beslist'}`
      : `${nlRoleRef[p.responsible]}, met ${nlRoleRef[p.accountable]} als eindverantwoordelijke`,
  boardCause: (i: DesignInput) => {
    const funder = hasExternalFunder(i.financing);
    if (funder && i.existing.legalEntity)
      return `er een externe financier is (${nl_.funder(i)}) en het netwerk een rechtspersoon heeft`;
    if (funder) return `er een externe financier is (${nl_.funder(i)})`;
    return 'het netwerk een rechtspersoon heeft';
  },
  noBoardCause: (i: DesignInput) => `de financiering ${nl_.fin(i)} is en het netwerk geen rechtspersoon heeft`,
};

export const nl: AdvisorTexts = {
  labels: {
    role: nlRole,
    roleShort: {
      core_group: 'Kerngroep',
      coordinator: 'Coördinator',
      back_office: 'Backoffice',
      employer: 'Werkgevers',
      sounding_board: 'Klankbord',
      board: 'Bestuur',
      funder: 'Financier',
      partner: 'Partners',
      theme_lead: 'Kartrekkers',
      candidate: 'Kandidaten',
    },
    task: Object.fromEntries(Object.entries(nlTask).map(([k, v]) => [k, capitalise(v)])) as Record<TaskCode, string>,
    phase: { initiatie: 'Initiatie', opstart: 'Opstart', volwassen: 'Volwassen', teruggang: 'Teruggang' },
    financing: {
      contributions_money: 'Bijdragen van werkgevers in geld',
      contributions_in_kind: 'Bijdragen van werkgevers in natura',
      external: 'Externe financier',
      mixed: 'Mix van werkgeversbijdragen en externe financier',
    },
    funderType: nlFunderType,
    ownership: nlOwnership,
    soundingBoardMember: nlSoundingBoardMember,
    costItem: {
      coordinator: 'Netwerkcoördinator',
      meetings_venues: 'Bijeenkomsten en locaties',
      communication_tools: 'Communicatiemiddelen',
      secretariat: 'Secretariële capaciteit (backoffice)',
    },
    tension: {
      no_coordinator: 'Geen netwerkcoördinator',
      annual_plan_vs_needs_driven: 'Uitgewerkt jaarplan tegenover behoeftegestuurd netwerk',
      unburdening_unfunded: 'Volledig ontzorgen zonder dat iemand het werk betaalt',
      ownership_without_core_group: 'Eigenaarschap gewenst, maar geen kerngroep',
      coordinator_holds_member_tasks: 'Coördinator blijft taken van deelnemers doen',
      growth_outpaces_ownership: 'Groei sneller dan eigenaarschap',
      coordinator_capacity_short: 'Te weinig uren coördinatie',
      contributions_below_cost: 'Bijdragen dekken de kosten niet',
    },
    severity: { low: 'laag', medium: 'middel', high: 'hoog' },
    checklist: {
      choose_leading_variables: 'Leg de twee leidende variabelen vast: financiering en eigenaarschap',
      form_core_group: 'Vorm een kerngroep van werkgevers',
      appoint_coordinator: 'Stel een netwerkcoördinator aan',
      agree_mission: 'Formuleer de missie en doelen met de werkgevers',
      agree_funder_mandate: 'Leg het mandaat van de financier vast: alleen de missie',
      install_board: 'Stel een formeel bestuur in met een meerderheid van werkgevers',
      choose_board_or_steering_group:
        'Kies: een formeel bestuur met een meerderheid van werkgevers, of een stuurgroep met de financier naast de kerngroep',
      first_needs_inventory: 'Haal de behoeften van de werkgevers op',
      rolling_agenda: 'Werk met een rollende, behoeftegestuurde agenda',
      entry_conditions: 'Spreek toetredingsvoorwaarden af',
      grow_gradually: 'Groei stap voor stap',
      set_contributions: 'Stel de bijdrage per deelnemer vast',
      register_in_kind: 'Leg bijdragen in natura vast',
      set_up_administration: 'Richt deelnemersadministratie en communicatiemiddelen in',
      activate_sounding_board: 'Stel de klankbordgroep samen',
      start_theme_groups: 'Start themagroepen met kartrekkers',
      handover_plan: 'Maak een overdrachtsplan van coördinator naar deelnemers',
      renew_core_group: 'Vernieuw en verbreed de kerngroep',
      steer_on_engagement: 'Stuur op betrokkenheid en eigenaarschap, niet alleen op aantallen',
      funder_reporting_mission_level: 'Verantwoord aan de financier op missieniveau',
      revisit_needs: 'Haal de behoeften opnieuw op',
      review_financing: 'Toets de financiering op continuïteit',
      explore_partner_networks: 'Verken samenwerking met andere werkgeversnetwerken',
    },
  },
  reasons: {
    'role.core_group.needed': (i, r) =>
      `Een kerngroep bestaat uit een of meerdere werkgevers die richting geven aan doel en activiteiten en vaak het dagelijks bestuur voeren; één werkgever is al een kerngroep. Bij ${i.expectedMembers} verwachte deelnemers werkt een kerngroep van ${nl_.range(r, ' werkgevers')} goed (een advies uit de praktijk, geen eis); ${i.existing.coreGroupFormed ? 'er is al een kerngroep gevormd.' : 'die kerngroep is nog niet gevormd.'}`,
    'role.coordinator.available': (i, x) =>
      `Een netwerk kan niet zonder netwerkcoördinator: de spin in het web die coacht en faciliteert en werkgevers aan het roer zet. Er is een coördinator beschikbaar${i.existing.coordinatorHoursPerWeek !== undefined ? ` (${nlNumber(i.existing.coordinatorHoursPerWeek)} uur per week)` : ''}; bij ${nl_.phase(i)}, ${nl_.own(i)} en ${nl_.members(i)} adviseren we ongeveer ${nlNumber(x.days)} dagen per week.`,
    'role.coordinator.missing': (i, x) =>
      `Een netwerk kan niet zonder netwerkcoördinator: de spin in het web die coacht en faciliteert en werkgevers aan het roer zet. Er is nog geen coördinator beschikbaar; bij ${nl_.phase(i)}, ${nl_.own(i)} en ${nl_.members(i)} adviseren we er een aan te stellen voor ongeveer ${nlNumber(x.days)} dagen per week.`,
    'role.back_office.needed': (i) =>
      `Bij ${nl_.own(i)} en ${nl_.members(i)} adviseren we een backoffice voor deelnemersadministratie, bijdragen en facturen, communicatiemiddelen en secretariaat, zodat de coördinator zich op verbinden kan richten.`,
    'role.back_office.not_needed': (i) =>
      `Bij ${nl_.own(i)} en een klein netwerk (${nl_.members(i)}) is een aparte backoffice nog niet nodig: de coördinator en de deelnemers nemen administratie en secretariaat samen op.`,
    'role.employer.needed': (i) =>
      `De ${nl_.members(i)} zijn het netwerk: zij nemen deel, delen kennis, zijn gastheer, melden ambitie en gerealiseerde banen en zijn ambassadeur; bij ${nl_.own(i)} ligt ${i.ownership <= 2 ? 'veel' : i.ownership === 3 ? 'een deel van het' : 'weinig'} organisatiewerk bij hen.`,
    'role.sounding_board.needed': (i, r) =>
      `Bij ${nl_.members(i)} adviseren we een klankbordgroep van ${nl_.range(r, ' mensen')} die gevraagd en ongevraagd advies geeft en kandidaten een stem geeft${i.phase === 'initiatie' ? '; stel die samen in de opstart, in de initiatie hoeft hij er nog niet te zijn' : ''}.`,
    'role.board.needed': (i) =>
      `Omdat ${nl_.boardCause(i)}, is een formeel bestuur nodig (3 tot 5 mensen, met een meerderheid van werkgevers zodat de aansturing bij werkgevers blijft).`,
    'role.board.advised': (i) =>
      `Omdat ${nl_.boardCause(i)}, raden we aan een formeel bestuur te overwegen (3 tot 5 mensen, met een meerderheid van werkgevers). Het alternatief uit de praktijk is een stuurgroep met de financier naast een kerngroep van werkgevers, zoals bij 99vanGroot-Amsterdam.`,
    'role.board.not_needed': (i) =>
      `Omdat ${nl_.noBoardCause(i)}, is een formeel bestuur niet nodig; de kerngroep voert het dagelijks bestuur.`,
    'role.funder.needed': (i) =>
      `Omdat het netwerk wordt gefinancierd met ${nl_.fin(i)}, krijgt een niet-werkgever de positie van opdrachtgever; die stuurt alleen op de missie en ziet alleen totalen, nooit persoonsgegevens.`,
    'role.funder.not_needed': (i) =>
      `Omdat het netwerk wordt gefinancierd met ${nl_.fin(i)}, is er geen externe financier: de werkgevers zijn zelf opdrachtgever.`,
    'role.partner.needed': (i) =>
      `Publieke partijen (gemeente, UWV, werkgeversservicepunt), onderwijs en jobcoach- of zorgorganisaties leveren kandidaten en begeleiding, en andere werkgeversnetwerken zijn bondgenoten; dat geldt in elke fase, ook in ${nl_.phase(i)}.`,
    'role.theme_lead.needed': (i, r) =>
      `Omdat het netwerk ${i.expectedMembers} deelnemers verwacht en in ${nl_.phase(i)} is, adviseren we ${nl_.range(r)} themagroepen, elk met een kartrekker uit de werkgevers (zoals de vier themagroepen van 99vanTwente).`,
    'role.theme_lead.not_needed': (i, x) =>
      `Bij ${nl_.members(i)} in ${nl_.phase(i)} zijn themagroepen met kartrekkers nog niet nodig; overweeg ze na de initiatiefase vanaf ongeveer ${x.threshold} deelnemers.`,
    'role.candidate.needed': () =>
      'Kandidaten hebben bij elke inrichting een stem: ze worden geraadpleegd, en de klankbordgroep, waarin kandidaten of ervaringsdeskundigen zitten, draagt hun stem in het netwerk. Ook als ambassadeur en in ontmoetingen met werkgevers.',
    // Task reasons say which side of the scale decided, not the inputs again: those are stated once, with the variables.
    'task.ownership_end': (_i, p) => `Aan de kant van eigenaarschap ligt ${nl_.task(p.task)} bij ${nl_.placement(p)}.`,
    'task.unburdening_end': (_i, p) =>
      `Aan de ontzorgende kant worden de deelnemers ontzorgd: ${nl_.task(p.task)} ligt bij ${nl_.placement(p)}.`,
    'task.middle_start_up': (_i, p) =>
      `Midden op de schaal kiezen we in het eerste jaar de ontzorgende kant: ${nl_.task(p.task)} ligt bij ${nl_.placement(p)}.`,
    'task.middle_mature': (_i, p) =>
      `Midden op de schaal kiezen we na de opstart de kant van eigenaarschap: ${nl_.task(p.task)} ligt bij ${nl_.placement(p)}.`,
    'task.same_both_ends': (_i, p) =>
      `Waar het netwerk ook staat tussen eigenaarschap en ontzorgen, ${nl_.task(p.task)} ligt bij ${nl_.placement(p)}.`,
    'task.start_up_coordinator': (_i, p) =>
      `${capitalise(nl_.task(p.task))} hoort bij de deelnemers, maar in het eerste jaar neemt ${nl_.placement(p)} deze taak nog op zich; na de opstart draagt de coördinator haar over aan de deelnemers.`,
    'task.mod.board_approves': () => 'Het formele bestuur beslist hierover; de kerngroep wordt geraadpleegd.',
    'task.mod.no_board': () => 'Zonder formeel bestuur beslist de kerngroep.',
    'task.mod.no_back_office': () => 'Zonder aparte backoffice neemt de netwerkcoördinator dit op zich.',
    'task.mod.funder_mission_only': () =>
      'De financier wordt alleen over de missie geraadpleegd, niet over de invulling van activiteiten.',
    'governance.day_to_day': (i) =>
      `De aansturing en het beleid blijven in handen van werkgevers: de kerngroep voert het dagelijks bestuur${i.existing.coreGroupFormed ? '' : ' zodra die gevormd is'}, ook bij ${nl_.own(i)}.`,
    'governance.board.funder_and_entity': (i) =>
      `Omdat ${nl_.boardCause(i)}, adviseren we een formeel bestuur met een meerderheid van werkgevers; de kerngroep houdt het dagelijks bestuur.`,
    'governance.board.funder': (i) =>
      `Omdat ${nl_.boardCause(i)}, kan een formeel bestuur nodig zijn; overweeg er een met een meerderheid van werkgevers. Het alternatief is een stuurgroep met de financier naast een kerngroep van werkgevers, zoals bij 99vanGroot-Amsterdam: de stuurgroep stuurt op hoofdlijnen en resultaten, de kerngroep is eigenaar van het programma en houdt het dagelijks bestuur.`,
    'governance.board.entity': (i) =>
      `Omdat ${nl_.boardCause(i)}, is een formeel bestuur nodig, met een meerderheid van werkgevers; de kerngroep houdt het dagelijks bestuur.`,
    'governance.board.none': (i) =>
      `Omdat ${nl_.noBoardCause(i)}, is een formeel bestuur niet nodig; de kerngroep van werkgevers bestuurt.`,
    'governance.mandate.mission': (i) =>
      `Omdat het netwerk wordt gefinancierd met ${nl_.fin(i)}, stuurt de financier alleen op de missie (duurzaam werk voor mensen met een afstand tot de arbeidsmarkt); de invulling van de activiteiten ligt bij de werkgevers.`,
    'governance.mandate.none': (i) =>
      `Omdat het netwerk wordt gefinancierd met ${nl_.fin(i)}, is er geen externe opdrachtgever en dus geen mandaat af te bakenen.`,
    'governance.sounding_board': (i, x) =>
      `Bij ${nl_.phase(i)} en ${nl_.members(i)} adviseren we een klankbordgroep met ${joinList(
        x.composition.map((kind) => nlSoundingBoardMember[kind]),
        'en',
      )}; zij adviseren gevraagd en ongevraagd.`,
    'financing.summary': (i, x) => {
      const inKind = x.inKind
        ? ` Werkgevers dragen daarnaast bij in natura (locatie, catering, uren), passend bij ${i.ownership <= 2 ? nl_.own(i) : `financiering met ${nl_.fin(i)}`}.`
        : '';
      const willing =
        ' Ongeveer de helft van de werkgevers wil € 50 tot € 250 per jaar betalen; die bereidheid groeit met de duur en de activiteit van het lidmaatschap.';
      switch (i.financing) {
        case 'contributions_money':
          return `Het netwerk wordt gefinancierd met ${nl_.fin(i)}: de geschatte kosten van ${nl_.money(x.totalCents)} per jaar vragen bij ${nl_.members(i)} een bijdrage van ${nl_.money(x.contributionCents)} per deelnemer per jaar.${willing}${inKind}`;
        case 'contributions_in_kind':
          return `Het netwerk draait op ${nl_.fin(i)}: werkgevers leveren locaties, catering, uren en eventueel een gedetacheerde coördinator, zonder geldbijdrage. De geschatte waarde van ${nl_.money(x.totalCents)} per jaar moet dan in natura worden gedekt.`;
        case 'external':
          return `De externe financier (${nl_.funder(i)}) betaalt de geschatte kosten van ${nl_.money(x.totalCents)} per jaar, vooral de coördinator; werkgevers betalen geen geldbijdrage.${inKind}`;
        case 'mixed':
          return `Bij ${nl_.fin(i)} betaalt de financier vooral de coördinator en betalen werkgevers ${nl_.money(x.contributionCents)} per jaar voor bijeenkomsten en communicatie; de geschatte kosten zijn ${nl_.money(x.totalCents)} per jaar.${willing}${inKind}`;
      }
    },
    'cost.coordinator': (i, x) =>
      `Bij ${nl_.phase(i)}, ${nl_.own(i)} en ${nl_.members(i)} adviseren we ongeveer ${nlNumber(x.days)} dagen coördinatie per week (de ervaring: zo'n 2 dagen per week in het eerste jaar), gerekend met ${x.weeks} werkweken en ${nl_.money(x.dayRateCents)} per dag.`,
    'cost.meetings_venues': (i, x) =>
      `Voor ${nl_.members(i)} rekenen we ${nl_.range(x.meetings)} netwerkbijeenkomsten per jaar (locatie en catering)${x.inKind ? '; gastheren leveren de locatie vaak in natura' : ''}.`,
    'cost.communication_tools': (i) =>
      `Communicatiemiddelen (nieuwsbrief, website, ledenomgeving) voor ${nl_.members(i)}.`,
    'cost.secretariat': (i, x) =>
      `Bij ${nl_.own(i)} en ${nl_.members(i)} rekenen we ${nl_.range(x.hours, ' uur')} secretariële capaciteit (backoffice) per week.`,
  },
  tensionReasons: {
    no_coordinator: (i) =>
      `Er is nog geen netwerkcoördinator beschikbaar, terwijl een netwerk in de praktijk niet zonder kan; zeker in ${nl_.phase(i)} draagt de coördinator veel.`,
    annual_plan_vs_needs_driven: (i) =>
      `${hasExternalFunder(i.financing) ? `De financier (${nl_.funder(i)})` : 'De opdrachtgever'} wil vooraf een uitgewerkt jaarplan zien. Dat past niet bij een behoeftegestuurd netwerk: bij 99vanGroot-Amsterdam leidde het uitvoeren van een jaaragenda ertoe dat het grootste deel van de werkgevers zich geen eigenaar voelde.`,
    unburdening_unfunded: (i) =>
      `Bij ${nl_.own(i)} willen de deelnemers ontzorgd worden, maar de financiering is alleen ${nl_.fin(i)}: niemand betaalt dan voor het werk van coördinator en backoffice.`,
    ownership_without_core_group: (i) =>
      `Bij ${nl_.own(i)} ligt veel werk bij de deelnemers, maar er is nog geen kerngroep gevormd die richting geeft en beslist.`,
    coordinator_holds_member_tasks: (i, x) =>
      `In ${nl_.phase(i)} horen bij ${nl_.own(i)} taken als ${joinList(x.tasks.map(nl_.task), 'en')} bij de deelnemers. Het risico is dat de coördinator ze blijft uitvoeren zoals in de opstart, waardoor werkgevers zich minder eigenaar voelen.`,
    growth_outpaces_ownership: (i, x) =>
      `Het netwerk verwacht ${i.expectedMembers} deelnemers in ${nl_.phase(i)}, meer dan de ongeveer ${x.limit} waarbij eigenaarschap in het eerste jaar kan meegroeien. Te snelle groei geeft weinig eigenaarschap: lage opkomst en weinig interactie.`,
    coordinator_capacity_short: (i, x) =>
      `De coördinator heeft ${nlNumber(x.hours)} uur per week, minder dan de ongeveer ${nlNumber(x.advisedHours)} uur die we bij ${nl_.phase(i)}, ${nl_.own(i)} en ${nl_.members(i)} adviseren.`,
    contributions_below_cost: (i, x) =>
      `Het netwerk wordt alleen met ${nl_.fin(i)} gefinancierd; de geschatte kosten komen bij ${nl_.members(i)} neer op ${nl_.money(x.perMemberCents)} per deelnemer per jaar, terwijl ongeveer de helft van de werkgevers € 50 tot € 250 per jaar wil betalen.`,
  },
  tensionAdvice: {
    no_coordinator: (i, x) =>
      `Stel een netwerkcoördinator aan voor ongeveer ${nlNumber(x.days)} dagen per week, met een coachende en faciliterende rol, en regel de bekostiging (${nl_.fin(i)}) voordat het netwerk groeit.`,
    annual_plan_vs_needs_driven: () =>
      'Bied in plaats van een jaarplan een rollende, behoeftegestuurde agenda met doelen op het niveau van de missie (bijvoorbeeld duurzame plaatsingen en betrokkenheid van werkgevers); de kerngroep vult de activiteiten per periode in op basis van opgehaalde behoeften, en het netwerk rapporteert op de missie.',
    unburdening_unfunded: () =>
      'Kies een betaalde bron voor coördinatie en backoffice (een geldbijdrage, een externe financier of een sectorfonds), of schuif op de schaal richting eigenaarschap zodat deelnemers meer zelf doen.',
    ownership_without_core_group: (_i, r) =>
      `Vorm eerst een kerngroep van ${nl_.range(r, ' werkgevers')} (bijvoorbeeld uit de initiatiefgroep, zoals bij 99vanTwente) voordat taken naar de deelnemers gaan; tot dan draagt de coördinator tijdelijk meer.`,
    coordinator_holds_member_tasks: () =>
      'Maak per taak een overdrachtsplan met een werkgever of kartrekker die het overneemt, laat de coördinator coachen in plaats van doen, en volg de coördinatorafhankelijkheid: taken van deelnemers die de coördinator in feite uitvoert.',
    growth_outpaces_ownership: () =>
      'Groei stap voor stap en hanteer toetredingsvoorwaarden (intentieverklaring of convenant, ambitie en gerealiseerde banen melden); laat de kerngroep over toelating beslissen en werk met themagroepen zodat deelnemers elkaar leren kennen.',
    coordinator_capacity_short: () =>
      'Breid de uren van de coördinator uit, of leg meer taken bij de deelnemers en de backoffice; bespreek in de kerngroep welke taken anders blijven liggen.',
    contributions_below_cost: () =>
      'Dek een deel in natura (locaties, een gedetacheerde coördinator), zoek aanvulling bij een sectorfonds of externe financier (bij Luchtvaart Inclusief verdubbelde een sectorfonds de bijdrage van € 1.000 per bedrijf), of kies een lichtere inrichting met meer eigenaarschap.',
  },
  checklistReasons: {
    choose_leading_variables: (i) =>
      `In ${nl_.phase(i)} bepalen de financiering (nu: ${nl_.fin(i)}) en de keuze tussen eigenaarschap en ontzorgen (nu: ${nl_.own(i)}) de hele inrichting; leg ze samen met de initiatiefnemers vast.`,
    form_core_group: (i, r) =>
      `Er is nog geen kerngroep gevormd, terwijl die richting geeft en het dagelijks bestuur voert; bij ${nl_.members(i)} adviseren we ${nl_.range(r, ' werkgevers')}.`,
    appoint_coordinator: (i, x) =>
      `Er is nog geen coördinator beschikbaar; in ${nl_.phase(i)} adviseren we ongeveer ${nlNumber(x.days)} dagen per week.`,
    agree_mission: (i) =>
      `In ${nl_.phase(i)} geeft een gedeelde missie richting; ${hasExternalFunder(i.financing) ? `de financier (${nl_.funder(i)}) stuurt alleen daarop` : 'de werkgevers zijn er samen eigenaar van'}.`,
    agree_funder_mandate: (i) =>
      `Omdat er een externe financier is (${nl_.funder(i)}), spreek je in ${nl_.phase(i)} af dat die stuurt op de missie en alleen totalen ziet, en dat de invulling van activiteiten bij de werkgevers ligt.`,
    install_board: (i) =>
      `Omdat ${nl_.boardCause(i)}, is in ${nl_.phase(i)} een formeel bestuur nodig; houd de aansturing bij werkgevers.`,
    choose_board_or_steering_group: (i) =>
      `Omdat ${nl_.boardCause(i)}, kies je in ${nl_.phase(i)} tussen een formeel bestuur en een stuurgroep met de financier naast de kerngroep (zoals bij 99vanGroot-Amsterdam); in beide gevallen blijven de aansturing en het beleid bij werkgevers.`,
    first_needs_inventory: (i) =>
      `In ${nl_.phase(i)} vormen de behoeften van de ${nl_.members(i)} de basis voor de agenda; de coördinator haalt ze op en verbindt ze, als spin in het web met een coachende en faciliterende rol.`,
    rolling_agenda: (i) =>
      `${i.existing.annualPlanRequired ? 'Er wordt vooraf een uitgewerkt jaarplan gevraagd; ' : ''}in ${nl_.phase(i)} houdt een rollende agenda met doelen op missieniveau het netwerk behoeftegestuurd en de werkgevers eigenaar.`,
    entry_conditions: (i) =>
      `Bij ${nl_.members(i)} in ${nl_.phase(i)} borgen toetredingsvoorwaarden (intentieverklaring of convenant, ambitie en gerealiseerde banen melden) de betrokkenheid vanaf het begin.`,
    grow_gradually: (i) =>
      `In ${nl_.phase(i)} groeit eigenaarschap mee als het netwerk geleidelijk groeit naar de ${nl_.members(i)}; te snelle groei geeft lage opkomst en weinig interactie.`,
    set_contributions: (i, x) =>
      `Omdat de financiering ${nl_.fin(i)} is, legt de kerngroep in ${nl_.phase(i)} de bijdrage vast (advies: ${nl_.money(x.contributionCents)} per deelnemer per jaar).`,
    register_in_kind: (i) =>
      `Bij financiering met ${nl_.fin(i)} en ${nl_.own(i)} rekent het advies op bijdragen in natura (locatie, catering, uren); leg ze vast zodat zichtbaar is wie wat bijdraagt.`,
    set_up_administration: (i, x) =>
      `In ${nl_.phase(i)} richt ${x.backOffice ? 'de backoffice' : 'de coördinator'} de administratie van de ${nl_.members(i)}, de bijdragen en de communicatiemiddelen in.`,
    activate_sounding_board: (i) =>
      `In ${nl_.phase(i)} geeft een klankbordgroep van publieke partners, kandidaten en deskundigen gevraagd en ongevraagd advies.`,
    start_theme_groups: (i) =>
      `Bij ${nl_.members(i)} in ${nl_.phase(i)} houden themagroepen met een kartrekker het netwerk behapbaar en de werkgevers actief.`,
    handover_plan: (i) =>
      `Bij ${nl_.own(i)} draagt de coördinator na de opstart (nu ${nl_.phase(i)}) taken als activiteiten organiseren en nieuwe deelnemers welkom heten over aan de deelnemers.`,
    renew_core_group: (i) =>
      `In ${nl_.phase(i)} houden wisseling en vaste termijnen de kerngroep breed gedragen; een kerngroep die overal bij betrokken is, schept een vergadercultuur, dus houd bijeenkomsten actie- en resultaatgericht.`,
    steer_on_engagement: (i) =>
      `In ${nl_.phase(i)} kijkt de sturing naar actieve deelnemers, opkomst, activiteiten die werkgevers zelf organiseren en vervulde behoeften — niet alleen naar aantallen activiteiten en deelnemers.`,
    funder_reporting_mission_level: (i) =>
      `Omdat er een externe financier is (${nl_.funder(i)}), verantwoordt het netwerk zich in ${nl_.phase(i)} op de missie, met totalen en nooit met persoonsgegevens.`,
    revisit_needs: (i) =>
      `In ${nl_.phase(i)} laat een nieuwe behoeftenronde onder de ${nl_.members(i)} zien waar de energie nog zit.`,
    review_financing: (i) =>
      `In ${nl_.phase(i)} staat de financiering (${nl_.fin(i)}) onder druk; bespreek tijdig wie wat blijft betalen.`,
    explore_partner_networks: (i) =>
      `In ${nl_.phase(i)} kan samenwerking met andere werkgeversnetwerken (gezamenlijke activiteiten, doorverwijzing${i.phase === 'teruggang' ? ', eventueel samengaan' : ''}) het netwerk versterken.`,
  },
  taskNotes: {
    needs_inventory:
      'De coördinator is de spin in het web: coachend en faciliterend; de werkgevers bepalen wat ermee gebeurt.',
    agenda_priorities: 'De agenda volgt de behoeften; geen vastgelegd jaarplan.',
    host_activities: 'Vaak een bijdrage in natura.',
    onboarding: 'Met een warme introductie, bijvoorbeeld via een buddy.',
    candidate_supply: 'De coördinator verbindt vraag en aanbod.',
    create_jobs: 'Dit is de missie zelf.',
    report_realisations: 'In sommige netwerken een toetredingsvoorwaarde.',
    ambassadorship: '55% van de werkgevers draagt het liefst zo bij.',
    funder_reporting: 'Alleen op missieniveau, met totalen.',
    evaluate_network: 'Sturen op betrokkenheid en eigenaarschap, niet alleen op aantallen.',
    candidate_voice: 'Bijvoorbeeld in ontmoetingen van kandidaten en werkgevers.',
  },
  summary: {
    title: 'Basisinrichting van het netwerk',
    variables: 'Gekozen variabelen',
    roles: 'Rollen',
    tasks: 'Taken en verantwoordelijkheden',
    matrix: 'Verantwoordelijkheidsmatrix',
    governance: 'Besturing',
    financing: 'Financiering',
    tensions: 'Spanningen',
    checklist: 'Checklist voor deze fase',
    none: 'geen',
    needed: 'nodig',
    notNeeded: 'niet nodig',
    yes: 'ja',
    no: 'nee',
    advice: 'Advies',
    task: 'Taak',
    role: 'Rol',
    count: 'Aantal',
    reason: 'Reden',
    costItem: 'Kostenpost',
    variable: 'Variabele',
    value: 'Waarde',
    raciLegend: 'R = voert uit, A = eindverantwoordelijk, C = geraadpleegd, I = geïnformeerd',
    dayToDay: 'Dagelijks bestuur',
    formalBoard: 'Formeel bestuur',
    funderMandate: 'Mandaat van de financier',
    funderMandateMission: 'alleen de missie',
    soundingBoard: 'Klankbordgroep',
    coordinatorDays: (days) => `ongeveer ${nlNumber(days)} dagen per week`,
    contribution: 'Bijdrage per deelnemer per jaar',
    inKind: 'Bijdragen in natura',
    funderPays: 'Financier betaalt',
    totalCosts: 'Geschatte kosten per jaar',
    perYear: 'per jaar',
    versionLine: (version, date, reason) => `Versie ${version}, ${date}. Waarom: ${reason}`,
    variableLabels: {
      financing: 'Financiering',
      funderType: 'Soort financier',
      ownership: 'Eigenaarschap (1) – ontzorgen (5)',
      phase: 'Fase',
      expectedMembers: 'Verwacht aantal deelnemers',
      coreGroupFormed: 'Kerngroep gevormd',
      coordinatorAvailable: 'Coördinator beschikbaar',
      coordinatorHoursPerWeek: 'Uren coördinator per week',
      legalEntity: 'Rechtspersoon',
      annualPlanRequired: 'Financier eist uitgewerkt jaarplan',
    },
  },
  formatMoney: nlMoney,
  formatNumber: nlNumber,
};

// ---------------------------------------------------------------------------------------------------------------------
// English
// ---------------------------------------------------------------------------------------------------------------------

const enMoney = moneyFormatter('en-GB');
const enNumber = numberFormatter('en-GB');

const enRole: Record<RoleCode, string> = {
  core_group: 'Core group (kerngroep)',
  coordinator: 'Network coordinator',
  back_office: 'Back office',
  employer: 'Employers (members)',
  sounding_board: 'Sounding board (klankbordgroep)',
  board: 'Board',
  funder: 'Funder / commissioning party',
  partner: 'Partners',
  theme_lead: 'Theme leads (kartrekkers)',
  candidate: 'Candidates',
};

const enRoleRef: Record<RoleCode, string> = {
  core_group: 'the core group',
  coordinator: 'the network coordinator',
  back_office: 'the back office',
  employer: 'the member employers',
  sounding_board: 'the sounding board',
  board: 'the board',
  funder: 'the funder',
  partner: 'the partners',
  theme_lead: 'the theme leads',
  candidate: 'the candidates',
};

const enTask: Record<TaskCode, string> = {
  set_direction: 'setting mission, goals and course',
  admit_members: 'admitting new members',
  needs_inventory: 'gathering and connecting needs',
  agenda_priorities: 'agenda and priorities (needs-driven)',
  organise_activities: 'organising activities',
  host_activities: 'hosting and venues',
  lead_theme_groups: 'leading theme groups',
  onboarding: 'welcoming new members',
  relationship_management: 'relationship management with members',
  public_partners: 'links with the municipality, UWV and employer service point',
  partner_networks: 'cooperation with other networks',
  candidate_supply: 'referring and supporting candidates',
  create_jobs: 'creating jobs, job carving',
  report_realisations: 'reporting ambition and realised jobs',
  knowledge_sharing: 'sharing knowledge (legislation, good practice)',
  ambassadorship: 'being an ambassador, recruiting new employers',
  member_administration: 'member administration',
  contributions: 'contributions and invoices',
  communication: 'communication, newsletter and visibility',
  meetings_secretariat: 'preparing meetings and minutes',
  funder_reporting: 'accountability to the funder',
  budget: 'budget and finances',
  evaluate_network: 'evaluating engagement and ownership',
  advice: 'solicited and unsolicited advice',
  candidate_voice: 'candidates’ voice, lived experience',
};

const enPhase: Record<Phase, string> = {
  initiatie: 'initiation',
  opstart: 'start-up',
  volwassen: 'mature',
  teruggang: 'decline',
};

const enFinancing: Record<FinancingKind, string> = {
  contributions_money: 'employer contributions in money',
  contributions_in_kind: 'employer contributions in kind',
  external: 'an external funder',
  mixed: 'a mix of employer contributions and an external funder',
};

const enFunderType: Record<FunderType, string> = {
  werkgeversservicepunt: 'employer service point (WSP)',
  werkbedrijf: 'werkbedrijf',
  werkgeversorganisatie: 'employers’ organisation',
  sectorinstituut: 'sector institute',
  gemeente: 'municipality',
  fonds: 'fund',
  other: 'other funder',
};

const enOwnership = [
  'by and for employers',
  'mostly ownership with employers',
  'midway between ownership and unburdening',
  'mostly unburdening',
  'fully unburdening',
] as const;

const enSoundingBoardMember: Record<SoundingBoardMemberKind, string> = {
  public_partner: 'public partners (municipality, UWV, employer service point)',
  candidate: 'candidates or experts by experience',
  jobcoach_provider: 'job coach or care organisations',
  education: 'education',
  expert: 'experts (for example on legislation or inclusive employment)',
};

const en_ = {
  own: (i: DesignInput) => `‘${enOwnership[i.ownership - 1] ?? ''}’`,
  phase: (i: DesignInput) => `the ${enPhase[i.phase]} phase`,
  members: (i: DesignInput) => `${i.expectedMembers} expected members`,
  funder: (i: DesignInput) => (i.funderType ? enFunderType[i.funderType] : 'type not given'),
  fin: (i: DesignInput) =>
    hasExternalFunder(i.financing) ? `${enFinancing[i.financing]} (${en_.funder(i)})` : enFinancing[i.financing],
  range: (r: Range, unit = '') => (r.min === r.max ? `${r.min}${unit}` : `${r.min} to ${r.max}${unit}`),
  money: (r: Range) => (r.min === r.max ? enMoney(r.min) : `${enMoney(r.min)} to ${enMoney(r.max)}`),
  task: (code: TaskCode) => `‘${enTask[code]}’`,
  placement: (p: TaskPlacement) =>
    p.responsible === p.accountable
      ? `${enRoleRef[p.responsible]}, who also ${PLURAL_ROLES.has(p.responsible) ? 'decide' : 'decides'} on it`
      : `${enRoleRef[p.responsible]}, with ${enRoleRef[p.accountable]} accountable`,
  boardCause: (i: DesignInput) => {
    const funder = hasExternalFunder(i.financing);
    if (funder && i.existing.legalEntity)
      return `there is an external funder (${en_.funder(i)}) and the network is a legal entity`;
    if (funder) return `there is an external funder (${en_.funder(i)})`;
    return 'the network is a legal entity';
  },
  noBoardCause: (i: DesignInput) => `the financing is ${en_.fin(i)} and the network is not a legal entity`,
};

export const en: AdvisorTexts = {
  labels: {
    role: enRole,
    roleShort: {
      core_group: 'Core group',
      coordinator: 'Coordinator',
      back_office: 'Back office',
      employer: 'Employers',
      sounding_board: 'Sounding',
      board: 'Board',
      funder: 'Funder',
      partner: 'Partners',
      theme_lead: 'Theme leads',
      candidate: 'Candidates',
    },
    task: Object.fromEntries(Object.entries(enTask).map(([k, v]) => [k, capitalise(v)])) as Record<TaskCode, string>,
    phase: { initiatie: 'Initiation', opstart: 'Start-up', volwassen: 'Mature', teruggang: 'Decline' },
    financing: {
      contributions_money: 'Employer contributions in money',
      contributions_in_kind: 'Employer contributions in kind',
      external: 'External funder',
      mixed: 'Mix of employer contributions and an external funder',
    },
    funderType: enFunderType,
    ownership: enOwnership,
    soundingBoardMember: enSoundingBoardMember,
    costItem: {
      coordinator: 'Network coordinator',
      meetings_venues: 'Meetings and venues',
      communication_tools: 'Communication tools',
      secretariat: 'Secretarial capacity (back office)',
    },
    tension: {
      no_coordinator: 'No network coordinator',
      annual_plan_vs_needs_driven: 'Worked-out annual plan versus a needs-driven network',
      unburdening_unfunded: 'Full unburdening with no one paying for the work',
      ownership_without_core_group: 'Ownership wanted, but no core group',
      coordinator_holds_member_tasks: 'Coordinator keeps doing members’ tasks',
      growth_outpaces_ownership: 'Growth faster than ownership',
      coordinator_capacity_short: 'Too few coordinator hours',
      contributions_below_cost: 'Contributions do not cover the costs',
    },
    severity: { low: 'low', medium: 'medium', high: 'high' },
    checklist: {
      choose_leading_variables: 'Settle the two leading variables: financing and ownership',
      form_core_group: 'Form a core group of employers',
      appoint_coordinator: 'Appoint a network coordinator',
      agree_mission: 'Write the mission and goals with the employers',
      agree_funder_mandate: 'Record the funder’s mandate: the mission only',
      install_board: 'Install a formal board with a majority of employers',
      choose_board_or_steering_group:
        'Choose: a formal board with a majority of employers, or a steering group with the funder beside the core group',
      first_needs_inventory: 'Gather the employers’ needs',
      rolling_agenda: 'Work with a rolling, needs-driven agenda',
      entry_conditions: 'Agree entry conditions',
      grow_gradually: 'Grow step by step',
      set_contributions: 'Set the contribution per member',
      register_in_kind: 'Record contributions in kind',
      set_up_administration: 'Set up member administration and communication tools',
      activate_sounding_board: 'Compose the sounding board',
      start_theme_groups: 'Start theme groups with theme leads',
      handover_plan: 'Make a handover plan from coordinator to members',
      renew_core_group: 'Renew and broaden the core group',
      steer_on_engagement: 'Steer on engagement and ownership, not only on counts',
      funder_reporting_mission_level: 'Report to the funder at mission level',
      revisit_needs: 'Gather the needs again',
      review_financing: 'Check the financing for continuity',
      explore_partner_networks: 'Explore cooperation with other employer networks',
    },
  },
  reasons: {
    'role.core_group.needed': (i, r) =>
      `A core group consists of one or more employers who set the direction of goals and activities and often hold day-to-day governance; one employer is already a core group. With ${i.expectedMembers} expected members a core group of ${en_.range(r, ' employers')} works well (advice from practice, not a requirement); ${i.existing.coreGroupFormed ? 'a core group has already been formed.' : 'that core group has not been formed yet.'}`,
    'role.coordinator.available': (i, x) =>
      `A network cannot do without a network coordinator: the spider in the web who coaches, facilitates and puts employers in charge. A coordinator is available${i.existing.coordinatorHoursPerWeek !== undefined ? ` (${enNumber(i.existing.coordinatorHoursPerWeek)} hours a week)` : ''}; with ${en_.phase(i)}, ${en_.own(i)} and ${en_.members(i)} we advise about ${enNumber(x.days)} days a week.`,
    'role.coordinator.missing': (i, x) =>
      `A network cannot do without a network coordinator: the spider in the web who coaches, facilitates and puts employers in charge. No coordinator is available yet; with ${en_.phase(i)}, ${en_.own(i)} and ${en_.members(i)} we advise appointing one for about ${enNumber(x.days)} days a week.`,
    'role.back_office.needed': (i) =>
      `With ${en_.own(i)} and ${en_.members(i)} we advise a back office for member administration, contributions and invoices, communication tools and secretarial work, so the coordinator can focus on connecting.`,
    'role.back_office.not_needed': (i) =>
      `With ${en_.own(i)} and a small network (${en_.members(i)}) a separate back office is not needed yet: the coordinator and the members share administration and secretarial work.`,
    'role.employer.needed': (i) =>
      `The ${en_.members(i)} are the network: they take part, share knowledge, host, report ambition and realised jobs, and act as ambassadors; with ${en_.own(i)} ${i.ownership <= 2 ? 'much' : i.ownership === 3 ? 'part' : 'little'} of the organising work lies with them.`,
    'role.sounding_board.needed': (i, r) =>
      `With ${en_.members(i)} we advise a sounding board of ${en_.range(r, ' people')} that gives solicited and unsolicited advice and gives candidates a voice${i.phase === 'initiatie' ? '; form it in the start-up phase, it need not exist yet during initiation' : ''}.`,
    'role.board.needed': (i) =>
      `Because ${en_.boardCause(i)}, a formal board is needed (3 to 5 people, with a majority of employers so that steering stays with employers).`,
    'role.board.advised': (i) =>
      `Because ${en_.boardCause(i)}, we advise considering a formal board (3 to 5 people, with a majority of employers). The alternative from practice is a steering group with the funder beside an employers’ core group, as at 99vanGroot-Amsterdam.`,
    'role.board.not_needed': (i) =>
      `Because ${en_.noBoardCause(i)}, no formal board is needed; the core group holds day-to-day governance.`,
    'role.funder.needed': (i) =>
      `Because the network is financed by ${en_.fin(i)}, a non-employer becomes the commissioning party; it steers on the mission only and sees aggregates only, never personal data.`,
    'role.funder.not_needed': (i) =>
      `Because the network is financed by ${en_.fin(i)}, there is no external funder: the employers commission the network themselves.`,
    'role.partner.needed': (i) =>
      `Public parties (municipality, UWV, employer service point), education and job coach or care organisations supply candidates and support, and other employer networks are allies; this holds in every phase, including ${en_.phase(i)}.`,
    'role.theme_lead.needed': (i, r) =>
      `Because the network expects ${i.expectedMembers} members and is in ${en_.phase(i)}, we advise ${en_.range(r)} theme groups, each led by an employer (like the four theme groups of 99vanTwente).`,
    'role.theme_lead.not_needed': (i, x) =>
      `With ${en_.members(i)} in ${en_.phase(i)}, theme groups with theme leads are not needed yet; consider them after the initiation phase from about ${x.threshold} members.`,
    'role.candidate.needed': () =>
      'Candidates have a voice in every set-up: they are consulted, and the sounding board, on which candidates or experts by experience sit, carries their voice in the network; also as ambassadors and in meetings with employers.',
    'task.ownership_end': (_i, p) => `On the ownership side, ${en_.task(p.task)} lies with ${en_.placement(p)}.`,
    'task.unburdening_end': (_i, p) =>
      `On the unburdening side the members are unburdened: ${en_.task(p.task)} lies with ${en_.placement(p)}.`,
    'task.middle_start_up': (_i, p) =>
      `Midway on the scale we take the unburdening side in year 1: ${en_.task(p.task)} lies with ${en_.placement(p)}.`,
    'task.middle_mature': (_i, p) =>
      `Midway on the scale we take the ownership side after start-up: ${en_.task(p.task)} lies with ${en_.placement(p)}.`,
    'task.same_both_ends': (_i, p) =>
      `Wherever the network sits between ownership and unburdening, ${en_.task(p.task)} lies with ${en_.placement(p)}.`,
    'task.start_up_coordinator': (_i, p) =>
      `${capitalise(en_.task(p.task))} belongs to the members, but in year 1 it is still carried by ${en_.placement(p)}; after start-up the coordinator hands it over to the members.`,
    'task.mod.board_approves': () => 'The formal board decides on this; the core group is consulted.',
    'task.mod.no_board': () => 'Without a formal board the core group decides.',
    'task.mod.no_back_office': () => 'Without a separate back office the network coordinator takes this on.',
    'task.mod.funder_mission_only': () =>
      'The funder is consulted on the mission only, not on the content of activities.',
    'governance.day_to_day': (i) =>
      `Steering and policy stay in employers’ hands: the core group holds day-to-day governance${i.existing.coreGroupFormed ? '' : ' once it is formed'}, also with ${en_.own(i)}.`,
    'governance.board.funder_and_entity': (i) =>
      `Because ${en_.boardCause(i)}, we advise a formal board with a majority of employers; the core group keeps day-to-day governance.`,
    'governance.board.funder': (i) =>
      `Because ${en_.boardCause(i)}, a formal board may be needed; consider one with a majority of employers. The alternative is a steering group with the funder beside an employers’ core group, as at 99vanGroot-Amsterdam: the steering group steers on main lines and results, the core group owns the programme and keeps day-to-day governance.`,
    'governance.board.entity': (i) =>
      `Because ${en_.boardCause(i)}, a formal board is required, with a majority of employers; the core group keeps day-to-day governance.`,
    'governance.board.none': (i) =>
      `Because ${en_.noBoardCause(i)}, no formal board is needed; the employers’ core group governs.`,
    'governance.mandate.mission': (i) =>
      `Because the network is financed by ${en_.fin(i)}, the funder steers on the mission only (lasting work for people with a distance to the labour market); the content of activities belongs to the employers.`,
    'governance.mandate.none': (i) =>
      `Because the network is financed by ${en_.fin(i)}, there is no external commissioning party and so no mandate to limit.`,
    'governance.sounding_board': (i, x) =>
      `With ${en_.phase(i)} and ${en_.members(i)} we advise a sounding board of ${joinList(
        x.composition.map((kind) => enSoundingBoardMember[kind]),
        'and',
      )}; they give solicited and unsolicited advice.`,
    'financing.summary': (i, x) => {
      const inKind = x.inKind
        ? ` Employers also contribute in kind (venue, catering, hours), in line with ${i.ownership <= 2 ? en_.own(i) : `financing by ${en_.fin(i)}`}.`
        : '';
      const willing =
        ' About half of employers are willing to pay €50 to €250 a year; willingness grows with the length and activity of membership.';
      switch (i.financing) {
        case 'contributions_money':
          return `The network is financed by ${en_.fin(i)}: the estimated costs of ${en_.money(x.totalCents)} a year call, with ${en_.members(i)}, for a contribution of ${en_.money(x.contributionCents)} per member a year.${willing}${inKind}`;
        case 'contributions_in_kind':
          return `The network runs on ${en_.fin(i)}: employers provide venues, catering, hours and possibly a seconded coordinator, without a money contribution. The estimated value of ${en_.money(x.totalCents)} a year must then be covered in kind.`;
        case 'external':
          return `The external funder (${en_.funder(i)}) pays the estimated costs of ${en_.money(x.totalCents)} a year, mainly the coordinator; employers pay no money contribution.${inKind}`;
        case 'mixed':
          return `With ${en_.fin(i)}, the funder mainly pays the coordinator and employers pay ${en_.money(x.contributionCents)} a year for meetings and communication; the estimated costs are ${en_.money(x.totalCents)} a year.${willing}${inKind}`;
      }
    },
    'cost.coordinator': (i, x) =>
      `With ${en_.phase(i)}, ${en_.own(i)} and ${en_.members(i)} we advise about ${enNumber(x.days)} days of coordination a week (experience: about 2 days a week in year 1), at ${x.weeks} working weeks and ${en_.money(x.dayRateCents)} a day.`,
    'cost.meetings_venues': (i, x) =>
      `For ${en_.members(i)} we count ${en_.range(x.meetings)} network meetings a year (venue and catering)${x.inKind ? '; hosts often provide the venue in kind' : ''}.`,
    'cost.communication_tools': (i) => `Communication tools (newsletter, website, member area) for ${en_.members(i)}.`,
    'cost.secretariat': (i, x) =>
      `With ${en_.own(i)} and ${en_.members(i)} we count ${en_.range(x.hours, ' hours')} of secretarial capacity (back office) a week.`,
  },
  tensionReasons: {
    no_coordinator: (i) =>
      `No network coordinator is available yet, while in practice a network cannot do without one; especially in ${en_.phase(i)} the coordinator carries much.`,
    annual_plan_vs_needs_driven: (i) =>
      `${hasExternalFunder(i.financing) ? `The funder (${en_.funder(i)})` : 'The commissioning party'} wants to see a worked-out annual plan up front. That does not fit a needs-driven network: at 99vanGroot-Amsterdam, carrying out a fixed year agenda left most employers feeling no ownership.`,
    unburdening_unfunded: (i) =>
      `With ${en_.own(i)} the members want to be unburdened, but the financing is only ${en_.fin(i)}: no one then pays for the work of coordinator and back office.`,
    ownership_without_core_group: (i) =>
      `With ${en_.own(i)} much work lies with the members, but no core group has been formed yet to set direction and decide.`,
    coordinator_holds_member_tasks: (i, x) =>
      `In ${en_.phase(i)} with ${en_.own(i)}, tasks such as ${joinList(x.tasks.map(en_.task), 'and')} belong to the members. The risk is that the coordinator keeps doing them as in start-up, so employers feel less ownership.`,
    growth_outpaces_ownership: (i, x) =>
      `The network expects ${i.expectedMembers} members in ${en_.phase(i)}, more than the roughly ${x.limit} at which ownership can keep up in year 1. Growing too fast gives little ownership: low turnout and little interaction.`,
    coordinator_capacity_short: (i, x) =>
      `The coordinator has ${enNumber(x.hours)} hours a week, fewer than the roughly ${enNumber(x.advisedHours)} hours we advise with ${en_.phase(i)}, ${en_.own(i)} and ${en_.members(i)}.`,
    contributions_below_cost: (i, x) =>
      `The network is financed by ${en_.fin(i)} only; with ${en_.members(i)} the estimated costs come to ${en_.money(x.perMemberCents)} per member a year, while about half of employers are willing to pay €50 to €250 a year.`,
  },
  tensionAdvice: {
    no_coordinator: (i, x) =>
      `Appoint a network coordinator for about ${enNumber(x.days)} days a week, in a coaching and facilitating role, and arrange how it is paid (${en_.fin(i)}) before the network grows.`,
    annual_plan_vs_needs_driven: () =>
      'Instead of an annual plan, offer a rolling, needs-driven agenda with targets at mission level (for example lasting placements and employer engagement); the core group fills in activities period by period from the gathered needs, and the network reports on the mission.',
    unburdening_unfunded: () =>
      'Choose a paid source for coordination and back office (a money contribution, an external funder or a sector fund), or move along the scale towards ownership so members do more themselves.',
    ownership_without_core_group: (_i, r) =>
      `First form a core group of ${en_.range(r, ' employers')} (for example from the initiative group, as at 99vanTwente) before tasks move to members; until then the coordinator temporarily carries more.`,
    coordinator_holds_member_tasks: () =>
      'Make a handover plan per task with an employer or theme lead who takes it over, let the coordinator coach instead of do, and track coordinator dependency: members’ tasks that the coordinator is in fact doing.',
    growth_outpaces_ownership: () =>
      'Grow step by step and use entry conditions (declaration of intent or covenant, reporting ambition and realised jobs); let the core group decide on admission and work with theme groups so members get to know each other.',
    coordinator_capacity_short: () =>
      'Extend the coordinator’s hours, or move more tasks to members and the back office; discuss in the core group which tasks would otherwise be left undone.',
    contributions_below_cost: () =>
      'Cover part in kind (venues, a seconded coordinator), seek a sector fund or external funder to add to it (at Luchtvaart Inclusief a sector fund doubled the €1,000 each firm paid), or choose a lighter set-up with more ownership.',
  },
  checklistReasons: {
    choose_leading_variables: (i) =>
      `In ${en_.phase(i)} the financing (now: ${en_.fin(i)}) and the choice between ownership and unburdening (now: ${en_.own(i)}) decide the whole set-up; settle them with the initiators.`,
    form_core_group: (i, r) =>
      `No core group has been formed yet, while it sets direction and holds day-to-day governance; with ${en_.members(i)} we advise ${en_.range(r, ' employers')}.`,
    appoint_coordinator: (i, x) =>
      `No coordinator is available yet; in ${en_.phase(i)} we advise about ${enNumber(x.days)} days a week.`,
    agree_mission: (i) =>
      `In ${en_.phase(i)} a shared mission gives direction; ${hasExternalFunder(i.financing) ? `the funder (${en_.funder(i)}) steers on it only` : 'the employers own it together'}.`,
    agree_funder_mandate: (i) =>
      `Because there is an external funder (${en_.funder(i)}), agree in ${en_.phase(i)} that it steers on the mission and sees aggregates only, and that the content of activities belongs to the employers.`,
    install_board: (i) =>
      `Because ${en_.boardCause(i)}, a formal board is needed in ${en_.phase(i)}; keep steering with employers.`,
    choose_board_or_steering_group: (i) =>
      `Because ${en_.boardCause(i)}, choose in ${en_.phase(i)} between a formal board and a steering group with the funder beside the core group (as at 99vanGroot-Amsterdam); either way steering and policy stay with employers.`,
    first_needs_inventory: (i) =>
      `In ${en_.phase(i)} the needs of the ${en_.members(i)} are the basis of the agenda; the coordinator gathers and connects them, as the spider in the web with a coaching and facilitating role.`,
    rolling_agenda: (i) =>
      `${i.existing.annualPlanRequired ? 'A worked-out annual plan is demanded up front; ' : ''}in ${en_.phase(i)} a rolling agenda with mission-level targets keeps the network needs-driven and the employers in ownership.`,
    entry_conditions: (i) =>
      `With ${en_.members(i)} in ${en_.phase(i)}, entry conditions (declaration of intent or covenant, reporting ambition and realised jobs) secure engagement from the start.`,
    grow_gradually: (i) =>
      `In ${en_.phase(i)} ownership keeps up when the network grows gradually towards the ${en_.members(i)}; growing too fast gives low turnout and little interaction.`,
    set_contributions: (i, x) =>
      `Because the financing is ${en_.fin(i)}, the core group sets the contribution in ${en_.phase(i)} (advice: ${en_.money(x.contributionCents)} per member a year).`,
    register_in_kind: (i) =>
      `With financing by ${en_.fin(i)} and ${en_.own(i)} the advice counts on contributions in kind (venue, catering, hours); record them so it is visible who contributes what.`,
    set_up_administration: (i, x) =>
      `In ${en_.phase(i)} ${x.backOffice ? 'the back office' : 'the coordinator'} sets up the administration of the ${en_.members(i)}, the contributions and the communication tools.`,
    activate_sounding_board: (i) =>
      `In ${en_.phase(i)} a sounding board of public partners, candidates and experts gives solicited and unsolicited advice.`,
    start_theme_groups: (i) =>
      `With ${en_.members(i)} in ${en_.phase(i)}, theme groups each led by an employer keep the network manageable and the employers active.`,
    handover_plan: (i) =>
      `With ${en_.own(i)} the coordinator hands tasks such as organising activities and welcoming new members over to the members after start-up (now ${en_.phase(i)}).`,
    renew_core_group: (i) =>
      `In ${en_.phase(i)} rotation and fixed terms keep the core group broadly supported; a core group involved in everything creates a meeting culture, so keep meetings action- and result-oriented.`,
    steer_on_engagement: (i) =>
      `In ${en_.phase(i)} steering looks at active members, turnout, activities employers organise themselves and needs met — not only at counts of activities and participants.`,
    funder_reporting_mission_level: (i) =>
      `Because there is an external funder (${en_.funder(i)}), the network reports in ${en_.phase(i)} on the mission, with aggregates and never with personal data.`,
    revisit_needs: (i) =>
      `In ${en_.phase(i)} a new round of needs among the ${en_.members(i)} shows where the energy still is.`,
    review_financing: (i) =>
      `In ${en_.phase(i)} the financing (${en_.fin(i)}) is under pressure; discuss in time who keeps paying for what.`,
    explore_partner_networks: (i) =>
      `In ${en_.phase(i)} cooperation with other employer networks (joint activities, referrals${i.phase === 'teruggang' ? ', possibly merging' : ''}) can strengthen the network.`,
  },
  taskNotes: {
    needs_inventory:
      'The coordinator is the spider in the web: coaching and facilitating; the employers decide what happens with them.',
    agenda_priorities: 'The agenda follows the needs; no fixed annual plan.',
    host_activities: 'Often a contribution in kind.',
    onboarding: 'With a warm introduction, for example through a buddy.',
    candidate_supply: 'The coordinator connects demand and supply.',
    create_jobs: 'This is the mission itself.',
    report_realisations: 'An entry condition in some networks.',
    ambassadorship: '55% of employers prefer to contribute this way.',
    funder_reporting: 'At mission level only, with aggregates.',
    evaluate_network: 'Steering on engagement and ownership, not only on counts.',
    candidate_voice: 'For example in meetings between candidates and employers.',
  },
  summary: {
    title: 'Basic design of the network',
    variables: 'Chosen variables',
    roles: 'Roles',
    tasks: 'Tasks and responsibilities',
    matrix: 'Responsibility matrix',
    governance: 'Governance',
    financing: 'Financing',
    tensions: 'Tensions',
    checklist: 'Checklist for this phase',
    none: 'none',
    needed: 'needed',
    notNeeded: 'not needed',
    yes: 'yes',
    no: 'no',
    advice: 'Advice',
    task: 'Task',
    role: 'Role',
    count: 'Number',
    reason: 'Reason',
    costItem: 'Cost item',
    variable: 'Variable',
    value: 'Value',
    raciLegend: 'R = responsible, A = accountable, C = consulted, I = informed',
    dayToDay: 'Day-to-day governance',
    formalBoard: 'Formal board',
    funderMandate: 'Funder’s mandate',
    funderMandateMission: 'the mission only',
    soundingBoard: 'Sounding board',
    coordinatorDays: (days) => `about ${enNumber(days)} days a week`,
    contribution: 'Contribution per member a year',
    inKind: 'Contributions in kind',
    funderPays: 'Funder pays',
    totalCosts: 'Estimated costs a year',
    perYear: 'a year',
    versionLine: (version, date, reason) => `Version ${version}, ${date}. Why: ${reason}`,
    variableLabels: {
      financing: 'Financing',
      funderType: 'Kind of funder',
      ownership: 'Ownership (1) – unburdening (5)',
      phase: 'Phase',
      expectedMembers: 'Expected number of members',
      coreGroupFormed: 'Core group formed',
      coordinatorAvailable: 'Coordinator available',
      coordinatorHoursPerWeek: 'Coordinator hours a week',
      legalEntity: 'Legal entity',
      annualPlanRequired: 'Funder demands a worked-out annual plan',
    },
  },
  formatMoney: enMoney,
  formatNumber: enNumber,
};

export const ADVISOR_TEXTS: Record<Locale, AdvisorTexts> = { nl, en };
