// The steering contract (decision 018): the dashboard with its measures and signals, drill-downs, targets, the funder's
// mission view, the year overview, the settings and the umbrella comparison. Read by the server's steering routes and by
// the web's steering feature.
import { z } from 'zod';
import { isoDate, itemsOf, versionReply } from '../common.contract.js';
import { EXPORT_FORMATS } from '../export-list.js';

export const periodQuery = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
});

export const DRILL_MEASURES = [
  'active_members',
  'turnout',
  'employer_led',
  'needs_driven',
  'needs',
  'kerngroep',
  'coordinator_tasks',
  'placements',
  'still_employed_6',
  'still_employed_12',
] as const;
export type DrillMeasure = (typeof DRILL_MEASURES)[number];

export const drillParams = z.object({ networkId: z.uuid(), measure: z.enum(DRILL_MEASURES) });
export const drillQuery = periodQuery.extend({ format: z.enum(EXPORT_FORMATS).optional() });

export const ratio = z.object({ numerator: z.number(), denominator: z.number(), value: z.number().nullable() });

const ladderStep = z.enum(['none', 'attends', 'contributes', 'hosts_leads', 'places', 'ambassador']);
const ladderRow = z.object({
  organisationId: z.string(),
  name: z.string(),
  step: ladderStep,
  previousStep: ladderStep,
  lastActivityOn: z.string().nullable(),
  daysSinceActivity: z.number().nullable(),
  alerts: z.array(z.enum(['slid', 'quiet'])),
  alertSince: z.string().nullable().optional(),
  contactedOn: z.string().nullable().optional(),
});

const trendPoint = z.object({
  key: z.string(),
  from: z.string(),
  to: z.string(),
  activeShare: ratio,
  turnoutOfRegistered: ratio,
  turnoutOfMembers: ratio,
  employerLed: ratio,
  needsDriven: ratio,
  activities: z.number(),
  registrations: z.number(),
  placements: z.number(),
  banen: z.number(),
});

const ambitionRow = z.object({
  organisationId: z.string(),
  name: z.string(),
  ambitionJobs: z.number().nullable(),
  placements: z.number(),
  banen: z.number(),
  reportedRealised: z.number().nullable(),
});

const progress = z.object({ target: z.number().nullable(), realised: z.number() });

export const dashboardReply = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  today: z.string(),
  phase: z.string(),
  members: z.number(),
  activeMembers: ratio,
  turnout: z.object({
    activities: z.number(),
    registered: z.number(),
    attended: z.number(),
    ofRegistered: ratio,
    ofMembers: ratio,
    /** Candidates present, counted apart from the members' turnout (issue 19). */
    candidatesAttended: z.number(),
  }),
  employerLed: ratio,
  needsDriven: z.object({ activitiesFromNeeds: ratio, needsToActivity: ratio, needsMet: ratio }),
  kerngroep: z.object({
    breadth: z.number(),
    breadthYearAgo: z.number(),
    persons: z.number(),
    joinedLastYear: z.number(),
    leftLastYear: z.number(),
    lastNewTermOn: z.string().nullable(),
    firstTermOn: z.string().nullable(),
    meetingAttendance: ratio,
    meetings: z.number(),
  }),
  coordinator: z.object({ memberTasksDoneByCoordinator: ratio, activitiesByCoordinator: ratio }),
  mission: z.object({ placements: z.number(), banen: z.number(), stillEmployed6: ratio, stillEmployed12: ratio }),
  ambition: z.object({ rows: z.array(ambitionRow), total: ambitionRow }),
  candidateVoice: z.object({
    checkInsAnswered: ratio,
    livedExperienceAdvice: z.number(),
    candidatesTookPart: z.number(),
  }),
  trends: z.object({ month: z.array(trendPoint), quarter: z.array(trendPoint) }),
  ladder: z.array(ladderRow),
  whoToCall: z.array(ladderRow),
  signals: z.array(z.object({ code: z.string(), values: z.record(z.string(), z.union([z.number(), z.string()])) })),
  targets: z.object({ year: z.number(), placements: progress, banen: progress, activeMembers: progress }),
});
export type DashboardReply = z.infer<typeof dashboardReply>;

export const drillRow = z.object({
  id: z.string(),
  label: z.string(),
  date: z.string().nullable(),
  detail: z.string().nullable(),
  counted: z.boolean(),
  values: z.record(z.string(), z.union([z.number(), z.string(), z.null()])),
});
export const drillReply = z.object({ items: z.array(drillRow) });

const suppressedCount = z.union([z.number(), z.literal('< 5')]);
/** A cell of a total shown with its parts: also "×", withheld so that a small cell beside it cannot be worked out (decision 013). */
const suppressedCell = z.union([z.number(), z.literal('< 5'), z.literal('×')]);
export const missionReply = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  members: suppressedCount,
  activeMembers: suppressedCount,
  activeMemberShare: z.number().nullable(),
  placements: suppressedCell,
  banen: suppressedCell,
  stillEmployed6: z.number().nullable(),
  stillEmployed12: z.number().nullable(),
  ambitionJobs: suppressedCount.nullable(),
  activities: suppressedCount,
  turnoutOfRegistered: z.number().nullable(),
  /** "Stem van kandidaten" (issue 19); absent in reports frozen before it existed. */
  candidateVoice: z
    .object({
      checkInsAnswered: z.number().nullable(),
      livedExperienceAdvice: suppressedCount,
      candidatesTookPart: suppressedCount,
    })
    .optional(),
  quarters: z.array(
    z.object({
      key: z.string(),
      placements: suppressedCell,
      banen: suppressedCell,
      activeMemberShare: z.number().nullable(),
    }),
  ),
  targets: z.object({
    year: z.number(),
    placements: z.object({ target: z.number().nullable(), realised: suppressedCell }),
    banen: z.object({ target: z.number().nullable(), realised: suppressedCell }),
    activeMembers: z.object({ target: z.number().nullable(), realised: suppressedCount }),
  }),
});
export type MissionReply = z.infer<typeof missionReply>;

/** "Ons netwerk dit jaar": mission results as for a funder, and the decisions shared with the members. */
export const yearOverviewReply = z.object({
  year: z.number(),
  mission: missionReply,
  decisions: z.array(
    z.object({
      id: z.string(),
      bodyName: z.string(),
      decidedOn: z.string(),
      text: z.string(),
      kind: z.string(),
      organisationName: z.string().nullable(),
      reason: z.string(),
    }),
  ),
});

export const targetInput = z.object({
  year: z.number().int().min(2000).max(2100),
  placements: z.number().int().min(0).max(100_000).nullable(),
  banen: z.number().min(0).max(100_000).multipleOf(0.01).nullable(),
  activeMembers: z.number().int().min(0).max(100_000).nullable(),
  /**
   * The version of that year's target as the screen read it; 0 = "this year has no target yet". A stale version (or a
   * target someone else set for the year meanwhile) gets 409 and writes nothing.
   */
  version: z
    .number()
    .int()
    .min(0)
    .describe(
      'De versie van het jaardoel zoals het scherm die las; 0 = dit jaar heeft nog geen doel. ' +
        'Is het doel intussen gewijzigd (of intussen aangemaakt), dan 409.',
    ),
});
export type TargetInput = z.infer<typeof targetInput>;

export const targetRow = targetInput.extend({ version: z.number() });
export const targetsReply = itemsOf(targetRow);
/** A target saved: its year and new version. */
export const targetSaved = z.object({ year: z.number(), version: z.number() });

export const optInInput = z.object({ optIn: z.boolean() });
/** Whether the network takes part in the comparison (the reply of reading and of setting it). */
export const optInReply = optInInput;

export const comparisonReply = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  networks: z.array(
    z.object({
      label: z.string(),
      members: suppressedCount,
      activeMemberShare: z.number().nullable(),
      turnoutOfRegistered: z.number().nullable(),
      employerLedShare: z.number().nullable(),
      needsDrivenShare: z.number().nullable(),
      placements: suppressedCell,
      banen: suppressedCell,
      stillEmployed6: z.number().nullable(),
    }),
  ),
});

const share = z.number().min(0).max(1);
export const thresholdsShape = z.object({
  coordinatorTaskShare: share,
  coordinatorActivityShare: share,
  kerngroepRenewalDays: z.number().int().min(30).max(3650),
  employerLedBelow: share,
  needsDrivenBelow: share,
  minimumRecords: z.number().int().min(1).max(1000),
  growthAtLeast: z.number().min(0).max(10),
  activeShareDrop: share,
});

export const settingsInput = z.object({
  thresholds: thresholdsShape,
  /** The version read (0 when the network never saved settings). */
  version: z.number().int().min(0),
});
export type SettingsInput = z.infer<typeof settingsInput>;

export const settingsReply = z.object({
  thresholds: thresholdsShape,
  defaults: thresholdsShape,
  optIn: z.boolean(),
  version: z.number().int(),
});
/** The settings saved: their new version. */
export const settingsSaved = versionReply;
