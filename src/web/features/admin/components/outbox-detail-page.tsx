// One email from the outbox: addresses, status, the text and the formatted (HTML) version in a sandboxed frame.
import { Anchor, Badge, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDateTime } from '../../../shared/format.js';
import { labelForCode } from '../../../shared/labels.js';
import { PageError, PageLoader, usePageTitle } from '../../../shared/page-states.js';
import { useOutboxMessage } from '../api.js';
import { statusColor } from './outbox-status.js';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" fw={700} component="dt">
        {label}
      </Text>
      <Text component="dd" m={0} style={{ wordBreak: 'break-word' }}>
        {children}
      </Text>
    </div>
  );
}

export function OutboxDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const message = useOutboxMessage(id);
  usePageTitle(message.data?.subject ?? t('admin.outboxDetailTitle'));

  const back = (
    <Anchor component={Link} to="/beheer/outbox">
      {t('admin.backToOutbox')}
    </Anchor>
  );
  if (message.isPending) return <PageLoader />;
  if (message.isError) {
    return (
      <Stack>
        {back}
        <PageError error={message.error} onRetry={() => void message.refetch()} />
      </Stack>
    );
  }
  const mail = message.data;
  return (
    <Stack gap="lg" maw={960}>
      {back}
      <Stack gap={4}>
        <Text size="sm">{t('admin.outboxDetailTitle')}</Text>
        <Title order={1} style={{ wordBreak: 'break-word' }}>
          {mail.subject}
        </Title>
      </Stack>
      <Paper withBorder p="md" radius="md">
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="sm" m={0}>
          <Field label={t('admin.detailTo')}>{mail.toAddress}</Field>
          <Field label={t('admin.detailKind')}>{labelForCode(t, 'mailKinds', mail.kind)}</Field>
          <Field label={t('admin.detailStatus')}>
            <Badge variant="outline" color={statusColor(mail.status)} component="span">
              {labelForCode(t, 'outboxStatus', mail.status)}
            </Badge>
          </Field>
          <Field label={t('admin.detailCreatedAt')}>{formatDateTime(mail.createdAt)}</Field>
          <Field label={t('admin.detailSentAt')}>
            {mail.sentAt ? formatDateTime(mail.sentAt) : t('admin.notSent')}
          </Field>
          {mail.error && <Field label={t('admin.detailError')}>{mail.error}</Field>}
        </SimpleGrid>
      </Paper>
      {mail.textBody && (
        <Stack component="section" aria-labelledby="mail-text-title" gap="xs">
          <Title order={2} size="h3" id="mail-text-title">
            {t('admin.detailText')}
          </Title>
          <Paper withBorder p="md" radius="md">
            <pre className="mail-text" data-testid="mail-text">
              {mail.textBody}
            </pre>
          </Paper>
        </Stack>
      )}
      {mail.htmlBody && (
        <Stack component="section" aria-labelledby="mail-html-title" gap="xs">
          <Title order={2} size="h3" id="mail-html-title">
            {t('admin.detailHtml')}
          </Title>
          {/* No scripts, no same-origin access: the mail's HTML cannot touch the app. */}
          <iframe
            title={t('admin.detailHtmlFrame')}
            sandbox=""
            srcDoc={mail.htmlBody}
            style={{ width: '100%', minHeight: 360, border: '1px solid var(--mantine-color-gray-4)', borderRadius: 8 }}
          />
        </Stack>
      )}
      {mail.headers && Object.keys(mail.headers).length > 0 && (
        <Stack component="section" aria-labelledby="mail-headers-title" gap="xs">
          <Title order={2} size="h3" id="mail-headers-title">
            {t('admin.detailHeaders')}
          </Title>
          <Paper withBorder p="md" radius="md">
            <pre className="mail-text">{JSON.stringify(mail.headers, null, 2)}</pre>
          </Paper>
        </Stack>
      )}
    </Stack>
  );
}
