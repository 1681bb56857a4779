// Umbrella overview: every network of the installation side by side — phase, members, activity and the ownership signals —
// for the platform admin of an umbrella organisation. Only operational figures about organisations and activities, nothing
// about candidates (decision 013): results such as placements go only through the opt-in, suppressed comparison. The
// measures and signals are the steering module's pure functions with each network's own thresholds, so a network's row says
// what its own steering dashboard says.
import { computeDashboard } from '../../../core/steering/dashboard.js';
import { activitiesInPeriod, todayOf } from '../../../core/steering/measures.js';
import { resolveThresholds, type SignalCode } from '../../../core/steering/signals.js';
import { addDaysTo } from '../../../core/steering/time.js';
import { authorizePlatform, type Actor } from '../../platform/access.js';
import type { DbOrTx } from '../../platform/db/database.js';
import { listAllNetworks } from '../networks/networks.repository.js';
import { findSteeringSettings } from '../steering/steering.repository.js';
import { defaultPeriod, loadForPeriod } from '../steering/steering.service.js';
import type { UmbrellaQuery } from '../../../core/admin/admin.contract.js';

export interface UmbrellaRow {
  id: string;
  name: string;
  phase: string;
  members: number;
  activeMembers: number;
  activitiesLast12Months: number;
  signalCount: number;
  signals: SignalCode[];
}

export async function getUmbrellaOverview({
  db,
  actor,
  query,
  now = new Date(),
}: {
  db: DbOrTx;
  actor: Actor;
  query: UmbrellaQuery;
  now?: Date;
}) {
  authorizePlatform(actor, 'platform.networks.read_all');
  const today = todayOf(now);
  const year = defaultPeriod(now);
  const last12 = { from: addDaysTo(today, -364), to: today };
  const rows: UmbrellaRow[] = [];
  for (const n of await listAllNetworks(db)) {
    const [data, settings] = await Promise.all([loadForPeriod(db, n.id, year, now), findSteeringSettings(db, n.id)]);
    const d = computeDashboard(data, year, now, resolveThresholds(settings?.thresholds));
    rows.push({
      id: n.id,
      name: n.name,
      phase: data.phase,
      members: d.members,
      activeMembers: d.activeMembers.numerator,
      activitiesLast12Months: activitiesInPeriod(data, last12).length,
      signalCount: d.signals.length,
      signals: d.signals.map((s) => s.code),
    });
  }
  const search = query.search?.trim().toLocaleLowerCase('nl');
  const found = search
    ? rows.filter((r) => r.name.toLocaleLowerCase('nl').includes(search) || r.phase.includes(search))
    : rows;
  const dir = query.order === 'desc' ? -1 : 1;
  const key = query.sort;
  return found.sort((a, b) => {
    const x = a[key];
    const y = b[key];
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'nl');
    return c === 0 ? a.name.localeCompare(b.name, 'nl') : c * dir;
  });
}
