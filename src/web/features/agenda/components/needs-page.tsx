// The needs board: members raise and support needs, the kerngroep prioritises, the coordinator records the outcome.
import {
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Pager, useCursorPages } from '../../../shared/pager.js';
import { EmptyState, PageError, PageLoader, usePageTitle } from '../../../shared/page-states.js';
import { hasPermission, useSession } from '../../../app/session.js';
import { notifySuccess } from '../../../shared/notify.js';
import { ApiError } from '../../../shared/api-client.js';
import { needsExportUrl, useNeedAction, useNeeds, type NeedRow } from '../api.js';
import { AgendaTabs } from './agenda-tabs.js';
import { useAgendaText } from './use-text.js';
import { NEED_STATUSES as COLUMNS, NEED_THEMES as THEMES } from '../../../../core/agenda/agenda-rules.js';

const BOARD_PAGE_SIZE = 200;

export function NeedsPage() {
  const tx = useAgendaText();
  usePageTitle(tx('tabNeeds'));
  const { networkId = '' } = useParams();
  const session = useSession();
  const can = (p: string) => hasPermission(session.data, networkId, p);
  // The board shows the newest needs a page at a time (the list grows with the network's age).
  const pages = useCursorPages(networkId);
  const needs = useNeeds(networkId, { pageSize: BOARD_PAGE_SIZE, cursor: pages.cursor });
  const action = useNeedAction(networkId);
  const [raiseOpen, setRaiseOpen] = useState(false);
  const [evaluating, setEvaluating] = useState<NeedRow | null>(null);

  return (
    <Stack gap="lg" maw={1300}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1}>{tx('tabNeeds')}</Title>
          <Text>{tx('needsIntro')}</Text>
        </Stack>
        <Group gap="sm">
          {can('needs.manage') && (
            <Button component={Link} to={`/n/${networkId}/behoeften/peilingen`} variant="outline">
              {tx('needsRound.link')}
            </Button>
          )}
          {can('needs.raise') && <Button onClick={() => setRaiseOpen(true)}>{tx('raiseButton')}</Button>}
        </Group>
      </Group>
      <AgendaTabs networkId={networkId} value="needs" />
      {needs.isPending ? (
        <PageLoader />
      ) : needs.isError ? (
        <PageError error={needs.error} onRetry={() => void needs.refetch()} />
      ) : (
        <>
          <Group gap="xs" justify="flex-end">
            <Button component="a" variant="outline" size="xs" href={needsExportUrl(networkId, 'csv')} download>
              {tx('exportCsv')}
            </Button>
            <Button component="a" variant="outline" size="xs" href={needsExportUrl(networkId, 'xlsx')} download>
              {tx('exportXlsx')}
            </Button>
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} spacing="md" aria-label={tx('needsBoardCaption')}>
            {COLUMNS.map((status) => {
              const items = needs.data.items.filter((n) => n.status === status);
              return (
                <Stack key={status} gap="sm" component="section" aria-labelledby={`col-${status}`}>
                  <Title order={2} size="h4" id={`col-${status}`}>
                    {tx(`needStatus.${status}`)} ({items.length})
                  </Title>
                  {items.length === 0 && (
                    <Text c="gray.7" size="sm">
                      {tx('noNeedsYet')}
                    </Text>
                  )}
                  {items.map((need) => (
                    <Card key={need.id} withBorder padding="sm" data-testid="need-card">
                      <Stack gap={6}>
                        <Text fw={600}>{need.title}</Text>
                        <Group gap={4}>
                          <Badge variant="light" color="blue">
                            {tx(`themes.${need.theme}`)}
                          </Badge>
                          {need.ownNeed && (
                            <Badge variant="outline" color="gray.8">
                              {tx('ownNeed')}
                            </Badge>
                          )}
                        </Group>
                        {need.organisationName && <Text size="sm">{need.organisationName}</Text>}
                        <Text size="sm">{tx('supportersCount', { count: need.supporters })}</Text>
                        {need.activityId && need.activityTitle && (
                          <Text size="sm">
                            <Link to={`/n/${networkId}/agenda/${need.activityId}`}>
                              {tx('answeredBy', { title: need.activityTitle })}
                            </Link>
                          </Text>
                        )}
                        {need.outcomeNote && <Text size="sm">{need.outcomeNote}</Text>}
                        <Group gap="xs">
                          {can('portal.use') && !need.ownNeed && (
                            <Button
                              size="xs"
                              variant={need.supportedByMe ? 'light' : 'outline'}
                              disabled={need.supportedByMe}
                              onClick={() => action.mutate({ action: 'support', needId: need.id })}
                            >
                              {need.supportedByMe ? tx('supported') : tx('support')}
                            </Button>
                          )}
                          {can('needs.prioritise') && need.status === 'new' && (
                            <Button
                              size="xs"
                              onClick={() =>
                                action.mutate(
                                  { action: 'prioritise', needId: need.id },
                                  { onSuccess: () => notifySuccess(tx('prioritisedToast')) },
                                )
                              }
                              aria-label={`${tx('prioritise')}: ${need.title}`}
                            >
                              {tx('prioritise')}
                            </Button>
                          )}
                          {can('needs.manage') && need.status === 'picked_up' && (
                            <Button
                              size="xs"
                              variant="outline"
                              onClick={() => setEvaluating(need)}
                              aria-label={`${tx('recordOutcome')}: ${need.title}`}
                            >
                              {tx('recordOutcome')}
                            </Button>
                          )}
                        </Group>
                      </Stack>
                    </Card>
                  ))}
                </Stack>
              );
            })}
          </SimpleGrid>
          {needs.data.items.length === 0 && <EmptyState title={tx('noNeedsYet')} />}
          <Pager
            page={pages.page}
            pageSize={BOARD_PAGE_SIZE}
            total={needs.data.total}
            onChange={(page) => pages.go(page, needs.data.nextCursor)}
          />
        </>
      )}
      <Modal
        opened={raiseOpen}
        onClose={() => setRaiseOpen(false)}
        title={tx('raiseTitle')}
        closeButtonProps={{ 'aria-label': tx('cancel') }}
      >
        <RaiseNeedForm networkId={networkId} onDone={() => setRaiseOpen(false)} />
      </Modal>
      <Modal
        opened={evaluating !== null}
        onClose={() => setEvaluating(null)}
        title={evaluating?.title ?? ''}
        closeButtonProps={{ 'aria-label': tx('cancel') }}
      >
        {evaluating && <EvaluateNeedForm networkId={networkId} need={evaluating} onDone={() => setEvaluating(null)} />}
      </Modal>
    </Stack>
  );
}

function RaiseNeedForm({ networkId, onDone }: { networkId: string; onDone: () => void }) {
  const tx = useAgendaText();
  const action = useNeedAction(networkId);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [theme, setTheme] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        setError(null);
        action.mutate(
          { action: 'raise', body: { title, description: description || null, theme } },
          {
            onSuccess: () => {
              notifySuccess(tx('raised'));
              onDone();
            },
            onError: (err) => setError(err instanceof ApiError ? (err.issues[0]?.message ?? err.message) : String(err)),
          },
        );
      }}
    >
      <Stack>
        {error && (
          <Text c="red.8" role="alert">
            {error}
          </Text>
        )}
        <TextInput
          label={tx('needTitleLabel')}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          required
          minLength={3}
        />
        <Select
          label={tx('themeLabel')}
          data={THEMES.map((v) => ({ value: v, label: tx(`themes.${v}`) }))}
          value={theme}
          onChange={setTheme}
          required
        />
        <Textarea
          label={tx('needDescriptionLabel')}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          autosize
          minRows={3}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {tx('cancel')}
          </Button>
          <Button type="submit" loading={action.isPending}>
            {tx('save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function EvaluateNeedForm({ networkId, need, onDone }: { networkId: string; need: NeedRow; onDone: () => void }) {
  const tx = useAgendaText();
  const action = useNeedAction(networkId);
  const [note, setNote] = useState('');
  const send = (outcome: 'met' | 'not_met') =>
    action.mutate(
      { action: 'evaluate', needId: need.id, body: { outcome, note: note || null } },
      {
        onSuccess: () => {
          notifySuccess(tx('evaluatedToast'));
          onDone();
        },
      },
    );
  return (
    <Stack>
      <Textarea
        label={tx('outcomeNoteLabel')}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        autosize
        minRows={2}
      />
      <Group justify="flex-end">
        <Button variant="outline" onClick={() => send('not_met')}>
          {tx('markNotMet')}
        </Button>
        <Button onClick={() => send('met')}>{tx('markMet')}</Button>
      </Group>
    </Stack>
  );
}
