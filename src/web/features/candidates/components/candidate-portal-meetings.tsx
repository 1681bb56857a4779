// The candidate's meetings on the own page (issue 19): upcoming activities open to candidates, such as a matchmaking
// meeting, with "Aanmelden" and "Afmelden". B1 language and big buttons for a phone first; the result is announced.
import { Alert, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format.js';
import { useCancelOwnActivity, useRegisterOwnActivity, type PortalPage } from '../api.js';

type Meeting = PortalPage['activities'][number];

export function MeetingsCard({ token, meetings }: { token: string; meetings: Meeting[] }) {
  const { t } = useTranslation('translation', { keyPrefix: 'candidates' });
  const register = useRegisterOwnActivity(token);
  const cancel = useCancelOwnActivity(token);
  const [done, setDone] = useState<'registered' | 'cancelled' | null>(null);
  const error = register.error ?? cancel.error;
  const act = (run: () => Promise<unknown>, outcome: 'registered' | 'cancelled') => {
    setDone(null);
    register.reset();
    cancel.reset();
    run()
      .then(() => setDone(outcome))
      .catch(() => undefined);
  };
  return (
    <Card withBorder component="section" aria-labelledby="portal-meetings" data-testid="portal-meetings">
      <Title order={2} size="h3" id="portal-meetings" mb="xs">
        {t('portal.meetingsTitle')}
      </Title>
      <Text mb="xs">{t('portal.meetingsIntro')}</Text>
      <Text size="sm" mb="sm">
        {t('portal.meetingPrivacy')}
      </Text>
      <div role="status">
        {done && (
          <Alert color="green" mb="sm">
            {done === 'registered' ? t('portal.meetingRegistered') : t('portal.meetingCancelled')}
          </Alert>
        )}
      </div>
      {error && (
        <Alert color="red" role="alert" mb="sm">
          {error.message}
        </Alert>
      )}
      {meetings.length === 0 ? (
        <Text>{t('portal.meetingsNone')}</Text>
      ) : (
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {meetings.map((m) => (
            <Card key={m.id} withBorder component="li" padding="sm" data-testid="portal-meeting">
              <Stack gap={4}>
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <Text fw={700}>{m.title}</Text>
                  {m.myRegistrationId ? (
                    <Badge color="green.9">{t('portal.meetingGoing')}</Badge>
                  ) : m.full ? (
                    <Badge color="gray.8">{t('portal.meetingFull')}</Badge>
                  ) : null}
                </Group>
                <Text size="sm">{t('portal.meetingWhen', { date: formatDateTime(m.startsAt) })}</Text>
                {(m.location ?? m.onlineUrl) && (
                  <Text size="sm">{t('portal.meetingWhere', { place: m.location ?? t('portal.meetingOnline') })}</Text>
                )}
                {m.description && <Text size="sm">{m.description}</Text>}
                {m.myRegistrationId ? (
                  <Button
                    variant="outline"
                    color="red.9"
                    size="md"
                    style={{ alignSelf: 'flex-start' }}
                    aria-label={t('portal.meetingCancelLabel', { title: m.title })}
                    loading={cancel.isPending && cancel.variables === m.myRegistrationId}
                    onClick={() => act(() => cancel.mutateAsync(m.myRegistrationId!), 'cancelled')}
                  >
                    {t('portal.meetingCancel')}
                  </Button>
                ) : (
                  !m.full && (
                    <Button
                      size="md"
                      style={{ alignSelf: 'flex-start' }}
                      aria-label={t('portal.meetingRegisterLabel', { title: m.title })}
                      loading={register.isPending && register.variables === m.id}
                      onClick={() => act(() => register.mutateAsync(m.id), 'registered')}
                    >
                      {t('portal.meetingRegister')}
                    </Button>
                  )
                )}
              </Stack>
            </Card>
          ))}
        </Stack>
      )}
    </Card>
  );
}
