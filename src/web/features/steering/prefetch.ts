// Opening the steering dashboard by its address: ask for the dashboard data at once, while the app still checks the session
// and loads the page's chunks, so the answer is in the cache by the time the page asks. A small module with no components,
// so it arrives and runs first. Someone who may not read the dashboard (a funder) gets a 403 here that nothing shows; the
// page then asks for the mission figures instead.
import { yearInAmsterdam } from '../../../core/calendar.js';
import { queryClient } from '../../app/providers.js';
import { dashboardQuery, type Period } from './api.js';

export function currentYearPeriod(now = new Date()): Period {
  const year = yearInAmsterdam(now);
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

export function prefetchDashboard(networkId: string): void {
  void queryClient.prefetchQuery(dashboardQuery(networkId, currentYearPeriod()));
}
