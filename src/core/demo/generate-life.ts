// The demo network's life, generated: the design it started with, its mission and goals, its moves from initiatie to its
// current phase (with dates and reasons for the decision log) and the funder's agreement. Pure and deterministic (seed and
// `now` in, plain data out); the demo loader replays it through the real services so every rule and record applies.
import type { DesignInput, FunderType, Phase } from '../design/design-input.js';
import { combineSeeds, createPrng } from './prng.js';

export interface DemoLifeOptions {
  seed: number;
  networkIndex: number;
  region: string;
  /** The phase the generated network is in now (opstart or volwassen). */
  phase: Phase;
  /** When the network was founded (the start of initiatie). */
  foundedAt: Date;
  now: Date;
}

export interface DemoPhaseMove {
  to: Phase;
  effectiveOn: string;
  reason: string;
}

export interface DemoLife {
  /** The design the network started with (in initiatie) and the one it works with now. */
  firstDesign: { input: DesignInput; reason: string; appliedAt: Date };
  currentDesign: { input: DesignInput; reason: string };
  mission: { text: string; goals: { text: string; level: 'mission' | 'network' }[] };
  phaseMoves: DemoPhaseMove[];
  agreement: {
    funderName: string;
    funderType: FunderType;
    amountCents: number;
    startsOn: string;
    endsOn: string;
    conditions: string;
    mandate: string;
    missionTargets: string[];
    yearPlanRequired: boolean;
    documents: string[];
  };
  /** The share of the current phase's checklist already done. */
  checklistDoneShare: number;
}

const DAY = 86_400_000;

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

const FUNDERS: readonly { type: FunderType; name: (region: string) => string }[] = [
  { type: 'werkgeversservicepunt', name: (r) => `Werkgeversservicepunt ${r}` },
  { type: 'gemeente', name: (r) => `Gemeente ${r} (centrumgemeente arbeidsmarktregio)` },
  { type: 'fonds', name: (r) => `Fonds Inclusief Ondernemen ${r}` },
];

export function generateDemoLife(options: DemoLifeOptions): DemoLife {
  const rng = createPrng(combineSeeds(options.seed, options.networkIndex, 17));
  const founded = options.foundedAt.getTime();
  const now = options.now.getTime();
  const region = options.region;
  const funder = FUNDERS[options.networkIndex % FUNDERS.length]!;

  // Initiatie lasts four to seven months; a mature network moved on after two years of opstart, a few months ago at most.
  const toOpstart = Math.min(founded + rng.int(120, 210) * DAY, now - 30 * DAY);
  const moves: DemoPhaseMove[] = [
    {
      to: 'opstart',
      effectiveOn: isoDay(toOpstart),
      reason: `De kerngroep is gevormd met ${rng.int(3, 5)} werkgevers, de financiering voor de eerste twee jaar is rond en de eerste netwerkbijeenkomst is gepland.`,
    },
  ];
  if (options.phase === 'volwassen') {
    const toMature = Math.max(toOpstart + 365 * DAY, now - rng.int(30, 120) * DAY);
    moves.push({
      to: 'volwassen',
      effectiveOn: isoDay(Math.min(toMature, now - DAY)),
      reason:
        'Het netwerk draait op eigen kracht: de leden brengen zelf onderwerpen in, de kerngroep vernieuwt zich en de themagroepen hebben elk een kartrekker.',
    });
  }

  const members = options.phase === 'volwassen' ? 60 : 40;
  const ownership = options.phase === 'volwassen' ? 2 : 3;
  const base: Omit<DesignInput, 'phase' | 'existing'> = {
    financing: 'mixed',
    funderType: funder.type,
    ownership,
    expectedMembers: members,
  };

  // A two-year agreement from the start-up, renewed once it has run out; the current one ends in two to ten months or later.
  const renewed = toOpstart + 2 * 365 * DAY;
  const agreementStart = renewed <= now - 30 * DAY ? renewed : toOpstart;
  const agreementEnd = Math.max(agreementStart + 2 * 365 * DAY - DAY, now + rng.int(60, 300) * DAY);
  const yearPlanRequired = funder.type === 'gemeente';

  return {
    firstDesign: {
      input: {
        ...base,
        phase: 'initiatie',
        expectedMembers: 25,
        existing: { coreGroupFormed: false, coordinatorAvailable: true, legalEntity: false, annualPlanRequired: false },
      },
      reason: 'Eerste inrichting na de verkenning met de initiatiefnemers',
      appliedAt: new Date(founded + 14 * DAY),
    },
    currentDesign: {
      input: {
        ...base,
        phase: options.phase,
        existing: {
          coreGroupFormed: true,
          coordinatorAvailable: true,
          coordinatorHoursPerWeek: options.phase === 'volwassen' ? 16 : 24,
          legalEntity: false,
          annualPlanRequired: yearPlanRequired,
        },
      },
      reason: `Inrichting bijgewerkt na de overgang naar ${options.phase === 'volwassen' ? 'volwassen' : 'opstart'}`,
    },
    mission: {
      text: `Werkgevers in ${region} maken samen werk van inclusief ondernemen: we leren van elkaar, delen wat werkt en zorgen dat mensen met een afstand tot de arbeidsmarkt duurzaam een plek vinden bij onze bedrijven.`,
      goals: [
        { text: `Elk jaar ${rng.int(20, 35)} duurzame plaatsingen bij leden van het netwerk`, level: 'mission' },
        { text: `Minstens ${rng.int(8, 15)} banen in het kader van de banenafspraak per jaar`, level: 'mission' },
        { text: 'Twee op de drie leden doen actief mee aan ten minste twee bijeenkomsten per jaar', level: 'network' },
        { text: 'Leden brengen zelf de onderwerpen van de bijeenkomsten in', level: 'network' },
      ],
    },
    phaseMoves: moves,
    agreement: {
      funderName: funder.name(region),
      funderType: funder.type,
      amountCents: rng.int(30, 60) * 100_000,
      startsOn: isoDay(agreementStart),
      endsOn: isoDay(agreementEnd),
      conditions:
        'Jaarlijks een verslag van de resultaten op missieniveau; de financier neemt deel aan het halfjaarlijkse overleg met de kerngroep.',
      mandate: 'alleen de missie',
      missionTargets: [
        `${rng.int(20, 35)} duurzame plaatsingen per jaar`,
        'Ten minste 50 aangesloten werkgevers aan het einde van de periode',
      ],
      yearPlanRequired,
      documents: ['Subsidiebeschikking', 'Samenwerkingsovereenkomst'],
    },
    checklistDoneShare: options.phase === 'volwassen' ? 0.6 : 0.35,
  };
}
