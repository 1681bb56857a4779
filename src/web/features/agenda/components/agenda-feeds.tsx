// Calendar subscriptions (personal feed links) and the switch that makes the agenda public.
import { Button, Card, Checkbox, Code, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { formatDateTime } from '../../../shared/format.js';
import { notifySuccess } from '../../../shared/notify.js';
import { useSession } from '../../../app/session.js';
import { useCreateFeed, useRevokeFeed, useFeeds, useSetPublicAgenda } from '../api.js';
import { useAgendaText } from './use-text.js';

export function Feeds({ networkId }: { networkId: string }) {
  const tx = useAgendaText();
  const feeds = useFeeds(networkId);
  const create = useCreateFeed(networkId);
  const revoke = useRevokeFeed(networkId);
  const [created, setCreated] = useState<string | null>(null);
  return (
    <Card withBorder component="section" aria-labelledby="feeds-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="feeds-title">
          {tx('feedsTitle')}
        </Title>
        <Text size="sm">{tx('feedsIntro')}</Text>
        <Group gap="xs">
          {(['network', 'personal'] as const).map((scope) => (
            <Button
              key={scope}
              size="xs"
              variant="outline"
              onClick={() => create.mutate(scope, { onSuccess: (r) => setCreated(r.url) })}
            >
              {tx(scope === 'network' ? 'feedNetwork' : 'feedPersonal')}
            </Button>
          ))}
        </Group>
        {created && (
          <Text size="sm" role="status">
            {tx('feedCreated')} <Code data-testid="feed-url">{created}</Code>
          </Text>
        )}
        {(feeds.data?.items ?? []).map((f) => (
          <Group key={f.id} gap="xs">
            <Text size="sm">
              {tx('feedAddress')}: {tx(f.scope === 'network' ? 'feedNetwork' : 'feedPersonal')} (
              {formatDateTime(f.createdAt)})
            </Text>
            <Button
              size="compact-xs"
              variant="subtle"
              color="red.8"
              onClick={() => revoke.mutate(f.id, { onSuccess: () => notifySuccess(tx('feedRevoked')) })}
            >
              {tx('feedRevoke')}
            </Button>
          </Group>
        ))}
      </Stack>
    </Card>
  );
}

export function PublicAgendaSwitch({ networkId }: { networkId: string }) {
  const tx = useAgendaText();
  const session = useSession();
  const setPublic = useSetPublicAgenda(networkId);
  const [on, setOn] = useState<boolean | null>(null);
  const slug = session.data?.networks.find((n) => n.id === networkId)?.slug ?? '';
  const url = `${window.location.origin}/openbaar/agenda/${slug}`;
  return (
    <Stack gap={4}>
      <Checkbox
        label={tx('publicAgendaToggle')}
        checked={on ?? false}
        onChange={(e) => {
          const next = e.currentTarget.checked;
          setPublic.mutate(next, { onSuccess: () => setOn(next) });
        }}
      />
      {on && <Text size="sm">{tx('publicAgendaLink', { url })}</Text>}
    </Stack>
  );
}
