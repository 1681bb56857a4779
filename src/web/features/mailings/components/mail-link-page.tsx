// The page behind a link in a mail: unsubscribe from this kind of mail (newsletters, invitations, announcements — never a
// reminder for something one registered for) or register for the activity one was invited to. No login needed: the link's
// secret identifies the delivery.
import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { formatDateTime } from '../../../shared/format.js';
import { PageLoader, usePageTitle } from '../../../shared/page-states.js';
import { useMailLink, useMailLinkAction } from '../api.js';

export function MailLinkPage({ mode }: { mode: 'unsubscribe' | 'register' }) {
  const { t } = useTranslation('translation', { keyPrefix: 'mailings' });
  usePageTitle(mode === 'unsubscribe' ? t('link.unsubscribeTitle') : t('link.registerTitle'));
  const { token = '' } = useParams();
  const view = useMailLink(token);
  const action = useMailLinkAction(token, mode);
  if (view.isPending) return <PageLoader />;
  if (view.isError) return <Alert color="red">{t('link.notFound')}</Alert>;
  const v = view.data;
  if (mode === 'unsubscribe')
    return (
      <Stack maw={560}>
        <Title order={1}>{t('link.unsubscribeTitle')}</Title>
        {!v.unsubscribable ? (
          <Text>{t('link.notUnsubscribable')}</Text>
        ) : v.unsubscribed ? (
          <Alert color="green" role="status">
            {t('link.unsubscribed', { network: v.networkName })}
          </Alert>
        ) : (
          <>
            <Text>
              {t('link.unsubscribeText', {
                kind: t(`kinds.${v.kind}`, { defaultValue: v.kind }).toLowerCase(),
                network: v.networkName,
                email: v.email,
              })}
            </Text>
            <Button onClick={() => action.mutate()} loading={action.isPending}>
              {t('link.unsubscribe')}
            </Button>
          </>
        )}
      </Stack>
    );
  return (
    <Stack maw={560}>
      <Title order={1}>{t('link.registerTitle')}</Title>
      {v.activity && (
        <Text>{t('link.registerText', { title: v.activity.title, when: formatDateTime(v.activity.startsAt) })}</Text>
      )}
      {v.activity?.registered ? (
        <Alert color="green" role="status">
          {t('link.registered')}
        </Alert>
      ) : (
        v.activity && (
          <Button onClick={() => action.mutate()} loading={action.isPending}>
            {t('link.register')}
          </Button>
        )
      )}
    </Stack>
  );
}
