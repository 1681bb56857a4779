// Steering: the dashboard of engagement, ownership and mission measures for the kerngroep and coordinator, drill-downs to the
// records behind a number, yearly mission targets, the funder's mission-level view and the umbrella's anonymised comparison.
// The measures themselves are the pure functions in src/core/steering; this file loads data, checks permissions and shapes.
import { clearContactedAlerts } from '../../../core/steering/contact-clearing.js';
import { computeDashboard, missionAggregates, type Dashboard } from '../../../core/steering/dashboard.js';
import {
  activitiesInPeriod,
  activeMemberShare,
  employerLedShare,
  isEmployerLed,
  membersOn,
  needsDriven,
  stillEmployed,
  todayOf,
  turnoutPerActivity,
  eventsByOrganisation,
  engagementEvents,
  termActiveOn,
} from '../../../core/steering/measures.js';
import { jobsForPlacement } from '../../../core/candidates/job-agreement.js';
import type { Period, SteeringData } from '../../../core/steering/steering-data.js';
import { WITHHELD, suppressCount, suppressDerived, suppressShare } from '../../../core/steering/suppress.js';
import { addDaysTo, addMonthsTo, dayOf, inPeriod } from '../../../core/steering/time.js';
import {
  loadCandidateCheckInSignals,
  loadCandidateRequestSignals,
} from '../candidate-portal/candidate-portal.service.js';
import { authorize, authorizePlatform, type Actor } from '../../platform/access.js';
import type { DbOrTx } from '../../platform/db/database.js';
import { lastContactByOrganisation } from '../interactions/interactions.repository.js';
import { cachedRead, type ReadCache } from '../../platform/short-cache.js';
import { loadFunderSignals } from '../network-life/network-life.service.js';
import { AppError } from '../../platform/errors.js';
import { writeAudit } from '../../platform/audit.js';
import { registerErrorMessages } from '../../platform/messages.js';
import { queryMemberDecisions } from '../governance/governance.repository.js';
import { DEFAULT_THRESHOLDS, EDITABLE_THRESHOLDS, resolveThresholds } from '../../../core/steering/signals.js';
import type { DrillMeasure, SettingsInput, TargetInput } from '../../../core/steering/steering.contract.js';
import type { NetworkSettingKey } from '../../../core/networks/network-settings.contract.js';
import {
  findNetworkWithSettings,
  listNetworksWithSettings,
  updateNetworkSetting,
} from '../networks/networks.repository.js';
import {
  findSteeringSettings,
  listTargets,
  loadSteeringData,
  loadSteeringInputs,
  type TargetRow,
  queryActivityTurnout,
  saveSteeringSettings,
  saveTargetIfVersion,
} from './steering.repository.js';

registerErrorMessages({
  nl: {
    steering_period_order: 'De einddatum van de periode ligt vóór de begindatum.',
    steering_period_too_long: 'Een periode is hoogstens drie jaar lang.',
  },
  en: {
    steering_period_order: 'The end of the period lies before its start.',
    steering_period_too_long: 'A period is at most three years long.',
  },
});

/** How far back data is loaded before the period (ladder: 360 days; year-ago active share: 455 days). */
const HORIZON_DAYS = 500;

export function defaultPeriod(now: Date): Period {
  const today = todayOf(now);
  return { from: `${today.slice(0, 4)}-01-01`, to: `${today.slice(0, 4)}-12-31` };
}

function checkPeriod(period: Period) {
  if (period.to < period.from)
    throw new AppError('validation_failed', 'steering_period_order', [
      { path: ['to'], message: 'steering_period_order' },
    ]);
  if (Date.parse(period.to) - Date.parse(period.from) > 3 * 366 * 86_400_000)
    throw new AppError('validation_failed', 'steering_period_too_long', [
      { path: ['from'], message: 'steering_period_too_long' },
    ]);
}

function horizonFor(period: Period, now: Date) {
  const today = todayOf(now);
  const start = period.from < today ? period.from : today;
  return addDaysTo(start, -HORIZON_DAYS);
}

export async function loadForPeriod(db: DbOrTx, networkId: string, period: Period, now: Date): Promise<SteeringData> {
  const data = await loadSteeringData(db, networkId, horizonFor(period, now));
  if (!data) throw new AppError('not_found');
  return data;
}

/**
 * The data, the targets and the thresholds in one statement, the registrations counted in SQL: what the dashboard and the
 * mission view compute from (the drill-downs list the registrations themselves: loadForPeriod).
 */
async function loadInputsForPeriod(db: DbOrTx, networkId: string, period: Period, now: Date) {
  // Not yet 'days' (per organisation the days it took part, grouped in SQL): faster on a large network, but on the demo
  // network it took 1.3–2.0 s against 0.13–0.16 s for 'totals' (measured 8 December), which the roles walk caught.
  const inputs = await loadSteeringInputs(db, networkId, horizonFor(period, now), { registrations: 'totals' });
  if (!inputs) throw new AppError('not_found');
  return inputs;
}

export interface TargetProgress {
  year: number;
  placements: { target: number | null; realised: number };
  banen: { target: number | null; realised: number };
  activeMembers: { target: number | null; realised: number };
}

function targetProgressFor(targets: readonly TargetRow[], dashboard: Dashboard, data: SteeringData, now: Date) {
  const year = Number(dashboard.period.to.slice(0, 4));
  const t = targets.find((x) => x.year === year);
  // Progress counts the calendar year of the period, up to today.
  const yearPeriod = { from: `${year}-01-01`, to: `${year}-12-31` };
  const placed = data.placements.filter((p) => inPeriod(p.startsOn, yearPeriod));
  const today = todayOf(now);
  const asOf = yearPeriod.to < today ? yearPeriod.to : today;
  return {
    year,
    placements: { target: t?.placements ?? null, realised: placed.length },
    banen: {
      target: t?.banen == null ? null : Number(t.banen),
      realised:
        Math.round(placed.reduce((s, p) => s + jobsForPlacement(p.hoursPerWeek, p.targetGroupRegister), 0) * 100) / 100,
    },
    activeMembers: { target: t?.activeMembers ?? null, realised: activeMemberShare(data, asOf).numerator },
  } satisfies TargetProgress;
}

export async function getDashboard({
  db,
  actor,
  networkId,
  period,
  now = new Date(),
  cache,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  period: Period;
  now?: Date;
  /** The app's read cache: the dashboard is the same for everyone allowed to see it, until the next write (decision 009). */
  cache?: ReadCache | undefined;
}) {
  authorize(actor, 'steering.read', networkId);
  checkPeriod(period);
  return cachedRead(cache, `steering-dashboard:${networkId}:${period.from}:${period.to}:${todayOf(now)}`, async () => {
    // The inputs and the signals' own reads do not depend on each other: sent together, on separate pool connections (in a
    // transaction they queue on its connection), so the request waits for the slowest statement rather than for their sum.
    const [{ data, targets, settings }, lastContacts, funderSignals, requestSignals, checkInSignals] =
      await Promise.all([
        loadInputsForPeriod(db, networkId, period, now),
        lastContactByOrganisation(db, networkId),
        // The funders' agreements raise their own signals (ending soon, the funder in the kerngroep or board, a year plan).
        loadFunderSignals(db, networkId, now),
        // Candidates' correction and erasure requests past their date raise one too (counts only, decision 020).
        loadCandidateRequestSignals(db, networkId, now),
        // A candidate's worrying check-in answer, until the coordinator marks it handled (issue 19; counts only).
        loadCandidateCheckInSignals(db, networkId),
      ]);
    const computed = computeDashboard(data, period, now, resolveThresholds(settings?.thresholds));
    // Drift alerts answered by a contact moment are cleared, and the call list drawn again without them.
    const dashboard = { ...computed, ...clearContactedAlerts(computed.ladder, lastContacts) };
    const signals = [...dashboard.signals, ...funderSignals, ...requestSignals, ...checkInSignals];
    return { ...dashboard, signals, phase: data.phase, targets: targetProgressFor(targets, dashboard, data, now) };
  });
}

export interface DrillRow {
  id: string;
  label: string;
  date: string | null;
  detail: string | null;
  counted: boolean;
  values: Record<string, number | string | null>;
}

/** The records behind one number of the dashboard; `counted` says whether a row adds to the numerator. */
export async function getDrillDown({
  db,
  actor,
  networkId,
  measure,
  period,
  now = new Date(),
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  measure: DrillMeasure;
  period: Period;
  now?: Date;
}): Promise<DrillRow[]> {
  authorize(actor, 'steering.read', networkId);
  checkPeriod(period);
  const data = await loadForPeriod(db, networkId, period, now);
  const today = todayOf(now);
  const asOf = period.to < today ? period.to : today;
  const orgName = new Map(data.members.map((m) => [m.organisationId, m.name]));
  switch (measure) {
    case 'active_members': {
      const byOrg = eventsByOrganisation(engagementEvents(data));
      const active = new Set(activeMemberShare(data, asOf, byOrg).activeOrganisationIds);
      return membersOn(data, asOf).map((m) => {
        const last = (byOrg.get(m.organisationId) ?? []).filter((e) => e.day <= asOf).at(-1);
        return {
          id: m.organisationId,
          label: m.name,
          date: last?.day ?? null,
          detail: last?.kind ?? null,
          counted: active.has(m.organisationId),
          values: {},
        };
      });
    }
    case 'turnout': {
      const sqlRows = new Map(
        (await queryActivityTurnout(db, networkId, period.from, period.to, today)).map((r) => [r.activityId, r]),
      );
      return turnoutPerActivity(data, period, now).map((r) => ({
        id: r.activityId,
        label: r.title,
        date: r.day,
        detail: null,
        counted: true,
        values: {
          registered: sqlRows.get(r.activityId)?.registered ?? r.registered,
          attended: sqlRows.get(r.activityId)?.attended ?? r.attended,
          attendedMembers: r.attendedMembers,
          members: r.members,
          candidatesAttended: r.candidatesAttended,
        },
      }));
    }
    case 'employer_led':
    case 'needs_driven': {
      const fromNeeds = new Set(needsDriven(data, period).activityIds);
      const led = new Set(employerLedShare(data, period).activityIds);
      return activitiesInPeriod(data, period).map((a) => ({
        id: a.id,
        label: a.title,
        date: dayOf(a.startsAt),
        detail: a.initiatorKind,
        counted: measure === 'employer_led' ? led.has(a.id) && isEmployerLed(data, a) : fromNeeds.has(a.id),
        values: {
          host: a.hostOrganisationId ? (orgName.get(a.hostOrganisationId) ?? null) : null,
          workForm: a.workForm,
        },
      }));
    }
    case 'needs':
      return data.needs
        .filter((n) => inPeriod(dayOf(n.createdAt), period))
        .map((n) => ({
          id: n.id,
          label: n.title,
          date: dayOf(n.createdAt),
          detail: n.status,
          counted: n.activityId !== null,
          values: { organisation: n.organisationId ? (orgName.get(n.organisationId) ?? null) : null },
        }));
    case 'kerngroep': {
      const orgOfPerson = new Map(data.persons.map((p) => [p.id, p.organisationId]));
      return data.roleTerms
        .filter((t) => t.role === 'core_group')
        .map((t, i) => {
          const org = orgOfPerson.get(t.personId) ?? null;
          return {
            id: `${t.personId}:${i}`,
            label: org ? (orgName.get(org) ?? '') : '',
            date: t.startsOn,
            detail: t.endsOn,
            counted: termActiveOn(t, today),
            values: {},
          };
        });
    }
    case 'coordinator_tasks': {
      const coordinators = new Set(
        data.roleTerms.filter((t) => t.role === 'coordinator' && termActiveOn(t, today)).map((t) => t.personId),
      );
      return data.tasks
        .filter((t) => t.status !== 'cancelled' && t.responsibleRole !== null)
        .map((t) => ({
          id: t.id,
          label: t.title ?? t.code ?? '',
          date: null,
          detail: t.responsibleRole,
          counted: t.assigneePersonId !== null && coordinators.has(t.assigneePersonId),
          values: { status: t.status, code: t.code },
        }));
    }
    case 'placements':
      return data.placements
        .filter((p) => inPeriod(p.startsOn, period))
        .map((p) => ({
          id: p.id,
          label: orgName.get(p.organisationId) ?? '',
          date: p.startsOn,
          detail: p.targetGroupRegister,
          counted: true,
          values: { hoursPerWeek: p.hoursPerWeek, banen: jobsForPlacement(p.hoursPerWeek, p.targetGroupRegister) },
        }));
    case 'still_employed_6':
    case 'still_employed_12': {
      const months = measure === 'still_employed_6' ? 6 : 12;
      const employed = new Set(stillEmployed(data, period, now, months).placementIds);
      const marks = data.placements.filter((p) => {
        const mark = addMonthsTo(p.startsOn, months);
        return inPeriod(mark, period) && mark <= today;
      });
      return marks.map((p) => ({
        id: p.id,
        label: orgName.get(p.organisationId) ?? '',
        date: p.startsOn,
        detail: p.endsOn,
        counted: employed.has(p.id),
        values: {},
      }));
    }
  }
}

// --- targets ----------------------------------------------------------------------------------------------------------------

export async function getTargets({ db, actor, networkId }: { db: DbOrTx; actor: Actor; networkId: string }) {
  authorize(actor, 'steering.read_mission', networkId);
  const rows = await listTargets(db, networkId);
  return rows.map((r) => ({ ...r, banen: r.banen === null ? null : Number(r.banen) }));
}

export async function setTarget({
  db,
  actor,
  networkId,
  input,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  input: TargetInput;
}) {
  authorize(actor, 'steering.manage_targets', networkId);
  const { version, ...target } = input;
  return db.transaction(async (tx) => {
    const saved = await saveTargetIfVersion(tx, { networkId, ...target, updatedBy: actor.userId }, version);
    if (saved === null) throw new AppError('stale_version');
    await writeAudit(tx, {
      networkId,
      actor,
      action: 'steering.target_set',
      recordType: 'mission_target',
      recordId: String(input.year),
      details: { placements: input.placements, banen: input.banen, activeMembers: input.activeMembers },
    });
    return { year: input.year, version: saved };
  });
}

// --- funder: mission-level only ---------------------------------------------------------------------------------------------

export async function getMissionView({
  db,
  actor,
  networkId,
  period,
  now = new Date(),
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  period: Period;
  now?: Date;
}) {
  authorize(actor, 'steering.read_mission', networkId);
  return missionView(db, networkId, period, now);
}

/** Mission-level figures without names, small counts suppressed: what a funder sees and what the members see of their network. */
async function missionView(db: DbOrTx, networkId: string, period: Period, now: Date) {
  checkPeriod(period);
  const { data, targets } = await loadInputsForPeriod(db, networkId, period, now);
  const dashboard = computeDashboard(data, period, now);
  const progress = targetProgressFor(targets, dashboard, data, now);
  const mission = missionAggregates(dashboard);
  // The target year's realised figures are the period's total when the period is that year: withheld with it.
  const withheldTotal =
    mission.placements === WITHHELD && progress.placements.realised === dashboard.mission.placements;
  return {
    ...mission,
    targets: {
      year: progress.year,
      placements: {
        target: progress.placements.target,
        realised: withheldTotal ? WITHHELD : suppressCount(progress.placements.realised),
      },
      banen: {
        target: progress.banen.target,
        realised: withheldTotal ? WITHHELD : suppressDerived(progress.banen.realised, progress.placements.realised),
      },
      activeMembers: {
        target: progress.activeMembers.target,
        realised: suppressCount(progress.activeMembers.realised),
      },
    },
  };
}

// --- members: "Ons netwerk dit jaar" ----------------------------------------------------------------------------------------

/**
 * What the members see of their network this year: the mission results as a funder sees them (small numbers suppressed, no
 * names) and the kerngroep's decisions of this year that were marked as shared with the members.
 */
export async function getYearOverview({
  db,
  actor,
  networkId,
  now = new Date(),
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  now?: Date;
}) {
  authorize(actor, 'network.year_overview', networkId);
  const period = defaultPeriod(now);
  const [mission, decisions] = await Promise.all([
    missionView(db, networkId, period, now),
    queryMemberDecisions(db, networkId, period.from, period.to),
  ]);
  return { year: Number(period.from.slice(0, 4)), mission, decisions };
}

// --- comparison across networks (umbrella, opt-in) ---------------------------------------------------------------------------

export const COMPARISON_SETTING = 'steeringComparisonOptIn' satisfies NetworkSettingKey;

export async function setComparisonOptIn({
  db,
  actor,
  networkId,
  optIn,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  optIn: boolean;
}) {
  authorize(actor, 'reports.manage', networkId);
  return db.transaction(async (tx) => {
    const net = await findNetworkWithSettings(tx, networkId);
    if (!net) throw new AppError('not_found');
    await updateNetworkSetting(tx, networkId, COMPARISON_SETTING, optIn, { bumpVersion: true });
    await writeAudit(tx, {
      networkId,
      actor,
      action: 'steering.comparison_opt_in',
      recordType: 'network',
      recordId: networkId,
      details: { optIn },
    });
    return { optIn };
  });
}

export async function getComparisonOptIn({ db, actor, networkId }: { db: DbOrTx; actor: Actor; networkId: string }) {
  authorize(actor, 'steering.read_mission', networkId);
  const net = await findNetworkWithSettings(db, networkId);
  if (!net) throw new AppError('not_found');
  return { optIn: net.settings[COMPARISON_SETTING] === true };
}

/** The measures of every opted-in network side by side, labelled "Netwerk 1, 2, …" in a fixed order, small counts suppressed. */
export async function compareNetworks({
  db,
  actor,
  period,
  now = new Date(),
}: {
  db: DbOrTx;
  actor: Actor;
  period: Period;
  now?: Date;
}) {
  authorizePlatform(actor, 'platform.networks.read_all');
  checkPeriod(period);
  const nets = (await listNetworksWithSettings(db)).filter((n) => n.settings[COMPARISON_SETTING] === true);
  const out = [];
  let index = 0;
  for (const n of nets) {
    const data = await loadForPeriod(db, n.id, period, now);
    const d = computeDashboard(data, period, now);
    const agg = missionAggregates(d);
    out.push({
      label: `${++index}`,
      members: agg.members,
      activeMemberShare: agg.activeMemberShare,
      turnoutOfRegistered: agg.turnoutOfRegistered,
      employerLedShare: suppressShare(d.employerLed),
      needsDrivenShare: suppressShare(d.needsDriven.activitiesFromNeeds),
      placements: agg.placements,
      banen: agg.banen,
      stillEmployed6: agg.stillEmployed6,
    });
  }
  return { period, networks: out };
}

// --- settings: thresholds of the ownership signals, comparison opt-in ----------------------------------------------------------

function editableOf(t: typeof DEFAULT_THRESHOLDS) {
  return Object.fromEntries(EDITABLE_THRESHOLDS.map((k) => [k, t[k]])) as Pick<
    typeof DEFAULT_THRESHOLDS,
    (typeof EDITABLE_THRESHOLDS)[number]
  >;
}

export async function getSteeringSettings({ db, actor, networkId }: { db: DbOrTx; actor: Actor; networkId: string }) {
  authorize(actor, 'steering.read', networkId);
  const [settings, net] = await Promise.all([
    findSteeringSettings(db, networkId),
    findNetworkWithSettings(db, networkId),
  ]);
  if (!net) throw new AppError('not_found');
  return {
    thresholds: editableOf(resolveThresholds(settings?.thresholds)),
    defaults: editableOf(DEFAULT_THRESHOLDS),
    optIn: net.settings[COMPARISON_SETTING] === true,
    version: settings?.version ?? 0,
  };
}

export async function updateSteeringSettings({
  db,
  actor,
  networkId,
  input,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  input: SettingsInput;
}) {
  authorize(actor, 'steering.manage_targets', networkId);
  return db.transaction(async (tx) => {
    const net = await findNetworkWithSettings(tx, networkId);
    if (!net) throw new AppError('not_found');
    // Store only what differs from the guide's defaults, so a later change of a default reaches networks that kept it.
    const changed = Object.fromEntries(
      EDITABLE_THRESHOLDS.filter((k) => input.thresholds[k] !== DEFAULT_THRESHOLDS[k]).map((k) => [
        k,
        input.thresholds[k],
      ]),
    );
    const saved = await saveSteeringSettings(tx, {
      networkId,
      thresholds: changed,
      updatedBy: actor.userId,
      expected: input.version,
    });
    if (!saved) throw new AppError('stale_version');
    await writeAudit(tx, {
      networkId,
      actor,
      action: 'steering.settings_updated',
      recordType: 'steering_settings',
      recordId: networkId,
      details: { thresholds: changed },
    });
    return { version: saved.version };
  });
}
