// The "Sturing" page. The kerngroep, coordinator, board and backoffice see the dashboard, the engagement ladder, reports
// and targets; a funder sees only mission-level figures and released reports. Which view follows from permissions.
import { Alert, Button, Card, Group, NumberInput, Select, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../../../app/api-client.js';
import { notifySuccess } from '../../../app/notify.js';
import { PageError, PageLoader, usePageTitle } from '../../../app/page-states.js';
import { hasPermission, useSession } from '../../../app/session.js';
import { useDashboard, useMission, useSaveTarget, useTargets, type Period } from '../api.js';
import { DashboardTab } from './dashboard-tab.js';
import { LadderTab } from './ladder-tab.js';
import { MissionFigures } from './mission-figures.js';
import { useSteeringT } from './measure-parts.js';
import { ReportsTab } from './reports-tab.js';

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

export function SteeringPage() {
  const { networkId = '' } = useParams();
  const { t } = useSteeringT();
  usePageTitle(t('title'));
  const session = useSession();
  const canSteer = hasPermission(session.data, networkId, 'steering.read');
  const canManageReports = hasPermission(session.data, networkId, 'reports.manage');
  const canSetTargets = hasPermission(session.data, networkId, 'steering.manage_targets');
  const thisYear = new Date().getFullYear();
  const options = periodOptions(thisYear, t as never);
  const [periodKey, setPeriodKey] = useState(options[0]!.value);
  const [from, to] = periodKey.split('_') as [string, string];
  const period: Period = { from, to };
  const dashboard = useDashboard(networkId, period, canSteer);
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
        <Tabs defaultValue="reports" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="reports">{t('tabReports')}</Tabs.Tab>
            <Tabs.Tab value="mission">{t('sectionMission')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="reports" pt="md">
            <ReportsTab networkId={networkId} canManage={false} />
          </Tabs.Panel>
          <Tabs.Panel value="mission" pt="md">
            <Stack gap="md">
              {periodSelect}
              {mission.isPending && <PageLoader />}
              {mission.isError && <PageError error={mission.error} />}
              {mission.data && <MissionFigures data={mission.data} locale={locale} />}
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
          <Tabs.Tab value="reports">{t('tabReports')}</Tabs.Tab>
          <Tabs.Tab value="targets">{t('tabTargets')}</Tabs.Tab>
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
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="ladder" pt="md">
          {dashboard.data ? <LadderTab data={dashboard.data} /> : <PageLoader />}
        </Tabs.Panel>
        <Tabs.Panel value="reports" pt="md">
          <ReportsTab networkId={networkId} canManage={canManageReports} />
        </Tabs.Panel>
        <Tabs.Panel value="targets" pt="md">
          <TargetsTab networkId={networkId} canEdit={canSetTargets} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function TargetsTab({ networkId, canEdit }: { networkId: string; canEdit: boolean }) {
  const { t } = useSteeringT();
  const targets = useTargets(networkId);
  const save = useSaveTarget(networkId);
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState<number>(thisYear);
  const existing = targets.data?.items.find((x) => x.year === year);
  const [values, setValues] = useState<{
    placements: number | '';
    banen: number | '';
    activeMembers: number | '';
  } | null>(null);
  const current = values ?? {
    placements: existing?.placements ?? '',
    banen: existing?.banen ?? '',
    activeMembers: existing?.activeMembers ?? '',
  };
  const fieldError = (field: string) =>
    save.error instanceof ApiError ? save.error.issues.find((i) => i.path.includes(field))?.message : undefined;
  if (targets.isPending) return <PageLoader />;
  return (
    <Card withBorder maw={560}>
      <Text c="gray.7" mb="sm">
        {t('targetsIntro')}
      </Text>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const n = (v: number | '') => (v === '' ? null : Number(v));
          save.mutate(
            {
              year,
              placements: n(current.placements),
              banen: n(current.banen),
              activeMembers: n(current.activeMembers),
            },
            { onSuccess: () => notifySuccess(t('saved')) },
          );
        }}
      >
        <Stack gap="sm">
          <NumberInput
            label={t('year')}
            value={year}
            onChange={(v) => {
              setYear(Number(v));
              setValues(null);
            }}
            min={2000}
            max={2100}
          />
          {(['placements', 'banen', 'activeMembers'] as const).map((field) => (
            <NumberInput
              key={field}
              label={
                field === 'placements'
                  ? t('targetPlacements')
                  : field === 'banen'
                    ? t('targetBanen')
                    : t('targetActive')
              }
              value={current[field]}
              decimalScale={field === 'banen' ? 2 : 0}
              decimalSeparator=","
              min={0}
              disabled={!canEdit}
              error={fieldError(field)}
              onChange={(v) => setValues({ ...current, [field]: v === '' ? '' : Number(v) })}
            />
          ))}
          {canEdit && (
            <Group>
              <Button type="submit" loading={save.isPending}>
                {t('save')}
              </Button>
            </Group>
          )}
          {save.error instanceof ApiError && save.error.issues.length === 0 && (
            <Alert color="red" role="alert">
              {save.error.message}
            </Alert>
          )}
        </Stack>
      </form>
    </Card>
  );
}
