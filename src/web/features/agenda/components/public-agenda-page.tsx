// The public agenda a network can link from its website: public activities only, no personal data.
import { Card, Badge, Stack, Text, Title } from '@mantine/core';
import { useParams } from 'react-router';
import { formatDateTime } from '../../../shared/format.js';
import { PageError, PageLoader, usePageTitle } from '../../../shared/page-states.js';
import { usePublicAgenda } from '../api.js';
import { useAgendaText } from './use-text.js';

export function PublicAgendaPage() {
  const tx = useAgendaText();
  const { slug = '' } = useParams();
  const agenda = usePublicAgenda(slug);
  usePageTitle(agenda.data ? tx('publicTitle', { network: agenda.data.network.name }) : tx('title'));
  if (agenda.isPending) return <PageLoader />;
  if (agenda.isError) return <PageError error={agenda.error} />;
  return (
    <Stack gap="md" maw={800} mx="auto">
      <Title order={1}>{tx('publicTitle', { network: agenda.data.network.name })}</Title>
      <Text>{tx('publicIntro')}</Text>
      {agenda.data.items.length === 0 && <Text>{tx('publicEmpty')}</Text>}
      {agenda.data.items.map((a) => (
        <Card key={a.id} withBorder component="article">
          <Stack gap={4}>
            <Title order={2} size="h4">
              {a.title}
            </Title>
            <Text>
              {formatDateTime(a.startsAt)} · {tx(`workForms.${a.workForm}`)}
              {a.location ? ` · ${a.location}` : ''}
            </Text>
            {a.hostName && (
              <Text size="sm">
                {tx('host')}: {a.hostName}
              </Text>
            )}
            {a.description && <Text size="sm">{a.description}</Text>}
            {a.full && (
              <Badge color="gray.8" variant="outline">
                {tx('publicFull')}
              </Badge>
            )}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
