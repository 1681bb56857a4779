// The network's mission and goals as they stand, with their earlier versions; the kerngroep and coordinator edit them.
import { Badge, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/format.js';
import { PageError, PageLoader } from '../../../shared/page-states.js';
import { useMission, useMissionVersions } from '../api.js';
import { MissionForm } from './mission-form.js';

export function MissionSection({
  networkId,
  canWrite,
  canReadVersions,
}: {
  networkId: string;
  canWrite: boolean;
  canReadVersions: boolean;
}) {
  const { t } = useTranslation();
  const mission = useMission(networkId);
  const versions = useMissionVersions(networkId, canReadVersions);
  const [editing, setEditing] = useState(false);
  if (mission.isPending) return <PageLoader />;
  if (mission.isError) return <PageError error={mission.error} onRetry={() => void mission.refetch()} />;
  const current = mission.data.current;
  return (
    <section aria-labelledby="mission-title">
      <Title order={2} size="h3" id="mission-title" mb="sm">
        {t('networkLife.mission.title')}
      </Title>
      {editing ? (
        <MissionForm
          networkId={networkId}
          initialMission={current?.mission ?? ''}
          initialGoals={current?.goals ?? []}
          basedOnVersion={current?.versionNumber ?? 0}
          onDone={() => setEditing(false)}
        />
      ) : (
        <Paper withBorder p="md" radius="md">
          <Stack gap="sm">
            {current ? (
              <>
                <Text data-testid="mission-text" style={{ whiteSpace: 'pre-wrap' }}>
                  {current.mission}
                </Text>
                <Text size="sm" c="gray.7">
                  {t('networkLife.mission.version', {
                    version: current.versionNumber,
                    name: current.createdByName ?? t('networkLife.mission.unknownAuthor'),
                    date: formatDate(current.createdAt),
                  })}
                </Text>
                <Title order={3} size="h4">
                  {t('networkLife.mission.goals')}
                </Title>
                {mission.data.missionLevelOnly && <Text size="sm">{t('networkLife.mission.missionLevelOnly')}</Text>}
                {current.goals.length === 0 ? (
                  <Text size="sm">{t('networkLife.mission.noGoals')}</Text>
                ) : (
                  <List data-testid="mission-goals">
                    {current.goals.map((g, i) => (
                      <List.Item key={i}>
                        {g.text}{' '}
                        <Badge variant="outline" color="blue.9" size="sm">
                          {g.level === 'mission'
                            ? t('networkLife.mission.levelMission')
                            : t('networkLife.mission.levelNetwork')}
                        </Badge>
                      </List.Item>
                    ))}
                  </List>
                )}
              </>
            ) : (
              <Text>{t('networkLife.mission.none')}</Text>
            )}
            {mission.data.agreedTargets.length > 0 && (
              <>
                <Title order={3} size="h4">
                  {t('networkLife.mission.agreedTargets')}
                </Title>
                {mission.data.agreedTargets.map((a) => (
                  <Stack gap={2} key={a.funderName}>
                    <Text size="sm" fw={600}>
                      {t('networkLife.mission.agreedBy', { funder: a.funderName })}
                    </Text>
                    <List size="sm">
                      {a.targets.map((x) => (
                        <List.Item key={x}>{x}</List.Item>
                      ))}
                    </List>
                  </Stack>
                ))}
              </>
            )}
            {canWrite && (
              <Group>
                <Button onClick={() => setEditing(true)} data-testid="mission-edit">
                  {t('networkLife.mission.edit')}
                </Button>
              </Group>
            )}
          </Stack>
        </Paper>
      )}
      {canReadVersions && (versions.data?.items.length ?? 0) > 1 && (
        <Stack gap="xs" mt="md">
          <Title order={3} size="h4">
            {t('networkLife.mission.versions')}
          </Title>
          {versions.data!.items.slice(1).map((v) => (
            <details key={v.id}>
              <summary>
                {t('networkLife.mission.versionTitle', {
                  version: v.versionNumber,
                  date: formatDate(v.createdAt),
                  name: v.createdByName ?? t('networkLife.mission.unknownAuthor'),
                })}
              </summary>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {v.mission}
              </Text>
              <List size="sm">
                {v.goals.map((g, i) => (
                  <List.Item key={i}>{g.text}</List.Item>
                ))}
              </List>
            </details>
          ))}
        </Stack>
      )}
    </section>
  );
}
