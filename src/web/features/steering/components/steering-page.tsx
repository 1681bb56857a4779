// The "Sturing" page. The kerngroep, coordinator, board and backoffice see the dashboard, the engagement ladder, reports
// and targets; a funder sees only mission-level figures and released reports. Which view follows from permissions.
import { yearInAmsterdam } from '../../../../core/calendar.js';
import { Select, Stack, Tabs, Text, Title } from '@mantine/core';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageError, PageLoader, usePageTitle } from '../../../shared/page-states.js';
import { hasPermission, useSession } from '../../../app/session.js';
import { useDashboard, useMission, type Period } from '../api.js';
import { DashboardTab } from './dashboard-tab.js';
import { MissionFigures } from './mission-figures.js';
import { useSteeringT } from './measure-parts.js';

// Only the dashboard is on the first screen; the other tabs (and their form components) load when opened.
const LadderTab = lazy(() => import('./ladder-tab.js').then((m) => ({ default: m.LadderTab })));
const ReportsTab = lazy(() => import('./reports-tab.js').then((m) => ({ default: m.ReportsTab })));
const TargetsTab = lazy(() => import('./targets-tab.js'));
const SettingsTab = lazy(() => import('./settings-tab.js'));
const PulseTab = lazy(() => import('./pulse-tab.js').then((m) => ({ default: m.PulseTab })));
const PulseDashboardFigure = lazy(() => import('./pulse-tab.js').then((m) => ({ default: m.PulseDashboardFigure })));

function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<PageLoader />}>{children}</Suspense>;
}

function periodOptions(thisYear: number, t: (k: string, o?: Record<string, unknown>) => string) {
  const out: { value: string; label: string }[] = [];
  for (const y of [thisYear, thisYear - 1, thisYear - 2]) {
    out.push({ value: `${y}-01-01_${y}-12-31`, label: t('periodYear', { year: y }) });
    for (const q of [4, 3, 2, 1]) {
      const from = `${y}-${String((q - 1) * 3 + 1).padStart(2, '0')}-01`;
      const endMonth = q * 3;
      const last = new Date(Date.UTC(y, endMonth, 0)).getUTCDate();
      out.push({
        value: `${from}_${y}-${String(endMonth).padStart(2, '0')}-${last}`,
        label: t('periodQuarter', { q, year: y }),
      });
    }
  }
  return out;
}

/** `statements`: the funder's released financial statements (the budget feature), composed by the shell. */
export function SteeringPage({ statements }: { statements?: ReactNode } = {}) {
  const { networkId = '' } = useParams();
  const { t } = useSteeringT();
  usePageTitle(t('title'));
  const session = useSession();
  const canSteer = hasPermission(session.data, networkId, 'steering.read');
  const canManageReports = hasPermission(session.data, networkId, 'reports.manage');
  // The mission figures (steering.read_mission) can come from a design without the released reports (a member employer who
  // reports realisations under an ownership-1 design): the reports tab only for those who may read them.
  const canReadReports = canManageReports || hasPermission(session.data, networkId, 'reports.read_released');
  const canSetTargets = hasPermission(session.data, networkId, 'steering.manage_targets');
  const thisYear = yearInAmsterdam(new Date());
  const options = periodOptions(thisYear, t as never);
  const [periodKey, setPeriodKey] = useState(options[0]!.value);
  const [from, to] = periodKey.split('_') as [string, string];
  const period: Period = { from, to };
  // Ask for the dashboard at once, not after the session: most visitors of this page may read it, and a funder's 403 is
  // simply not shown (the funder view below uses the mission figures).
  const dashboard = useDashboard(networkId, period, canSteer || session.isPending);
  const mission = useMission(networkId, period, !canSteer && session.isSuccess);
  const { i18n } = useTranslation();
  const locale = i18n.language.startsWith('en') ? 'en-GB' : 'nl-NL';

  if (session.isPending) return <PageLoader />;

  const periodSelect = (
    <Select
      label={t('periodLabel')}
      data={options}
      value={periodKey}
      onChange={(v) => setPeriodKey(v ?? options[0]!.value)}
      allowDeselect={false}
      w={200}
    />
  );

  if (!canSteer) {
    return (
      <Stack gap="md">
        <Title order={1}>{t('funderTitle')}</Title>
        <Text c="gray.7">{t('funderIntro')}</Text>
        <Tabs defaultValue={canReadReports ? 'reports' : 'mission'} keepMounted={false}>
          <Tabs.List>
            {canReadReports && <Tabs.Tab value="reports">{t('tabReports')}</Tabs.Tab>}
            {statements && <Tabs.Tab value="statements">{t('tabStatements')}</Tabs.Tab>}
            <Tabs.Tab value="mission">{t('sectionMission')}</Tabs.Tab>
          </Tabs.List>
          {statements && (
            <Tabs.Panel value="statements" pt="md">
              {statements}
            </Tabs.Panel>
          )}
          {canReadReports && (
            <Tabs.Panel value="reports" pt="md">
              <Lazy>
                <ReportsTab networkId={networkId} canManage={false} />
              </Lazy>
            </Tabs.Panel>
          )}
          <Tabs.Panel value="mission" pt="md">
            <Stack gap="md">
              {periodSelect}
              {mission.isPending && <PageLoader />}
              {mission.isError && <PageError error={mission.error} />}
              {mission.data && (
                <MissionFigures
                  data={mission.data}
                  locale={locale}
                  placementsTarget={mission.data.targets.placements.target}
                />
              )}
            </Stack>
          </Tabs.Panel>
        </Tabs>
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <Title order={1}>{t('title')}</Title>
      <Text c="gray.7">{t('intro')}</Text>
      <Tabs defaultValue="dashboard" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="dashboard">{t('tabDashboard')}</Tabs.Tab>
          <Tabs.Tab value="ladder">{t('tabLadder')}</Tabs.Tab>
          {canReadReports && <Tabs.Tab value="reports">{t('tabReports')}</Tabs.Tab>}
          <Tabs.Tab value="targets">{t('tabTargets')}</Tabs.Tab>
          <Tabs.Tab value="pulse">{t('pulse.tab')}</Tabs.Tab>
          <Tabs.Tab value="settings">{t('tabSettings')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="dashboard" pt="md">
          <Stack gap="md">
            {periodSelect}
            {dashboard.isPending && <PageLoader />}
            {dashboard.isError && <PageError error={dashboard.error} />}
            {dashboard.data && (
              <div data-testid="steering-dashboard" aria-busy={dashboard.isFetching}>
                <DashboardTab networkId={networkId} period={period} data={dashboard.data} />
              </div>
            )}
            <Lazy>
              <PulseDashboardFigure networkId={networkId} />
            </Lazy>
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="ladder" pt="md">
          {dashboard.data ? (
            <Lazy>
              <LadderTab data={dashboard.data} />
            </Lazy>
          ) : (
            <PageLoader />
          )}
        </Tabs.Panel>
        {canReadReports && (
          <Tabs.Panel value="reports" pt="md">
            <Lazy>
              <ReportsTab networkId={networkId} canManage={canManageReports} />
            </Lazy>
          </Tabs.Panel>
        )}
        <Tabs.Panel value="targets" pt="md">
          <Lazy>
            <TargetsTab networkId={networkId} canEdit={canSetTargets} />
          </Lazy>
        </Tabs.Panel>
        <Tabs.Panel value="pulse" pt="md">
          <Lazy>
            <PulseTab networkId={networkId} canManage={canSetTargets} />
          </Lazy>
        </Tabs.Panel>
        <Tabs.Panel value="settings" pt="md">
          <Lazy>
            <SettingsTab networkId={networkId} canEdit={canSetTargets} canOptIn={canManageReports} />
          </Lazy>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
