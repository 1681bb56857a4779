// The dashboard: mission results with target progress, engagement and ownership measures (each with its definition and a
// drill-down), trends per month or quarter as charts with a table alternative, signals with advice, and ambition vs realised.
import { BarChart, LineChart } from '@mantine/charts';
import { Alert, Card, SegmentedControl, SimpleGrid, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SIGNAL_TEXTS } from '../../../../core/steering/definitions.js';
import { ScrollTable } from '../../../app/scroll-table.js';
import type { DashboardData, Period } from '../api.js';
import { DefinitionHelp, DrillModal, MeasureCard, num, percent, ratioText, useSteeringT } from './measure-parts.js';

export function DashboardTab({ networkId, period, data }: { networkId: string; period: Period; data: DashboardData }) {
  const { t } = useSteeringT();
  const { i18n } = useTranslation();
  const locale = i18n.language.startsWith('en') ? 'en-GB' : 'nl-NL';
  const [drill, setDrill] = useState<{ measure: string; label: string } | null>(null);
  const onDrill = (measure: string, label: string) => setDrill({ measure, label });
  const r = (x: DashboardData['activeMembers']) => ratioText(x, locale, t as never);
  const progress = (p: { target: number | null; realised: number }, digits = 0) =>
    p.target === null
      ? null
      : t('progress', { realised: num(p.realised, locale, digits), target: num(p.target, locale, digits) });
  const signalTexts = i18n.language.startsWith('en') ? SIGNAL_TEXTS.en : SIGNAL_TEXTS.nl;

  return (
    <Stack gap="lg">
      <section aria-labelledby="signals-h">
        <Title order={2} size="h3" id="signals-h">
          {t('sectionSignals')}
        </Title>
        {data.signals.length === 0 ? (
          <Text c="gray.7">{t('noSignals')}</Text>
        ) : (
          <Stack gap="xs" mt="xs" data-testid="signals">
            {data.signals.map((s) => (
              <Alert
                key={s.code}
                color="orange"
                variant="light"
                styles={{ title: { color: 'var(--mantine-color-dark-9)' } }}
                title={signalTexts[s.code as keyof typeof signalTexts]?.title ?? s.code}
              >
                {signalTexts[s.code as keyof typeof signalTexts]?.advice}
              </Alert>
            ))}
          </Stack>
        )}
      </section>

      <section aria-labelledby="mission-h">
        <Title order={2} size="h3" id="mission-h">
          {t('sectionMission')}
        </Title>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} mt="xs">
          <MeasureCard
            code="placements"
            value={num(data.mission.placements, locale)}
            sub={progress(data.targets.placements)}
            drill="placements"
            onDrill={onDrill}
          />
          <MeasureCard
            code="banen"
            value={num(data.mission.banen, locale, 2)}
            sub={progress(data.targets.banen, 2)}
            drill="placements"
            onDrill={onDrill}
          />
          <MeasureCard
            code="still_employed_6"
            {...r(data.mission.stillEmployed6)}
            drill="still_employed_6"
            onDrill={onDrill}
          />
          <MeasureCard
            code="still_employed_12"
            {...r(data.mission.stillEmployed12)}
            drill="still_employed_12"
            onDrill={onDrill}
          />
        </SimpleGrid>
      </section>

      <section aria-labelledby="engagement-h">
        <Title order={2} size="h3" id="engagement-h">
          {t('sectionEngagement')}
        </Title>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} mt="xs">
          <MeasureCard
            code="active_member_share"
            value={r(data.activeMembers).value}
            sub={[r(data.activeMembers).sub, progress(data.targets.activeMembers)].filter(Boolean).join(' · ') || null}
            drill="active_members"
            onDrill={onDrill}
          />
          <MeasureCard code="turnout_registered" {...r(data.turnout.ofRegistered)} drill="turnout" onDrill={onDrill} />
          <MeasureCard code="turnout_members" {...r(data.turnout.ofMembers)} drill="turnout" onDrill={onDrill} />
          <MeasureCard code="employer_led_share" {...r(data.employerLed)} drill="employer_led" onDrill={onDrill} />
          <MeasureCard
            code="needs_driven_share"
            {...r(data.needsDriven.activitiesFromNeeds)}
            drill="needs_driven"
            onDrill={onDrill}
          />
          <MeasureCard
            code="needs_to_activity"
            {...r(data.needsDriven.needsToActivity)}
            drill="needs"
            onDrill={onDrill}
          />
          <MeasureCard code="needs_met" {...r(data.needsDriven.needsMet)} drill="needs" onDrill={onDrill} />
          <MeasureCard
            code="kerngroep_breadth"
            value={
              data.kerngroep.breadth === 0 && data.kerngroep.firstTermOn === null
                ? null
                : num(data.kerngroep.breadth, locale)
            }
            sub={t('breadthNow', { now: data.kerngroep.breadth, ago: data.kerngroep.breadthYearAgo })}
            drill="kerngroep"
            onDrill={onDrill}
          />
          <MeasureCard code="kerngroep_attendance" {...r(data.kerngroep.meetingAttendance)} />
          <MeasureCard
            code="kerngroep_renewal"
            value={data.kerngroep.lastNewTermOn}
            sub={t('renewal', { joined: data.kerngroep.joinedLastYear, left: data.kerngroep.leftLastYear })}
            drill="kerngroep"
            onDrill={onDrill}
          />
          <MeasureCard
            code="coordinator_tasks"
            {...r(data.coordinator.memberTasksDoneByCoordinator)}
            drill="coordinator_tasks"
            onDrill={onDrill}
          />
          <MeasureCard
            code="coordinator_activities"
            {...r(data.coordinator.activitiesByCoordinator)}
            drill="employer_led"
            onDrill={onDrill}
          />
          <MeasureCard
            code="activities"
            value={num(data.turnout.activities, locale)}
            sub={`${t('registrations')}: ${num(data.turnout.registered, locale)} · ${t('attended')}: ${num(data.turnout.attended, locale)}`}
            drill="turnout"
            onDrill={onDrill}
          />
        </SimpleGrid>
      </section>

      <TrendPanel data={data} locale={locale} />

      <AmbitionTable data={data} locale={locale} />

      <DrillModal
        networkId={networkId}
        period={period}
        measure={drill?.measure ?? null}
        label={drill?.label ?? ''}
        onClose={() => setDrill(null)}
      />
    </Stack>
  );
}

function TrendPanel({ data, locale }: { data: DashboardData; locale: string }) {
  const { t } = useSteeringT();
  const [granularity, setGranularity] = useState<'month' | 'quarter'>('month');
  const points = data.trends[granularity];
  const pct = (v: number | null) => (v === null ? null : Math.round(v * 100));
  const rows = points.map((p) => ({
    key: p.key,
    active: pct(p.activeShare.value),
    turnout: pct(p.turnoutOfRegistered.value),
    employerLed: pct(p.employerLed.value),
    needs: pct(p.needsDriven.value),
    placements: p.placements,
  }));
  const periods = granularity === 'month' ? 12 : 4;
  const placementTarget = data.targets.placements.target === null ? null : data.targets.placements.target / periods;
  const gran = t(granularity);
  return (
    <section aria-labelledby="trends-h">
      <Title order={2} size="h3" id="trends-h">
        {t('sectionTrends')}
      </Title>
      <SegmentedControl
        mt="xs"
        aria-label={t('granularity')}
        value={granularity}
        onChange={(v) => setGranularity(v as 'month' | 'quarter')}
        data={[
          { value: 'month', label: t('month') },
          { value: 'quarter', label: t('quarter') },
        ]}
      />
      <Tabs defaultValue="chart" mt="sm">
        <Tabs.List>
          <Tabs.Tab value="chart">{t('showChart')}</Tabs.Tab>
          <Tabs.Tab value="table">{t('showTable')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="chart" pt="sm">
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Card withBorder>
              <Text size="sm" fw={600}>
                {t('trendActive')} · {t('trendTurnout')} · {t('trendEmployerLed')} · {t('trendNeeds')}
              </Text>
              <div role="img" aria-label={t('chartLabel', { measure: t('trendActive'), granularity: gran })}>
                <LineChart
                  h={240}
                  data={rows}
                  dataKey="key"
                  yAxisProps={{ domain: [0, 100] }}
                  connectNulls
                  withLegend
                  series={[
                    { name: 'active', label: t('trendActive'), color: 'blue.8' },
                    { name: 'turnout', label: t('trendTurnout'), color: 'teal.8' },
                    { name: 'employerLed', label: t('trendEmployerLed'), color: 'orange.8' },
                    { name: 'needs', label: t('trendNeeds'), color: 'grape.8' },
                  ]}
                />
              </div>
            </Card>
            <Card withBorder>
              <Text size="sm" fw={600}>
                {t('trendPlacements')}
              </Text>
              <div role="img" aria-label={t('chartLabel', { measure: t('trendPlacements'), granularity: gran })}>
                <BarChart
                  h={240}
                  data={rows}
                  dataKey="key"
                  series={[{ name: 'placements', label: t('trendPlacements'), color: 'blue.8' }]}
                  referenceLines={
                    placementTarget === null
                      ? []
                      : [{ y: placementTarget, label: t('targetLine'), color: 'red.8', strokeDasharray: '4 4' }]
                  }
                />
              </div>
            </Card>
          </SimpleGrid>
        </Tabs.Panel>
        <Tabs.Panel value="table" pt="sm">
          <ScrollTable label={t('sectionTrends')}>
            <Table striped miw={640} data-testid="trend-table">
              <Table.Caption>
                {t('sectionTrends')} ({gran})
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('trendKey')}</Table.Th>
                  <Table.Th>{t('trendActive')}</Table.Th>
                  <Table.Th>{t('trendTurnout')}</Table.Th>
                  <Table.Th>{t('trendEmployerLed')}</Table.Th>
                  <Table.Th>{t('trendNeeds')}</Table.Th>
                  <Table.Th>{t('trendPlacements')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {points.map((p) => (
                  <Table.Tr key={p.key}>
                    <Table.Td>{p.key}</Table.Td>
                    <Table.Td>{percent(p.activeShare.value, locale) ?? t('noData')}</Table.Td>
                    <Table.Td>{percent(p.turnoutOfRegistered.value, locale) ?? t('noData')}</Table.Td>
                    <Table.Td>{percent(p.employerLed.value, locale) ?? t('noData')}</Table.Td>
                    <Table.Td>{percent(p.needsDriven.value, locale) ?? t('noData')}</Table.Td>
                    <Table.Td>{p.placements}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        </Tabs.Panel>
      </Tabs>
    </section>
  );
}

function AmbitionTable({ data, locale }: { data: DashboardData; locale: string }) {
  const { t } = useSteeringT();
  const { rows, total } = data.ambition;
  return (
    <section aria-labelledby="ambition-h">
      <Title order={2} size="h3" id="ambition-h">
        {t('ambitionTitle')} <DefinitionHelp code="ambition_vs_realised" />
      </Title>
      <ScrollTable label={t('ambitionTitle')}>
        <Table striped miw={560} mt="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('organisation')}</Table.Th>
              <Table.Th>{t('ambition')}</Table.Th>
              <Table.Th>{t('placements')}</Table.Th>
              <Table.Th>{t('banen')}</Table.Th>
              <Table.Th>{t('reported')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.organisationId}>
                <Table.Td>{row.name}</Table.Td>
                <Table.Td>{row.ambitionJobs ?? '—'}</Table.Td>
                <Table.Td>{row.placements}</Table.Td>
                <Table.Td>{num(row.banen, locale, 2)}</Table.Td>
                <Table.Td>{row.reportedRealised ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th>{t('total')}</Table.Th>
              <Table.Th>{total.ambitionJobs ?? '—'}</Table.Th>
              <Table.Th>{total.placements}</Table.Th>
              <Table.Th>{num(total.banen, locale, 2)}</Table.Th>
              <Table.Th>{total.reportedRealised ?? '—'}</Table.Th>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </ScrollTable>
    </section>
  );
}
