// The funders' agreements: all of them for whoever reads governance, one's own (read-only) for a funder.
import { Alert, Badge, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateOnly } from '../../../shared/format.js';
import { PageError, PageLoader } from '../../../shared/page-states.js';
import { useAgreements, useOwnAgreements, type Agreement } from '../api.js';
import { AgreementForm } from './agreement-form.js';

function euro(cents: number, language: string) {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL', { style: 'currency', currency: 'EUR' }).format(
    cents / 100,
  );
}

export function FunderSection({ networkId, canManage, own }: { networkId: string; canManage: boolean; own: boolean }) {
  const { t, i18n } = useTranslation();
  // Whoever reads governance sees every agreement; a funder reads only its own (read-only).
  const all = useAgreements(networkId, !own);
  const mine = useOwnAgreements(networkId, own);
  const agreements = own ? mine : all;
  const [editing, setEditing] = useState<Agreement | 'new' | null>(null);
  if (agreements.isPending) return <PageLoader />;
  if (agreements.isError) return <PageError error={agreements.error} onRetry={() => void agreements.refetch()} />;
  return (
    <section aria-labelledby="funder-title">
      <Title order={2} size="h3" id="funder-title" mb="sm">
        {own ? t('networkLife.funder.ownTitle') : t('networkLife.funder.title')}
      </Title>
      <Stack gap="md">
        <Text size="sm">{own ? t('networkLife.funder.ownIntro') : t('networkLife.funder.intro')}</Text>
        {agreements.data.items.length === 0 && (
          <Text data-testid="agreement-none">
            {own ? t('networkLife.funder.ownNone') : t('networkLife.funder.none')}
          </Text>
        )}
        {agreements.data.items.map((a) =>
          editing !== 'new' && editing?.id === a.id ? (
            <AgreementForm key={a.id} networkId={networkId} agreement={a} onDone={() => setEditing(null)} />
          ) : (
            <Paper withBorder p="md" radius="md" key={a.id} data-testid="agreement">
              <Stack gap={6}>
                <Group justify="space-between">
                  <Title order={3} size="h4">
                    {a.funderName}
                  </Title>
                  <Group gap="xs">
                    <Badge variant="outline" color="blue.9">
                      {t(`networkLife.funder.types.${a.funderType}`)}
                    </Badge>
                    {a.yearPlanRequired && (
                      <Badge variant="light" color="orange.9">
                        {t('networkLife.funder.yearPlanBadge')}
                      </Badge>
                    )}
                  </Group>
                </Group>
                <Text fw={600} data-testid="agreement-amount">
                  {euro(a.amountCents, i18n.language)} ·{' '}
                  {t('networkLife.funder.period', { from: formatDateOnly(a.startsOn), to: formatDateOnly(a.endsOn) })}
                </Text>
                <Text size="sm">
                  {t('networkLife.funder.mandate')}: {a.mandate || t('networkLife.funder.noMandate')}
                </Text>
                <Text size="sm">
                  {t('networkLife.funder.conditions')}: {a.conditions || t('networkLife.funder.noConditions')}
                </Text>
                {a.contactPersonName && (
                  <Text size="sm">
                    {t('networkLife.funder.contactPerson')}: {a.contactPersonName}
                  </Text>
                )}
                {a.missionTargets.length > 0 && (
                  <>
                    <Text size="sm" fw={600}>
                      {t('networkLife.funder.missionTargets')}
                    </Text>
                    <List size="sm">
                      {a.missionTargets.map((x) => (
                        <List.Item key={x}>{x}</List.Item>
                      ))}
                    </List>
                  </>
                )}
                {a.documents.length > 0 && (
                  <Text size="sm">
                    {t('networkLife.funder.documents')}: {a.documents.join(', ')}
                  </Text>
                )}
                {a.yearPlanRequired && (
                  <Alert color="orange" variant="light" styles={{ message: { color: 'var(--mantine-color-dark-9)' } }}>
                    {t('networkLife.funder.yearPlanTension')}
                  </Alert>
                )}
                {canManage && (
                  <Group>
                    <Button variant="default" onClick={() => setEditing(a)}>
                      {t('networkLife.funder.edit')}
                    </Button>
                  </Group>
                )}
              </Stack>
            </Paper>
          ),
        )}
        {canManage &&
          (editing === 'new' ? (
            <AgreementForm networkId={networkId} agreement={null} onDone={() => setEditing(null)} />
          ) : (
            <Group>
              <Button onClick={() => setEditing('new')} data-testid="agreement-add">
                {t('networkLife.funder.add')}
              </Button>
            </Group>
          ))}
      </Stack>
    </section>
  );
}
