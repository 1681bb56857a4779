// Shapes for a network's life: its mission and goals (versioned), its phase with the history of changes, and its funders'
// agreements, and the phase checklist. Dutch messages on the fields a user fills in, so a form can show them as they are.
// The contract of the network-life domain (decision 018): read by the routes and by the web feature.
import { z } from 'zod';
import { itemsOf, timestamp } from '../common.contract.js';
import { FUNDER_TYPES, PHASES } from './network-life.js';

const isoDate = (message: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, message)
    .refine(
      (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
      {
        message,
      },
    );

// ---- mission ------------------------------------------------------------------------------------------------------------

export const MISSION_GOAL_LEVELS = ['mission', 'network'] as const;

export const missionGoal = z.object({
  text: z.string().trim().min(1, 'Vul het doel in of haal de regel weg.').max(500, 'Een doel is hoogstens 500 tekens.'),
  level: z.enum(MISSION_GOAL_LEVELS),
});

export const saveMissionInput = z.object({
  mission: z
    .string()
    .trim()
    .min(10, 'Beschrijf de missie in minstens één zin (10 tekens of meer).')
    .max(4000, 'De missie is hoogstens 4000 tekens.'),
  goals: z.array(missionGoal).max(30, 'Hoogstens 30 doelen.'),
  /** The version the user started from (0 when there was no mission yet); another save in between gives 409. */
  basedOnVersion: z.number().int().min(0),
});
export type SaveMissionInput = z.infer<typeof saveMissionInput>;

export const missionVersionRow = z.object({
  id: z.string(),
  versionNumber: z.number(),
  mission: z.string(),
  goals: z.array(missionGoal),
  createdByName: z.string().nullable(),
  createdAt: timestamp,
});

export const missionReply = z.object({
  current: missionVersionRow.nullable(),
  /** Whether the reader sees only the goals at mission level (a funder). */
  missionLevelOnly: z.boolean(),
  /**
   * The mission-level targets agreed with funders (agreements not yet ended), beside the mission; a funder sees only those
   * it agreed to itself.
   */
  agreedTargets: z.array(z.object({ funderName: z.string(), targets: z.array(z.string()) })),
});

export const missionHistoryReply = z.object({ items: z.array(missionVersionRow) });

/** The reply to saving the mission: the new version. */
export const savedMissionVersion = z.object({ id: z.string(), versionNumber: z.number() });

// ---- phase --------------------------------------------------------------------------------------------------------------

export const changePhaseInput = z.object({
  to: z.enum(PHASES),
  effectiveOn: isoDate('Vul een geldige datum in (jjjj-mm-dd).'),
  reason: z
    .string()
    .trim()
    .min(5, 'Geef aan waarom het netwerk naar deze fase gaat.')
    .max(2000, 'De reden is hoogstens 2000 tekens.'),
  /** The phase the user saw: when someone moved the network in between, 409. */
  from: z.enum(PHASES),
  sharedWithFunder: z.boolean().default(false),
});
export type ChangePhaseInput = z.infer<typeof changePhaseInput>;

export const phaseChangeRow = z.object({
  id: z.string(),
  fromPhase: z.string(),
  toPhase: z.string(),
  effectiveOn: z.string(),
  reason: z.string(),
  decisionId: z.string(),
  createdByName: z.string().nullable(),
  createdAt: timestamp,
});

export const phaseReply = z.object({
  phase: z.enum(PHASES),
  /** The moves the guide allows from here. */
  next: z.array(z.enum(PHASES)),
  history: z.array(phaseChangeRow),
});

export const changePhaseReply = z.object({ phase: z.enum(PHASES), changeId: z.string(), decisionId: z.string() });

// ---- funder agreement ---------------------------------------------------------------------------------------------------

const agreementFields = z.object({
  funderName: z.string().trim().min(2, 'Vul de naam van de financier in.').max(200, 'De naam is hoogstens 200 tekens.'),
  funderType: z.enum(FUNDER_TYPES),
  organisationId: z.uuid().nullable().default(null),
  contactPersonId: z.uuid().nullable().default(null),
  amountCents: z
    .number()
    .int('Het bedrag is in hele centen.')
    .min(0, 'Het bedrag kan niet negatief zijn.')
    .max(100_000_000_000, 'Dit bedrag is onwaarschijnlijk hoog.'),
  startsOn: isoDate('Vul een geldige begindatum in (jjjj-mm-dd).'),
  endsOn: isoDate('Vul een geldige einddatum in (jjjj-mm-dd).'),
  conditions: z.string().trim().max(4000, 'De voorwaarden zijn hoogstens 4000 tekens.').default(''),
  mandate: z.string().trim().max(2000, 'Het mandaat is hoogstens 2000 tekens.').default(''),
  missionTargets: z
    .array(z.string().trim().min(1, 'Vul de doelstelling in of haal de regel weg.').max(500))
    .max(30)
    .default([]),
  yearPlanRequired: z.boolean().default(false),
  documents: z
    .array(z.string().trim().min(1, 'Vul de naam van het document in of haal de regel weg.').max(300))
    .max(30)
    .default([]),
});

const endsAfterStart = <T extends { startsOn: string; endsOn: string }>(value: T, ctx: z.RefinementCtx) => {
  if (value.endsOn < value.startsOn)
    ctx.addIssue({
      code: 'custom',
      path: ['endsOn'],
      message: 'De afspraak kan niet eindigen vóór ze begint: de einddatum ligt vóór de begindatum.',
    });
};

export const createAgreementInput = agreementFields.superRefine(endsAfterStart);
export type CreateAgreementInput = z.infer<typeof createAgreementInput>;

export const updateAgreementInput = agreementFields
  .extend({ version: z.number().int().min(1) })
  .superRefine(endsAfterStart);
export type UpdateAgreementInput = z.infer<typeof updateAgreementInput>;

export const agreementParams = z.object({ networkId: z.uuid(), agreementId: z.uuid() });

export const agreementRow = z.object({
  id: z.string(),
  funderName: z.string(),
  funderType: z.enum(FUNDER_TYPES),
  organisationId: z.string().nullable(),
  contactPersonId: z.string().nullable(),
  contactPersonName: z.string().nullable(),
  amountCents: z.number(),
  startsOn: z.string(),
  endsOn: z.string(),
  conditions: z.string(),
  mandate: z.string(),
  missionTargets: z.array(z.string()),
  yearPlanRequired: z.boolean(),
  documents: z.array(z.string()),
  version: z.number(),
  updatedAt: timestamp,
});
export type AgreementRow = z.infer<typeof agreementRow>;

export const agreementsReply = z.object({ items: z.array(agreementRow) });
export const agreementReply = agreementRow;

/** The reply to saving an agreement or a checklist item: its id and new version. */
export const savedRecord = z.object({ id: z.string(), version: z.number() });

/** The network's people as this feature reads them from the people list (to name a funder's contact person). */
export const personOptions = itemsOf(z.object({ id: z.string(), name: z.string() }));

// ---- phase checklist --------------------------------------------------------------------------------------------------

export const CHECKLIST_STATES = ['open', 'done', 'skipped'] as const;

export const checklistItemParams = z.object({ networkId: z.uuid(), itemId: z.uuid() });

export const checklistItemRow = z.object({
  id: z.string(),
  phase: z.string(),
  code: z.string(),
  titleKey: z.string(),
  ownerPersonId: z.string().nullable(),
  ownerName: z.string().nullable(),
  ownerRole: z.string().nullable(),
  dueOn: z.string(),
  state: z.enum(CHECKLIST_STATES),
  doneAt: z.string().nullable(),
  evidence: z.string().nullable(),
  closedAutomatically: z.boolean(),
  version: z.number(),
});

export const checklistReply = z.object({
  phase: z.string(),
  items: z.array(checklistItemRow),
  progress: z.object({ done: z.number(), total: z.number() }),
  mayEdit: z.boolean(),
});

export const updateChecklistItemInput = z.object({
  version: z.number().int().min(1),
  ownerPersonId: z.uuid().nullable().optional(),
  dueOn: isoDate('Vul een geldige datum in (jjjj-mm-dd).').optional(),
  state: z.enum(CHECKLIST_STATES).optional(),
});
