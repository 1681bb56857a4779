// Ownership signals: when a measure crosses a threshold, one line of advice drawn from the guide ("Hoe kunnen we ons netwerk
// aansturen en organiseren?"). Thresholds are data, so a network may tune them; the defaults are ours and documented here.
import type { CoordinatorDependency, KerngroepMeasure, Ratio } from './measures.js';
import { addDaysTo } from './time.js';

export interface SignalThresholds {
  /** Phases after start-up, where the coordinator should have handed tasks over. */
  afterStartUpPhases: readonly string[];
  /** Share of member-side tasks done by the coordinator from which to signal. */
  coordinatorTaskShare: number;
  /** Share of activities initiated by the coordinator from which to signal. */
  coordinatorActivityShare: number;
  /** Signal when the kerngroep has had no new term for this many days (and has existed that long). */
  kerngroepRenewalDays: number;
  employerLedBelow: number;
  needsDrivenBelow: number;
  /** Ratios need at least this many records before a low value is signalled. */
  minimumRecords: number;
  /** Member growth over twelve months from which growth counts as fast… */
  growthAtLeast: number;
  /** …and the drop in active member share (percentage points as a fraction) that makes it outpace turnout. */
  activeShareDrop: number;
}

export const DEFAULT_THRESHOLDS: SignalThresholds = {
  afterStartUpPhases: ['volwassen', 'teruggang'],
  coordinatorTaskShare: 0.25,
  coordinatorActivityShare: 0.5,
  kerngroepRenewalDays: 730,
  employerLedBelow: 0.4,
  needsDrivenBelow: 0.3,
  minimumRecords: 5,
  growthAtLeast: 0.15,
  activeShareDrop: 0.05,
};

export const SIGNAL_CODES = [
  'coordinator_doing_member_tasks',
  'kerngroep_shrinking',
  'kerngroep_not_renewing',
  'low_employer_led',
  'low_needs_driven',
  'growth_outpacing_turnout',
] as const;
export type SignalCode = (typeof SIGNAL_CODES)[number];

export interface Signal {
  code: SignalCode;
  /** The values that crossed the threshold, for the message. */
  values: Record<string, number | string>;
}

export interface SignalInput {
  phase: string;
  today: string;
  coordinator: CoordinatorDependency;
  kerngroep: KerngroepMeasure;
  employerLed: Ratio;
  needsDriven: Ratio;
  membersNow: number;
  membersYearAgo: number;
  activeShareNow: Ratio;
  activeShareYearAgo: Ratio;
}

export function ownershipSignals(input: SignalInput, t: SignalThresholds = DEFAULT_THRESHOLDS): Signal[] {
  const out: Signal[] = [];
  const enough = (r: Ratio) => r.value !== null && r.denominator >= t.minimumRecords;
  if (t.afterStartUpPhases.includes(input.phase)) {
    const tasks = input.coordinator.memberTasksDoneByCoordinator;
    const acts = input.coordinator.activitiesByCoordinator;
    const byTasks = tasks.value !== null && tasks.numerator > 0 && tasks.value >= t.coordinatorTaskShare;
    const byActs = enough(acts) && (acts.value ?? 0) >= t.coordinatorActivityShare;
    if (byTasks || byActs)
      out.push({
        code: 'coordinator_doing_member_tasks',
        values: { tasks: tasks.numerator, activityShare: Math.round((acts.value ?? 0) * 100) },
      });
  }
  const k = input.kerngroep;
  if (k.breadthYearAgo > 0 && k.breadth < k.breadthYearAgo)
    out.push({ code: 'kerngroep_shrinking', values: { now: k.breadth, yearAgo: k.breadthYearAgo } });
  const horizon = addDaysTo(input.today, -t.kerngroepRenewalDays);
  if (k.firstTermOn !== null && k.firstTermOn <= horizon && (k.lastNewTermOn === null || k.lastNewTermOn <= horizon))
    out.push({ code: 'kerngroep_not_renewing', values: { since: k.lastNewTermOn ?? k.firstTermOn } });
  if (enough(input.employerLed) && (input.employerLed.value ?? 0) < t.employerLedBelow)
    out.push({ code: 'low_employer_led', values: { share: Math.round((input.employerLed.value ?? 0) * 100) } });
  if (enough(input.needsDriven) && (input.needsDriven.value ?? 0) < t.needsDrivenBelow)
    out.push({ code: 'low_needs_driven', values: { share: Math.round((input.needsDriven.value ?? 0) * 100) } });
  if (
    input.membersYearAgo > 0 &&
    (input.membersNow - input.membersYearAgo) / input.membersYearAgo >= t.growthAtLeast &&
    input.activeShareNow.value !== null &&
    input.activeShareYearAgo.value !== null &&
    input.activeShareYearAgo.value - input.activeShareNow.value >= t.activeShareDrop
  )
    out.push({
      code: 'growth_outpacing_turnout',
      values: {
        growth: Math.round(((input.membersNow - input.membersYearAgo) / input.membersYearAgo) * 100),
        activeNow: Math.round(input.activeShareNow.value * 100),
        activeYearAgo: Math.round(input.activeShareYearAgo.value * 100),
      },
    });
  return out;
}

/** The thresholds a network may set on its settings screen (the phases stay as the guide has them). */
export const EDITABLE_THRESHOLDS = [
  'coordinatorTaskShare',
  'coordinatorActivityShare',
  'kerngroepRenewalDays',
  'employerLedBelow',
  'needsDrivenBelow',
  'minimumRecords',
  'growthAtLeast',
  'activeShareDrop',
] as const;
export type EditableThreshold = (typeof EDITABLE_THRESHOLDS)[number];
export type StoredThresholds = Partial<Record<EditableThreshold, number>>;

/** Which thresholds are shares (0–1, shown as percentages) and which are counts of days or records. */
export const THRESHOLD_KIND: Record<EditableThreshold, 'share' | 'days' | 'count'> = {
  coordinatorTaskShare: 'share',
  coordinatorActivityShare: 'share',
  kerngroepRenewalDays: 'days',
  employerLedBelow: 'share',
  needsDrivenBelow: 'share',
  minimumRecords: 'count',
  growthAtLeast: 'share',
  activeShareDrop: 'share',
};

/** A network's thresholds: what it stored, and the default for everything else (or anything stored that is not a number). */
export function resolveThresholds(stored: Record<string, unknown> | null | undefined): SignalThresholds {
  const out: SignalThresholds = { ...DEFAULT_THRESHOLDS };
  for (const key of EDITABLE_THRESHOLDS) {
    const v = stored?.[key];
    if (typeof v === 'number' && Number.isFinite(v)) out[key] = v;
  }
  return out;
}
