// The employer contact's view: candidates proposed to their own organisation, with only the fields the candidate consented to
// share with this employer. The pseudonymous code is always shown; everything else only when shared.
import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/format.js';
import { notifySuccess } from '../../../shared/notify.js';
import { EmptyState, PageError, PageLoader } from '../../../shared/page-states.js';
import { useMyProposals, useRespond } from '../api.js';

function show(value: unknown, t: ReturnType<typeof useTranslation<'translation', 'candidates'>>['t']): string {
  if (Array.isArray(value)) return value.map((v) => t(`support.${String(v)}` as 'support.jobcoach')).join(', ');
  if (value === null || value === undefined) return t('detail.none');
  return String(value);
}

export function EmployerProposals({ networkId }: { networkId: string }) {
  const { t } = useTranslation('translation', { keyPrefix: 'candidates' });
  const proposals = useMyProposals(networkId);
  const respond = useRespond(networkId);
  if (proposals.isPending) return <PageLoader />;
  if (proposals.isError) return <PageError error={proposals.error} onRetry={() => void proposals.refetch()} />;
  return (
    <Stack gap="md">
      <Text>{t('proposals.intro')}</Text>
      {proposals.data.items.length === 0 ? (
        <EmptyState title={t('proposals.empty')} />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {proposals.data.items.map((p) => (
            <Card withBorder key={p.id} data-testid="employer-proposal">
              <Stack gap="xs">
                <Group justify="space-between">
                  <Title order={2} size="h4">
                    {p.candidate.code}
                  </Title>
                  <Badge variant="outline">
                    {t(`proposals.statuses.${p.status}` as 'proposals.statuses.proposed')}
                  </Badge>
                </Group>
                <Text size="sm">
                  {t('proposals.opportunity')}: {p.opportunityTitle} · {formatDate(p.proposedAt)}
                </Text>
                <Text fw={700} size="sm">
                  {t('proposals.shared')}
                </Text>
                {p.candidate.fields.length === 0 ? (
                  <Text size="sm">{t('proposals.nothingShared')}</Text>
                ) : (
                  <Stack gap={2} component="dl" m={0} data-testid="shared-fields">
                    {p.candidate.fields.map((f) => (
                      <Group key={f} gap="xs">
                        <Text component="dt" size="sm" fw={700}>
                          {t(`shareable.${f}` as 'shareable.firstName')}:
                        </Text>
                        <Text component="dd" size="sm" m={0}>
                          {f === 'targetGroupRegister'
                            ? t(`register.${String(p.candidate.shared[f])}` as 'register.yes')
                            : show(p.candidate.shared[f], t)}
                        </Text>
                      </Group>
                    ))}
                  </Stack>
                )}
                {p.status === 'proposed' && (
                  <Group>
                    <Button
                      size="xs"
                      onClick={() =>
                        respond.mutate(
                          { proposalId: p.id, response: 'accepted' },
                          { onSuccess: () => notifySuccess(t('proposals.responded')) },
                        )
                      }
                    >
                      {t('proposals.accept')}
                    </Button>
                    <Button
                      size="xs"
                      variant="outline"
                      onClick={() =>
                        respond.mutate(
                          { proposalId: p.id, response: 'declined' },
                          { onSuccess: () => notifySuccess(t('proposals.responded')) },
                        )
                      }
                    >
                      {t('proposals.decline')}
                    </Button>
                  </Group>
                )}
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
