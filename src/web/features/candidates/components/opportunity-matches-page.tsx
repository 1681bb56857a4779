// Ranked candidates for one opportunity, with each part of the score visible; the coordinator proposes a match here.
import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { notifySuccess } from '../../../shared/notify.js';
import { PageError, PageLoader, usePageTitle } from '../../../shared/page-states.js';
import { hasPermission, useSession } from '../../../app/session.js';
import { useOpportunity, useOpportunityMatches, usePropose } from '../api.js';
import { ScoreBreakdown } from './score-breakdown.js';

export function OpportunityMatchesPage() {
  const { t } = useTranslation('translation', { keyPrefix: 'candidates' });
  const { networkId = '', opportunityId = '' } = useParams();
  const session = useSession();
  const canPropose = hasPermission(session.data, networkId, 'candidates.manage');
  const opportunity = useOpportunity(networkId, opportunityId);
  const matches = useOpportunityMatches(networkId, opportunityId);
  const propose = usePropose(networkId);
  usePageTitle(opportunity.data ? t('matching.title', { title: opportunity.data.title }) : t('title'));
  if (opportunity.isPending || matches.isPending) return <PageLoader />;
  if (opportunity.isError) return <PageError error={opportunity.error} />;
  if (matches.isError) return <PageError error={matches.error} />;
  const o = opportunity.data;
  return (
    <Stack gap="lg" maw={1100}>
      <Anchor component={Link} to={`/n/${networkId}/kandidaten?tab=werkplekken`}>
        {t('detail.back')}
      </Anchor>
      <Title order={1}>{t('matching.title', { title: `${o.title} (${o.organisationName})` })}</Title>
      <Text>{t('matching.intro')}</Text>
      {matches.data.items.length === 0 ? (
        <Text>{t('matching.none')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} data-testid="candidate-matches">
          {matches.data.items.map((m, index) => (
            <Card withBorder key={m.candidateId} data-testid="candidate-match">
              <Stack gap="xs">
                <Group justify="space-between">
                  <Text fw={700}>
                    {index + 1}. {m.code}
                  </Text>
                  <Badge variant="outline">{t(`statuses.${m.status}` as 'statuses.registered')}</Badge>
                </Group>
                <ScoreBreakdown score={m.score} label={`${t('matching.score')} ${m.code}`} />
                {m.proposed ? (
                  <Badge color="#1b5e20" variant="outline">
                    {t('matching.proposed')}
                  </Badge>
                ) : (
                  canPropose && (
                    <Button
                      size="xs"
                      aria-label={t('matching.proposeLabel', { code: m.code })}
                      loading={propose.isPending}
                      onClick={() =>
                        propose.mutate(
                          { candidateId: m.candidateId, opportunityId },
                          { onSuccess: () => notifySuccess(t('matching.proposedDone', { code: m.code })) },
                        )
                      }
                    >
                      {t('matching.propose')}
                    </Button>
                  )
                )}
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
