// The gap signals: where the organisation falls short of the applied design, worded from the catalog.
import { Alert, Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/format.js';
import { labelForCode } from '../../../shared/labels.js';
import { PageError, PageLoader } from '../../../shared/page-states.js';
import { ADVISOR_TEXTS } from '../../../../core/design/advisor-texts.js';
import type { TaskCode } from '../../../../core/design/task-catalogue.js';
import { useGaps } from '../api.js';

export function GapSignalsPanel({ networkId }: { networkId: string }) {
  const { t, i18n } = useTranslation();
  const texts = ADVISOR_TEXTS[i18n.language === 'en' ? 'en' : 'nl'];
  const gaps = useGaps(networkId);
  const task = (label?: string) => (label ? (texts.labels.task[label as TaskCode] ?? label) : '');
  const role = (code?: string) => (code ? labelForCode(t, 'roles', code) : '');

  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('governance.gaps.title')}
        </Title>
        {gaps.isPending ? (
          <PageLoader />
        ) : gaps.isError ? (
          <PageError error={gaps.error} onRetry={() => void gaps.refetch()} />
        ) : (
          <>
            {gaps.data.designVersion === null && <Alert color="gray">{t('governance.gaps.noDesign')}</Alert>}
            {gaps.data.signals.length === 0 ? (
              <Text data-testid="no-signals">{t('governance.gaps.none')}</Text>
            ) : (
              <List spacing={6} data-testid="gap-signals" aria-live="polite">
                {gaps.data.signals.map((s, i) => (
                  <List.Item
                    key={`${s.code}-${s.role ?? ''}-${s.taskId ?? ''}-${s.personId ?? ''}-${i}`}
                    data-code={s.code}
                  >
                    <Group gap={6} wrap="nowrap" align="flex-start">
                      <Badge
                        size="sm"
                        variant="light"
                        color={s.severity === 'high' ? 'red.9' : s.severity === 'medium' ? 'orange.9' : 'gray.8'}
                      >
                        {s.severity === 'high' ? '!' : s.severity === 'medium' ? '•' : '·'}
                      </Badge>
                      <Text size="sm">
                        {t(`governance.gaps.${s.code}`, {
                          role: role(s.role),
                          task: task(s.taskLabel),
                          person: s.personName ?? '',
                          count: s.count ?? 0,
                          fromMembers: s.fromMembers ?? 0,
                          date: formatDate(s.endsOn ?? null),
                          days: s.daysLeft ?? 0,
                        })}
                        {s.unknownOrganisation
                          ? ` ${t('governance.gaps.unknownOrganisation', { unknown: s.unknownOrganisation })}`
                          : ''}
                      </Text>
                    </Group>
                  </List.Item>
                ))}
              </List>
            )}
          </>
        )}
      </Stack>
    </Card>
  );
}
