// The contract of the advisor's numbers as installation settings (decision 018): what the server replies and what a save
// sends. The labels, bounds and sources live in advisor-settings.ts and design-advisor.ts; both sides import them directly.
import { z } from 'zod';
import type { AdvisorSettings } from './design-advisor.js';

const range = z.object({ min: z.number(), max: z.number() });

/** Every advisor number, ranges as { min, max }; the bounds are checked by checkAdvisorSettings (with a message per number). */
export const advisorSettingsValues = z.object({
  coordinatorDaysInStartUp: z.number(),
  coordinatorDayRateCents: range,
  workingWeeksPerYear: z.number(),
  hoursPerDay: z.number(),
  coordinatorCapacityTolerance: z.number(),
  networkMeetingsPerYear: range,
  meetingBaseCents: range,
  meetingPerMemberCents: range,
  communicationBaseCents: range,
  communicationPerMemberCents: range,
  secretariatHourRateCents: range,
  willingToPayCents: range,
  growthLimitInStartUp: z.number(),
  smallNetworkMembers: z.number(),
  themeGroupsFromMembers: z.number(),
});

// The schema and the advisor's type must name the same numbers: a number added to ADVISOR_DEFAULTS without a line above
// does not build.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const sameKeys: Same<z.infer<typeof advisorSettingsValues>, AdvisorSettings> = true;
void sameKeys;

/** The numbers the advisor uses in this installation (for the wizard and everyone who may read the design advice). */
export const advisorSettingsReply = z.object({ values: advisorSettingsValues });

/** The administrator's view: the numbers in use, the guide's figures, and the version a save must be based on. */
export const advisorSettingsAdminReply = z.object({
  values: advisorSettingsValues,
  defaults: advisorSettingsValues,
  /** The numbers that differ from the default. */
  changed: z.array(z.string()),
  /** 0 while nothing was ever saved. */
  version: z.number(),
  updatedAt: z.string().nullable(),
});
export type AdvisorSettingsAdminReply = z.infer<typeof advisorSettingsAdminReply>;

export const saveAdvisorSettingsInput = z.object({
  values: advisorSettingsValues,
  /** The version the administrator read; a save based on an older one is refused (409). */
  version: z.number().int().min(0),
});
export type SaveAdvisorSettingsInput = z.infer<typeof saveAdvisorSettingsInput>;
