// Reports to funders: the kerngroep freezes a period (quarter, half year, year) into a stored snapshot, writes a narrative
// and releases it. A funder sees released reports only, and of those only the mission-level, suppressed part.
import { computeDashboard } from '../../../core/steering/dashboard.js';
import { resolveThresholds } from '../../../core/steering/signals.js';
import { findSteeringSettings } from '../steering/steering.repository.js';
import { toReportSnapshot } from '../../../core/steering/report-snapshot.js';
import { calendarPeriod } from '../../../core/steering/time.js';
import { actorMay, authorize, type Actor } from '../../platform/access.js';
import { writeAudit } from '../../platform/audit.js';
import type { Db, DbOrTx } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { registerErrorMessages } from '../../platform/messages.js';
import { loadForPeriod } from '../steering/steering.service.js';
import type { FreezeInput } from '../../../core/steering/reports.contract.js';
import { findReport, insertReport, listReportRows, markReleased, updateNarrative } from './reports.repository.js';

registerErrorMessages({
  nl: {
    report_exists: 'Voor deze periode is al een rapportage vastgezet.',
    report_released: 'Deze rapportage is al vrijgegeven en kan niet meer veranderen.',
    report_period_index: 'Kies een geldig kwartaal (1–4) of halfjaar (1–2).',
  },
  en: {
    report_exists: 'A report for this period has already been frozen.',
    report_released: 'This report has been released and can no longer change.',
    report_period_index: 'Choose a valid quarter (1–4) or half year (1–2).',
  },
});

export function periodLabel(kind: FreezeInput['periodKind'], year: number, index: number): string {
  if (kind === 'quarter') return `Q${index} ${year}`;
  if (kind === 'half_year') return `H${index} ${year}`;
  return String(year);
}

function canManage(actor: Actor, networkId: string) {
  return actorMay(actor, networkId, 'reports.manage');
}

export async function listReports({ db, actor, networkId }: { db: DbOrTx; actor: Actor; networkId: string }) {
  authorize(actor, 'reports.read_released', networkId);
  return listReportRows(db, networkId, !canManage(actor, networkId));
}

export async function freezeReport({
  db,
  actor,
  networkId,
  input,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  input: FreezeInput;
  now?: Date;
}) {
  authorize(actor, 'reports.manage', networkId);
  const max = input.periodKind === 'quarter' ? 4 : input.periodKind === 'half_year' ? 2 : 1;
  const index = input.periodKind === 'year' ? 1 : input.index;
  if (index < 1 || index > max)
    throw new AppError('validation_failed', 'report_period_index', [
      { path: ['index'], message: 'report_period_index' },
    ]);
  const period = calendarPeriod(input.periodKind, input.year, index);
  return db.transaction(async (tx) => {
    const data = await loadForPeriod(tx, networkId, period, now);
    const settings = await findSteeringSettings(tx, networkId);
    const snapshot = toReportSnapshot(computeDashboard(data, period, now, resolveThresholds(settings?.thresholds)));
    const row = await insertReport(tx, {
      networkId,
      periodKind: input.periodKind,
      periodFrom: period.from,
      periodTo: period.to,
      label: periodLabel(input.periodKind, input.year, index),
      snapshot,
      frozenBy: actor.userId,
    });
    if (!row) throw new AppError('conflict', 'report_exists');
    await writeAudit(tx, { actor, networkId, action: 'report.freeze', recordType: 'report', recordId: row.id });
    return row;
  });
}

export async function getReport({
  db,
  actor,
  networkId,
  reportId,
}: {
  db: DbOrTx;
  actor: Actor;
  networkId: string;
  reportId: string;
}) {
  authorize(actor, 'reports.read_released', networkId);
  const row = await findReport(db, networkId, reportId);
  const manager = canManage(actor, networkId);
  // A funder never learns that an unreleased report exists.
  if (!row || (!manager && row.status !== 'released')) throw new AppError('not_found');
  const { snapshot, ...meta } = row;
  return { ...meta, funder: snapshot.funder, internal: manager ? snapshot.internal : null };
}

export async function writeNarrative({
  db,
  actor,
  networkId,
  reportId,
  narrative,
  version,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  reportId: string;
  narrative: string;
  version: number;
}) {
  authorize(actor, 'reports.manage', networkId);
  return db.transaction(async (tx) => {
    const current = await findReport(tx, networkId, reportId);
    if (!current) throw new AppError('not_found');
    if (current.status === 'released') throw new AppError('conflict', 'report_released');
    const saved = await updateNarrative(tx, networkId, reportId, narrative, version);
    if (!saved) throw new AppError('stale_version');
    await writeAudit(tx, { actor, networkId, action: 'report.narrative', recordType: 'report', recordId: reportId });
    return saved;
  });
}

export async function releaseReport({
  db,
  actor,
  networkId,
  reportId,
  version,
}: {
  db: Db;
  actor: Actor;
  networkId: string;
  reportId: string;
  version: number;
}) {
  authorize(actor, 'reports.manage', networkId);
  return db.transaction(async (tx) => {
    const current = await findReport(tx, networkId, reportId);
    if (!current) throw new AppError('not_found');
    if (current.status === 'released') throw new AppError('conflict', 'report_released');
    const saved = await markReleased(tx, networkId, reportId, version, actor.userId);
    if (!saved) throw new AppError('stale_version');
    await writeAudit(tx, { actor, networkId, action: 'report.release', recordType: 'report', recordId: reportId });
    return saved;
  });
}
