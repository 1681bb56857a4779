// The dashboard: mission results with target progress, engagement and ownership measures (each with its definition and a
// drill-down), trends per month or quarter as charts with a table alternative, signals with advice, and ambition vs realised.
import { Alert, SegmentedControl, SimpleGrid, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { lazy, Suspense, useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SIGNAL_TEXTS } from '../../../../core/steering/definitions.js';
import { formatDateOnly, formatPeriodKey } from '../../../shared/format.js';
import { ScrollTable } from '../../../shared/scroll-table.js';
import type { DashboardData, Period } from '../api.js';
import { LazyChart } from './lazy-charts.js';
import { DefinitionHelp, MeasureCard, num, percent, ratioText, useSteeringT } from './measure-parts.js';

const DrillModal = lazy(() => import('./drill-modal.js'));

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
  // The figures first: trends, the ambition table and the drill-down dialog are rendered in a second, interruptible pass,
  // so the cards appear as soon as the data is there (React renders the deferred value after the first paint).
  const rest = useDeferredValue(true, false);

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
            value={data.kerngroep.lastNewTermOn === null ? null : formatDateOnly(data.kerngroep.lastNewTermOn)}
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
            sub={`${t('registrations')}: ${num(data.turnout.registered, locale)} · ${t('attended')}: ${num(data.turnout.attended, locale)} · ${t('candidatesAttended')}: ${num(data.turnout.candidatesAttended, locale)}`}
            drill="turnout"
            onDrill={onDrill}
          />
          <MeasureCard
            code="candidate_voice"
            value={percent(data.candidateVoice.checkInsAnswered.value, locale)}
            sub={[
              t('voiceCheckIns', {
                n: num(data.candidateVoice.checkInsAnswered.numerator, locale),
                d: num(data.candidateVoice.checkInsAnswered.denominator, locale),
              }),
              t('voiceAdvice', { n: num(data.candidateVoice.livedExperienceAdvice, locale) }),
              t('voiceTookPart', { n: num(data.candidateVoice.candidatesTookPart, locale) }),
            ].join(' · ')}
          />
        </SimpleGrid>
      </section>

      {rest && <TrendPanel data={data} locale={locale} />}

      {rest && <AmbitionTable data={data} locale={locale} />}

      {drill && (
        <Suspense fallback={null}>
          <DrillModal
            networkId={networkId}
            period={period}
            measure={drill.measure}
            label={drill.label}
            onClose={() => setDrill(null)}
          />
        </Suspense>
      )}
    </Stack>
  );
}

function TrendPanel({ data, locale }: { data: DashboardData; locale: string }) {
  const { t } = useSteeringT();
  const [granularity, setGranularity] = useState<'month' | 'quarter'>('month');
  const points = data.trends[granularity];
  const pct = (v: number | null) => (v === null ? null : Math.round(v * 100));
  const rows = points.map((p) => ({
    // The axis and tooltip show the period in words (`mrt 2026`, `3e kwartaal 2026`), not the API's key (`2026-03`).
    key: formatPeriodKey(p.key),
    active: pct(p.activeShare.value),
    turnout: pct(p.turnoutOfRegistered.value),
    employerLed: pct(p.employerLed.value),
    needs: pct(p.needsDriven.value),
    placements: p.placements,
    banen: Math.round(p.banen * 100) / 100,
    activeCount: p.activeShare.numerator,
  }));
  // Yearly targets of flows (placements, banen) are spread evenly over the months or quarters; the active-member target is a
  // level, so it is the same line in every month.
  const periods = granularity === 'month' ? 12 : 4;
  const perBucket = (v: number | null) => (v === null ? null : Math.round((v / periods) * 100) / 100);
  const targets = {
    placements: perBucket(data.targets.placements.target),
    banen: perBucket(data.targets.banen.target),
    activeCount: data.targets.activeMembers.target,
  };
  const gran = t(granularity);
  const line = (value: number | null) => (value === null ? null : { value, label: t('targetLine') });
  const label = (measure: string, target: number | null) =>
    t('chartLabel', { measure, granularity: gran }) +
    (target === null ? '' : ` ${t('chartTarget', { target: num(target, locale, Number.isInteger(target) ? 0 : 2) })}`);
  const targetCell = (target: number | null) =>
    target === null ? null : (
      <Text span size="xs" c="gray.7">
        {' '}
        ({t('targetShort', { value: num(target, locale, Number.isInteger(target) ? 0 : 2) })})
      </Text>
    );
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
      <Tabs defaultValue="chart" mt="sm" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="chart">{t('showChart')}</Tabs.Tab>
          <Tabs.Tab value="table">{t('showTable')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="chart" pt="sm">
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <LazyChart
              kind="line"
              title={`${t('trendActive')} · ${t('trendTurnout')} · ${t('trendEmployerLed')} · ${t('trendNeeds')}`}
              ariaLabel={label(t('trendShares'), null)}
              data={rows}
              percent
              series={[
                { name: 'active', label: t('trendActive'), color: 'blue.8' },
                { name: 'turnout', label: t('trendTurnout'), color: 'teal.8' },
                { name: 'employerLed', label: t('trendEmployerLed'), color: 'orange.8' },
                { name: 'needs', label: t('trendNeeds'), color: 'grape.8' },
              ]}
              testId="chart-shares"
            />
            <LazyChart
              kind="line"
              title={t('trendActiveCount')}
              ariaLabel={label(t('trendActiveCount'), targets.activeCount)}
              data={rows}
              series={[{ name: 'activeCount', label: t('trendActiveCount'), color: 'blue.8' }]}
              target={line(targets.activeCount)}
              testId="chart-active-members"
            />
            <LazyChart
              kind="bar"
              title={t('trendPlacements')}
              ariaLabel={label(t('trendPlacements'), targets.placements)}
              data={rows}
              series={[{ name: 'placements', label: t('trendPlacements'), color: 'blue.8' }]}
              target={line(targets.placements)}
              testId="chart-placements"
            />
            <LazyChart
              kind="bar"
              title={t('trendBanen')}
              ariaLabel={label(t('trendBanen'), targets.banen)}
              data={rows}
              series={[{ name: 'banen', label: t('trendBanen'), color: 'teal.8' }]}
              target={line(targets.banen)}
              testId="chart-banen"
            />
          </SimpleGrid>
        </Tabs.Panel>
        <Tabs.Panel value="table" pt="sm">
          <ScrollTable label={t('sectionTrends')}>
            <Table striped miw={800} data-testid="trend-table">
              <Table.Caption>
                {t('sectionTrends')} ({gran})
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('trendKey')}</Table.Th>
                  <Table.Th>{t('trendActive')}</Table.Th>
                  <Table.Th>
                    {t('trendActiveCount')}
                    {targetCell(targets.activeCount)}
                  </Table.Th>
                  <Table.Th>{t('trendTurnout')}</Table.Th>
                  <Table.Th>{t('trendEmployerLed')}</Table.Th>
                  <Table.Th>{t('trendNeeds')}</Table.Th>
                  <Table.Th>
                    {t('trendPlacements')}
                    {targetCell(targets.placements)}
                  </Table.Th>
                  <Table.Th>
                    {t('trendBanen')}
                    {targetCell(targets.banen)}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {points.map((p) => (
                  <Table.Tr key={p.key}>
                    <Table.Td>{formatPeriodKey(p.key)}</Table.Td>
                    <Table.Td>{percent(p.activeShare.value, locale) ?? t('noData')}</Table.Td>
                    <Table.Td>{p.activeShare.numerator}</Table.Td>
                    <Table.Td>{percent(p.turnoutOfRegistered.value, locale) ?? t('noData')}</Table.Td>
                    <Table.Td>{percent(p.employerLed.value, locale) ?? t('noData')}</Table.Td>
                    <Table.Td>{percent(p.needsDriven.value, locale) ?? t('noData')}</Table.Td>
                    <Table.Td>{p.placements}</Table.Td>
                    <Table.Td>{num(p.banen, locale, 2)}</Table.Td>
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
