// A network's overview: name, region, phase, and — for whoever runs the network — key counts and what to do next. The start
// page (app/start-page.tsx) puts the sections that fit the user's actions below it.
import { Alert, Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../../shared/api-client.js';
import { formatNumber } from '../../../shared/format.js';
import { labelForCode } from '../../../shared/labels.js';
import { PageError, PageLoader, usePageTitle } from '../../../shared/page-states.js';
import { hasPermission, useSession } from '../../../app/session.js';
import { useChecklistProgress, useNetworkOverview } from '../api.js';

export function OverviewPage({ children, showCounts = true }: { children?: ReactNode; showCounts?: boolean }) {
  const { t } = useTranslation();
  const { networkId = '' } = useParams();
  const overview = useNetworkOverview(networkId);
  const session = useSession();
  usePageTitle(overview.data ? `${t('networks.overviewTitle')} – ${overview.data.name}` : t('networks.overviewTitle'));
  const canInvite = hasPermission(session.data, networkId, 'people.invite');
  const canSeePeople = hasPermission(session.data, networkId, 'people.read');
  const checklist = useChecklistProgress(networkId, hasPermission(session.data, networkId, 'governance.read'));

  if (overview.isPending) return <PageLoader />;
  if (overview.isError) {
    if (overview.error instanceof ApiError && overview.error.status === 404) {
      return (
        <Stack>
          <Title order={1}>{t('networks.overviewTitle')}</Title>
          <Text>{t('networks.notFound')}</Text>
        </Stack>
      );
    }
    return <PageError error={overview.error} onRetry={() => void overview.refetch()} />;
  }

  const network = overview.data;
  // "Invite the people of your network" only while nobody but the person who set it up is in it.
  const empty = network.counts.people <= 1;
  const otherNetworks = (session.data?.networks ?? []).filter((n) => n.id !== network.id);
  const counts = [
    { key: 'people', label: t('networks.countPeople'), value: network.counts.people },
    { key: 'organisations', label: t('networks.countOrganisations'), value: network.counts.organisations },
    { key: 'activities', label: t('networks.countActivities'), value: network.counts.activities },
    { key: 'candidates', label: t('networks.countCandidates'), value: network.counts.candidates },
  ];

  return (
    <Stack gap="lg" maw={960}>
      <Stack gap={4}>
        <Text size="sm" c="dimmed">
          {t('networks.overviewTitle')}
        </Text>
        <Title order={1} data-testid="network-name">
          {network.name}
        </Title>
        <Group gap="xs">
          <Badge variant="outline" color="blue.9">
            {t('networks.phase', { phase: labelForCode(t, 'phases', network.phase) })}
          </Badge>
          <Text size="sm">
            {network.region ? t('networks.region', { region: network.region }) : t('networks.noRegion')}
          </Text>
        </Group>
      </Stack>

      {network.isDemo && (
        <Alert color="blue" variant="light" title={t('networks.demoTitle')} data-testid="demo-notice">
          <Text size="sm">{t('networks.demoText')}</Text>
          {otherNetworks.length > 0 && (
            <Text size="sm" mt={4}>
              {t('networks.demoSwitchHint', { names: otherNetworks.map((n) => n.name).join(', ') })}
            </Text>
          )}
        </Alert>
      )}

      <Group>
        <Anchor component={Link} to={`/n/${network.id}/netwerk`} data-testid="network-life-link">
          {t('networkLife.overviewLink')}
        </Anchor>
        {checklist.data && checklist.data.progress.total > 0 && (
          <Anchor component={Link} to={`/n/${network.id}/netwerk#checklist`} data-testid="checklist-overview-link">
            {t('networkLife.checklist.overview', {
              phase: labelForCode(t, 'phases', checklist.data.phase),
              done: checklist.data.progress.done,
              total: checklist.data.progress.total,
            })}
          </Anchor>
        )}
      </Group>

      {children}

      {showCounts && (
        <section aria-labelledby="counts-title">
          <Title order={2} size="h3" id="counts-title" mb="sm">
            {t('networks.countsTitle')}
          </Title>
          <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
            {counts.map((count) => (
              <Paper key={count.key} withBorder p="md" radius="md">
                <Text size="sm">{count.label}</Text>
                <Text fz={28} fw={700} data-testid={`count-${count.key}`}>
                  {formatNumber(count.value)}
                </Text>
              </Paper>
            ))}
          </SimpleGrid>
        </section>
      )}

      {showCounts && canSeePeople && (
        <section aria-labelledby="next-steps-title">
          <Title order={2} size="h3" id="next-steps-title" mb="sm">
            {t('networks.nextStepsTitle')}
          </Title>
          <Paper withBorder p="md" radius="md">
            <Stack gap="sm" align="flex-start">
              <Text data-testid="next-step">
                {canInvite && empty ? t('networks.nextStepInvite') : t('networks.nextStepPeople')}
              </Text>
              <Button component={Link} to={`/n/${network.id}/mensen${canInvite && empty ? '?uitnodigen=1' : ''}`}>
                {canInvite && empty ? t('networks.nextStepInviteButton') : t('networks.nextStepPeopleButton')}
              </Button>
            </Stack>
          </Paper>
        </section>
      )}
    </Stack>
  );
}
