// The inputs of the design advisor: the two leading variables of the verkenningsfase (who finances the network, and where it
// sits between ownership and unburdening), plus the network's phase, its expected size and what already exists.
// One zod schema serves the CLI, the server and the browser wizard, so the three can never disagree on what a valid input is.
import { z } from 'zod';

export const FINANCING_KINDS = ['contributions_money', 'contributions_in_kind', 'external', 'mixed'] as const;
export type FinancingKind = (typeof FINANCING_KINDS)[number];

// Kept as data, not as code paths: the kinds of public parties change over time (WSP, werkbedrijf, regional werkcentra).
export const FUNDER_TYPES = [
  'werkgeversservicepunt',
  'werkbedrijf',
  'werkgeversorganisatie',
  'sectorinstituut',
  'gemeente',
  'fonds',
  'other',
] as const;
export type FunderType = (typeof FUNDER_TYPES)[number];

export const PHASES = ['initiatie', 'opstart', 'volwassen', 'teruggang'] as const;
export type Phase = (typeof PHASES)[number];

export const OWNERSHIP_MIN = 1;
export const OWNERSHIP_MAX = 5;
export const MEMBERS_MIN = 1;
export const MEMBERS_MAX = 1000;
export const COORDINATOR_HOURS_MAX = 80;

export const designInput = z
  .object({
    financing: z.enum(FINANCING_KINDS),
    funderType: z.enum(FUNDER_TYPES).optional(),
    // 1 = "voor en door werkgevers" (ownership), 5 = fully "ontzorgen" (unburdening); a spectrum, not a switch.
    ownership: z.number().int().min(OWNERSHIP_MIN).max(OWNERSHIP_MAX),
    phase: z.enum(PHASES),
    expectedMembers: z.number().int().min(MEMBERS_MIN).max(MEMBERS_MAX),
    existing: z.object({
      coreGroupFormed: z.boolean(),
      coordinatorAvailable: z.boolean(),
      coordinatorHoursPerWeek: z.number().min(0).max(COORDINATOR_HOURS_MAX).optional(),
      legalEntity: z.boolean(),
      annualPlanRequired: z.boolean(),
    }),
  })
  .superRefine((value, ctx) => {
    // A funder type without an external funder would silently be ignored by the advisor; refuse it so the user notices.
    if (value.funderType !== undefined && !hasExternalFunder(value.financing)) {
      ctx.addIssue({
        code: 'custom',
        path: ['funderType'],
        message: 'funderType only applies when financing is external or mixed',
      });
    }
    if (value.existing.coordinatorHoursPerWeek !== undefined && !value.existing.coordinatorAvailable) {
      ctx.addIssue({
        code: 'custom',
        path: ['existing', 'coordinatorHoursPerWeek'],
        message: 'coordinatorHoursPerWeek needs an available coordinator',
      });
    }
  });

export type DesignInput = z.infer<typeof designInput>;

/**
 * "mixed" means employer contributions together with an external funder (the guide's third option), so the seed's rules for
 * an external funder (formal board, mandate limited to the mission) apply to it as well.
 */
export function hasExternalFunder(financing: FinancingKind): boolean {
  return financing === 'external' || financing === 'mixed';
}

/** Initiatie and opstart together are the guide's "year 1", in which the coordinator carries more. */
export function isStartUpPhase(phase: Phase): boolean {
  return phase === 'initiatie' || phase === 'opstart';
}

/**
 * Where the wizard starts: the applied design's inputs when there is one, otherwise the defaults — in both cases in the
 * network's own phase (the kerngroep moves the phase; the wizard follows it).
 */
export function startingDesignInput(defaults: DesignInput, phase: string, applied: DesignInput | null): DesignInput {
  const start = applied ?? defaults;
  const known = (PHASES as readonly string[]).includes(phase) ? (phase as Phase) : start.phase;
  return { ...start, phase: known };
}
