// "Gevoeld eigenaarschap" on the steering dashboard: the latest pulse's figure (or "< 5" below 5 answers), answer rate,
// spread, trend and the signal when felt ownership falls while behaviour stays high.
import { Alert, Card, Stack, Text, Title } from '@mantine/core';
import { formatDateOnly } from '../../../shared/format.js';
import type { PulseResults } from '../api.js';
import { useSteeringT } from './measure-parts.js';

export function PulseFigure({ data }: { data: PulseResults }) {
  const { t } = useSteeringT();
  const latest = data.rounds.at(-1);
  return (
    <Card withBorder data-testid="pulse-figure">
      <Stack gap={4}>
        <Title order={2} size="h4">
          {t('pulse.figureTitle')}
        </Title>
        {!latest ? (
          <Text>{t('pulse.noRound')}</Text>
        ) : (
          <>
            <Text size="xl" fw={700} data-testid="pulse-score">
              {latest.suppressed ?? latest.feltOwnership?.toLocaleString('nl-NL')}
            </Text>
            <Text size="sm">
              {t('pulse.round', { opensOn: formatDateOnly(latest.opensOn), closesOn: formatDateOnly(latest.closesOn) })}
            </Text>
            <Text size="sm">{t('pulse.answerRate', { answers: latest.answers, invited: latest.invited })}</Text>
            {latest.suppressed && (
              <Text size="sm" data-testid="pulse-withheld">
                {t('pulse.withheld')}
              </Text>
            )}
            {latest.spread !== null && (
              <Text size="sm">{t('pulse.spread', { spread: latest.spread.toLocaleString('nl-NL') })}</Text>
            )}
            {data.trend.direction && <Text size="sm">{t(`pulse.trend.${data.trend.direction}`)}</Text>}
            <Text size="xs" c="gray.7">
              {t('pulse.figureHelp')}
            </Text>
          </>
        )}
        {data.signal && (
          <Alert color="orange" role="status">
            {t('pulse.signal', data.signal.values)}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
