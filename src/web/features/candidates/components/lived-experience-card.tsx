// A seat at the table (issue 19): the klankbordgroep member who is this candidate as an ervaringsdeskundige. The coordinator
// links them only with the candidate's consent for it; once that consent is withdrawn the link no longer counts, and the
// card says so at once.
import { Alert, Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/format.js';
import { notifySuccess } from '../../../shared/notify.js';
import { PageError } from '../../../shared/page-states.js';
import { useLinkLivedExperience, useLivedExperience, useUnlinkLivedExperience } from '../api.js';

export function LivedExperienceCard({
  networkId,
  candidateId,
  manage,
}: {
  networkId: string;
  candidateId: string;
  manage: boolean;
}) {
  const { t } = useTranslation('translation', { keyPrefix: 'candidates.livedExperience' });
  const view = useLivedExperience(networkId, candidateId);
  const link = useLinkLivedExperience(networkId, candidateId);
  const unlink = useUnlinkLivedExperience(networkId, candidateId);
  const [personId, setPersonId] = useState<string | null>(null);
  if (view.isPending) return null;
  if (view.isError) return <PageError error={view.error} onRetry={() => void view.refetch()} />;
  const { link: current, consentActive, soundingBoard } = view.data;
  const error = link.error ?? unlink.error;

  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('title')}
        </Title>
        <Text size="sm">{t('intro')}</Text>
        {current ? (
          <Group justify="space-between" wrap="wrap">
            <Text data-testid="lived-experience-link">
              {t('linked', { name: current.name, date: formatDate(current.linkedAt) })}
            </Text>
            {manage && (
              <Button
                variant="default"
                size="xs"
                loading={unlink.isPending}
                onClick={() =>
                  void unlink
                    .mutateAsync(undefined)
                    .then(() => notifySuccess(t('unlinked')))
                    .catch(() => undefined)
                }
              >
                {t('unlink')}
              </Button>
            )}
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            {t('none')}
          </Text>
        )}
        {current && !current.inEffect && <Alert color="orange">{t('notInEffect')}</Alert>}
        {!consentActive && !current && <Text size="sm">{t('consentFirst')}</Text>}
        {manage && consentActive && !current && (
          <Group align="flex-end" wrap="wrap">
            <Select
              label={t('person')}
              placeholder={soundingBoard.length ? t('choose') : t('nobody')}
              data={soundingBoard.map((p) => ({ value: p.id, label: p.name }))}
              value={personId}
              onChange={setPersonId}
              searchable
              disabled={soundingBoard.length === 0}
              w={320}
            />
            <Button
              disabled={!personId}
              loading={link.isPending}
              onClick={() =>
                personId &&
                void link
                  .mutateAsync(personId)
                  .then(() => {
                    setPersonId(null);
                    notifySuccess(t('done'));
                  })
                  .catch(() => undefined)
              }
            >
              {t('link')}
            </Button>
          </Group>
        )}
        {error && (
          <Alert color="red" role="alert">
            {error.message}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
