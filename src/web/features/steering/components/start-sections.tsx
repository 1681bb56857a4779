// Parts of the steering screens shown on a start page: the signals and "who to call this week" for whoever runs the network,
// and the mission results this year with the released reports for a funder. Each links on to the full steering page.
import { Alert, Anchor, List, Paper, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { yearInAmsterdam } from '../../../../core/calendar.js';
import { SIGNAL_TEXTS } from '../../../../core/steering/definitions.js';
import { PageError, PageLoader } from '../../../shared/page-states.js';
import { useDashboard, useMission, type Period } from '../api.js';
import { useSteeringT } from './measure-parts.js';
import { MissionFigures } from './mission-figures.js';

const ReportsTab = lazy(() => import('./reports-tab.js').then((m) => ({ default: m.ReportsTab })));

function thisYear(): Period {
  const year = yearInAmsterdam(new Date());
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** The dashboard's signals and the engagement ladder's "who to call this week", for the coordinator's start page. */
export function SignalsAndCalls({ networkId }: { networkId: string }) {
  const { t } = useSteeringT();
  const { i18n } = useTranslation();
  const dashboard = useDashboard(networkId, thisYear());
  const signalTexts = i18n.language.startsWith('en') ? SIGNAL_TEXTS.en : SIGNAL_TEXTS.nl;
  if (dashboard.isPending) return <PageLoader />;
  if (dashboard.isError) return <PageError error={dashboard.error} onRetry={() => void dashboard.refetch()} />;
  const { signals, whoToCall } = dashboard.data;
  return (
    <>
      <section aria-labelledby="start-signals-h">
        <Title order={2} size="h3" id="start-signals-h" mb="xs">
          {t('start.signalsTitle')}
        </Title>
        {signals.length === 0 ? (
          <Text c="gray.7">{t('noSignals')}</Text>
        ) : (
          <Stack gap="xs" data-testid="start-signals">
            {signals.map((s) => (
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
        <Anchor component={Link} to={`/n/${networkId}/sturing`} mt="xs" display="inline-block">
          {t('start.toDashboard')}
        </Anchor>
      </section>
      <section aria-labelledby="start-call-h">
        <Paper withBorder p="md" radius="md" data-testid="who-to-call">
          <Title order={2} size="h3" id="start-call-h">
            {t('whoToCall')}
          </Title>
          {whoToCall.length === 0 ? (
            <Text c="gray.7">{t('whoToCallEmpty')}</Text>
          ) : (
            <List mt="xs" spacing={4}>
              {whoToCall.slice(0, 8).map((r) => (
                <List.Item key={r.organisationId}>
                  <Text span fw={600}>
                    {r.name}
                  </Text>{' '}
                  — {t(`steps.${r.previousStep}`)} → {t(`steps.${r.step}`)}
                </List.Item>
              ))}
            </List>
          )}
          <Anchor component={Link} to={`/n/${networkId}/sturing`} mt="xs" display="inline-block">
            {t('start.toLadder')}
          </Anchor>
        </Paper>
      </section>
    </>
  );
}

/** Mission results this year as a funder sees them, and the reports the kerngroep released. */
export function FunderResults({ networkId, withReports }: { networkId: string; withReports: boolean }) {
  const { t } = useSteeringT();
  const { i18n } = useTranslation();
  const locale = i18n.language.startsWith('en') ? 'en-GB' : 'nl-NL';
  const mission = useMission(networkId, thisYear());
  return (
    <>
      <section aria-labelledby="start-mission-h">
        <Title order={2} size="h3" id="start-mission-h" mb="xs">
          {t('start.missionTitle')}
        </Title>
        {mission.isPending && <PageLoader />}
        {mission.isError && <PageError error={mission.error} onRetry={() => void mission.refetch()} />}
        {mission.data && (
          <MissionFigures
            data={mission.data}
            locale={locale}
            placementsTarget={mission.data.targets.placements.target}
          />
        )}
        <Anchor component={Link} to={`/n/${networkId}/sturing`} mt="xs" display="inline-block">
          {t('start.toMission')}
        </Anchor>
      </section>
      {withReports && (
        <section aria-labelledby="start-reports-h">
          <Title order={2} size="h3" id="start-reports-h" mb="xs">
            {t('start.reportsTitle')}
          </Title>
          <Suspense fallback={<PageLoader />}>
            <ReportsTab networkId={networkId} canManage={false} />
          </Suspense>
        </section>
      )}
    </>
  );
}
